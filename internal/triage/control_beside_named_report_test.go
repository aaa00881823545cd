package triage

import "testing"

// A control over a money system asked beside a named SOC 2 is both reports, with the
// control's own area, also when the system is named first and the control question
// follows it after "and" ("The billing system, who can change it and is that
// approved?"): the words before "and" are the subject of the ask after it. A SOC 2
// asked beside a plain security control, or over a money platform with no control
// asked, stays the SOC 2. The questions are written for this test, apart from the
// evaluation sets.
func TestControlOverMoneySystemBesideNamedSOC2(t *testing.T) {
	t.Parallel()
	none := []string{}
	checkClass(t, []classCase{
		{q: "Our billing system, who can modify its configuration and are the changes approved beforehand? We also need the SOC 2.", report: "both", areas: []string{"change_financial"}, crit: "CC8.1"},
		{q: "The loan servicing system, who has admin rights and are they reviewed quarterly? Also send the SOC 2 report.", report: "both", areas: []string{"access_financial"}, crit: "CC6.1"},
		{q: "The claims platform, who may push code changes and are they tested first? Please also share your SOC 2 Type 2.", report: "both", areas: []string{"change_financial"}, crit: "CC8.1"},
		{q: "Please send the SOC 2; also, how are supplier bank detail changes approved?", report: "both", areas: []string{"master_data"}},
		{q: "Attach your SOC 2 report and describe how changes to the claims system are tested.", report: "both", areas: []string{"change_financial"}, crit: "CC8.1"},
		{q: "Provide the SOC 2, and additionally explain how bank balances are reconciled to the ledger each month.", report: "both", areas: []string{"reconciliation"}},
		{q: "Send the SOC 2 Type 2 and separately describe how payroll tax deposits are reconciled.", report: "both", areas: []string{"reconciliation"}},
		// Near-misses: a security control with no money system, a money platform
		// with no control, and a statement before "and" that is only context.
		{q: "Your VPN, who can connect and is MFA required? Also we want your SOC 2 report.", report: "soc2", areas: none, crit: "CC6.6"},
		{q: "Please provide the SOC 2 report covering the billing platform.", report: "soc2", areas: none},
		{q: "The ledger system and the SOC 2: please send the report.", report: "soc2", areas: none},
		{q: "We keep card data with you and do you encrypt it at rest?", report: "soc2", areas: none, crit: "CC6.1"},
		{q: "Please send the SOC 2 and additionally confirm the report period.", report: "soc2", areas: none},
	})
}
