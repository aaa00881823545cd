package triage

// The index of the compiled phrases: every exact word and every distinct term
// numbered, identical phrases merged, candidate lists by first term, and the
// prefix words in a tree of their bytes.

import (
	"encoding/binary"
	"slices"
	"strings"
)

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
	ids    map[string]int32 // exact (stemmed) pattern word -> number
	forms  *wordTable       // see newForms
	exact  [][]cand         // by word number: phrases whose first term is that word
	rexact [][]cand         // the same for catalogue terms in the other order, matched apart
	// exactG and rexactG hold the groups of the long lists of exact and rexact, nil
	// for a list read whole (see candGroups).
	exactG, rexactG []*candGroups
	terms           [][]int32 // by word number: terms with that word as an exact alternative
	nterms          int
	// masked is set when a termSet holds every term and the anchor of the phrases of
	// one term (nterms <= maxMaskedTerms): the candidates have anchors (cand.need)
	// and questions of up to 64 words are matched with the masks.
	masked  bool
	phrases []phrase
	more    []user // the patterns using a phrase after its first (phrase.more)
	// The prefix words of the terms ("encrypt*") form a tree of their bytes, one
	// tree per first three bytes: a word walks down its tree as far as its bytes
	// lead and meets every prefix word it starts with, shortest first.
	prefix map[uint32]int32 // first three bytes -> the root in pnodes
	pnodes []prefixNode
	fpes   []*prefixEntry // the prefix words of the words of forms (form.pfrom, form.pto)
	fterms []int32        // the terms the words of forms satisfy (form.tfrom, form.tto)
	// tlisted and nlisted keep each term once in a word's list while it is made.
	tlisted []int32
	nlisted int32
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
	word     string
	phrases  []cand  // phrases whose first term has this prefix
	rphrases []cand  // the same, for catalogue terms in the other order (see index.rexact)
	terms    []int32 // terms with this prefix as an alternative
	// groups and rgroups are the groups of phrases and rphrases, or nil.
	groups, rgroups *candGroups
}

// cand is a phrase in a candidate list, with what decides most candidates without
// reading the phrase: two of its terms after the first, which a question's words
// must satisfy for it to match. A candidate takes 8 bytes: the lists of the common
// first words are read whole for every question that has one.
//
// The two are the phrase's anchors: the terms after the first that the fewest
// phrases of the index use (see anchors), a proxy for the words a question is least
// likely to have. A question marks the terms its words satisfy in a bit set (see
// termMasks), and a candidate is read only when both its anchors are marked:
// checking a candidate costs two bit tests in a set that stays in the cache, with
// no branch (see pick), and most candidates of a common first word ("access",
// "data") end there.
type cand struct {
	phrase int32
	// need holds the anchors. A phrase of two terms has its second term twice
	// (secondTerm reads it there), and a phrase of one term the number of terms in
	// the index twice, a term every question has. An index of more terms than a
	// termSet holds (not index.masked) matches without the masks and leaves need zero.
	need [2]uint16
}

// phrase is one distinct compiled phrase: many rules (and criteria) share phrases
// through the lexicon, and a phrase is matched once for all the patterns using it.
//
// The patterns using a phrase are first, then index.more[more:more+nmore], in
// ascending order: most phrases have one, read with the phrase itself. A phrase
// takes 64 bytes, one cache line of the phrase table.
type phrase struct {
	first       user
	more, nmore int32
	terms       []term
	catOnly     bool  // used by the catalogue only: phrases with rule users come first
	vetoes      bool  // every pattern using it is of a not list (roleNot)
	catUsers    bool  // some pattern using it is a catalogue's, which reads byte offsets (bytesRole)
	nterms      uint8 // len(terms), or 255 for 255 or more
	gap         int8  // the gap of the second term, if any
	_           [11]byte
}

// user is a pattern using a phrase, with the fields matching reads, so that a hit
// is recorded without reading the pattern table.
type user struct {
	pat  int32
	rule int32
	w    float32
	role int16
	rev  bool // a catalogue term in the other order: counted only to answer (see reversedHits)
}

// users returns the patterns using ph: the first, and the others.
func (ix *index) users(ph *phrase) (*user, []user) {
	return &ph.first, ix.more[ph.more : ph.more+ph.nmore]
}

// newIndex numbers the exact words and the terms, merges identical phrases and
// indexes them by their first term. Phrases are numbered in order of their first
// pattern, so the rules' phrases come before the catalogue-only ones.
func newIndex(pats []pattern) index {
	ib := newIndexBuilder(len(pats))
	for _, p := range pats {
		ib.add(p, -1)
	}
	ix, _ := ib.index()
	return ix
}

// indexBuilder makes the index of the patterns added to it, in order, as they are
// compiled (see newIndex): each pattern's terms are numbered and its phrase found
// when it is added, so that the patterns are not kept.
type indexBuilder struct {
	ix    index
	nb    *numbering
	byKey phraseKeys
	// The users after a phrase's first, by pattern, while they are gathered; and by
	// phrase, whether a user is not a catalogue term in the other order.
	more []phraseUser
	fwd  []bool
	pats []patInfo
	// known holds, by the phrase compiler's number of a phrase (see
	// phraseCompiler.compile), 1 + its phrase in the index, or 0: the patterns of a
	// phrase met before need no numbering and no key.
	known []int32
	// firsts holds, by phrase, the number of its first term, the one its candidate
	// entries are listed under, so that listCands need not read the terms again.
	firsts []int32
	pw     prefixWords
}

