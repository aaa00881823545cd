// Package split turns questionnaire text pasted into Slack, or read from a text or
// Markdown file, into questions with the section heading above each one. It owns
// the reading of layout (numbering, bullets, spreadsheet rows, headings) and the
// cleaning of Slack markup and answer cells; classifying the questions is the
// triage package's job.
package split

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/socbot/socbot/internal/triage"
)

// Split breaks a block of questionnaire text (a Slack paste, a .txt or .md file)
// into questions, in input order, with IDs q1, q2, ….
//
// It understands numbered items (1. 1) (1) Q1: 3.2.1 a) i. A.1 IAM-02.1), bullets and
// checkboxes, wrapped lines, blank-line paragraphs, tab-separated rows copied from a
// spreadsheet, and section headings, which become each question's Section. Item labels,
// bullets, Slack markup and answer cells ("Yes", "N/A") are removed from Text.
// It never fails: any input, valid UTF-8 or not, yields a (possibly empty) list, in
// time linear in the input's size.
func Split(text string) []triage.Question {
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	// Cleaned text is never longer than the input plus the separators joins
	// add, so the arena rarely grows.
	s := splitter{src: text, out: make([]byte, 0, len(text)+len(text)/16+16)}
	s.run()
	return s.finish()
}

// Marker kinds, which double as heading families (a heading replaces the nearest
// heading above it of its own family). The numbered kinds come first.
const (
	mkNone = iota
	mkNum
	mkLowerAlpha
	mkUpperAlpha
	mkLowerRoman
	mkUpperRoman
	mkID
	mkQ
	mkBullet
	mkCheck
	mkHash
	mkSection
	famCaps   // ALL CAPS line
	famBold   // *whole line bold*
	famColon  // short line ending with ":"
	famTitle  // Short Title-Case Line
	famColumn // a spreadsheet's section column
	famCount
)

const (
	maxDepth      = 7  // numbering depth tracked for sibling detection
	maxStack      = 8  // nested headings kept
	maxCells      = 64 // spreadsheet cells looked at per row
	maxQuoteScan  = 8192
	maxHeadWords  = 8
	maxTitleWords = 6
)

func numbered(kind int) bool { return kind >= mkNum && kind <= mkID }

type span struct{ start, end int }

type qrec struct {
	span
	line int
	sec  int // index into the section versions, -1 for none
}

type heading struct {
	fam, depth int
	span
}

// openQ is the question being assembled; its text is the tail of the arena.
type openQ struct {
	span
	line    int
	item    bool // started by a bullet or a number
	indent  int
	qlike   bool // reads as a question or a request
	options bool // collecting the options of a "Select …:" question
	lastEnd byte // last significant byte of its last line
	connEnd bool // its last line ended with a connecting word ("and", "of")
	capEnd  bool // …or with a capitalised word ("Business Continuity" may go on)
}

// pending is a numbered short title ("4. Access Control") that is either a heading
// or a terse item; the next line decides.
type pending struct {
	active bool
	kind   int
	depth  int
	indent int
	line   int
	span
}

type cell struct {
	span
	empty, answer, id bool
	role              byte // as a header cell: 'q'uestion, 's'ection, 'a'nswer, 'i'd
	hasQ, qstart      bool
	words             int
}

type splitter struct {
	src string
	out []byte // arena: every cleaned line lands here; questions are spans of it
	qs  []qrec

	open bool
	cur  openQ
	ln   int // line being read

	forceNew    bool // a marker-only line ("1.") was seen: next text starts an item
	forceIndent int
	forceKind   int
	forceDepth  int

	pend     pending
	numState [mkID + 1][maxDepth + 1]uint8 // last item of that numbering: 1 heading, 2 question

	stack    []heading
	secParts []span
	secVers  []span
	secCur   int
	secDirty bool
	// afterHeading: no question since the last heading, so the next one nests.
	afterHeading bool

	hdrActive bool
	hdrQ      int
	hdrS      int
	cells     []cell
	qFailEnd  int // no closing quote of a quoted cell before this offset
}

const (
	stHeading  = 1
	stQuestion = 2
)

