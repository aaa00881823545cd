package triage

// How a question's words are read before the rules see them, beyond lower-casing
// and plural folding: abbreviations and calques are expanded into the words the
// rules and catalogues know, and a long word no rule reads that is one slip of the
// keyboard away from exactly one word they do read is read as that word. Both keep
// the question's own words in the evidence: an expanded or corrected word has the
// byte offsets of what was written, and the verdict names each reading.

import (
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"
)

// wordingFile is the table of abbreviations, calques and real words that look like
// slips, in the rules' file system.
const wordingFile = "wording.json"

// Spelling: only words of minTypoLen letters or more are corrected, into words of
// minTargetLen or more; shorter words are too often another real word one edit away.
const (
	minTypoLen   = 6
	minTargetLen = 5
	maxTypoLen   = 24
)

// WordingEntry is one line of wording.json: forms people write and what they mean.
type WordingEntry struct {
	// Write lists the written forms, each one word ("pwd") or two words of one or two
	// letters joined by a slash or an ampersand ("a/c", "m&a").
	Write []string `json:"write"`
	// Read is what they mean, in words the rules know ("password", "segregation of duties").
	Read string `json:"read"`
	// Unless lists words (a trailing * makes a prefix) that give the form another
	// sense anywhere in the question: "AP" beside "wireless" is an access point.
	Unless []string `json:"unless,omitempty"`
	// UnlessNear lists words that give the form another sense only when they stand
	// within senseWindow words of it, in its sentence: "year" beside "formation" dates
	// a company ("year of formation"), while "formation … each year" is training.
	UnlessNear []string `json:"unless_near,omitempty"`
	// From names the languages a calque comes from ("fr", "es"); an entry of calques
	// needs it, and the evidence calls its reading a calque.
	From []string `json:"from,omitempty"`
	// Capitals reads the form only when it is written in capital letters in a
	// question that has small letters elsewhere: "IDS" is an intrusion detection
	// system, while "IDs" and "ids" are identifiers.
	Capitals bool `json:"capitals,omitempty"`
}

// SenseEntry is one word of the rules' financial vocabulary read in another sense
// when its neighbours say so: a ledger that is immutable or append-only is a log, a
// notice posted to a status page is published. The rules read the written form in
// its financial sense everywhere else.
type SenseEntry struct {
	// Write lists the forms, each one word the rules read ("ledger", "ledgers").
	Write []string `json:"write"`
	// Read is the one word the form is read as in the other sense ("log").
	Read string `json:"read"`
	// Near lists words (a trailing * makes a prefix) that give the other sense when
	// one stands within senseWindow words on either side, in the same sentence.
	Near []string `json:"near,omitempty"`
	// Before lists words that give the other sense when they stand just before the
	// form, as written and with no word between ("change ledger", "job posting"): a
	// plural ("jobs posting entries") or a relative clause ("jobs that post") makes
	// the cue the subject of the verb, and so does a target after the form ("the job
	// posts receipts to the ledger").
	Before []string `json:"before,omitempty"`
	// After lists words that give the other sense when they follow the form after an
	// article ("posting a job", "post a vacancy").
	After []string `json:"after,omitempty"`
	// Next lists words that give the other sense when they are the next word after
	// the form, skipped words aside, in the same sentence: a verb with its object
	// ("commission servers") or the head of a compound ("trading partner"). An entry
	// of two words ("new server*") needs both, in order: a modifier such as "new"
	// says nothing alone ("commission new business rates").
	Next []string `json:"next,omitempty"`
	// Unless lists words that keep the form's own sense when one stands within
	// senseWindow words on either side, whatever cue stands there too: a price word
	// beside "charge" ("an extra charge for peak capacity") is a fee, not load.
	Unless []string `json:"unless,omitempty"`
}

