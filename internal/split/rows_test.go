package split

import "testing"

// A row's id cell gives a one-word id: a label written with a space is read
// as the splitter reads it ("Q 3" is Q3), and a section label alone in the
// cell ("SECTION 2)") is no id.
func TestSplitRowIDCells(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, id string }{
		{"Q 3\tDo you use MFA?\tYes", "Q3"},
		{"SECTION 2)\tAre backups encrypted?\tYes", "q1"},
		// Near misses: ids as written.
		{"DOCU-01\tDo you hold a SOC 2?\tYes", "DOCU-01"},
		{"1.2\tIs data encrypted at rest?\tYes", "1.2"},
		{"Q3\tDo you log access?\tNo", "Q3"},
	}
	for _, tt := range tests {
		qs := Split(tt.in)
		checkIDs(t, qs)
		if len(qs) != 1 || qs[0].ID != tt.id {
			t.Errorf("Split(%q) = %+v, want one question with id %q", tt.in, qs, tt.id)
		}
	}
}
