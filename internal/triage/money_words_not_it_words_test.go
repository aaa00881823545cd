package triage

import "testing"

// A finance team's process words that are also IT words: a payment released is no
// software release, cheques logged are no event log, loan terms and repayment plans
// changed are standing data, not a program change, an on-chain balance is money held
// and a manager who approves invoices and sets up suppliers holds two duties. Data
// said to be "not financial" stays out of SOC 1.
func TestMoneyWordsThatAreAlsoITWords(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "How do you restrict who can release refund payments in the billing platform?", report: "both", typ: "type2", areas: []string{"access_financial"}},
		{q: "Which users can approve and release payouts in the settlement system, and how is that access limited?", report: "both", typ: "type2", areas: []string{"access_financial"}},
		{q: "Does the volunteer who logs the cheques also take the deposit to the bank?", report: "soc1", typ: "type2", areas: []string{"segregation_of_duties"}},
		{q: "Who can change repayment plans and loan terms in the servicing platform?", report: "soc1", typ: "type2", areas: []string{"master_data"}},
		{q: "Is the controller who approves supplier invoices also able to add a new supplier in the ledger?", report: "soc1", typ: "type2", areas: []string{"segregation_of_duties"}},
		{q: "Describe the daily reconciliation of on-chain wallet balances to your custody ledger.", report: "soc1", typ: "type2", areas: []string{"reconciliation", "custody"}},
	})
	checkReportCases(t, []reportCase{
		// Software released, payments logged by users and log-ins stay what they were.
		{question: "How are changes to the payroll system released to production?", report: "both", crit: "CC8.1", area: "change_financial"},
		{question: "Are payments logged with the user who made them and are the logs kept for a year?", report: "soc2", crit: "CC7.2"},
		{question: "Is the IT manager who approves firewall changes also able to add firewall rules?", report: "soc2", not: "segregation_of_duties"},
		{question: "We upload our lab instrument readings every night (not financial data). How do you check no rows are lost or doubled?", report: "soc2", crit: "PI1.3", not: "interfaces"},
	})
}
