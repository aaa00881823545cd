package triage

import (
	"slices"
	"strings"
)

// Facts told, not asked. A written answer (custom_answer) answers a fact the line asks
// of the respondent: "what is your headcount", "who owns the company", "list your
// hosting regions", a field to fill in. A report request often tells facts of its own
// on the way: the asker's or its customer's situation ("our customer, founded in
// 1998 and hosted in eu-west, needs it"), who will do what with the report ("our
// auditors will test our vendor controls by inspecting your SOC 2"), what it is for
// ("for the new EU hosting region, can you provide …") or a question put to a
// colleague about the request itself ("who owns this?"). Their words are those of a
// fact rule, but nothing in them is asked of the respondent, and the report is what
// answers the line.
//
// The words are read by the role of the clause they stand in, not by the words
// themselves. A line is cut into segments at its punctuation (a sentence end, a
// semicolon, a comma, a colon, a bracket or a dash) and where a clause opens without
// one ("… and we store", "… while you work toward …"). A segment asks when it opens
// with a question word, an auxiliary, a request verb ("please send", "tell us",
// "provide") or the asker's request ("we need", "they want"); it tells when it opens
// with the asker or a third party speaking of itself ("we understand …", "our
// auditors will test …", "they run payroll …") or with a conjunction that gives a
// reason or the time of something else ("because", "while", "although"), and a
// phrase in front of the question ("For the new region, can you …") tells when an
// asking segment follows it in its sentence. Any other segment continues the one
// before it in its sentence (a list after "please provide": "your SOC 2, your
// headcount and your founding year"). Within a segment where the asker or a third
// party speaks, a request verb asks the words after it ("our customer needs your SOC
// 2 and your headcount"), and so does "must" or "shall" after a possessive ("our data
// must stay in the EU"; "we must keep …" is the asker's own duty). A sentence put as a
// question keeps its last segment asked, whoever speaks in it ("we may audit you on
// site?").
//
// A segment that asks only a fact rule's words about a pronoun that points back to
// the line's request ("who owns this?") asks nothing of the respondent either.
//
// Only a line that another rule answers (a report, or a document other than a
// written answer) is read this way: a written rule whose every phrase stands in what
// the line tells is then marked told (and negated), so it adds no written answer; it
// still overrides the rules it names (fire), since its words are no control asked
// either ("we store their SSNs" told beside a report asks no privacy control). A fact
// asked beside the report ("send the SOC 2 and tell us where your data is hosted")
// keeps its written answer.

// Segment roles, per token.
const (
	segAsked  uint8 = iota // asks, or continues a segment that does: the default
	segTold                // the asker or a third party tells something
	segFront               // a phrase in front of a question (told if one follows)
	segAsking              // opened by an ask (set while reading, read as segAsked)
)

// tellSubject holds the words with which a clause's speaker tells of itself or of a
// third party: the asker ("we", "our"), its customer or prospect ("they", "their").
var tellSubject = map[string]bool{"we": true, "i": true, "our": true, "my": true,
	"they": true, "their": true, "he": true, "she": true}

// pronounSubject holds the tellSubject words that are the subject itself, not its
// possessive: the verb follows them.
var pronounSubject = map[string]bool{"we": true, "i": true, "they": true, "he": true, "she": true}

// tellRequest holds the verbs with which a speaker who tells asks for something: what
// follows them is asked ("our customer needs your SOC 2", "they have asked for it",
// "a prospect asking for", "we collect each vendor's W-9").
var tellRequest = wordSet(needVerbs, "needed", "required", "wanted", "request", "requests",
	"requested", "ask", "asks", "asked", "like", "love", "appreciate", "seek", "seeks",
	"needing", "requiring", "wanting", "requesting", "asking", "seeking", "collect",
	"collects", "obtain", "obtains", "gather", "gathers")

// extraAsk holds the request verbs that askOpener does not know: "tell us", "give
// the name", "let us know", "include".
var extraAsk = map[string]bool{"tell": true, "give": true, "let": true, "include": true,
	"note": true, "enter": true, "fill": true, "advise": true}

// segmentLink holds the words that join a segment to what went before it, skipped
// before its opener is read: "so please send", "and we store", "hey - …".
var segmentLink = map[string]bool{"and": true, "but": true, "so": true, "or": true,
	"then": true, "also": true, "plus": true, "additionally": true, "furthermore": true,
	"moreover": true, "anyway": true, "hey": true, "hi": true, "hello": true, "ok": true,
	"okay": true, "thanks": true, "now": true}

// tellConjunction holds the conjunctions that open a clause telling the reason for
// or the time of something else: "while you work toward a Type 2", "although we
// store", "because our parent company asked". "Since", "as" and "given" count where
// they give a reason (reasonAt).
var tellConjunction = map[string]bool{"while": true, "because": true, "although": true,
	"though": true, "whereas": true, "unless": true, "until": true, "till": true}

