package triage

import (
	"fmt"
	"strconv"
	"strings"
)

// phraseCompiler compiles the phrases of the rules and catalogues of one engine, as
// expandLexicon and compilePhrase do, with less work: a phrase is expanded as a list
// of its chunks (the words between spaces) without joining and splitting strings
// again, every distinct chunk is tokenized once, its terms are kept and shared by
// every phrase that has it, and each distinct word is copied once. Terms and their
// alternatives are carved out of large blocks rather than allocated one by one.
//
// A source it cannot compile is compiled again by expandLexicon and compilePhrase,
// whose error is the one reported, so that errors read the same either way.
type phraseCompiler struct {
	lex map[string][]string
	// lexFields holds each lexicon entry's phrases split into chunks, once.
	lexFields map[string][][]string
	chunks    map[string]chunkTerms
	words     map[string]string // each distinct word once
	bufs      [][]string        // by depth of expansion: the chunks of the phrase
	kinds     []chunkKind       // the kinds of the chunks of the phrase being compiled
	cur       []term            // the phrase being compiled
	out       [][]term          // the phrases of the source being compiled
	terms     []term            // the free part of the current block of terms
	alts      []alt             // the same for alternatives
	narrays   int32             // the arrays of alternatives made (term.arr)
	tz        scratch
}

// chunkTerms is a compiled chunk: its terms, the first of the default gap and the
// others of gap 0, or ok false when the chunk is wrong.
type chunkTerms struct {
	terms []term
	ok    bool
	kind  chunkKind
}

// maxLexiconDepth is how deep lexicon references may nest.
const maxLexiconDepth = 8

func newPhraseCompiler(lex map[string][]string) *phraseCompiler {
	return &phraseCompiler{
		lex:       lex,
		lexFields: make(map[string][][]string, len(lex)),
		chunks:    make(map[string]chunkTerms, 4096),
		words:     make(map[string]string, 4096),
	}
}

// compile expands src and compiles each of its phrases, in the order expandLexicon
// gives them. The result is valid until the next call; the terms stay the caller's.
func (pc *phraseCompiler) compile(src string) ([][]term, error) {
	pc.out = pc.out[:0]
	if len(pc.bufs) == 0 {
		pc.bufs = make([][]string, maxLexiconDepth+2)
	}
	top := appendFields(pc.bufs[0][:0], src)
	pc.bufs[0] = top
	if pc.expand(top, 0) {
		return pc.out, nil
	}
	// Compile the source the plain way for its error.
	phrases, err := expandLexicon(src, pc.lex, 0)
	if err != nil {
		return nil, err
	}
	for _, ph := range phrases {
		if _, err := compilePhrase(ph); err != nil {
			if ph != src {
				return nil, fmt.Errorf("in %q: %w", src, err)
			}
			return nil, err
		}
	}
	return nil, fmt.Errorf("phrase %q does not compile", src)
}

// appendFields appends the chunks of s, as strings.Fields splits it, to dst.
func appendFields(dst []string, s string) []string {
	for f := range strings.FieldsSeq(s) {
		dst = append(dst, f)
	}
	return dst
}

// expand replaces the first @name of fields with each phrase of that lexicon entry
// and expands the result, as expandLexicon does; a phrase without one is compiled.
// It reports false when a reference or a phrase is wrong.
func (pc *phraseCompiler) expand(fields []string, depth int) bool {
	if depth > maxLexiconDepth {
		return false
	}
	for i, f := range fields {
		if f[0] != '@' {
			continue
		}
		phrases, ok := pc.lexicon(f[1:])
		if !ok {
			return false
		}
		for _, ph := range phrases {
			buf := append(append(append(pc.bufs[depth+1][:0], fields[:i]...), ph...), fields[i+1:]...)
			pc.bufs[depth+1] = buf
			if !pc.expand(buf, depth+1) {
				return false
			}
		}
		return true
	}
	terms, ok := pc.phrase(fields)
	if ok {
		pc.out = append(pc.out, terms)
	}
	return ok
}

// lexicon returns the phrases of a lexicon entry, split into chunks.
func (pc *phraseCompiler) lexicon(name string) ([][]string, bool) {
	if l, ok := pc.lexFields[name]; ok {
		return l, true
	}
	phrases, ok := pc.lex[name]
	if !ok {
		return nil, false
	}
	l := make([][]string, len(phrases))
	for i, ph := range phrases {
		l[i] = appendFields(nil, ph)
	}
	pc.lexFields[name] = l
	return l, true
}

