package triage

import "testing"

// A row code before a question of what the asker may set in the product ("NET-3 Can
// we restrict logins to our workspace …") still opens the question: the code's
// letters are skipped like an item number. A setting made configurable by the
// admins of the customer's institution, school, district or company (written with
// the possessive: "configurable by the school's administrators") is the same
// product feature, written in. The questions are written for this test.
func TestTenantFeatureAfterCode(t *testing.T) {
	t.Parallel()
	written := []string{"custom_answer"}
	none := []string{}
	checkClass(t, []classCase{
		{q: "SEC-04 Can we restrict sign-ins to our tenant to our head office IP ranges?", report: "none", arts: written},
		{q: "NET-3 Can we restrict logins to our workspace to our office IP ranges?", report: "none", arts: written},
		{q: "LOG-02 Can we stream the activity logs of our workspace to our Splunk?", report: "none", arts: written},
		{q: "AC-11 Can we limit access to our instance to our campus networks?", report: "none", arts: written},
		{q: "OPS-14 Can we export the audit trail of our own workspace to our Sentinel?", report: "none", arts: written},
		{q: "AUTH-2 Could we enforce password expiry for our users?", report: "none", arts: written},
		{q: "SIEM-04 Is it possible to push the event logs of our tenant to our Datadog?", report: "none", arts: written},
		{q: "CFG-10 Can we configure the session timeout for our instance?", report: "none", arts: written},
		{q: "AC-2 Would we be able to limit access to our tenant to our VPN addresses?", report: "none", arts: written},
		{q: "Is the idle timeout configurable by the school's administrators?", report: "none", arts: written},
		{q: "Is MFA enforcement configurable by the district's administrator?", report: "none", arts: written},
		{q: "Are login IP limits configurable by the institution administrators?", report: "none", arts: written},
		// Near misses: the vendor's own people and practice, sign-on, and the
		// customer's admins told of something.
		{q: "IAM-12 Do you enforce MFA for your administrators?", report: "soc2", arts: none},
		{q: "SEC-04 Can your engineers access our tenant from outside your network?", report: "soc2", arts: none},
		{q: "LOG-02 Do you forward security alerts about our tenant to our SIEM?", report: "soc2", arts: none},
		{q: "AUTH-07 Can we configure SSO for our users with Okta?", report: "soc2", arts: none},
		{q: "CFG-10 Are session timeouts configured on your servers?", report: "soc2", arts: none},
		{q: "NET-3 Do you restrict access to our tenant to your support staff?", report: "soc2", arts: none},
		{q: "Are session timeouts configured by your administrators?", report: "soc2", arts: none},
		{q: "Is the firewall rule set configurable only by your network team?", report: "soc2", arts: none},
		{q: "Are the institution's admins told when you detect a breach?", report: "soc2", arts: none},
	})
}
