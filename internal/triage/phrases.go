package triage

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// phraseCompiler compiles the phrases of the rules and catalogues of one engine, as
// expandLexicon and compilePhrase do, with less work: a phrase is expanded as a list
// of its chunks (the words between spaces) without joining and splitting strings
// again, every distinct chunk is tokenized once, its terms are kept and shared by
// every phrase that has it, and a word is its phrase's own text, not a copy, unless
// the tokenizer changed it (a capital letter lower-cased). Terms and their
// alternatives are carved out of large blocks rather than allocated one by one.
//
// A source's chunks, and each lexicon entry's, are resolved once (field): a phrase
// expanded from them reads its chunks' terms without looking them up again.
//
// A source compiled before gives the phrases it gave then, with the same numbers
// (compile): rules and catalogues repeat sources, mostly ones that expand to many
// phrases.
//
// A source it cannot compile is compiled again by expandLexicon and compilePhrase,
// whose error is the one reported, so that errors read the same either way.
type phraseCompiler struct {
	lex     map[string][]string
	sources map[string]phraseSpan // a source compiled -> its phrases in all
	refs    []lexRef              // the lexicon entries referred to, in the order met
	refAt   map[string]int32      // a lexicon entry's name -> its index in refs
	chunks  map[string]int32      // a chunk -> its index in cts
	cts     []chunkTerms          // the compiled chunks
	alts    map[string]altRef     // an alternative of an alternation ("encrypt*") -> its alt
	// splits holds, for two chunks whose terms beside each other are alternations
	// (the last term of one, the first of the next, with a wide gap or not:
	// chunkPair), whether the two terms betray an alternative written as several
	// words (splitPair).
	splits  map[uint64]bool
	bufs    [][]field   // by depth of expansion: the chunks of the phrase
	kinds   []chunkKind // the kinds of the chunks of the phrase being compiled
	all     [][]term    // the phrases of the sources compiled, by number
	tblock  []term      // the free part of the current block of terms
	ablock  []alt       // the same for alternatives
	narrays int32       // the arrays of alternatives made (term.arr)
	tz      scratch
}

// phraseSpan is where the phrases of a source are in phraseCompiler.all.
type phraseSpan struct{ from, to int32 }

// field is one chunk of a phrase, resolved: a chunk of words, compiled, a lexicon
// reference ("@name") or a gap ("~N").
type field struct {
	ct  int32 // a chunk of words: its index in phraseCompiler.cts; -1 otherwise
	ref int32 // a reference: its entry's index in phraseCompiler.refs; -1 otherwise
	gap int8  // a gap: its N, or badGap when it is wrong
}

const badGap int8 = -1

// lexRef is a lexicon entry referred to, and once read, its phrases split into
// resolved chunks (ok false when the lexicon has no such entry).
type lexRef struct {
	name    string
	read    bool
	ok      bool
	phrases [][]field
}

// chunkTerms is a compiled chunk: its terms, the first of the default gap and the
// others of gap 0, or ok false when the chunk is wrong. split is set when two of its
// own terms betray an alternative written as several words (splitPair).
type chunkTerms struct {
	terms []term
	ok    bool
	split bool
	kind  chunkKind
}

// altRef is a compiled alternative of an alternation, or ok false when it is wrong.
type altRef struct {
	word   string
	prefix bool
	ok     bool
}

// chunkPair is the key of phraseCompiler.splits: chunk left's last term, then chunk
// right's first, with a gap wider than defaultGap between or not.
func chunkPair(left, right int32, wide bool) uint64 {
	k := uint64(uint32(left))<<33 | uint64(uint32(right))<<1
	if wide {
		k |= 1
	}
	return k
}

// maxLexiconDepth is how deep lexicon references may nest.
const maxLexiconDepth = 8

// newPhraseCompiler returns a compiler of the lexicon lex made for about n sources.
func newPhraseCompiler(lex map[string][]string, n int) *phraseCompiler {
	// A source has about one new chunk, three alternatives of alternations for four
	// sources, and a pair of alternations to check for three; it expands to about
	// two and a half phrases (patternsFor).
	return &phraseCompiler{
		lex:     lex,
		sources: make(map[string]phraseSpan, n),
		all:     make([][]term, 0, patternsFor(n)),
		refAt:   make(map[string]int32, len(lex)),
		chunks:  make(map[string]int32, n),
		cts:     make([]chunkTerms, 0, n),
		alts:    make(map[string]altRef, n*3/4),
		splits:  make(map[uint64]bool, n/3),
	}
}