// newIndexBuilder returns a builder for about n patterns.
func newIndexBuilder(n int) *indexBuilder {
	// There is about one exact word for four patterns, and a distinct phrase for
	// five patterns in eight.
	// There is about one prefix word for eight patterns.
	ib := &indexBuilder{
		ix:     index{ids: make(map[string]int32, n/4), prefix: map[uint32]int32{}, phrases: make([]phrase, 0, n*5/8)},
		nb:     newNumbering(n / 2),
		byKey:  phraseKeys{short: make(map[shortKey]int32, n*5/8), long: map[string]int32{}},
		more:   make([]phraseUser, 0, n/2),
		fwd:    make([]bool, 0, n*5/8),
		pats:   make([]patInfo, 0, n),
		firsts: make([]int32, 0, n*5/8),
		pw:     prefixWords{at: make(map[string]int32, n/8), list: make([]prefixEntry, 0, n/8)},
	}
	ib.nb.pw = &ib.pw
	return ib
}

// add adds the pattern p and returns its number. cp is the phrase compiler's number
// of p's terms, or -1 for terms compiled otherwise.
func (ib *indexBuilder) add(p pattern, cp int32) int32 {
	ix, nb := &ib.ix, ib.nb
	i := int32(len(ib.pats))
	ib.pats = append(ib.pats, patInfo{rule: p.rule, w: p.w, role: p.role})
	pat := i
	if p.same > 0 {
		pat = p.same - 1 // a term in the other order counts as the term
	}
	u := user{pat: pat, rule: p.rule, role: p.role, w: p.w, rev: p.same > 0}
	if cp >= 0 && int(cp) < len(ib.known) && ib.known[cp] > 0 {
		ib.addUser(ib.known[cp]-1, u)
		return i
	}
	ib.byKey.start(len(p.terms))
	for j := range p.terms {
		t := &p.terms[j]
		alts := nb.alternatives(ix, t)
		t.id = nb.term[alts]
		nb.later[t.id] = nb.later[t.id] || j > 0
		ib.byKey.add(j, t.gap, alts)
	}
	ph, ok := ib.byKey.find(int32(len(ix.phrases)))
	if ok {
		ib.addUser(ph, u)
	} else {
		np := phrase{first: u, terms: p.terms, catOnly: catalogueOnly(p.role), vetoes: u.role == roleNot,
			catUsers: bytesRole(u.role), nterms: uint8(min(len(p.terms), 255))}
		if len(p.terms) > 1 {
			np.gap = int8(p.terms[1].gap)
		}
		ix.phrases = append(ix.phrases, np)
		ib.fwd = append(ib.fwd, !u.rev)
		ib.firsts = append(ib.firsts, p.terms[0].id)
	}
	if cp >= 0 {
		if int(cp) >= len(ib.known) {
			ib.known = append(ib.known, make([]int32, int(cp)+1-len(ib.known))...)
		}
		ib.known[cp] = ph + 1
	}
	return i
}

// addUser adds u to the users of phrase ph after its first.
func (ib *indexBuilder) addUser(ph int32, u user) {
	ib.ix.phrases[ph].nmore++
	ib.ix.phrases[ph].vetoes = ib.ix.phrases[ph].vetoes && u.role == roleNot
	ib.ix.phrases[ph].catUsers = ib.ix.phrases[ph].catUsers || bytesRole(u.role)
	ib.fwd[ph] = ib.fwd[ph] || !u.rev
	ib.more = append(ib.more, phraseUser{ph, u})
}

// index finishes the index of the patterns added, and returns it with what
// matching and scoring read of each pattern.
func (ib *indexBuilder) index() (index, []patInfo) {
	ix, pw := ib.ix, &ib.pw
	ix.listTerms(ib.nb, pw)
	ix.gatherUsers(ib.more)
	ix.newForms()
	ix.listCands(ib, pw)
	// The tree is built in the order of the words.
	order := make([]*prefixEntry, len(pw.list))
	nodes := 0
	for i := range pw.list {
		order[i] = &pw.list[i]
		nodes += len(pw.list[i].word) - 2
	}
	slices.SortFunc(order, func(a, b *prefixEntry) int { return strings.Compare(a.word, b.word) })
	ix.pnodes = make([]prefixNode, 0, nodes)
	tb := prefixTreeBuilder{last: make([]int32, 0, nodes), edges: make([]prefixTreeEdge, 0, nodes)}
	for _, pe := range order {
		ix.addPrefix(&tb, pe)
	}
	ix.layEdges(&tb)
	ix.formPrefixes()
	return ix, ib.pats
}

// prefixWords gathers the prefix words of the terms and their lists while the
// index is made, each once.
type prefixWords struct {
	at   map[string]int32 // a prefix word -> its entry in list
	list []prefixEntry
}

