package triage

import (
	"slices"
	"testing"
)

// Report decisions on money processes named by business words:
//
//   - a report named as a noun phrase, with "plus" or "along with" a bridge letter,
//     is asked for with the letter, not the letter alone;
//   - a claim reserve changed above an adjuster's authority limit is the
//     transaction's authorisation (SOC 1), not a software change;
//   - a second question on a line about a financial process that asks only whether
//     its records are complete or rejected ones returned follows up on the same money
//     data, so it does not add a SOC 2 processing-integrity half.
func TestMoneyProcessReportDecisions(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct {
		name, question, report string
		artifact               string
	}{
		{"report plus letter", "SOC 1 Type 2 on the transfer agency service, plus a bridge letter up to year end.", ReportSOC1, "bridge_letter"},
		{"report along with letter", "The ISAE 3402 for pension administration along with a gap letter, please.", ReportSOC1, "bridge_letter"},
		{"letter alone", "If your SOC 1 period ended in June, send a bridge letter to December.", ReportNone, "bridge_letter"},
		{"reserve above authority", "Loss reserves: who sets them, and are increases over an examiner's authority limit signed off by a manager?", ReportSOC1, ""},
		{"software change approved", "Are changes to the claims system above a set risk level approved by the change board?", ReportBoth, ""},
		{"follow-up on a money file", "How are the daily remittance files from the lockbox loaded? Are any rejected records returned to us?", ReportSOC1, ""},
		{"follow-up with its own subject", "How are the daily remittance files from the lockbox loaded? Is input validated on the customer portal's web forms?", ReportBoth, ""},
		{"a SOC 1 named beside a data question", "Do you have a SOC 1 report? How do you check that analytics exports are complete?", ReportBoth, ""},
	}
	for _, tt := range tests {
		v := e.Classify(Question{Text: tt.question})
		if v.Report != tt.report || (tt.artifact != "" && !slices.Contains(v.Artifacts, tt.artifact)) {
			t.Errorf("%s: %q: report %s artifacts %v, want %s with %q", tt.name, tt.question, v.Report, v.Artifacts, tt.report, tt.artifact)
		}
	}
}

// The asker's purpose after a document request ("we need to assess your stability as
// our payroll provider") asks nothing of its own: the line stays the document. A
// need that asks to see a control still asks.
func TestAskersPurposeAsksNothing(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct{ question, report string }{
		{"Attach your last two audited financial statements; we need to evaluate your financial health as our claims administrator.", ReportNone},
		{"Send audited accounts. We need to satisfy our board that the loan servicer is sound.", ReportNone},
		{"Send audited accounts. We need to understand how client funds are reconciled.", ReportSOC1},
	}
	for _, tt := range tests {
		if v := e.Classify(Question{Text: tt.question}); v.Report != tt.report {
			t.Errorf("%q: report %s, want %s", tt.question, v.Report, tt.report)
		}
	}
}

// The respondent's own financial statement auditor is a company fact beside its
// audited financials, not the asker's reliance; charge capture and patronage refunds
// worked out are transactions in their industries' words.
func TestOwnAuditorAndIndustryTransactions(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Name your financial statement auditor and attach the latest audited accounts.",
			report: "none"},
		{question: "For our year-end, our financial statement auditors need your SOC 1.",
			report: "soc1"},
		{question: "How do you make sure no charges are missed for clinic visits coded by your team?",
			report: "soc1", first: "transaction_processing"},
		{question: "Is each member's patronage refund worked out correctly from their purchases?",
			report: "soc1", first: "transaction_processing"},
	})
}
