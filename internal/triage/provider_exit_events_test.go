package triage

import (
	"slices"
	"testing"
)

// The provider's bankruptcy, insolvency, acquisition or closure named as the event
// under which a commitment about the customer's data must hold (data returned or
// retrievable, rights kept) is that commitment, not the provider's financial health:
// no audited financial statements and no risk assessment of a merger. Whether the
// provider is or was bankrupt, was acquired, or assesses a merger's risks keeps its
// own reading. The questions are written for this test, apart from the evaluation
// sets.
func TestProviderExitEventsAreTheCommitment(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct {
		question, report, first string
		arts, absentCrit        []string
	}{
		{"If you are acquired or go bankrupt, will our data still belong to us?", "", "", nil, []string{"CC3.4"}},
		{"Are these rights kept even through a merger, acquisition or bankruptcy of the provider?", "none", "", []string{"custom_answer"}, nil},
		{"Will our ownership of the data survive a change of control or the insolvency of your company?", "", "", nil, []string{"CC3.4"}},
		{"In the event of insolvency or closure of the business, will customers get 60 days to retrieve their data?", "soc2", "C1.2", nil, nil},
		{"Should the service be retired or the company cease trading, how will customers get their records back?", "soc2", "C1.2", nil, nil},
		{"In the event of imminent bankruptcy, will you give clients time to export their content before shutdown?", "soc2", "C1.2", nil, nil},
		// Near misses: the provider's standing itself, and its history (a fact
		// written in, TestLegalHistoryNotFinancials).
		{"Have you ever filed for bankruptcy?", "none", "", []string{"custom_answer"}, nil},
		{"Is the company at risk of bankruptcy in the next 12 months?", "none", "", []string{"financial_statements"}, nil},
		{"Has your company been acquired in the last two years?", "none", "", []string{"custom_answer"}, nil},
		{"How do you assess risks arising from mergers and acquisitions?", "soc2", "", nil, nil},
		{"Will the escrowed source code be released to us on bankruptcy?", "none", "", []string{"custom_answer"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			v := e.Classify(Question{Text: tt.question})
			if tt.report != "" && v.Report != tt.report {
				t.Errorf("report %s, want %s (evidence %+v)", v.Report, tt.report, v.Evidence)
			}
			if tt.first != "" && (len(v.Criteria) == 0 || v.Criteria[0] != tt.first) {
				t.Errorf("criteria %v, want %s first (evidence %+v)", v.Criteria, tt.first, v.Evidence)
			}
			if tt.arts != nil && !sameItems(v.Artifacts, tt.arts) {
				t.Errorf("artifacts %v, want %v", v.Artifacts, tt.arts)
			}
			if tt.arts == nil && slices.Contains(v.Artifacts, "financial_statements") {
				t.Errorf("artifacts %v, want no financial statements (evidence %+v)", v.Artifacts, v.Evidence)
			}
			for _, c := range tt.absentCrit {
				if slices.Contains(v.Criteria, c) {
					t.Errorf("criteria %v, want no %s", v.Criteria, c)
				}
			}
		})
	}
}
