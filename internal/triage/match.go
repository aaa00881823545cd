package triage

// The matcher: it runs the indexed phrases over a tokenized question, with a mask
// of word positions per term for questions of up to 64 words, and records the hits.

import (
	"math/bits"
	"slices"
	"sort"
	"strings"
)

// patHit is one place where a pattern matched: tokens from..to inclusive (byte
// offsets for the catalogues' terms), with the pattern's rule and role.
type patHit struct {
	pat      int32
	from, to int32
	rule     int32
	role     int16
}

// match runs every pattern over the tokenized question in s, recording hits, and
// lists the rules whose patterns matched in s.rules, in table order.
func (e *Engine) match(s *scratch) {
	s.hits = s.hits[:0]
	// Each word is looked up once: its number, its stem's, and the prefix words it
	// starts with (s.pes[s.peEnd[wi-1]:s.peEnd[wi]]).
	s.pes, s.peEnd = s.pes[:0], s.peEnd[:0]
	for _, ti := range s.words {
		t := &s.toks[ti]
		s.lookUp(t)
		n := len(s.pes)
		s.pes = e.ix.wordPrefixes(s.pes, t)
		if !t.known() && s.wd != nil && len(t.text) >= minTypoLen {
			// A word no phrase reads may be a slip for one that a phrase does. A
			// word only a prefix reads may be one too ("backround" begins like
			// "back*", "annualy" like "annual*"), when the slip is a letter
			// dropped inside it (a changed letter or a missing ending is more often
			// another form of the word: "resolves", "reviewer", "resolve"), no
			// prefix reads it as its stem and an ending ("complains" is "complain*"
			// and "s") and the word it is a slip for keeps every prefix reading.
			if c := s.wd.correct(t.text, &s.tbuf); c != "" && (len(s.pes) == n || droppedInside(t.text, c) && keepsPrefixes(s.pes[n:], t.text, c)) {
				s.reads = append(s.reads, readAs{start: t.start, end: t.end, read: c})
				t.text = c
				s.reread(t)
				s.pes = e.ix.wordPrefixes(s.pes[:n], t)
			}
		}
		s.peEnd = append(s.peEnd, int32(len(s.pes)))
	}
	if n := (len(e.rules) + 63) / 64; len(s.rbits) != n {
		s.rbits = make([]uint64, n)
		s.rroles = make([]uint64, len(e.rules))
		s.vetoed = make([]uint32, len(e.rules))
		s.within = make([]uint32, len(e.rules))
	}
	s.masked = !s.plain && len(s.words) <= 64 && e.ix.masked
	if s.masked {
		e.termMasks(s)
	}
	e.tryWords(s, false)
	// The rules touched, in table order.
	s.rules = s.rules[:0]
	for i, b := range s.rbits {
		for b != 0 {
			s.rules = append(s.rules, int32(i*64+bits.TrailingZeros64(b)))
			b &= b - 1
		}
		s.rbits[i] = 0
	}
}

// tryWords tries, at each word of the question, the phrases that start with it:
// by its word number (and its stem's) and by its prefixes. reversed takes the
// catalogue terms written in the other order instead.
func (e *Engine) tryWords(s *scratch, reversed bool) {
	exact, exactG := e.ix.exact, e.ix.exactG
	if reversed {
		exact, exactG = e.ix.rexact, e.ix.rexactG
	}
	// The groups of a list, read by pick; an index without them reads every list whole.
	groups := func(id int32) *candGroups {
		if int(id) < len(exactG) {
			return exactG[id]
		}
		return nil
	}
	from := int32(0)
	for wi, ti := range s.words {
		t := &s.toks[ti]
		if t.id >= 0 {
			e.tryAll(s, exact[t.id], groups(t.id), wi)
		}
		if t.sid >= 0 {
			e.tryAll(s, exact[t.sid], groups(t.sid), wi)
		}
		for _, pe := range s.pes[from:s.peEnd[wi]] {
			if reversed {
				e.tryAll(s, pe.rphrases, pe.rgroups, wi)
			} else {
				e.tryAll(s, pe.phrases, pe.groups, wi)
			}
		}
		from = s.peEnd[wi]
	}
}

