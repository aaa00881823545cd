package triage

import (
	"slices"
	"strings"
	"testing"
	"unsafe"
)

// TestMaskedMatchAgrees checks that matching with term masks finds exactly what
// plain matching finds (the same hits in the same order, the same vocabulary
// scores and the same rules) on every question of the labelled sets, on their
// headings, and on pairs of questions run together, which make longer texts.
func TestMaskedMatchAgrees(t *testing.T) {
	e := mustEngine(t)
	var texts []string
	for _, p := range labelledSets(t) {
		qs := readEvalSet(t, p)
		for i, q := range qs {
			texts = append(texts, q.Text, q.Section)
			if i > 0 {
				texts = append(texts, qs[i-1].Text+" "+q.Text)
			}
		}
	}
	if len(texts) < 1000 {
		t.Fatalf("only %d texts: the labelled sets were not found", len(texts))
	}
	type run struct {
		hits, vhits []patHit
		rules       []int32
		fired       []firing
		cat, area   []float32
	}
	fire := func(text string, plain bool) run {
		s := e.pool.Get().(*scratch)
		defer e.pool.Put(s)
		s.vocab, s.plain = true, plain
		defer func() { s.vocab, s.plain = false, false }()
		fired := e.fire(s, text)
		return run{
			hits: slices.Clone(s.hits), vhits: slices.Clone(s.vhits), rules: slices.Clone(s.rules),
			fired: slices.Clone(fired), cat: slices.Clone(s.cat), area: slices.Clone(s.area),
		}
	}
	masked := 0
	for _, text := range texts {
		if len(strings.Fields(text)) <= 64 {
			masked++
		}
		want, got := fire(text, true), fire(text, false)
		if !slices.Equal(got.hits, want.hits) || !slices.Equal(got.vhits, want.vhits) ||
			!slices.Equal(got.rules, want.rules) || !slices.Equal(got.fired, want.fired) ||
			!slices.Equal(got.cat, want.cat) || !slices.Equal(got.area, want.area) {
			t.Errorf("%q: masked matching differs from plain matching\nplain:  %+v\nmasked: %+v", text, want, got)
		}
	}
	t.Logf("%d texts, %d of up to 64 words", len(texts), masked)
}

// TestPrefixTree checks that the prefix tree finds, for every word of the
// labelled questions, every pattern word and every prefix word, exactly the prefix
// words the word starts with, shortest first; and that the word's form holds the
// numbers of the word and of its stem.
func TestPrefixTree(t *testing.T) {
	e := mustEngine(t)
	var all []*prefixEntry
	for _, n := range e.ix.pnodes {
		if n.entry != nil {
			all = append(all, n.entry)
		}
	}
	slices.SortFunc(all, func(a, b *prefixEntry) int { return len(a.word) - len(b.word) })
	words := map[string]bool{}
	for _, pe := range all {
		words[pe.word], words[pe.word+"s"], words[pe.word[:len(pe.word)-1]] = true, true, true
	}
	for _, p := range labelledSets(t) {
		for _, q := range readEvalSet(t, p) {
			// Every string of the record, ids and labels too: they bring numbers and
			// codes that the questions' own words seldom hold.
			l := q.Labels
			fields := append([]string{q.ID, q.Text, q.Section, l.Report, l.Type}, l.Categories...)
			fields = append(append(append(fields, l.Criteria...), l.SOC1Areas...), l.Artifacts...)
			var tz scratch
			tz.tokenize(strings.Join(fields, "\n"))
			for _, tk := range tz.toks {
				words[strings.Clone(tk.text)] = true
			}
		}
	}
	for w := range e.ix.ids {
		words[w], words[w+"s"] = true, true
	}
	for w := range words {
		id, sid := e.ix.word(w), int32(-1)
		if st := stem(w); len(st) != len(w) {
			sid = e.ix.word(st)
		}
		if sing := esSingular(w); id < 0 && sing != "" && !ownPlural[w] {
			id = e.ix.word(sing) // "processes" reads as "process" (and "processe")
		}
		f, ok := e.ix.forms.find(w)
		if !ok {
			f = form{id: -1, sid: -1}
		}
		if f.id != id || f.sid != sid {
			t.Errorf("form of %q: got %d %d, want %d %d", w, f.id, f.sid, id, sid)
		}
		var want []*prefixEntry
		for _, pe := range all {
			if strings.HasPrefix(w, pe.word) {
				want = append(want, pe)
			}
		}
		if got := e.ix.prefixes(nil, w); !slices.Equal(got, want) {
			t.Errorf("prefixes of %q: got %d, want %d", w, len(got), len(want))
		}
		if got := e.ix.fpes[f.pfrom:f.pto]; ok && !slices.Equal(got, want) {
			t.Errorf("listed prefixes of %q: got %d, want %d", w, len(got), len(want))
		}
		if ok {
			wantTerms := map[int32]bool{}
			if id >= 0 {
				for _, x := range e.ix.terms[id] {
					wantTerms[x] = true
				}
			}
			if sid >= 0 {
				for _, x := range e.ix.terms[sid] {
					wantTerms[x] = true
				}
			}
			for _, pe := range want {
				for _, x := range pe.terms {
					wantTerms[x] = true
				}
			}
			got := e.ix.fterms[f.tfrom:f.tto]
			seen := map[int32]bool{}
			for _, x := range got {
				if seen[x] || !wantTerms[x] {
					t.Errorf("listed terms of %q: %d repeated or not satisfied", w, x)
				}
				seen[x] = true
			}
			if len(seen) != len(wantTerms) {
				t.Errorf("listed terms of %q: got %d, want %d", w, len(seen), len(wantTerms))
			}
		}
	}
}

