package triage

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// token is one word of a question: a maximal run of letters or of digits, lower-cased.
// Letters and digits are split apart so that "SOC2", "soc-2" and "SOC 2" read alike,
// as do "2FA" and "2 FA".
type token struct {
	text  string // lower-cased word
	start int    // byte offsets in the original text
	end   int
	// form is what the index knows of the word: its number (id) and its stem's (sid,
	// "backups" -> "backup"), -1 for none, its prefix words and its classes (cls).
	// The tokenizer looks a word up once (see scratch.lookUp); a word the tokenizer
	// skips has no number and only its classes.
	form
	cl int32 // clause number
	// span is the number of the stretch of words a phrase of short gaps stays in:
	// the clause, or the part of it after ", and how" (asks).
	span int32
	sent int32 // sentence number: not even a long phrase runs across sentences
	stop bool  // a stopword: skipped by patterns, kept for negation scope
	brk  uint8 // the strongest break before this token: brkNone … brkSentence
	read bool  // form was looked up in the engine's index for this text
	// asks is set on a question word after ", and" or ", or": a second question
	// opens there ("Is failover automatic, and how often is it tested?").
	asks bool
	// back is set on the words of such a second question when a pronoun in it
	// stands for the subject of the part before ("…, and who reviews it"): the
	// part keeps the span before it (see refersBack).
	back bool
	// asked is set on the first token after a question mark: the sentence before
	// it asked, and this one may answer ("Is a Type 1 enough? No.").
	asked bool
}

// skipWords are skipped when patterns are matched, so that "encryption of data at rest"
// and "encrypt data at rest" read alike. Negators and scope words are not skipWords.
var skipWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "for": true, "to": true, "in": true,
	"on": true, "at": true, "by": true, "with": true, "your": true,
	"its": true, "this": true, "that": true, "these": true, "those": true, "is": true,
	"are": true, "be": true, "been": true, "being": true, "was": true, "were": true,
	"do": true, "does": true, "did": true, "you": true, "we": true, "any": true, "and": true,
	"or": true, "from": true, "has": true, "have": true, "had": true,
	"s": true, "please": true, "all": true, "such": true, "which": true, "there": true,
	"into": true, "upon": true, "via": true, "e": true, "g": true, "etc": true,
	"can": true, "will": true, "would": true, "should": true, "shall": true, "may": true,
	"so": true, "if": true, "what": true,
}

// maxSkipWord is the length of the longest skipWord: longer words need no look-up.
var maxSkipWord = func() int {
	n := 0
	for w := range skipWords {
		n = max(n, len(w))
	}
	return n
}()

// skipByStart holds skipWords by length and first letter, each packed into an
// integer (see packWord) with its classes, so that the tokenizer compares a word
// with the few skipWords of its shape instead of hashing it.
var skipByStart = func() (t [][26][]skipEntry) {
	if maxSkipWord > 8 {
		panic("skipWords: a word longer than 8 bytes cannot be packed")
	}
	t = make([][26][]skipEntry, maxSkipWord+1)
	for w := range skipWords {
		t[len(w)][w[0]-'a'] = append(t[len(w)][w[0]-'a'], skipEntry{packWord(w), classOf(w), senseOf(w)})
	}
	return t
}()

type skipEntry struct {
	word uint64 // packWord
	cls  wordClass
	sns  senseClass
}

// packWord packs a word of at most 8 bytes into an integer, one byte each.
func packWord(w string) uint64 {
	var p uint64
	for i := 0; i < len(w); i++ {
		p = p<<8 | uint64(w[i])
	}
	return p
}

// isSkipWord reports whether w is one of skipWords.
func isSkipWord(w string) bool {
	ok, _, _ := skipWord(w)
	return ok
}