// entry returns the entry of the prefix word w in list, adding it when it is new.
func (pw *prefixWords) entry(w string) int32 {
	k, ok := pw.at[w]
	if !ok {
		k = int32(len(pw.list))
		pw.at[w] = k
		pw.list = append(pw.list, prefixEntry{word: w})
	}
	return k
}

// listCands lists each phrase as a candidate under the alternatives of its first
// term: in exact (rexact for catalogue terms in the other order) for an exact
// word, in the prefix word's entry for a prefix. fwd tells, by phrase, whether a
// user of it is not a catalogue term in the other order.
func (ix *index) listCands(ib *indexBuilder, pw *prefixWords) {
	// The lists are cut from one array, as long as the alternatives counted for
	// them: exact's, rexact's, then the prefix words' phrases and rphrases. A
	// phrase is listed under the words of its first term (numbering.words).
	nb, nw, np := ib.nb, len(ix.ids), len(pw.list)
	n := make([]int32, 2*nw+2*np)
	for i := range ix.phrases {
		rev := 0
		if !ib.fwd[i] {
			rev = 1
		}
		for _, x := range nb.wordsOf(ib.firsts[i]) {
			if x >= 0 {
				n[rev*nw+int(x)]++
			} else {
				n[2*nw+rev*np+int(-1-x)]++
			}
		}
	}
	use := ix.termUse()
	lists := newSlab[cand](n)
	for i := range ix.phrases {
		ph := &ix.phrases[i]
		c := cand{phrase: int32(i)}
		if ix.masked {
			a := ix.anchors(ph.terms, use)
			c.need = [2]uint16{uint16(a[0]), uint16(a[1])}
		}
		// Catalogue terms in the other order are matched in a pass of their own,
		// only for the questions no rule decides (reversedHits).
		rev := 0
		if !ib.fwd[i] {
			rev = 1
		}
		for _, x := range nb.wordsOf(ib.firsts[i]) {
			if x >= 0 {
				lists.appendLast(rev*nw+int(x), c)
			} else {
				lists.appendLast(2*nw+rev*np+int(-1-x), c)
			}
		}
	}
	all := lists.lists()
	ix.exact, ix.rexact = all[:nw:nw], all[nw:2*nw:2*nw]
	for k := range pw.list {
		pw.list[k].phrases, pw.list[k].rphrases = all[2*nw+k], all[2*nw+np+k]
	}
	if !ix.masked {
		return // the anchors are not set: every candidate is read
	}
	groups := make([]*candGroups, len(all))
	count, group := make([]int32, ix.nterms+1), make([]int32, ix.nterms+1)
	for i, l := range all {
		groups[i] = groupCands(l, count, group)
	}
	ix.exactG, ix.rexactG = groups[:nw:nw], groups[nw:2*nw:2*nw]
	for k := range pw.list {
		pw.list[k].groups, pw.list[k].rgroups = groups[2*nw+k], groups[2*nw+np+k]
	}
}

// candGroups is a long candidate list read by groups: the members of a group share
// one of their anchors (the group's key), so that a question that lacks it passes
// over all of them with one bit test, and the members of a group whose key it has
// are read by their other anchor alone. The lists of the most common first words
// hold hundreds of phrases made from one lexicon ("other|another|separate ~1
// report|reports ~1 cover* ~3 @fin_system"), which share an anchor or two. Groups
// of one member each still pay, as measured by BenchmarkClassify300: a question lacks
// most keys, and the test of a key is a bit and a branch.
type candGroups struct {
	groups  []candGroup
	members []candMember // the members of each group in turn, in list order within it
}

// candGroup is a group of a long list: the anchor its members share, and the end
// of its members in candGroups.members.
type candGroup struct{ key, end uint16 }

// candMember is a member of a group: its index in the list, and its other anchor
// (its key again when it has one anchor).
type candMember struct{ idx, other uint16 }

// minGrouped is the shortest candidate list read by groups: a short list is read
// whole as fast. maxGrouped is the longest: pickGroups marks the candidates kept in
// a bit set of that many on the stack.
const (
	minGrouped = 16
	maxGrouped = 1024
)

