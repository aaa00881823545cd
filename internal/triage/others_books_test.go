package triage

import "testing"

// Reliance on the books of the respondent's clients or of user entities, written
// inside or after the reliance words ("relevant to our clients' financial
// statements", "the ICFR of your clients", "the financial statement audits of user
// entities"), is someone else's: it adds no financial reporting beside the control
// asked. "Our user auditors", and a user entity speaking of its own auditors, are the
// asker's. The questions are written for this test, apart from the evaluation sets.
func TestRelianceOnOthersBooksAddsNoArea(t *testing.T) {
	t.Parallel()
	access := []string{"access_financial"}
	own := []string{"access_financial", "financial_reporting"}
	checkClass(t, []classCase{
		{q: "How is access to the claims system reviewed? This supports the ICFR of your clients.", report: "soc1", areas: access},
		{q: "How is access to the loan servicing platform reviewed? It matters for the SOX programmes of our customers.", report: "soc1", areas: access},
		{q: "Clients' user auditors will test how access to the payroll application is reviewed.", report: "soc1", areas: access},
		{q: "Describe how access to the billing application is reviewed, given the reliance user auditors place on it.", report: "soc1", areas: access},
		// Near-misses: the asker's own auditors, named as user auditors or beside
		// the asker as a user entity, add financial reporting.
		{q: "How is access to the payroll application reviewed? Our user auditors will test this.", report: "soc1", areas: own},
		{q: "As the user entity, our auditors need to understand how access to the payroll application is reviewed.", report: "soc1", areas: own},
		{q: "For our ICFR, how is access to the claims system reviewed?", report: "soc1", areas: own},
	})
}