// frontWord holds the prepositions that open a phrase put in front of a question to
// say what it is for or when ("For the new EU region, can you …", "Ahead of the
// renewal, please send …"). Those that name what the question is about ("Regarding
// your hosting, …") are not among them.
var frontWord = map[string]bool{"for": true, "with": true, "ahead": true, "during": true,
	"before": true, "after": true, "following": true, "under": true, "per": true,
	"by": true, "in": true, "on": true, "at": true, "from": true, "as": true, "given": true,
	"since": true, "to": true, "upon": true, "within": true}

// backPronoun holds the pronouns that point back to the line's own request: "who
// owns this?", "can you transmit it?".
var backPronoun = map[string]bool{"this": true, "that": true, "these": true, "those": true,
	"it": true, "them": true, "one": true}

// writtenRule reports whether r answers only in writing: a request-tier rule that
// gives no report and a written answer alone.
func writtenRule(r *compiled) bool {
	return r.tier == tierRequest && r.Report == ReportNone && len(r.Artifacts) == 1 && r.Artifacts[0] == "custom_answer"
}

// writtenBeside reports, of the rules in fired that are not negated, whether a
// written rule (writtenRule) is among them, and whether another, not written, is one
// that other holds for: the two things a written answer may give way to another
// reading on (markTold, markYielded).
func (e *Engine) writtenBeside(fired []firing, other func(r *compiled) bool) (written, beside bool) {
	for _, f := range fired {
		if f.negated {
			continue
		}
		switch r := &e.rules[f.rule]; {
		case writtenRule(r):
			written = true
		case other(r):
			beside = true
		}
	}
	return written, beside
}

// answersOtherwise reports whether r answers with a report or with a document other
// than a written answer.
func answersOtherwise(r *compiled) bool {
	if r.Report == ReportNone {
		return slices.ContainsFunc(r.Artifacts, func(a string) bool { return a != "custom_answer" })
	}
	return r.Report != ""
}

// markTold marks told (and negated) every fired written rule whose phrases all stand
// in what the line tells, when another fired rule answers the line with a report or
// a document (see above).
func (e *Engine) markTold(s *scratch, text string, fired []firing) {
	if written, other := e.writtenBeside(fired, answersOtherwise); !written || !other {
		return
	}
	s.readSegments(text)
	for i := range fired {
		f := &fired[i]
		if !f.negated && writtenRule(&e.rules[f.rule]) && s.toldOnly(f.rule) {
			f.negated, f.told = true, true
		}
	}
}

// toldOnly reports whether every phrase hit of rule ri has a word in a telling
// segment, or asks only about a pronoun that points back (backOnly). A segment is
// read by backOnly once for all the hits in it: a long segment of a fact's words
// ("who owns … this?") must not be read again from each of them.
func (s *scratch) toldOnly(ri int32) bool {
	any, covered := false, false
	lo, hi, back := 0, 0, false // the segment backOnly read last, and its answer
	for _, h := range s.hits {
		if h.rule != ri || !h.phrase() {
			continue
		}
		any = true
		told := false
		for k := h.from; k <= h.to && !told; k++ {
			told = s.seg[k] == segTold
		}
		if told {
			continue
		}
		if at := int(h.from); at < lo || at >= hi {
			if !covered {
				s.coverHits(ri)
				covered = true
			}
			lo, hi = s.segmentOf(at)
			back = s.backOnly(lo, hi)
		}
		if !back {
			return false
		}
	}
	return any
}

// coverHits fills s.cover: per token, whether a phrase hit of rule ri covers it.
func (s *scratch) coverHits(ri int32) {
	s.cover = append(s.cover[:0], make([]bool, len(s.toks))...)
	for _, h := range s.hits {
		if h.rule == ri && h.phrase() {
			for k := h.from; k <= h.to && int(k) < len(s.cover); k++ {
				s.cover[k] = true
			}
		}
	}
}

// backOnly reports whether the segment toks[lo:hi] asks only about a pronoun that
// points back to the line's request: it ends in one (backPronoun), and every word of
// it that is no skipped word stands in a hit of the rule s.cover was filled for
// ("who owns this?").
func (s *scratch) backOnly(lo, hi int) bool {
	if !backPronoun[s.toks[hi-1].text] {
		return false
	}
	for k := lo; k < hi-1; k++ {
		if !s.toks[k].stop && !backPronoun[s.toks[k].text] && !s.cover[k] {
			return false
		}
	}
	return true
}

