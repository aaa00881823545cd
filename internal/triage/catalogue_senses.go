package triage

import "strings"

// Words read another way in the catalogues: an entry's except_within phrases name
// the contexts in which its terms take another sense ("log out" is no event log,
// "hardened doors" no hardened system, "badge access" no logical access). A term of
// the entry whose hit begins inside a hit of one of them does not count for it; the
// same term elsewhere in the question still does. The evidence quotes the phrase.

// withinRole returns the role of the except_within phrases of the catalogue whose
// terms have the role termRole.
func withinRole(termRole int16) int16 {
	if termRole == roleArea {
		return roleAreaWithin
	}
	return roleCatWithin
}

// otherSense reports whether the catalogue term hit h begins inside a hit of one
// of its entry's except_within phrases.
func (s *scratch) otherSense(h *patHit) bool {
	role := withinRole(h.role)
	for i := range s.vsense {
		w := &s.vsense[i]
		if w.role == role && w.rule == h.rule && w.from <= h.from && h.from < w.to {
			return true
		}
	}
	return false
}

// senseHit records w, a hit of a catalogue entry's except_within phrase, and takes
// back the entry's terms counted at the same word, which the phrase begins: terms
// that begin later are checked as they match (otherSense).
func (e *Engine) senseHit(s *scratch, w patHit) {
	s.vsense = append(s.vsense, w)
	term := roleCat
	if w.role == roleAreaWithin {
		term = roleArea
	}
	i := len(s.vhits)
	for i > 0 && s.vhits[i-1].from >= w.from {
		i--
	}
	out, taken := i, false
	for _, h := range s.vhits[i:] {
		if h.role == term && h.rule == w.rule && h.from < w.to {
			s.seen[h.pat] = 0 // the term may still count where it stands elsewhere
			s.vread = append(s.vread, h)
			taken = true
			continue
		}
		s.vhits[out] = h
		out++
	}
	s.vhits = s.vhits[:out]
	if !taken {
		return
	}
	// The entry's score again from the hits kept: subtracting could leave a
	// rounding error where no term counts.
	var v float32
	for _, h := range s.vhits {
		if h.role == term && h.rule == w.rule {
			v += e.pats[h.pat].w
		}
	}
	if term == roleCat {
		s.cat[w.rule] = v
	} else {
		s.area[w.rule] = v
	}
}

// readOtherwise reports whether a term of catalogue c was not counted in the
// question last matched for standing in one of its entry's except_within phrases.
func (c *vocabCatalogue) readOtherwise(s *scratch) bool {
	for i := range s.vread {
		if s.vread[i].role == c.role {
			return true
		}
	}
	return false
}

// appendOtherSenses appends to b, for the evidence, each except_within phrase of
// catalogue c that kept a term from counting: `read another way: "log out" (not
// CC7.2)`. sep goes before it when b already lists entries. A phrase is listed once
// for its words and entry, however often the line repeats it, and no more than
// maxOtherSenses are listed: the evidence stays short on a long line.
func (c *vocabCatalogue) appendOtherSenses(b []byte, s *scratch, qtext string, sep string) []byte {
	role := withinRole(c.role)
	var listed [maxOtherSenses]*patHit
	n := 0
	for i := range s.vsense {
		w := &s.vsense[i]
		if w.role != role || int(w.to) > len(qtext) || listedSense(listed[:n], w, qtext) || !c.kept(s, w) {
			continue
		}
		if n == 0 {
			b = append(b, sep...)
			b = append(b, "read another way:"...)
		} else {
			b = append(b, ',')
		}
		listed[n] = w
		n++
		b = append(b, ` "`...)
		b = append(b, qtext[w.from:w.to]...)
		b = append(b, `" (not `...)
		id := c.ids[w.rule]
		if c.title != nil {
			id = c.title(id)
		}
		b = append(b, id...)
		b = append(b, ')')
		if n == maxOtherSenses {
			break
		}
	}
	return b
}

// maxOtherSenses is the most phrases read another way that one evidence lists.
const maxOtherSenses = 4

// kept reports whether the except_within hit w kept a term of its entry from counting.
func (c *vocabCatalogue) kept(s *scratch, w *patHit) bool {
	for i := range s.vread {
		h := &s.vread[i]
		if h.role == c.role && h.rule == w.rule && w.from <= h.from && h.from < w.to {
			return true
		}
	}
	return false
}

// listedSense reports whether a phrase of listed has w's entry and, in any case,
// its words.
func listedSense(listed []*patHit, w *patHit, qtext string) bool {
	for _, l := range listed {
		if l.rule == w.rule && strings.EqualFold(qtext[l.from:l.to], qtext[w.from:w.to]) {
			return true
		}
	}
	return false
}
