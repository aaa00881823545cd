package triage

import (
	"slices"
	"testing"
)

// TestRefusedOrHeldReports: a report the asker refuses or already holds is not asked
// for, and the rest of the line still counts: the report asked for by a generic word,
// another report named, or a document. The questions are written for this test,
// apart from the evaluation sets.
func TestRefusedOrHeldReports(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	for _, c := range []struct {
		text, report, typ, artifact string
	}{
		// A SOC 1 refused: the report asked for by a generic word is the SOC 2.
		{"A SOC 1 won't help us. Please forward the report on your security controls.", ReportSOC2, Type2, ""},
		{"Not the SOC 1, please: we want the security attestation.", ReportSOC2, Type2, ""},
		{"We have no use for a SOC 1; kindly share the other report.", ReportSOC2, Type2, ""},
		// A report held: not asked for again; what else is asked for decides.
		{"We've already received your SOC 2 Type I. Do you also have a SOC 1?", ReportSOC1, Type2, ""},
		{"Your SOC 2 is on file with us. Please upload your latest pen test summary.", ReportNone, "", "pentest_letter"},
		{"We hold last year's SOC 2; please send the current version.", ReportSOC2, Type2, ""},
		{"We already have the SOC 2 Type 2 report, so only the bridge letter is needed.", ReportNone, "", "bridge_letter"},
		{"Having already read your SOC 2 Type 1, we would now like the Type 2 once it is out.", ReportSOC2, Type2, ""},
		{"Having received your SOC 1, please now send the SOC 2.", ReportSOC2, Type2, ""},
		// Near misses: refused or held reports with nothing else asked; questions
		// about holding one; a report asked for by a generic word alone.
		{"We do not need a SOC 1 report.", ReportNone, "", ""},
		{"We do not need your SOC 2; send the report.", ReportNone, "", ""},
		{"Please send the security report.", ReportNone, "", ""},
		{"Is your SOC 2 report on file with your regulator?", ReportSOC2, Type2, ""},
		{"Have you received a SOC 2 report from your hosting provider?", ReportSOC2, Type2, ""},
		{"Do we have your SOC 2 already?", ReportSOC2, Type2, ""},
	} {
		v := e.Classify(Question{Text: c.text})
		if v.Report != c.report || v.Type != c.typ {
			t.Errorf("%q: %s %q, want %s %q (evidence %+v)", c.text, v.Report, v.Type, c.report, c.typ, v.Evidence)
		}
		if c.artifact != "" && !slices.Contains(v.Artifacts, c.artifact) {
			t.Errorf("%q: artifacts %v, want %s", c.text, v.Artifacts, c.artifact)
		}
	}
}
