package triage

import "testing"

// Employer payroll tax returns named by their form number (941, 940) or by the
// unemployment insurance they report are the payroll service's own filings for its
// clients: SOC 1. The same numbers in other senses, or the respondent's own
// corporate tax, stay what they were.
func TestEmployerTaxReturnsByForm(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Who checks that each client's quarterly 941 is filed and the balance due deposited before the deadline?",
			report: "soc1", first: "transaction_processing"},
		{question: "For our PEO arrangement, how are SUTA filings made for every state we hire in?",
			report: "soc1", first: "transaction_processing"},
		{question: "State unemployment insurance returns: who reviews them before they are submitted?",
			report: "soc1", first: "transaction_processing"},
		// Near misses: a number that is no form, and the respondent's own tax.
		{question: "Is your support line 1-800-555-0941 staffed around the clock?",
			report: "none"},
		{question: "Are you current on your own corporate income tax returns?",
			report: "none"},
	})
}
