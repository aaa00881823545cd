package triage

import "testing"

// A column title may open with a word that is also an answer word when a title goes on
// after it ("Select response", "Unknown risks", "N/A reason"); only the few words a
// filled answer opens with ("Yes", "No", "Partial") make a cell no title, and a whole
// cell that is an answer ("N/A", "Select", "TBD") is none.
func TestColumnTitleFirstWord(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		cell string
		want bool
	}{
		{"Select response", true}, {"Choose option", true}, {"None selected", true},
		{"Unknown risks", true}, {"TBD date", true}, {"X reference", true}, {"N/A reason", true},
		{"Control Owner", true},
		{"Yes response", false}, {"No response", false}, {"Partial coverage", false},
		{"N/A", false}, {"Select", false}, {"TBD", false}, {"None", false}, {"x", false},
	} {
		if got := columnTitle(c.cell); got != c.want {
			t.Errorf("columnTitle(%q) = %v, want %v", c.cell, got, c.want)
		}
	}
	if row := "Control | Select response | Owner | Frequency"; !headerRow(row) {
		t.Errorf("headerRow(%q) = false, want true", row)
	}
}
