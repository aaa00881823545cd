package split

import "testing"

// TitleRun is the one reading of how lone titles nest; each case reads its
// titles in order, straight under each other, and says what the last one is
// to the run before it.
func TestTitleRun(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		titles []string
		want   TitleStep
		depth  uint8 // of the run after the last title
	}{
		{"the first title opens a run", []string{"Access Control"}, TitleStarts, 1},
		{"a part under a chapter", []string{"Data Protection", "Encryption at rest"}, TitlePart, 2},
		{"a sub-part", []string{"Data Protection", "Encryption", "Keys"}, TitlePart, 3},
		{"a fourth title ends the list", []string{"Asset Management", "Access Control", "Cryptography", "Logging"}, TitleRunFull, 1},
		{"nothing nests under a document", []string{"SOC 2 Report", "Pen Test Summary"}, TitleAfterDocument, 1},
		{"a document may nest under a chapter", []string{"Assurance", "SOC 2 Report"}, TitlePart, 2},
		{"spaces around a title are not its words", []string{" Bridge letter ", "Insurance"}, TitleAfterDocument, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var run TitleRun
			var step TitleStep
			for _, title := range tt.titles {
				step = run.Next()
				run = run.Add(title)
			}
			if step != tt.want || run.depth != tt.depth {
				t.Errorf("last title: step %d, depth %d; want step %d, depth %d", step, run.depth, tt.want, tt.depth)
			}
		})
	}
	if got := (TitleRun{}).Next(); got != TitleStarts {
		t.Errorf("zero run: Next() = %d, want TitleStarts", got)
	}
}
