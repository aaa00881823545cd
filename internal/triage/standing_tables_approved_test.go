package triage

import "testing"

// A standing table of rates, fees or prices that drives money (a money noun before
// rate, rates, table, schedule or matrix) reviewed, approved or signed off before it is
// used is how that master data is authorised, whatever the business calls the money
// (tuition, tolls, dues, rent). Near-misses: money paid or approved against such a
// table (the table is followed, not changed), access to the table, tables of firewall
// rules, and code of a rate engine.
func TestStandingTablesApproved(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Are the per-credit tuition rates and fee tables reviewed and approved each term before the billing run?", report: "soc1", area: "master_data", not: "transaction_processing"},
		{question: "Who approves the toll rate schedule before new prices go live at the gantries?", report: "soc1", area: "master_data"},
		{question: "Dues rates for each membership class - who signs off before renewals are billed?", report: "soc1", area: "master_data"},
		{question: "Are rent schedules for each unit type approved before the lease billing run?", report: "soc1", area: "master_data"},
		// Near-misses: money handled against the table, access to it, firewall rules.
		{question: "How do you make sure agent commission statements apply the correct commission tier, and who signs off before payouts are made?", report: "soc1", not: "master_data"},
		// Claims approved before payment are a control over the money paid: SOC 1,
		// transaction processing, still not the schedule's master data.
		{question: "Are claims approved against the fee schedule before payment?", report: "soc1", area: "transaction_processing", not: "master_data"},
		{question: "Is access to the payment rate tables reviewed quarterly?", report: "both", crit: "CC6.3"},
		{question: "Are firewall rule tables reviewed every six months?", report: "soc2", crit: "CC6.6"},
	})
}
