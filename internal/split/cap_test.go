package split

import (
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestCapLines(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("é", MaxLineChars+10)
	for _, c := range []struct{ name, in, want string }{
		{"short lines are kept", "Do you?\r\nAre you?\n", "Do you?\r\nAre you?\n"},
		{"a long line is cut, line breaks kept", "a\n" + long + "\r\nb", "a\n" + strings.Repeat("é", MaxLineChars) + "\r\nb"},
		{"a long last line", long, strings.Repeat("é", MaxLineChars)},
	} {
		if got := CapLines(c.in); got != c.want {
			t.Errorf("%s: got %d characters, want %d", c.name, utf8.RuneCountInString(got), utf8.RuneCountInString(c.want))
		}
	}
}

// TestSplitOneHugeLine: a 10 MB line becomes one question of at most
// MaxLineChars characters, and splitting it allocates a small multiple of the
// input, not hundreds of megabytes.
func TestSplitOneHugeLine(t *testing.T) {
	in := "Do you " + strings.Repeat("encrypt backups and ", 500_000) + "?"
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	qs := Split(in)
	runtime.ReadMemStats(&after)
	if len(qs) != 1 || utf8.RuneCountInString(qs[0].Text) > MaxLineChars {
		t.Fatalf("%d questions, first %d characters", len(qs), utf8.RuneCountInString(qs[0].Text))
	}
	// Not parallel: TotalAlloc counts the whole process.
	if n := after.TotalAlloc - before.TotalAlloc; n > 4<<20 {
		t.Errorf("allocated %d MB", n>>20)
	}
}