// skipWord reports whether w is one of skipWords, and its classes when it is.
func skipWord(w string) (bool, wordClass, senseClass) {
	if len(w) == 0 || len(w) > maxSkipWord || w[0] < 'a' || w[0] > 'z' {
		return false, 0, 0
	}
	list := skipByStart[len(w)][w[0]-'a']
	if len(list) == 0 {
		return false, 0, 0
	}
	p := packWord(w)
	for _, x := range list {
		if x.word == p {
			return true, x.cls, x.sns
		}
	}
	return false, 0, 0
}

// Breaks between tokens. A comma inside a list ("completely, accurately and on time")
// is no break; a comma before a function word ("Other than your SOC 2, do you …") ends
// the clause, as do ; : and "but"; . ? ! and line ends end the sentence. Brackets are
// no break: "access (physical and logical) is revoked" is one phrase.
const (
	brkNone uint8 = iota
	brkComma
	brkClause
	brkSentence
)

// scratch holds the reusable buffers of one classification.
type scratch struct {
	lower []byte
	toks  []token
	words []int // indexes into toks of the non-stopword tokens
	hits  []patHit
	seen  []uint32 // per pattern: generation in which it matched
	first []int32  // per pattern: index into hits of its first match
	rules []int32  // rules touched by a matching pattern
	fired []firing
	kept  []firing // fired less the rules that only name a requested report's scope
	supp  []int32
	score []float64 // per criterion index: ranking score
	order []int     // criterion indexes in first-seen order
	rbits []uint64  // per rule: a bit set when one of its patterns matched
	// rroles holds, per rule of rules, the roles (roleBit) of its patterns that
	// matched in the last pass: its any list, the groups of its all list.
	rroles []uint64
	vetoed []uint32 // per rule: the generation in which a phrase of its not list matched
	// within is, per rule, the generation in which a phrase of its except_within
	// matched: read for every rule a question touches, where reading the marks of
	// each of those phrases cost more than the rest of the rule's test.
	within []uint32
	gen    uint32

	// Term masks (see termMasks), for questions of up to 64 words.
	masked bool
	plain  bool // never use the masks: the reference the masked matching is tested against
	// tm holds, per term, the words that satisfy it (bit k: word k), when has has
	// the term's bit; what an earlier question left there is read as nothing.
	tm     []uint64
	has    *termSet // bit k: some word of the question satisfies term k
	picked []int32  // the candidates pick kept
	// carryLo is the first word of a second question that refers back with a
	// pronoun (token.back), carryAt the first word after that pronoun; 0 when
	// the line has none (see scratch.carried).
	carryLo, carryAt int32
	carryEnd         int32          // the first word after that second question
	carryFrom        int32          // the first word of the part before it
	clEnd            []int32        // per word: the first word of a later span (token.span)
	pes              []*prefixEntry // the prefix words the question's words start with
	peEnd            []int32        // per word: the end of its prefix words in pes
	sentEnd          []int32        // per word: the first word of a later sentence

	vocab bool       // score the criteria catalogue in this pass
	cat   []float32  // per criterion index: vocabulary score of the question's own words
	area  []float32  // per SOC 1 area index: vocabulary score of the question's own words
	vhits []patHit   // where catalogue terms matched, for the evidence
	mhits []moneyHit // where money words that s.area holds the scores of stand, for the evidence
	rhits []patHit   // where catalogue terms matched in the other order (see reversedHits)
	// vsense are the hits of the catalogue entries' except_within phrases, and
	// vread the hits of their terms that were not counted for beginning inside one.
	vsense []patHit
	vread  []patHit
	parts  []int32 // per token of the line: its part and whether it stands in brackets (lineParts)
	subj   uint8   // bit k: the question's own words name the subject of category k
	// otherwise has bit k set when the question has a phrase that reads the words of
	// a rule giving SOC 1 area k another way (its except_within): the vocabulary
	// does not add area k.
	otherwise uint16

	catRuns []catSpan // runs of category names the question names as a report's scope
	catSave []float32 // the vocabulary scores before an attempt that may be undone

	// yield is where the words of a control asked over a money process stand, from
	// and to as token indexes, when fact rules gave way to it in the last pass
	// (yield.go); yield[1] < 0 when none did.
	yield      [2]int
	yieldMoney string   // the money word that made the line a money process, if no rule did
	ewords     []string // the evidence's words, before they are copied out
	vwords     []string // the same for a vocabulary's evidence
	vreason    []byte   // and its reason
	eends      []int    // per fired rule: the end of its words in ewords

	wd    *wording // abbreviations, calques and slips (wording.go), or nil
	etoks []token  // the other token buffer, swapped with toks when words expand
	reads []readAs // the words of the last text read otherwise than written
	tbuf  []byte   // scratch for spelling

	reason     []bool // per token: it stands in a reason given for a report (inReason)
	reasonRead bool   // reason is filled for the current toks

	seg      []uint8 // per token: the role of its segment (told.go), read by readSegments
	segStart []bool  // per token: a segment opens at it
	cover    []bool  // per token: a phrase hit of the rule read by toldOnly covers it
	sentHard []bool  // per token: a sentence opens at it (readBreaks)
	aside    []bool  // per token: it stands in words the line sets aside (setaside.go)
	// asideMark is the first and last token of the marker that set words aside, or
	// -1s for none.
	asideMark [2]int

	lineSOC1 bool // the line (or the part's whole line) names, refuses or holds a SOC 1

	forms *wordTable // the engine's index.forms, or nil for a tokenizer of its own

	andAfterComma bool // tokenizer state: "and"/"or" just followed a comma
	colonBrk      bool // tokenizer state: the break before the next word is a colon's
	// inOn is set when the text has "in", "on" or "into", or a word the wording
	// table expanded: only then may readAccessWording find a login.
	inOn bool

	// codeEnd is the end of the row code the text opens with ("ITGC-01", "LOG-3.2"),
	// 0 for none: its letters are skipped like stopwords (see rowCode).
	codeEnd int

	memo     passMemo // what the checks read of this pass's tokens and hits (memo.go)
	ruleMemo []uint64 // per rule: the pass (gen) in the high half, memo bits below
}

