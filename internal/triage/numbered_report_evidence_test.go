package triage

import (
	"slices"
	"testing"
)

// A rule that reads a report without its number does not explain a report named with
// it: "soc report*" lets one word stand between, so "SOC 1 report" matched it, and
// its evidence said an unnumbered report is most often a SOC 2. The numbered report's
// own rule speaks for it; the unnumbered rule keeps only words of its own, and the
// verdict is the same either way.
func TestNumberedReportNotExplainedAsUnnumbered(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	for _, tc := range []struct {
		question string
		report   string
		unnamed  []string // soc_unnamed's words in the evidence; nil when it is not there
	}{
		{"Could you forward the SOC 1 report to our controller?", ReportSOC1, nil},
		{"We would like the SOC 2 report as well as the SOC 1 report.", ReportBoth, nil},
		{"Is your SOC-2 Type II report current?", ReportSOC2, nil},
		{"Send us your ISAE 3402 Type 2 assurance report.", ReportSOC1, nil},
		{"Do you undergo a SOC II audit every year?", ReportSOC2, nil},
		// Words of an unnumbered report beside a numbered one stay; the SOC 1 the
		// asker already holds is not asked for, so the unnumbered report decides.
		{"Besides your SOC 1 Type 2 report, is there a SOC report on security?", ReportSOC2, []string{"SOC report"}},
		// Near misses: no number, or the number is in another clause.
		{"Can you share a SOC report with us?", ReportSOC2, []string{"share a SOC", "SOC report"}},
		{"Do you have a Type 2 report?", ReportSOC2, []string{"Type 2 report"}},
		{"Please provide your latest independent audit report.", ReportSOC2, []string{"independent audit report", "audit report"}},
	} {
		v := e.Classify(Question{Text: tc.question})
		if v.Report != tc.report {
			t.Errorf("%q: report %s, want %s", tc.question, v.Report, tc.report)
		}
		i := slices.IndexFunc(v.Evidence, func(ev Evidence) bool { return ev.Rule == "soc_unnamed" })
		switch {
		case tc.unnamed == nil && i >= 0:
			t.Errorf("%q: soc_unnamed explains %q, want it left out", tc.question, v.Evidence[i].Matched)
		case tc.unnamed != nil && i < 0:
			t.Errorf("%q: soc_unnamed missing, want %q", tc.question, tc.unnamed)
		case tc.unnamed != nil && !slices.Equal(v.Evidence[i].Matched, tc.unnamed):
			t.Errorf("%q: soc_unnamed matched %q, want %q", tc.question, v.Evidence[i].Matched, tc.unnamed)
		}
	}
}
