package split

// Line markers: numbering (1. 1) (a) Q1: 3.2.1 IAM-02.1), bullets and checkboxes
// at the start of a line.

import (
	"strings"
	"unicode/utf8"
)

type marker struct {
	kind  int
	depth int
	first bool   // the item is the first of its list ("1.", "a)")
	bare  bool   // a section label with no title after it ("SECTION A", "Part 3")
	label string // the item's own number as written ("3.2.1", "Q3", "IAM-02.1", "a"), if any
}

// parseMarker splits a leading item label or bullet from s. It returns mkNone and
// s unchanged when there is none.
func parseMarker(s string) (marker, string) {
	t := s
	var emph byte
	n := 0
	for n < 2 && n < len(t) && (t[n] == '*' || t[n] == '_') && (emph == 0 || t[n] == emph) {
		emph = t[n]
		n++
	}
	if n > 0 && (n == len(t) || t[n] == ' ' || t[n] == '\t') {
		n = 0 // a "* " bullet, not emphasis
	}
	if n > 0 {
		// "*Q1:* text": a label in its own emphasis
		if k := strings.IndexByte(t[n:], emph); k > 0 && n+k+n <= len(t) && isSpaceOrEnd(t, n+k+n) && strings.Count(t[n+k:n+k+n], string(emph)) == n {
			if m, body, ok := parseCore(t[n : n+k]); ok && strings.TrimSpace(body) == "" {
				return finishMarker(m, t[n+k+n:])
			}
		}
	}
	m, body, ok := parseCore(t[n:])
	if !ok {
		return marker{}, s
	}
	if n > 0 { // "**1. Access Control**"
		body = strings.TrimRight(body, " \t")
		if run := t[:n]; strings.HasSuffix(body, run) {
			body = body[:len(body)-n]
		} else if strings.HasSuffix(body, run+":") {
			body = body[:len(body)-n-1] + ":"
		}
	}
	return finishMarker(m, body)
}

func finishMarker(m marker, body string) (marker, string) {
	body = strings.TrimLeft(body, " \t")
	for _, sep := range [...]string{"- ", "– ", "— ", ": "} {
		if strings.HasPrefix(body, sep) {
			body = strings.TrimLeft(body[len(sep):], " \t")
			break
		}
	}
	if m.kind != mkCheck {
		if k := checkboxLen(body); k > 0 {
			body = strings.TrimLeft(body[k:], " \t")
		}
	}
	return m, body
}

func checkboxLen(s string) int {
	for _, p := range [...]string{"[ ]", "[x]", "[X]", "[]", "[✓]", "[✔]"} {
		if strings.HasPrefix(s, p) {
			return len(p)
		}
	}
	if s != "" && s[0] >= utf8.RuneSelf {
		r, n := utf8.DecodeRuneInString(s)
		switch r {
		case '☐', '☑', '☒', '❑', '❒', '□':
			return n
		}
	}
	return 0
}

func isSpaceOrEnd(s string, i int) bool {
	return i >= len(s) || s[i] == ' ' || s[i] == '\t'
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }
func isLower(c byte) bool { return 'a' <= c && c <= 'z' }
func isAlpha(c byte) bool { return isUpper(c) || isLower(c) }

// scanGroups reads digits('.'digits)* of at most 3 digits a group.
func scanGroups(s string, sep string) (groups int, lastOne bool, i int) {
	for {
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j == i || j-i > 3 {
			if groups == 0 {
				return 0, false, 0
			}
			return groups, lastOne, i - 1 // undo the separator
		}
		groups++
		lastOne = strings.TrimLeft(s[i:j], "0") == "1"
		i = j
		if i+1 < len(s) && strings.IndexByte(sep, s[i]) >= 0 && isDigit(s[i+1]) {
			i++
			continue
		}
		return groups, lastOne, i
	}
}

var idPrefixExcluded = map[string]bool{
	"SOC": true, "ISO": true, "PCI": true, "NIST": true, "SSAE": true, "ISAE": true, "AES": true,
	"TLS": true, "SSL": true, "SHA": true, "RSA": true, "HIPAA": true, "GDPR": true, "RFC": true,
	"CIS": true, "FIPS": true, "COVID": true, "MD": true, "IPV": true, "HTTP": true, "OWASP": true,
}

