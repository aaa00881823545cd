package triage

import (
	"bytes"
	"slices"
	"testing"
)

// TestFallbackIsAFlag: what makes a rule a fallback is its "fallback" flag, not its
// weight. With the two fallback rules raised to a confident weight, a criterion of
// privacy the question names still goes before "personal data" → P4.1, and a
// payroll system named beside a security control is still mentioned in passing.
func TestFallbackIsAFlag(t *testing.T) {
	t.Parallel()
	fsys := embeddedFiles(t, "rules/*.json", "criteria.json", "soc1_areas.json")
	for name, old := range map[string]string{
		"rules/40_data.json": `"weight": 0.35,
  "fallback": true,`,
		"rules/50_soc1.json": `"weight": 0.45,
  "fallback": true,`,
	} {
		data := fsys[name].Data
		if !bytes.Contains(data, []byte(old)) {
			t.Fatalf("%s: no fallback rule written as %q", name, old)
		}
		fsys[name].Data = bytes.Replace(data, []byte(old), []byte(`"weight": 0.9,
  "fallback": true,`), 1)
	}
	e, err := NewEngineFS(fsys)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, report, first string
	}{
		{"Are data subjects given a notice describing what we do with their personal data?", ReportSOC2, "P1.1"},
		{"Are the API keys of the billing platform rotated every ninety days?", ReportSOC2, "CC6.1"},
	} {
		v := e.Classify(Question{Text: c.text})
		if v.Report != c.report {
			t.Errorf("%q: report %s, want %s", c.text, v.Report, c.report)
		}
		if c.first != "" && (len(v.Criteria) == 0 || v.Criteria[0] != c.first) {
			t.Errorf("%q: criteria %v, want %s first", c.text, v.Criteria, c.first)
		}
	}
	// The embedded table marks exactly these two rules.
	var got []string
	for _, r := range mustEngine(t).Rules() {
		if r.Fallback {
			got = append(got, r.ID)
		}
	}
	if want := []string{"personal_data_general", "financial_service"}; !slices.Equal(got, want) {
		t.Errorf("fallback rules %v, want %v", got, want)
	}
}
