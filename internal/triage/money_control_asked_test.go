package triage

import "testing"

// A question no rule decides that asks for a control over something of money value
// (who can change or check it, a figure checked against another or tied out, a value
// approved before it takes effect) is SOC 1: the money object names the area and the
// area catalogue answers from a lower score. The same shape over data of no money
// value, the vendor's own prices and company facts stay as they were. The questions
// are written for this test, apart from the evaluation sets.
func TestMoneyControlAskedAnsweredByAreas(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "In the ticketing platform, who is able to edit the seat prices for a show?", report: ReportSOC1, areas: []string{"master_data"}},
		{q: "Loyalty points balances: who can adjust a member's balance by hand?", report: ReportSOC1, areas: []string{"transaction_processing"}},
		{q: "Who checks the depreciation on new fixed assets before the month is closed?", report: ReportSOC1, areas: []string{"transaction_processing"}},
		{q: "Physician payment rates: who may alter them in the practice management system?", report: ReportSOC1},
		{q: "How do you make sure the freight rates applied to each shipment match the carrier contract?", report: ReportSOC1},
		{q: "When a fleet lease is modified, how is the lease liability recalculated, and who checks it?", report: ReportSOC1, areas: []string{"transaction_processing"}},
		{q: "Who can create a coupon or change what a plan costs in the storefront catalogue?", report: ReportSOC1, areas: []string{"master_data"}},
		{q: "Wholesale markups for each pharmacy chain: who may change them in the pricing engine?", report: ReportSOC1, areas: []string{"master_data"}},
		{q: "Our payroll bureau returns a summary with totals after each upload; can we tie out those figures on our side?", report: ReportSOC1},
		// Near misses: the same shape over data of no money value, the vendor's own
		// prices, and words of money in another sense.
		{q: "Who can change the shipping address on an order?", report: ReportNone},
		{q: "Who can edit the opening hours shown in the booking app?", report: ReportNone},
		{q: "Who is able to change a customer's email address in the portal?", report: ReportNone},
		{q: "Who approves your price increases?", report: ReportNone},
		{q: "Who decides the rates you charge us at renewal?", report: ReportNone},
		{q: "Who approves discounts on the quotes you send us?", report: ReportNone},
		{q: "How much does the enterprise plan cost per seat?", report: ReportNone},
		{q: "Who is in charge of the finance team at your company?", report: ReportNone},
		{q: "How do you check the response rate of the survey tool?", report: ReportNone},
		{q: "Who reviews the marketing claims on your website?", report: ReportNone},
		{q: "Who can update the tax ID on the profile?", report: ReportNone},
		{q: "How do you make sure the record counts in the nightly file tie out?", report: ReportSOC2},
		{q: "Who reviews the asset register for servers?", report: ReportSOC2},
	})
}

// Amounts of a warranty or repair validated against the agreement before they are
// paid or invoiced are a check of money, as amounts checked or approved against it
// are: the words of a contract's legal terms (warranty, agreement) do not make the
// line a legal question. Warranties, liability and indemnities asked by themselves
// stay legal terms (none).
func TestMoneyValidatedAgainstAgreement(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Extended warranty refunds: are the amounts validated against the dealer contract before they are paid out?", report: ReportSOC1, areas: []string{"transaction_processing"}},
		{q: "Are repair shop invoices validated against the agreed parts price list before payment?", report: ReportSOC1},
		{q: "What warranty do you give on the software, and what is your limitation of liability?", report: ReportNone},
		{q: "Will you indemnify us for third-party claims?", report: ReportNone},
		{q: "Do you accept purchase orders, and what payment terms apply?", report: ReportNone},
	})
}