// tokenize fills s.toks and s.words for text. It allocates only when the buffers grow.
func (s *scratch) tokenize(text string) {
	s.lower = s.lower[:0]
	s.andAfterComma = false
	s.colonBrk = false
	s.inOn = false
	s.toks = s.toks[:0]
	s.codeEnd = rowCode(text)
	s.reasonRead = false
	s.words = s.words[:0]
	s.reads = s.reads[:0]
	brk := brkSentence
	asked := false // a question mark since the last token
	i := 0
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
				// The letters are lower-cased as they are read: one loop, whose end
				// is mispredicted once a word, not two.
				start, lower := len(s.lower), s.lower
				j := i
				for j < len(text) {
					l := asciiLower[text[j]]
					if l == 0 {
						break
					}
					lower = append(lower, l)
					j++
				}
				s.lower = lower
				if j < len(text) && text[j] >= utf8.RuneSelf {
					// A word of letters may continue with non-ASCII letters ("café").
					k := j
					for k < len(text) && text[k] >= utf8.RuneSelf {
						r, n := utf8.DecodeRuneInString(text[k:])
						if !unicode.IsLetter(r) {
							break
						}
						k += n
					}
					if k > j {
						s.lower = s.lower[:start]
						s.add(text, i, k, brk)
						s.toks[len(s.toks)-1].asked, asked = asked, false
						brk = brkNone
						i = k
						continue
					}
				}
				s.addLower(text, i, j, brk, start)
				s.toks[len(s.toks)-1].asked, asked = asked, false
				brk = brkNone
				i = j
			case c >= '0' && c <= '9':
				j := i
				for j < len(text) && text[j] >= '0' && text[j] <= '9' {
					j++
				}
				s.add(text, i, j, brk)
				s.toks[len(s.toks)-1].asked, asked = asked, false
				brk = brkNone
				i = j
			default:
				switch c {
				case ',', ';', '.', '?', '!', ':', '\n':
					// "3.2" and "1,000" are numbers, not clause breaks.
					if (c == '.' || c == ',') && i > 0 && i+1 < len(text) && isASCIIDigit(text[i-1]) && isASCIIDigit(text[i+1]) {
						break
					}
					if c == '.' && s.abbreviationDot(text, i) {
						break
					}
					brk = max(brk, breakOf(c))
					asked = asked || c == '?'
					s.colonBrk = c == ':' && brk == brkClause
				case '-':
					// A dash typed as a hyphen between spaces or doubled is read as a
					// comma: before a function word it ends the clause ("Not the SOC 1 -
					// the report on uptime"), before a content word it joins a topic to
					// its question ("premium receipts - how matched?"). A hyphen inside
					// a word ("self-hosted") is no break.
					if asciiDash(text, i) {
						brk = max(brk, brkComma)
					}
				}
				i++
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) {
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) {
					break
				}
				j += n2
			}
			s.add(text, i, j, brk)
			s.toks[len(s.toks)-1].asked, asked = asked, false
			brk = brkNone
			i = j
			continue
		}
		if r == '’' || r == '‘' {
			i += n
			continue
		}
		if r == '—' || r == '–' || r == '•' || r == '…' {
			brk = max(brk, brkClause)
		}
		i += n
	}
	if s.wd != nil {
		s.expandWords(text)
		s.readSenses()
		s.readSectors()
		s.readFinalHave()
		s.readWillDo()
		s.readAccessWording()
	}
	cl, sent, span := int32(0), int32(0), int32(0)
	back, from := false, 0 // from: the first token of the span
	carryTok := -1         // the pronoun refersBack found first, -1 when none
	for k := range s.toks {
		switch s.toks[k].brk {
		case brkSentence:
			sent++
			cl++
			span++
			back, from = false, k
		case brkClause:
			cl++
			span++
			back, from = false, k
		default:
			if s.toks[k].asks {
				at := -1
				if !s.listBefore(text, from, k) {
					at = s.refersBack(k)
				}
				back = at >= 0
				if back && carryTok < 0 {
					carryTok = at
				}
				if !back {
					span++
					from = k
				}
			}
		}
		s.toks[k].cl, s.toks[k].sent, s.toks[k].span = cl, sent, span
		s.toks[k].back = back
	}
	if s.wd != nil {
		// After the numbering: a money word is read within its own clause
		// (vendorsOwn, commercialClause), which needs the clause numbers.
		s.readAgreedFigures()
	}
	s.markRespondent()
	s.carryLo, s.carryAt = 0, 0
	for k := range s.toks {
		if s.toks[k].back && s.carryLo == 0 && len(s.words) > 0 {
			s.carryLo = int32(len(s.words))
		}
		if k == carryTok && s.carryLo > 0 {
			s.carryAt = int32(len(s.words))
		}
		if !s.toks[k].stop {
			s.words = append(s.words, k)
			if s.toks[k].back && s.carryLo > 0 && s.toks[k].span == s.toks[s.words[s.carryLo]].span {
				s.carryEnd = int32(len(s.words))
			}
		}
	}
	if s.carryAt == 0 {
		s.carryLo = 0
	}
	if s.carryLo > 0 {
		span := s.toks[s.words[s.carryLo]].span
		s.carryFrom = s.carryLo
		for s.carryFrom > 0 && s.toks[s.words[s.carryFrom-1]].span == span {
			s.carryFrom--
		}
	}
}

