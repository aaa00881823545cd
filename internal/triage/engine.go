package triage

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"sync"
)

// Engine holds the compiled rule table. It is safe for concurrent use.
type Engine struct {
	rules []compiled
	pats  []patInfo // by pattern number: what matching and scoring read of it
	ix    index
	vocab bool // the criteria catalogue is compiled in
	areas bool // the SOC 1 areas catalogue is compiled in
	wd    *wording
	pool  sync.Pool
}

// NewEngine compiles the embedded rule table and criteria catalogue, validating both.
func NewEngine() (*Engine, error) { return NewEngineFS(ruleFiles) }

// NewEngineFS compiles the rules/*.json files of fsys and, when fsys has one, its
// criteria catalogue (criteria.json).
func NewEngineFS(fsys fs.FS) (*Engine, error) {
	// The rules use the closed lists too, with or without the catalogue files.
	for _, c := range []*vocabCatalogue{&criteriaCatalogue, &areasCatalogue} {
		if err := c.fits(); err != nil {
			return nil, err
		}
	}
	rules, lex, err := LoadRules(fsys)
	if err != nil {
		return nil, fmt.Errorf("load rules: %w", err)
	}
	// The catalogues are read first so that the index is made for all the sources.
	n := sources(rules)
	var docs [2]*catalogueDoc
	for i, c := range []*vocabCatalogue{&criteriaCatalogue, &areasCatalogue} {
		if docs[i], err = readCatalogue(fsys, c); err != nil {
			return nil, err
		}
		if docs[i] != nil {
			n += docs[i].sources(c)
		}
	}
	pc := newPhraseCompiler(lex, n)
	ib := newIndexBuilder(patternsFor(n))
	cr, err := compile(rules, pc, ib)
	if err != nil {
		return nil, fmt.Errorf("compile rules: %w", err)
	}
	e := &Engine{rules: cr}
	for i, c := range []*vocabCatalogue{&criteriaCatalogue, &areasCatalogue} {
		if docs[i] == nil {
			continue // a catalogue is an addition the rules run without
		}
		if err := c.compile(*docs[i], pc, ib); err != nil {
			return nil, fmt.Errorf("compile %s: %w", c.name, err)
		}
	}
	e.vocab, e.areas = docs[0] != nil, docs[1] != nil
	e.ix, e.pats = ib.index()
	doc, err := loadWording(fsys)
	if err != nil {
		return nil, err
	}
	if doc != nil {
		if e.wd, err = newWording(doc, &e.ix); err != nil {
			return nil, err
		}
		e.ix.addWording(e.wd)
	}
	words := e.ix.forms
	e.pool.New = func() any {
		return &scratch{seen: make([]uint32, len(e.pats)), cat: make([]float32, len(AllCriteria)), area: make([]float32, len(AllSOC1Areas)), wd: e.wd, forms: words}
	}
	return e, nil
}

// patternsFor returns about how many patterns the given number of source phrases
// expand to: two and a half each, a little more than the rules and catalogues
// have. The index is made for as many.
func patternsFor(sources int) int { return sources * 5 / 2 }

// readCatalogue reads catalogue c when fsys has its file, and returns nil when it
// has none.
func readCatalogue(fsys fs.FS, c *vocabCatalogue) (*catalogueDoc, error) {
	doc, err := c.read(fsys)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, nil
	case err != nil:
		return nil, fmt.Errorf("load %s: %w", c.name, err)
	}
	return &doc, nil
}

// Rules returns the rule table in order.
func (e *Engine) Rules() []Rule {
	out := make([]Rule, len(e.rules))
	for i := range e.rules {
		out[i] = e.rules[i].Rule
	}
	return out
}

// TriageQuestions classifies questions in order and summarises them (the
// pipeline's first two steps, without progress or cancellation).
func (e *Engine) TriageQuestions(qs []Question) Result {
	res, _ := Classify(context.Background(), e, qs, nil)
	return res
}

// firing is one rule that matched a question. A held firing is negated too: its
// words name what the asker already has ("we already hold your SOC 2"), which is
// neither asked for nor refused, so it does not count for the other type either.
//
// A told firing is negated too: its words are a fact the line tells, not one it asks
// of the respondent (told.go).
type firing struct {
	rule    int32
	negated bool
	held    bool
	told    bool
	// A yielded firing is negated too: a written answer (a fact about the company
	// or the product) on a line that asks a control over a money process (yield.go).
	yielded bool
	// An aside firing is negated too: its words stand only in a subject the line
	// names to set aside before asking something else (setaside.go).
	aside bool
}

// fire matches text and returns the rules that fired, in table order, with
// suppressed rules removed. The result aliases s.
func (e *Engine) fire(s *scratch, text string) []firing {
	e.newPass(s)
	s.tokenize(text)
	e.match(s)
	fired := s.fired[:0]
	for _, ri := range s.rules {
		r := &e.rules[ri]
		if !e.ruleMatches(s, ri) || r.Joined && !e.listed(s, text, ri) || r.Capability && !e.productAsked(s, ri) ||
			r.Contact && !contactAsked(s.toks) || r.Asked && !askerAsks(s.toks) || r.Fact && !s.factAsked() ||
			r.Accept && e.acceptanceSpent(s, ri) {
			continue
		}
		var neg, held bool
		if r.Negatable {
			held = e.held(s, text, ri)
			neg = held || e.negated(s, ri)
		}
		fired = append(fired, firing{rule: ri, negated: neg, held: held})
	}
	fired = e.dropRemainder(fired)
	e.markTold(s, text, fired)
	e.markAside(s, text, fired)
	e.markYielded(s, text, fired)
	// Suppression: a fired rule overrides the rules it names.
	// A rule that is itself overridden overrides nothing: two passes settle chains
	// such as "bridge letter with the report" over "bridge letter alone" over "SOC 2".
	// A told rule still overrides: its words are a fact the line tells, not the
	// control the rules it names would read in them.
	s.supp = s.supp[:0]
	for _, f := range fired {
		if (!f.negated || f.told) && e.suppressed(fired, nil, f.rule) {
			s.supp = append(s.supp, f.rule)
		}
	}
	out := fired[:0]
	for _, f := range fired {
		if f.negated || !e.suppressed(fired, s.supp, f.rule) {
			out = append(out, f)
		}
	}
	s.fired = out
	return out
}