// segmentOf returns the tokens toks[lo:hi] of the segment of toks[at].
func (s *scratch) segmentOf(at int) (lo, hi int) {
	lo = at
	for lo > 0 && !s.segStart[lo] {
		lo--
	}
	return lo, s.segmentEnd(at)
}

// readBreaks fills s.segStart (a segment opens at the token) and s.sentHard (a
// sentence opens at it) for the tokens of text, as segmentBreak reads them.
func (s *scratch) readBreaks(text string) {
	if s.memo.known&memoBreaks != 0 {
		return // read for this pass already: by readSegments, then readAside
	}
	s.memo.known |= memoBreaks
	s.segStart, s.sentHard = s.segStart[:0], s.sentHard[:0]
	for k := range s.toks {
		start, hard := s.segmentBreak(text, k)
		s.segStart = append(s.segStart, start)
		s.sentHard = append(s.sentHard, hard)
	}
}

// readSegments fills s.seg (the role of each token's segment), and the breaks
// (readBreaks), for the tokens of text.
func (s *scratch) readSegments(text string) {
	toks := s.toks
	s.readBreaks(text)
	s.seg = s.seg[:0]
	state := segAsked
	sentence := 0 // the first token of the sentence
	owner := ""   // the opener of the segment that set state
	// opener is the opener of the last segment opened: a run of link words
	// (", and, and, …") opens a segment at each, and each has the run's end for its
	// opener, found once rather than again from every segment of the run.
	opener := -1
	for k := range toks {
		start, hard := s.segStart[k], s.sentHard[k]
		if hard && k > 0 {
			s.closeSentence(text, sentence, k)
			sentence, state = k, segAsked
		}
		if start && state == segTold && colonBefore(text, toks, k) {
			state = segAsked // "Our vendor form, section 4: legal name, …" lists what is asked
		}
		if start {
			if opener < k {
				opener = openerAt(toks, k)
			}
			switch role := openerRole(toks, opener); {
			case role == segFront && !hard:
				// a preposition inside a sentence continues it ("… on the platform, in
				// our region"): only one that opens a sentence is put in front.
			case role != segAsked:
				state, owner = role, toks[opener].text
			}
		}
		if state == segTold && k > 0 && tellSubject[owner] && tellAsks(toks, k-1, owner) {
			state = segAsking // "our customer needs | your SOC 2 and …"
		}
		s.seg = append(s.seg, state)
	}
	s.closeSentence(text, sentence, len(toks))
}

// closeSentence settles the roles of the sentence toks[from:to]: a phrase in front
// is told only when a segment after it asks, and a sentence put as a question (its
// text ends in a question mark) keeps its last segment asked when it tells ("we may
// audit you on site?").
func (s *scratch) closeSentence(text string, from, to int) {
	asking := false
	for k := to - 1; k >= from; k-- {
		switch s.seg[k] {
		case segAsking:
			asking = true
			s.seg[k] = segAsked
		case segFront:
			if asking {
				s.seg[k] = segTold
			} else {
				s.seg[k] = segAsked
			}
		}
	}
	if from >= to || s.seg[to-1] != segTold || !s.questionEnds(text, to) {
		return
	}
	for k := to - 1; k >= from && s.seg[k] == segTold; k-- {
		s.seg[k] = segAsked
	}
}

// segmentBreak reports whether a segment opens at toks[k] (start), and whether it
// opens a sentence (hard): a sentence end or a semicolon before it, a comma, colon,
// bracket or dash before it, or a clause opened with no mark ("… and we store …",
// "… while you work …").
func (s *scratch) segmentBreak(text string, k int) (start, hard bool) {
	toks := s.toks
	if k == 0 {
		return true, true
	}
	if toks[k].brk >= brkSentence {
		return true, true
	}
	gap := ""
	if a, b := toks[k-1].end, toks[k].start; a < b && b <= len(text) {
		gap = text[a:b]
	}
	if strings.IndexByte(gap, ';') >= 0 {
		return true, true
	}
	if gap == "," && isDigits(toks[k-1].text) && isDigits(toks[k].text) {
		return false, false // "9,000"
	}
	if strings.ContainsAny(gap, ",:()[]—–") || strings.Contains(gap, " - ") || strings.Contains(gap, "--") {
		return true, false
	}
	w := toks[k].text
	if tellConjunction[w] || reasonAt(toks, k) {
		return true, false
	}
	if (toks[k-1].text == "and" || toks[k-1].text == "but" || toks[k-1].text == "so") && k >= 2 && tellSubject[w] && !tellSubject[toks[k-2].text] {
		// "… thru us AND we store …": the speaker opens a clause of its own. The
		// link word stays with the segment before; the opener is the speaker.
		return true, false
	}
	return false, false
}

