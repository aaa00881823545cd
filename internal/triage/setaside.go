package triage

import (
	"cmp"
	"maps"
	"slices"
	"strings"
)

// Subjects set aside. An asker often names a subject only to put it to one side
// before asking something else: "Garnishment orders hold personal data, understood —
// but how are they kept current?", "Privacy is covered elsewhere; we only want the
// deduction accuracy", "We already mask SSNs in our exports. Separately: how are tax
// deposits checked?", "Leaving aside encryption, how are payments approved?". The
// words set aside are context, as the facts a line tells are (told.go), and as the
// asker's own SOX work set aside is (the reliance_set_aside lexicon): the rules that
// fire on them alone ask nothing, and the line is answered by what it does ask.
//
// A marker bounds the span it sets aside, read over the same segments as told.go:
//
//   - a word that closes a clause ("understood", "noted", "fine",
//     "acknowledged"), standing alone or after "that's", sets aside its sentence up to
//     it;
//   - a predicate saying the subject is dealt with ("is covered elsewhere", "handled
//     separately", "covered by your SOC 1", "out of scope for this question") sets
//     aside its segment up to it, unless the segment asks ("Is payroll covered by
//     your SOC 1?");
//   - a phrase that opens a clause ("not asking about", "leaving aside", "setting
//     aside", "apart from", "aside from") sets aside its segment from it;
//   - the asker's own practice ("we already mask …") sets aside its sentence;
//   - "separately" opening a sentence, with an ask after it ("Separately: how do
//     you …?"), sets aside the sentences before it when they ask nothing;
//     "Separately, our infosec team reviews …" tells more context and sets nothing
//     aside.
//
// A fired rule whose every phrase begins in set-aside words is marked aside (and
// negated) when another fired rule, or a term of the vocabulary, has words outside
// them, and the vocabulary does
// not count the terms that stand in them. With nothing asked outside the span the
// line keeps its reading: "Personal data is covered elsewhere" alone asks nothing
// else. "Beyond encryption, how are payments approved?" sets nothing aside: "beyond"
// adds to what is asked.

// asideClose holds the words that, closing a clause, set aside what it said.
var asideClose = map[string]bool{"understood": true, "noted": true, "fine": true,
	"acknowledged": true}

// asideDealt holds the participles that say a subject is dealt with already.
var asideDealt = map[string]bool{"covered": true, "handled": true, "addressed": true,
	"answered": true, "dealt": true}

// asideCue holds the words without which readAside finds nothing: those of
// asideClose and asideDealt, and the words its other readings turn on.
var asideCue = wordSet(slices.Concat(slices.Collect(maps.Keys(asideClose)), slices.Collect(maps.Keys(asideDealt))),
	"scope", "aside", "apart", "already", "separately", "asking")

// asideCueShapes rules most words out of asideCue before it is read.
var asideCueShapes = shapesOf(asideCue)

// asideWhere holds the words after asideDealt that say where else it is dealt with.
var asideWhere = map[string]bool{"elsewhere": true, "separately": true}

// asideBy holds the words after asideDealt that point to what deals with it, when a
// report or another questionnaire follows them (asideDoc): "covered by your SOC 1".
var asideBy = map[string]bool{"by": true, "in": true, "under": true}

// asideDoc holds the words that name what deals with a subject set aside.
var asideDoc = map[string]bool{"soc": true, "soc1": true, "soc2": true, "report": true,
	"audit": true, "questionnaire": true, "section": true, "assessment": true}

// asideOpenVerb holds the verbs of "leaving aside …", "setting aside …".
var asideOpenVerb = map[string]bool{"leaving": true, "setting": true, "putting": true,
	"leave": true, "set": true, "put": true}