// groupCands returns the groups of the candidate list l, or nil when l is read
// whole: it is shorter than minGrouped or longer than maxGrouped. A candidate's key
// is the one of its two anchors that more candidates of l have (its rarer one,
// need[0], when they tie); groups are in the order of their first member. count
// and group are zero by anchor, as they are left.
func groupCands(l []cand, count, group []int32) *candGroups {
	if len(l) < minGrouped || len(l) > maxGrouped {
		return nil
	}
	for _, c := range l {
		count[c.need[0]]++
		if c.need[1] != c.need[0] {
			count[c.need[1]]++
		}
	}
	keyOf := func(c cand) (key, other uint16) {
		if count[c.need[1]] > count[c.need[0]] {
			return c.need[1], c.need[0]
		}
		return c.need[0], c.need[1]
	}
	// group holds 1 + a key's group; the members are counted first.
	var sizes []int32
	for _, c := range l {
		key, _ := keyOf(c)
		if group[key] == 0 {
			sizes = append(sizes, 0)
			group[key] = int32(len(sizes))
		}
		sizes[group[key]-1]++
	}
	cg := &candGroups{groups: make([]candGroup, len(sizes)), members: make([]candMember, len(l))}
	fill := make([]uint16, len(sizes)) // by group: one past its next member, filled from the back
	end := uint16(0)
	for g, n := range sizes {
		end += uint16(n)
		cg.groups[g].end, fill[g] = end, end
	}
	for i := len(l) - 1; i >= 0; i-- {
		key, other := keyOf(l[i])
		g := group[key] - 1
		fill[g]--
		cg.groups[g].key, cg.members[fill[g]] = key, candMember{idx: uint16(i), other: other}
	}
	for _, c := range l {
		count[c.need[0]], count[c.need[1]] = 0, 0
		group[c.need[0]], group[c.need[1]] = 0, 0
	}
	return cg
}

// termUse returns, by term number, how many phrases use the term.
func (ix *index) termUse() []int32 {
	use := make([]int32, ix.nterms)
	for i := range ix.phrases {
		for j := range ix.phrases[i].terms {
			use[ix.phrases[i].terms[j].id]++
		}
	}
	return use
}

// anchors returns the two terms after the first of a phrase with the given terms
// that the fewest phrases use (use, by term), the earlier of two alike; the second
// term twice for a phrase of two terms, and ix.nterms twice for a phrase of one.
func (ix *index) anchors(terms []term, use []int32) [2]int32 {
	if len(terms) == 1 {
		return [2]int32{int32(ix.nterms), int32(ix.nterms)}
	}
	a, b := terms[1].id, terms[1].id // a is used by no more phrases than b
	for j := 2; j < len(terms); j++ {
		id := terms[j].id
		switch {
		case id == a || id == b:
			// a term met again adds nothing
		case a == b || use[id] < use[b]:
			b = id
			if use[b] < use[a] {
				a, b = b, a
			}
		}
	}
	return [2]int32{a, b}
}

// slab holds lists made in order, cut from one array: list i is all[off[i]:][:n[i]],
// with room for as many elements as counted for it. The lists are filled there and
// made slices once, at the end.
type slab[T comparable] struct {
	all    []T
	off, n []int32
}

// newSlab returns the empty lists of the counts.
func newSlab[T comparable](counts []int32) slab[T] {
	s := slab[T]{off: make([]int32, len(counts)), n: make([]int32, len(counts))}
	total := int32(0)
	for i, c := range counts {
		s.off[i] = total
		total += c
	}
	s.all = make([]T, total)
	return s
}

// appendLast appends v to list i, unless it is the list's last element already
// (see the function appendLast).
func (s *slab[T]) appendLast(i int, v T) {
	o, k := s.off[i], s.n[i]
	if k > 0 && s.all[o+k-1] == v {
		return
	}
	s.all[o+k] = v
	s.n[i] = k + 1
}

// lists returns the lists as slices, nil for an empty one.
func (s *slab[T]) lists() [][]T {
	out := make([][]T, len(s.n))
	for i, k := range s.n {
		if k > 0 {
			o := s.off[i]
			out[i] = s.all[o : o+k : o+k]
		}
	}
	return out
}

// phraseKeys finds a phrase by its key: the gap and the list of alternatives
// (numbering.alternatives) of each term, in order. The key of a phrase of up to
// four terms is an array, so that most phrases are found without making a string.
type phraseKeys struct {
	short map[shortKey]int32
	long  map[string]int32
	key   shortKey
	buf   []byte
	block []byte // the bytes of the long keys, carved out of blocks
}

// keyBlock is how many bytes a block of long phrase keys holds.
const keyBlock = 16 << 10

// shortKey is the key of a phrase of up to four terms: its number of terms and, by
// term, its list of alternatives and its gap, packed as list<<4 | gap.
type shortKey struct {
	n     uint8 // 0 while the key is a string (phraseKeys.buf)
	terms [4]uint32
}

// start begins the key of a phrase of n terms: a string when n is 0 or more than
// a shortKey holds.
func (k *phraseKeys) start(n int) {
	k.key = shortKey{}
	if n <= len(k.key.terms) {
		k.key.n = uint8(n)
	}
	k.buf = k.buf[:0]
}

// add adds the j-th term to the key, of the given gap and list of alternatives.
func (k *phraseKeys) add(j, gap int, list int32) {
	if k.key.n > 0 && gap >= 0 && gap < 16 && list >= 0 && list < 1<<28 {
		k.key.terms[j] = uint32(list)<<4 | uint32(gap)
		return
	}
	if k.key.n > 0 { // a term that does not pack: the key is a string after all
		k.key.n = 0
		for i := range j {
			k.buf = binary.AppendUvarint(k.buf, uint64(k.key.terms[i]&15))
			k.buf = binary.LittleEndian.AppendUint32(k.buf, k.key.terms[i]>>4)
		}
	}
	k.buf = binary.AppendUvarint(k.buf, uint64(gap))
	k.buf = binary.LittleEndian.AppendUint32(k.buf, uint32(list))
}

