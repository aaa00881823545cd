package split

import "strings"

// MaxLineChars is the longest line Split reads: Excel's own limit for a cell,
// so no real questionnaire line is longer. A longer line is cut there before
// splitting, which bounds the memory and time one enormous line can cost.
const MaxLineChars = 32767

// CapLines cuts every line of text to MaxLineChars characters. Text with no
// such line is returned as it is, without copying.
func CapLines(text string) string {
	long := false
	for line := range strings.FieldsFuncSeq(text, isBreak) {
		if len(line) > MaxLineChars {
			long = true
			break
		}
	}
	if !long {
		return text
	}
	var b strings.Builder
	for len(text) > 0 {
		i := strings.IndexAny(text, "\r\n")
		if i < 0 {
			i = len(text)
		}
		b.WriteString(CutRunes(text[:i], MaxLineChars))
		j := i
		for j < len(text) && isBreak(rune(text[j])) {
			j++
		}
		b.WriteString(text[i:j])
		text = text[j:]
	}
	return b.String()
}

func isBreak(r rune) bool { return r == '\n' || r == '\r' }

// CutRunes cuts s to at most n characters (runes), never inside one.
func CutRunes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	k := 0
	for i := range s {
		if k == n {
			return s[:i]
		}
		k++
	}
	return s
}
