package triage

import "testing"

// The rules of a benefit plan (deductibles, copays, coinsurance, out-of-pocket
// maximums, plan design) are the standing data claims are priced by: loading them
// into the claims system, and approving changes to them, is master data, not a
// change to the system's software. Standing data loaded or keyed into a named
// system reads so for every kind of it. Changes to the system's code keep the
// change reading. The questions are written for this test, apart from the
// evaluation sets.
func TestPlanRulesLoadedAsMasterData(t *testing.T) {
	t.Parallel()
	md := []string{"master_data"}
	checkClass(t, []classCase{
		{q: "How are plan design changes for our group keyed into your claims platform and checked before they go live?", report: "soc1", areas: md},
		{q: "Are updates to deductible and out-of-pocket limits in the claims engine reviewed by a second person?", report: "soc1", areas: md},
		{q: "When our benefit plan changes at renewal, how do you make sure the new copay and deductible amounts are set up correctly in your system?", report: "soc1", areas: md},
		{q: "Explain how benefit rules such as annual maximums are configured in your platform and who approves changes to them.", report: "soc1", areas: md},
		{q: "Who checks that co-pay amounts loaded into the benefits system match the plan documents?", report: "soc1", areas: md},
		{q: "Who approves changes to the benefit plan set-up (copays, coinsurance, deductibles) in the claims system?", report: "soc1", areas: md},
		// Near misses: changes to the system's code, a fee schedule, a reconciliation
		// of copays collected.
		{q: "How are changes to the claims system's code tested and approved before release?", report: "both", areas: []string{"change_financial"}},
		{q: "Who approves software changes to the adjudication system?", report: "both", areas: []string{"change_financial"}},
		{q: "Rate tables are loaded into the billing system by your staff; how are code changes to the billing system tested and approved?", report: "both", first: "CC8.1"},
		{q: "Who can change the fee schedule in the billing system, and are changes approved?", report: "soc1", areas: md},
		{q: "Are patients' copays collected at the front desk reconciled to the day's deposits?", report: "soc1", areas: []string{"reconciliation"}},
	})
}
