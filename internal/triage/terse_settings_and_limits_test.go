package triage

import "testing"

// Terse form rows that ask what the customer's own administrators may set or send
// in the product, or a limit or commitment of the product, are written answers
// (none + custom_answer), like the same question asked in full: a setting
// "configurable per tenant", a log stream to the asker's SIEM behind an item number
// of several parts ("3.13 Can ..."), the API's rate limits and quotas, and the
// uptime commitment with its measurement method and credits. The vendor's own
// session timeout, rate limiting against abuse or brute force, uptime monitored or
// achieved, and logs it forwards and reviews stay the SOC 2. The questions are
// written for this test.
func TestTerseSettingsAndLimits(t *testing.T) {
	t.Parallel()
	written := []string{"custom_answer"}
	none := []string{}
	checkClass(t, []classCase{
		{q: "Adjustable idle logout period per workspace? Y/N", report: "none", arts: written},
		{q: "Customisable password expiry interval for each customer org (Yes/No)", report: "none", arts: written},
		{q: "4.2.1 Can we restrict sign-in to our office IP ranges?", report: "none", arts: written},
		{q: "7.10 Can the admin console's login history be forwarded to our QRadar (syslog)?", report: "none", arts: written},
		{q: "2.4.1 Could our tenant's audit trail be pushed to our Sentinel workspace?", report: "none", arts: written},
		{q: "Rate limits on the public API (calls per hour), and can we have them raised?", report: "none", arts: written},
		{q: "API throttling thresholds for our account", report: "none", arts: written},
		{q: "What API quotas apply per tenant?", report: "none", arts: written},
		{q: "Availability SLA commitment, its measurement methodology and the credits owed on a miss", report: "none", arts: written},
		{q: "SLA commitment (%) and measurement method", report: "none", arts: written},
		// Near misses: the vendor's own controls and history.
		{q: "Do you time out idle sessions after 15 minutes?", report: "soc2", arts: none},
		{q: "Are API rate limits enforced to block brute-force and credential attacks?", report: "soc2", arts: none},
		{q: "How do you protect the API from DDoS, for example with rate limits?", report: "soc2", arts: none},
		{q: "How is uptime measured and monitored against the SLA?", report: "soc2", crit: "A1.1", arts: none},
		{q: "Uptime achieved over the last 12 months against the SLA commitment", report: "soc2", crit: "A1.1", arts: none},
		{q: "3.13 Do you forward your audit logs to your SIEM and review them daily?", report: "soc2", arts: none},
	})
}