// compile expands src and compiles each of its phrases, in the order expandLexicon
// gives them. The phrases are numbered in the order compiled, from first on: the
// same source gives the same phrases, of the same numbers, each time. The result
// is shared: only the index changes its terms, numbering them (term.id).
func (pc *phraseCompiler) compile(src string) (phrases [][]term, first int32, err error) {
	if sp, ok := pc.sources[src]; ok {
		return pc.all[sp.from:sp.to:sp.to], sp.from, nil
	}
	if len(pc.bufs) == 0 {
		pc.bufs = make([][]field, maxLexiconDepth+2)
	}
	from := len(pc.all)
	top := pc.appendFields(pc.bufs[0][:0], src)
	pc.bufs[0] = top
	if pc.expand(top, 0) {
		sp := phraseSpan{int32(from), int32(len(pc.all))}
		pc.sources[src] = sp
		return pc.all[sp.from:sp.to:sp.to], sp.from, nil
	}
	pc.all = pc.all[:from]
	// Compile the source the plain way for its error.
	expanded, err := expandLexicon(src, pc.lex, 0)
	if err != nil {
		return nil, 0, err
	}
	for _, ph := range expanded {
		if _, err := compilePhrase(ph); err != nil {
			if ph != src {
				return nil, 0, fmt.Errorf("in %q: %w", src, err)
			}
			return nil, 0, err
		}
	}
	return nil, 0, fmt.Errorf("phrase %q does not compile", src)
}

// appendFields appends the chunks of s, as strings.Fields splits it, to dst,
// resolved: a chunk of words is compiled when it is new.
func (pc *phraseCompiler) appendFields(dst []field, s string) []field {
	n := len(dst)
	for i := 0; i < len(s); {
		for i < len(s) && asciiSpace[s[i]] {
			i++
		}
		j := i
		for j < len(s) && !asciiSpace[s[j]] {
			if s[j] >= utf8.RuneSelf { // U+0085 and U+00A0 are white space too
				dst = dst[:n]
				for c := range strings.FieldsSeq(s) {
					dst = append(dst, pc.resolve(c))
				}
				return dst
			}
			j++
		}
		if j > i {
			dst = append(dst, pc.resolve(s[i:j]))
		}
		i = j
	}
	return dst
}

// asciiSpace holds the ASCII bytes unicode.IsSpace reports.
var asciiSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// resolve returns the field of the chunk c, compiling c when it is a new chunk of
// words.
func (pc *phraseCompiler) resolve(c string) field {
	f := field{ct: -1, ref: -1}
	switch c[0] {
	case '@':
		ref, ok := pc.refAt[c[1:]]
		if !ok {
			ref = int32(len(pc.refs))
			pc.refs = append(pc.refs, lexRef{name: c[1:]})
			pc.refAt[c[1:]] = ref
		}
		f.ref = ref
	case '~':
		f.gap = badGap
		if n, err := strconv.Atoi(c[1:]); err == nil && n >= 0 && n <= 12 {
			f.gap = int8(n)
		}
	default:
		ct, ok := pc.chunks[c]
		if !ok {
			ct = int32(len(pc.cts))
			pc.cts = append(pc.cts, pc.chunk(c))
			pc.chunks[c] = ct
		}
		f.ct = ct
	}
	return f
}

// expand replaces the first @name of fields with each phrase of that lexicon entry
// and expands the result, as expandLexicon does; a phrase without one is compiled.
// It reports false when a reference or a phrase is wrong.
func (pc *phraseCompiler) expand(fields []field, depth int) bool {
	if depth > maxLexiconDepth {
		return false
	}
	for i, f := range fields {
		if f.ref < 0 {
			continue
		}
		phrases, ok := pc.lexicon(f.ref)
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
		pc.all = append(pc.all, terms)
	}
	return ok
}

// lexicon returns the phrases of the lexicon entry refs[ref], split into resolved
// chunks, reading them when it is first asked.
func (pc *phraseCompiler) lexicon(ref int32) ([][]field, bool) {
	if r := &pc.refs[ref]; r.read {
		return r.phrases, r.ok
	}
	phrases, ok := pc.lex[pc.refs[ref].name]
	var l [][]field
	if ok {
		// The entry's phrases share one array of fields, made for a chunk per space
		// and one more: enough unless a phrase has non-ASCII spaces.
		n := len(phrases)
		for _, ph := range phrases {
			n += strings.Count(ph, " ")
		}
		all := make([]field, 0, n)
		l = make([][]field, len(phrases))
		for i, ph := range phrases {
			from := len(all)
			all = pc.appendFields(all, ph) // may add to refs
			l[i] = all[from:len(all):len(all)]
		}
	}
	r := &pc.refs[ref]
	r.read, r.ok, r.phrases = true, ok, l
	return l, ok
}