// markAside marks aside (and negated) every fired rule that matches only on
// set-aside words (asideOnly), when another fired rule or a vocabulary term stands
// outside them (see above), and takes the vocabulary's terms in them out of its
// scores. It records the first marker in s.asideMark.
func (e *Engine) markAside(s *scratch, text string, fired []firing) {
	s.asideMark = [2]int{-1, -1}
	if !s.readAside(text) {
		return
	}
	outside := false
	for _, f := range fired {
		if !f.negated && !e.asideOnly(s, f.rule) && s.anyPhrase(f.rule) {
			outside = true
			break
		}
	}
	for i := 0; i < len(s.vhits) && !outside; i++ {
		outside = !s.asideAtByte(int(s.vhits[i].from)) // a term of the vocabulary asked
	}
	if !outside {
		return
	}
	for i := range fired {
		f := &fired[i]
		if !f.negated && e.asideOnly(s, f.rule) {
			f.negated, f.aside = true, true
		}
	}
	e.dropAsideTerms(s)
}

// anyPhrase reports whether rule ri has a phrase hit.
func (s *scratch) anyPhrase(ri int32) bool {
	for _, h := range s.hits {
		if h.rule == ri && h.phrase() {
			return true
		}
	}
	return false
}

// asideOnly reports whether rule ri matches only on set-aside words: it has phrase
// hits and each begins in them, or some part of what it needs (its any list, a group
// of its all list) is met only in a sentence set aside whole ("Invoice calculation
// is covered in your SOC 1 report. What is your password policy?"). A phrase read
// from the subject on into the ask ("personal data handling is covered elsewhere,
// we only want the deduction accuracy") is the set-aside subject's. A rule with
// words on both sides of a span inside one sentence keeps firing: the subject named
// there is often what the ask is about ("Garnishment orders hold personal data,
// understood, but how are they kept current?").
//
// The answer is kept for the pass (s.ruleMemo): markAside asks it of a rule twice.
func (e *Engine) asideOnly(s *scratch, ri int32) bool {
	m := s.ruleMemoOf(ri)
	if m&memoAsideKnown == 0 {
		m |= memoAsideKnown
		if e.asideOnlyRead(s, ri) {
			m |= memoAside
		}
		s.ruleMemo[ri] = m
	}
	return m&memoAside != 0
}

// asideOnlyRead is asideOnly read from the hits and the set-aside words.
func (e *Engine) asideOnlyRead(s *scratch, ri int32) bool {
	any := false
	all := true
	for _, h := range s.hits {
		if h.rule != ri || !h.phrase() {
			continue
		}
		any = true
		all = all && s.aside[h.from]
	}
	if !any || all {
		return any
	}
	r := &e.rules[ri]
	if len(r.any) > 0 && !s.hitOutsideAside(ri, roleAny) {
		return true
	}
	for g := range r.all {
		if !s.hitOutsideAside(ri, int16(g)) {
			return true
		}
	}
	return false
}

// hitOutsideAside reports whether rule ri has a hit of the given role outside the
// sentences set aside whole.
func (s *scratch) hitOutsideAside(ri int32, role int16) bool {
	for _, h := range s.hits {
		if h.rule == ri && h.role == role && !s.sentenceAside(int(h.from)) {
			return true
		}
	}
	return false
}

// sentenceAside reports whether every token of the sentence of toks[k] is set aside.
func (s *scratch) sentenceAside(k int) bool {
	n := s.toks[k].sent
	for i := k; i >= 0 && s.toks[i].sent == n; i-- {
		if !s.aside[i] {
			return false
		}
	}
	for i := k + 1; i < len(s.toks) && s.toks[i].sent == n; i++ {
		if !s.aside[i] {
			return false
		}
	}
	return true
}

// dropAsideTerms takes out of the vocabulary scores the catalogue terms that begin
// in set-aside words.
func (e *Engine) dropAsideTerms(s *scratch) {
	out := 0
	for _, h := range s.vhits {
		if s.asideAtByte(int(h.from)) {
			w := e.pats[h.pat].w
			if h.role == roleCat && int(h.rule) < len(s.cat) {
				s.cat[h.rule] = max(0, s.cat[h.rule]-w)
			} else if h.role == roleArea && int(h.rule) < len(s.area) {
				s.area[h.rule] = max(0, s.area[h.rule]-w)
			}
			s.seen[h.pat] = 0
			continue
		}
		s.vhits[out] = h
		out++
	}
	s.vhits = s.vhits[:out]
}

