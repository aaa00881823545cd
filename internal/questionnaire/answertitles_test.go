package questionnaire

import (
	"strings"
	"testing"
)

// TestDataRowIgnoresCellOrder: whether a row holds data does not hang on the order of
// its cells. Two different answers title tick-box columns only when no cell holds an
// id, a long text or a question, wherever those cells stand.
func TestDataRowIgnoresCellOrder(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		cells []string
		want  bool
	}{
		{[]string{"AC-01", "Yes", "No"}, true},
		{[]string{"Yes", "No", "AC-01"}, true},
		{[]string{"Do you encrypt backups at rest?", "Yes", "No"}, true},
		{[]string{"Yes", "No", "Do you encrypt backups at rest?"}, true},
		{[]string{"Yes", "No", strings.Repeat("long text ", 10)}, true},
		{[]string{"Question", "Yes", "No"}, false},
		{[]string{"Yes", "No", "Question"}, false},
	} {
		g := &grid{cells: [][]string{tc.cells}}
		if got := dataRow(g, 0, usedCells(g, 0)); got != tc.want {
			t.Errorf("dataRow(%q) = %v, want %v", tc.cells, got, tc.want)
		}
	}
}
