package triage

import "testing"

// "The payment file sent to the bank holds exactly the invoices we approved" asks
// whether a money file carries what was approved (SOC 1 interfaces): "holds" is what
// the file contains, not the data passing into someone's keeping (C1.1). Data,
// records or files handed to a consultant's or contractor's possession, keeping or
// custody keep the confidentiality reading. The questions are written for this test,
// apart from the evaluation sets.
func TestFileHoldsWhatWasApproved(t *testing.T) {
	t.Parallel()
	none := []string{}
	checkClass(t, []classCase{
		{q: "How do you check the ACH file sent to the bank holds only the payments we approved?", report: ReportSOC1, cats: none},
		{q: "Does the payroll file sent to the bank hold exactly the net pay totals we signed off?", report: ReportSOC1, cats: none},
		{q: "Is the remittance file passed to the carrier checked so it holds every premium collected?", report: ReportSOC1, cats: none},
		{q: "Is the disbursement file sent to the bank checked so it holds the same totals we approved?", report: ReportSOC1, cats: none},
		{q: "Is the pension payment file sent to the bank checked so it holds only approved payees?", report: ReportSOC1, cats: none},
		// Near misses: data passing into the keeping of outside staff.
		{q: "Will any data be transferred to the consultant's possession?", report: ReportSOC2, first: "C1.1"},
		{q: "Will records be handed over to the contractor's keeping?", report: ReportSOC2, first: "C1.1"},
		{q: "Are files given to your subcontractors to hold kept encrypted?", report: ReportSOC2, first: "C1.1"},
		{q: "Will payroll records be handed over to your contractors' keeping?", report: ReportSOC2, first: "C1.1"},
	})
}
