package triage

import (
	"slices"
	"testing"
)

// TestUPSNeedsPower: UPS is an uninterruptible power supply (A1.2) beside the words
// of power and the facility; the same letters after a hyphen ("set-ups", "true-ups",
// "top-ups", "follow-ups") are a plural noun of another sense and say nothing of
// availability.
func TestUPSNeedsPower(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct {
		name, question string
		power          bool
	}{
		{"with generators", "Are UPS units and diesel generators tested at the hosting facility?", true},
		{"against outages", "Is the server room protected by a UPS against electrical outages?", true},
		{"set-ups", "Who approves new merchant set-ups before their first settlement is paid?", false},
		{"true-ups", "How are quarterly rebate true-ups calculated and approved before they are credited?", false},
		{"top-ups", "Are wallet top-ups posted to the customer ledger on the same day?", false},
		{"follow-ups", "Are follow-ups on unpaid invoices logged in the billing system?", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := e.Classify(Question{Text: tc.question})
			got := slices.Contains(v.Criteria, "A1.2") || slices.Contains(v.Categories, CatAvailability)
			if got != tc.power {
				t.Errorf("criteria %v, categories %v: availability %v, want %v", v.Criteria, v.Categories, got, tc.power)
			}
		})
	}
}
