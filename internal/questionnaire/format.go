package questionnaire

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/socbot/socbot/internal/triage"
)

// Neutralise makes a cell value inert in spreadsheets: a value that starts with
// a character Excel, LibreOffice or Google Sheets would read as the start of a
// formula (= + - @, or their full-width forms), possibly after leading spaces
// or line breaks that an import trims, or that starts with a tab, carriage
// return or line feed, gets a leading apostrophe. (A CSV written with CRLF
// line endings turns a leading LF into CR LF, so a line break counts too.)
func Neutralise(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '\t', '\r', '\n':
		return "'" + s
	}
	switch r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(s, unicode.IsSpace)); r {
	case '=', '+', '-', '@', '＝', '＋', '－', '＠':
		return "'" + s
	}
	return s
}

func joinNames(ids []string, name func(string) string) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = name(id)
	}
	return strings.Join(out, ", ")
}

func coverage(it triage.Item) string {
	switch {
	case it.Coverage == "":
		return ""
	case it.CoverageReason != "":
		return it.Coverage + ": " + it.CoverageReason
	}
	return it.Coverage
}

// why lists the rules that decided the verdict with the words that fired them:
// "mfa (MFA, enforced); type-default". Negated evidence is marked "not".
func why(it triage.Item) string {
	if it.Unmatched && len(it.Evidence) == 0 {
		return "no rule matched"
	}
	parts := make([]string, 0, len(it.Evidence))
	for _, e := range it.Evidence {
		p := e.Rule
		if e.Negated {
			p = "not " + p
		}
		if len(e.Matched) > 0 {
			p += " (" + strings.Join(e.Matched, ", ") + ")"
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, "; ")
}
