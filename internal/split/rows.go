package split

// Spreadsheet rows: tab-separated and Markdown-table rows, quoted cells, and the
// header row that says which column holds the question.

import (
	"strings"
	"unicode"
)

// row handles a tab-separated row starting at src[off]; it returns the offset of
// the newline (or end of input) that ends the row.
func (s *splitter) row(off, lineEnd, ln int) int {
	src := s.src
	s.cells = s.cells[:0]
	i := off
	for {
		var content string
		dq := false
		if i < len(src) && src[i] == '"' {
			if k := s.closeQuote(i + 1); k >= 0 {
				content, dq, i = src[i+1:k], true, k+1
			}
		}
		if !dq {
			j := i
			for j < len(src) && src[j] != '\t' && src[j] != '\n' {
				j++
			}
			content, i = src[i:j], j
		}
		if len(s.cells) < maxCells {
			s.cells = append(s.cells, s.cell(content, dq))
		}
		for i < len(src) && src[i] != '\t' && src[i] != '\n' {
			i++ // junk after a closing quote
		}
		if i < len(src) && src[i] == '\t' {
			i++
			continue
		}
		break
	}
	if i < lineEnd {
		i = lineEnd
	}
	s.rowCells(ln)
	return i
}

// closeQuote finds the quote closing a quoted cell whose content starts at from:
// a '"' not doubled and followed by a tab, a line end or the end of input.
func (s *splitter) closeQuote(from int) int {
	src := s.src
	i := max(from, s.qFailEnd)
	limit := min(len(src), from+maxQuoteScan)
	for i < limit {
		k := strings.IndexByte(src[i:limit], '"')
		if k < 0 {
			break
		}
		i += k
		if i+1 < len(src) && src[i+1] == '"' {
			i += 2
			continue
		}
		if i+1 == len(src) || src[i+1] == '\t' || src[i+1] == '\n' || src[i+1] == '\r' {
			return i
		}
		i++
	}
	s.qFailEnd = max(s.qFailEnd, limit)
	return -1
}

func (s *splitter) cell(content string, dq bool) cell {
	content = strings.TrimSpace(content)
	var c cell
	c.start = len(s.out)
	c.raw = content
	if content == "" {
		c.end, c.empty = c.start, true
		return c
	}
	m, body := parseMarker(content)
	if m.kind != mkNone && strings.TrimSpace(body) == "" && m.kind != mkBullet && m.kind != mkCheck {
		c.end, c.id = c.start, true
		if m.label != "" {
			c.raw = m.label // "Q 3" is Q3
		}
		return c
	}
	if !numbered(m.kind) && m.kind != mkQ {
		body = content
	}
	s.out = clean(s.out, body, dq)
	c.end = len(s.out)
	t := s.out[c.start:c.end]
	li := analyze(t)
	c.hasQ, c.qstart, c.words = li.hasQ, li.qstart, li.words
	switch {
	case len(t) == 0:
		c.empty = true
		return c
	case isNoise(t):
		c.answer = true
	case allDigits(t), idLike(content):
		c.id = true
	}
	if li.words <= 4 && !li.hasQ {
		c.role = headerRole(t)
	}
	return c
}