// clauseSpan returns the tokens toks[lo:hi] of the clause of toks[k]. Clause numbers
// never fall from one token to the next (tokenize), so a clause is one run of tokens.
func clauseSpan(toks []token, k int) (lo, hi int) {
	lo, hi = k, k+1
	for lo > 0 && toks[lo-1].cl == toks[k].cl {
		lo--
	}
	for hi < len(toks) && toks[hi].cl == toks[k].cl {
		hi++
	}
	return lo, hi
}

// clauseBefore returns lo such that toks[lo:from] are the words before toks[from] in
// its clause, at most reach of them: the span a word may look back over for a word
// that governs it ("proposed sending a SOC 2 Type I"). With reach len(toks) it reads
// back to the clause's start.
func clauseBefore(toks []token, from, reach int) int {
	lo := from
	for lo > 0 && from-lo < reach && toks[lo].brk < brkClause {
		lo--
	}
	return lo
}

// clauseAfter returns hi such that toks[to+1:hi] are the words after toks[to] in its
// clause, at most reach of them ("a Type 1 was offered"). With reach len(toks) it
// reads on to the clause's end.
func clauseAfter(toks []token, to, reach int) int {
	hi := to + 1
	for hi < len(toks) && hi-to <= reach && toks[hi].brk < brkClause {
		hi++
	}
	return hi
}

