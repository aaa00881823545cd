package split

// Headings: a numbered title held until the next line decides it, and the stack
// of section headings above the current question.

// settlePending decides a held numbered title by the line after it: a sibling item
// or a lower-case continuation makes it a question, anything else a heading.
func (s *splitter) settlePending(kind, depth int, lowerStart bool) {
	if !s.pend.active {
		return
	}
	s.resolvePending(!(kind == s.pend.kind && depth == s.pend.depth) && !lowerStart)
}

// resolvePending settles a held numbered title as a heading or as a question.
func (s *splitter) resolvePending(asHeading bool) {
	p := s.pend
	if !p.active {
		return
	}
	s.pend.active = false
	if asHeading {
		s.pushHeading(p.kind, p.depth, p.span, p.line)
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
		// it: it was an item of a list of short lines ("Pen test summary"
		// over "Insurance certificate"), not a title.
		s.headingAsItem(false)
	}
	first := len(s.qs) == 0 && len(s.stack) == 0
	s.afterHeading = true
	if cut == len(s.stack) && cut == maxStack {
		cut--
	}
	s.stack = append(s.stack[:cut], heading{fam: fam, depth: depth, line: ln, first: first, span: sp})
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
	case famBold, famTitle, famLead:
		return 3
	case famColon:
		return 4
	}
	return 5
}

// headingAsItem turns the heading on top of the stack, which has no question
// under it, into a question under the headings above it, so that no line of
// the paste is lost: a short line at the end (last), or one replaced by the
// next line of its kind ("Pen test summary" over "Insurance certificate").
// Left alone are a spreadsheet's section column, whose rows carry their own
// questions, and, before other headings, the paste's first line standing
// alone above a blank line: it titles the whole paste ("Acme Corp - Vendor
// Security Assessment").
func (s *splitter) headingAsItem(last bool) {
	n := len(s.stack)
	if n == 0 || s.stack[n-1].fam == famColumn {
		return
	}
	h := s.stack[n-1]
	if h.first && h.blank && !last {
		return
	}
	s.stack = s.stack[:n-1]
	s.secDirty = true
	s.emit(h.span, h.line, "", false)
}