func (s *splitter) rowCells(ln int) {
	s.resolvePending(true)
	s.close()
	s.forceNew = false
	cells := s.cells
	nonEmpty, roles, short := 0, 0, 0
	hasQCol := false
	for _, c := range cells {
		if !c.empty {
			nonEmpty++
			if c.role != 0 {
				roles++
				hasQCol = hasQCol || c.role == 'q'
			}
			if c.words <= 4 && !c.hasQ {
				short++
			}
		}
	}
	if nonEmpty == 0 {
		return
	}
	if nonEmpty >= 2 && short == nonEmpty && roles >= 2 && (hasQCol || roles == nonEmpty) {
		s.hdrActive, s.hdrQ, s.hdrS, s.hdrI = true, -1, -1, -1
		for i, c := range cells {
			switch c.role {
			case 'q':
				if s.hdrQ < 0 {
					s.hdrQ = i
				}
			case 's':
				if s.hdrS < 0 {
					s.hdrS = i
				}
			case 'i':
				if s.hdrI < 0 {
					s.hdrI = i
				}
			}
		}
		return
	}
	text := func(c cell) bool { return !c.empty && !c.answer && !c.id }
	best := -1
	if s.hdrActive && s.hdrQ >= 0 && s.hdrQ < len(cells) && text(cells[s.hdrQ]) {
		best = s.hdrQ
	}
	if best < 0 {
		bestQ := false
		for i, c := range cells {
			if !text(c) {
				continue
			}
			q := c.hasQ || c.qstart
			if best < 0 || (q && !bestQ) || (q == bestQ && c.end-c.start > cells[best].end-cells[best].start) {
				best, bestQ = i, q
			}
		}
	}
	if best < 0 {
		return
	}
	bc := cells[best]
	secCell := -1
	if s.hdrActive && s.hdrS >= 0 && s.hdrS < len(cells) && s.hdrS != best && text(cells[s.hdrS]) {
		secCell = s.hdrS
	} else if !s.hdrActive && (bc.hasQ || bc.qstart) {
		for i := 0; i < best; i++ {
			c := cells[i]
			if text(c) && !c.hasQ && !c.qstart && c.words <= maxTitleWords {
				secCell = i
				break
			}
		}
	}
	if secCell >= 0 {
		sc := cells[secCell]
		st := s.out[sc.start:sc.end]
		if n := len(s.stack); n == 0 || s.stack[n-1].fam != famColumn || string(s.out[s.stack[n-1].start:s.stack[n-1].end]) != string(st) {
			s.pushHeading(famColumn, 0, sc.span, ln)
		}
	}
	t := s.out[bc.start:bc.end]
	li := analyze(t)
	if secCell < 0 {
		others := 0
		for i, c := range cells {
			if i != best && text(c) {
				others++
			}
		}
		if others == 0 && !s.hdrActive && !li.form && !answeredRow(cells, best) {
			if fam, ok := s.headingOf(bc.span, li, false); ok {
				s.pushHeading(fam, 0, bc.span, ln)
				return
			}
		}
	}
	t = trimAnswerTail(t)
	if len(t) == 0 || isNoise(t) {
		return
	}
	s.emit(span{bc.start, bc.start + len(t)}, ln, rowID(cells, best, s.hdrActive, s.hdrI), li.form)
}

// answeredRow says whether the row whose text is cells[best] has an id cell
// before it and an answer cell after it ("PR.AT-1", "Awareness Training",
// "Yes"): a catalogue's control, answered, is an item however title-like its
// name. A title row has no answer ("A.1", "Access Control").
func answeredRow(cells []cell, best int) bool {
	id := false
	for i := 0; i < best; i++ {
		id = id || cells[i].id
	}
	if !id {
		return false
	}
	for _, c := range cells[best+1:] {
		if c.answer {
			return true
		}
	}
	return false
}

// rowID is the id of a row whose question is cells[best]: the header's id column
// when it holds one word, else the first id cell before the question ("DOCU-01",
// "1.1").
func rowID(cells []cell, best int, hdr bool, hdrI int) string {
	if hdr && hdrI >= 0 && hdrI < len(cells) && hdrI != best && !cells[hdrI].empty &&
		strings.IndexFunc(cells[hdrI].raw, unicode.IsSpace) < 0 {
		return trimIDPunct(cells[hdrI].raw)
	}
	for i := 0; i < best; i++ {
		if cells[i].id && strings.IndexFunc(cells[i].raw, unicode.IsSpace) < 0 {
			return trimIDPunct(cells[i].raw) // not a label alone: "SECTION 2)"
		}
	}
	return ""
}

func trimIDPunct(s string) string {
	s = strings.TrimRight(s, ".):")
	if len(s) > 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = s[1 : len(s)-1]
	}
	return strings.TrimLeft(s, "(")
}

// idLike: a cell that is an identifier such as "A&A-01.1" or "HFIH-01": one word of
// letters, digits and & . - _, with a digit and a letter or separator, at most 20 bytes.
func idLike(s string) bool {
	if len(s) < 2 || len(s) > 20 {
		return false
	}
	digit, sep := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isDigit(c):
			digit = true
		case c == '-' || c == '.' || c == '_' || c == '&':
			sep = true
		case isAlpha(c):
		default:
			return false
		}
	}
	return digit && sep && isAlpha(s[0])
}