// asciiDash reports whether the hyphen at text[i] stands for a dash: doubled, or with
// a space on both sides.
func asciiDash(text string, i int) bool {
	if i+1 < len(text) && text[i+1] == '-' || i > 0 && text[i-1] == '-' {
		return true
	}
	return i > 0 && i+1 < len(text) && text[i-1] == ' ' && text[i+1] == ' '
}

func breakOf(c byte) uint8 {
	switch c {
	case ',':
		return brkComma
	case '.', '?', '!', '\n':
		return brkSentence
	}
	return brkClause
}

// priorPronoun lists the pronouns that, in a second question after ", and who …",
// stand for what the part before it named: "Is access to production restricted,
// and who reviews it?" asks who reviews the access. "this" and "these" count only
// standing alone, not before a noun ("who approves these changes").
var priorPronoun = map[string]bool{"it": true, "them": true, "they": true, "this": true, "these": true}

// refersBack returns the token of a pronoun in the second question opening at
// toks[k] (token.asks), or -1: a pronoun that stands for the part before it, near
// its start: "who reviews it", "how often are they rotated", "when was it last
// tested". Words of the two
// parts may then join in one phrase, as if the pronoun repeated the subject. A
// pronoun after two other words, or after a preposition, belongs to the second
// question's own subject ("how is access to it restricted", "how is a split change
// authorised before it takes effect").
func (s *scratch) refersBack(k int) int {
	words := 0
	for j := k + 1; j < len(s.toks) && s.toks[j].brk < brkClause && !s.toks[j].asks && words <= 1; j++ {
		w := s.toks[j].text
		if !priorPronoun[w] {
			if !s.toks[j].stop {
				words++
			}
			continue
		}
		if afterPreposition[s.toks[j-1].text] {
			return -1
		}
		if w != "this" && w != "these" {
			return j
		}
		if j+1 == len(s.toks) || s.toks[j+1].stop || s.toks[j+1].brk != brkNone {
			return j
		}
	}
	return -1
}

// listBefore reports whether the part from toks[from] to the ", and" before
// toks[k] holds a comma of its own: a list or an aside ("Describe the program,
// including the policy, whether the board approved it, and how often it is
// reviewed"), whose subject a later pronoun need not stand for.
func (s *scratch) listBefore(text string, from, k int) bool {
	for j := from + 1; j < k-1; j++ {
		if a, b := s.toks[j-1].end, s.toks[j].start; a < b && b <= len(text) && strings.ContainsAny(text[a:b], ",;") {
			return true
		}
	}
	return false
}

// afterPreposition lists the words after which a pronoun is the object of a
// preposition or a clause of its own, not the thing a second question is about.
var afterPreposition = map[string]bool{"to": true, "of": true, "on": true, "in": true,
	"for": true, "with": true, "from": true, "about": true, "into": true, "by": true,
	"before": true, "after": true, "once": true, "until": true, "if": true, "when": true,
	"under": true, "against": true, "over": true, "at": true}

func (s *scratch) add(text string, i, j int, brk uint8) {
	start := len(s.lower)
	s.lower = slices.Grow(s.lower, j-i)[:start+j-i]
	w := s.lower[start:]
	var high byte // the bits of every byte: a non-ASCII byte sets the top one
	for k := range w {
		c := text[i+k]
		high |= c
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		w[k] = c
	}
	// Non-ASCII upper case letters are rare in questionnaires; fold them cheaply.
	if high >= utf8.RuneSelf {
		folded := []rune(string(w))
		for x, r := range folded {
			folded[x] = unicode.ToLower(r)
		}
		s.lower = append(s.lower[:start], string(folded)...)
	}
	s.addLower(text, i, j, brk, start)
}

