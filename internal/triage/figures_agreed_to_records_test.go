package triage

import (
	"fmt"
	"slices"
	"testing"
)

// A figure agreed, traced, vouched or matched to another record, or footed and
// cross-footed, is a reconciliation or a check of the amount before it is paid: SOC 1
// with reconciliation or transaction processing (or interfaces for a file's control
// totals), whichever verb, money item and form of the question. Written for this
// test.
func TestFiguresAgreedToRecordsAreChecks(t *testing.T) {
	t.Parallel()
	items := []struct {
		item   string
		plural bool
		record string
	}{
		{"rebate totals", true, "the sales ledger"},
		{"commission totals", true, "the sales report"},
		{"invoice amounts", true, "the purchase order"},
		{"client account balances", true, "the bank statement"},
		{"supplier invoices", true, "the purchase order and receiving record"},
		{"seller payouts", true, "the settlement report"},
		{"carrier remittances", true, "the premium bordereau"},
		{"premiums collected", true, "the policy administration system"},
		{"the payroll register", false, "the general ledger"},
		{"GL postings", true, "the source journals"},
		{"the bank statement", false, "the cash book"},
		{"payment batch control totals", true, "the approved payment file"},
	}
	verbs := []struct{ passive, active, prep string }{
		{"agreed to", "agrees", "to"},
		{"agreed back to", "agrees", "back to"},
		{"agreed against", "agrees", "against"},
		{"tied out to", "ties out", "to"},
		{"traced to", "traces", "to"},
		{"vouched to", "vouches", "to"},
		{"matched to", "matches", "to"},
	}
	var qs []string
	for _, it := range items {
		be := "is"
		if it.plural {
			be = "are"
		}
		for _, v := range verbs {
			qs = append(qs,
				fmt.Sprintf("%s %s %s %s?", map[string]string{"is": "Is", "are": "Are"}[be], it.item, v.passive, it.record),
				fmt.Sprintf("How %s %s %s %s before payment?", be, it.item, v.passive, it.record),
				fmt.Sprintf("Who %s %s %s %s?", v.active, it.item, v.prep, it.record),
				fmt.Sprintf("Describe how %s %s %s %s.", it.item, be, v.passive, it.record))
		}
		qs = append(qs, fmt.Sprintf("Who foots and cross-foots %s?", it.item))
	}
	qs = append(qs,
		"How are rebate totals agreed before payment?",
		"Are commission totals agreed to the sales report?",
		"Are invoice amounts agreed to the purchase order before payment?",
		"Are the bank statement totals footed and cross-footed before they are posted?",
		"Are payroll totals agreed back to the approved timesheets each cycle?",
		"Is the remittance traced to source documents before it is paid?",
		"Are customer refunds vouched to supporting documentation before payment?")
	e := mustEngine(t)
	checks := []string{"reconciliation", "transaction_processing", "interfaces"}
	for _, q := range qs {
		v := e.Classify(Question{Text: q})
		if (v.Report != ReportSOC1 && v.Report != ReportBoth) || !slices.ContainsFunc(v.SOC1Areas, func(a string) bool { return slices.Contains(checks, a) }) {
			t.Errorf("%q: %s %v, want soc1 with one of %v (evidence %+v)", q, v.Report, v.SOC1Areas, checks, v.Evidence)
		}
	}
}

// "Agreed" in its commercial sense (with a client, in a contract, agreed-upon
// procedures, a price or fee agreed, a party that agreed to terms) and a trace to a
// person, ticket or list keep the verdict they had. Written for this test.
func TestAgreedInItsCommercialSenseStays(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Are fees agreed with new clients before onboarding?", report: ReportNone},
		{q: "Is the agreed SLA met each month?", report: ReportNone},
		{q: "Are rates agreed in the contract?", report: ReportNone},
		{q: "Can you provide an agreed-upon procedures report?", report: ReportNone, arts: []string{"policy_document"}},
		{q: "Have you agreed to our DPA?", report: ReportNone},
		{q: "Have you agreed to our standard terms and conditions?", report: ReportNone},
		{q: "Are commission rates agreed with the sales team each year?", report: ReportNone},
		{q: "Are prices agreed in advance for each order?", report: ReportNone},
		{q: "Please confirm the payment amounts agreed in the master services agreement.", report: ReportNone},
		{q: "Are payment amounts agreed to in writing?", report: ReportNone},
		{q: "Are commissions agreed to before the deal closes?", report: ReportNone},
		{q: "Do you agree to refund fees paid in advance?", report: ReportNone},
		{q: "Who agrees the payment schedule with the customer?", report: ReportNone},
		{q: "Are requirements traced to test cases?", report: ReportNone},
		{q: "Are changes traced to an approved ticket?", report: ReportSOC2, typ: "type2", cats: []string{"security"}},
		{q: "Are log entries traced to the user who made them?", report: ReportSOC2, typ: "type2", cats: []string{"security"}},
		{q: "Can you trace a payment to the user who approved it?", report: ReportSOC1, typ: "type2", areas: []string{"transaction_processing"}},
		{q: "Is every refund traced to an approved ticket?", report: ReportSOC1, typ: "type2", areas: []string{"transaction_processing"}},
	})
}

// A figure agreed to its record before money is paid or funded is the accuracy of the
// payment (transaction processing); agreed before forms are issued it stays a
// reconciliation beside the output; amounts agreed to a file's control totals are no
// reconciliation read from "agreed". Written for this test.
func TestFiguresAgreedBeforePaymentAreProcessing(t *testing.T) {
	t.Parallel()
	tp, rec := "transaction_processing", "reconciliation"
	checkAreaCases(t, []areaCase{
		{question: "Are vendor invoice amounts agreed to the receiving report before they are paid?", report: ReportSOC1, first: tp},
		{question: "How do you make sure the claim amounts agree to the adjudicated amounts before funds are released?", report: ReportSOC1, first: tp},
		{question: "Who vouches the refund amounts to the returns log before they are paid?", report: ReportSOC1, with: []string{tp}},
		{question: "Describe the quarter-end control that agrees 1099 totals to the disbursement register before the forms are filed.",
			report: ReportSOC1, with: []string{rec}},
		{question: "Are the loaded contribution amounts agreed to the control totals in the file header?", report: ReportSOC1, without: []string{rec}},
	})
}
