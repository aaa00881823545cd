package triage

import "testing"

// A procurement or purchasing system, platform or tool raises the purchase orders and
// pays the supplier invoices of the clients it serves: it is a money system, so access,
// change and recovery controls over it are both reports (guide section 8), as they are
// over a payables system. Supplier security reviews run in the vendor's own
// procurement tool, a procurement policy and procurement staff training stay SOC 2.
// The questions are written for this test, apart from the evaluation sets.
func TestProcurementSystemIsAMoneySystem(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Is access to the vendor master in the procurement platform restricted?", report: ReportBoth, crit: "CC6.1"},
		{q: "Who can log in to the purchasing tool, and how is that reviewed?", report: ReportBoth, areas: []string{"access_financial"}},
		{q: "How are changes to the purchasing system tested before release?", report: ReportBoth, areas: []string{"change_financial"}},
		{q: "Are backups of the procurement application tested?", report: ReportBoth, areas: []string{"operations_financial"}},
		{q: "Is every change to the procurement software approved before it goes live?", report: ReportBoth, areas: []string{"change_financial"}},
		// Near misses: the vendor's own buying, its policy and its people.
		{q: "Does your procurement system include a security review of new suppliers?", report: ReportSOC2, first: "CC9.2"},
		{q: "Are new vendors assessed for security risk in your procurement tool before onboarding?", report: ReportSOC2, first: "CC9.2"},
		{q: "Do you have a procurement policy for choosing vendors?", report: ReportSOC2, first: "CC9.2"},
		{q: "Is the procurement team trained on fraud?", report: ReportSOC2},
	})
}
