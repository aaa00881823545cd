package triage

import "testing"

// What the asker's own administrators can set, enforce or see in the product for
// their own users, organisation or tools is a feature of the product, written in
// (none + custom_answer): "can our tenant admins force MFA on our own users", "can our
// admins stream our audit log to our SIEM". The same controls asked of the vendor's
// own people and systems, or the asker's admins told of something, stay the SOC 2.
// The questions are written for this test.
func TestTenantAdminFeature(t *testing.T) {
	t.Parallel()
	written := []string{"custom_answer"}
	none := []string{}
	checkClass(t, []classCase{
		{q: "Can our workspace administrators require SSO for everyone in our organization, or can users opt out?", report: "none", arts: written},
		{q: "Are our account owners able to set password length rules for our own staff in the portal?", report: "none", arts: written},
		{q: "Can our tenant admin restrict logins to our office IP ranges?", report: "none", arts: written},
		{q: "Can our admins export the activity history of our users to our Splunk instance?", report: "none", arts: written},
		{q: "Will our security team be able to set session timeouts for our users in the admin console?", report: "none", arts: written},
		{q: "Is it possible for our administrators to enforce two-factor sign-in for all of our seats?", report: "none", arts: written},
		{q: "Can our org admins see which of our users have created API tokens?", report: "none", arts: written},
		{q: "Could our IT team turn off file sharing outside our domain for our own users?", report: "none", arts: written},
		// Approving the asker's own new users, and users named in a portal or
		// dashboard of the product, are the same admin feature.
		{q: "Can our administrators approve new users in the portal?", report: "none", arts: written},
		{q: "Are our admins able to approve sign-up requests from our own staff?", report: "none", arts: written},
		{q: "Can our owners deactivate user accounts from the dashboard?", report: "none", arts: written},
		// Near misses: the vendor's own administrators and systems, a key the
		// customer brings, the asker's admins told of a breach, a report in a portal.
		{q: "Do you enforce MFA for your administrators?", report: "soc2", arts: none},
		{q: "Do your admins review the audit logs of production access?", report: "soc2", arts: none},
		{q: "Can customers bring their own encryption keys?", report: "soc2", arts: none},
		// Sign-on and provisioning set up by the asker's admins are the SOC 2's
		// CC6.1 by the labelling conventions, whoever configures them.
		{q: "Tenant administrators can configure SAML single sign-on and SCIM user provisioning from the admin console.", report: "soc2", crit: "CC6.1", arts: none},
		{q: "Can our admins configure SSO with our Okta for our users?", report: "soc2", crit: "CC6.1", arts: none},
		{q: "Could our workspace owners connect our identity provider for our staff?", report: "soc2", arts: none},
		{q: "Is MFA enforced on all accounts with admin access to the production environment?", report: "soc2", arts: none},
		{q: "How do our admins get notified if you detect a breach affecting our tenant?", report: "soc2", arts: none},
		{q: "Can our admins download your SOC 2 report from the customer portal?", report: "soc2"},
		{q: "How do you approve new users of the customer portal?", report: "soc2", arts: none},
		{q: "Are your administrators' accounts in the admin portal reviewed quarterly?", report: "soc2", arts: none},
		// The asker's admins named beside a control of the vendor's: its support
		// engineers' access, deletion of the data, actions logged by the vendor.
		{q: "Do you require our administrators to approve access by your support engineers to our tenant?", report: "soc2", arts: none},
		{q: "When our admins deactivate a user in the dashboard, is their data deleted?", report: "soc2", arts: none},
		{q: "Can our owners suspend accounts in the console, and are those actions logged by you?", report: "soc2", arts: none},
		// The asker's team requiring a control of the vendor asks the vendor's
		// control, even where it names the asker's organisation.
		{q: "Our security team requires that you enforce MFA for all staff accessing our organization's data.", report: "soc2", crit: "CC6.1", arts: none},
		{q: "Our IT team mandates that vendors restrict access to our users' records to named staff.", report: "soc2", arts: none},
	})
}