// asciiLower holds the lower case of each ASCII letter, by byte, and 0 for any
// other byte.
var asciiLower = func() (t [256]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = byte(c), byte(c)
	}
	return t
}()

// addLower is add for a word text[i:j] already in lower case at s.lower[start:].
func (s *scratch) addLower(text string, i, j int, brk uint8, start int) {
	word := bytesToString(s.lower[start:])
	stop, cls, sns := skipWord(word)
	if !stop && j <= s.codeEnd && isASCIILetter(text[i]) {
		// The code's letters are skipped; its number stays a number. Of the
		// classes they keep only the money one: moneyWord has always read
		// "GL" of "GL-07" by its list, and the negation checks never saw them.
		stop, cls, sns = true, classOf(word)&clsMoney, senseOf(word)
	}
	// ", and reviewed" continues a list; ", and is access revoked" starts a clause:
	// after a comma, "and"/"or" wait for the next word to decide. A question word
	// there (", and how often is it tested", ", and who approves it") asks a second
	// question: the clause goes on for the checks that read a whole clause, but a new
	// span opens at it (token.asks, token.span), which a phrase of short gaps does not
	// cross. A term of a long gap (longGap) still may: those stay in the sentence.
	// "Backups: tested?" asks what "Are backups tested?" asks: a colon before a
	// short question of a participle and no subject of its own joins the subject
	// before it (colonPredicate).
	if s.colonBrk {
		s.colonBrk = false
		if brk == brkClause && !stop && len(s.toks) > 0 && colonPredicate(text, word, j) {
			brk = brkNone
		}
	}
	part := false
	if s.andAfterComma {
		s.andAfterComma = false
		if stop {
			brk = max(brk, brkClause)
		} else if secondAskWord[word] {
			part = true
		}
	}
	switch {
	case word == "but":
		brk = max(brk, brkClause)
	case brk == brkComma && (word == "and" || word == "or"):
		s.andAfterComma = true
		brk = brkNone
	case brk == brkComma && stop:
		brk = brkClause
	case brk == brkComma && word == "not":
		// "We need the SOC 2, not the SOC 1": a contrast after a comma negates what
		// follows it, not what went before. The comma stays a mark the negation scope
		// stops at, though phrases still run across it.
	case brk == brkComma:
		brk = brkNone
	}
	if stop && (word == "in" || word == "on" || word == "into") {
		s.inOn = true
	}
	s.toks = append(s.toks, token{text: word, start: i, end: j, stop: stop, brk: brk, asks: part,
		form: form{id: -1, sid: -1, cls: cls, sns: sns}, read: stop})
	if !stop {
		s.lookUp(&s.toks[len(s.toks)-1])
	}
}

// lookUp sets t's form from the engine's index, once for its text. The index lists
// every word of a class, so a word it lacks has none. A tokenizer of its own (no
// index: the rules' compiler) leaves the form unread, classes included.
func (s *scratch) lookUp(t *token) {
	if t.read || s.forms == nil {
		return
	}
	f, ok := s.forms.find(t.text)
	if !ok {
		f = form{id: -1, sid: -1}
	}
	t.form, t.read = f, true
}

// readFinalHave reads "have" or "has" closing a question as "hold": what is asked
// for is what the respondent possesses ("What certifications do you have?" reads
// like "… do you hold?"). Elsewhere "have" stays a skipped auxiliary.
func (s *scratch) readFinalHave() {
	for k := 1; k < len(s.toks); k++ {
		t := &s.toks[k]
		if t.text != "have" && t.text != "has" || k+1 < len(s.toks) && s.toks[k+1].brk < brkSentence {
			continue
		}
		t.text, t.stop = "hold", false
		s.reread(t)
	}
}