// tryAll matches the candidate phrases at word wi and records each hit for every
// pattern using the phrase.
func (e *Engine) tryAll(s *scratch, cands []cand, groups *candGroups, wi int) {
	t0 := &s.toks[s.words[wi]]
	masked := s.masked
	phrases := e.ix.phrases
	down := -1 // whether the asker turns down word wi (turnedDown), once a veto asks
	for _, ci := range s.pick(cands, groups, phrases) {
		c := &cands[ci]
		ph := &phrases[c.phrase]
		if ph.catOnly {
			if ph.nmore == 0 && s.seen[ph.first.pat] == s.gen {
				continue // scored already: a term counts once
			}
		}
		// A phrase of one or two terms is matched from its candidate entry.
		var end int
		switch {
		case ph.nterms == 1:
			end = wi
		case ph.nterms == 2 && masked:
			k, ok := s.secondTerm(int32(c.need[0]), ph.gap, wi+1) // a phrase of two terms has its second as anchor
			if !ok {
				continue
			}
			end = k
		default:
			k, ok := e.matchFrom(s, ph.terms, 1, wi+1)
			if !ok {
				continue
			}
			end = k
		}
		if ph.vetoes {
			// Most phrases matched are vetoes only, shared by many rules' not lists
			// ("@control_subject"), which need no place: each rule is marked.
			if down < 0 {
				down = b2i(turnedDown(s.toks, s.words[wi]))
			}
			if down == 0 {
				p, more := e.ix.users(ph)
				vetoed, gen := s.vetoed, s.gen
				vetoed[p.rule] = gen
				for k := range more {
					vetoed[more[k].rule] = gen
				}
			}
			continue
		}
		// Where the phrase stands, by word (for the rules) and by byte (for the
		// catalogues): the same for every pattern using it. Only the catalogues'
		// roles read the bytes.
		last := s.words[end]
		at := patHit{from: int32(s.words[wi]), to: int32(last)}
		var atBytes patHit
		if ph.catUsers {
			atBytes = patHit{from: int32(t0.start), to: int32(s.toks[last].end)}
		}
		p, more := e.ix.users(ph)
		for k := -1; k < len(more); k++ {
			if k >= 0 {
				p = &more[k]
			}
			pi := p.pat
			// The roles are told apart by one switch: a veto, the role most users
			// of the matched phrases have, no longer waits on six tests first. Only
			// catalogue terms (roleCat) are ever in the other order (p.rev).
			switch p.role {
			case roleNot:
				// A veto only needs to be noted for its rule: it is never evidence or a
				// negation's subject, alone it fires no rule, and nothing reads whether
				// its pattern was seen. A veto the asker turns down ("the full policy,
				// not a summary") does not veto.
				if down < 0 {
					down = b2i(turnedDown(s.toks, s.words[wi]))
				}
				if down == 0 {
					s.vetoed[p.rule] = s.gen
				}
			case roleSubj:
				if s.vocab {
					s.seen[pi] = s.gen
					s.subj |= 1 << uint(p.rule)
				}
			case roleCatWithin, roleAreaWithin:
				if s.vocab {
					e.senseHit(s, atBytes.of(p))
				}
			case roleCat, roleArea:
				if p.rev {
					if s.vocab && s.seen[pi] != s.gen {
						h := atBytes.of(p)
						if len(s.vsense) == 0 || !s.otherSense(&h) {
							s.rhits = append(s.rhits, h)
						}
					}
					continue
				}
				if s.vocab && s.seen[pi] != s.gen {
					if len(s.vsense) > 0 {
						h := atBytes.of(p)
						if s.otherSense(&h) {
							// Not seen: the term may still count where it stands elsewhere.
							s.vread = append(s.vread, h)
							continue
						}
					}
					s.seen[pi] = s.gen
					if p.role == roleCat {
						s.cat[p.rule] += p.w
					} else {
						s.area[p.rule] += p.w
					}
					// Byte offsets, not token indexes: a later pass with the heading
					// re-tokenizes, and the evidence quotes the question's own words.
					s.vhits = append(s.vhits, atBytes.of(p))
				}
			case roleWithin:
				s.hits = append(s.hits, at.of(p))
				s.within[p.rule] = s.gen
			default:
				s.hits = append(s.hits, at.of(p))
				if s.seen[pi] != s.gen {
					s.seen[pi] = s.gen
					// The rule's first hit of the pass starts its roles afresh: keep is
					// all ones once the rule is marked. No branch: whether a hit is its
					// rule's first follows no pattern a predictor learns.
					rb := &s.rbits[p.rule>>6]
					keep := -(*rb >> (p.rule & 63) & 1)
					*rb |= 1 << (p.rule & 63)
					s.rroles[p.rule] = s.rroles[p.rule]&keep | roleBit(p.role)
				}
			}
		}
	}
}

