package triage

import "testing"

// A product that offers levels of access, per user or per role, is read as role-based
// access (CC6.1), as "does it support RBAC" is. The levels the customer's own side
// defines for its own users ("let us define access levels for our staff") are its
// admin setting, a product feature written in (TestCustomerDefinesRoles).
// Near-misses: service or support levels, an accessibility conformance level and a
// level of a card scheme name no access control.
func TestAccessLevelsInTheProduct(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Can administrators set different access levels for each user of the portal?", report: "soc2", crit: "CC6.1"},
		{question: "Does the platform allow varying levels of access to its admin functions, set per user?", report: "soc2", crit: "CC6.1"},
		{question: "Is it possible to give users different levels of access depending on their job?", report: "soc2", crit: "CC6.1"},
		{question: "Can permission levels be configured per account in the application?", report: "soc2", crit: "CC6.1"},
		{question: "Does the tool support granular access levels (viewer, editor, owner)?", report: "soc2", crit: "CC6.1"},
		// Near-misses.
		{question: "What service levels do you commit to for uptime?", report: "none", not: "CC6.1"},
		{question: "Which support levels are included in the subscription?", report: "none", not: "CC6.1"},
		{question: "Does the application conform to WCAG 2.1 level AA?", report: "none", not: "CC6.1"},
		{question: "Does the application support role-based access control?", report: "soc2", crit: "CC6.1"},
	})
}