// find returns the phrase of the key made, or, when no phrase has it, gives it
// the phrase next and reports false.
func (k *phraseKeys) find(next int32) (int32, bool) {
	if k.key.n > 0 {
		if ph, ok := k.short[k.key]; ok {
			return ph, true
		}
		k.short[k.key] = next
		return next, false
	}
	if ph, ok := k.long[string(k.buf)]; ok {
		return ph, true
	}
	key := carve(&k.block, len(k.buf), keyBlock)
	copy(key, k.buf)
	k.long[bytesToString(key)] = next // the block's bytes never change after
	return next, false
}

// phraseUser is a user of a phrase after its first.
type phraseUser struct {
	phrase int32
	u      user
}

// gatherUsers puts the users of each phrase after its first in ix.more, in pattern
// order; the phrases' nmore are counted.
func (ix *index) gatherUsers(more []phraseUser) {
	n := int32(0)
	for i := range ix.phrases {
		ph := &ix.phrases[i]
		ph.more, n = n, n+ph.nmore
	}
	ix.more = make([]user, len(more))
	for _, m := range more {
		ph := &ix.phrases[m.phrase]
		ix.more[ph.more] = m.u
		ph.more++
	}
	for i := range ix.phrases {
		ix.phrases[i].more -= ix.phrases[i].nmore
	}
}

// formPrefixes lists, once for all, the prefix words each word of forms starts
// with and the terms it satisfies, so that a question's known words need no walk
// down the prefix tree and mark their terms from one list.
func (ix *index) formPrefixes() {
	// A word satisfies about five terms and starts about one prefix word.
	ix.fterms = make([]int32, 0, 6*ix.forms.len())
	ix.fpes = make([]*prefixEntry, 0, ix.forms.len())
	for k := range ix.forms.ents {
		e := &ix.forms.ents[k]
		w := bytesToString(e.key[:e.n]) // list keeps no word
		e.f.cls, e.f.sns = classOf(w), senseOf(w)
		e.f = ix.list(w, e.f)
	}
	for w, f := range ix.forms.long {
		f.cls, f.sns = classOf(w), senseOf(w)
		ix.forms.long[w] = ix.list(w, f)
	}
	for w, c := range wordClasses {
		ix.addWord(w, c, 0, 0)
	}
	for w, c := range senseClasses {
		ix.addWord(w, 0, c, 0)
	}
}

// list sets the lists of f, the form of w: its prefix words (fpes[pfrom:pto]) and
// the terms it satisfies as itself, by its stem or by a prefix (fterms[tfrom:tto],
// each once).
func (ix *index) list(w string, f form) form {
	from := len(ix.fpes)
	ix.fpes = ix.prefixes(ix.fpes, w)
	f.pfrom, f.pto = int32(from), int32(len(ix.fpes))
	f.flags |= formListed
	tfrom := len(ix.fterms)
	if len(ix.tlisted) != ix.nterms {
		ix.tlisted, ix.nlisted = make([]int32, ix.nterms), 0
	}
	ix.nlisted++ // a term is listed for this word when tlisted[id] == nlisted
	add := func(terms []int32) {
		for _, id := range terms {
			if ix.tlisted[id] != ix.nlisted {
				ix.tlisted[id] = ix.nlisted
				ix.fterms = append(ix.fterms, id)
			}
		}
	}
	if f.id >= 0 {
		add(ix.terms[f.id])
	}
	if f.sid >= 0 {
		add(ix.terms[f.sid])
	}
	for _, pe := range ix.fpes[f.pfrom:f.pto] {
		add(pe.terms)
	}
	f.tfrom, f.tto = int32(tfrom), int32(len(ix.fterms))
	return f
}

// prefixTreeBuilder holds the edges of the prefix trees while they are made: by
// node, its last child (or -1), and every edge in the order made.
type prefixTreeBuilder struct {
	last  []int32
	edges []prefixTreeEdge
}

type prefixTreeEdge struct {
	from int32
	prefixEdge
}

// node adds a node to the trees and returns its number.
func (tb *prefixTreeBuilder) node(ix *index) int32 {
	n := int32(len(ix.pnodes))
	ix.pnodes = append(ix.pnodes, prefixNode{})
	tb.last = append(tb.last, -1)
	return n
}

// addPrefix puts a prefix word in its tree. The words come in order, so a word
// that shares a node's path goes on through the node's last child, or a new one.
func (ix *index) addPrefix(tb *prefixTreeBuilder, pe *prefixEntry) {
	n, ok := ix.prefix[key3(pe.word)]
	if !ok {
		n = tb.node(ix)
		ix.prefix[key3(pe.word)] = n
	}
	for i := 3; i < len(pe.word); i++ {
		next := int32(-1)
		if e := tb.last[n]; e >= 0 && tb.edges[e].b == pe.word[i] {
			next = tb.edges[e].node
		}
		if next < 0 {
			next = tb.node(ix)
			tb.last[n] = int32(len(tb.edges))
			tb.edges = append(tb.edges, prefixTreeEdge{n, prefixEdge{b: pe.word[i], node: next}})
		}
		n = next
	}
	ix.pnodes[n].entry = pe
}

