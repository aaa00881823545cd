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

// An answer left after a question or a request is cut; words of the question
// that happen to be answer words stay.
func TestTrimAnswerTail(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"Is MFA enforced for every admin? Yes/No", "Is MFA enforced for every admin?"},
		{"Do you rotate keys yearly? (Y/N)", "Do you rotate keys yearly?"},
		{"Are laptops encrypted? ☐ Yes ☐ No", "Are laptops encrypted?"},
		{"Retention period: N/A", "Retention period:"},
		{"Confirm you carry cyber liability cover. Yes/No", "Confirm you carry cyber liability cover."},
		{"Please confirm staff finish training each year. Y/N", "Please confirm staff finish training each year."},
		{"Attach your penetration test letter. Yes / No / N/A", "Attach your penetration test letter."},
		{"List the subprocessors you use. None", "List the subprocessors you use."},
		// kept: the answer words belong to the sentence
		{"Explain when a control is rated not applicable", "Explain when a control is rated not applicable"},
		{"Staff must answer yes or no", "Staff must answer yes or no"},
		{"Describe which controls you mark as N/A.", "Describe which controls you mark as N/A."},
		{"Yes/No", "Yes/No"}, // all answers: isNoise decides
	}
	for _, tc := range tests {
		if got := string(trimAnswerTail([]byte(tc.in))); got != tc.want {
			t.Errorf("trimAnswerTail(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// A line marking where a part of the document ends is neither a title nor an
// item, in a paste or alone in a sheet's cell.
func TestEndLines(t *testing.T) {
	t.Parallel()
	tests := []struct {
		line string
		want bool
	}{
		{"End of section", true},
		{"End of questionnaire", true},
		{"END OF SECTION", true},
		{"End Table Data", true},
		{"Section complete", true},
		{"[End]", true},
		{"End of the assessment", true},
		{"End of Section 2", true},
		{"End of part B", true},
		{"Module IV complete", true},
		{"*** End ***", true},
		{"-- End of Section 3.1 --", true},
		// Near misses.
		{"End of Section 2 controls", false},
		{"Section 2", false},
		{"End 2", false},
		{"Complete Section 4", false},
		{"Complete this form", false},
		{"End-to-end encryption", false},
		{"End of life systems", false},
		{"End of section?", false},
		{"Endpoint protection", false},
		{"Data retention", false},
	}
	for _, tt := range tests {
		if got := endLine([]byte(tt.line)); got != tt.want {
			t.Errorf("endLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
		if _, title := TitleShaped(tt.line); title && tt.want {
			t.Errorf("TitleShaped(%q) is a title", tt.line)
		}
	}
	checkSplit(t, "Do you review admin access quarterly?\nEnd of section\nEncryption\nIs data encrypted at rest?\nEnd of questionnaire", []sq{
		{"Do you review admin access quarterly?", "", 1}, {"Is data encrypted at rest?", "Encryption", 4}})
}