var headerWords = map[string]byte{
	"id": 'i', "#": 'i', "no": 'i', "no.": 'i', "num": 'i', "number": 'i', "ref": 'i', "ref.": 'i',
	"reference": 'i', "item": 'i', "control id": 'i', "question id": 'i', "q#": 'i', "s/n": 'i', "sr": 'i',
	"question": 'q', "questions": 'q', "question text": 'q', "control question": 'q', "requirement": 'q',
	"query": 'q', "description": 'q', "control": 'q', "control description": 'q', "request": 'q',
	"answer": 'a', "answers": 'a', "response": 'a', "responses": 'a', "vendor response": 'a',
	"yes/no": 'a', "y/n": 'a', "yes/no/n/a": 'a', "comment": 'a', "comments": 'a', "notes": 'a',
	"note": 'a', "remarks": 'a', "evidence": 'a', "status": 'a', "owner": 'a', "guidance": 'a',
	"explanation": 'a', "additional information": 'a', "additional comments": 'a',
	"section": 's', "category": 's', "domain": 's', "area": 's', "topic": 's', "control domain": 's',
	"control area": 's', "control family": 's',
}

func headerKey(t []byte, buf *[32]byte) []byte {
	for len(t) > 0 && (t[len(t)-1] == ':' || t[len(t)-1] == '*') {
		t = t[:len(t)-1]
	}
	if len(t) > len(buf) {
		return nil
	}
	return lowerASCII(buf[:], t)
}

// headerRole names the column a header cell heads: the exact words of
// headerWords, else a telling word in it ("Consensus Assessment Questions",
// "Control Domain", "Question ID").
func headerRole(t []byte) byte {
	var buf [32]byte
	if r := headerWords[string(headerKey(t, &buf))]; r != 0 {
		return r
	}
	var wb [24]byte
	var role byte
	for i := 0; i < len(t); {
		j := i
		for j < len(t) && t[j] != ' ' && t[j] != '/' {
			j++
		}
		w, _ := wordCore(t[i:j], &wb)
		i = j + 1
		r := headerWordRoles[string(w)]
		if r == 'i' && i >= len(t) {
			return 'i' // "Question ID": an id column
		}
		if r != 0 && (role == 0 || strings.IndexByte("qsai", r) < strings.IndexByte("qsai", role)) {
			role = r
		}
	}
	return role
}

var headerWordRoles = map[string]byte{
	"question": 'q', "questions": 'q', "requirement": 'q', "requirements": 'q', "query": 'q',
	"section": 's', "domain": 's', "category": 's', "area": 's', "topic": 's', "family": 's',
	"answer": 'a', "answers": 'a', "response": 'a', "responses": 'a', "comment": 'a',
	"comments": 'a', "notes": 'a', "remarks": 'a', "evidence": 'a',
	"id": 'i', "#": 'i', "ref": 'i', "number": 'i', "no": 'i',
}

// maxHeaderLine bounds a line read as column titles by headerLine.
const maxHeaderLine = 200

// headerLine reads a line of column titles written without a leading pipe: its cells
// separated by "|" ("Question | Response", "Control | Vendor response") or, in a CSV
// pasted as text, by commas with no space around them ("Requirement,Comments"). Every
// cell must name a column and one the question column, a stricter reading than a
// tab-separated row gets, since such a line may be prose. It records the header as
// rowCells records a tab-separated one and reports whether the line was one.
func (s *splitter) headerLine(rest string, ln int) bool {
	if len(rest) > maxHeaderLine {
		return false
	}
	sep := "|"
	if strings.IndexByte(rest, '|') < 0 {
		if strings.Contains(rest, ", ") || strings.Contains(rest, " ,") {
			return false
		}
		sep = ","
	}
	mark := len(s.out)
	s.cells = s.cells[:0]
	cells, question := 0, false
	for more := true; more && len(s.cells) < maxCells; {
		var c string
		c, rest, more = strings.Cut(rest, sep)
		cl := s.cell(c, false)
		s.cells = append(s.cells, cl)
		if cl.empty {
			continue // the empty cell after a closing pipe
		}
		if cl.role == 0 { // cell gives a role only to a title of four words or fewer, no "?"
			s.out = s.out[:mark]
			return false
		}
		cells++
		question = question || cl.role == 'q'
	}
	if cells < 2 || !question {
		s.out = s.out[:mark]
		return false
	}
	s.rowCells(ln)
	return true
}