// layEdges gives each node of the trees its edges, in the order made, cut from one
// array.
func (ix *index) layEdges(tb *prefixTreeBuilder) {
	off := make([]int32, len(ix.pnodes)+1)
	for _, e := range tb.edges {
		off[e.from+1]++
	}
	for i := range ix.pnodes {
		off[i+1] += off[i]
	}
	all := make([]prefixEdge, len(tb.edges))
	for _, e := range tb.edges {
		node := &ix.pnodes[e.from]
		k := off[e.from] + int32(len(node.next))
		all[k] = e.prefixEdge
		node.next = all[off[e.from] : k+1 : off[e.from+1]]
	}
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

// wordPrefixes appends the prefix words t's word starts with: its form's list when
// the index lists the word, else those met walking down the tree.
func (ix *index) wordPrefixes(pes []*prefixEntry, t *token) []*prefixEntry {
	if t.flags&formListed != 0 {
		return append(pes, ix.fpes[t.pfrom:t.pto]...)
	}
	return ix.prefixes(pes, t.text)
}

// numbering numbers the exact words and the terms of the patterns as newIndex meets
// them. Phrases share the arrays of their alternatives (phraseCompiler), so each
// array is read once. The alternatives of a term, in any order, are the term; each
// order of them met is a list of its own, which tells phrases apart.
type numbering struct {
	arrays  []int32            // by term.arr - 1: 1 + the number of the array's list, or 0
	parrays map[altArray]int32 // the same for arrays of terms compiled alone
	// A term's number is found by its alternatives: by the number of its word for a
	// term of one exact word (1 + the term's number, or 0), by its word for a term of
	// one prefix, and by a hash of its alternatives in any order (setHash) for the
	// others, whose terms of one hash are a chain in sets.
	byWord   []int32
	byPrefix map[string]int32
	bySet    map[uint64]int32 // -> the last term of the hash in sets
	sets     []setTerm
	first    []int32 // by term number: its first list
	later    []bool  // by term number: stands after the first term of some phrase
	lists    [][]alt // by list number: its alternatives as first met
	term     []int32 // by list number: the term's number
	next     []int32 // by list number: the term's next list, which differs in order, or -1
	// words holds, by term number, the words of its alternatives as first met:
	// words[wordsAt[id]:wordsAt[id+1]], an exact word's number, or -1 - the entry of
	// a prefix word in pw, which numbers the prefix words as the terms are met.
	words, wordsAt []int32
	pw             *prefixWords
}

// setTerm is a term of several alternatives, and the one before it of the same
// setHash in numbering.sets, or -1.
type setTerm struct {
	term, prev int32
}

type altArray struct {
	first *alt
	n     int
}

// newNumbering returns a numbering for about n arrays of alternatives.
func newNumbering(n int) *numbering {
	return &numbering{
		arrays: make([]int32, n), parrays: map[altArray]int32{},
		byPrefix: map[string]int32{}, bySet: make(map[uint64]int32, n/2),
		first: make([]int32, 0, n), later: make([]bool, 0, n),
		lists: make([][]alt, 0, n), term: make([]int32, 0, n), next: make([]int32, 0, n),
		words: make([]int32, 0, 2*n), wordsAt: append(make([]int32, 0, n+1), 0),
	}
}

// wordsOf returns the words of the alternatives of term id (see numbering.words).
func (nb *numbering) wordsOf(id int32) []int32 { return nb.words[nb.wordsAt[id]:nb.wordsAt[id+1]] }

// alternatives numbers the exact words of t's alternatives, when their array is new,
// and returns the number of its list of alternatives, numbering the list and its term
// when they are new.
func (nb *numbering) alternatives(ix *index, t *term) int32 {
	alts := t.alts
	if t.arr > 0 {
		if int(t.arr) > len(nb.arrays) {
			nb.arrays = append(nb.arrays, make([]int32, int(t.arr)-len(nb.arrays))...)
		}
		if n := nb.arrays[t.arr-1]; n > 0 {
			return n - 1
		}
	} else if n, ok := nb.parrays[altArray{&alts[0], len(alts)}]; ok {
		return n
	}
	for k := range alts {
		a := &alts[k]
		if a.prefix {
			continue
		}
		id, ok := ix.ids[a.word]
		if !ok {
			id = int32(len(ix.ids))
			ix.ids[a.word] = id
		}
		a.id = id
	}
	n := int32(len(nb.lists)) // the list's number, if it is new
	id, ok := nb.termOf(alts)
	if !ok {
		nb.first, nb.later = append(nb.first, n), append(nb.later, false)
		for k := range alts {
			if a := &alts[k]; a.prefix {
				nb.words = append(nb.words, -1-nb.pw.entry(a.word))
			} else {
				nb.words = append(nb.words, a.id)
			}
		}
		nb.wordsAt = append(nb.wordsAt, int32(len(nb.words)))
	} else {
		last := int32(-1)
		for l := nb.first[id]; l >= 0; last, l = l, nb.next[l] {
			if sameOrder(nb.lists[l], alts) {
				n = l
				break
			}
		}
		if n == int32(len(nb.lists)) {
			nb.next[last] = n
		}
	}
	if n == int32(len(nb.lists)) {
		nb.lists, nb.term, nb.next = append(nb.lists, alts), append(nb.term, id), append(nb.next, -1)
	}
	if t.arr > 0 {
		nb.arrays[t.arr-1] = n + 1
	} else {
		nb.parrays[altArray{&alts[0], len(alts)}] = n
	}
	return n
}

// termOf returns the number of the term whose alternatives are alts, in any order,
// and whether it had one; a new term is given the next number.
func (nb *numbering) termOf(alts []alt) (int32, bool) {
	id := int32(len(nb.first)) // the term's number, if it is new
	if len(alts) == 1 && !alts[0].prefix {
		w := int(alts[0].id)
		if w >= len(nb.byWord) {
			nb.byWord = append(nb.byWord, make([]int32, w+1-len(nb.byWord))...)
		}
		if nb.byWord[w] > 0 {
			return nb.byWord[w] - 1, true
		}
		nb.byWord[w] = id + 1
		return id, false
	}
	if len(alts) == 1 {
		if old, ok := nb.byPrefix[alts[0].word]; ok {
			return old, true
		}
		nb.byPrefix[alts[0].word] = id
		return id, false
	}
	h := setHash(alts)
	prev, ok := nb.bySet[h]
	if !ok {
		prev = -1
	}
	for k := prev; k >= 0; k = nb.sets[k].prev {
		if old := nb.sets[k].term; sameMultiset(nb.lists[nb.first[old]], alts) {
			return old, true
		}
	}
	nb.bySet[h] = int32(len(nb.sets))
	nb.sets = append(nb.sets, setTerm{term: id, prev: prev})
	return id, false
}

// setHash hashes alternatives whose exact words are numbered, the same in any order:
// the sum of a hash of each.
func setHash(alts []alt) uint64 {
	var h uint64
	for i := range alts {
		x := uint64(alts[i].id)<<1 | 1
		if alts[i].prefix {
			x = 14695981039346656037 // FNV-1a of the word
			for j := 0; j < len(alts[i].word); j++ {
				x = (x ^ uint64(alts[i].word[j])) * 1099511628211
			}
			x &^= 1
		}
		// splitmix64's finaliser spreads the bits before they are summed.
		x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
		x = (x ^ x>>27) * 0x94d049bb133111eb
		h += x ^ x>>31
	}
	return h
}

// sameMultiset reports whether a and b are the same alternatives, each as many times,
// in any order.
func sameMultiset(a, b []alt) bool {
	if len(a) != len(b) {
		return false
	}
	count := func(l []alt, x *alt) int {
		n := 0
		for i := range l {
			if l[i].word == x.word && l[i].prefix == x.prefix {
				n++
			}
		}
		return n
	}
	for i := range a {
		if count(a, &a[i]) != count(b, &a[i]) {
			return false
		}
	}
	return true
}

// sameOrder reports whether a and b are the same alternatives in the same order.
func sameOrder(a, b []alt) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].word != b[i].word || a[i].prefix != b[i].prefix {
			return false
		}
	}
	return true
}

