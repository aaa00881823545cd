// Package split turns questionnaire text pasted into Slack, or read from a text or
// Markdown file, into questions with the section heading above each one. It owns
// the reading of layout (numbering, bullets, spreadsheet rows, headings) and the
// cleaning of Slack markup and answer cells; classifying the questions is the
// triage package's job.
package split

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/socbot/socbot/internal/triage"
)

// Split breaks a block of questionnaire text (a Slack paste, a .txt or .md file)
// into questions, in input order. A question keeps the id the text gives it (its
// number "1.1", "Q3", "DOCU-01", a spreadsheet row's id cell); the others are
// numbered q1, q2, … by position.
//
// It understands numbered items (1. 1) (1) Q1: 3.2.1 a) i. A.1 IAM-02.1), bullets and
// checkboxes, wrapped lines, blank-line paragraphs, tab-separated rows copied from a
// spreadsheet, and section headings, which become each question's Section. Item labels,
// bullets, Slack markup and answer cells ("Yes", "N/A") are removed from Text.
// It never fails: any input, valid UTF-8 or not, yields a (possibly empty) list, in
// time linear in the input's size. Lines are read up to MaxLineChars characters.
func Split(text string) []triage.Question {
	return number(questions(text, false))
}

// SplitBefore splits text that other content follows, such as a document's
// paragraphs before a table: headings at its end with nothing under them head
// what follows, so they are left out instead of becoming questions as Split
// makes them.
func SplitBefore(text string) []triage.Question {
	return number(questions(text, true))
}

// Messages splits each message of a conversation on its own (a DM thread: a
// follow-up is never glued to the message before it) and numbers the questions
// of all of them as one list.
func Messages(msgs []string) []triage.Question {
	var qs []triage.Question
	for _, m := range msgs {
		qs = append(qs, questions(m, false)...)
	}
	return number(qs)
}

// questions splits text, leaving the ids the text does not give empty; more
// says that other content follows text, which its last headings head.
func questions(text string, more bool) []triage.Question {
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	text = CapLines(text)
	// Cleaned text is never longer than the input plus the separators joins
	// add, so the arena rarely grows.
	s := splitter{src: text, out: make([]byte, 0, len(text)+len(text)/16+16), more: more}
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
	famLead   // a sentence leading into the items below it, ending with ":"
	famCount
)

const (
	maxDepth      = 7  // numbering depth tracked for sibling detection
	maxStack      = 8  // nested headings kept
	maxCells      = 64 // spreadsheet cells looked at per row
	maxQuoteScan  = 8192
	maxHeadWords  = 8 // no heading line is longer; one in capitals may reach it
	maxTitleWords = 6 // a line read as a title by its words alone: title case, a colon, a number
)

func numbered(kind int) bool { return kind >= mkNum && kind <= mkID }

type span struct{ start, end int }

type qrec struct {
	span
	line int
	sec  int    // index into the section versions, -1 for none
	id   string // the customer's own number or id for it, "" for none
	form bool   // the label of a form's field, on a line or in a cell of its own
}

type heading struct {
	fam, depth int
	line       int
	// first: no heading or question before it; blank: a blank line came
	// after it. Both: it stands alone above the paste, titling all of it.
	first, blank bool
	// held: a question was read under it.
	held bool
	// run: the titles of its style it nested under straight, itself
	// included; more than one says it nested in the heading below it.
	run TitleRun
	id  string // its number ("4"): its id should it turn out to be an item

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
	form    bool // a form's field ("Vendor Name"): the next line is never its continuation
	field   bool // …and still the label alone, nothing joined to it: a Question.Form
	marked  bool // its options came as bullets: an unmarked line ends them
	connEnd bool // its last line ended with a connecting word ("and", "of")
	capEnd  bool // …or with a capitalised word ("Business Continuity" may go on)
	notice  bool // only a notice so far ("Please note …"): context for the question after it
	lastLen int  // bytes of its last line as cleaned: a long one may be hard-wrapped
	qword   bool // it opens with a question word: without its "?" it may go on
	id      string
}

// pending is a numbered short title ("4. Access Control") that is either a heading
// or a terse item; the next line decides.
type pending struct {
	active bool
	kind   int
	depth  int
	indent int
	line   int
	id     string
	doc    bool // a bullet naming a document ("- Insurance certificate"): settlePending
	span
}

