package triage

import "testing"

// An access review asked in a tracker's shorthand (the access named, then who has
// it and how often it is reviewed, in fragments between commas) or in a second
// language's wording ("make a check on the access rights", "a verification of the
// permissions") is the periodic review of CC6.3. Logs of access, the rights of data
// subjects and a check of badges keep their own topics.
func TestAccessReviewTerseAndSecondLanguage(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Prod DB access - who has it, how often checked?", report: "soc2", crit: "CC6.3"},
		{question: "Admin rights on the firewalls - who holds them, how many, how often recertified?", report: "soc2", crit: "CC6.3"},
		{question: "Cloud console entitlements - who, review frequency?", report: "soc2", crit: "CC6.3"},
		{question: "Is a verification of the user permissions done twice a year by the line managers?", report: "soc2", crit: "CC6.3"},
		{question: "Do your team leaders check the access rights of their staff at each semester?", report: "soc2", crit: "CC6.3"},
		{question: "Who makes the control and the verification of the user rights in the HR tool, and when?", report: "soc2", crit: "CC6.3"},
		// Near misses: the same words about something else.
		{question: "Access logs: kept how long, how often reviewed?", report: "soc2", crit: "CC7.2", not: "CC6.3"},
		{question: "Access logs - who reads them, how often?", report: "soc2", crit: "CC7.2", not: "CC6.3"},
		{question: "Do you check the rights of data subjects are honoured within 30 days?", report: "soc2", not: "CC6.3"},
		{question: "Is there a check on visitor badges at reception?", report: "soc2", crit: "CC6.4", not: "CC6.3"},
		{question: "Do you verify user identity before resetting a password?", report: "soc2", not: "CC6.3"},
	})
}