// listTerms fills ix.terms from the terms nb numbered, and the terms of each prefix
// word in its entry of pw. Only the terms that stand after the first in some
// phrase are listed: first terms are found through the candidate lists, never
// through masks. It notes, for every term, the entries of its prefix words in pw.
func (ix *index) listTerms(nb *numbering, pw *prefixWords) {
	ix.nterms = len(nb.first)
	ix.masked = ix.nterms <= maxMaskedTerms
	// The lists are cut from one array: the exact words' (ix.terms), then the prefix
	// words' (prefixEntry.terms).
	nw := len(ix.ids)
	n := make([]int32, nw+len(pw.list))
	for id := range nb.first {
		if nb.later[id] {
			for _, x := range nb.wordsOf(int32(id)) {
				if x >= 0 {
					n[x]++
				} else {
					n[nw+int(-1-x)]++
				}
			}
		}
	}
	terms := newSlab[int32](n)
	for id := range nb.first {
		if nb.later[id] {
			for _, x := range nb.wordsOf(int32(id)) {
				if x >= 0 {
					terms.appendLast(int(x), int32(id))
				} else {
					terms.appendLast(nw+int(-1-x), int32(id))
				}
			}
		}
	}
	all := terms.lists()
	ix.terms = all[:nw:nw]
	for k := range pw.list {
		pw.list[k].terms = all[nw+k]
	}
}

// form is what a question's word is to the index: its own number and its stem's
// (token.id and token.sid), the prefix words it starts with (fpes[pfrom:pto], when
// it is listed), its classes, and whether the wording table writes it (formWritten)
// or reads it in another sense (formSense).
type form struct {
	id, sid    int32
	pfrom, pto int32
	tfrom, tto int32 // the terms the word satisfies (fterms), when it is listed
	cls        wordClass
	flags      uint8
	sns        senseClass // in the padding after flags: the form stays 28 bytes
}

