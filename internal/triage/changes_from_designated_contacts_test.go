package triage

import "testing"

// Instructions accepted, taken or acted on only from the client's designated or
// nominated contacts are how a change to standing data is authorised (its input), not
// outputs delivered to designated recipients (PI1.4). Near-misses: reports or outputs
// sent only to designated contacts keep their reading.
func TestChangesFromDesignatedContacts(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "How are bank detail changes for our suppliers authorised? Are they only taken from our nominated finance contacts?", report: "soc1", area: "master_data", not: "PI1.4"},
		{question: "Who can change the commission plan? Do you act only on instructions received from our designated contacts?", report: "soc1", area: "master_data", not: "PI1.4"},
		{question: "Salary band updates: are they accepted only from our designated HR contacts, and who keys them?", report: "soc1", area: "master_data", not: "PI1.4"},
		// Near-misses: outputs sent to designated recipients.
		{question: "Are payroll reports sent only to our designated contacts?", report: "soc1", area: "financial_reporting"},
		{question: "Are output reports delivered only to the designated recipients?", report: "soc2", crit: "PI1.4"},
	})
}