type wordingDoc struct {
	About  string         `json:"about"`
	Expand []WordingEntry `json:"expand"`
	// Calques lists words and phrasings carried over from another language by
	// people writing English as a second language, and false friends ("formation"
	// for training, "virement" for a bank transfer), each read as the English word
	// it stands for. They are read like Expand; each needs From.
	Calques []WordingEntry `json:"calques,omitempty"`
	// Senses lists words of the rules read in another sense beside their cue words.
	Senses []SenseEntry `json:"senses,omitempty"`
	// Spelling lists the words a slip may be read as: words of the rules written in
	// full ("encryption", "awareness"). A fixed list, so that a new rule example does
	// not make another real word look like a slip.
	Spelling []string `json:"spelling"`
	// NotSlips are real words one edit away from a word of Spelling, which must not
	// be corrected ("market" is not "marked").
	NotSlips []string `json:"not_slips"`
}

// expansion is a compiled WordingEntry.
type expansion struct {
	read       string
	toks       []token // the words of read, with their stop flags
	unless     []alt
	unlessNear []alt
	calque     bool // an entry of calques
	capitals   bool // read only when written in capitals (WordingEntry.Capitals)
}

// sense is a compiled SenseEntry.
type sense struct {
	read                      string
	near, before, after, next []alt
	next2                     [][2]alt // the two-word entries of Next
	unless                    []alt
}

// senseWindow is how many words on either side of a form its Near cues may stand.
const senseWindow = 3

// wording is the compiled table.
type wording struct {
	expand  map[string]*expansion
	senses  map[string]*sense
	known   map[string]bool // real words that are never corrected
	targets []string        // the words a slip may be read as
	// near lists, for a target and for each target less one letter, the targets it
	// comes from: a word one edit from a target shares a key with it (the word itself,
	// or the word less one letter).
	near map[string][]int32
	// first2[c] has bit n set when a written form starts with letters c (two letters
	// packed as 26*a+b) and has n bytes: most words need no look-up in expand.
	first2 []uint64

	spelling []string // the words of wording.json's spelling, for buildNear
	ix       *index
	once     sync.Once
}

// readAs is one word read otherwise than written, for the evidence.
type readAs struct {
	start, end int
	read       string
	calque     bool
}

// loadWording reads wording.json from fsys, or returns nil when fsys has none.
func loadWording(fsys fs.FS) (*wordingDoc, error) {
	data, err := fs.ReadFile(fsys, wordingFile)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if doc, ok := decodeWording(data); ok {
		return &doc, nil
	}
	var doc wordingDoc
	if err := decodeStrict(data, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", wordingFile, err)
	}
	return &doc, nil
}

