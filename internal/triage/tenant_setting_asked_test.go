package triage

import "testing"

// A yes-or-no question of what the asker's side may set or send in the product
// (the asker itself, customer or tenant administrators, the administrator of its
// tenant, its clerks) for its own users, workspace, tenant or SIEM is a product
// feature, written in (none + custom_answer). The vendor's practice asked with "do
// you" or "can you", a question of how or who, SSO, SCIM or the asker's keys, and a
// property of the vendor's logs (retention) stay the SOC 2. The questions are
// written for this test.
func TestTenantSettingAsked(t *testing.T) {
	t.Parallel()
	written := []string{"custom_answer"}
	none := []string{}
	checkClass(t, []classCase{
		{q: "Could we set an inactivity timeout and restrict sign-ins to our office IP ranges for our tenant?", report: "none", arts: written},
		{q: "Is it possible to push the audit trail of our users to our SIEM over syslog?", report: "none", arts: written},
		{q: "Can sign-in events of our staff be forwarded to our Sentinel instance?", report: "none", arts: written},
		{q: "Are we able to enforce two-step login for every one of our users?", report: "none", arts: written},
		{q: "Can client administrators restrict file downloads for their users?", report: "none", arts: written},
		{q: "Could the admin of our workspace disable public link sharing?", report: "none", arts: written},
		{q: "Can our loan officers set their own idle timeout in the lending portal admin console?", report: "none", arts: written},
		// Near misses: the vendor's practice, a question of how, sign-in
		// federation, a report, the vendor's retention of logs.
		{q: "Do you time out idle sessions on your admin portal?", report: "soc2", arts: none},
		{q: "Do you forward security alerts about our tenant to our SIEM?", report: "soc2", arts: none},
		{q: "Can you enforce MFA for our users?", report: "soc2", arts: none},
		{q: "How are the permissions set for our workspace reviewed?", report: "soc2", arts: none},
		{q: "Could we configure SAML sign-in for our workspace with Azure AD?", report: "soc2", crit: "CC6.1", arts: none},
		{q: "May we have a copy of your latest SOC 2?", report: "soc2"},
		{q: "Are the audit logs of our users' activity kept for a year?", report: "soc2", arts: none},
		{q: "Is MFA enforced for tenant administrators, and is their session timeout set to 15 minutes?", report: "soc2", arts: none},
	})
}
