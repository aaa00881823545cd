package triage

import "testing"

// "Who can change" a rate, price, fee, discount or payee's bank details asks who is
// authorised to change master data: SOC 1 master data, whatever system holds it.
// Who can log in to, access or administer the system, and who can change its code,
// stay access and change controls. Written for this test.
func TestWhoChangesMasterData(t *testing.T) {
	t.Parallel()
	md := "master_data"
	checkAreaCases(t, []areaCase{
		{question: "Who is allowed to edit the hourly wage rates held in your timekeeping and payroll platform?",
			report: "soc1", first: md, without: []string{"access_financial", "change_financial"}},
		{question: "Who can change list prices in the subscription billing system?",
			report: "soc1", first: md, without: []string{"access_financial", "change_financial"}},
		{question: "Who may update a grower's bank details in the crop settlement application?",
			report: "soc1", first: md, without: []string{"access_financial"}},
		{question: "Who can alter the premium rates configured in the policy administration system?",
			report: "soc1", first: md, without: []string{"access_financial", "change_financial"}},
		{question: "Who can adjust freight rates in the carrier invoicing module, and is the change approved?",
			report: "soc1", first: md, without: []string{"access_financial"}},
		{question: "Who can change the interest rates on the loan servicing platform?",
			report: "soc1", first: md, without: []string{"access_financial", "change_financial"}},
		// Near misses: access to the system, its code, a transaction issued.
		{question: "Who can log in to the tuition billing system?",
			report: "both", first: "access_financial"},
		{question: "Who can access the claims payment application, and how is that access reviewed?",
			report: "both", first: "access_financial"},
		{question: "Who can change the source code of the billing system before a release?",
			report: "both", first: "change_financial", without: []string{md}},
		{question: "Who can issue refunds in the ticketing and payments platform?",
			report: "both", first: "access_financial"},
	})
}
