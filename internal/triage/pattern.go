package triage

import (
	"fmt"
	"math/bits"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unsafe"
)

// A pattern is a phrase of terms matched against the non-stopword tokens of a
// question. Syntax, one phrase per string:
//
//	encrypt* rest          terms in order; "*" makes a prefix; skipWords are ignored
//	mfa|2fa|otp token*     "|" separates single-word alternatives of one term
//	access ~3 review*      "~N" lets up to N other words stand before the next term
//	@financial_system      a lexicon entry: every phrase it lists, in its place
//
// Between two terms one other word may stand unless "~N" says otherwise; the
// sub-words of one written word ("2FA" is "2" then "fa") must be adjacent. A phrase
// stays within one clause unless its gap is ~6 or wider, and always within a sentence.
type pattern struct {
	src   string
	terms []term
	rule  int32
	role  int16   // roleAny, roleNot, roleCat or the index of an "all" group
	w     float32 // roleCat: the term's weight; rule is then a criterion index
}

const (
	roleAny  int16 = -1
	roleNot  int16 = -2
	roleCat  int16 = -3 // a term of the criteria catalogue
	roleArea int16 = -4 // a term of the SOC 1 areas catalogue; rule is an area index
)

const defaultGap = 1

// longGap and wider gaps let a phrase run across clause breaks ("the SOC 2 report
// and, if the period has ended, a bridge letter"); narrower ones stop at the end of
// a clause. No phrase runs across the end of a sentence.
const longGap = 6

type term struct {
	alts []alt
	gap  int   // other words allowed before this term (ignored for the first term)
	id   int32 // the term's number in the index: terms with the same alternatives share it
}

type alt struct {
	word   string
	prefix bool
	id     int32 // an exact word's number in the index (see newIndex)
}

func (a *alt) matches(t *token) bool {
	if a.prefix {
		return len(t.text) >= len(a.word) && t.text[0] == a.word[0] && t.text[:len(a.word)] == a.word
	}
	return a.id == t.id || a.id == t.sid
}

// expandLexicon replaces every @name in a phrase with each phrase of that lexicon
// entry, recursively, and returns the resulting phrases.
func expandLexicon(src string, lex map[string][]string, depth int) ([]string, error) {
	if depth > 8 {
		return nil, fmt.Errorf("lexicon references nest too deep in %q", src)
	}
	fields := strings.Fields(src)
	for i, f := range fields {
		if !strings.HasPrefix(f, "@") {
			continue
		}
		name := f[1:]
		phrases, ok := lex[name]
		if !ok {
			return nil, fmt.Errorf("unknown lexicon entry @%s in %q", name, src)
		}
		var out []string
		for _, ph := range phrases {
			joined := strings.Join(append(append(append([]string{}, fields[:i]...), ph), fields[i+1:]...), " ")
			more, err := expandLexicon(joined, lex, depth+1)
			if err != nil {
				return nil, err
			}
			out = append(out, more...)
		}
		return out, nil
	}
	return []string{src}, nil
}

// compilePhrase parses one expanded phrase into terms.
func compilePhrase(src string) ([]term, error) {
	var tz scratch
	return tz.compilePhrase(src)
}