type cell struct {
	span
	raw               string // the cell as written, trimmed: an id cell's id
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
	// bareLabel: the last heading is a section label alone ("SECTION A"), whose
	// title may follow on the next line.
	bareLabel bool

	hdrActive bool
	hdrQ      int
	hdrS      int
	hdrI      int
	cells     []cell
	qFailEnd  int // no closing quote of a quoted cell before this offset

	// signature: a sign-off ("Thanks,", "Kind regards,") was read, so the lines
	// under it are the sender's name and details until one asks or is marked.
	signature bool

	// more: other content follows the text (SplitBefore), so headings at its
	// end head that content and are not its last items.
	more bool

	// blankAbove: the line before the one being read was blank, or there
	// was none; blankLast: the last line read was. lineEnd: where the line
	// being read ends. above: the last line with text before the one being
	// read, blank lines between aside; last: the last line with text read.
	blankAbove, blankLast bool
	lineEnd               int
	above, last           string
	// rowLine: the line being read has a tab after its text, a
	// spreadsheet row, if one whose other cells are empty ("\tAudit
	// report\t"); a tab before the text alone may be an indent.
	rowLine bool

	// numLabel is the label of the last numbered heading or question ("3"),
	// which a lettered item under it ("a)") extends to its id ("3.a").
	numLabel string
}

const (
	stHeading  = 1
	stQuestion = 2
)

