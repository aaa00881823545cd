package triage

// The phrase compiler: the syntax of a rule's phrases and how a phrase becomes the
// terms the matcher reads.

import (
	"fmt"
	"strconv"
	"strings"
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
	terms []term
	rule  int32
	role  int16   // roleAny, roleNot, roleCat or the index of an "all" group
	w     float32 // roleCat: the term's weight; rule is then a criterion index
	// same is, for a catalogue term matched in the other order ("plan of continuity"
	// for "continuity plan"), 1 + the index of the pattern it reverses, whose hits
	// it counts as; 0 otherwise.
	same int32
}

// patInfo is what matching and scoring read of a compiled pattern.
type patInfo struct {
	rule int32
	w    float32
	role int16
}

const (
	roleAny  int16 = -1
	roleNot  int16 = -2
	roleCat  int16 = -3 // a term of the criteria catalogue
	roleArea int16 = -4 // a term of the SOC 1 areas catalogue; rule is an area index
	roleSubj int16 = -5 // a category's subject in the criteria catalogue; rule is a category index
	// roleWithin is a phrase of a rule's except_within: its hits are kept, so that
	// the rule's own hits inside them can be told apart, but alone it fires nothing.
	roleWithin int16 = -6
	// roleCatWithin and roleAreaWithin are phrases of a catalogue entry's
	// except_within (rule is the entry's index): a term of the entry whose hit
	// begins inside a hit of one of them reads another sense and does not count.
	roleCatWithin  int16 = -7
	roleAreaWithin int16 = -8
)

// catalogueOnly reports whether a pattern of the role serves the catalogues only:
// it is matched only in the passes that score them.
func catalogueOnly(role int16) bool {
	return role == roleCat || role == roleArea || role == roleSubj || role == roleCatWithin || role == roleAreaWithin
}

// bytesRole reports whether a hit of a pattern of the role is kept by byte
// offsets: the catalogues' terms and except_within phrases (see tryAll), every
// catalogue role but a subject's.
func bytesRole(role int16) bool {
	return catalogueOnly(role) && role != roleSubj
}

// phrase reports whether h matched one of its rule's own phrases (its any list or a
// group of its all list), not an except_within phrase. A not phrase never makes a
// hit: matching one only marks its rule vetoed.
func (h patHit) phrase() bool { return h.role != roleWithin }

const defaultGap = 1

// longGap and wider gaps let a phrase run across clause breaks ("the SOC 2 report
// and, if the period has ended, a bridge letter"); narrower ones stop at the end of
// a clause. No phrase runs across the end of a sentence.
const longGap = 6