// compilePhrase parses one phrase with tz's buffers, so that compiling thousands of
// phrases reuses one set.
func (tz *scratch) compilePhrase(src string) ([]term, error) {
	var terms []term
	gap := defaultGap
	chunks := 0
	for _, chunk := range strings.Fields(src) {
		if !strings.HasPrefix(chunk, "~") {
			chunks++
		}
		if strings.HasPrefix(chunk, "~") {
			n, err := strconv.Atoi(chunk[1:])
			if err != nil || n < 0 || n > 12 {
				return nil, fmt.Errorf("bad gap %q in %q (want ~0 … ~12)", chunk, src)
			}
			gap = n
			continue
		}
		if strings.Contains(chunk, "|") {
			var t term
			for _, a := range strings.Split(chunk, "|") {
				prefix := strings.HasSuffix(a, "*")
				a = strings.TrimSuffix(a, "*")
				tz.tokenize(a)
				if len(tz.toks) != 1 {
					return nil, fmt.Errorf("alternative %q in %q must be one word", a, src)
				}
				if tz.toks[0].stop && !prefix {
					return nil, fmt.Errorf("alternative %q in %q is a skipped word and never matches", a, src)
				}
				t.alts = append(t.alts, newAlt(tz.toks[0].text, prefix))
			}
			t.gap = gap
			terms = append(terms, t)
			gap = defaultGap
			continue
		}
		prefix := strings.HasSuffix(chunk, "*")
		tz.tokenize(strings.TrimSuffix(chunk, "*"))
		var words []string
		for _, tk := range tz.toks {
			if !tk.stop {
				words = append(words, strings.Clone(tk.text))
			}
		}
		if len(words) == 0 {
			continue // "point in time": the text skips "in" too
		}
		for i, w := range words {
			t := term{alts: []alt{newAlt(w, prefix && i == len(words)-1)}, gap: 0}
			if i == 0 {
				t.gap = gap
			}
			terms = append(terms, t)
		}
		gap = defaultGap
	}
	if len(terms) == 0 {
		return nil, fmt.Errorf("phrase %q has no words that are not skipWords", src)
	}
	// "which ~2 countr*" would match every "country": a phrase of several words
	// must keep more than one once the skipped words are dropped.
	if chunks > 1 && len(terms) == 1 {
		return nil, fmt.Errorf("phrase %q is one word once skipped words are dropped", src)
	}
	for _, t := range terms {
		for _, a := range t.alts {
			if a.prefix && len(a.word) < 3 {
				return nil, fmt.Errorf("prefix %q* in %q is shorter than 3 letters", a.word, src)
			}
		}
	}
	return terms, nil
}

func newAlt(w string, prefix bool) alt {
	w = strings.Clone(w)
	if prefix {
		return alt{word: w, prefix: true}
	}
	return alt{word: stem(w)}
}

// patHit is one place where a pattern matched: tokens from..to inclusive (byte
// offsets for the catalogues' terms), with the pattern's rule and role.
type patHit struct {
	pat      int32
	from, to int32
	rule     int32
	role     int16
}

// index finds candidate patterns by their first term. Candidate lists are in
// pattern order, so the rules' patterns come before the catalogue's. Every exact
// word of every pattern has a number: a question's words are looked up once, and
// matching compares numbers.
//
// Every distinct term (its set of alternatives) has a number too, and each word
// lists the terms it satisfies. Before matching, a question's words mark the terms
// they satisfy with the word positions (see termMasks), so that matching a term in a
// window of words is a mask operation whatever the number of its alternatives.
type index struct {
	ids     map[string]int32 // exact (stemmed) pattern word -> number
	forms   map[string]form  // see newForms
	exact   [][]cand         // by word number: phrases whose first term is that word
	terms   [][]int32        // by word number: terms with that word as an exact alternative
	nterms  int
	phrases []phrase
	// The prefix words of the terms ("encrypt*") form a tree of their bytes, one
	// tree per first three bytes: a word walks down its tree as far as its bytes
	// lead and meets every prefix word it starts with, shortest first.
	prefix map[uint32]int32 // first three bytes -> the root in pnodes
	pnodes []prefixNode
}

type prefixNode struct {
	next  []prefixEdge
	entry *prefixEntry // the prefix word that ends here, or nil
}

type prefixEdge struct {
	b    byte
	node int32
}

type prefixEntry struct {
	word    string
	phrases []cand  // phrases whose first term has this prefix
	terms   []int32 // terms with this prefix as an alternative
}

// cand is a phrase in a candidate list, with what decides most candidates without
// reading the phrase: its second term, which a question's words must satisfy.
type cand struct {
	phrase  int32
	next    int32 // the number of the phrase's second term, or -1 for a phrase of one term
	catOnly bool  // the phrase's catOnly
}

// phrase is one distinct compiled phrase: many rules (and criteria) share phrases
// through the lexicon, and a phrase is matched once for all the patterns using it.
type phrase struct {
	terms   []term
	users   []user // patterns with this phrase, ascending
	catOnly bool   // used by the catalogue only: phrases with rule users come first
}

// user is a pattern using a phrase, with the fields matching reads, so that a hit
// is recorded without reading the pattern table.
type user struct {
	pat  int32
	rule int32
	role int16
	w    float32
}