// phrase compiles one expanded phrase, given as its chunks, as compilePhrase does.
func (pc *phraseCompiler) phrase(fields []string) ([]term, bool) {
	cur := pc.cur[:0]
	gap, chunks, skips := defaultGap, 0, false
	for _, c := range fields {
		if c[0] == '~' {
			n, err := strconv.Atoi(c[1:])
			if err != nil || n < 0 || n > 12 {
				return nil, false
			}
			gap = n
			continue
		}
		chunks++
		ct, ok := pc.chunks[c]
		if !ok {
			ct = pc.chunk(c)
			pc.chunks[c] = ct
		}
		if !ct.ok {
			return nil, false
		}
		if len(ct.terms) == 0 {
			skips = true
			continue // "point in time": the text skips "in" too
		}
		cur = append(cur, ct.terms...)
		cur[len(cur)-len(ct.terms)].gap = gap
		gap = defaultGap
	}
	pc.cur = cur
	if len(cur) == 0 || chunks > 1 && len(cur) == 1 || splitAlternative(cur) != "" {
		return nil, false
	}
	if skips {
		kinds := pc.kinds[:0]
		for _, c := range fields {
			k := chunkGap
			if c[0] != '~' {
				k = pc.chunks[c].kind
			}
			kinds = append(kinds, k)
		}
		pc.kinds = kinds
		if _, _, bad := danglingSkip(fields, kinds); bad {
			return nil, false
		}
	}
	if len(fields) == 1 {
		return pc.chunks[fields[0]].terms, true // the phrases of one chunk share its terms
	}
	terms := pc.newTerms(len(cur))
	copy(terms, cur)
	return terms, true
}

// chunk compiles one chunk that is not a gap: an alternation ("mfa|2fa|otp") is one
// term, other words are a term each.
func (pc *phraseCompiler) chunk(c string) chunkTerms {
	tz := &pc.tz
	if strings.Contains(c, "|") {
		n := strings.Count(c, "|") + 1
		alts := pc.newAlts(n)[:0]
		for a := range strings.SplitSeq(c, "|") {
			prefix := strings.HasSuffix(a, "*")
			tz.tokenize(strings.TrimSuffix(a, "*"))
			if len(tz.toks) != 1 || tz.toks[0].stop && !prefix {
				return chunkTerms{}
			}
			alts = append(alts, pc.alt(tz.toks[0].text, prefix))
		}
		terms := pc.newTerms(1)
		pc.narrays++
		terms[0].alts, terms[0].arr, terms[0].gap = alts, pc.narrays, defaultGap
		return chunkTerms{terms: terms, ok: shortPrefixFree(terms), kind: chunkAlt}
	}
	prefix := strings.HasSuffix(c, "*")
	tz.tokenize(strings.TrimSuffix(c, "*"))
	n := 0
	for _, tk := range tz.toks {
		if !tk.stop {
			n++
		}
	}
	terms, alts := pc.newTerms(n), pc.newAlts(n)
	i := 0
	for _, tk := range tz.toks {
		if tk.stop {
			continue
		}
		alts[i] = pc.alt(tk.text, prefix && i == n-1)
		pc.narrays++
		terms[i].alts, terms[i].arr = alts[i:i+1:i+1], pc.narrays
		i++
	}
	kind := chunkSkip
	if n > 0 {
		terms[0].gap, kind = defaultGap, chunkWords
	}
	return chunkTerms{terms: terms, ok: shortPrefixFree(terms), kind: kind}
}

// shortPrefixFree reports whether no alternative of terms is a prefix shorter than
// three letters.
func shortPrefixFree(terms []term) bool {
	for _, t := range terms {
		for _, a := range t.alts {
			if a.prefix && len(a.word) < 3 {
				return false
			}
		}
	}
	return true
}

// alt is newAlt with each distinct word copied once.
func (pc *phraseCompiler) alt(w string, prefix bool) alt {
	if !prefix {
		w = stem(w)
	}
	s, ok := pc.words[w]
	if !ok {
		s = strings.Clone(w)
		pc.words[s] = s
	}
	return alt{word: s, prefix: prefix}
}

// termBlock and altBlock are how many terms and alternatives a block holds.
const (
	termBlock = 2048
	altBlock  = 4096
)

// newTerms returns n zero terms of the current block, which grows no further.
func (pc *phraseCompiler) newTerms(n int) []term { return carve(&pc.terms, n, termBlock) }

// newAlts returns n zero alternatives of the current block, which grows no further.
func (pc *phraseCompiler) newAlts(n int) []alt { return carve(&pc.alts, n, altBlock) }

// carve cuts n zero elements off the front of *block, first making a new block of
// size elements, or n if more, when it holds too few.
func carve[T any](block *[]T, n, size int) []T {
	if cap(*block) < n {
		*block = make([]T, max(n, size))
	}
	s := (*block)[:n:n]
	*block = (*block)[n:]
	return s
}