type term struct {
	alts []alt
	gap  int   // other words allowed before this term (ignored for the first term)
	id   int32 // the term's number in the index: terms with the same alternatives share it
	// arr is 1 + the number of the array of alternatives in the phraseCompiler that
	// made it, whose terms share their arrays; 0 for a term compiled alone.
	arr int32
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
	fields := strings.Fields(src)
	kinds := make([]chunkKind, len(fields))
	for k, chunk := range fields {
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
			kinds[k] = chunkAlt
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
		var words []string // in the tokenizer's buffer until the next chunk: newAlt copies them
		for _, tk := range tz.toks {
			if !tk.stop {
				words = append(words, tk.text)
			}
		}
		if len(words) == 0 {
			kinds[k] = chunkSkip
			continue // "point in time": the text skips "in" too
		}
		kinds[k] = chunkWords
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
	if msg := splitAlternative(terms); msg != "" {
		return nil, fmt.Errorf("phrase %q: %s%s", src, msg, splitAdvice)
	}
	if skip, alts, ok := danglingSkip(fields, kinds); ok {
		return nil, fmt.Errorf("phrase %q: skipped word %q beside %q has no other word to stand by, so it was written as part of one alternative (\"|\" separates single words: write an alternative of several words as a phrase of its own, or drop the word)", src, skip, alts)
	}
	return terms, nil
}

// splitAdvice ends the errors of phrases that look written as if an alternative
// could be several words.
const splitAdvice = ` ("|" separates single words: write an alternative of several words as a phrase of its own)`

// An alternative is one word, and "|" binds tighter than the spaces around it:
// "financial statement*|financial reporting" reads as financial, then
// statement*|financial, then reporting. The language cannot tell a cross product
// that is meant ("bridge|gap letter*|statement*") from one that is not ("how
// many|number" for "how many" or "number of"), so the compiler refuses only the
// shapes that cannot be meant; TestAlternativesAreOneWord lints for more.

// splitAlternative returns what betrays an alternative written as several words
// in a compiled phrase, or "" when nothing does:
//
//   - an alternative equal to the one-word term beside it ("financial
//     statement*|financial reporting", "pen test*|security test*"): the phrase
//     would ask for the same word twice;
//   - two neighbouring words, one of them in an alternation, that join into
//     another alternative beside them ("set up|setup", "data cent*|datacent*",
//     "lifecycle|life ~1 cycle"): the spaced form was written as one alternative.
func splitAlternative(terms []term) string {
	for i := 0; i+1 < len(terms); i++ {
		if msg := splitPair(&terms[i], &terms[i+1]); msg != "" {
			return msg
		}
	}
	return ""
}

// splitPair is splitAlternative for two neighbouring terms, l and r.
func splitPair(l, r *term) string {
	switch {
	case len(l.alts) > 1 && len(r.alts) == 1:
		if a, ok := hasAlt(l.alts, &r.alts[0]); ok {
			return fmt.Sprintf("alternative %q of %q repeats the word beside it", altText(a), altsText(l.alts))
		}
	case len(l.alts) == 1 && len(r.alts) > 1:
		if a, ok := hasAlt(r.alts, &l.alts[0]); ok {
			return fmt.Sprintf("alternative %q of %q repeats the word beside it", altText(a), altsText(r.alts))
		}
	case len(l.alts) == 1:
		return "" // two single words
	}
	if r.gap > defaultGap {
		return ""
	}
	for _, side := range [2][]alt{l.alts, r.alts} {
		for k := range side {
			if a, b, ok := joinsInto(&side[k], l.alts, r.alts); ok {
				return fmt.Sprintf("%q and %q join into the alternative %q beside them", altText(a), altText(b), altText(side[k]))
			}
		}
	}
	return ""
}

// hasAlt returns the alternative of alts that is the word n.
func hasAlt(alts []alt, n *alt) (alt, bool) {
	for k := range alts {
		if alts[k].word == n.word && alts[k].prefix == n.prefix {
			return alts[k], true
		}
	}
	return alt{}, false
}

// joinsInto reports whether an exact word a of left followed by a word b of right
// spell the alternative c, which is neither of them and longer than both.
func joinsInto(c *alt, left, right []alt) (alt, alt, bool) {
	for k := range left {
		a := &left[k]
		if a.prefix || len(c.word) <= len(a.word) || !strings.HasPrefix(c.word, a.word) {
			continue
		}
		for m := range right {
			b := &right[m]
			if b == c || len(c.word) <= len(b.word) {
				continue
			}
			joined := a.word + b.word
			if c.prefix && strings.HasPrefix(joined, c.word) || !c.prefix && (c.word == joined || c.word == stem(joined)) {
				return *a, *b, true
			}
		}
	}
	return alt{}, alt{}, false
}

// chunkKind is what a chunk of a phrase (a field between spaces) is, for danglingSkip.
type chunkKind uint8

const (
	chunkGap   chunkKind = iota // "~N"
	chunkSkip                   // skipped words only ("of", "in the")
	chunkAlt                    // an alternation ("mfa|otp")
	chunkWords                  // other words
)

// danglingSkip finds skipped words between an alternation and the start or end
// of the phrase or a gap, such as the "of" of "how many|number of": with nothing
// else to stand beside, they were written as part of the alternative next to them.
// It returns the first skipped chunk and the alternation.
func danglingSkip(fields []string, kinds []chunkKind) (string, string, bool) {
	if i, j, ok := danglingAt(kinds); ok {
		return fields[i], fields[j], true
	}
	return "", "", false
}

// danglingAt is danglingSkip by the kinds of the chunks alone: it returns the index
// of the skipped chunk and of the alternation.
func danglingAt(kinds []chunkKind) (int, int, bool) {
	for i := 0; i < len(kinds); i++ {
		if kinds[i] != chunkSkip {
			continue
		}
		j := i
		for j < len(kinds) && kinds[j] == chunkSkip {
			j++
		}
		left, right := chunkGap, chunkGap
		if i > 0 {
			left = kinds[i-1]
		}
		if j < len(kinds) {
			right = kinds[j]
		}
		switch {
		case left == chunkAlt && right == chunkGap:
			return i, i - 1, true
		case right == chunkAlt && left == chunkGap:
			return i, j, true
		}
		i = j
	}
	return 0, 0, false
}

func altText(a alt) string {
	if a.prefix {
		return a.word + "*"
	}
	return a.word
}

func altsText(alts []alt) string {
	var b strings.Builder
	for i, a := range alts {
		if i > 0 {
			b.WriteByte('|')
		}
		b.WriteString(altText(a))
	}
	return b.String()
}

func newAlt(w string, prefix bool) alt {
	if prefix {
		return alt{word: strings.Clone(w), prefix: true}
	}
	return alt{word: strings.Clone(stem(w))}
}