// newWording compiles the table. The words of Spelling that the index reads are
// the words a slip may be read as; they and NotSlips are never corrected.
func newWording(doc *wordingDoc, ix *index) (*wording, error) {
	wd := &wording{expand: map[string]*expansion{}, senses: map[string]*sense{}, known: map[string]bool{}, first2: make([]uint64, 26*27)}
	var tz scratch
	for i, en := range doc.Senses {
		if len(en.Write) == 0 || !isLowerWord(en.Read) || len(en.Near)+len(en.Before)+len(en.After)+len(en.Next) == 0 {
			return nil, fmt.Errorf("%s: sense %d needs write, a read of one lower-case word, and a cue (near, before, after or next)", wordingFile, i+1)
		}
		x := &sense{read: en.Read}
		for _, list := range []struct {
			words []string
			dst   *[]alt
		}{{en.Near, &x.near}, {en.Before, &x.before}, {en.After, &x.after}, {en.Next, &x.next}, {en.Unless, &x.unless}} {
			for _, u := range list.words {
				if first, second, two := strings.Cut(u, " "); two && list.dst == &x.next {
					a, okA := cueAlt(&tz, first)
					b, okB := cueAlt(&tz, second)
					if !okA || !okB {
						return nil, fmt.Errorf("%s: next cue %q of sense %q must be two words that are not skipped", wordingFile, u, en.Read)
					}
					x.next2 = append(x.next2, [2]alt{a, b})
					continue
				}
				a, ok := cueAlt(&tz, u)
				if !ok {
					return nil, fmt.Errorf("%s: cue %q of sense %q must be one word that is not skipped", wordingFile, u, en.Read)
				}
				*list.dst = append(*list.dst, a)
			}
		}
		for _, w := range en.Write {
			if !isLowerWord(w) || wd.senses[w] != nil {
				return nil, fmt.Errorf("%s: sense form %q must be one lower-case word, listed once", wordingFile, w)
			}
			wd.senses[w] = x
		}
	}
	entries := slices.Concat(doc.Expand, doc.Calques)
	for i, en := range entries {
		calque := i >= len(doc.Expand)
		if len(en.Write) == 0 || strings.TrimSpace(en.Read) == "" {
			return nil, fmt.Errorf("%s: entry %d needs write and read", wordingFile, i+1)
		}
		if calque && len(en.From) == 0 {
			return nil, fmt.Errorf("%s: calque %q needs from, the languages it comes from", wordingFile, en.Read)
		}
		x := &expansion{read: en.Read, calque: calque, capitals: en.Capitals}
		tz.tokenize(en.Read)
		for _, t := range tz.toks {
			xt := token{text: strings.Clone(t.text), stop: t.stop, form: t.form, read: t.read}
			xt.cls, xt.sns = classOf(xt.text), senseOf(xt.text) // the engine's tokenizer gives every token its classes
			x.toks = append(x.toks, xt)
		}
		if len(x.toks) == 0 {
			return nil, fmt.Errorf("%s: %q reads as no words", wordingFile, en.Read)
		}
		for _, u := range en.Unless {
			prefix := strings.HasSuffix(u, "*")
			tz.tokenize(strings.TrimSuffix(u, "*"))
			if len(tz.toks) != 1 {
				return nil, fmt.Errorf("%s: unless %q of %q must be one word", wordingFile, u, en.Read)
			}
			x.unless = append(x.unless, newAlt(tz.toks[0].text, prefix))
		}
		for _, u := range en.UnlessNear {
			a, ok := cueAlt(&tz, u)
			if !ok {
				return nil, fmt.Errorf("%s: unless_near %q of %q must be one word that is not skipped", wordingFile, u, en.Read)
			}
			x.unlessNear = append(x.unlessNear, a)
		}
		for _, w := range en.Write {
			key, err := writtenKey(&tz, w)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", wordingFile, err)
			}
			if _, dup := wd.expand[key]; dup {
				return nil, fmt.Errorf("%s: %q is written twice", wordingFile, w)
			}
			wd.expand[key] = x
			if k, ok := pairKey(key); ok && len(key) < 64 {
				wd.first2[k] |= 1 << len(key)
			}
		}
	}
	for _, w := range doc.NotSlips {
		wd.known[w] = true
	}
	for _, w := range doc.Spelling {
		if !isLowerWord(w) {
			return nil, fmt.Errorf("%s: spelling word %q is not a lower-case word", wordingFile, w)
		}
		wd.known[w] = true
	}
	wd.spelling, wd.ix = doc.Spelling, ix
	return wd, nil
}

// buildNear fills the spelling tables. It runs once, when the first word that may be
// a slip is met, so that loading the rules does not pay for it.
func (wd *wording) buildNear() {
	wd.near = map[string][]int32{}
	seen := map[string]bool{}
	var buf []byte
	for _, w := range wd.spelling {
		if seen[w] || len(w) < minTargetLen || len(w) > maxTypoLen || !wd.ix.reads(w) {
			continue
		}
		seen[w] = true
		ti := int32(len(wd.targets))
		wd.targets = append(wd.targets, w)
		wd.near[w] = append(wd.near[w], ti)
		for i := range len(w) {
			buf = append(append(buf[:0], w[:i]...), w[i+1:]...)
			if l := wd.near[string(buf)]; !slices.Contains(l, ti) {
				wd.near[string(buf)] = append(l, ti)
			}
		}
	}
}

// writtenKey checks a written form and returns it as the tokenizer sees it: one
// lower-case word, or two words of one or two letters joined by a slash or an
// ampersand.
func writtenKey(tz *scratch, w string) (string, error) {
	return writtenPart(tz, w, false)
}