func parseCore(s string) (marker, string, bool) {
	if s == "" {
		return marker{}, s, false
	}
	c := s[0]
	switch {
	case c == '#':
		n := 0
		for n < len(s) && s[n] == '#' {
			n++
		}
		if n > 6 || !isSpaceOrEnd(s, n) {
			return marker{}, s, false
		}
		body := strings.TrimLeft(s[n:], " \t")
		body = strings.TrimRight(body, "# \t")
		if m2, b2, ok := parseCore(body); ok && (numbered(m2.kind) || m2.kind == mkSection) && strings.TrimSpace(b2) != "" {
			body = b2
		}
		return marker{kind: mkHash, depth: n}, body, true
	case c == '-' || c == '*' || c == '+':
		if len(s) > 1 && (s[1] == ' ' || s[1] == '\t') {
			return marker{kind: mkBullet}, s[2:], true
		}
		return marker{}, s, false
	case c == '[':
		if k := checkboxLen(s); k > 0 {
			return marker{kind: mkCheck}, s[k:], true
		}
		return marker{}, s, false
	case c == '(':
		j := strings.IndexByte(s, ')')
		if j < 2 || j > 6 || !isSpaceOrEnd(s, j+1) {
			return marker{}, s, false
		}
		m, ok := labelKind(s[1:j])
		if !ok {
			return marker{}, s, false
		}
		m.label = s[1:j]
		return m, s[j+1:], true
	case isDigit(c):
		g, one, i := scanGroups(s, ".")
		if g == 0 {
			return marker{}, s, false
		}
		m := marker{kind: mkNum, depth: g, first: one, label: s[:i]}
		if i < len(s) && (s[i] == '.' || s[i] == ')' || s[i] == ':') {
			i++
			if i < len(s) && s[i] == ')' {
				i++
			}
			if isSpaceOrEnd(s, i) || (s[i-1] == '.' && isUpper(s[i])) {
				return m, s[i:], true
			}
			return marker{}, s, false
		}
		if g >= 2 && isSpaceOrEnd(s, i) {
			return m, s[i:], true
		}
		if g == 1 && (strings.HasPrefix(s[i:], " - ") || strings.HasPrefix(s[i:], " – ")) {
			return m, s[i+1:], true
		}
		if g == 1 && i < 3 && i+1 < len(s) && s[i] == ' ' && isUpper(s[i+1]) {
			return m, s[i:], true // "3 Business Continuity"
		}
		return marker{}, s, false
	case c >= utf8.RuneSelf:
		r, n := utf8.DecodeRuneInString(s)
		switch r {
		case '•', '–', '—', '·', '◦', '▪', '‣', '●', '○', '■', '➢', '►', '▸', '→', '✓', '✔', '⁃', '∙':
			if r == '–' || r == '—' || r == '→' {
				if !isSpaceOrEnd(s, n) {
					return marker{}, s, false
				}
			}
			return marker{kind: mkBullet}, s[n:], true
		case '☐', '☑', '☒', '❑', '❒', '□':
			return marker{kind: mkCheck}, s[n:], true
		}
		return marker{}, s, false
	case isAlpha(c):
		return parseLetters(s)
	}
	return marker{}, s, false
}

// labelKind classifies the inside of "(…)": a number, a letter or a roman numeral.
func labelKind(l string) (marker, bool) {
	if g, one, i := scanGroups(l, "."); g > 0 && i == len(l) {
		return marker{kind: mkNum, depth: g, first: one}, true
	}
	if r, ok := romanKind(l); ok {
		return r, true
	}
	if len(l) == 1 && isAlpha(l[0]) {
		if isUpper(l[0]) {
			return marker{kind: mkUpperAlpha, depth: 1, first: l[0] == 'A'}, true
		}
		return marker{kind: mkLowerAlpha, depth: 1, first: l[0] == 'a'}, true
	}
	return marker{}, false
}

func romanKind(l string) (marker, bool) {
	if len(l) == 0 || len(l) > 6 {
		return marker{}, false
	}
	if len(l) == 1 && l != "i" && l != "I" {
		return marker{}, false
	}
	upper := isUpper(l[0])
	for i := 0; i < len(l); i++ {
		c := l[i]
		if upper {
			c += 'a' - 'A'
		}
		if strings.IndexByte("ivxlc", c) < 0 || isUpper(l[i]) != upper {
			return marker{}, false
		}
	}
	first := l == "i" || l == "I"
	if upper {
		return marker{kind: mkUpperRoman, depth: 1, first: first}, true
	}
	return marker{kind: mkLowerRoman, depth: 1, first: first}, true
}

func hasPrefixFold(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
}