// of returns the hit of the pattern u at the place of at.
func (at patHit) of(u *user) patHit {
	at.pat, at.rule, at.role = u.pat, u.rule, u.role
	return at
}

// pick returns the indexes of the candidates worth matching, in order: those whose
// anchors (cand.need) the question's words satisfy, when the term masks are set, and
// only those the pass reads (the catalogue-only phrases come last in a list). A
// long list is read by its groups, when it has them. The result is in s.picked,
// valid until the next call.
func (s *scratch) pick(cands []cand, groups *candGroups, phrases []phrase) []int32 {
	if !s.vocab {
		cands = cands[:sort.Search(len(cands), func(i int) bool { return phrases[cands[i].phrase].catOnly })]
	}
	picked := slices.Grow(s.picked[:0], len(cands))[:len(cands)]
	s.picked = picked
	if !s.masked {
		for i := range picked {
			picked[i] = int32(i)
		}
		return picked
	}
	if groups != nil {
		return s.pickGroups(len(cands), groups)
	}
	// Every candidate is written and kept by its bits alone: most are dropped, and
	// a branch per candidate would be mispredicted often.
	// The candidates are read in place, and s.has once as a slice: copying each
	// candidate to the stack and checking s.has for nil in the loop cost a store
	// and three loads per candidate, about 400 of each per question.
	has, n := s.has[:], 0
	for i := range cands {
		a, b := uint(cands[i].need[0]), uint(cands[i].need[1])
		picked[n] = int32(i)
		n += b2i(has[a>>6]&(1<<(a&63)) != 0) & b2i(has[b>>6]&(1<<(b&63)) != 0)
	}
	return picked[:n]
}

// pickGroups is pick for a list read by its groups: it keeps the candidates of the
// first n whose two anchors the question's words satisfy, in order, as reading the
// list whole does. The groups interleave in the list: the candidates kept are marked
// in a bit set and read from it in order.
func (s *scratch) pickGroups(n int, g *candGroups) []int32 {
	var kept [maxGrouped / 64]uint64
	has, from := s.has, 0
	for _, gr := range g.groups {
		to := int(gr.end)
		if has.has(int32(gr.key)) {
			for _, m := range g.members[from:to] {
				if int(m.idx) < n && has.has(int32(m.other)) {
					kept[m.idx>>6%uint16(len(kept))] |= 1 << (m.idx & 63)
				}
			}
		}
		from = to
	}
	picked := s.picked[:0]
	for w, b := range kept[:(n+63)/64] {
		for ; b != 0; b &= b - 1 {
			picked = append(picked, int32(w*64+bits.TrailingZeros64(b)))
		}
	}
	s.picked = picked
	return picked
}

// maxMaskedTerms is the most terms an index may number and still match with the
// masks (index.masked): a termSet holds their numbers 0…maxMaskedTerms-1 and the
// anchor of the phrases of one term, numbered maxMaskedTerms at most, and a
// candidate's anchors (cand.need) hold them in 16 bits. An index with more matches
// without the masks.
const maxMaskedTerms = 1<<16 - 1

// termSet holds a bit per term of the index: the terms some word of the question
// satisfies (termMasks). Its size is fixed, so that a term's word is found without
// a bounds check: pick reads two bits for every candidate of the question's words.
type termSet [(maxMaskedTerms + 1) / 64]uint64

// word returns the word of s that holds the bit of term id.
func (s *termSet) word(id int32) *uint64 { return &s[uint32(id)>>6%uint32(len(s))] }

// has reports whether term id is marked.
func (s *termSet) has(id int32) bool { return *s.word(id)&(1<<(uint32(id)&63)) != 0 }

