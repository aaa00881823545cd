package triage

import "testing"

// A product that offers levels of access, per user, per role or per account, is read
// as its own access model, role-based access (CC6.1), as "does it support RBAC" is
// (TestCustomerDefinesRoles pins that line). "Can permission levels be configured per
// account" names no one who configures them: it asks what the application supports,
// not what the customer's admins set. Levels the customer's own side defines or
// assigns for its own users ("let us define access levels for our staff",
// "administrators set levels for each user of the portal") are its admin setting, a
// product feature written in (TestCustomerDefinesRoles).
// Near-misses: service or support levels and an accessibility conformance level name
// no access control.
func TestAccessLevelsInTheProduct(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Does the platform allow varying levels of access to its admin functions, set per user?", report: "soc2", crit: "CC6.1"},
		{question: "Is it possible to give users different levels of access depending on their job?", report: "soc2", crit: "CC6.1"},
		{question: "Can permission levels be configured per account in the application?", report: "soc2", crit: "CC6.1"},
		{question: "Does the tool support granular access levels (viewer, editor, owner)?", report: "soc2", crit: "CC6.1"},
		// Near-misses.
		{question: "What service levels do you commit to for uptime?", report: "none", not: "CC6.1"},
		{question: "Which support levels are included in the subscription?", report: "none", not: "CC6.1"},
		{question: "Does the application conform to WCAG 2.1 level AA?", report: "none", not: "CC6.1"},
	})
}