// TestPhraseSize holds a phrase to one cache line (see phrase), and a candidate to
// 8 bytes (see cand).
func TestPhraseSize(t *testing.T) {
	if n := unsafe.Sizeof(phrase{}); n != 64 {
		t.Errorf("a phrase takes %d bytes, want 64", n)
	}
	if n := unsafe.Sizeof(cand{}); n != 8 {
		t.Errorf("a candidate takes %d bytes, want 8", n)
	}
}

// TestAnchors checks the choice of a phrase's anchors: the two terms after the
// first that the fewest phrases use, the earlier of two alike.
func TestAnchors(t *testing.T) {
	ix := &index{nterms: 10}
	use := []int32{9, 5, 1, 3, 3, 7, 2, 0, 0, 0}
	terms := func(ids ...int32) []term {
		out := make([]term, len(ids))
		for i, id := range ids {
			out[i].id = id
		}
		return out
	}
	tests := []struct {
		name  string
		terms []term
		want  [2]int32
	}{
		{"one term: the term every question has", terms(0), [2]int32{10, 10}},
		{"two terms: the second twice", terms(0, 5), [2]int32{5, 5}},
		{"three terms: both later ones, rarest first", terms(0, 5, 2), [2]int32{2, 5}},
		{"the rarest two of four", terms(0, 5, 2, 6), [2]int32{2, 6}},
		{"the earlier of two alike", terms(0, 3, 4, 5), [2]int32{3, 4}},
		{"a term repeated counts once", terms(0, 2, 2, 1), [2]int32{2, 1}},
		{"the first term is no anchor", terms(2, 0, 1), [2]int32{1, 0}},
	}
	for _, tt := range tests {
		if got := ix.anchors(tt.terms, use); got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestCandidateLists checks what pick and tryAll rely on: in every candidate list
// the catalogue-only phrases come last, a candidate's anchors are terms of its
// phrase after the first (or, for a phrase of one term, the term every question
// has), and a phrase notes its number of terms and its second term's gap.
func TestCandidateLists(t *testing.T) {
	e := mustEngine(t)
	lists := append(append([][]cand{}, e.ix.exact...), e.ix.rexact...)
	for _, n := range e.ix.pnodes {
		if n.entry != nil {
			lists = append(lists, n.entry.phrases, n.entry.rphrases)
		}
	}
	for _, l := range lists {
		for i := range l {
			c := &l[i]
			if i > 0 && e.ix.phrases[l[i-1].phrase].catOnly && !e.ix.phrases[c.phrase].catOnly {
				t.Errorf("phrase %d, used by a rule, comes after a catalogue-only phrase", c.phrase)
			}
			ph := &e.ix.phrases[c.phrase]
			if int(ph.nterms) != min(len(ph.terms), 255) || len(ph.terms) > 1 && int(ph.gap) != ph.terms[1].gap {
				t.Errorf("phrase %d: %d terms and gap %d noted, want %d and the second term's", c.phrase, ph.nterms, ph.gap, len(ph.terms))
			}
			for _, a16 := range c.need {
				a := int32(a16)
				ok := len(ph.terms) == 1 && a == int32(e.ix.nterms)
				for _, tm := range ph.terms[1:] {
					ok = ok || tm.id == a
				}
				if !ok {
					t.Errorf("phrase %d: anchor %d is not one of its later terms", c.phrase, a)
				}
			}
		}
	}
}

// TestIndexOverMaskLimitAgrees checks the matching of an index of more terms than a
// termSet holds: it is built as one under the limit and then given what an index
// over it has (index.masked unset, no anchors in the candidates), and must find on
// every labelled question and heading the same hits, rules and firings as the masked
// matching of the index as built.
func TestIndexOverMaskLimitAgrees(t *testing.T) {
	e := mustEngine(t)
	if !e.ix.masked || e.ix.nterms > maxMaskedTerms {
		t.Fatalf("the index of %d terms is not masked: the limit is %d", e.ix.nterms, maxMaskedTerms)
	}
	over := mustEngine(t)
	over.ix.masked = false
	for _, lists := range [][][]cand{over.ix.exact, over.ix.rexact} {
		for _, l := range lists {
			for i := range l {
				l[i].need = [2]uint16{}
			}
		}
	}
	var texts []string
	for _, p := range labelledSets(t) {
		for _, q := range readEvalSet(t, p) {
			texts = append(texts, q.Text, q.Section)
		}
	}
	s, so := e.pool.Get().(*scratch), over.pool.Get().(*scratch)
	defer e.pool.Put(s)
	defer over.pool.Put(so)
	s.vocab, so.vocab = true, true
	defer func() { s.vocab, so.vocab = false, false }()
	masked := 0
	for _, text := range texts {
		want := slices.Clone(e.fire(s, text))
		if s.masked {
			masked++
		}
		got := over.fire(so, text)
		if so.masked {
			t.Fatalf("%q: matched with the masks over an index past the limit", text)
		}
		if !slices.Equal(so.hits, s.hits) || !slices.Equal(so.vhits, s.vhits) || !slices.Equal(so.rules, s.rules) ||
			!slices.Equal(got, want) || !slices.Equal(so.cat, s.cat) || !slices.Equal(so.area, s.area) {
			t.Errorf("%q: an index past the limit matches otherwise\nmasked: %v %v\nover:   %v %v", text, s.rules, want, so.rules, got)
		}
	}
	if masked == 0 {
		t.Error("no text was matched with the masks")
	}
}

// TestGroupedPickAgrees checks that reading a long candidate list by its groups
// (in either order of catalogue terms) keeps the candidates reading it whole keeps,
// in the same order, for term sets of
// several densities, in passes with and without the catalogue-only phrases.
func TestGroupedPickAgrees(t *testing.T) {
	e := mustEngine(t)
	type list struct {
		cands []cand
		g     *candGroups
	}
	var lists []list
	add := func(cands []cand, g *candGroups) {
		if g != nil {
			lists = append(lists, list{cands, g})
		}
	}
	for id := range e.ix.exactG {
		add(e.ix.exact[id], e.ix.exactG[id])
		add(e.ix.rexact[id], e.ix.rexactG[id])
	}
	for _, n := range e.ix.pnodes {
		if n.entry != nil {
			add(n.entry.phrases, n.entry.groups)
			add(n.entry.rphrases, n.entry.rgroups)
		}
	}
	if len(lists) < 10 {
		t.Fatalf("only %d lists are read by groups", len(lists))
	}
	s := &scratch{masked: true, has: new(termSet)}
	x := uint64(1)
	for _, density := range []uint64{2, 4, 16} {
		for range 20 {
			clear(s.has[:])
			for id := range e.ix.nterms + 1 {
				x ^= x << 13
				x ^= x >> 7
				x ^= x << 17
				if x%density == 0 || id == e.ix.nterms {
					*s.has.word(int32(id)) |= 1 << (id & 63)
				}
			}
			for _, vocab := range []bool{true, false} {
				s.vocab = vocab
				for _, l := range lists {
					got := slices.Clone(s.pick(l.cands, l.g, e.ix.phrases))
					want := s.pick(l.cands, nil, e.ix.phrases)
					if !slices.Equal(got, want) {
						t.Fatalf("1 in %d terms, vocab %v: groups pick %v, the whole list %v", density, vocab, got, want)
					}
				}
			}
		}
	}
}