// newIndex numbers the exact words, merges identical phrases and indexes them by
// their first term. Phrases are numbered in order of their first pattern, so the
// rules' phrases come before the catalogue-only ones.
func newIndex(pats []pattern) index {
	ix := index{ids: map[string]int32{}, prefix: map[uint32]int32{}}
	for i := range pats {
		for j := range pats[i].terms {
			for k := range pats[i].terms[j].alts {
				a := &pats[i].terms[j].alts[k]
				if a.prefix {
					continue
				}
				id, ok := ix.ids[a.word]
				if !ok {
					id = int32(len(ix.ids))
					ix.ids[a.word] = id
					ix.exact = append(ix.exact, nil)
				}
				a.id = id
			}
		}
	}
	byKey := make(map[string]int32, len(pats))
	var key []byte
	for i, p := range pats {
		key = key[:0]
		for _, t := range p.terms {
			key = strconv.AppendInt(key, int64(t.gap), 10)
			for _, a := range t.alts {
				key = append(key, ' ')
				key = append(key, a.word...)
				if a.prefix {
					key = append(key, '*')
				}
			}
			key = append(key, ';')
		}
		ph, ok := byKey[string(key)]
		if !ok {
			ph = int32(len(ix.phrases))
			byKey[string(key)] = ph
			ix.phrases = append(ix.phrases, phrase{terms: p.terms, catOnly: p.role == roleCat || p.role == roleArea})
		}
		ix.phrases[ph].users = append(ix.phrases[ph].users, user{pat: int32(i), rule: p.rule, role: p.role, w: p.w})
	}
	ix.newForms()
	prefixTerms := ix.numberTerms(pats)
	byPrefix := map[string][]cand{}
	for i, ph := range ix.phrases {
		c := cand{phrase: int32(i), next: -1, catOnly: ph.catOnly}
		if len(ph.terms) > 1 {
			c.next = ph.terms[1].id
		}
		for _, a := range ph.terms[0].alts {
			if a.prefix {
				byPrefix[a.word] = appendUnique(byPrefix[a.word], c)
			} else {
				ix.exact[a.id] = appendUnique(ix.exact[a.id], c)
			}
		}
	}
	for w := range prefixTerms {
		if _, ok := byPrefix[w]; !ok {
			byPrefix[w] = nil
		}
	}
	words := make([]string, 0, len(byPrefix))
	for w := range byPrefix {
		words = append(words, w)
	}
	sort.Strings(words)
	for _, w := range words {
		ix.addPrefix(&prefixEntry{word: w, phrases: byPrefix[w], terms: prefixTerms[w]})
	}
	return ix
}

// addPrefix puts a prefix word in its tree.
func (ix *index) addPrefix(pe *prefixEntry) {
	n, ok := ix.prefix[key3(pe.word)]
	if !ok {
		n = int32(len(ix.pnodes))
		ix.pnodes = append(ix.pnodes, prefixNode{})
		ix.prefix[key3(pe.word)] = n
	}
	for i := 3; i < len(pe.word); i++ {
		next := int32(-1)
		for _, ed := range ix.pnodes[n].next {
			if ed.b == pe.word[i] {
				next = ed.node
				break
			}
		}
		if next < 0 {
			next = int32(len(ix.pnodes))
			ix.pnodes = append(ix.pnodes, prefixNode{})
			ix.pnodes[n].next = append(ix.pnodes[n].next, prefixEdge{b: pe.word[i], node: next})
		}
		n = next
	}
	ix.pnodes[n].entry = pe
}

// prefixes appends to pes the prefix words w starts with, shortest first.
func (ix *index) prefixes(pes []*prefixEntry, w string) []*prefixEntry {
	if len(w) < 3 {
		return pes
	}
	n, ok := ix.prefix[key3(w)]
	if !ok {
		return pes
	}
	for i := 3; ; i++ {
		node := &ix.pnodes[n]
		if node.entry != nil {
			pes = append(pes, node.entry)
		}
		if i == len(w) {
			return pes
		}
		n = -1
		for _, ed := range node.next {
			if ed.b == w[i] {
				n = ed.node
				break
			}
		}
		if n < 0 {
			return pes
		}
	}
}

