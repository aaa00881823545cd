package triage

import "testing"

// Shipping containers (at a gate, a yard, a terminal, on a chassis) are freight, not
// software: charges for them are a billing process (SOC 1), and a rate taken as in
// effect on a day is the rate table's master data. Software containers keep their
// hardening and isolation.
func TestShippingContainersAreFreight(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "How are detention charges for late container returns calculated and invoiced to shippers?", report: "soc1", area: "transaction_processing", not: "CC7.1"},
		{question: "Is chassis per diem billed from the terminal gate events at the contracted daily rate?", report: "soc1", not: "CC7.1"},
		{question: "Are reefer container plug-in charges at the port invoiced to the consignee accurately?", report: "soc1", not: "CC7.1"},
		{question: "Is each claim priced at the fee schedule rate in effect on the date of service?", report: "soc1", area: "master_data"},
		{question: "Storage invoices: is the tariff in effect on the day of each move applied?", report: "soc1", area: "master_data"},
		// Near misses: software containers, and a policy taking effect.
		{question: "Are container images scanned before deployment to the cluster?", report: "soc2", crit: "CC7.1"},
		{question: "Is the container runtime hardened and are containers isolated from one another?", report: "soc2", crit: "CC6.1"},
		{question: "How are container registries protected from unauthorised pushes?", report: "soc2", crit: "CC7.1"},
		{question: "When does the new MFA policy take effect?", report: "soc2", not: "master_data"},
	})
}
