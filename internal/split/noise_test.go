package split

import "testing"

// TestVersionLine: lines that date or version the document are dropped, with
// or without a colon after the version word; lines that only use such a word
// are kept.
func TestVersionLine(t *testing.T) {
	t.Parallel()
	tests := []struct {
		line string
		want bool
	}{
		{"Version 4.1.2 — released 2025-03-01", true},
		{"HECVAT v3.06", true},
		{"Rev. 3", true},
		{"Revision: 2.1", true},
		{"Last updated: June 2024", true},
		{"Last Updated 3/1/2025", true},
		{"Updated 2025-03-01", true},
		{"Updated: 2025-03-01", true},
		{"Updated: June 2024", true},  // "Updated:" labels a date, as "Last updated:" does
		{"Version: March 2025", true}, // …and "Version:" a version
		{"Updated access reviews", false},
		{"Version control", false},
		{"Version:", false}, // a form's field, to be filled in
		{"Updated: which of your policies changed this year?", false},
		// A label followed by a version or a date versions the document…
		{"Version: v3.06", true},
		{"Revision: 12", true},
		{"Updated: 3/1/2025", true},
		{"Updated: Sept. 2024", true},
		{"Updated: May 2024", true}, // "May" also opens questions: a year after it makes it a date
		{"Last updated: March 1, 2025", true},
		// …and followed by an instruction it is a field to fill in.
		{"Updated: Provide the date the security policy was last reviewed", false},
		{"Version: Provide the version of the application being assessed", false},
		{"Revision: Describe what changed since the last revision", false},
		{"Version: May we see your version history", false},
		{"Updated: Security policy review date", false},
		{"Version: State the product version", false},
		{"Is the software version 3 or later?", false},
		{"Access reviews are updated 4 times a year", false},
	}
	for _, tt := range tests {
		if got := versionLine([]byte(tt.line)); got != tt.want {
			t.Errorf("versionLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
	// Through Split: a date line above the questions is neither a question
	// nor their section.
	for _, line := range []string{"Last updated: June 2024", "Updated: June 2024"} {
		qs := Split(line + "\nDo you encrypt backups?")
		if len(qs) != 1 || qs[0].Text != "Do you encrypt backups?" || qs[0].Section != "" {
			t.Errorf("%q: Split = %+v", line, qs)
		}
	}
	// A label with an instruction after it is not dropped.
	for _, line := range []string{
		"Updated: Provide the date the security policy was last reviewed",
		"Version: Provide the version of the application being assessed",
	} {
		qs := Split("1. " + line + "\n2. Do you encrypt backups?")
		if len(qs) != 2 || qs[0].Text != line || qs[1].Text != "Do you encrypt backups?" {
			t.Errorf("%q: Split = %+v", line, qs)
		}
	}
}