// readWillDo reads "do" after "will", "would" or "'ll" that ends its clause as
// "suffice": "a Type 1 will do", "a SOC 3 would do for us" judge what stands before
// them as acceptable, the way "won't do" refuses it. Elsewhere "do" stays a skipped
// auxiliary ("what will you do if …").
func (s *scratch) readWillDo() {
	for k := 1; k < len(s.toks); k++ {
		t := &s.toks[k]
		if t.text != "do" || t.brk != brkNone {
			continue
		}
		if p := s.toks[k-1].text; p != "will" && p != "would" && p != "ll" {
			continue
		}
		if k+1 < len(s.toks) && s.toks[k+1].brk == brkNone && !intransitiveTail[s.toks[k+1].text] {
			continue
		}
		t.text, t.stop = "suffice", false
		s.reread(t)
	}
}

// readAccessWording reads signing in, which the skipped "in" would hide, as a login:
// "sign in", "sign on", and "log in" or "log on" followed by "to", "with" or "using".
// Otherwise "log in" and "log into" are a login only after a word that makes "log" a
// verb done by people: "users log in", "admins logging into the ledger", "everyone who
// logs into". Without one, "log" is usually the noun or a record being kept: "firewall
// logs into your SIEM", "changes logged in the ticket". Single sign-on keeps its own
// words.
func (s *scratch) readAccessWording() {
	if !s.inOn {
		return
	}
	for k := 0; k+1 < len(s.toks); k++ {
		t, n := &s.toks[k], &s.toks[k+1]
		// Both readings need "in", "on" or "into" next: most words stop here, before
		// their own text is compared.
		if n.brk >= brkClause || !(n.text == "in" || n.text == "on" || n.text == "into") {
			continue
		}
		switch t.text {
		case "sign", "signs", "signed", "signing":
			if k == 0 || s.toks[k-1].text != "single" {
				t.text = "login"
				s.reread(t)
			}
		case "log", "logs", "logging":
			prev := ""
			if k > 0 && t.brk < brkClause {
				prev = s.toks[k-1].text
			}
			if loginSubject[prev] || n.text == "into" && intoSubject[prev] ||
				n.text != "into" && k+2 < len(s.toks) && s.toks[k+2].brk < brkClause && (s.toks[k+2].text == "to" || s.toks[k+2].text == "with" || s.toks[k+2].text == "using") {
				t.text = "login"
				s.reread(t)
			}
		}
	}
}

// loginSubject holds the words that make "log in" a verb when they stand right
// before it: a modal, "to", or the people who sign in.
var loginSubject = map[string]bool{
	"can": true, "may": true, "must": true, "cannot": true, "to": true, "who": true, "able": true, "allowed": true,
	"users": true, "staff": true, "employees": true, "people": true, "admins": true, "administrators": true,
}

// intoSubject adds the words that make "log into" a verb but would misread "log in"
// (where "you log in the ticket" keeps a record): pronouns, "everyone", and the
// words that open a clause around a gerund ("before logging into").
var intoSubject = map[string]bool{
	"you": true, "we": true, "they": true, "i": true, "everyone": true, "anyone": true, "someone": true,
	"when": true, "before": true, "after": true, "while": true, "upon": true,
}

// reread looks t up again after its text changed (a slip corrected, a word read in
// another sense, "have" read as "hold").
func (s *scratch) reread(t *token) {
	t.read = false
	s.lookUp(t)
}

func isASCIILetter(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }
func isASCIIDigit(c byte) bool  { return c >= '0' && c <= '9' }

// stem folds a plural or third-person "s" so that "backups" reads as "backup".
// It returns a slice of its argument and never allocates.
func stem(w string) string {
	n := len(w)
	if n > 3 && w[n-1] == 's' {
		switch w[n-2] {
		case 's', 'u', 'i':
			return w
		}
		return w[:n-1]
	}
	return w
}

