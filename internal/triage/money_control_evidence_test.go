package triage

import (
	"strings"
	"testing"
)

// A control asked over a value of money that the area catalogue answers from a lower
// score says so under its own name, money_control_asked, beside the areas' vocabulary
// line: each line of evidence names the reading that gave it, so a vote on it is
// counted against that reading. The questions are written for this test, apart from
// the evaluation sets.
func TestMoneyControlEvidenceNamed(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	for _, c := range []struct {
		q       string
		control bool // the money-control reading decides
	}{
		{"How are pension calculations reviewed?", true},
		{"Who can create a coupon or change what a plan costs in the catalogue?", true},
		{"Who checks the depreciation on new fixed assets?", true},
		{"Is the overtime rate checked before it takes effect?", true},
		{"Who approves refunds over $500?", true},
		{"Who approves freight computations?", true},
		{"Who reviews stipend amounts before release?", true},
		// Near misses: a rule or the area terms decide, and the areas' line stays the vocabulary.
		{"Who can change the remit-to details of a supplier?", false},
		{"How are commission amounts checked?", false},
		{"How are annuity payouts checked?", false},
	} {
		v := e.Classify(Question{Text: c.q})
		named := false
		for _, ev := range v.Evidence {
			switch {
			case ev.Rule == "soc1_area_vocabulary" && ev.Reason == moneyControlReason:
				t.Errorf("%q: the money-control reading is named soc1_area_vocabulary", c.q)
			case ev.Rule == "money_control_asked":
				named = true
				if ev.Reason != moneyControlReason || len(ev.Matched) == 0 {
					t.Errorf("%q: money_control_asked evidence %+v", c.q, ev)
				}
			case ev.Rule == "soc1_area_vocabulary" && !strings.HasPrefix(ev.Reason, "closest SOC 1 areas"):
				t.Errorf("%q: area evidence %q", c.q, ev.Reason)
			}
		}
		if named != c.control {
			t.Errorf("%q: money_control_asked evidence %v, want %v (evidence %+v)", c.q, named, c.control, v.Evidence)
		}
	}
}
