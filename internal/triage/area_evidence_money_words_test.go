package triage

import (
	"slices"
	"strings"
	"testing"
)

// An area scored by money words alone, with no term of the areas catalogue in the
// line, names those words in the evidence of the areas rather than an empty bracket.
func TestAreaEvidenceNamesMoneyWords(t *testing.T) {
	t.Parallel()
	e, err := NewEngine()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ q, words string }{
		{"Who approves freight computations?", "transaction processing (freight computations)"},
	} {
		v := e.Classify(Question{Text: c.q})
		if v.Report != ReportSOC1 || !slices.Equal(v.SOC1Areas, []string{"transaction_processing"}) {
			t.Errorf("%q: %s %v, want soc1 [transaction_processing]", c.q, v.Report, v.SOC1Areas)
		}
		found := false
		for _, ev := range v.Evidence {
			if ev.Rule != "soc1_area_vocabulary" || !strings.HasPrefix(ev.Reason, "closest SOC 1 areas") {
				continue
			}
			found = true
			if strings.Contains(ev.Reason, "()") || !strings.Contains(ev.Reason, c.words) {
				t.Errorf("%q: area evidence %q, want it to name %q", c.q, ev.Reason, c.words)
			}
		}
		if !found {
			t.Errorf("%q: no area evidence in %+v", c.q, v.Evidence)
		}
	}
}
