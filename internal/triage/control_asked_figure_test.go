package triage

import "testing"

// controlAsked leaves "how many/much/often/long" to the rules: the word right after
// "how" asks for a figure, not a way of checking.
func TestControlAskedLeavesFigures(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"How do you verify that payments are complete?", true},
		{"How does your team make sure refunds are approved?", true},
		{"What checks run before a payment file is released?", true},
		{"How often do you verify the vendor master?", false},
		{"How many records do you verify each day?", false},
		{"How much do you check per invoice?", false},
		{"How long do you review a claim?", false},
		{"How is the service priced?", false},
	}
	for _, tt := range tests {
		if got := controlAsked(tt.text); got != tt.want {
			t.Errorf("controlAsked(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