// newPass opens a pass: it forgets what the last pass read (the generation marks,
// the memo, the vocabulary's hits) before the pass tokenizes and matches its text, so
// that nothing read from then on answers with another line's tokens or hits.
func (e *Engine) newPass(s *scratch) {
	s.gen++
	if s.gen == 0 { // wrapped: clear the generation marks
		clear(s.seen)
		clear(s.vetoed)
		clear(s.within)
		clear(s.ruleMemo)
		s.gen = 1
	}
	s.resetMemo(len(e.rules))
	s.otherwise = 0
	if s.vocab {
		clear(s.cat)
		clear(s.area)
		s.vhits = s.vhits[:0]
		s.mhits = s.mhits[:0]
		s.rhits = s.rhits[:0]
		s.vsense, s.vread = s.vsense[:0], s.vread[:0]
		s.subj = 0
	}
}

// suppressed reports whether a fired rule, not negated (or only told) and not in
// skip, overrides ri.
func (e *Engine) suppressed(fired []firing, skip []int32, ri int32) bool {
	for _, f := range fired {
		if f.negated && !f.told || containsRule(skip, f.rule) {
			continue
		}
		for _, x := range e.rules[f.rule].suppresses {
			if x == ri {
				return true
			}
		}
	}
	return false
}

// ruleMatches reports whether rule ri matches the question last matched in s. A rule
// that matches only on words its except_within phrases read another way does not.
// When such a phrase is why, or the rule does not match for another reason while the
// question has one, the rule's SOC 1 areas are marked in s.otherwise: the area
// vocabulary does not add them ("who is permitted to edit invoices in the payables
// system" names no change to it).
func (e *Engine) ruleMatches(s *scratch, ri int32) bool {
	r := &e.rules[ri]
	if s.vetoed[ri] != s.gen && e.matchesOutside(s, ri, r) { // vetoed: a phrase of its not list matched (see tryAll)
		return true
	}
	if s.within[ri] == s.gen {
		for _, ai := range r.areaIdx {
			s.otherwise |= 1 << uint(ai)
		}
	}
	return false
}

// matchesOutside reports whether rule ri (r) has a phrase of its any list and of
// every group of all, outside the hits of its except_within phrases.
func (e *Engine) matchesOutside(s *scratch, ri int32, r *compiled) bool {
	if s.rroles[ri]&r.roles != r.roles { // see tryAll: a phrase of each role matched
		return false
	}
	return s.within[ri] != s.gen || e.outsideWithin(s, ri, r)
}

// outsideWithin reports whether rule ri (r) still matches with its words inside the
// hits of its except_within phrases left out: a hit of its any list, and of every
// group of all, stands outside all of them.
func (e *Engine) outsideWithin(s *scratch, ri int32, r *compiled) bool {
	if len(r.any) > 0 && !e.hitOutside(s, ri, roleAny) {
		return false
	}
	for g := range r.all {
		if !e.hitOutside(s, ri, int16(g)) {
			return false
		}
	}
	return true
}

// hitOutside reports whether rule ri has a hit of the given role that no hit of its
// except_within phrases contains. match records the hits word by word, so those
// that open before a hit or at its word come before it, but for the others at its
// word: the furthest end among them is carried along, and the line is read once.
// Hits out of that order are read the long way (hitOutsideEach).
func (e *Engine) hitOutside(s *scratch, ri int32, role int16) bool {
	reach := int32(-1) // the furthest end of a within hit of ri opening at or before the word read
	for i := range s.hits {
		h := &s.hits[i]
		if i > 0 && h.from < s.hits[i-1].from {
			return hitOutsideEach(s, ri, role)
		}
		if h.rule != ri {
			continue
		}
		if h.role == roleWithin {
			reach = max(reach, h.to)
			continue
		}
		if h.role != role || h.to <= reach {
			continue
		}
		inside := false
		for j := i + 1; j < len(s.hits) && s.hits[j].from == h.from; j++ {
			if w := &s.hits[j]; w.rule == ri && w.role == roleWithin && h.to <= w.to {
				inside = true
				break
			}
		}
		if !inside {
			return true
		}
	}
	return false
}

// hitOutsideEach is hitOutside for hits in any order: each hit of the role is
// compared with every within hit.
func hitOutsideEach(s *scratch, ri int32, role int16) bool {
	for _, h := range s.hits {
		if h.rule != ri || h.role != role {
			continue
		}
		inside := false
		for _, w := range s.hits {
			if w.rule == ri && w.role == roleWithin && w.from <= h.from && h.to <= w.to {
				inside = true
				break
			}
		}
		if !inside {
			return true
		}
	}
	return false
}

func containsRule(list []int32, r int32) bool {
	for _, x := range list {
		if x == r {
			return true
		}
	}
	return false
}