func parseLetters(s string) (marker, string, bool) {
	// "Question 3:", "Question:", "Q3.", "Q 3 -", "Q:"
	for _, w := range [...]string{"question", "q"} {
		if !hasPrefixFold(s, w) {
			continue
		}
		i := len(w)
		for i < len(s) && s[i] == ' ' && i < len(w)+2 {
			i++
		}
		if i < len(s) && s[i] == '#' {
			i++
		}
		g, _, j := scanGroups(s[i:], ".")
		i += j
		if g == 0 && i > len(w) {
			i = len(w) // "Question about…": not a label
		}
		lbl := ""
		if g > 0 {
			lbl = qLabel(s, len(w), i)
		}
		if i < len(s) && (s[i] == ':' || s[i] == '.' || s[i] == ')') {
			if isSpaceOrEnd(s, i+1) {
				return marker{kind: mkQ, depth: max(g, 1), label: lbl}, s[i+1:], true
			}
		} else if g > 0 && isSpaceOrEnd(s, i) {
			return marker{kind: mkQ, depth: g, label: lbl}, s[i:], true
		}
	}
	// "Section 3: Business Continuity", "Part B – Security"
	for _, w := range [...]string{"section", "part", "domain", "chapter"} {
		if !hasPrefixFold(s, w) || len(s) < len(w)+2 || s[len(w)] != ' ' {
			continue
		}
		i := len(w) + 1
		j := i
		for j < len(s) && (isDigit(s[j]) || isAlpha(s[j]) || s[j] == '.') && j-i < 8 {
			j++
		}
		tok := strings.TrimRight(s[i:j], ".")
		if tok == "" {
			continue
		}
		if _, ok := labelKind(tok); !ok && !allDigitsStr(tok) {
			continue
		}
		rest := strings.TrimLeft(s[j:], " \t")
		if rest == "" {
			return marker{kind: mkSection, depth: 1, bare: true}, s, true
		}
		for _, sep := range [...]string{":", "-", "–", "—", ")"} {
			if strings.HasPrefix(rest, sep) {
				return marker{kind: mkSection, depth: 1}, rest[len(sep):], true
			}
		}
		if isUpper(rest[0]) && j > i && s[j-1] != '.' {
			return marker{kind: mkSection, depth: 1}, rest, true
		}
	}
	// roman numerals and single letters: "iv.", "b)", "A."
	i := 0
	for i < len(s) && isAlpha(s[i]) {
		i++
	}
	if i < len(s) && (s[i] == '.' || s[i] == ')') && isSpaceOrEnd(s, i+1) {
		if m, ok := labelKind(s[:i]); ok {
			m.label = s[:i]
			return m, s[i+1:], true
		}
	}
	// identifiers: "IAM-02.1", "A.1", "CC6.1", "A1:", "PR.AT-1"
	if i > 8 {
		return marker{}, s, false
	}
	for j := 0; j < i; j++ {
		if !isUpper(s[j]) {
			return marker{}, s, false
		}
	}
	if idPrefixExcluded[s[:i]] {
		return marker{}, s, false
	}
	j := i
	sep := false
	if j < len(s) && (s[j] == '-' || s[j] == '.' || s[j] == '_') {
		j++
		sep = true
		// "PR.AT-1", "GV.OC-01": a function and a category before the number.
		u := j
		for u < len(s) && isUpper(s[u]) && u-j < 8 {
			u++
		}
		if u > j && u+1 < len(s) && s[j-1] == '.' && (s[u] == '-' || s[u] == '.') && isDigit(s[u+1]) {
			j = u + 1
		}
	}
	g, one, k := scanGroups(s[j:], ".-")
	if g == 0 {
		return marker{}, s, false
	}
	j += k
	lbl := s[:j]
	term := false
	if j < len(s) && (s[j] == '.' || s[j] == ':' || s[j] == ')') {
		j++
		term = true
	}
	if !isSpaceOrEnd(s, j) || (!sep && g < 2 && !term) || standardNumber(lbl) {
		return marker{}, s, false
	}
	return marker{kind: mkID, depth: g, first: one, label: lbl}, s[j:], true
}

// standardNumber says whether label is a standard's number that opens the
// words of a line ("X.509 certificates", "H.264 streams", "E.164 numbers"):
// one letter, a dot and three digits or more. A questionnaire numbers its
// parts and questions with one or two ("A.5", "B.12"), as ISO 27001 Annex A
// numbers its control groups; those are ids.
func standardNumber(label string) bool {
	if len(label) < len("X.509") || label[1] != '.' {
		return false
	}
	return allDigitsStr(label[2:])
}

// qLabel is the id of a "Q3:" or "Question 3:" label, s[:end]: the customer's "Q"
// (as written, upper or lower case) and the number, without "uestion", spaces or "#".
func qLabel(s string, word, end int) string {
	num := strings.TrimLeft(s[word:end], " #")
	if word == 1 && len(num) == end-1 {
		return s[:end] // "Q3", "q3": as written
	}
	return s[:1] + num
}

func allDigitsStr(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

func allDigits(t []byte) bool {
	n := 0
	for _, c := range t {
		switch {
		case isDigit(c):
			n++
		case c == '.' || c == '-' || c == ' ':
		default:
			return false
		}
	}
	return n > 0
}

// wrappedIn reports whether s is entirely *emphasised* with ch.
func wrappedIn(s string, ch byte) bool {
	s = strings.TrimRight(s, " :")
	return len(s) > 2 && s[0] == ch && s[len(s)-1] == ch && s[1] != ' ' && s[1] != ch
}
