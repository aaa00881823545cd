package split

import "strings"

// Headings: a numbered title held until the next line decides it, and the stack
// of section headings above the current question.

// settlePending decides a held numbered title by the line after it: a sibling item
// or a lower-case continuation makes it a question, anything else a heading. A
// held bullet naming a document ("- Insurance certificate") is a heading only
// over deeper bullets, the parts of it asked about; over anything else it is
// the document asked for.
func (s *splitter) settlePending(kind, depth int, lowerStart bool) {
	if !s.pend.active {
		return
	}
	if s.pend.doc {
		s.settle((kind == mkBullet || kind == mkCheck) && depth > s.pend.depth)
		return
	}
	s.settle(!(kind == s.pend.kind && depth == s.pend.depth) && !lowerStart)
}

// resolvePending settles a held numbered title as a heading or as a question
// where no line after it decides: a held bullet naming a document is a
// question then.
func (s *splitter) resolvePending(asHeading bool) {
	s.settle(asHeading && !s.pend.doc)
}

// settle makes the held title a heading or a question.
func (s *splitter) settle(asHeading bool) {
	p := s.pend
	if !p.active {
		return
	}
	s.pend.active = false
	if asHeading {
		s.pushHeading(p.kind, p.depth, p.span, p.line)
		if n := len(s.stack); n > 0 && s.stack[n-1].start == p.start {
			s.stack[n-1].id = p.id
		}
		return
	}
	if numbered(p.kind) {
		s.numState[p.kind][min(p.depth, maxDepth)] = stQuestion
	}
	li := analyze(s.out[p.start:p.end])
	s.close()
	s.endSiblingHeadings(marker{kind: p.kind, depth: p.depth}, false)
	s.open = true
	s.cur = openQ{span: p.span, line: p.line, item: true, indent: p.indent,
		qlike: li.qstart || li.hasQ || li.asks, lastEnd: li.lastEnd, connEnd: li.connEnd, capEnd: li.capEnd,
		lastLen: p.end - p.start, qword: li.qword, id: p.id}
}