func (s *splitter) run() {
	s.secCur = -1
	s.blankLast = true
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
		s.lineEnd = end
		if rowEnd := s.line(pos, end, ln); rowEnd > end {
			ln += strings.Count(src[end:rowEnd], "\n")
			end = rowEnd
		}
		pos = end + 1
	}
	s.resolvePending(false)
	s.close()
	if s.afterHeading && !s.more {
		s.endHeadings() // headings with nothing under them are the paste's last items
	}
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
		if n := len(s.stack); n > 0 && s.afterHeading {
			s.stack[n-1].blank = true
		}
		s.blankLast = true
		return end
	}
	s.blankAbove, s.blankLast = s.blankLast, false
	s.above, s.last = s.last, rest
	s.rowLine = strings.IndexByte(raw[i:], '\t') >= 0
	if strings.IndexByte(rest, '\t') >= 0 {
		m, body := parseMarker(rest)
		if m.kind == mkNone || m.kind == mkID || strings.IndexByte(body, '\t') >= 0 {
			if i > 0 && strings.IndexByte(raw[:i], '\t') >= 0 {
				off = pos // keep the leading empty cells
			}
			s.signature = false
			return s.row(off, end, ln)
		}
	}
	if len(rest) > 1 && rest[0] == '|' && strings.IndexByte(rest[1:], '|') >= 0 {
		s.signature = false
		s.pipeRow(rest)
		s.rowCells(ln)
		return end
	}
	if strings.IndexAny(rest, "|,") > 0 && s.headerLine(rest, ln) {
		s.signature = false
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
	if seeLine(body) && m.kind != mkHash && m.kind != mkSection {
		if !(s.open && s.cur.options) || m.kind == mkNone {
			s.close()
		}
		return
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
	if s.signature || (m.kind == mkNone && signOff(txt)) {
		if m.kind == mkNone && !s.forceNew && !asks(txt) {
			// "Kind regards," and the name, title, company and numbers
			// under it, up to a line that asks or is numbered.
			s.out = s.out[:mark]
			s.close()
			s.signature = true
			return
		}
		s.signature = false
	}
	notice := m.kind == mkNone && noticeLine(txt) // "Note: …" is a notice, not a label
	if m.kind != mkHash && m.kind != mkSection && ((!notice && isNoise(txt)) || versionLine(txt) || (m.kind == mkNone && greetingLine(txt)) || ((m.kind == mkNone || m.kind == mkBullet) && endLine(txt))) && !s.midSentence(m, txt) {
		s.out = s.out[:mark]
		if (m.kind == mkNone || m.kind == mkBullet || m.kind == mkCheck) && !(s.open && s.cur.options) {
			s.close()
		}
		return
	}
	if m.kind == mkNone && !s.forceNew && (fillingInstruction(txt) || closingLine(txt)) {
		// "Please answer all questions in English.": how to fill in the form;
		// "Let me know if anything is unclear.": what an e-mail closes with.
		// The lines around it read as if it were not there; a closing line
		// ending with a comma after the questions signs off.
		s.out = s.out[:mark]
		if txt[len(txt)-1] == ',' && (len(s.qs) > 0 || (s.open && s.cur.qlike)) && closingLine(txt) {
			s.close()
			s.signature = true
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
			s.pushHeading(mkHash, m.depth, sp, ln)
			return
		}
	case mkSection:
		if m.bare || !(li.hasQ || li.qstart || li.asks) {
			s.pushHeading(mkSection, 1, sp, ln)
			s.bareLabel = m.bare
			return
		}
		// "Part A: attach your SOC 2 Type 2.": a label over a request is
		// an item of its own.
	}

	id := s.itemID(m)
	if numbered(m.kind) {
		if s.open && optionKind(m.kind) && li.optionLike() && s.takesOptions() {
			s.addOption(sp, li)
			return
		}
		if !forced && li.numberedTitle() {
			d := min(m.depth, maxDepth)
			if m.first || s.numState[m.kind][d] != stQuestion {
				s.close()
				s.pend = pending{active: true, kind: m.kind, depth: m.depth, indent: indent, line: ln, id: id, span: sp}
				return
			}
		}
		s.numState[m.kind][min(m.depth, maxDepth)] = stQuestion
		s.startItem(sp, ln, indent, li, m, id)
		return
	}
	if m.kind != mkNone { // bullet, checkbox, Q1, or an item forced by a lone marker
		if s.open && optionKind(m.kind) && li.optionLike() && s.takesOptions() {
			s.addOption(sp, li)
			s.cur.marked = true
			return
		}
		if s.open && s.cur.item && s.cur.lastEnd == '?' && (m.kind == mkBullet || m.kind == mkCheck) && m.depth > s.cur.indent {
			// A question keeps its sub-bullets: "2. When did you last test your
			// DR plan?" over "   - Was the test successful?". Under a lead-in
			// ("Please answer the following:") they are questions of their own.
			s.join(sp, " ", li)
			return
		}
		if m.kind == mkBullet && !forced && li.numberedTitle() {
			// "• Encryption" over deeper bullets is a heading; among
			// sibling bullets it is a terse request. The next line decides.
			s.close()
			s.pend = pending{active: true, kind: m.kind, depth: m.depth, indent: indent, line: ln, id: id, span: sp, doc: li.document}
			return
		}
		s.startItem(sp, ln, indent, li, m, id)
		return
	}

	s.plain(sp, li, ln, indent, forced, bold, required)
}

// plain handles a line without a marker: it continues the open question, starts
// a new one, or is a heading.
func (s *splitter) plain(sp span, li lineInfo, ln, indent int, forced, bold, required bool) {
	if li.connEnd && sp.end-sp.start < wrapWidth {
		if _, ok := li.headingFamily(bold); ok {
			// "Reviewed by": a label cut short on a joining word, too
			// short for a wrap to have cut it. It heads nothing
			// (notTitle), and the line after it does not continue it.
			li.connEnd, li.cutLabel = false, true
		}
	}
	if li.formTitle && s.open && s.cur.form && !forced {
		// "Vendor Hosting Regions" under "Vendor Name": one more field of the
		// form, where alone it could title a section.
		li.form = true
	}
	if !s.open || forced {
		if fam, ok := s.headingOf(sp, li, bold); ok && !forced && !required {
			s.pushHeading(fam, 0, sp, ln)
			return
		}
		s.start(sp, ln, forced, indent, li)
		s.cur.form, s.cur.field = li.form, li.form
		return
	}
	c := &s.cur
	if (li.form || c.form || c.marked) && !li.lowerStart && !(c.options && !c.marked) {
		// A form field stands alone, and an unmarked line after bulleted
		// options is past them.
		if fam, ok := s.headingOf(sp, li, bold); ok && !required {
			s.pushHeading(fam, 0, sp, ln)
			return
		}
		s.start(sp, ln, false, indent, li)
		s.cur.form, s.cur.field = li.form, li.form
		return
	}
	if c.lastEnd == '?' && !li.hasQ && !li.qstart && !li.asks && vendorVoice(s.out[sp.start:sp.end]) {
		if askerRelies(s.out[sp.start:sp.end]) {
			// "We are a SOX filer and rely on your controls." under a
			// question: the asker's context for the question after it,
			// kept as a notice is (close).
			s.start(sp, ln, false, indent, li)
			s.cur.notice = true
			return
		}
		// "We use AES-256 for all customer data." under "Do you encrypt data at
		// rest?": the vendor's answer left in a filled-in questionnaire.
		s.out = s.out[:sp.start]
		s.close()
		return
	}
	if len(s.qs) == 0 && !li.lowerStart && !c.connEnd && c.lastEnd != ',' && isPreamble(s.out[c.start:c.end]) {
		// "Hi Sam, here are Acme's questions:" over the first question, or the
		// context before it: the preamble is dropped on its own, not with them.
		s.start(sp, ln, false, indent, li)
		return
	}
	if li.notice && c.qlike && !c.options {
		// "NB: payroll runs weekly." right under a question annotates it; one
		// opening a paragraph is the context of the question after it.
		s.join(sp, " ", li)
		return
	}
	colon := (c.options && !c.marked) || c.lastEnd == ':'
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
	if fam, ok := s.headingOf(sp, li, bold); ok && !required {
		s.pushHeading(fam, 0, sp, ln)
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
	case s.wrapped(li):
		s.join(sp, " ", li)
	default:
		s.start(sp, ln, false, indent, li)
	}
}

// headingOf reads the line sp, read as li, as a heading, and says of which
// family: none when its shape is no title's or when it is page furniture or
// a label (notTitle).
func (s *splitter) headingOf(sp span, li lineInfo, bold bool) (int, bool) {
	if li.report && !li.title && !li.caps {
		li.alone = s.standsAlone()
	}
	fam, ok := li.headingFamily(bold)
	if !ok || notTitle(s.out[sp.start:sp.end], li) {
		return 0, false
	}
	return fam, true
}

// wrapWidth is the length from which a line without closing punctuation reads
// as cut by a wrap (an e-mail client's, a PDF column's) rather than ended by
// its writer.
const wrapWidth = 60

// wrapped: the line li, which follows an open question whose last line has no
// closing punctuation and does not end in a joining word, continues that
// question rather than starting an item of its own. It does when it does not
// start with a capital, when it completes a question ("Does your organisation
// hold a current" over "SOC 2 Type II report?"), and, when it neither opens a
// question or a request nor says anything itself, after a line as long as a
// wrapped one ("… maintains a documented" over "Business Continuity Plan that
// is tested") or after a question still waiting for its question mark.
// Otherwise two lines that each start with a capital are two items: "Encrypt
// backups" over "Use MFA for admins", "Send the SOC 2 and a bridge letter"
// over "SOC 1 and bridge letter please".
func (s *splitter) wrapped(li lineInfo) bool {
	c := &s.cur
	switch {
	case !li.upperStart:
		return true
	case li.hasQ && !li.qstart && c.qlike:
		return true
	case li.qstart || li.asks || li.states:
		return false
	}
	return c.lastLen >= wrapWidth || c.qword
}

// itemID is the id a question started by marker m takes: its label, a lettered
// label under a numbered one extended by it ("3.a"), "" for bullets. A numbered
// label becomes the one later lettered items extend.
func (s *splitter) itemID(m marker) string {
	switch m.kind {
	case mkNum, mkID, mkQ:
		s.numLabel = m.label
		return m.label
	case mkLowerAlpha, mkLowerRoman, mkUpperAlpha, mkUpperRoman:
		if m.label != "" && s.numLabel != "" {
			return s.numLabel + "." + m.label
		}
		return m.label
	}
	return ""
}

// startItem opens the item marker m starts on sp. Context sentences open just
// before it ("We are a bank regulated by the OCC." over "1. Do you hold a SOC
// 1?") open its text, as they open an unmarked question's.
func (s *splitter) startItem(sp span, ln, indent int, li lineInfo, m marker, id string) {
	ctx := s.contextBefore(sp, li)
	s.endSiblingHeadings(m, ctx)
	if ctx {
		s.join(sp, " ", li)
		s.cur.item, s.cur.indent = true, indent
	} else {
		s.start(sp, ln, true, indent, li)
	}
	s.cur.id = id
}

// contextBefore: the open text is context for the item on sp, the arena's tail:
// a notice, or sentences closed by a full stop that neither ask nor are an item,
// a form's field, a lead-in or the preamble, and the item asks or requests. A
// line closed otherwise ("Clients (Workstation, Laptops, etc.)") may title the
// items under it, so it is left alone.
func (s *splitter) contextBefore(sp span, li lineInfo) bool {
	c := &s.cur
	if !s.open || c.item || c.qlike || c.form || c.options || c.marked ||
		c.end != sp.start || !(li.hasQ || li.qstart) {
		return false
	}
	t := s.out[c.start:c.end]
	last := t[bytes.LastIndexByte(t, ' ')+1:]
	if !c.notice && (c.lastEnd != '.' || len(last) == 0 || last[len(last)-1] != '.' || !sentenceEnd(last)) {
		return false
	}
	return !(len(s.qs) == 0 && isPreamble(t))
}

// endSiblingHeadings closes headings that were items of the same list as m at
// its level or deeper: "2. Do you …?" after "1. Access Control" is outside it.
// keepOpen leaves the open text open: it is the context of m's item, under the
// headings that are left.
func (s *splitter) endSiblingHeadings(m marker, keepOpen bool) {
	n := len(s.stack)
	for n > 0 && s.stack[n-1].fam == m.kind && s.stack[n-1].depth >= m.depth {
		n--
	}
	if n == len(s.stack) {
		return
	}
	if !keepOpen {
		s.close()
	}
	// With keepOpen, "4. Pen test summary" over context for "5. …":
	// nothing came under the heading, so it was an item of the list; its
	// line is kept, before the context that opens the next item.
	s.unstack(n, keepOpen)
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