// The flags of a form.
const (
	formListed  uint8 = 1 << iota // the word is in forms: pfrom, pto, tfrom and tto are set
	formWritten                   // a one-word written form of the wording table
	formSense                     // a form of the wording table's senses
)

// known reports whether the index reads the word itself, as its number or its stem's.
func (f *form) known() bool { return f.id >= 0 || f.sid >= 0 }

// addWord lists w in forms with the given classes and flags, as a word of no number
// when the index does not read it; its prefix words are listed with it.
func (ix *index) addWord(w string, cls wordClass, sns senseClass, flags uint8) {
	f, ok := ix.forms.find(w)
	if !ok {
		f = ix.list(w, form{id: -1, sid: -1})
	}
	f.cls |= cls
	f.sns |= sns
	f.flags |= flags
	ix.forms.set(w, f)
}

// addWording flags the forms the wording table writes or reads in another sense.
func (ix *index) addWording(wd *wording) {
	for w := range wd.expand {
		if !strings.Contains(w, "/") { // "a/c" is two words, found apart (wording.lookup)
			ix.addWord(w, 0, 0, formWritten)
		}
	}
	for w := range wd.senses {
		ix.addWord(w, 0, 0, formSense)
	}
}

// newForms lists every word whose number or stem's number is not -1: the exact
// words and the words whose stem is one ("backups"). A word missing from forms
// is neither an exact word nor a stem of one, so one look-up per word suffices.
func (ix *index) newForms() {
	// Besides the exact words and their plurals, the table lists the words of a
	// class and those the wording table writes (formPrefixes, addWording).
	ix.forms = newWordTable(2*len(ix.ids) + len(wordClasses) + 512)
	for w, id := range ix.ids {
		f := form{id: id, sid: -1}
		if st := stem(w); len(st) != len(w) {
			f.sid = ix.word(st)
		}
		ix.forms.set(w, f)
	}
	var buf []byte
	for w, id := range ix.ids {
		buf = append(append(buf[:0], w...), 's')
		if p := bytesToString(buf); stem(p) == w { // the table keeps a copy of p
			if _, ok := ix.forms.find(p); !ok {
				ix.forms.set(p, form{id: -1, sid: id})
			}
		}
	}
	// A question's plural in -es or -ies reads as the singular a phrase knows:
	// "processes", "batches", "policies", "entries", "liabilities". stem leaves them
	// at "processe" and "policie", which only a phrase that wrote the plural knows;
	// such a word keeps that reading as well (its sid), and the singular takes the
	// place of its own number. A phrase's plural is not folded: "companies ~2 use"
	// (the firms a vendor hires) does not read "company use".
	for w, id := range ix.ids {
		p, ok := esPlural(w)
		if !ok || ownPlural[p] {
			continue
		}
		if f, dup := ix.forms.find(p); !dup {
			ix.forms.set(p, form{id: id, sid: -1})
		} else if f.id < 0 {
			ix.forms.set(p, form{id: id, sid: f.sid})
		}
	}
}

// esPlural returns the plural in -es or -ies of a singular that forms it so:
// "process" "processes", "batch" "batches", "tax" "taxes", "status" "statuses",
// "policy" "policies". stem cannot fold those back, since "databases" and "purchases"
// end in -es too: only a singular a phrase knows is read from its plural.
func esPlural(w string) (string, bool) {
	n := len(w)
	switch {
	case n < 3:
		return "", false
	case w[n-1] == 'y' && !isVowel(w[n-2]):
		return w[:n-1] + "ies", true
	case strings.HasSuffix(w, "ss"), w[n-1] == 'x', w[n-1] == 'z', strings.HasSuffix(w, "ch"),
		strings.HasSuffix(w, "sh"), n >= 5 && strings.HasSuffix(w, "us"):
		return w + "es", true
	}
	return "", false
}

// ownPlural holds the plurals with a sense of their own: "securities" and "equities"
// are financial instruments, not security controls or fairness.
var ownPlural = map[string]bool{"securities": true, "equities": true}

// esSingular returns the singular of a plural in -es or -ies that esPlural forms
// ("addresses" "address", "policies" "policy"), or "" when w is not one.
func esSingular(w string) string {
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		if s := w[:n-3] + "y"; !isVowel(s[len(s)-2]) {
			return s
		}
	case n > 4 && strings.HasSuffix(w, "es"):
		s := w[:n-2]
		if p, ok := esPlural(s); ok && p == w {
			return s
		}
	}
	return ""
}

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

// word returns the number of an exact pattern word, or -1 when no pattern has it.
func (ix *index) word(w string) int32 {
	if id, ok := ix.ids[w]; ok {
		return id
	}
	return -1
}

// key3 packs the first three bytes of w, the key of the prefix words.
func key3(w string) uint32 { return uint32(w[0])<<16 | uint32(w[1])<<8 | uint32(w[2]) }

// appendLast appends v to a list made in order, unless it is the last already: a
// phrase or term whose alternatives share a word is listed under it once.
func appendLast[T comparable](list []T, v T) []T {
	if n := len(list); n > 0 && list[n-1] == v {
		return list
	}
	return append(list, v)
}
