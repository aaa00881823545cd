package triage

import "testing"

// Who sees the login history of the asker's users decides the reading. The
// respondent's administrators, engineers, staff or support seeing it is the
// monitoring of sign-in events (CC7.2); the asker's own or the customer's
// administrators seeing it in the product is a feature, written in (none +
// custom_answer), as the labelling conventions read product capabilities. The
// questions are written for this test, apart from the evaluation sets.
func TestLoginHistorySeenByWhom(t *testing.T) {
	t.Parallel()
	feature := []string{"custom_answer"}
	checkClass(t, []classCase{
		{q: "Can your admins see the login history of our users?", report: "soc2", first: "CC7.2"},
		{q: "Can your administrators view our users' sign-in history?", report: "soc2", first: "CC7.2"},
		{q: "Do your engineers have visibility of our employees' login activity?", report: "soc2", first: "CC7.2"},
		{q: "Can your staff see our users' login times?", report: "soc2", first: "CC7.2"},
		{q: "Can your support team view the logon records of our staff?", report: "soc2", first: "CC7.2"},
		{q: "Are your engineers able to see each of our users' last login?", report: "soc2", first: "CC7.2"},
		{q: "Can a customer administrator view each user's last login?", report: "none", arts: feature},
		{q: "Is user login history visible to tenant admins?", report: "none", arts: feature},
		{q: "Is the sign-in history of our members available to workspace owners?", report: "none", arts: feature},
		{q: "Can our admins see the login history of our users?", report: "none", arts: feature},
		{q: "Can we see the login history of our users?", report: "none", arts: feature},
		{q: "Can admins export the login history of their users?", report: "none", arts: feature},
		// Near misses: other rights over the asker's users and data (a login history
		// the respondent keeps of its own administrators is TestAdminLoginHistoryKept).
		{q: "Can your admins reset our users' passwords?", report: "soc2", first: "CC6.1"},
		{q: "Is customer data visible to other tenants?", report: "soc2", absent: "CC7.2"},
	})
}