// numberTerms gives every distinct term a number, fills ix.terms and returns the
// terms of each prefix word. The exact words must be numbered already. Only the
// terms that stand after the first in some phrase are listed: first terms are found
// through the candidate lists, never through masks.
func (ix *index) numberTerms(pats []pattern) map[string][]int32 {
	byKey := map[string]int32{}
	var later []bool  // by term number: stands after the first term of some phrase
	var first []*term // by term number: the term as first met
	var alts []string
	for i := range pats {
		for j := range pats[i].terms {
			t := &pats[i].terms[j]
			alts = alts[:0]
			for _, a := range t.alts {
				if a.prefix {
					alts = append(alts, a.word+"*")
				} else {
					alts = append(alts, a.word)
				}
			}
			sort.Strings(alts)
			key := strings.Join(alts, "|")
			id, ok := byKey[key]
			if !ok {
				id = int32(len(byKey))
				byKey[key] = id
				later, first = append(later, false), append(first, t)
			}
			t.id = id
			later[id] = later[id] || j > 0
		}
	}
	ix.nterms = len(byKey)
	ix.terms = make([][]int32, len(ix.ids))
	prefixTerms := map[string][]int32{}
	for id, t := range first {
		if !later[id] {
			continue
		}
		for _, a := range t.alts {
			if a.prefix {
				prefixTerms[a.word] = appendUnique(prefixTerms[a.word], int32(id))
			} else {
				ix.terms[a.id] = appendUnique(ix.terms[a.id], int32(id))
			}
		}
	}
	return prefixTerms
}

// form is what a question's word is to the index: its own number and its stem's
// (token.id and token.sid).
type form struct{ id, sid int32 }

// newForms lists every word whose number or stem's number is not -1: the exact
// words and the words whose stem is one ("backups"). A word missing from forms
// is neither an exact word nor a stem of one, so one look-up per word suffices.
func (ix *index) newForms() {
	ix.forms = make(map[string]form, 2*len(ix.ids))
	for w, id := range ix.ids {
		f := form{id: id, sid: -1}
		if st := stem(w); len(st) != len(w) {
			f.sid = ix.word(st)
		}
		ix.forms[w] = f
	}
	for w, id := range ix.ids {
		if p := w + "s"; stem(p) == w {
			if _, ok := ix.forms[p]; !ok {
				ix.forms[p] = form{id: -1, sid: id}
			}
		}
	}
}

// word returns the number of an exact pattern word, or -1 when no pattern has it.
func (ix *index) word(w string) int32 {
	if id, ok := ix.ids[w]; ok {
		return id
	}
	return -1
}

// key3 packs the first three bytes of w, the key of the prefix words.
func key3(w string) uint32 { return uint32(w[0])<<16 | uint32(w[1])<<8 | uint32(w[2]) }

func appendUnique[T comparable](list []T, v T) []T {
	for _, x := range list {
		if x == v {
			return list
		}
	}
	return append(list, v)
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
		f, ok := e.ix.forms[t.text]
		if !ok {
			f = form{-1, -1}
		}
		t.id, t.sid = f.id, f.sid
		s.pes = e.ix.prefixes(s.pes, t.text)
		s.peEnd = append(s.peEnd, int32(len(s.pes)))
	}
	if n := (len(e.rules) + 63) / 64; len(s.rbits) != n {
		s.rbits = make([]uint64, n)
	}
	s.masked = !s.plain && len(s.words) <= 64
	if s.masked {
		e.termMasks(s)
	}
	from := int32(0)
	for wi, ti := range s.words {
		t := &s.toks[ti]
		if t.id >= 0 {
			e.tryAll(s, e.ix.exact[t.id], wi)
		}
		if t.sid >= 0 {
			e.tryAll(s, e.ix.exact[t.sid], wi)
		}
		for _, pe := range s.pes[from:s.peEnd[wi]] {
			e.tryAll(s, pe.phrases, wi)
		}
		from = s.peEnd[wi]
	}
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

