package triage

import "testing"

// A money system "deployed" across zones, regions, data centres, a cluster or with a
// standby is how it is built to stay available (A1.2, operations_financial), not a
// change being released: deployments approved or versions deployed to production stay
// change management. Written for this test.
func TestDeployedForResilienceIsNoChange(t *testing.T) {
	t.Parallel()
	ops := []string{"operations_financial"}
	checkClass(t, []classCase{
		{q: "Is the payroll platform deployed across two availability zones with automatic failover?", report: "both", cats: []string{"availability"}, areas: ops, crit: "A1.2"},
		{q: "Is the claims system deployed in an active-active configuration across regions?", report: "both", cats: []string{"availability"}, areas: ops, crit: "A1.2"},
		{q: "Is the billing database deployed with a hot standby replica?", report: "both", cats: []string{"availability"}, areas: ops, crit: "A1.2"},
		{q: "The general ledger is deployed on a cluster of three nodes - how is failover tested?", report: "both", cats: []string{"availability"}, areas: ops},
		// Near misses: releases and deployments of new versions.
		{q: "Are deployments to the payroll platform approved before release?", report: "both", areas: []string{"change_financial"}, crit: "CC8.1"},
		{q: "How are new versions of the billing system deployed to production?", report: "both", areas: []string{"change_financial"}, crit: "CC8.1"},
		{q: "Are changes to the cluster configuration of the loan servicing system tested before they are deployed?", report: "both", areas: []string{"change_financial"}, crit: "CC8.1"},
	})
}