// asideAtByte reports whether the token that begins at byte offset b, or holds it,
// is set aside. The tokens are in text order: a binary search finds it.
func (s *scratch) asideAtByte(b int) bool {
	k, _ := slices.BinarySearchFunc(s.toks, b, func(t token, b int) int { return cmp.Compare(t.start, b) })
	if k == len(s.toks) || s.toks[k].start > b {
		k--
	}
	return k >= 0 && b < s.toks[k].end && s.aside[k]
}

// readAside fills s.aside (per token: it stands in a set-aside span) for the tokens
// of text, and reports whether any token is set aside. A line with no marker word
// costs one pass over its tokens.
func (s *scratch) readAside(text string) bool {
	toks := s.toks
	maybe := false
	for k := range toks {
		if w := toks[k].text; asideCueShapes.may(w) && asideCue[w] {
			maybe = true
			break
		}
	}
	if !maybe {
		return false
	}
	s.aside = append(s.aside[:0], make([]bool, len(toks))...)
	s.readBreaks(text)
	found := false
	mark := func(from, to, at, end int) {
		for k := from; k < to; k++ {
			s.aside[k] = true
		}
		if to > from {
			found = true
			if s.asideMark[1] < 0 {
				s.asideMark = [2]int{at, end}
			}
		}
	}
	sentence, segment := 0, 0
	asked := false // a sentence before toks[sentence] opens with an ask
	for k := 0; k < len(toks); k++ {
		if s.sentHard[k] {
			asked = asked || k > 0 && s.segmentAsks(sentence)
			sentence = k
		}
		if s.segStart[k] {
			segment = k
		}
		w := toks[k].text
		switch {
		case asideClose[w] && k > sentence && s.closesClause(k) && s.closerAlone(k) &&
			!s.segmentAsks(sentence):
			// "…, understood — but …", "covered by your SOC 1, fine;"
			mark(sentence, k+1, k, k)
		case asideDealt[w] && k > segment && s.dealtElsewhere(k) && !s.segmentAsks(segment):
			if toks[k-1].text == "already" {
				mark(segment, s.segmentEnd(k), k-1, k) // "is already covered"
			} else {
				mark(segment, s.segmentEnd(k), k, k+1) // "covered elsewhere", "covered by"
			}
		case w == "scope" && k >= 2 && (toks[k-1].text == "of" && toks[k-2].text == "out" ||
			toks[k-1].text == "the" && toks[k-2].text == "outside") && k-2 > segment &&
			!s.segmentAsks(segment):
			// "privacy is out of scope for this question"
			mark(segment, s.segmentEnd(k), k-2, k)
		case w == "asking" && k >= 1 && (toks[k-1].text == "not" || toks[k-1].text == "nt") &&
			k+1 < len(toks) && (toks[k+1].text == "about" || toks[k+1].text == "regarding"):
			mark(k-1, s.segmentEnd(k), k-1, k+1)
		case w == "aside" && k >= 1 && asideOpenVerb[toks[k-1].text] && k-1 == openerAt(toks, segment):
			mark(k-1, s.segmentEnd(k), k-1, k)
		case (w == "apart" || w == "aside") && k+1 < len(toks) && toks[k+1].text == "from" &&
			k == openerAt(toks, segment):
			mark(k, s.segmentEnd(k), k, k+1)
		case w == "already" && k >= 1 && k-1 == openerAt(toks, sentence) && pronounSubject[toks[k-1].text] &&
			toks[k-1].text != "they" && !s.questionEnds(text, s.sentenceEnd(k)):
			// "We already mask SSNs in our exports …": the asker's own practice
			mark(sentence, s.sentenceEnd(k), k-1, k)
		case w == "separately" && k == openerAt(toks, sentence) && sentence > 0:
			// "… Separately: how are deposits checked?" sets aside what went before
			if j := s.segmentEnd(k); j < len(toks) && s.segmentAsks(j) &&
				!s.questionEnds(text, sentence) && !asked {
				mark(0, sentence, k, k)
			}
		}
	}
	return found
}

