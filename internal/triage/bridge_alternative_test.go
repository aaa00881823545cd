package triage

import (
	"slices"
	"testing"
)

// A report asked for with a bound on how recent its period must be, and a bridge letter
// as what to send when it is older, asks for the report with the letter beside it: the
// report, its type and categories, plus bridge_letter.
func TestBridgeLetterAsTheAlternative(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "SOC 2 report: examination period ending within the last 6 months; otherwise, include a bridge letter.", report: "soc2", artifact: "bridge_letter"},
		{question: "Annual SOC 1 Type 2 on the premium billing service, period ended within the past twelve months; failing that, a gap letter from management.", report: "soc1", artifact: "bridge_letter"},
		{question: "Current SOC 2 Type II (Security, Availability); if older than 9 months, a gap letter covering the time since.", report: "soc2", crit: "", artifact: "bridge_letter"},
		{question: "Hospital requirement: a SOC 2 Type 2 whose review period ended no more than 90 days ago, or a bridge letter.", report: "soc2", artifact: "bridge_letter"},
		{question: "Independent attestation report covering the last 12 months is required; otherwise, submit a bridge letter with it.", report: "soc2", artifact: "bridge_letter"},
		{question: "ISAE 3402 Type II report with a period end less than six months before contract signature, else a bridge statement.", report: "soc1", artifact: "bridge_letter"},
		{question: "Latest SOC 2 report - if it is older than six months, include a gap letter bringing it up to date.", report: "soc2", artifact: "bridge_letter"},
		// Near misses: only the letter is asked for, the report being the condition or
		// already held.
		{question: "If your SOC 2 report is older than 6 months, provide a bridge letter.", report: "none", artifact: "bridge_letter"},
		{question: "If the period of your latest SOC 1 ended more than a quarter ago, send a gap letter covering the months since.", report: "none", artifact: "bridge_letter"},
		{question: "We already hold your SOC 2 for last year; otherwise we only need the bridge letter to date.", report: "none", artifact: "bridge_letter"},
	})
	// A bound on how recent the report must be, with no letter named, asks for no
	// letter.
	e := mustEngine(t)
	for _, q := range []string{
		"We accept a SOC 2 issued within the past twelve months.",
		"Provide your SOC 1 Type 2 report; its period must have ended no more than nine months ago.",
	} {
		if v := e.Classify(Question{Text: q}); v.Report == ReportNone || slices.Contains(v.Artifacts, "bridge_letter") {
			t.Errorf("%q: %s %v, want a report without bridge_letter", q, v.Report, v.Artifacts)
		}
	}
}
