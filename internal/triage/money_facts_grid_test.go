package triage

import (
	"fmt"
	"strings"
	"testing"
)

// A question can name a money item without asking for any control over it: what the
// product lets customers do with it, how often or on which day it goes out, by which
// channel, how many there are, what it costs, or whether the data about it is shared,
// sold or kept. Those are facts, capabilities and commercial terms (none, written in)
// or privacy questions (SOC 2); only the accuracy, completeness, authorisation or
// safekeeping of the money's processing is SOC 1. The grid crosses money nouns with
// such forms; no cell may be answered by the SOC 1. The questions are written for this
// test, apart from the evaluation sets.

// factNoun is a money noun of the fact grid: its plural and the word that qualifies
// "data" ("invoice data", "payroll data").
type factNoun struct{ plural, attr string }

var factNouns = []factNoun{
	{"invoices", "invoice"},
	{"bills", "billing"},
	{"utility bills", "utility billing"},
	{"tuition bills", "tuition"},
	{"rent invoices", "rent"},
	{"supplier invoices", "supplier invoice"},
	{"credit notes", "credit note"},
	{"credit memos", "credit memo"},
	{"debit memos", "debit memo"},
	{"account statements", "statement"},
	{"billing statements", "billing"},
	{"loan statements", "loan"},
	{"mortgage statements", "mortgage"},
	{"escrow statements", "escrow"},
	{"pension statements", "pension"},
	{"benefit statements", "benefits"},
	{"royalty statements", "royalty"},
	{"commission statements", "commission"},
	{"settlement reports", "settlement"},
	{"remittance advices", "remittance"},
	{"payslips", "payslip"},
	{"pay stubs", "payroll"},
	{"receipts", "receipt"},
	{"cash receipts", "cash receipt"},
	{"donation receipts", "donation"},
	{"refunds", "refund"},
	{"rebates", "rebate"},
	{"purchase orders", "purchase order"},
	{"payment confirmations", "payment"},
	{"direct debits", "direct debit"},
	{"wire transfers", "wire transfer"},
	{"ACH payments", "ACH"},
	{"card payments", "card payment"},
	{"payouts", "payout"},
	{"cheques", "cheque"},
	{"expense reports", "expense"},
	{"expense reimbursements", "reimbursement"},
	{"1099 forms", "1099"},
	{"W-2 forms", "W-2"},
	{"tax forms", "tax"},
	{"premium notices", "premium"},
	{"claim payments", "claims"},
	{"explanation of benefits letters", "claims"},
	{"dividend payments", "dividend"},
	{"grant payments", "grant"},
	{"stipend payments", "stipend"},
	{"late fees", "late fee"},
	{"chargebacks", "chargeback"},
	{"collection letters", "collections"},
	{"past-due notices", "accounts receivable"},
	{"vendor payments", "vendor payment"},
	{"journal entries", "general ledger"},
}

// factForm is a form of the fact grid: {P} is the noun's plural and {A} the word
// that qualifies "data"; report is the answer every cell must get.
type factForm struct {
	text   string
	report string
}

var factForms = []factForm{
	// What the product lets customers do, or supports.
	{"Can customers download their {P} from the portal?", ReportNone},
	{"Does the product support {P} in more than one currency?", ReportNone},
	// Frequency and timing.
	{"How often are {P} sent?", ReportNone},
	{"What day of the month are {P} issued?", ReportNone},
	// Channel.
	{"Are {P} emailed or sent by post?", ReportNone},
	// Counts and volumes.
	{"How many {P} did you handle last year?", ReportNone},
	// Price and terms.
	{"What do you charge for {P}?", ReportNone},
	{"Are {P} included in the subscription price?", ReportNone},
	// Privacy: sharing, selling, marketing use and retention of the money data.
	{"Is {A} data shared with advertisers?", ReportSOC2},
	{"Do you sell {A} data to third parties?", ReportSOC2},
	{"Do you use our {A} data for marketing?", ReportSOC2},
	{"How long do you keep {A} data after the contract ends?", ReportSOC2},
}

