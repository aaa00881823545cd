package triage

import "testing"

// The asker's own month-end or quarter-end close frames a question by its own
// financial reporting, as its year-end does: SOC 1 alone, with financial_reporting
// beside the control's own areas. A month-end peak or a posting done before month end
// is a time, not the asker's reliance.
func TestOwnPeriodEndCloseIsReliance(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "For our quarter-end close, how are premium receipts reconciled to the bank?",
			report: "soc1", areas: []string{"reconciliation", "financial_reporting"}},
		{q: "For our quarterly close, is access to the billing platform reviewed?",
			report: "soc1", areas: []string{"access_financial", "financial_reporting"}},
		// Near miss: a month-end peak is only a time.
		{q: "Is capacity monitored ahead of month-end peaks on the payroll platform?",
			report: "both", areas: []string{"operations_financial"}, crit: "A1.1"},
	})
}
