package triage

import (
	"slices"
	"testing"
)

// reportCase is a question and the report its verdict must choose, with a criterion,
// a SOC 1 area and an artifact that must be among the verdict's (none when "") and a
// criterion or area that must not.
type reportCase struct {
	question string
	report   string
	crit     string
	area     string
	artifact string
	not      string
}

func checkReportCases(t *testing.T, cases []reportCase) {
	t.Helper()
	e := mustEngine(t)
	for _, tc := range cases {
		v := e.Classify(Question{Text: tc.question})
		bad := v.Report != tc.report
		bad = bad || tc.crit != "" && !slices.Contains(v.Criteria, tc.crit)
		bad = bad || tc.area != "" && !slices.Contains(v.SOC1Areas, tc.area)
		bad = bad || tc.artifact != "" && !slices.Contains(v.Artifacts, tc.artifact)
		bad = bad || tc.not != "" && (slices.Contains(v.Criteria, tc.not) || slices.Contains(v.SOC1Areas, tc.not))
		if bad {
			rules := []string{}
			for _, ev := range v.Evidence {
				rules = append(rules, ev.Rule)
			}
			t.Errorf("%q: %s %v %v %v, want %s (crit %q, area %q, artifact %q, not %q); rules %v",
				tc.question, v.Report, v.Criteria, v.SOC1Areas, v.Artifacts, tc.report, tc.crit, tc.area, tc.artifact, tc.not, rules)
		}
	}
}

// A SOC report named without its number (a Type 1, the service auditor's opinion, an
// independent attestation) beside a question about a financial process only is the
// SOC 1: that is the report on such a process. A SOC 2 topic beside it, a refused SOC
// 1, or no financial process keeps the SOC 2.
func TestUnnumberedReportOverAFinancialProcess(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "We understand only a Type 1 exists so far. How are lockbox deposits matched to open invoices?", report: "soc1"},
		{question: "Is there an independent attestation covering your claims adjudication service?", report: "soc1"},
		{question: "Do you have a SOC report that covers payroll tax deposits?", report: "soc1"},
		{question: "Please to send the assurance report for the fund accounting service, the design one as of 30 June is ok.", report: "soc1"},
		{question: "Your service auditor's opinion - does it test how commission statements to our agents are calculated?", report: "soc1"},
		{question: "A point-in-time report is acceptable to us for now. Meanwhile explain how client money is kept in segregated trust accounts.", report: "soc1", area: "custody"},
		// Near-misses: a SOC 2 topic beside the report, no financial process, a SOC 1 refused.
		{question: "Do you have a SOC report? How is access to the payroll system reviewed?", report: "both"},
		{question: "Can you share your Type 2 report? Are customer records encrypted at rest?", report: "soc2"},
		{question: "Is there an independent attestation covering your security program?", report: "soc2"},
		{question: "Do you have a SOC report covering your billing platform's availability?", report: "soc2"},
		{question: "We do not need a SOC 1; please send your Type 2 report on the claims platform.", report: "soc2"},
	})
}
