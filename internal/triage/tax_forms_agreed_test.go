package triage

import "testing"

// Tax forms or filings agreed or tied to year-to-date (YTD) payroll before they are
// filed are a reconciliation: the year-to-date totals are its other side, and a
// return "filed" with an authority is no data file sent over an interface. A
// payroll file loaded in full to the ledger stays an interface.
func TestTaxFormsAgreedToYearToDate(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Are quarterly 941 filings tied to YTD payroll before submission?", report: "soc1", areas: []string{"reconciliation"}},
		{q: "Before the annual returns are filed, are they agreed to the year to date payroll register?",
			report: "soc1", areas: []string{"reconciliation"}},
		// Near miss: a file sent to the ledger.
		{q: "How do you confirm the payroll journal file is loaded completely into our general ledger?",
			report: "soc1", areas: []string{"interfaces"}},
	})
}