// closesClause reports whether toks[k] ends its clause: the line, its sentence or a
// segment ends after it, or "but" follows it.
func (s *scratch) closesClause(k int) bool {
	j := k + 1
	if j >= len(s.toks) {
		return true
	}
	return s.segStart[j] || s.toks[j].text == "but"
}

// closerAlone reports whether the closing word toks[k] stands alone as a clause of
// its own (", understood", "— noted") or after "that's" ("that's fine"): "access is
// granted" or "exceptions noted by the auditor" set nothing aside.
func (s *scratch) closerAlone(k int) bool {
	if s.segStart[k] {
		return true
	}
	switch s.toks[k-1].text {
	case "s", "thats":
		return true
	}
	return false
}

// dealtElsewhere reports whether the participle toks[k] (asideDealt) is followed by
// where else the subject is dealt with: "covered elsewhere", "dealt with
// separately", "covered by your SOC 1", or preceded by "already" ("is already
// covered").
func (s *scratch) dealtElsewhere(k int) bool {
	toks := s.toks
	if toks[k-1].text == "already" {
		return true
	}
	j := k + 1
	if j < len(toks) && toks[j].text == "with" {
		j++
	}
	if j >= len(toks) || s.segStart[j] {
		return false
	}
	if asideWhere[toks[j].text] {
		return true
	}
	if !asideBy[toks[j].text] {
		return false
	}
	for i := j + 1; i < len(toks) && i <= j+3 && !s.segStart[i]; i++ {
		if asideDoc[toks[i].text] {
			return true
		}
	}
	return false
}

// segmentEnd returns the index of the first token after the segment of toks[k].
func (s *scratch) segmentEnd(k int) int {
	for k++; k < len(s.toks) && !s.segStart[k]; k++ {
	}
	return k
}

// sentenceEnd returns the index of the first token after the sentence of toks[k].
func (s *scratch) sentenceEnd(k int) int {
	for k++; k < len(s.toks) && !s.sentHard[k]; k++ {
	}
	return k
}

// segmentAsks reports whether the segment that opens at toks[from] opens with an ask
// ("Is payroll covered by your SOC 1?").
func (s *scratch) segmentAsks(from int) bool {
	return openerRole(s.toks, openerAt(s.toks, from)) == segAsking
}

// questionEnds reports whether a question mark stands right before toks[to] (or at
// the end of text when to is past the last token).
func (s *scratch) questionEnds(text string, to int) bool {
	if to == 0 {
		return false
	}
	end := len(text)
	if to < len(s.toks) {
		end = s.toks[to].start
	}
	a := s.toks[to-1].end
	return a <= end && strings.HasPrefix(strings.TrimLeft(text[a:end], " \t\"')"), "?")
}

// anyAside reports whether a fired rule was set aside (markAside).
func anyAside(fired []firing) bool {
	for _, f := range fired {
		if f.aside {
			return true
		}
	}
	return false
}

// asideEvidence explains a verdict some of whose rules fired only on words the line
// sets aside, and quotes the marker.
func asideEvidence(s *scratch, text string) Evidence {
	m := ""
	if a, b := s.asideMark[0], s.asideMark[1]; a >= 0 && b < len(s.toks) {
		m = text[s.toks[a].start:s.toks[b].end]
	}
	return Evidence{Rule: "set_aside", Reason: `The line names a subject only to set it aside ("` + m +
		`"): the rules that read those words alone are context, not asked, and the line is answered by what it does ask.`,
		Matched: []string{m}}
}

// withAside adds to v, a verdict the vocabulary decided, the evidence of the rules
// set aside, if any were.
func withAside(s *scratch, text string, fired []firing, v Verdict) Verdict {
	if anyAside(fired) {
		v.Evidence = append(v.Evidence, asideEvidence(s, text))
	}
	return v
}