// phrase compiles one expanded phrase, given as its chunks, as compilePhrase does.
// Its terms are counted and checked first, then copied out of the chunks' terms
// with their gaps.
func (pc *phraseCompiler) phrase(fields []field) ([]term, bool) {
	n, chunks, gap, skips := 0, 0, defaultGap, false
	last := int32(-1) // the last chunk with terms
	for _, f := range fields {
		if f.ct < 0 { // a gap: references are expanded before
			if f.gap == badGap {
				return nil, false
			}
			gap = int(f.gap)
			continue
		}
		chunks++
		ct := &pc.cts[f.ct]
		switch {
		case !ct.ok:
			return nil, false
		case len(ct.terms) == 0:
			skips = true
			continue // "point in time": the text skips "in" too
		case ct.split || last >= 0 && pc.splitAt(last, f.ct, gap):
			return nil, false
		}
		n += len(ct.terms)
		gap = defaultGap
		last = f.ct
	}
	if n == 0 || chunks > 1 && n == 1 {
		return nil, false
	}
	if skips {
		kinds := pc.kinds[:0]
		for _, f := range fields {
			k := chunkGap
			if f.ct >= 0 {
				k = pc.cts[f.ct].kind
			}
			kinds = append(kinds, k)
		}
		pc.kinds = kinds
		if _, _, bad := danglingAt(kinds); bad {
			return nil, false
		}
	}
	if len(fields) == 1 {
		return pc.cts[fields[0].ct].terms, true // the phrases of one chunk share its terms
	}
	terms := pc.newTerms(n)
	k, gap := 0, defaultGap
	for _, f := range fields {
		if f.ct < 0 {
			gap = int(f.gap)
			continue
		}
		ct := pc.cts[f.ct].terms
		if len(ct) == 0 {
			continue
		}
		copy(terms[k:], ct)
		terms[k].gap, gap = gap, defaultGap
		k += len(ct)
	}
	return terms, true
}

// splitAt reports whether the last term of chunk left and the first of chunk right,
// standing gap words after it, betray an alternative written as several words
// (splitPair). For two alternations the answer, which depends on the two chunks and
// whether the gap is wide, is kept for them.
func (pc *phraseCompiler) splitAt(left, right int32, gap int) bool {
	lt, rt := pc.cts[left].terms, pc.cts[right].terms
	l, r := &lt[len(lt)-1], rt[0] // r is a copy, given the phrase's gap
	switch {
	case len(l.alts) == 1 && len(r.alts) == 1:
		return false // two single words
	case len(l.alts) == 1 || len(r.alts) == 1:
		// A word beside an alternation: checked at once, which costs less than
		// looking the pair up.
		r.gap = gap
		return splitPair(l, &r) != ""
	}
	k := chunkPair(left, right, gap > defaultGap)
	split, ok := pc.splits[k]
	if !ok {
		r.gap = gap
		split = splitPair(l, &r) != ""
		pc.splits[k] = split
	}
	return split
}

// chunk compiles one chunk that is not a gap: an alternation ("mfa|2fa|otp") is one
// term, other words are a term each.
func (pc *phraseCompiler) chunk(c string) chunkTerms {
	tz := &pc.tz
	if strings.Contains(c, "|") {
		n := strings.Count(c, "|") + 1
		alts := pc.newAlts(n)[:0]
		for a := range strings.SplitSeq(c, "|") {
			x, ok := pc.alts[a]
			if !ok {
				x = pc.alternative(a)
				pc.alts[a] = x
			}
			if !x.ok {
				return chunkTerms{}
			}
			alts = append(alts, alt{word: x.word, prefix: x.prefix})
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
	for k := range tz.toks {
		tk := &tz.toks[k]
		if tk.stop {
			continue
		}
		alts[i] = newAltOf(c, tk, prefix && i == n-1)
		pc.narrays++
		terms[i].alts, terms[i].arr = alts[i:i+1:i+1], pc.narrays
		i++
	}
	kind := chunkSkip
	if n > 0 {
		terms[0].gap, kind = defaultGap, chunkWords
	}
	// The gaps after a chunk's first term are 0 in every phrase: what its own terms
	// betray is known once.
	return chunkTerms{terms: terms, ok: shortPrefixFree(terms), split: splitAlternative(terms) != "", kind: kind}
}

// alternative compiles one alternative of an alternation: one word, not a skipped
// one unless it is a prefix.
func (pc *phraseCompiler) alternative(a string) altRef {
	tz := &pc.tz
	prefix := strings.HasSuffix(a, "*")
	tz.tokenize(strings.TrimSuffix(a, "*"))
	if len(tz.toks) != 1 || tz.toks[0].stop && !prefix {
		return altRef{}
	}
	x := newAltOf(a, &tz.toks[0], prefix)
	return altRef{word: x.word, prefix: x.prefix, ok: true}
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

// newAltOf is newAlt for tk, a token of src: the word is src's own text where the
// tokenizer read it as written, and a copy only where it did not.
func newAltOf(src string, tk *token, prefix bool) alt {
	w := tk.text
	if src[tk.start:tk.end] == w {
		w = src[tk.start:tk.end]
	} else {
		w = strings.Clone(w)
	}
	if !prefix {
		w = stem(w)
	}
	return alt{word: w, prefix: prefix}
}

// termBlock and altBlock are how many terms and alternatives a block holds.
const (
	termBlock = 2048
	altBlock  = 4096
)

// newTerms returns n zero terms of the current block, which grows no further.
func (pc *phraseCompiler) newTerms(n int) []term { return carve(&pc.tblock, n, termBlock) }

// newAlts returns n zero alternatives of the current block, which grows no further.
func (pc *phraseCompiler) newAlts(n int) []alt { return carve(&pc.ablock, n, altBlock) }

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
