package triage

import "testing"

// What the customer's side (its administrators, tenant or account owners, the
// asker, its end users) can do in the product for its own users and data is a
// product feature, written in (none + custom_answer): exporting its own logs,
// taking access away from its own users, backing up its own configuration,
// resetting its own passwords, choosing how long its deleted records stay, and the
// settings before them. The vendor's own practice over its people, logs, backups
// and retention, sign-on, provisioning and keys, and data taken out at exit stay
// the SOC 2. The questions are written for this test.
func TestTenantSelfServiceAsked(t *testing.T) {
	t.Parallel()
	written := []string{"custom_answer"}
	none := []string{}
	checkClass(t, []classCase{
		{q: "Can our admins export the audit trail from the portal?", report: "none", arts: written},
		{q: "Are customer administrators able to revoke access for their own users in the admin console?", report: "none", arts: written},
		{q: "Can account owners switch off access for their own users from the dashboard?", report: "none", arts: written},
		{q: "Is it possible for tenant owners to back up their own configuration in the settings?", report: "none", arts: written},
		{q: "Can we export our configuration from the admin console?", report: "none", arts: written},
		{q: "Are end users able to reset their own password from the self-service page?", report: "none", arts: written},
		{q: "Can customers choose how long deleted cases stay in the help portal?", report: "none", arts: written},
		{q: "Could we set the retention period for our own workspace records?", report: "none", arts: written},
		{q: "Can customer admins assign roles to their users in the console?", report: "none", arts: written},
		{q: "Can tenant owners view the login history of their users in the dashboard?", report: "none", arts: written},
		{q: "Would account owners be able to remove access for their staff in the admin panel?", report: "none", arts: written},
		// Near misses: the vendor's own practice, sign-on and keys, data taken out
		// at exit and personal data asked back stay the SOC 2.
		{q: "Do your administrators go through the audit logs every week?", report: "soc2", arts: none},
		{q: "Is access taken away on the day your employees leave?", report: "soc2", arts: none},
		{q: "Do you back up the configuration of each customer?", report: "soc2", arts: none},
		{q: "Is MFA enforced for all users of the portal?", report: "soc2", arts: none, first: "CC6.1"},
		{q: "How long is deleted customer data kept before it is purged?", report: "soc2", arts: none},
		{q: "Can our admins connect SSO through SAML in the settings?", report: "soc2", arts: none, first: "CC6.1"},
		{q: "Can we manage our own encryption keys for our tenant?", report: "soc2", arts: none},
		{q: "Can your support engineers reset passwords for our users?", report: "soc2", arts: none},
		{q: "Can customers delete their own data when they leave?", report: "soc2", arts: none},
		{q: "Are staff able to grant themselves access to the production database without approval?", report: "soc2", arts: none},
	})
}
