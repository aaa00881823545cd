package triage

import "testing"

// The completeness, accuracy or correction of a money process that a SOC 1 rule
// names is that process's own control objective: the SOC 1 alone, though a
// processing-integrity or correction rule fires on the same words (guide section 8:
// accuracy of financial processing is SOC 1; the same words about other data are
// SOC 2 processing integrity). An IT general control asked beside it still makes both.
func TestMoneyProcessOwnAccuracy(t *testing.T) {
	t.Parallel()
	none := []string{}
	checkClass(t, []classCase{
		{q: "How do you make sure each tenant's rent receipt is applied to the right lease and recorded correctly in our receivables ledger?", report: "soc1", areas: []string{"transaction_processing"}},
		{q: "How do you make sure overpayments are returned to the right member and recorded correctly in the premium ledger?", report: "soc1", areas: []string{"transaction_processing"}},
		{q: "How do you make sure chargebacks are credited to the right merchant and recorded correctly in our settlement ledger?", report: "soc1", areas: []string{"transaction_processing"}},
		{q: "Do you verify with checksums that the positive pay file reaches the bank intact and complete?", report: "soc1", areas: []string{"interfaces"}},
		{q: "Is the dues file exported to our accounting system complete, with record counts agreed?", report: "soc1", areas: []string{"interfaces"}},
		{q: "Is the grant drawdown file exported to our fund accounting system complete and accurate? Any batch totals?", report: "soc1", areas: []string{"interfaces"}},
		// Near misses: the same words about data that is not money stay SOC 2.
		{q: "Are the sensor readings exported to our data lake complete? Do you compare record counts with the source?", report: "soc2", areas: none, crit: "PI1.4"},
		{q: "Do you use checksums to confirm the image archive transferred to us is intact?", report: "soc2", areas: none, crit: "PI1.5"},
		{q: "Is the export of member contact lists to our marketing tool complete and accurate?", report: "soc2", areas: none, crit: "PI1.4"},
		{q: "Is input validation applied to the survey forms users fill in?", report: "soc2", areas: none, crit: "PI1.2"},
		// Near miss: a change to the money system asked beside the accuracy is both.
		{q: "How are changes to the billing system tested, and are the invoice totals checked?", report: "both"},
		// Near miss: the statement run is a document word, not a money process named.
		{q: "Are processing errors in the monthly statement run logged and fixed before mailing?", report: "both"},
	})
}
