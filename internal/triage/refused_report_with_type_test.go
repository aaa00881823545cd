package triage

import "testing"

// A report refused with its type ("we don't want the SOC 1 Type 1") while the
// sentence names another report that is wanted ("only the SOC 2") refuses the report,
// not only its type. With the same report named again ("only a SOC 2 Type 2") the
// type alone is refused.
func TestRefusedReportWithTypeBesideAnotherReport(t *testing.T) {
	t.Parallel()
	cases := []struct {
		question, report, typ string
	}{
		{"We don't want the SOC 1 Type 1, only the SOC 2", "soc2", "type2"},
		{"We don't want the SOC 2 Type 1, only the SOC 1.", "soc1", "type2"},
		{"We don't need the SOC 1 Type 1 report - just the SOC 2 Type 2.", "soc2", "type2"},
		{"We do not want your SOC 1 Type 1 report; the SOC 2 Type 2 is what we need.", "soc2", "type2"},
		{"We don't want the SOC 1 Type 1, only the SOC 2 Type 1.", "soc2", "type1"},
		// Near misses: the type refused, or both reports wanted.
		{"We cannot accept a SOC 2 Type 1, only a SOC 2 Type 2?", "soc2", "type2"},
		{"We will not accept a SOC 2 Type 1?", "soc2", "type2"},
		{"We want the SOC 1 Type 1 and the SOC 2.", "both", "type1"},
		{"Please send both the SOC 1 and the SOC 2.", "both", "type2"},
		{"We don't want the SOC 1 Type 2, only the SOC 2.", "soc2", "type2"},
	}
	e := mustEngine(t)
	for _, tc := range cases {
		v := e.Classify(Question{Text: tc.question})
		if v.Report != tc.report || v.Type != tc.typ {
			t.Errorf("%q: %s %s, want %s %s", tc.question, v.Report, v.Type, tc.report, tc.typ)
		}
	}
}
