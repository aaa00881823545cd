package triage

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// How the vendor bills or pays the asker itself, and the method, currency or channel
// money moves by, are commercial terms: none, written in. The grid crosses money
// nouns with such frames; no cell may be answered by the SOC 1, and each must carry
// custom_answer. The questions are written for this test, apart from the evaluation
// sets.

var termsNouns = []string{
	"invoices", "fees", "charges", "service credits", "refunds", "rebates", "discounts", "payouts",
	"commissions", "cancellation fees", "late fees", "overage charges", "renewal fees", "setup fees",
}

var termsFrames = []string{
	"How are {P} worked out under our contract?",
	"How are {P} calculated for our subscription?",
	"Which currency are {P} settled in?",
	"In what currency do you pay {P}?",
	"Are {P} paid by ACH or by wire?",
	"How are {P} sent to us?",
	"How do we receive {P} from you, by card or by cheque?",
	"How are {P} shown on your invoice?",
	"What payment methods can we use for {P}?",
	"How are we charged for {P} on extra seats?",
}

func TestMoneyTermsGrid(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	bad := map[string]int{}
	for _, f := range termsFrames {
		for _, n := range termsNouns {
			q := strings.ReplaceAll(f, "{P}", n)
			v := e.Classify(Question{Text: q})
			if v.Report == ReportNone && len(v.SOC1Areas) == 0 && slices.Contains(v.Artifacts, "custom_answer") {
				continue
			}
			bad[f]++
			var rules []string
			for _, ev := range v.Evidence {
				rules = append(rules, ev.Rule)
			}
			t.Errorf("%s: %s %v %v (%s), want none with custom_answer", q, v.Report, v.SOC1Areas, v.Artifacts, strings.Join(rules, ","))
		}
	}
	if len(bad) > 0 {
		var b strings.Builder
		for _, f := range termsFrames {
			fmt.Fprintf(&b, "\n%3d/%d %s", bad[f], len(termsNouns), f)
		}
		t.Logf("failures per frame:%s", b.String())
	}
}

// The same money nouns in the money the vendor processes for the client's own
// customers, staff, members or agents keep their SOC 1 answer, method named or not.
func TestMoneyTermsNearMisses(t *testing.T) {
	t.Parallel()
	tp := []string{"transaction_processing"}
	checkClass(t, []classCase{
		{q: "How are our employees' bonuses calculated?", report: ReportSOC1, areas: tp},
		{q: "How are our customers' refunds credited to their cards?", report: ReportSOC1, areas: tp},
		{q: "Who approves rebates you pay to our members?", report: ReportSOC1, areas: tp},
		{q: "How do you make sure the invoices you send our clients are accurate?", report: ReportSOC1, areas: tp},
		{q: "How are payments from our tenants applied to their balances?", report: ReportSOC1, areas: tp},
		{q: "How are commissions for our agents calculated each month?", report: ReportSOC1, areas: tp},
		{q: "How are payouts to our merchants settled?", report: ReportSOC1, areas: tp},
		{q: "How do you ensure the fees charged to our customers match their contracts?", report: ReportSOC1, areas: tp},
		{q: "Is EDR installed on the laptops of your billing team?", report: ReportSOC2},
		{q: "Which currency conversion rates are applied to our payroll?", report: ReportSOC1, areas: tp},
		{q: "Which method do you use to calculate accrued interest on our loans?", report: ReportSOC1, areas: tp},
		{q: "How are your fees taken out of the escrow balances you hold for us?", report: ReportSOC1, areas: []string{"custody"}},
	})
}

// A method named after a verb of the payment's arrival ("payments received by
// wire") only says which payments a process handles: the process asked stays SOC 1.
// A method asked ("paid by card or by cheque", "accept payments by wire") stays a
// written answer.
func TestPaymentsReceivedByMethod(t *testing.T) {
	t.Parallel()
	tp := []string{"transaction_processing"}
	ca := []string{"custom_answer"}
	checkClass(t, []classCase{
		{q: "What is your process for crediting patient payments received by cheque?", report: ReportSOC1, areas: tp},
		{q: "What are the steps for applying member payments received by wire?", report: ReportSOC1, areas: tp},
		{q: "What is your process for posting tenant rent received by ACH?", report: ReportSOC1, areas: tp},
		{q: "Explain how student tuition received by wire is credited to each account.", report: ReportSOC1, areas: tp},
		{q: "Describe how premiums submitted by card are applied to policies.", report: ReportSOC1, areas: tp},
		{q: "How are donations made by direct debit allocated to funds?", report: ReportSOC1, areas: tp},
		{q: "Do you accept payments by wire?", report: ReportNone, arts: ca},
		{q: "Are refunds paid by card or by cheque?", report: ReportNone, arts: ca},
		{q: "Can we pay your invoices by ACH?", report: ReportNone, arts: ca},
		{q: "Is tuition payable by card?", report: ReportNone},
	})
}