func bytesToString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// abbreviationDot reports whether the full stop at i ends an abbreviation inside a
// sentence ("Approx. number of staff", "incl. backups"): the word just before it is a
// common abbreviation and a lower-case word follows.
func (s *scratch) abbreviationDot(text string, i int) bool {
	if len(s.toks) == 0 || !isASCIILetter(text[i-1]) {
		return false
	}
	j := i + 1
	for j < len(text) && text[j] == ' ' {
		j++
	}
	if j == i+1 || j >= len(text) || text[j] < 'a' || text[j] > 'z' {
		return false
	}
	return abbreviation[s.toks[len(s.toks)-1].text]
}

// abbreviation holds the shortened words written with a full stop inside a sentence.
var abbreviation = map[string]bool{
	"approx": true, "appr": true, "est": true, "incl": true, "excl": true, "avg": true,
	"nr": true, "min": true, "max": true, "vs": true, "resp": true,
}

// rowCode returns the end of the control code a row of a control catalogue or a
// questionnaire opens with: two to six capital letters, a hyphen and a number of one
// or two digits, perhaps with parts after dots ("ITGC-01", "IAM-12", "LOG-3.2",
// "CCC-01.1"), followed by a space or a colon. It returns 0 when the text opens with
// none. The code labels the row: its letters name the family the control is filed
// under, not what the row asks, so "ITGC-01 Access to the payroll application is
// provisioned …" is about provisioning, not IT general controls. A report or a
// standard written the same way ("SOC-2 report", "SAS-70", "ISO-27001") is no code.
func rowCode(text string) int {
	i := 0
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	from := i
	for i < len(text) && text[i] >= 'A' && text[i] <= 'Z' {
		i++
	}
	letters := i - from
	if letters < 2 || letters > 6 || i == len(text) || text[i] != '-' || codeLikeName(text[from:i]) {
		return 0
	}
	i++
	for {
		d := i
		for i < len(text) && isASCIIDigit(text[i]) {
			i++
		}
		if i-d < 1 || i-d > 2 {
			return 0
		}
		if i+1 < len(text) && text[i] == '.' && isASCIIDigit(text[i+1]) {
			i++
			continue
		}
		break
	}
	if i < len(text) && text[i] != ' ' && text[i] != '\t' && text[i] != ':' && text[i] != '\n' {
		return 0
	}
	return i
}

// codeLikeName reports whether letters written like a row code's are the name of a
// report, a standard or a protocol that a number follows ("SOC-2", "SAS-70").
func codeLikeName(letters string) bool {
	switch letters {
	case "SOC", "SAS", "SSAE", "ISAE", "ISO", "TLS", "SSL", "SHA", "AES", "NIST", "PCI", "HIPAA":
		return true
	}
	return false
}

// colonIrregular lists participles not ending in "-ed" that open a short
// predicate after a colon ("Keys: kept offline?").
var colonIrregular = map[string]bool{"kept": true, "held": true, "done": true, "run": true,
	"taken": true, "given": true, "written": true, "shown": true, "withdrawn": true, "built": true}

// colonPredicateWords is how many words the question after the colon may hold.
const colonPredicateWords = 6

// colonPredicate reports whether word, ending at text[j], opens a short question
// after a colon that is only a predicate: a participle ("reviewed", "tested",
// "kept") and at most a few words up to a question mark, with no other break
// between. Labels with an answer ("Frequency: annual", "Scope: payroll
// services") and headings ("Section 3: Access Control") do not open with a
// participle or end without a question mark.
func colonPredicate(text, word string, j int) bool {
	if !pastParticiple(word) && !colonIrregular[word] {
		return false
	}
	words, in := 1, false
	for ; j < len(text); j++ {
		c := text[j]
		switch {
		case c == '?':
			return true
		case c == ',' || c == ';' || c == '.' || c == ':' || c == '!' || c == '\n':
			return false
		case c == ' ' || c == '\t':
			in = false
		default:
			if !in {
				in = true
				if words++; words > colonPredicateWords {
					return false
				}
			}
		}
	}
	return false
}
