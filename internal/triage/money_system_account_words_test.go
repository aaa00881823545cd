package triage

import "testing"

// Shared or generic logins, unique user IDs and service accounts are words of logical
// access: over a named money system they are access to it, both reports with
// access_financial, not a security question that names the system in passing. The same
// words with no money system stay SOC 2, and a drive or a statement that is "shared"
// names no account.
func TestAccountWordsOverMoneySystems(t *testing.T) {
	t.Parallel()
	acc := []string{"access_financial"}
	checkClass(t, []classCase{
		{q: "Are generic or shared logins permitted on the claims adjudication platform?", report: "both", areas: acc},
		{q: "Does every user of the treasury management system have a unique ID?", report: "both", areas: acc},
		{q: "How are service accounts on the loan servicing database restricted?", report: "both", areas: acc, crit: "CC6.1"},
		// Near misses: no money system, or a key rotated in passing.
		{q: "Are shared accounts prohibited?", report: "soc2", areas: []string{}},
		{q: "Are API keys for the billing portal rotated?", report: "soc2", areas: []string{}},
	})
}