// termMasks records, for every term the question's words satisfy, the positions
// of those words (bit k: word k), and where each word's clause and sentence end.
// It serves questions of up to 64 words; matchFrom reads the masks.
func (e *Engine) termMasks(s *scratch) {
	if len(s.tm) < e.ix.nterms {
		s.tm = make([]uint64, e.ix.nterms)
	}
	if s.has == nil {
		s.has = new(termSet)
	}
	clear(s.has[:e.ix.nterms/64+1])
	s.has[e.ix.nterms/64] |= 1 << (e.ix.nterms % 64) // the anchor of the phrases of one term
	tm, has := s.tm, s.has
	mark := func(terms []int32, bit uint64) {
		for _, id := range terms {
			// A term's first word this question replaces what an earlier
			// question left in its mask: keep is all ones once the term is marked.
			w := has.word(id)
			keep := -(*w >> (id & 63) & 1)
			tm[id] = tm[id]&keep | bit
			*w |= 1 << (id & 63)
		}
	}
	n := len(s.words)
	s.clEnd = slices.Grow(s.clEnd[:0], n)[:n]
	s.sentEnd = slices.Grow(s.sentEnd[:0], n)[:n]
	from := int32(0)
	for wi := range n {
		t := &s.toks[s.words[wi]]
		bit := uint64(1) << wi
		if t.flags&formListed != 0 { // the word's terms, listed when the index was built
			mark(e.ix.fterms[t.tfrom:t.tto], bit)
			from = s.peEnd[wi]
			continue
		}
		if t.id >= 0 {
			mark(e.ix.terms[t.id], bit)
		}
		if t.sid >= 0 {
			mark(e.ix.terms[t.sid], bit)
		}
		for _, pe := range s.pes[from:s.peEnd[wi]] {
			mark(pe.terms, bit)
		}
		from = s.peEnd[wi]
	}
	for wi := n - 1; wi >= 0; wi-- {
		s.clEnd[wi], s.sentEnd[wi] = int32(n), int32(n)
		if wi+1 < n {
			t, next := &s.toks[s.words[wi]], &s.toks[s.words[wi+1]]
			if next.span == t.span {
				s.clEnd[wi] = s.clEnd[wi+1]
			} else {
				s.clEnd[wi] = int32(wi + 1)
			}
			if next.sent == t.sent {
				s.sentEnd[wi] = s.sentEnd[wi+1]
			} else {
				s.sentEnd[wi] = int32(wi + 1)
			}
		}
	}
}

// matchFrom matches terms[ti:] starting at word wi; it returns the word index of
// the last term matched. The first term has already matched at wi-1.
func (e *Engine) matchFrom(s *scratch, terms []term, ti, wi int) (int, bool) {
	if ti == len(terms) {
		return wi - 1, true
	}
	t := &terms[ti]
	if s.masked {
		return e.matchMasked(s, terms, ti, wi)
	}
	prev := &s.toks[s.words[wi-1]]
	for k := wi; k <= wi+t.gap && k < len(s.words); k++ {
		tok := &s.toks[s.words[k]]
		if tok.sent != prev.sent || (tok.span != prev.span && t.gap < longGap) {
			break
		}
		if end, ok := e.matchAt(s, terms, ti, k); ok {
			return end, true
		}
	}
	if lo, hi, ok := s.carried(t.gap, wi); ok {
		for k := max(lo, wi+t.gap+1); k < hi; k++ {
			if end, ok := e.matchAt(s, terms, ti, k); ok {
				return end, true
			}
		}
	}
	return 0, false
}

// matchAt matches terms[ti:] with term ti at word k.
func (e *Engine) matchAt(s *scratch, terms []term, ti, k int) (int, bool) {
	t := &terms[ti]
	tok := &s.toks[s.words[k]]
	for ai := range t.alts {
		if t.alts[ai].matches(tok) {
			return e.matchFrom(s, terms, ti+1, k+1)
		}
	}
	return 0, false
}

// window returns, one bit each, the words from wi on that a term with the given
// gap may stand at after a term matched at word wi-1: within the gap and the
// span (token.span: the clause, or its part after ", and how"), or the sentence for
// a long gap.
func (s *scratch) window(gap, wi int) uint64 {
	limit := min(wi+gap+1, len(s.words))
	if gap < longGap {
		limit = min(limit, int(s.clEnd[wi-1]))
	} else {
		limit = min(limit, int(s.sentEnd[wi-1]))
	}
	var m uint64
	if limit > wi {
		m = (uint64(1)<<limit - 1) &^ (uint64(1)<<wi - 1)
	}
	if lo, hi, ok := s.carried(gap, wi); ok {
		m |= (uint64(1)<<hi - 1) &^ (uint64(1)<<lo - 1)
	}
	return m
}

