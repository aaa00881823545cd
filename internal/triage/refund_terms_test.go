package triage

import (
	"slices"
	"testing"
)

// A refund policy, refund or cancellation terms, or a pro rata refund on leaving early
// are commercial terms of the contract: a written answer, not the keeping of data a
// cancelled subscription asks about. Refunds approved, issued or reviewed stay a
// control over a money process, and what happens to data after cancelling stays C1.2.
func TestRefundTermsAreCommercial(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	for _, tc := range []struct {
		q, report string
		answer    bool
	}{
		{"What is your refund policy if we end a three-year subscription early?", "none", true},
		{"Are unused prepaid fees refunded pro rata if we cancel the contract?", "none", true},
		{"What are your cancellation terms, and is any part of the annual fee returned?", "none", true},
		{"If we cancel mid-term, do your refund terms give back the unused months?", "none", true},
		// Near misses: refunds as a money process, data after cancelling.
		{"How are customer refunds approved before they are paid out?", "soc1", false},
		{"What happens to our data if we cancel our subscription?", "soc2", false},
		{"Who can issue refunds in the billing system?", "both", false},
		{"Are refunds over $500 reviewed by a second person before release?", "soc1", false},
		{"Are pro rata credits on cancelled policies calculated correctly?", "soc1", false},
		{"How are prorated credits applied when a customer switches plans mid-cycle?", "soc1", false},
	} {
		v := e.Classify(Question{Text: tc.q})
		if v.Report != tc.report || slices.Contains(v.Artifacts, "custom_answer") != tc.answer {
			t.Errorf("%q: %s %v, want %s (written answer %v)", tc.q, v.Report, v.Artifacts, tc.report, tc.answer)
		}
	}
}