func (s *splitter) run() {
	s.secCur = -1
	src := s.src
	ln := 0
	for pos := 0; pos <= len(src); {
		ln++
		end := strings.IndexByte(src[pos:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += pos
		}
		if rowEnd := s.line(pos, end, ln); rowEnd > end {
			ln += strings.Count(src[end:rowEnd], "\n")
			end = rowEnd
		}
		pos = end + 1
	}
	s.resolvePending(false)
	s.close()
}

// line handles one physical line src[pos:end]; it returns the end of what it
// consumed, which is beyond end only for a spreadsheet row with a multi-line cell.
func (s *splitter) line(pos, end, ln int) int {
	raw := s.src[pos:end]
	indent, i := 0, 0
	for ; i < len(raw); i++ {
		if raw[i] == ' ' {
			indent++
		} else if raw[i] == '\t' {
			indent += 4
		} else {
			break
		}
	}
	off := pos + i
	rest := raw[i:]
	for {
		n := 0
		if strings.HasPrefix(rest, ">") {
			n = 1
		} else if strings.HasPrefix(rest, "&gt;") {
			n = 4
		} else {
			break
		}
		rest = rest[n:]
		off += n
		t := strings.TrimLeft(rest, " \t")
		off += len(rest) - len(t)
		rest = t
	}
	rest = strings.TrimRight(rest, " \t\r")
	if rest == "" {
		s.close() // a blank line ends a paragraph
		return end
	}
	if strings.IndexByte(rest, '\t') >= 0 {
		m, body := parseMarker(rest)
		if m.kind == mkNone || m.kind == mkID || strings.IndexByte(body, '\t') >= 0 {
			if i > 0 && strings.IndexByte(raw[:i], '\t') >= 0 {
				off = pos // keep the leading empty cells
			}
			return s.row(off, end, ln)
		}
	}
	if len(rest) > 1 && rest[0] == '|' && strings.IndexByte(rest[1:], '|') >= 0 {
		s.pipeRow(rest)
		s.rowCells(ln)
		return end
	}
	s.hdrActive = false
	s.text(rest, indent, ln)
	return end
}

// pipeRow reads a Markdown table row, "| 1 | Do you …? | Yes |", into s.cells.
func (s *splitter) pipeRow(rest string) {
	s.cells = s.cells[:0]
	rest = strings.TrimSuffix(rest[1:], "|")
	for len(s.cells) < maxCells {
		c, after, more := strings.Cut(rest, "|")
		s.cells = append(s.cells, s.cell(c, false))
		if !more {
			break
		}
		rest = after
	}
}

// text handles a non-empty line that is not a spreadsheet row.
func (s *splitter) text(rest string, indent, ln int) {
	s.ln = ln
	m, body := parseMarker(rest)
	bold := m.kind == mkNone && wrappedIn(body, '*')
	required := false // "Company name *": a form's required field, never a heading
	if b := strings.TrimSuffix(body, " *"); len(b) < len(body) && !bold {
		body, required = strings.TrimRight(b, " \t"), true
	}
	mark := len(s.out)
	s.out = clean(s.out, body, false)
	txt := s.out[mark:]
	if len(txt) == 0 {
		s.out = s.out[:mark]
		if m.kind != mkNone && m.kind != mkHash && m.kind != mkSection {
			s.settlePending(m.kind, m.depth, false)
			s.close()
			s.forceNew, s.forceIndent, s.forceKind, s.forceDepth = true, indent, m.kind, m.depth
		}
		return
	}
	if m.kind != mkHash && m.kind != mkSection && isNoise(txt) && !s.midSentence(m, txt) {
		s.out = s.out[:mark]
		if (m.kind == mkNone || m.kind == mkBullet || m.kind == mkCheck) && !(s.open && s.cur.options) {
			s.close()
		}
		return
	}
	if s.forceNew && m.kind == mkNone {
		m.kind, m.depth = s.forceKind, s.forceDepth
		indent = s.forceIndent
	}
	forced := s.forceNew
	s.forceNew = false
	if m.kind == mkBullet {
		m.depth = indent // bullets nest by indentation
	}
	li := analyze(txt)
	sp := span{mark, len(s.out)}

	s.settlePending(m.kind, m.depth, m.kind == mkNone && li.lowerStart)

	switch m.kind {
	case mkHash:
		if !li.hasQ {
			s.pushHeading(mkHash, m.depth, sp)
			return
		}
	case mkSection:
		s.pushHeading(mkSection, 1, sp)
		return
	}

	if numbered(m.kind) {
		if s.open && optionKind(m.kind) && li.optionLike() && s.takesOptions() {
			s.addOption(sp, li)
			return
		}
		if !forced && li.numberedTitle() {
			d := min(m.depth, maxDepth)
			if m.first || s.numState[m.kind][d] != stQuestion {
				s.close()
				s.pend = pending{active: true, kind: m.kind, depth: m.depth, indent: indent, line: ln, span: sp}
				return
			}
		}
		s.numState[m.kind][min(m.depth, maxDepth)] = stQuestion
		s.endSiblingHeadings(m)
		s.start(sp, ln, true, indent, li)
		return
	}
	if m.kind != mkNone { // bullet, checkbox, Q1, or an item forced by a lone marker
		if s.open && optionKind(m.kind) && li.optionLike() && s.takesOptions() {
			s.addOption(sp, li)
			return
		}
		if m.kind == mkBullet && !forced && li.numberedTitle() {
			// "• Encryption" over deeper bullets is a heading; among
			// sibling bullets it is a terse request. The next line decides.
			s.close()
			s.pend = pending{active: true, kind: m.kind, depth: m.depth, indent: indent, line: ln, span: sp}
			return
		}
		s.endSiblingHeadings(m)
		s.start(sp, ln, true, indent, li)
		return
	}

	s.plain(sp, li, ln, indent, forced, bold, required)
}

// plain handles a line without a marker: it continues the open question, starts
// a new one, or is a heading.
func (s *splitter) plain(sp span, li lineInfo, ln, indent int, forced, bold, required bool) {
	if !s.open || forced {
		if fam, ok := li.headingFamily(bold); ok && !forced && !required {
			s.pushHeading(fam, 0, sp)
			return
		}
		s.start(sp, ln, forced, indent, li)
		return
	}
	c := &s.cur
	colon := c.options || c.lastEnd == ':'
	opt := c.qlike && colon && li.optionLike() && !li.lowerStart
	switch {
	case c.item && indent > c.indent:
		if opt {
			s.addOption(sp, li)
		} else {
			s.join(sp, " ", li)
		}
		return
	case colon:
		switch {
		case opt:
			s.addOption(sp, li)
			return
		case li.lowerStart, c.lastEnd == ':' && !li.hasQ && !li.qstart:
			s.join(sp, " ", li)
			return
		}
	case li.lowerStart || li.followup || c.connEnd || strings.IndexByte(",;(-/&+", c.lastEnd) >= 0,
		c.capEnd && li.title && !li.caps && li.words <= 3 && isWordByte(c.lastEnd):
		s.join(sp, " ", li)
		return
	}
	if fam, ok := li.headingFamily(bold); ok && !required {
		s.pushHeading(fam, 0, sp)
		return
	}
	switch {
	case colon, c.lastEnd == '?', c.lastEnd == '!':
		s.start(sp, ln, false, indent, li)
	case c.lastEnd == '.':
		if c.qlike {
			s.start(sp, ln, false, indent, li)
		} else {
			s.join(sp, " ", li)
		}
	case li.qstart && li.upperStart && c.qlike:
		s.start(sp, ln, false, indent, li)
	default:
		s.join(sp, " ", li)
	}
}

// endSiblingHeadings closes headings that were items of the same list as m at
// its level or deeper: "2. Do you …?" after "1. Access Control" is outside it.
func (s *splitter) endSiblingHeadings(m marker) {
	n := len(s.stack)
	for n > 0 && s.stack[n-1].fam == m.kind && s.stack[n-1].depth >= m.depth {
		n--
	}
	if n < len(s.stack) {
		s.close()
		s.stack = s.stack[:n]
		s.secDirty = true
	}
}

// midSentence: txt, a bare number or symbol, continues a question cut mid-sentence
// ("… and SSAE" / "16.") rather than being a page number.
func (s *splitter) midSentence(m marker, txt []byte) bool {
	if !s.open || m.kind != mkNone || s.cur.lastEnd == 0 || strings.IndexByte("?.:!", s.cur.lastEnd) >= 0 {
		return false
	}
	var buf [24]byte
	for i := 0; i < len(txt); {
		j := i
		for j < len(txt) && txt[j] != ' ' {
			j++
		}
		if core, ok := wordCore(txt[i:j], &buf); !ok || answerTokens[string(core)] || labelWords[string(core)] {
			return false
		}
		i = j + 1
	}
	return true
}

// takesOptions: the open question is a request whose answer choices follow as a
// list: it ends with ":" ("Select the controls in place:"), or it asks to pick
// ("Which of the following … do you hold?").
func (s *splitter) takesOptions() bool {
	c := &s.cur
	if !c.qlike {
		return false
	}
	if c.options || c.lastEnd == ':' {
		return true
	}
	if c.lastEnd != '?' {
		return false
	}
	t := s.out[c.start:c.end]
	if len(t) > 400 {
		t = t[len(t)-400:]
	}
	var buf [400]byte
	low := buf[:len(t)]
	for i, b := range t {
		if isUpper(b) {
			b += 'a' - 'A'
		}
		low[i] = b
	}
	return containsAny(low, pickPhrases)
}

var pickPhrases = byteStrings("which of the following", "the following", "select", "all that apply", "check all", "which of these")

func optionKind(kind int) bool {
	switch kind {
	case mkBullet, mkCheck, mkLowerAlpha, mkLowerRoman:
		return true
	}
	return false
}

// start closes the open question and opens a new one on sp.
func (s *splitter) start(sp span, ln int, item bool, indent int, li lineInfo) {
	s.close()
	s.open = true
	s.cur = openQ{span: sp, line: ln, item: item, indent: indent,
		qlike: li.qstart || li.hasQ, lastEnd: li.lastEnd, connEnd: li.connEnd, capEnd: li.capEnd}
}

// addOption appends an answer choice to a "Select …:" question.
func (s *splitter) addOption(sp span, li lineInfo) {
	sep := " "
	if s.cur.options {
		sep = "; "
	}
	s.join(sp, sep, li)
	s.cur.options = true
}

// join appends sp, the arena's tail, to the open question with sep between.
func (s *splitter) join(sp span, sep string, li lineInfo) {
	c := &s.cur
	if !s.open || c.end != sp.start {
		s.start(sp, s.ln, false, 0, li) // not contiguous: cannot happen, but stay safe
		return
	}
	n := len(s.out)
	s.out = append(s.out, sep...)
	copy(s.out[sp.start+len(sep):], s.out[sp.start:n])
	copy(s.out[sp.start:], sep)
	c.end = len(s.out)
	c.qlike = c.qlike || li.hasQ || (li.qstart && li.upperStart)
	c.lastEnd, c.connEnd, c.capEnd = li.lastEnd, li.connEnd, li.capEnd
}

func (s *splitter) close() {
	if !s.open {
		return
	}
	s.open = false
	t := trimAnswerTail(s.out[s.cur.start:s.cur.end])
	if len(t) == 0 || isNoise(t) {
		return
	}
	s.emit(span{s.cur.start, s.cur.start + len(t)}, s.cur.line)
}

func (s *splitter) emit(sp span, ln int) {
	if s.secDirty {
		s.secDirty = false
		if len(s.stack) == 0 {
			s.secCur = -1
		} else {
			from := len(s.secParts)
			for _, h := range s.stack {
				s.secParts = append(s.secParts, h.span)
			}
			s.secVers = append(s.secVers, span{from, len(s.secParts)})
			s.secCur = len(s.secVers) - 1
		}
	}
	if len(s.qs) == 0 && isPreamble(s.out[sp.start:sp.end]) {
		return
	}
	s.qs = append(s.qs, qrec{span: sp, line: ln, sec: s.secCur})
	s.afterHeading = false
}

// settlePending decides a held numbered title by the line after it: a sibling item
// or a lower-case continuation makes it a question, anything else a heading.
func (s *splitter) settlePending(kind, depth int, lowerStart bool) {
	if !s.pend.active {
		return
	}
	s.resolvePending(!(kind == s.pend.kind && depth == s.pend.depth) && !lowerStart)
}

var (
	questionnaireWord = []byte("questionnaire")
	helpAsks          = byteStrings("can someone", "can anyone", "could someone", "could anyone", "can you help", "could you help", "take a look", "help with", "help me", "help us answer", "help answer", "please answer", "please fill")
	pasteRefs         = byteStrings("questionnaire", "questions", "these", "below", "following", "this one", "form")
)

// isPreamble recognises a first line that asks colleagues for help with the
// paste ("can someone take a look at Acme's questionnaire?") rather than asking
// the vendor something.
func isPreamble(t []byte) bool {
	if len(t) > 300 {
		return false
	}
	var buf [300]byte
	low := buf[:len(t)]
	for i, c := range t {
		if isUpper(c) {
			c += 'a' - 'A'
		}
		low[i] = c
	}
	if containsAny(low, helpAsks) && containsAny(low, pasteRefs) {
		return true
	}
	// "Hey team, Acme sent these:"
	for _, g := range greetings {
		if bytes.HasPrefix(low, g) && len(low) > len(g) && !isLower(low[len(g)]) && t[len(t)-1] != '?' {
			return true
		}
	}
	return false
}

var greetings = byteStrings("hi", "hello", "hey", "fyi", "team")

// isDocTitle: a heading that names the whole document ("Vendor Security
// Questionnaire"), not a section of it.
func isDocTitle(t []byte) bool {
	if len(t) > 80 {
		return false
	}
	var buf [80]byte
	low := buf[:len(t)]
	for i, c := range t {
		if isUpper(c) {
			c += 'a' - 'A'
		}
		low[i] = c
	}
	return bytes.Contains(low, questionnaireWord)
}

func containsAny(t []byte, subs [][]byte) bool {
	for _, sub := range subs {
		if bytes.Contains(t, sub) {
			return true
		}
	}
	return false
}

func byteStrings(ss ...string) [][]byte {
	out := make([][]byte, len(ss))
	for i, s := range ss {
		out[i] = []byte(s)
	}
	return out
}

// resolvePending settles a held numbered title as a heading or as a question.
func (s *splitter) resolvePending(asHeading bool) {
	p := s.pend
	if !p.active {
		return
	}
	s.pend.active = false
	if asHeading {
		s.pushHeading(p.kind, p.depth, p.span)
		return
	}
	if numbered(p.kind) {
		s.numState[p.kind][min(p.depth, maxDepth)] = stQuestion
	}
	li := analyze(s.out[p.start:p.end])
	s.close()
	s.endSiblingHeadings(marker{kind: p.kind, depth: p.depth})
	s.open = true
	s.cur = openQ{span: p.span, line: p.line, item: true, indent: p.indent,
		qlike: li.qstart || li.hasQ, lastEnd: li.lastEnd, connEnd: li.connEnd, capEnd: li.capEnd}
}

func (s *splitter) pushHeading(fam, depth int, sp span) {
	s.close()
	t := s.out[sp.start:sp.end]
	for len(t) > 0 && (t[len(t)-1] == ':' || t[len(t)-1] == ' ' || t[len(t)-1] == '-') {
		t = t[:len(t)-1]
	}
	if len(t) == 0 {
		return
	}
	sp.end = sp.start + len(t)
	if isDocTitle(t) {
		return
	}
	cut := len(s.stack)
	for i, h := range s.stack {
		if h.fam == fam && h.depth >= depth {
			cut = i
			break
		}
	}
	if cut == len(s.stack) && !s.afterHeading {
		// After questions, a heading at least as strong as those above it
		// closes them; a weaker one nests.
		k := strength(fam, depth)
		for cut > 0 && strength(s.stack[cut-1].fam, s.stack[cut-1].depth) >= k {
			cut--
		}
	}
	s.afterHeading = true
	if cut == len(s.stack) && cut == maxStack {
		cut--
	}
	s.stack = append(s.stack[:cut], heading{fam: fam, depth: depth, span: sp})
	s.secDirty = true
	if numbered(fam) {
		d := min(depth, maxDepth)
		s.numState[fam][d] = stHeading
		for k := range s.numState {
			for j := range s.numState[k] {
				if k != fam || j > d {
					s.numState[k][j] = 0
				}
			}
		}
	} else {
		s.numState = [mkID + 1][maxDepth + 1]uint8{}
	}
}

// strength ranks heading styles, strongest (1) first, for nesting mixed styles.
func strength(fam, depth int) int {
	switch fam {
	case famColumn:
		return 1
	case mkHash:
		return depth
	case mkSection, famCaps, mkUpperRoman, mkUpperAlpha:
		return 2
	case mkNum, mkID:
		return depth + 1
	case famBold, famTitle:
		return 3
	case famColon:
		return 4
	}
	return 5
}

func (s *splitter) finish() []triage.Question {
	if len(s.qs) == 0 {
		return nil
	}
	all := string(s.out)
	var secs []string
	if len(s.secVers) > 0 {
		var b strings.Builder
		n := 0
		for _, v := range s.secVers {
			for _, p := range s.secParts[v.start:v.end] {
				n += p.end - p.start + 3
			}
		}
		b.Grow(n)
		ends := make([]int, len(s.secVers))
		for i, v := range s.secVers {
			for j, p := range s.secParts[v.start:v.end] {
				if j > 0 {
					b.WriteString(" > ")
				}
				b.WriteString(all[p.start:p.end])
			}
			ends[i] = b.Len()
		}
		joined := b.String()
		secs = make([]string, len(ends))
		prev := 0
		for i, e := range ends {
			secs[i] = joined[prev:e]
			prev = e
		}
	}
	var ib strings.Builder
	ib.Grow(len(s.qs) * 6)
	var nb [24]byte
	for i := range s.qs {
		ib.WriteByte('q')
		ib.Write(strconv.AppendInt(nb[:0], int64(i+1), 10))
	}
	ids := ib.String()
	out := make([]triage.Question, len(s.qs))
	at := 0
	for i, q := range s.qs {
		n := 1 + digits(i+1)
		out[i] = triage.Question{ID: ids[at : at+n], Text: all[q.start:q.end], Line: q.line}
		at += n
		if q.sec >= 0 {
			out[i].Section = secs[q.sec]
		}
	}
	return out
}

func digits(n int) int {
	d := 1
	for n >= 10 {
		n /= 10
		d++
	}
	return d
}

// ---- spreadsheet rows ----

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
	if content == "" {
		c.end, c.empty = c.start, true
		return c
	}
	m, body := parseMarker(content)
	if m.kind != mkNone && strings.TrimSpace(body) == "" && m.kind != mkBullet && m.kind != mkCheck {
		c.end, c.id = c.start, true
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
	case allDigits(t):
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
		s.hdrActive, s.hdrQ, s.hdrS = true, -1, -1
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
			s.pushHeading(famColumn, 0, sc.span)
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
		if others == 0 && !s.hdrActive {
			if fam, ok := li.headingFamily(false); ok {
				s.pushHeading(fam, 0, bc.span)
				return
			}
		}
	}
	t = trimAnswerTail(t)
	if len(t) == 0 || isNoise(t) {
		return
	}
	s.emit(span{bc.start, bc.start + len(t)}, ln)
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
	b := buf[:len(t)]
	for i, c := range t {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return b
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
		for j < len(t) && t[j] != ' ' {
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

// ---- line markers ----

type marker struct {
	kind  int
	depth int
	first bool // the item is the first of its list ("1.", "a)")
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
		return m, s[j+1:], true
	case isDigit(c):
		g, one, i := scanGroups(s, ".")
		if g == 0 {
			return marker{}, s, false
		}
		m := marker{kind: mkNum, depth: g, first: one}
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
		if i < len(s) && (s[i] == ':' || s[i] == '.' || s[i] == ')') {
			if isSpaceOrEnd(s, i+1) {
				return marker{kind: mkQ, depth: max(g, 1)}, s[i+1:], true
			}
		} else if g > 0 && isSpaceOrEnd(s, i) {
			return marker{kind: mkQ, depth: g}, s[i:], true
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
			return marker{kind: mkSection, depth: 1}, s, true
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
			return m, s[i+1:], true
		}
	}
	// identifiers: "IAM-02.1", "A.1", "CC6.1", "A1:"
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
	}
	g, one, k := scanGroups(s[j:], ".-")
	if g == 0 {
		return marker{}, s, false
	}
	j += k
	term := false
	if j < len(s) && (s[j] == '.' || s[j] == ':' || s[j] == ')') {
		j++
		term = true
	}
	if !isSpaceOrEnd(s, j) || (!sep && g < 2 && !term) {
		return marker{}, s, false
	}
	return marker{kind: mkID, depth: g, first: one}, s[j:], true
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

// ---- cleaning ----

type cleaner struct {
	dst   []byte
	base  int
	space bool
	glue  bool // a mention was dropped: no space before the punctuation after it
}

func (c *cleaner) put(b ...byte) {
	if c.glue && len(b) > 0 && strings.IndexByte(",.;:!?)", b[0]) >= 0 {
		c.space = false
		if len(c.dst) == c.base && len(b) == 1 {
			return // "<@U1>, do you…": nothing before the comma
		}
	}
	c.glue = false
	if c.space && len(c.dst) > c.base {
		c.dst = append(c.dst, ' ')
	}
	c.space = false
	c.dst = append(c.dst, b...)
}

func (c *cleaner) putStr(s string) {
	if c.glue && len(s) > 0 && strings.IndexByte(",.;:!?)", s[0]) >= 0 {
		c.space = false
	}
	c.glue = false
	if c.space && len(c.dst) > c.base {
		c.dst = append(c.dst, ' ')
	}
	c.space = false
	c.dst = append(c.dst, s...)
}

func isWordByte(b byte) bool { return isAlpha(b) || isDigit(b) || b >= utf8.RuneSelf }

func isBlankByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

var entities = [...]struct{ name, val string }{
	{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", `"`}, {"&#39;", "'"},
	{"&apos;", "'"}, {"&nbsp;", " "}, {"&#x27;", "'"},
}

// clean appends s to dst with Slack and Markdown markup removed, entities decoded and
// white space folded. dq collapses the doubled quotes of a quoted spreadsheet cell.
func clean(dst []byte, s string, dq bool) []byte {
	c := cleaner{dst: dst, base: len(dst)}
	var emph [3]bool
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			switch {
			case b <= ' ' || b == 0x7f:
				c.space = true
				i++
				continue
			case b == '<':
				if n, label, ok := slackLink(s[i:]); ok {
					if label != "" {
						c.dst = cleanLabel(&c, label)
					} else {
						c.glue = true
					}
					i += n
					continue
				}
			case b == '&':
				matched := false
				for _, e := range entities {
					if strings.HasPrefix(s[i:], e.name) {
						if e.val == " " {
							c.space = true
						} else {
							c.putStr(e.val)
						}
						i += len(e.name)
						matched = true
						break
					}
				}
				if matched {
					continue
				}
			case b == '`':
				i++
				continue
			case b == '*' || b == '_' || b == '~':
				// Emphasis markers go in pairs: an opening run with a later
				// partner, then its closing run. A lone "*nix" star stays.
				j := i
				for j < len(s) && s[j] == b {
					j++
				}
				var l, r byte = ' ', ' '
				if i > 0 {
					l = s[i-1]
				}
				if j < len(s) {
					r = s[j]
				}
				e := strings.IndexByte("*_~", b)
				switch {
				case emph[e] && !isBlankByte(l) && !isWordByte(r):
					emph[e] = false
					i = j
					continue
				case !emph[e] && !isWordByte(l) && !isBlankByte(r) && strings.IndexByte(s[j:], b) >= 0:
					emph[e] = true
					i = j
					continue
				}
				c.putStr(s[i:j])
				i = j
				continue
			case b == '"' && dq && i+1 < len(s) && s[i+1] == '"':
				c.put('"')
				i += 2
				continue
			case b == ':':
				if n := emojiLen(s, i); n > 0 {
					i += n
					continue
				}
			}
			c.put(b)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == 0x200b || r == 0x200c || r == 0x200d || r == 0x2060 || r == 0xfeff:
		case unicode.IsSpace(r) || unicode.IsControl(r):
			c.space = true
		default:
			c.putStr(s[i : i+n])
		}
		i += n
	}
	return c.dst
}

