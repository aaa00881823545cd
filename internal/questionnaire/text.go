package questionnaire

import (
	"bytes"
	"context"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/socbot/socbot/internal/split"
)

// decodeText returns b as UTF-8 text, or false when b does not look like text.
// It understands UTF-8 (with or without BOM), UTF-16 LE/BE with a BOM, and
// falls back to Windows-1252, the usual encoding of CSVs saved by Excel.
func decodeText(b []byte) (string, bool) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		d := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder()
		out, err := d.Bytes(b)
		if err != nil {
			return "", false
		}
		return string(out), plausibleText(string(out))
	}
	if utf8.Valid(b) {
		s := string(b)
		return s, plausibleText(s)
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return "", false
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return "", false
	}
	return string(out), plausibleText(string(out))
}

// plausibleText says whether s reads as text: no NUL, and at most 1% control
// characters other than tab, newline, carriage return and form feed.
func plausibleText(s string) bool {
	var ctl, n int
	for _, r := range s {
		n++
		switch {
		case r == 0:
			return false
		case r == '\t' || r == '\n' || r == '\r' || r == '\f':
		case r < 0x20 || r == 0x7f || r == utf8.RuneError:
			ctl++
		}
	}
	return n > 0 && ctl*100 <= n
}

// readText splits plain text or Markdown into questions with the shared splitter.
func readText(ctx context.Context, name, text string, lim Limits) (*Doc, error) {
	if err := ctx.Err(); err != nil {
		return nil, timeoutError(ctx)
	}
	if n := max(strings.Count(text, "\n"), strings.Count(text, "\r")); n > lim.MaxRows {
		return nil, tooMany("lines", lim.MaxRows)
	}
	qs := split.Split(text)
	doc := &Doc{Name: name, Kind: Text, Questions: qs, Where: make([]Location, len(qs))}
	for i, q := range qs {
		doc.Where[i] = Location{Row: q.Line}
	}
	return doc, nil
}