// carrySubject is how many words after the first of the part before a second
// question its subject may start: "Is access to production restricted", "Do you
// keep an incident plan". Words further on qualify the part, not its subject.
// carryAfter is how many words after the pronoun may finish the phrase: the verb
// of a passive question ("how often is it tested", "when was it last exercised").
const (
	carrySubject = 4
	carryAfter   = 2
)

// carried returns the words [lo, hi) of a second question that refers back with a
// pronoun (token.back) where a term with the given gap may stand after a term
// matched at word wi-1 among the first words of the part before it: the pronoun
// stands for that part's subject, so the words between do not count ("Is access to production
// restricted, and who reviews it?" reads access reviewed). The words before the
// pronoun in its part are its verb and question word ("who reviews it").
func (s *scratch) carried(gap, wi int) (lo, hi int, ok bool) {
	lo = int(s.carryLo)
	if lo <= 0 || gap >= longGap || wi-1 >= lo || wi-1 < int(s.carryFrom) || wi-1 > int(s.carryFrom)+carrySubject {
		return 0, 0, false
	}
	hi = min(int(s.carryAt)+carryAfter, int(s.carryEnd))
	return lo, hi, hi > lo
}

// secondTerm is matchMasked for the second and last term of a phrase, the term id
// with the given gap, when the first matched at word wi-1: it returns the first
// word in the window that satisfies it.
func (s *scratch) secondTerm(id int32, gap int8, wi int) (int, bool) {
	m := s.termWords(id) & s.window(int(gap), wi)
	if m == 0 {
		return 0, false
	}
	return bits.TrailingZeros64(m), true
}

// termWords returns the mask of the words that satisfy term id (bit k: word k), 0
// when no word of the question does.
func (s *scratch) termWords(id int32) uint64 {
	if !s.has.has(id) {
		return 0
	}
	return s.tm[id]
}

// matchMasked is matchFrom for a question whose term masks are set: the words
// that may stand for term ti are the set bits of its mask within the window the
// gap, the clause and the sentence allow, tried in order.
func (e *Engine) matchMasked(s *scratch, terms []term, ti, wi int) (int, bool) {
	t := &terms[ti]
	m := s.termWords(t.id) & s.window(t.gap, wi)
	for m != 0 {
		k := bits.TrailingZeros64(m)
		m &= m - 1
		if end, ok := e.matchFrom(s, terms, ti+1, k+1); ok {
			return end, true
		}
	}
	return 0, false
}

// turnedDown reports whether the word at toks[i] follows "not" in its clause, an
// article or one alternative apart ("the full document, not a summary", "not an
// excerpt or summary"): the asker rules out what it names.
func turnedDown(toks []token, i int) bool {
	other := false
	for j := i - 1; j >= 0 && j >= i-5 && toks[j].cl == toks[i].cl; j-- {
		switch toks[j].text {
		case "a", "an", "the":
			continue
		case "not":
			return true
		case "or", "nor":
			if j > 0 && !other {
				other = true
				j-- // the alternative before "or"
				continue
			}
		}
		return false
	}
	return false
}

// droppedInside reports whether c is w with a letter put back before its end.
func droppedInside(w, c string) bool {
	return len(c) == len(w)+1 && c[:len(w)] != w
}

// keepsPrefixes reports whether every prefix of pes begins c, the word read for w,
// and none reads w as a stem and an ending.
func keepsPrefixes(pes []*prefixEntry, w, c string) bool {
	for _, pe := range pes {
		if !strings.HasPrefix(c, pe.word) || wordEndings[w[len(pe.word):]] {
			return false
		}
	}
	return true
}

// wordEndings are the endings that make another form of a word from its stem.
var wordEndings = map[string]bool{
	"": true, "s": true, "es": true, "d": true, "ed": true, "ing": true, "er": true, "ers": true,
	"ly": true, "al": true, "ally": true, "ion": true, "ions": true, "ation": true, "ations": true,
	"ment": true, "ments": true, "ive": true, "ity": true, "ies": true, "or": true, "ors": true,
	"ant": true, "ants": true, "ance": true, "ence": true, "ness": true, "able": true, "ible": true,
}
