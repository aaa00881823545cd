package triage

import "testing"

// A money system is also named as the dashboard or console its staff work in (a
// payouts dashboard, a settlement console); staff who impersonate a client or log in
// as one there have access to it; and the pricing logic, rules or engine of a money
// system is part of the application, not a price asked as a commercial fact. Both
// reports. The same access to a console or app of no money stays SOC 2, and a price
// asked of the respondent stays a written answer.
func TestMoneyConsolesAndPricingLogic(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Can your helpdesk staff impersonate a merchant inside the settlement console, and is each session recorded?",
			report: "both", first: "access_financial"},
		{question: "Who has access to the refunds dashboard, and is that list reviewed each quarter?",
			report: "both", first: "access_financial"},
		{question: "Are engineers able to log in as a customer on the payments dashboard to debug an issue?",
			report: "both", first: "access_financial"},
		{question: "Is sign-in to the payouts console protected by MFA, and can staff log in as a seller there?",
			report: "both", first: "access_financial"},
		{question: "On the rebate processing system, who can push pricing logic changes to production?",
			report: "both", first: "change_financial"},
		{question: "For the claims switch, are developers barred from production, and who can alter its pricing logic?",
			report: "both", first: "change_financial"},
		// Near misses: no money system, or the price is the respondent's own.
		{question: "What is your pricing for the enterprise tier, and can the rates be locked for three years?",
			report: "none"},
		{question: "What pricing do you offer to non-profits?",
			report: "none"},
		{question: "Do administrators ever log in as root on production servers?",
			report: "soc2"},
		{question: "Can support agents impersonate end users in your project-tracking app, and is that logged?",
			report: "soc2"},
	})
}