// tryAll matches the candidate phrases at word wi and records each hit for every
// pattern using the phrase.
func (e *Engine) tryAll(s *scratch, cands []cand, wi int) {
	t0 := &s.toks[s.words[wi]]
	for _, c := range cands {
		if c.catOnly && !s.vocab {
			return // the catalogue-only phrases come last
		}
		if c.next >= 0 && s.masked && s.tgen[c.next] != s.mgen {
			continue // no word of the question satisfies the second term
		}
		ph := &e.ix.phrases[c.phrase]
		if ph.catOnly {
			if len(ph.users) == 1 && s.seen[ph.users[0].pat] == s.gen {
				continue // scored already: a term counts once
			}
		}
		end, ok := e.matchFrom(s, ph.terms, 1, wi+1)
		if !ok {
			continue
		}
		for _, p := range ph.users {
			pi := p.pat
			if p.role == roleCat || p.role == roleArea {
				if s.vocab && s.seen[pi] != s.gen {
					s.seen[pi] = s.gen
					if p.role == roleCat {
						s.cat[p.rule] += p.w
					} else {
						s.area[p.rule] += p.w
					}
					// Byte offsets, not token indexes: a later pass with the heading
					// re-tokenizes, and the evidence quotes the question's own words.
					s.vhits = append(s.vhits, patHit{pat: pi, from: int32(t0.start), to: int32(s.toks[s.words[end]].end), rule: p.rule, role: p.role})
				}
				continue
			}
			if p.role == roleNot {
				// A veto only needs to be seen: it is never evidence or a negation's
				// subject, and alone it fires no rule. Shared veto vocabularies
				// ("@control_subject") match on most questions.
				s.seen[pi] = s.gen
				continue
			}
			s.hits = append(s.hits, patHit{pat: pi, from: int32(s.words[wi]), to: int32(s.words[end]), rule: p.rule, role: p.role})
			if s.seen[pi] != s.gen {
				s.seen[pi] = s.gen
				s.rbits[p.rule>>6] |= 1 << (p.rule & 63)
			}
		}
	}
}

// termMasks records, for every term the question's words satisfy, the positions
// of those words (bit k: word k), and where each word's clause and sentence end.
// It serves questions of up to 64 words; matchFrom reads the masks.
func (e *Engine) termMasks(s *scratch) {
	if len(s.tgen) < e.ix.nterms {
		s.tgen = make([]uint32, e.ix.nterms)
		s.tmask = make([]uint64, e.ix.nterms)
		s.mgen = 0
	}
	s.mgen++
	if s.mgen == 0 { // wrapped: clear the generation marks
		clear(s.tgen)
		s.mgen = 1
	}
	mark := func(terms []int32, bit uint64) {
		for _, id := range terms {
			if s.tgen[id] != s.mgen {
				s.tgen[id] = s.mgen
				s.tmask[id] = 0
			}
			s.tmask[id] |= bit
		}
	}
	n := len(s.words)
	s.clEnd = slices.Grow(s.clEnd[:0], n)[:n]
	s.sentEnd = slices.Grow(s.sentEnd[:0], n)[:n]
	from := int32(0)
	for wi := range n {
		t := &s.toks[s.words[wi]]
		bit := uint64(1) << wi
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
			if next.cl == t.cl {
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
		if tok.sent != prev.sent || (tok.cl != prev.cl && t.gap < longGap) {
			break
		}
		for ai := range t.alts {
			if t.alts[ai].matches(tok) {
				if end, ok := e.matchFrom(s, terms, ti+1, k+1); ok {
					return end, true
				}
				break
			}
		}
	}
	return 0, false
}

// matchMasked is matchFrom for a question whose term masks are set: the words
// that may stand for term ti are the set bits of its mask within the window the
// gap, the clause and the sentence allow, tried in order.
func (e *Engine) matchMasked(s *scratch, terms []term, ti, wi int) (int, bool) {
	t := &terms[ti]
	if s.tgen[t.id] != s.mgen {
		return 0, false
	}
	limit := min(wi+t.gap+1, len(s.words))
	if t.gap < longGap {
		limit = min(limit, int(s.clEnd[wi-1]))
	} else {
		limit = min(limit, int(s.sentEnd[wi-1]))
	}
	if limit <= wi {
		return 0, false
	}
	m := s.tmask[t.id] & (uint64(1)<<limit - 1) &^ (uint64(1)<<wi - 1)
	for m != 0 {
		k := bits.TrailingZeros64(m)
		m &= m - 1
		if end, ok := e.matchFrom(s, terms, ti+1, k+1); ok {
			return end, true
		}
	}
	return 0, false
}

func bytesToString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}
