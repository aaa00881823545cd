package triage

import "testing"

// Things of value a service holds or moves for its client, named by the finance
// team's own words in an industry the rules had not seen: cash and coins taken out
// of machines and counted, coins and tokens kept in wallets and not lent out,
// registry units (carbon credits, allowances, certificates) held and retired,
// money collected for the client and paid over net of a fee, valuations that drive
// the client's entries, rate decks and discount tiers, liabilities reconciled to the
// client's books and expenses approved before they are reimbursed. The same words on
// tokens, badges, counts and readings that are not money stay where they were.
func TestMoneyHeldAndMovedByBusinessWords(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		// Cash and coins handled: custody, and the duties when the asker asks who.
		{q: "Coins emptied from our laundry machines: who picks them up and who counts them, and is that the same employee?", report: "soc1", typ: "type2", areas: []string{"custody", "segregation_of_duties"}},
		{q: "Who empties the cash from the vending kiosks, and who counts it at the depot?", report: "soc1", typ: "type2", areas: []string{"custody"}},
		{q: "Parking meter coins are collected by your route staff. Who counts them and where are they kept overnight?", report: "soc1", typ: "type2", areas: []string{"custody"}},
		// Coins, tokens and digital assets in wallets, not lent out.
		{q: "Are our customers' tokens kept in segregated wallets and never lent out?", report: "soc1", typ: "type2", areas: []string{"custody"}},
		{q: "Do you lend out or rehypothecate the digital assets you hold for us?", report: "soc1", typ: "type2", areas: []string{"custody"}},
		{q: "How do you prove our stablecoins sit in a segregated wallet one-to-one?", report: "soc1", typ: "type2", areas: []string{"custody"}},
		// Registry units held and moved once.
		{q: "How do you stop a renewable energy certificate from being retired twice?", report: "soc1", typ: "type2", areas: []string{"transaction_processing"}},
		{q: "We keep our emission allowances in accounts on your registry: how are transfers out authorised?", report: "soc1", typ: "type2", areas: []string{"custody"}},
		{q: "Can a gift card balance be redeemed twice if two requests arrive at once?", report: "soc1", typ: "type2", areas: []string{"transaction_processing"}},
		// Valuations and figures the client books from.
		{q: "The month-end fair value marks you send us feed our impairment journal entries. How are the prices checked?", report: "soc1", typ: "type2", areas: []string{"financial_reporting"}},
		{q: "Which price sources and checks sit behind the quarter-end valuations of our bond portfolio that you provide?", report: "soc1", typ: "type2", areas: []string{"financial_reporting"}},
		// Money collected for the client, deposited and paid over net of a fee.
		{q: "Tenant rents you collect for us: which bank account do they go into, and how soon are they paid over to us net of your management fee?", report: "soc1", typ: "type2", areas: []string{"custody", "transaction_processing"}},
		{q: "Patient co-pays taken at your front desk: where are they deposited and when are they remitted to the practice?", report: "soc1", typ: "type2", areas: []string{"custody"}},
		// Rate decks, tariff sheets and discount tiers are standing data.
		{q: "Who can change the freight rate cards in the audit system, and is each change approved?", report: "soc1", typ: "type2", areas: []string{"master_data"}},
		{q: "How are updates to the carrier tariff sheets loaded and checked?", report: "soc1", typ: "type2", areas: []string{"master_data"}},
		{q: "Volume discount tiers: who maintains the tier set-up, and how do you check the right tier is applied on each bill?", report: "soc1", typ: "type2", areas: []string{"master_data", "transaction_processing"}},
		// A liability reconciled to the client's books.
		{q: "How is the unredeemed loyalty points liability reconciled to our books each quarter?", report: "soc1", typ: "type2", areas: []string{"reconciliation"}},
		// Expenses over a limit approved before they are paid: a spending limit, not a policy.
		{q: "Expense claims above the per-diem limit: who approves them before the employee is reimbursed?", report: "soc1", typ: "type2", areas: []string{"transaction_processing"}},
		{q: "Travel expenses that break policy: are they held for a manager's sign-off before they are paid out?", report: "soc1", typ: "type2", areas: []string{"transaction_processing"}},
		// A nightly job that posts sweeps is a financial run.
		{q: "Nightly job that posts the merchant sweeps: how are failures alerted and fixed?", report: "both", typ: "type2", areas: []string{"operations_financial"}},
	})
	// Near misses: the same words on things that are not money.
	checkReportCases(t, []reportCase{
		{question: "Who collects the visitor badges at the end of the day and counts them?", report: "soc2", crit: "CC6.4", not: "custody"},
		{question: "Are API tokens kept in a segregated vault and rotated?", report: "soc2", crit: "CC6.1", not: "custody"},
		{question: "Can a password reset link be used twice?", report: "soc2", crit: "CC6.1"},
		{question: "What was your company's latest valuation?", report: "none"},
		{question: "Which insurer provides your cyber liability cover, and what is the limit?", report: "none", artifact: "insurance_certificate"},
		{question: "Who approves changes to the storage tier configuration?", report: "soc2", crit: "CC8.1", not: "master_data"},
		{question: "How are exceptions to the password policy approved?", report: "soc2", crit: "CC5.3"},
		{question: "How are event attendance counts collected and checked before they reach the dashboard?", report: "soc2", not: "custody"},
		{question: "How are the sensor readings collected from field devices counted and checked for gaps?", report: "soc2", crit: "PI1.3"},
		{question: "Do you collect our customers' email addresses for marketing?", report: "none"},
		{question: "Is there an information security policy, reviewed and approved every year?", report: "soc2", crit: "CC5.3"},
	})
}