func cleanLabel(c *cleaner, label string) []byte {
	n := len(c.dst)
	if c.space && n > c.base {
		c.dst = append(c.dst, ' ')
	}
	m := len(c.dst)
	c.dst = clean(c.dst, label, false)
	if len(c.dst) == m { // nothing left of the label: keep the pending space
		c.dst = c.dst[:n]
		return c.dst
	}
	c.space = false
	return c.dst
}

// slackLink decodes Slack's <url|label>, <@U123>, <#C1|chan> and <!here> forms.
func slackLink(s string) (n int, label string, ok bool) {
	lim := min(len(s), 1024)
	k := strings.IndexByte(s[1:lim], '>')
	if k <= 0 {
		return 0, "", false
	}
	content := s[1 : 1+k]
	if strings.IndexByte(content, '<') >= 0 || strings.IndexByte(content, '\n') >= 0 {
		return 0, "", false
	}
	target, lab, piped := strings.Cut(content, "|")
	if target == "" || strings.IndexByte(target, ' ') >= 0 {
		return 0, "", false
	}
	switch target[0] {
	case '@', '!':
		return k + 2, "", true
	case '#':
		if piped {
			return k + 2, lab, true
		}
		return k + 2, "", true
	}
	if strings.IndexByte(target, ':') < 0 {
		return 0, "", false
	}
	if piped && lab != "" {
		return k + 2, lab, true
	}
	return k + 2, target, true
}

