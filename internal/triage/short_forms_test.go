package triage

import (
	"slices"
	"testing"
)

// A letter on its own is no word of the rules: the "M" of a scheduler's name, of an
// amount in millions or of a product code says nothing about mergers. Mergers and
// acquisitions written as "M&A" are read as the words they stand for. The questions
// are written for this test, apart from the evaluation sets.
func TestShortFormsAreNotChangeInRisk(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct {
		question string
		want     bool // CC3.4 is cited
	}{
		// The letter M in names and amounts.
		{"Who can approve changes to the Control-M job schedules?", false},
		{"Is access to Control-M reviewed every quarter?", false},
		{"Are M365 global admin roles reviewed monthly?", false},
		{"Is the $5M budget for the security program approved by the board?", false},
		{"Is penetration testing done every 6M by an outside firm?", false},
		{"Are logs kept for 12 M before they are purged?", false},
		// Mergers and acquisitions, written out or short.
		{"Did this year's M&A activity lead to a fresh assessment of risk?", true},
		{"Is security looked at during M&A integration of companies you buy?", true},
		{"How are risks from mergers and acquisitions assessed?", true},
	}
	for _, tc := range tests {
		t.Run(tc.question, func(t *testing.T) {
			v := e.Classify(Question{Text: tc.question})
			if got := slices.Contains(v.Criteria, "CC3.4"); got != tc.want {
				t.Errorf("CC3.4 cited %v, want %v (criteria %v, evidence %+v)", got, tc.want, v.Criteria, v.Evidence)
			}
		})
	}
}

// A written form may join two short words with an ampersand as well as a slash;
// longer words on either side are refused.
func TestWrittenFormWithAmpersand(t *testing.T) {
	t.Parallel()
	tz := &scratch{}
	for _, w := range []string{"m&a", "g/l"} {
		if _, err := writtenKey(tz, w); err != nil {
			t.Errorf("writtenKey(%q): %v", w, err)
		}
	}
	for _, w := range []string{"mergers&a", "m&acq"} {
		if _, err := writtenKey(tz, w); err == nil {
			t.Errorf("writtenKey(%q): no error, want one", w)
		}
	}
}
