package triage

import "testing"

// "The Authority" of a public-sector form is the buyer, not an authorisation: beside a
// financial service it names no accuracy control, so a report asked for over that
// service carries no area. Payments that must be authorised keep theirs.
func TestTheAuthorityIsTheBuyer(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Where the Contractor runs the Authority's pension payroll, an ISAE 3402 Type 2 report shall be provided to the Authority each year. Confirm.",
			report: "soc1", without: []string{"transaction_processing"}},
		{question: "The Council's housing benefit payments are made by the Supplier; the Supplier must give the Authority its SOC 1 Type II report annually.",
			report: "soc1", without: []string{"transaction_processing"}},
		{question: "Please confirm the SOC 1 report on the payroll bureau service will be sent to the contracting authority and its auditors every year.",
			report: "soc1", without: []string{"transaction_processing"}},
		// Near misses: an authorisation of the transaction is asked about.
		{question: "How do you make sure every payroll payment is authorised before it is released?",
			report: "soc1", with: []string{"transaction_processing"}},
		{question: "How do you stop an unauthorised claim payment from being paid?",
			report: "soc1", with: []string{"transaction_processing"}},
	})
}