// colonBefore reports whether a colon stands between toks[k-1] and toks[k].
func colonBefore(text string, toks []token, k int) bool {
	a, b := toks[k-1].end, toks[k].start
	return a < b && b <= len(text) && strings.IndexByte(text[a:b], ':') >= 0
}

// tellAsks reports whether toks[k], in a segment opened by owner (a tellSubject), is a
// verb that asks for what follows it: a request ("our customer needs …", "they have
// asked for …", not the purpose of "we need to assess …"), a duty put on the
// respondent after a possessive ("our data must stay in the EU"; "we must keep …" is
// the asker's own duty), or the asker's duty to learn it ("we must know …").
func tellAsks(toks []token, k int, owner string) bool {
	switch w := toks[k].text; {
	case tellRequest[w]:
		return !(k+2 < len(toks) && toks[k+1].text == "to" && purposeVerbs[toks[k+2].text])
	case w == "must" || w == "shall":
		if j := k + 1; j < len(toks) && (toks[j].text == "also" || toks[j].text == "still") {
			k = j
		}
		return !pronounSubject[owner] || k+1 < len(toks) && learnVerb[toks[k+1].text]
	}
	return false
}

// learnVerb holds the verbs by which the asker's own duty is to learn or receive
// something from the respondent: "we must know where our data is stored", "we
// must receive your SOC 2", "we must also understand who can see it".
var learnVerb = map[string]bool{"know": true, "understand": true, "learn": true, "see": true,
	"receive": true, "get": true, "obtain": true, "have": true, "confirm": true, "verify": true,
	"review": true, "be": true}

// openerAt returns the index of the opener of the segment that opens at toks[k]: the
// first word that is no link word or answer column.
func openerAt(toks []token, k int) int {
	for k+1 < len(toks) && (segmentLink[toks[k].text] || answerColumn(toks[k].text)) {
		k++
	}
	return k
}

// openerRole reads the segment whose opener (openerAt) is toks[k]: segAsking when it
// asks, segTold when a speaker tells of itself or a conjunction gives a reason or a
// time, segFront for a preposition, segAsked when the opener says nothing (the
// segment continues the one before it).
func openerRole(toks []token, k int) uint8 {
	w := toks[k].text
	switch {
	case w == "please" || w == "kindly" || askOpener(w) || extraAsk[w]:
		return segAsking
	case tellConjunction[w] || reasonAt(toks, k):
		return segTold
	case tellSubject[w]:
		return segTold // a request verb later may ask what follows it (readSegments)
	case frontWord[w]:
		if k+1 < len(toks) && (wordAfterFront[toks[k+1].text]) {
			return segAsked // "In which countries …", "As for your hosting, …"
		}
		return segFront
	}
	return segAsked
}

// wordAfterFront holds the words after a preposition that make it open a question
// or name its topic, not put a phrase in front of one: "In which countries …", "To
// whom …", "As for …", "As of …" is a date and stays in front.
var wordAfterFront = map[string]bool{"which": true, "what": true, "whom": true, "whose": true,
	"how": true, "for": true, "to": true, "regards": true}

// pointsBack reports whether part, one question of a line, asks for something by a
// pronoun that points back to what the line asked before it: its verb's object is
// one ("Can you transmit it?", "Could you forward them to me?", "Please send one
// over"). Read where no rule fired on the part, it asks nothing of its own, and the
// vocabulary's reading of its verb ("transmit" as data in transit) is no control.
func pointsBack(part string) bool {
	var f fieldScan
	f.text = part
	trim := func(w string) string { return strings.Trim(w, sentencePunct) }
	w, ok := f.next()
	for ok && (segmentLink[trim(w)] || answerColumn(w) || trim(w) == "please" || trim(w) == "kindly") {
		w, ok = f.next()
	}
	if ok && backAux[trim(w)] {
		if w, ok = f.next(); ok && (trim(w) == "you" || trim(w) == "u") {
			w, ok = f.next()
		}
	}
	if !ok || isSkipWord(trim(w)) || backPronoun[trim(w)] {
		return false // no verb of its own
	}
	w, ok = f.next() // the word after the verb
	if ok && (trim(w) == "me" || trim(w) == "us") {
		w, ok = f.next()
	}
	return ok && backPronoun[trim(w)]
}

// toldEvidence is the evidence of a verdict whose fact rules were told, not asked.
var toldEvidence = Evidence{Rule: "fact_told", Reason: "The fact's words stand in what the line tells (the asker, its customer, the deal, the timing, or a question about the request itself), not in what it asks of you: the report or document answers it, with no written answer beside it.", Matched: []string{}}

// anyTold reports whether a fired rule was told (markTold).
func anyTold(fired []firing) bool {
	for _, f := range fired {
		if f.told {
			return true
		}
	}
	return false
}