// emojiLen returns the length of a Slack emoji code such as ":lock:" at s[i].
func emojiLen(s string, i int) int {
	if i > 0 && isWordByte(s[i-1]) {
		return 0
	}
	j := i + 1
	for j < len(s) && j-i < 40 {
		c := s[j]
		if isLower(c) || isDigit(c) || c == '_' || c == '+' || c == '-' {
			j++
			continue
		}
		break
	}
	if j == i+1 || j >= len(s) || s[j] != ':' || (j+1 < len(s) && isWordByte(s[j+1])) {
		return 0
	}
	return j + 1 - i
}

// ---- reading a line ----

type lineInfo struct {
	words      int
	hasQ       bool
	qstart     bool // starts with a question word or a request verb
	upperStart bool
	lowerStart bool
	caps       bool // ALL CAPS
	title      bool // every significant word capitalised
	followup   bool // "If yes, …", "e.g. …"
	comma      bool // a comma outside brackets: a sentence, not a title
	lastEnd    byte
	connEnd    bool
	capEnd     bool // last word is Capitalised
	docTitle   bool // names the whole questionnaire ("Vendor Security Questionnaire — Acme")
}

var questionStarts = map[string]bool{
	"do": true, "does": true, "did": true, "is": true, "are": true, "was": true, "were": true,
	"has": true, "have": true, "had": true, "can": true, "could": true, "will": true,
	"would": true, "should": true, "shall": true, "may": true, "might": true, "must": true,
	"how": true, "what": true, "when": true, "where": true, "which": true, "who": true,
	"whom": true, "whose": true, "why": true, "am": true, "if": true,
	"describe": true, "provide": true, "list": true, "explain": true, "please": true,
	"attach": true, "upload": true, "share": true, "indicate": true, "specify": true,
	"confirm": true, "identify": true, "outline": true, "detail": true, "submit": true,
	"summarize": true, "summarise": true, "select": true, "send": true, "give": true,
	"enumerate": true, "tell": true, "demonstrate": true, "define": true, "clarify": true,
	"verify": true, "elaborate": true, "supply": true, "furnish": true, "attest": true,
	"check": true, "state": true, "briefly": true, "kindly": true,
}