func writtenPart(tz *scratch, w string, slash bool) (string, error) {
	if i := strings.IndexAny(w, "/&"); i >= 0 && !slash {
		ka, erra := writtenPart(tz, w[:i], true)
		kb, errb := writtenPart(tz, w[i+1:], true)
		if erra != nil || errb != nil || len(ka) > 2 || len(kb) > 2 {
			return "", fmt.Errorf("written form %q: a slash or an ampersand joins two words of one or two letters", w)
		}
		return ka + w[i:i+1] + kb, nil
	}
	tz.tokenize(w)
	if len(tz.toks) != 1 || tz.toks[0].text == "" || tz.toks[0].text[0] < 'a' || tz.toks[0].text[0] > 'z' {
		return "", fmt.Errorf("written form %q must be one word starting with a letter", w)
	}
	if tz.toks[0].stop && !slash {
		return "", fmt.Errorf("written form %q is a skipped word", w)
	}
	return strings.Clone(tz.toks[0].text), nil
}

func isLowerWord(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// reads reports whether the index reads w: as a word of a phrase, its plural, or
// through a prefix.
func (ix *index) reads(w string) bool {
	if f, ok := ix.forms.find(w); ok && f.known() {
		return true
	}
	return len(ix.prefixes(nil, w)) > 0
}

// lookup returns the expansion of the written form at toks[k] and the number of
// tokens it spans (two for "a/c"), or nil.
func (wd *wording) lookup(text string, toks []token, k int) (*expansion, int) {
	w := toks[k].text
	if len(w) <= 2 && k+1 < len(toks) && toks[k].end < len(text) && (text[toks[k].end] == '/' || text[toks[k].end] == '&') {
		nx := &toks[k+1]
		if len(nx.text) <= 2 && nx.start == toks[k].end+1 {
			var buf [5]byte
			key := append(append(append(buf[:0], w...), text[toks[k].end]), nx.text...)
			if x := wd.expand[string(key)]; x != nil {
				return x, 2
			}
		}
	}
	if toks[k].stop || len(w) >= 64 {
		return nil, 0
	}
	if toks[k].read { // looked up in the index, which flags the written forms
		if toks[k].flags&formWritten == 0 {
			return nil, 0
		}
	} else if p, ok := pairKey(w); !ok || wd.first2[p]&(1<<len(w)) == 0 {
		return nil, 0
	}
	if x := wd.expand[w]; x != nil {
		return x, 1
	}
	return nil, 0
}

// applies reports whether no word of the question gives the form at toks[k]
// another sense: an unless word anywhere, or an unless_near word beside it.
func (x *expansion) applies(toks []token, k int) bool {
	for i := range toks {
		for _, u := range x.unless {
			t := &toks[i]
			if u.prefix && strings.HasPrefix(t.text, u.word) || !u.prefix && (t.text == u.word || stem(t.text) == u.word) {
				return false
			}
		}
	}
	return x.unlessNear == nil || !nearAny(x.unlessNear, toks, k)
}

// inCapitals reports whether text[start:end] is written in capital letters and the
// rest of text is not: a question typed in capitals throughout says nothing by its
// case ("ARE USER IDS UNIQUE?").
func inCapitals(text string, start, end int) bool {
	for i := start; i < end; i++ {
		if text[i] >= 'a' && text[i] <= 'z' {
			return false
		}
	}
	for i := 0; i < len(text); i++ {
		if (i < start || i >= end) && text[i] >= 'a' && text[i] <= 'z' {
			return true
		}
	}
	return false
}

// nearAny reports whether a word of alts stands within senseWindow words (skipped
// words aside) on either side of toks[k], in its sentence.
func nearAny(alts []alt, toks []token, k int) bool {
	words := 0
	for j := k - 1; j >= 0 && toks[j+1].brk < brkSentence && words < senseWindow; j-- {
		if toks[j].stop {
			continue
		}
		if matchesAny(alts, &toks[j]) {
			return true
		}
		words++
	}
	words = 0
	for j := k + 1; j < len(toks) && toks[j].brk < brkSentence && words < senseWindow; j++ {
		if toks[j].stop {
			continue
		}
		if matchesAny(alts, &toks[j]) {
			return true
		}
		words++
	}
	return false
}

// expandWords replaces each written form of the table in s.toks with the words it
// reads as; they keep the written form's byte offsets, so evidence quotes what was
// written. It allocates only when its buffers grow.
func (s *scratch) expandWords(text string) {
	var out []token
	copied := 0
	for k := 0; k < len(s.toks); k++ {
		x, span := s.wd.lookup(text, s.toks, k)
		if x == nil || !x.applies(s.toks, k) || x.capitals && !inCapitals(text, s.toks[k].start, s.toks[k+span-1].end) {
			continue
		}
		if out == nil {
			out = s.etoks[:0]
		}
		out = append(out, s.toks[copied:k]...)
		start, end := s.toks[k].start, s.toks[k+span-1].end
		for i, xt := range x.toks {
			xt.start, xt.end = start, end
			if i == 0 {
				xt.brk, xt.asked = s.toks[k].brk, s.toks[k].asked
			}
			out = append(out, xt)
		}
		s.reads = append(s.reads, readAs{start: start, end: end, read: x.read, calque: x.calque})
		copied = k + span
		k += span - 1
	}
	if out == nil {
		return
	}
	s.inOn = true // an expansion may bring the words readAccessWording looks for
	out = append(out, s.toks[copied:]...)
	s.etoks, s.toks = s.toks, out
}

// readSenses reads each form of the senses table whose cue words stand beside it in
// the other sense: its token takes the read word and keeps its offsets, and the
// reading is noted for the evidence.
func (s *scratch) readSenses() {
	for k := range s.toks {
		t := &s.toks[k]
		if t.stop || len(t.text) < 4 {
			continue
		}
		s.lookUp(t)
		if t.read && t.flags&formSense == 0 { // the index flags the forms of senses
			continue
		}
		x := s.wd.senses[t.text]
		if x == nil || !x.cued(s.toks, k) {
			continue
		}
		s.reads = append(s.reads, readAs{start: t.start, end: t.end, read: x.read})
		t.text = x.read
		s.reread(t)
	}
}

// cueAlt compiles one cue word (a trailing * makes a prefix); ok is false when it
// is not one word that is not skipped.
func cueAlt(tz *scratch, u string) (a alt, ok bool) {
	prefix := strings.HasSuffix(u, "*")
	tz.tokenize(strings.TrimSuffix(u, "*"))
	if len(tz.toks) != 1 || tz.toks[0].stop {
		return alt{}, false
	}
	return newAlt(tz.toks[0].text, prefix), true
}

// senseNext returns the index of the first token after toks[k] that is not skipped,
// in its sentence, or -1.
func senseNext(toks []token, k int) int {
	for j := k + 1; j < len(toks) && toks[j].brk < brkSentence; j++ {
		if !toks[j].stop {
			return j
		}
	}
	return -1
}

// cued reports whether a cue word of x stands beside toks[k]: a Before word just
// before it (see SenseEntry.Before), an After word after an article just after it,
// a Next word as the next word that is not skipped, or a Near word within
// senseWindow words, in its sentence; an Unless word within senseWindow words
// keeps the form's own sense.
func (x *sense) cued(toks []token, k int) bool {
	if x.unless != nil && nearAny(x.unless, toks, k) {
		return false
	}
	if x.next != nil || x.next2 != nil {
		if j := senseNext(toks, k); j >= 0 {
			if matchesAny(x.next, &toks[j]) {
				return true
			}
			for i := range x.next2 {
				if matchesAny(x.next2[i][:1], &toks[j]) {
					if j2 := senseNext(toks, j); j2 >= 0 && matchesAny(x.next2[i][1:], &toks[j2]) {
						return true
					}
				}
			}
		}
	}
	if k > 0 && toks[k].brk < brkSentence && x.before != nil && beforeCue(x.before, toks, k) {
		return true
	}
	if k+2 < len(toks) && (toks[k+1].text == "a" || toks[k+1].text == "an") && toks[k+2].brk < brkSentence {
		if matchesAny(x.after, &toks[k+2]) || k+3 < len(toks) && toks[k+3].brk < brkSentence && matchesAny(x.after, &toks[k+3]) {
			return true
		}
	}
	return nearAny(x.near, toks, k)
}

// beforeCue reports whether a Before word, as written, stands right before toks[k]
// and no target ("to", "into", "against") follows the form within senseWindow words.
func beforeCue(before []alt, toks []token, k int) bool {
	found := false
	for i := range before {
		if toks[k-1].text == before[i].word || before[i].prefix && strings.HasPrefix(toks[k-1].text, before[i].word) {
			found = true
			break
		}
	}
	if !found {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+senseWindow && toks[j].brk < brkSentence; j++ {
		switch toks[j].text {
		case "to", "into", "against":
			return false
		}
	}
	return true
}

func matchesAny(alts []alt, t *token) bool {
	for i := range alts {
		a := &alts[i]
		if a.prefix && strings.HasPrefix(t.text, a.word) || !a.prefix && (t.text == a.word || stem(t.text) == a.word) {
			return true
		}
	}
	return false
}

// correct returns the word w is a slip for, or "": a word of at least minTypoLen
// letters, not a known real word, one edit (a letter added, dropped, changed, or two
// neighbours swapped) away from exactly one target with the same first letter.
func (wd *wording) correct(w string, buf *[]byte) string {
	if len(w) < minTypoLen || len(w) > maxTypoLen || wd.known[w] || !isLowerWord(w) {
		return ""
	}
	wd.once.Do(wd.buildNear)
	best, ambiguous := int32(-1), false
	doubled, doubles := int32(-1), 0 // the targets that double one of w's letters
	consider := func(ti int32) {
		t := wd.targets[ti]
		if ti == best || ti == doubled || t[0] != w[0] || !oneEdit(w, t) {
			return
		}
		if best >= 0 {
			ambiguous = true
		}
		best = ti
		if doublesLetter(w, t) {
			doubled, doubles = ti, doubles+1
		}
	}
	look := func(k string) {
		for _, ti := range wd.near[k] {
			consider(ti)
		}
	}
	look(w) // w is a target less a letter
	b := *buf
	for i := range len(w) {
		b = append(append(b[:0], w[:i]...), w[i+1:]...)
		look(string(b))
	}
	*buf = b
	if ambiguous && doubles == 1 {
		// A doubled letter typed once is the commonest slip: "personel" is
		// "personnel" rather than "personal", "annualy" "annually" rather than
		// "annual".
		return wd.targets[doubled]
	}
	if best < 0 || ambiguous {
		return ""
	}
	return wd.targets[best]
}

// doublesLetter reports whether t is w with one of its letters doubled.
func doublesLetter(w, t string) bool {
	if len(t) != len(w)+1 {
		return false
	}
	i := 0
	for i < len(w) && w[i] == t[i] {
		i++
	}
	return i > 0 && t[i] == t[i-1] && t[i+1:] == w[i:]
}

// oneEdit reports whether b is a from one edit: a letter added, dropped or
// changed, or two neighbouring letters swapped.
func oneEdit(a, b string) bool {
	la, lb := len(a), len(b)
	switch la - lb {
	case 0:
		i := 0
		for i < la && a[i] == b[i] {
			i++
		}
		if i == la {
			return false
		}
		if a[i+1:] == b[i+1:] {
			return true
		}
		return i+1 < la && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	case 1:
		i := 0
		for i < lb && a[i] == b[i] {
			i++
		}
		return a[i+1:] == b[i:]
	case -1:
		return oneEdit(b, a)
	}
	return false
}

// readingEvidence names the words read otherwise than written.
func readingEvidence(text string, reads []readAs) Evidence {
	ev := Evidence{Rule: "wording", Matched: make([]string, 0, len(reads))}
	var b strings.Builder
	b.WriteString("read as: ")
	for i, r := range reads {
		w := text[r.start:r.end]
		if i > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "%s = %s", w, r.read)
		if r.calque {
			b.WriteString(" (calque)")
		}
		ev.Matched = append(ev.Matched, w)
	}
	ev.Reason = b.String()
	return ev
}

// pairKey packs the first two letters of a word (the second is 26 for a word of one
// letter), or reports false for a word that does not start with two letters.
func pairKey(w string) (int, bool) {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return 0, false
	}
	second := 26
	if len(w) > 1 {
		if w[1] < 'a' || w[1] > 'z' {
			return 0, false
		}
		second = int(w[1] - 'a')
	}
	return int(w[0]-'a')*27 + second, true
}
