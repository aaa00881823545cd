package triage

import "testing"

// A line whose only report is one it refuses ("The SOC 1 is not needed, only the
// gap letter") is no SOC 2 by the closeness of its other words to the criteria: the
// vocabulary answers questions about controls, not a refusal. A report held, not
// refused, leaves a control question to the vocabulary as before. The questions are
// written for this test.
func TestRefusedReportNoVocabularyVerdict(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "SOC 1 not needed, only the letter.", report: "none"},
		{q: "The SOC 1 report isn't needed, only the management letter.", report: "none"},
		{q: "The SOC 1 is not required; we only need the remediation plan.", report: "none"},
		{q: "No SOC 2 needed, only the letter from your auditor.", report: "none"},
		{q: "We won't need the SOC 1 this year, only the engagement letter.", report: "none"},
		{q: "The SOC 1 is not needed, only the gap letter.", report: "none", arts: []string{"bridge_letter"}},
		// Near misses: a report asked for, and a control question with no report.
		{q: "The SOC 1 is not needed, only the SOC 2.", report: "soc2"},
		{q: "How do you review user access to production each quarter?", report: "soc2"},
	})
}