var connectors = map[string]bool{
	"and": true, "or": true, "of": true, "the": true, "a": true, "an": true, "to": true,
	"for": true, "with": true, "in": true, "on": true, "by": true, "your": true, "our": true,
	"their": true, "its": true, "that": true, "which": true, "including": true, "as": true,
	"at": true, "from": true, "is": true, "are": true, "be": true, "any": true, "all": true,
	"such": true, "than": true, "into": true, "via": true, "per": true, "e.g.": true,
	"i.e.": true, "&": true, "nor": true, "but": true, "both": true, "either": true,
	"whether": true, "do": true, "does": true, "have": true, "has": true, "if": true,
}

var stopwords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "of": true, "for": true,
	"to": true, "in": true, "on": true, "at": true, "by": true, "with": true, "vs": true,
	"vs.": true, "via": true, "per": true, "from": true, "into": true, "as": true, "&": true,
}

var followups = map[string]bool{
	"yes": true, "so": true, "no": true, "not": true, "applicable": true, "any": true,
	"available": true, "relevant": true, "none": true, "needed": true, "required": true,
}

func lowerWord(w []byte, buf *[24]byte) []byte {
	if len(w) > len(buf) {
		return nil
	}
	b := buf[:len(w)]
	for i, c := range w {
		if isUpper(c) {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return b
}

func analyze(t []byte) lineInfo {
	var li lineInfo
	li.title = true
	li.docTitle = isDocTitle(t)
	letters, lowers, depth := 0, 0, 0
	var buf [24]byte
	var first, last []byte
	for i := 0; ; {
		w, j := nextWord(t, i)
		if w == nil {
			break
		}
		li.words++
		if li.words == 1 {
			first = w
		} else if li.words == 2 {
			lf := lowerWord(trimPunct(first), &buf)
			if string(lf) == "if" {
				lw := lowerWord(trimPunct(w), &buf)
				li.followup = followups[string(lw)]
			}
		}
		last = w
		if li.title {
			if li.words > maxHeadWords {
				li.title = false
			} else if r, _ := utf8.DecodeRune(w); unicode.IsLower(r) && !stopwords[string(lowerWord(w, &buf))] {
				li.title = false
			}
		}
		i = j
	}
	for i := 0; i < len(t); {
		c := t[i]
		if c < utf8.RuneSelf {
			switch c {
			case '?':
				li.hasQ = true
			case '(':
				depth++
			case ')':
				depth--
			case ',':
				if depth <= 0 {
					li.comma = true
				}
			}
			if isAlpha(c) {
				letters++
				if isLower(c) {
					lowers++
				}
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(t[i:])
		if r == '？' {
			li.hasQ = true
		}
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsLower(r) {
				lowers++
			}
		}
		i += n
	}
	li.caps = letters >= 2 && lowers == 0
	if len(first) > 0 {
		r, _ := utf8.DecodeRune(first)
		li.upperStart = unicode.IsUpper(r) || (r < utf8.RuneSelf && isDigit(byte(r)))
		li.lowerStart = unicode.IsLower(r)
		fw := trimPunct(first)
		lf := lowerWord(fw, &buf)
		li.qstart = questionStarts[string(lf)]
		if first[0] == '(' || hasPrefixFoldB(first, "e.g") || hasPrefixFoldB(first, "i.e") {
			li.followup = true
		}
	}
	if len(last) > 0 {
		e := len(t)
		for e > 0 && strings.IndexByte(`"'*_)`, t[e-1]) >= 0 && !(t[e-1] == ')' && e >= 2 && t[e-2] != '.' && t[e-2] != '?') {
			e--
		}
		if e > 0 {
			li.lastEnd = t[e-1]
		}
		if t[len(t)-1] >= utf8.RuneSelf {
			r, _ := utf8.DecodeLastRune(t)
			switch r {
			case '？':
				li.lastEnd = '?'
			case '”', '’':
				if len(t) > 3 {
					li.lastEnd = t[len(t)-4]
				}
			default:
				li.lastEnd = 'a'
			}
		}
		lw := lowerWord(last, &buf)
		for len(lw) > 0 && lw[0] == '(' {
			lw = lw[1:]
		}
		li.connEnd = connectors[string(lw)]
		r, _ := utf8.DecodeRune(last)
		li.capEnd = unicode.IsUpper(r) && bytes.IndexFunc(last, unicode.IsLower) > 0 // "Continuity", not "MFA"
	}
	return li
}

func hasPrefixFoldB(w []byte, p string) bool {
	if len(w) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := w[i]
		if isUpper(c) {
			c += 'a' - 'A'
		}
		if c != p[i] {
			return false
		}
	}
	return true
}

func trimPunct(w []byte) []byte {
	for len(w) > 0 && strings.IndexByte(",.;:!?)(\"'", w[len(w)-1]) >= 0 {
		w = w[:len(w)-1]
	}
	for len(w) > 0 && strings.IndexByte("(\"'", w[0]) >= 0 {
		w = w[1:]
	}
	return w
}

// optionLike: a short answer choice under a "Select …:" question.
func (li lineInfo) optionLike() bool {
	return !li.hasQ && !li.qstart && li.words <= 10
}

// numberedTitle: the text after a number reads like a section title.
func (li lineInfo) numberedTitle() bool {
	return !li.hasQ && !li.qstart && li.words <= maxTitleWords && li.upperStart &&
		li.lastEnd != '.' && li.lastEnd != ',' && li.lastEnd != ';' && li.lastEnd != '!'
}

// headingFamily says whether an unnumbered line is a heading, and of which kind.
func (li lineInfo) headingFamily(bold bool) (int, bool) {
	if li.hasQ || li.qstart || li.words == 0 || li.words > maxHeadWords || li.followup {
		return 0, false
	}
	if li.docTitle && li.upperStart && li.lastEnd != '.' {
		return famTitle, true
	}
	if li.comma && !bold && !li.caps && !(li.title && li.lastEnd != ':') {
		return 0, false // "Hey team, Acme sent these:"; "Testing, QA, and Monitoring" is a title
	}
	if bold {
		return famBold, true
	}
	switch li.lastEnd {
	case '.', ',', ';', '!':
		return 0, false
	}
	switch {
	case li.caps:
		return famCaps, true
	case li.lowerStart:
		return 0, false
	case li.lastEnd == ':' && li.words <= maxTitleWords:
		return famColon, true
	case li.words <= maxTitleWords && (li.title || li.words <= 3) && li.upperStart:
		return famTitle, true
	}
	return 0, false
}

// ---- answers and noise ----

var answerTokens = map[string]bool{
	"yes": true, "no": true, "n/a": true, "na": true, "n.a": true, "y": true, "n": true,
	"y/n": true, "yes/no": true, "no/yes": true, "yes/no/n/a": true, "yes/no/na": true,
	"tbd": true, "tba": true, "true": true, "false": true, "x": true, "partial": true,
	"partially": true, "none": true, "not": true, "applicable": true, "unknown": true,
	"or": true,
}

var labelWords = map[string]bool{
	"answer": true, "answers": true, "response": true, "responses": true, "comments": true,
	"comment": true, "notes": true, "note": true, "remarks": true, "reply": true,
	"explanation": true, "evidence": true,
	// pleasantries around a paste
	"thanks": true, "thank": true, "you": true, "cheers": true, "tia": true, "regards": true,
	"best": true, "hi": true, "hello": true, "hey": true, "team": true, "all": true, "folks": true,
	"your": true, // "Your answer" under each question of a form
}

const glyphs = "[](){}|*_-–—:.,;!/\\☐☑☒□■✓✔✗✘○●•❑❒"

// trimGlyphs trims brackets, checkboxes and punctuation from both ends of w.
func trimGlyphs(w []byte) []byte {
	for len(w) > 0 {
		r, n := utf8.DecodeRune(w)
		if !strings.ContainsRune(glyphs, r) {
			break
		}
		w = w[n:]
	}
	for len(w) > 0 {
		r, n := utf8.DecodeLastRune(w)
		if !strings.ContainsRune(glyphs, r) {
			break
		}
		w = w[:len(w)-n]
	}
	return w
}

// wordCore lowercases w and trims glyphs; ok is false for a word too long to be an answer.
func wordCore(w []byte, buf *[24]byte) ([]byte, bool) {
	if len(w) > len(buf) {
		return nil, false
	}
	return trimGlyphs(lowerWord(w, buf)), true
}

// isNoise reports lines that carry no question: answers, labels, page numbers,
// separators.
func isNoise(t []byte) bool {
	var buf [24]byte
	alnum := false
	for i := 0; i < len(t); {
		r, n := utf8.DecodeRune(t[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			alnum = true
			break
		}
		i += n
	}
	if !alnum {
		return true
	}
	words, answers, pages, digitsW, labels := 0, 0, 0, 0, 0
	hasQ := false
	for i := 0; ; {
		w, j := nextWord(t, i)
		if w == nil {
			break
		}
		if words == 0 && !hasQ && isUpper(w[0]) && firstWordNoise(t, w) {
			return true
		}
		words++
		i = j
		if w[len(w)-1] == '?' {
			hasQ = true
		}
		core, ok := wordCore(w, &buf)
		switch {
		case !ok:
			return false
		case len(core) == 0:
			answers++
			pages++
		case answerTokens[string(core)]:
			answers++
		case labelWords[string(core)]:
			labels++
		case allDigits(core):
			digitsW++
			pages++
		case string(core) == "page" || string(core) == "of" || string(core) == "p":
			pages++
		default:
			return false // a real word: not noise
		}
		if answers < words && labels < words && pages < words {
			return false
		}
	}
	return words == answers || words == labels || (words == pages && digitsW > 0)
}

// nextWord returns the space-separated word at or after t[i] and the index just
// past it; w is nil when only spaces are left.
func nextWord(t []byte, i int) (w []byte, end int) {
	for i < len(t) && t[i] == ' ' {
		i++
	}
	if i >= len(t) {
		return nil, i
	}
	end = i
	for end < len(t) && t[end] != ' ' {
		end++
	}
	return t[i:end], end
}

// firstWordNoise: a line opened by a label or a bare answer ("Answer: …",
// "Comments: …", "Yes, we do.", "Yes - quarterly"), unless it asks something.
func firstWordNoise(t, w []byte) bool {
	if bytesIndexByte(t, '?') >= 0 {
		return false
	}
	var buf [24]byte
	fl := lowerWord(w, &buf)
	if len(fl) < 2 {
		return false
	}
	end := fl[len(fl)-1]
	core := fl[:len(fl)-1]
	if end == ':' && labelWords[string(core)] {
		return true
	}
	if (end == ',' || end == ';') && (string(core) == "yes" || string(core) == "no" || string(core) == "n/a") ||
		string(fl) == "yes." {
		return true
	}
	var buf2 [24]byte
	sc, ok := wordCore(secondWord(t), &buf2)
	return ok && len(sc) == 0 && len(secondWord(t)) > 0 && answerTokens[string(fl)]
}

func bytesIndexByte(b []byte, c byte) int {
	for i := range b {
		if b[i] == c {
			return i
		}
	}
	return -1
}

func secondWord(t []byte) []byte {
	i := 0
	for i < len(t) && t[i] == ' ' {
		i++
	}
	for i < len(t) && t[i] != ' ' {
		i++
	}
	for i < len(t) && t[i] == ' ' {
		i++
	}
	j := i
	for j < len(t) && t[j] != ' ' {
		j++
	}
	return t[i:j]
}

// trimAnswerTail removes an answer left after the question ("…backups? Yes/No",
// "… (Y/N)", "… ☐ Yes ☐ No") and trailing spaces.
func trimAnswerTail(t []byte) []byte {
	for len(t) > 0 && t[len(t)-1] == ' ' {
		t = t[:len(t)-1]
	}
	var buf [24]byte
	end := len(t)
	cut := -1
	for end > 0 {
		i := end
		for i > 0 && t[i-1] != ' ' {
			i--
		}
		core, ok := wordCore(t[i:end], &buf)
		if !ok || !(len(core) == 0 || answerTokens[string(core)]) {
			break
		}
		if i == 0 {
			return t // the whole text is answers: leave it to isNoise
		}
		cut = i
		end = i - 1
	}
	if cut < 0 {
		return t
	}
	head := t[:cut]
	for len(head) > 0 && head[len(head)-1] == ' ' {
		head = head[:len(head)-1]
	}
	if len(head) == 0 {
		return t
	}
	tail := t[cut:]
	if e := head[len(head)-1]; e == '?' || e == ':' || tail[0] == '(' || tail[0] == '[' || tail[0] >= utf8.RuneSelf {
		return head
	}
	return t
}