func factQuestion(f factForm, n factNoun) string {
	q := strings.NewReplacer("{P}", n.plural, "{A}", n.attr).Replace(f.text)
	return strings.ToUpper(q[:1]) + q[1:]
}

func TestMoneyFactsGrid(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	bad := map[string]int{}
	for _, f := range factForms {
		for _, n := range factNouns {
			q := factQuestion(f, n)
			v := e.Classify(Question{Text: q})
			if v.Report == f.report && len(v.SOC1Areas) == 0 {
				continue
			}
			bad[f.text]++
			var rules []string
			for _, ev := range v.Evidence {
				rules = append(rules, ev.Rule)
			}
			t.Errorf("%s: %s %v (%s), want %s", q, v.Report, v.SOC1Areas, strings.Join(rules, ","), f.report)
		}
	}
	if len(bad) > 0 {
		var b strings.Builder
		for _, f := range factForms {
			fmt.Fprintf(&b, "\n%3d/%d %s", bad[f.text], len(factNouns), f.text)
		}
		t.Logf("failures per form:%s", b.String())
	}
}

// A money word in another sense (the articles of a journal, the statements of a
// database query) names no money at all: no SOC 1, whatever else answers. The same
// words in their money sense keep it.
func TestMoneyWordsInOtherSenses(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	for _, c := range []struct {
		q    string
		soc1 bool
	}{
		{"Who checks the accuracy of journal articles you publish?", false},
		{"Are peer-reviewed journal submissions checked for accuracy before release?", false},
		{"Who reviews SQL statements before they run in production?", false},
		{"Are query statements checked for accuracy before they are run?", false},
		// The money senses.
		{"Who checks the accuracy of journal entries you post for us?", true},
		{"Are the account statements you produce checked for accuracy before release?", true},
	} {
		v := e.Classify(Question{Text: c.q})
		soc1 := v.Report == ReportSOC1 || v.Report == ReportBoth
		if soc1 != c.soc1 || !soc1 && len(v.SOC1Areas) > 0 {
			t.Errorf("%s: %s %v, want SOC 1 %v", c.q, v.Report, v.SOC1Areas, c.soc1)
		}
	}
}

// The same money nouns in the same shapes, with a control asked (reviewed, approved,
// reconciled, counted, made sure of) or an IT control over the money system named, keep
// their SOC 1 (or both) answers: the fact reading gives way.
func TestMoneyFactsGridNearMisses(t *testing.T) {
	t.Parallel()
	tp := []string{"transaction_processing"}
	checkClass(t, []classCase{
		{q: "How often are invoices reviewed before they are sent?", report: ReportSOC1, areas: tp},
		{q: "When are refunds approved, and by whom?", report: ReportSOC1, areas: tp},
		{q: "Are all claims included in the payment run?", report: ReportSOC1, areas: tp},
		{q: "How many invoices failed validation last month, and how were they corrected?", report: ReportSOC1, areas: tp},
		{q: "Can users approve their own expense reports?", report: ReportSOC1, areas: []string{"segregation_of_duties"}},
		{q: "How often are bank statements reconciled to the ledger?", report: ReportSOC1, areas: []string{"reconciliation"}},
		{q: "What day of the month is payroll reconciled to the bank?", report: ReportSOC1, areas: []string{"reconciliation"}},
		{q: "How do you make sure invoices emailed to customers are complete?", report: ReportSOC1, areas: tp},
		{q: "What do you check before credit notes are issued?", report: ReportSOC1, areas: tp},
		{q: "How often is cash counted and deposited?", report: ReportSOC1, areas: []string{"custody"}},
		{q: "When are premium refunds paid, and how do you make sure none is missed?", report: ReportSOC1, areas: tp},
		{q: "How often is the billing database backed up?", report: ReportBoth, areas: []string{"operations_financial"}},
		{q: "Is payroll data encrypted at rest?", report: ReportBoth, areas: []string{"access_financial"}},
	})
}
