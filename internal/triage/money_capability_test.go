package triage

import "testing"

// A yes-or-no question whose subject is the product and whose verb is something it
// can do ("Can the system generate 1099s?", "Does the platform support positive pay
// files?", "Is the system able to generate remittance advices?") asks a product
// capability: a written answer, no SOC report, whatever money it names. How the
// vendor ensures the money is right, a control the product enforces (reconcile,
// restrict, log, approve, segregate), and what people can do in it stay controls.
// The questions are written for this test, apart from the evaluation sets.
func TestMoneySystemCapabilityIsAProductFact(t *testing.T) {
	t.Parallel()
	written := []string{"custom_answer"}
	checkClass(t, []classCase{
		{q: "Can the system generate 1099s?", report: "none", arts: written},
		{q: "Does the platform support positive pay files?", report: "none", arts: written},
		{q: "Can the platform produce W-2 forms for employees?", report: "none", arts: written},
		{q: "Can the software handle split payments across cost centres?", report: "none", arts: written},
		{q: "Is the system able to generate remittance advices?", report: "none", arts: written},
		{q: "Can your payroll platform calculate sales tax automatically?", report: "none", arts: written},
		{q: "Will the billing module issue credit notes in multiple currencies?", report: "none", arts: written},
		{q: "Does your system automatically calculate late fees?", report: "none", arts: written},
		{q: "Does the application print checks for vendor payments?", report: "none", arts: written},
		// Near misses: how the money is kept right, a control the product enforces,
		// what people can do in it.
		{q: "How do you ensure positive pay files are complete and accurate?", report: "soc1"},
		{q: "Does the system reconcile positive pay files to issued checks daily?", report: "soc1"},
		{q: "Can users in the system approve their own payments?", report: "soc1"},
		{q: "Does the platform enforce segregation of duties for payment release?", report: "soc1"},
		{q: "Can the system restrict who can change vendor bank details?", report: "soc1"},
		{q: "Does the system log changes to pay rates?", report: "soc1"},
		{q: "How are payroll calculations validated?", report: "soc1"},
		{q: "Does the system calculate interest accurately on every loan?", report: "soc1"},
		{q: "Does the application generate unique sequential invoice numbers?", report: "soc1"},
		{q: "Does the billing system issue invoices only after the order is shipped?", report: "soc1"},
		{q: "Can the system pay an invoice twice?", report: "soc1"},
		{q: "Does the payroll system file tax returns on time each quarter?", report: "soc1"},
	})
}
