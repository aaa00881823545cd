package triage

import (
	"slices"
	"testing"
)

// A figure agreed, traced or vouched to a record is read as a reconciliation in its
// own sentence: "your company", "own" or a commercial word in an earlier sentence
// that sets the scene does not make the figure the vendor's or a price. Written for
// this test.
func TestFigureAgreedAfterSceneSentence(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	checks := []string{"reconciliation", "transaction_processing", "interfaces"}
	for _, c := range []struct{ q, verb string }{
		{"Your company runs our payroll. Are payout totals agreed to the remittance advice?", "agreed"},
		{"Your business handles our claims. Who agrees the claim totals to the adjudication report?", "agrees"},
		{"Your organisation runs our billing. Are billing totals traced back to the usage records?", "traced"},
		{"Your company collects our premiums. Are premiums collected agreed to the policy administration system?", "agreed"},
		{"Your company pays our contractors. Are the payout amounts agreed to the remittance file before payment?", "agreed"},
		{"Your firm processes our supplier payments. Are invoice amounts agreed to the purchase order?", "agreed"},
		{"We outsource payroll to your company. Are the net pay totals vouched to the payroll register?", "vouched"},
		{"Your group manages our lockbox. Are the cash receipts agreed against the bank statement?", "agreed"},
		{"Are payout totals agreed to the remittance advice?", "agreed"},
	} {
		v := e.Classify(Question{Text: c.q})
		read := slices.ContainsFunc(v.Evidence, func(ev Evidence) bool {
			return ev.Rule == "wording" && slices.Contains(ev.Matched, c.verb)
		})
		if v.Report != ReportSOC1 || !read || !slices.ContainsFunc(v.SOC1Areas, func(a string) bool { return slices.Contains(checks, a) }) {
			t.Errorf("%q: %s %v, want soc1 with one of %v and %q read (evidence %+v)", c.q, v.Report, v.SOC1Areas, checks, c.verb, v.Evidence)
		}
	}
	// The vendor's own figures and the commercial sense in the same sentence keep
	// their verdicts.
	checkClass(t, []classCase{
		{q: "Your company runs our payroll. Have you agreed to our DPA?", report: ReportNone},
		{q: "Your company runs our payroll. Are requirements traced to test cases?", report: ReportSOC1, typ: "type2", areas: []string{"transaction_processing"}},
		{q: "Your company runs our payroll. Are fees agreed with new clients before onboarding?", report: ReportSOC1, typ: "type2", areas: []string{"transaction_processing"}},
	})
}
