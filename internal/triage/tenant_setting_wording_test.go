package triage

import "testing"

// Fresh wording of what the customer's own side (customers, clients, the asker,
// its institution, tenant, workspace or account administrators) may set, require or
// export inside the product for its own users, tenant or SIEM, and statements that
// the product supports it, are product features, written in (none +
// custom_answer). The vendor's own administrators, staff, servers and SIEM stay the
// SOC 2. The questions are written for this test.
func TestTenantSettingWording(t *testing.T) {
	t.Parallel()
	written := []string{"custom_answer"}
	none := []string{}
	checkClass(t, []classCase{
		{q: "Can school administrators require two-factor sign-in for all of their own teachers in the app? (Yes/No)", report: "none", arts: written},
		{q: "Can clients set the idle session timeout for their tenant?", report: "none", arts: written},
		{q: "Can we send the activity log of our own account to our SIEM?", report: "none", arts: written},
		{q: "Can we export the event history of our members' actions into our own Splunk?", report: "none", arts: written},
		{q: "The platform supports streaming of audit events to the customer's SIEM through a webhook.", report: "none", arts: written},
		{q: "Can our club administrators enforce multi-factor login for their own coaches inside the booking app?", report: "none", arts: written},
		{q: "Can account owners restrict sign-ins for their users to an IP allowlist?", report: "none", arts: written},
		{q: "Does the application allow customer administrators to enforce MFA for their users?", report: "none", arts: written},
		{q: "Session timeout can be configured by the customer for each tenant.", report: "none", arts: written},
		// Near misses: the vendor's own administrators, staff, servers, SIEM and
		// support people stay the SOC 2.
		{q: "Do you require MFA for your administrators?", report: "soc2", arts: none},
		{q: "Is MFA enforced for all your staff?", report: "soc2", arts: none},
		{q: "Are session timeouts configured on your servers?", report: "soc2", arts: none},
		{q: "Do you export your audit logs to a SIEM?", report: "soc2", arts: none},
		{q: "Can your admins set the session timeout for our workspace?", report: "soc2", arts: none},
		{q: "Are your engineers required to use MFA when they reach the production tenant?", report: "soc2", arts: none},
		{q: "Do you send security alerts about our tenant to your SIEM?", report: "soc2", arts: none},
	})
}
