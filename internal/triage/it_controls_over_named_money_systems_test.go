package triage

import (
	"slices"
	"testing"
)

// Any SOC 2 rule of IT control criteria (access, accounts, the network boundary,
// logging of access, data in transit, change, malware protection, vulnerability
// scanning and patching, backup, recovery) asked over a system named as a money
// system ("the refund server", "the garnishment portal", "payroll hosts") is both,
// with the SOC 1 area of the control's family, and the evidence names the system.
// The same controls over a system that holds no money (an HR portal, a marketing
// database, a support portal), an endpoint of a money team, and control words whose
// object is a money item stay as they were. The questions are written for this test.
func TestITControlsOverNamedMoneySystems(t *testing.T) {
	t.Parallel()
	access, change, ops := []string{"access_financial"}, []string{"change_financial"}, []string{"operations_financial"}
	checkClass(t, []classCase{
		{q: "Are the shared admin accounts on the refund server inventoried and their passwords rotated each quarter?", report: "both", areas: access},
		{q: "Is the commission payout server kept in its own network zone behind a firewall?", report: "both", areas: access},
		{q: "Is the wage server reachable only through a bastion host?", report: "both", areas: access},
		{q: "Is anti-malware running on the payroll hosts?", report: "both", areas: ops},
		{q: "Are vulnerability scans run against the invoice servers every month?", report: "both", areas: ops},
		{q: "Is traffic to the rebate servers encrypted in transit?", report: "both", areas: access},
		{q: "Is multi-factor authentication required to sign in to the garnishment portal?", report: "both", areas: access},
		{q: "Are configuration changes on the royalty servers approved before they go live?", report: "both", areas: change},
		{q: "If ransomware locked the rebate servers, how would you restore them and how long would it take?", report: "both", areas: ops},
		// Near misses: no money system, an endpoint of a money team, a money item as
		// the object, or the asker's own admins setting a product feature.
		{q: "Are the shared admin accounts on the HR portal reviewed every quarter?", report: "soc2", areas: []string{}},
		{q: "Is the marketing database backed up nightly?", report: "soc2", areas: []string{}},
		{q: "Do you alert on repeated failed logins to the customer support portal?", report: "soc2", areas: []string{}},
		{q: "Is the customer database encrypted?", report: "soc2", areas: []string{}},
		{q: "Are the laptops of the treasury team encrypted?", report: "soc2", areas: []string{}},
		{q: "Are new supplier ledger accounts approved before they are opened?", report: "soc1"},
		{q: "When a refund cheque is voided and reissued, who approves the reissue?", report: "soc1"},
		{q: "Can our own admins turn on MFA for their users of the invoice portal?", report: "none"},
		// Near misses: a rate limit is no price, and a system word that qualifies
		// a team, its staff or its office names no system.
		{q: "Is MFA enforced on the rate limit gateway?", report: "soc2", areas: []string{}},
		{q: "Does the payments hub team review firewall rules quarterly?", report: "soc2", areas: []string{}},
		{q: "Are payroll hub staff laptops running EDR?", report: "soc2", areas: []string{}},
		{q: "Is the payroll hub office protected by badge readers?", report: "soc2", areas: []string{}},
	})
	e := mustEngine(t)
	v := e.Classify(Question{Text: "Is the wage server reachable only through a bastion host?"})
	i := slices.IndexFunc(v.Evidence, func(ev Evidence) bool { return ev.Rule == "money_system_itgc" })
	if i < 0 || !slices.Equal(v.Evidence[i].Matched, []string{"wage server"}) {
		t.Errorf("evidence %+v, want money_system_itgc naming the wage server", v.Evidence)
	}
}