// pushHeading makes sp, read on line ln, the heading of the questions after it.
func (s *splitter) pushHeading(fam, depth int, sp span, ln int) {
	s.close()
	bare := s.bareLabel
	s.bareLabel = false
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
	if n := len(s.stack); bare && s.afterHeading && n > 0 && s.stack[n-1].fam == mkSection {
		switch fam {
		case famCaps, famBold, famColon, famTitle:
			// "SECTION A" over "COMPLIANCE" is one heading on two lines,
			// named by its title as "Section A: Compliance" is.
			s.stack[n-1].span = sp
			s.secDirty = true
			return
		}
	}
	switch s.titleUnder(fam) {
	case TitlePart:
		// A title straight over another: the first is a chapter and this
		// its first part ("Data Protection" over "Encryption at rest").
		// Both head what follows; left with nothing under them at the
		// end, both are items (endHeadings).
		s.pushOn(len(s.stack), fam, depth, sp, ln)
		if n := len(s.stack); n > 1 {
			s.stack[n-1].run = TitleRun{depth: s.stack[n-2].run.depth + 1, doc: s.stack[n-1].run.doc}
		}
		return
	case TitleRunFull:
		// Titles this many deep straight under each other are a list
		// of short lines ("Asset Management" over "Access Control" over
		// …): its lines so far are items, and this one starts afresh.
		s.endHeadings()
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
	if s.afterHeading && cut < len(s.stack) {
		// The heading on top has nothing under it and this one replaces
		// it: it was an item of a list of short lines ("Backups:" over
		// "Disaster recovery:"), not a title.
		s.headingAsItem()
	}
	s.pushOn(cut, fam, depth, sp, ln)
}

// pushOn puts the heading sp on the stack in place of those from cut up, and
// resets the numbering the heading ends.
func (s *splitter) pushOn(cut, fam, depth int, sp span, ln int) {
	if cut == len(s.stack) && cut == maxStack && !s.stack[cut-1].held {
		// No room left: the headings on top with nothing under them are
		// items, under those below, rather than lost.
		s.endHeadings()
		cut = len(s.stack)
	}
	if cut == len(s.stack) && cut == maxStack {
		cut--
	}
	first := len(s.qs) == 0 && len(s.stack) == 0
	s.afterHeading = true
	run := TitleRun{}.add(s.out[sp.start:sp.end])
	s.stack = append(s.stack[:cut], heading{fam: fam, depth: depth, line: ln, first: first, run: run, span: sp})
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

// nests: a heading of this style straight over another of the unnumbered
// title styles is a chapter over its first part, not an item of a list.
// Numbered, Markdown and "Section" headings say their level themselves, and
// labels ending in ":" lead into what follows.
func nests(fam int) bool { return fam == famTitle || fam == famCaps || fam == famBold }

// titleUnder says what a title of family fam read now is to the run of
// titles on top of the stack (TitleRun). A run is open when the heading on top
// is a title of the same style (a title of another style nests as any weaker
// heading does) with nothing under it yet, and is not a first line standing
// alone above a blank one, which titles the whole paste. After questions a
// title of the family of one above them replaces it as before: whether it
// opens a part of the same chapter or the next chapter the lines do not say,
// and a chapter left out misleads less than a wrong one kept.
func (s *splitter) titleUnder(fam int) TitleStep {
	n := len(s.stack)
	if !s.afterHeading || n == 0 || !nests(fam) {
		return TitleStarts
	}
	top := s.stack[n-1]
	if top.fam != fam || top.held || top.first && top.blank {
		return TitleStarts
	}
	return top.run.Next()
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
	case famBold, famTitle, famLead:
		return 3
	case famColon:
		return 4
	}
	return 5
}

// headingAsItem turns the heading on top of the stack, which has no question
// under it, into a question under the headings above it, so that no line of
// the paste is lost when the next line of its kind replaces it (two lines
// ending in ":"). Left alone are a spreadsheet's section column, whose rows
// carry their own questions, and the paste's first line standing alone above
// a blank line: it titles the whole paste ("Acme Corp - Vendor Security
// Assessment").
func (s *splitter) headingAsItem() {
	n := len(s.stack)
	if n == 0 || s.stack[n-1].fam == famColumn {
		return
	}
	h := s.stack[n-1]
	if h.first && h.blank {
		return
	}
	s.unstack(n-1, true)
}

// endHeadings makes an item of the heading left on top at the end of the
// paste with nothing under it, and of each title that the one after it
// nested in by its style alone: "Vendor Management" over "Access Control" as
// the last lines are two items of a list, while "# Security" over "##
// Encryption" is one item under its heading. The items keep the headings
// above them.
func (s *splitter) endHeadings() {
	n := len(s.stack)
	if n == 0 || s.stack[n-1].held || s.stack[n-1].fam == famColumn {
		return
	}
	i := n - 1
	for i > 0 && s.stack[i].run.depth > 1 && !s.stack[i-1].held {
		i--
	}
	s.unstack(i, true)
}

// unstack takes the headings from i up off the stack. With asItems each of
// them that had no question under it becomes an item, under the headings
// left below it, so that no line of the paste is lost; without, they are
// dropped.
func (s *splitter) unstack(i int, asItems bool) {
	var buf [maxStack]heading
	gone := buf[:copy(buf[:], s.stack[i:])]
	s.stack = s.stack[:i]
	s.secDirty = true
	if !asItems {
		return
	}
	for _, h := range gone {
		if !h.held {
			s.emit(h.span, h.line, h.id, false)
		}
	}
}

// standsAlone says whether the line being read, a report's or a summary's
// name in sentence case ("Executive summary", "Audit report"), stands alone
// as a title: a blank line, or the start of the text, above it, or a
// spreadsheet row of its own (tabs around it, "\tAudit report\t"), as in a
// sheet; and no document's name next to it (documentNear). A name among
// others ("SOC 2 report" over "Pen test summary", with or without blank
// lines between) or straight under a question is one of the documents
// asked for.
func (s *splitter) standsAlone() bool {
	return (s.blankAbove || s.rowLine) && !s.documentNear()
}

// documentNear says whether the nearest line with text above or below the
// one being read, blank lines between aside, names a document, as the
// questionnaire reader looks past empty rows around a report's name alone
// on its row.
func (s *splitter) documentNear() bool {
	if DocumentName(s.above) {
		return true
	}
	next := s.src[min(s.lineEnd+1, len(s.src)):]
	for next != "" {
		line := next
		if i := strings.IndexByte(next, '\n'); i >= 0 {
			line, next = next[:i], next[i+1:]
		} else {
			next = ""
		}
		if strings.Trim(line, " \t\r>") != "" {
			return DocumentName(line)
		}
	}
	return false
}

// DocumentName says whether line, bullet or number aside, names a document
// asked for: a few words, no question, ending with one of the documentNouns
// ("Pen test summary", "- Insurance certificate"). The questionnaire reader
// asks it of the rows next to a report's name alone on its row.
func DocumentName(line string) bool {
	_, body := parseMarker(strings.TrimSpace(line))
	body = strings.TrimSpace(body)
	if body == "" || strings.IndexByte(body, '?') >= 0 || strings.Count(body, " ") >= maxHeadWords || OpensQuestion(body) {
		return false
	}
	return namesDocument([]byte(body[strings.LastIndexByte(body, ' ')+1:]))
}
