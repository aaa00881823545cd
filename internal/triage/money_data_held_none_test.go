package triage

import "testing"

// A system the asker says holds no money data ("it stores attendee names only, no
// financial data", "the CRM holds no billing or payroll data") is no financial system:
// its access, change and backup controls are SOC 2 alone. A money system named beside
// such a statement, or money data a control keeps from changing, stays both. Written
// for this test.
func TestSystemHoldingNoMoneyDataIsNoMoneySystem(t *testing.T) {
	t.Parallel()
	none := []string{}
	checkClass(t, []classCase{
		{q: "How often are admin accounts on the events app reviewed? It stores attendee names only, no financial data.", report: "soc2", areas: none},
		{q: "Our survey platform stores no financial records. Who approves changes to it before release?", report: "soc2", areas: none},
		{q: "The CRM you host for us holds no billing or payroll data; how quickly is a leaver's access removed?", report: "soc2", areas: none},
		{q: "Is the ticketing tool backed up nightly? It has no ledger or invoice data in it.", report: "soc2", areas: none},
		{q: "Access recertification for the room-booking system (contains no payment information): how often, and who signs off?", report: "soc2", areas: none},
		{q: "No financial data is stored in the wiki. Are changes to its plugins tested before deployment?", report: "soc2", areas: none},
		{q: "Does the learning portal, which holds no payment data, enforce MFA for administrators?", report: "soc2", areas: none},
		// Near misses: the money system is the one asked about, or the money data is
		// what the control protects.
		{q: "How often are access reviews performed for the system that holds our financial data?", report: "both", areas: []string{"access_financial"}},
		{q: "Who has access to financial data in the billing platform?", report: "both", areas: []string{"access_financial"}},
		{q: "We hold no paper records; how is access to the general ledger reviewed?", report: "both", areas: []string{"access_financial"}},
		{q: "The CRM holds no billing data, but how is access to the payroll application reviewed?", report: "both", areas: []string{"access_financial"}},
		{q: "How do you make sure no payroll data is changed in the payroll system without approval?", report: "both"},
	})
}
