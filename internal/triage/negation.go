package triage

import "strings"

// Negation and scope: a rule whose words are negated or put out of scope in their
// clause does not fire.

// Negation and scope words (guide section 7).
var (
	negBefore = map[string]bool{"not": true, "no": true, "never": true, "without": true, "besides": true,
		"except": true, "excluding": true, "beyond": true, "aside": true, "apart": true, "instead": true,
		"t": true, "dont": true, "doesnt": true, "nor": true, "neither": true, "nobody": true, "addition": true, "unlike": true,
		"reject": true, "rejects": true, "refuse": true, "refuses": true, "decline": true, "declines": true}
	negAfter = map[string]bool{"not": true, "t": true, "insufficient": true, "unacceptable": true,
		"inadequate": true, "never": true}
	negCancel = map[string]bool{"if": true, "whether": true, "or": true, "unless": true}
)

const negWindow = 5

// refusalModal holds the negated modals written as one word: "cannot", "unable" (to),
// "wont". Unlike "not" they say what someone is unable to do, which is no refusal
// ("users who cannot access production", "unable to log in", "controls that cannot
// be bypassed"), so they negate only where they refuse a report: before a verb of
// taking it up ("we cannot accept a Type 1", "unable to rely on a SOC 1"), or after
// it as a judgement of it ("a Type 1 wont do", "cannot be accepted").
var refusalModal = map[string]bool{"cannot": true, "unable": true, "wont": true, "cant": true}

// modalContraction holds the modals whose "n't" makes a negated modal of the same
// kind: "can't" and "couldn't" read as "cannot", "won't" and "wouldn't" as "wont".
// Other contractions ("don't", "isn't") negate like "not".
var modalContraction = wordSet(modalContractions)

// modalContractions lists the stems of modalContraction; contraction holds them too.
var modalContractions = []string{"can", "won", "couldn", "wouldn"}

// modalAt reports whether toks[k] is a negated modal: a word of refusalModal, or the
// "t" of "can't", "won't", "couldn't" or "wouldn't". Like "cannot", it negates only
// what it refuses: "we can't accept a Type 1", not "contractors can't access
// production" beside a Type 1 asked for.
func modalAt(toks []token, k int) bool {
	if toks[k].cls&clsModal != 0 {
		return true
	}
	return toks[k].text == "t" && k > 0 && modalContraction[toks[k-1].text]
}

// takeUpVerb holds the verbs whose object a refusal refuses: "we cannot accept a
// Type 1", "we are unable to rely on a SOC 1", "we will not settle for a Type 1",
// "we won't need the SOC 1", "we won't be relying on the SOC 3".
var takeUpVerb = map[string]bool{"accept": true, "take": true, "rely": true, "use": true,
	"consider": true, "settle": true, "approve": true, "recognise": true, "recognize": true,
	"need": true, "require": true, "want": true, "live": true, "relying": true,
	"accepting": true, "taking": true, "using": true, "considering": true}

// judgedPassive holds the words by which what stands before a refusal is judged:
// "a Type 1 cannot be accepted", "… wont suffice". "do", "work" and "help" judge only
// when nothing follows them ("a type one wont do", "cannot work for us", "the SOC 1
// won't help us"): "staff cannot work remotely" judges nothing.
var judgedPassive = map[string]bool{"accepted": true, "acceptable": true, "used": true, "relied": true,
	"considered": true, "approved": true, "taken": true, "recognised": true, "recognized": true,
	"suffice": true, "satisfy": true, "meet": true, "serve": true, "sufficient": true,
	"enough": true, "adequate": true}

// afterRefusal returns the index of the verb a refusal at toks[k] governs, past the
// words that only lead to it ("unable to accept", "cannot be accepted", "not possible
// for us to accept", "not willing to rely on"), or -1.
func afterRefusal(toks []token, k int) int {
	for j := k + 1; j < len(toks) && j <= k+5; j++ {
		if toks[j].brk != brkNone {
			return -1
		}
		if !refusalLead[toks[j].text] {
			return j
		}
	}
	return -1
}

// refusalLead holds the words between a refusal and the verb it governs.
var refusalLead = map[string]bool{"to": true, "be": true, "been": true, "able": true, "possible": true,
	"willing": true, "prepared": true, "for": true, "us": true, "in": true, "a": true, "position": true}

// contrastWord reports whether w sets what follows it against a refusal that
// ends in a word of need (neededWord) before it: "a letter is not needed, just the
// SOC 2", "no gap letter required, only the report". Elsewhere they qualify a report
// ("a design-only Type I").
//
// Both are switches, not maps: negatedWords reads them for every word of its
// window.
func contrastWord(w string) bool {
	switch w {
	case "just", "only", "merely", "simply":
		return true
	}
	return false
}

func neededWord(w string) bool {
	switch w {
	case "needed", "required", "necessary", "wanted", "expected":
		return true
	}
	return false
}

// passiveGoverns reports whether the negated modal at toks[k] governs a passive verb
// whose complement begins at toks[from]: "it can't be shared publicly", "reports
// cannot be issued as of one date". What the modal says cannot be done is negated
// there, though it refuses no report.
func passiveGoverns(toks []token, k, from int) bool {
	if !modalAt(toks, k) {
		return false
	}
	v := afterRefusal(toks, k)
	if v < 0 || v+1 != from || !strings.HasSuffix(toks[v].text, "ed") && toks[v].text != "made" && toks[v].text != "shown" {
		return false
	}
	for j := k + 1; j < v; j++ {
		if toks[j].text == "be" || toks[j].text == "been" {
			return true
		}
	}
	return false
}

// refusesObject reports whether the negation at toks[k] refuses the object of a verb
// of taking up: "cannot accept", "unable to rely on", "will not take".
func refusesObject(toks []token, k int) bool {
	j := afterRefusal(toks, k)
	return j >= 0 && takeUpVerb[toks[j].text]
}

// refusesSubject reports whether the negation at toks[k] judges what stands before
// it: "cannot be accepted", "wont do.", "unable to suffice".
func refusesSubject(toks []token, k int) bool {
	j := afterRefusal(toks, k)
	if j < 0 {
		return false
	}
	switch w := toks[j].text; {
	case judgedPassive[w]:
		return true
	case w == "do" || w == "work" || w == "help":
		return j+1 == len(toks) || toks[j+1].brk != brkNone || intransitiveTail[toks[j+1].text]
	}
	return false
}

// intransitiveTail holds the words after "do" or "work" that leave them a judgement:
// "wont do for us", "cannot work here".
var intransitiveTail = map[string]bool{"for": true, "here": true, "us": true, "now": true,
	"anymore": true, "either": true, "this": true}

// judgeWindow is how far after its subject a negated judgement may stand: "a Type I on
// your claims administration services will not satisfy our auditors".
const judgeWindow = 10

// judgeVerb holds the words with which the asker judges what is offered: "a Type 1
// will not satisfy our auditors", "… does not meet our requirement". Their subject is
// what the negation refuses; what follows them is the judge, not refused.
var judgeVerb = map[string]bool{"satisfy": true, "satisfies": true, "meet": true, "meets": true,
	"suffice": true, "suffices": true, "acceptable": true, "accepted": true, "sufficient": true,
	"enough": true, "adequate": true, "pass": true, "work": true}

// acceptVerb holds the verbs whose subject judges their object: "our auditors will not
// accept a design-only report" refuses the report, not the auditors.
var acceptVerb = map[string]bool{"accept": true, "take": true}

// judgedAt reports whether the negation at toks[k] negates a judgement: "not satisfy",
// "not be acceptable to", "not be enough for".
func judgedAt(toks []token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+2; j++ {
		if toks[j].brk != brkNone {
			return false
		}
		if toks[j].cls&clsJudge != 0 {
			return true
		} else if toks[j].text != "be" {
			return false
		}
	}
	return false
}

// negated reports whether every place a rule's subject matched is negated or put
// out of scope. The subject is its "any" phrases or, without those, its first "all"
// group: in "a third party performs audits (not penetration tests)" the pen test is
// negated even though "performs" is not.
func (e *Engine) negated(s *scratch, ri int32) bool {
	if e.rules[ri].Type != "" {
		return e.typeNegated(s, ri)
	}
	if e.rules[ri].tier == tierName {
		return e.everySubject(s, ri, nameNegatedAt)
	}
	return e.everySubject(s, ri, negatedAt)
}

// nameNegatedAt is negatedAt for a report's name, which may also stand as a label
// refused by the clause after it (labelRefused).
func nameNegatedAt(toks []token, from, to int) bool {
	return negatedAt(toks, from, to) || labelRefused(toks, from, to)
}

// labelRefused reports whether the report named at toks[from:to+1] stands alone in
// its clause, as the label of a list item, and the clause after it refuses it: "SOC 3
// - not accepted in lieu of either", "SOC 3 report: not acceptable". A type after the
// name is what such a clause refuses ("SOC 2 Type 1 - not accepted"), not the report.
func labelRefused(toks []token, from, to int) bool {
	if from > 0 && toks[from].brk == brkNone {
		k := from - 1
		if w := toks[k].text; w != "a" && w != "the" && w != "your" || k > 0 && toks[k].brk == brkNone {
			return false
		}
	}
	end := to + 1
	for end < len(toks) && toks[end].brk == brkNone && toks[end].cls&clsReportNoun != 0 {
		end++
	}
	if end >= len(toks) || toks[end].brk == brkNone || toks[end].brk >= brkSentence || typeAfter(toks, to) {
		return false
	}
	return refusalClause(toks, end)
}

// typeNegated is negated for a rule of a type. A type the other side offered
// ("your rep offered us a Type 1", "the Type I sales proposed") is what the asker
// answers, not what it asks: when the asker names the type again, the offer is left
// out and the asker's own words decide ("… so a Type 1 will not be accepted"). A type
// named only as offered is read as usual ("you offered a Type I; that is fine").
func (e *Engine) typeNegated(s *scratch, ri int32) bool {
	subject := roleAny
	if len(e.rules[ri].any) == 0 {
		subject = 0
	}
	// The asker's own words are read first, and the reading stops at the first type
	// not negated: negation is read to the end of a clause, which a long line may
	// not close.
	own, offered := false, false
	for _, h := range s.hits {
		if h.rule != ri || h.role != subject {
			continue
		}
		if offeredAt(s.toks, int(h.from), int(h.to)) {
			offered = true
			continue
		}
		own = true
		if !typeNegatedAt(s.toks, int(h.from), int(h.to)) {
			return false
		}
	}
	if own || !offered {
		return own
	}
	return e.everySubject(s, ri, typeNegatedAt) // every type named was offered
}

// offerWord holds the words by which the other side puts a report forward: "your
// account rep offered a Type 1", "sales proposed a design-only report", "thanks for
// offering the Type I".
var offerWord = map[string]bool{"offered": true, "offering": true, "proposed": true,
	"suggested": true, "mentioned": true, "recommended": true, "pitched": true}

// offerBack and offerAhead are how far before and after a type, in its clause, an
// offer word may stand: "proposed sending a SOC 2 Type I", "a Type 1 was offered".
const (
	offerBack  = 6
	offerAhead = 3
)

// offeredAt reports whether the type at toks[from:to+1] is named as offered by the
// other side: an offer word before it in its clause, or after it ("the Type I you
// proposed", "a Type 1 was offered").
func offeredAt(toks []token, from, to int) bool {
	for k := clauseBefore(toks, from, offerBack); k < from; k++ {
		if offerWord[toks[k].text] {
			return true
		}
	}
	for k, hi := to+1, clauseAfter(toks, to, offerAhead); k < hi; k++ {
		if offerWord[toks[k].text] {
			return true
		}
	}
	return false
}

// typeNegatedAt reports whether a type at toks[from:to+1] is negated in its clause,
// refused by the clause after it (refusedAfter), or negated as part of a type stated
// in several words (typeRunNegated).
func typeNegatedAt(toks []token, from, to int) bool {
	return negatedAt(toks, from, to) || refusedAfter(toks, from, to) || typeRunNegated(toks, from, to)
}

// everySubject reports whether the rule's subject matched and at holds for every
// place it matched. The subject is the rule's "any" phrases or, without those, its
// first "all" group.
func (e *Engine) everySubject(s *scratch, ri int32, at func(toks []token, from, to int) bool) bool {
	subject := roleAny
	if len(e.rules[ri].any) == 0 {
		subject = 0
	}
	any := false
	for _, h := range s.hits {
		if h.rule != ri || h.role != subject {
			continue
		}
		any = true
		if !at(s.toks, int(h.from), int(h.to)) {
			return false
		}
	}
	return any
}

// negWord reports whether toks[k] negates, as a word of the class set (negBefore,
// negAfter or catNegator): "t" only as the end of a contraction ("don't", "isn't"),
// so that "SOC2 T2" is no negation.
func negWord(toks []token, k int, set wordClass) bool {
	if modalAt(toks, k) {
		switch {
		case set&clsNegBefore != 0:
			return refusesObject(toks, k)
		case set&clsNegAfter != 0:
			return refusesSubject(toks, k)
		}
		return false
	}
	if toks[k].text == "t" {
		return k > 0 && toks[k-1].cls&clsContraction != 0
	}
	if k+1 < len(toks) && toks[k+1].cls&clsComparative != 0 { // "not less than $5 million"
		return false
	}
	return toks[k].cls&set != 0
}

// comparative holds the words after which "not" or "no" bounds a figure or widens a
// list rather than negating: "not less than", "no later than", "not only".
var comparative = map[string]bool{"less": true, "fewer": true, "more": true, "later": true,
	"earlier": true, "greater": true, "lower": true, "higher": true, "only": true, "exceeding": true}

// timeClause holds the words that open a clause of time after a negated noun: what
// follows them is the time the negated thing is measured from, not negated itself
// ("no material changes since the examination period ended", "no incidents after the
// audit period").
var timeClause = map[string]bool{"since": true, "after": true, "until": true}

var contraction = wordSet(modalContractions, "don", "doesn", "didn", "isn", "aren", "wasn",
	"weren", "shouldn", "hasn", "haven", "hadn", "mustn", "needn", "ain")

func negatedAt(toks []token, from, to int) bool {
	// "we will not accept a SOC 2 older than 12 months" refuses a stale one, not the
	// report; most words are not negated, so the bound is read only when they are.
	return negatedWords(toks, from, to) && !boundedAfter(toks, to)
}

func negatedWords(toks []token, from, to int) bool {
	for k := from + 1; k <= to; k++ {
		if negWord(toks, k, clsNegAfter) || (toks[k].text == "no" && negWord(toks, k, clsNegBefore)) {
			return true
		}
	}
	standard := reportStandard(toks[from].text) // read once: the loops below test it per word
	if standard {
		if v := setAside(toks, from); v >= 0 {
			// "Skip the SOC 2, we need the SOC 1" refuses it; "Do not skip the SOC
			// 2" asks for it.
			return !verbNegated(toks, v)
		}
	}
	// Before the words, within the clause: "other than your SOC 2", "we do not need".
	for k := from - 1; k >= 0 && k >= from-negWindow-4; k-- {
		if toks[k+1].brk != brkNone {
			break
		}
		w := toks[k].text
		if k < from-negWindow && !(negWord(toks, k, clsNegBefore) && afterRefusal(toks, k) >= from-negWindow && refusesObject(toks, k)) {
			continue // the window runs from the verb a refusal governs: "we are unable to accept a SOC 2 Type 1"
		}
		if toks[k].cls&clsJudge != 0 { // "will not satisfy our auditors": the auditors judge, they are not refused
			break
		}
		if toks[k].cls&clsTimeClause != 0 { // "no significant changes since the period ended": the changes are negated, not the period
			break
		}
		if w == "please" { // "No SOC 3 please, just send the report": the refusal ended at "please"
			break
		}
		if contrastWord(w) && k > 0 && neededWord(toks[k-1].text) {
			break // "a gap letter isn't required, just the SOC 1": the contrast opens after the refusal
		}
		swap := substitutedAt(toks, k) || w == "instead" || w == "without" || (w == "than" && k > 0 && toks[k-1].text == "rather")
		neg := swap || negWord(toks, k, clsNegBefore) || (w == "than" && k > 0 && toks[k-1].text == "other" && !onlyThis(toks, k-1)) ||
			passiveGoverns(toks, k, from) || standard && setApart(toks, k)
		if !neg || (w == "addition" && (alsoSent(toks, to) || secondReportBefore(toks, k))) {
			continue
		}
		if swap && refusedBefore(toks, k) {
			return false // "we cannot proceed without your SOC 2", "we won't take a SOC 3 instead of the SOC 2"
		}
		if standard && typeAfter(toks, to) && refusesObject(toks, k) && !otherReportAfter(toks, from, to) {
			return false // "we cannot accept a SOC 2 Type 1" refuses the type, not the SOC 2
		}
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			if toks[j+1].brk != brkNone {
				break
			}
			if toks[j].cls&clsNegCancel != 0 {
				return false
			}
		}
		return true
	}
	// After the words: "a Type 1 will not meet our needs". A negation after a type
	// belongs to the type, not to the report before it ("a SOC 2 Type 1 will not do"),
	// nor to a report the type stands before ("a Type 1 SOC 2 will not do", "a
	// point-in-time SOC 2 is insufficient").
	// "… or a SOC 3 if an NDA isn't possible": a condition between the words and the
	// negation takes the negation with it.
	if typeBefore(toks, from) || conditionBefore(toks, from) {
		return false
	}
	for k := to + 1; k < len(toks) && k <= to+judgeWindow; k++ {
		if toks[k].brk != brkNone || toks[k].text == "type" || toks[k].cls&clsNegCancel != 0 {
			break
		}
		if negWord(toks, k, clsNegAfter) && k+1 < len(toks) && toks[k+1].cls&clsAccept != 0 ||
			modalAt(toks, k) && refusesObject(toks, k) {
			// "our auditors will not accept a Type 1": the judge refuses what follows,
			// unless nothing follows ("a Type 1 report we cannot accept") or a pronoun
			// that ends the clause stands for it ("a Type I, our team cannot accept it").
			v := afterRefusal(toks, k)
			return !clauseJoined(toks, to, k) && (objectFronted(toks, v) || v >= 0 && pronounObject(toks, v+1, clauseEnd(toks, v)))
		}
		if k <= to+negWindow && standard && ofNoUse(toks, k) {
			return true // "the SOC 2 is of no use to us", "… is irrelevant to us"
		}
		if k <= to+negWindow && judgedShort(toks, k) {
			return true // "a Type 1 is no longer acceptable", "… will be rejected", "… falls short"
		}
		if negWord(toks, k, clsNegAfter) && (k <= to+negWindow || judgedAt(toks, k)) {
			return true
		}
	}
	return false
}

// objectFronted reports whether the verb at toks[v] has no object after it in its
// clause: "Type 1 we not accept", "a design-only report our auditors cannot accept
// from suppliers". A pronoun after it is an object ("send the SOC 2: our auditors
// will not accept it otherwise" wants the SOC 2).
func objectFronted(toks []token, v int) bool {
	if v < 0 {
		return false
	}
	j := v + 1
	if j < len(toks) && toks[j].brk == brkNone && (toks[j].text == "on" || toks[j].text == "upon") {
		j++ // "rely on"
	}
	if j >= len(toks) || toks[j].brk != brkNone {
		return true
	}
	switch toks[j].text {
	case "only", "anymore", "here", "now":
		return true
	case "from", "for", "at", "in":
		return j == v+1
	}
	return false
}

// clauseJoined reports whether a conjunction stands between toks[to] and toks[k]:
// "send your SOC 2, as our auditors do not accept otherwise" gives a reason in a
// clause of its own.
func clauseJoined(toks []token, to, k int) bool {
	for j := to + 1; j < k; j++ {
		switch toks[j].text {
		case "because", "since", "as", "so", "while", "when", "unless", "otherwise":
			return true
		}
	}
	return false
}

// judgedShort reports whether toks[k] begins or ends a judgement of what stands before
// it that the negation words do not hold: "no longer (acceptable)", "(is|are|will be)
// rejected|refused|declined", "falls|comes short". "Rejected" alone describes
// ("rejected transactions"), so it refuses only after a form of "be".
func judgedShort(toks []token, k int) bool {
	if k == 0 || toks[k].brk != brkNone {
		return false
	}
	switch toks[k].text {
	case "no":
		return k+1 < len(toks) && toks[k+1].text == "longer" && toks[k+1].brk == brkNone
	case "rejected", "refused", "declined":
		return beForm[toks[k-1].text]
	case "short":
		return shortVerb[toks[k-1].text]
	}
	return false
}

var (
	beForm    = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "get": true, "gets": true}
	shortVerb = map[string]bool{"fall": true, "falls": true, "fell": true, "falling": true, "come": true, "comes": true, "coming": true}
)

// setAside returns the index of the first word of a verb of leaving out whose
// object is the report that begins at toks[from], past its determiners: "Skip the
// SOC 2", "forget your SOC 2", "leave out the SOC 2", "never mind the SOC 2"; or -1.
// The report is refused the way "we do not need the SOC 2" refuses it. A verb whose
// object is something else ("skip section 4 if you have a SOC 2") does not reach
// the report.
func setAside(toks []token, from int) int {
	k := from - 1
	for k >= 0 && toks[k+1].brk == brkNone && asideDeterminer[toks[k].text] {
		k--
	}
	if k < 0 || toks[k+1].brk != brkNone {
		return -1
	}
	w := toks[k].text
	if setAsideVerb[w] {
		return k
	}
	if k == 0 || toks[k].brk != brkNone {
		return -1
	}
	prev := toks[k-1].text
	switch {
	case (w == "out" || w == "aside") && (prev == "leave" || prev == "set" || prev == "put"),
		w == "mind" && prev == "never", w == "about" && prev == "forget":
		return k - 1
	}
	return -1
}

// verbNegated reports whether a negation stands right before the verb at toks[v]:
// "do not skip", "don't drop", "never ignore".
func verbNegated(toks []token, v int) bool {
	if v == 0 || toks[v].brk != brkNone {
		return false
	}
	switch w := toks[v-1].text; w {
	case "not", "never", "dont":
		return true
	case "t":
		return v > 1 && toks[v-2].cls&clsContraction != 0
	}
	return false
}

// ofNoUse reports whether toks[k] begins a judgement that what stands before it is
// of no use: "no" or "little" before a word of use after "of", a form of "be" or a
// verb of serving ("is of no use to us", "serves no purpose", "adds no value"), or
// a word that is one after a form of "be" ("is irrelevant to us", "is useless").
// "The SOC 2 shows no use of shared accounts" judges nothing.
func ofNoUse(toks []token, k int) bool {
	if k == 0 || toks[k].brk != brkNone {
		return false
	}
	prev := toks[k-1].text
	switch w := toks[k].text; {
	case w == "no" || w == "little":
		return k+1 < len(toks) && toks[k+1].brk == brkNone && useNoun[toks[k+1].text] &&
			(prev == "of" || beForm[prev] || serveVerb[prev])
	case noUseWord[w]:
		return beForm[prev] || prev == "s"
	}
	return false
}

var (
	// asideDeterminer holds the words between a verb of leaving out and the report.
	asideDeterminer = map[string]bool{"the": true, "a": true, "an": true, "your": true,
		"this": true, "that": true, "any": true, "latest": true, "current": true, "last": true,
		"recent": true, "most": true}
	// setAsideVerb holds the verbs that leave their object out: "skip the SOC 2".
	setAsideVerb = map[string]bool{"skip": true, "forget": true, "drop": true, "ignore": true,
		"disregard": true, "omit": true, "scrap": true}
	// useNoun holds what a report judged of no use lacks: "of no use", "no value".
	useNoun = map[string]bool{"use": true, "value": true, "help": true, "purpose": true,
		"relevance": true, "interest": true, "benefit": true, "good": true}
	// serveVerb holds the verbs before "no use": "serves no purpose", "adds no value".
	serveVerb = map[string]bool{"serve": true, "serves": true, "has": true, "have": true,
		"add": true, "adds": true, "offer": true, "offers": true, "hold": true, "holds": true}
	// noUseWord holds the words that judge a report of no use by themselves.
	noUseWord = map[string]bool{"irrelevant": true, "useless": true, "pointless": true,
		"worthless": true, "immaterial": true, "unhelpful": true}
)

// refusedBefore reports whether a negation stands before toks[k] in its clause, within
// a few words. Before "without", "instead of", "rather than" or "in place of" it
// makes what follows wanted: "we cannot proceed without your SOC 2", "we will not
// accept a SOC 3 in place of the SOC 2".
func refusedBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if toks[j+1].brk != brkNone {
			return false
		}
		if w := toks[j].text; w == "not" || w == "never" || w == "no" || toks[j].cls&clsModal != 0 ||
			w == "t" && j > 0 && toks[j-1].cls&clsContraction != 0 {
			return true
		}
	}
	return false
}

// onlyThis reports whether "other" at toks[k] follows "nothing" or "anything": "we
// need nothing other than the SOC 2" asks for the SOC 2 alone, it does not refuse it.
func onlyThis(toks []token, k int) bool {
	return k > 0 && (toks[k-1].text == "nothing" || toks[k-1].text == "anything")
}

// substitutedAt reports whether toks[k] ends a phrase that puts what follows in
// another's place: "in place of", "in lieu of", "as opposed to" ("a Type 2 in place of
// the Type 1").
func substitutedAt(toks []token, k int) bool {
	if k == 0 || k+1 >= len(toks) {
		return false
	}
	switch toks[k].text {
	case "place", "lieu":
		return toks[k-1].text == "in" && toks[k+1].text == "of"
	case "opposed":
		return toks[k-1].text == "as" && toks[k+1].text == "to"
	}
	return false
}

// typeAfter reports whether Type 1 follows the words ending at toks[to] as their type:
// "a SOC 2 Type 1", "an ISAE 3000 Type I". Said of a report's name, a refusal to take up such a report refuses
// its type, and the report is still wanted of the other type.
func typeAfter(toks []token, to int) bool {
	k := to + 1
	if toks[to].text != "type" {
		if k >= len(toks) || toks[k].text != "type" || toks[k].brk != brkNone {
			return false
		}
		k++
	}
	if k >= len(toks) || toks[k].brk != brkNone {
		return false
	}
	switch toks[k].text {
	case "1", "i", "one":
		return true
	}
	return false
}

// otherReportAfter reports whether the rest of the sentence names another
// report than the one at toks[from:to+1] (another number after "SOC", or another
// standard): "we don't want the SOC 1 Type 1, only the SOC 2" refuses the SOC 1
// itself, while "we cannot accept a SOC 2 Type 1, only a SOC 2 Type 2" refuses the
// type.
func otherReportAfter(toks []token, from, to int) bool {
	if from+1 >= len(toks) {
		return false
	}
	name, num := toks[from].text, toks[from+1].text
	for k := to + 1; k+1 < len(toks) && toks[k].brk < brkSentence; k++ {
		if reportStandard(toks[k].text) && toks[k+1].brk == brkNone &&
			(toks[k].text != name || toks[k+1].text != num) {
			return true
		}
	}
	return false
}

// alsoSent reports whether the sentence after toks[to] asks for a document to be sent,
// or names a second SOC report, and nothing "other" than it: "In addition to the SOC 2,
// please send the bridge letter" and "In addition to the SOC 2, is a SOC 1 available?"
// ask for both, while "In addition to the SOC 2, what other certifications do you
// hold?" and "In addition to pen tests, do you test in-house?" put it out of scope.
// "More than" counts ("if the period ended more than 90 days ago") and is no other.
func alsoSent(toks []token, to int) bool {
	send := false
	for k := to + 1; k < len(toks) && toks[k].brk < brkSentence; k++ {
		switch w := toks[k].text; {
		case otherWord[w] && !(w == "more" && k+1 < len(toks) && toks[k+1].text == "than"):
			// "more than 90 days ago" counts time; "more reports" asks for others
			return false
		case sendWord[w], reportStandard(w):
			send = true
		}
	}
	return send
}

// secondReportBefore reports whether the sentence before "in addition to" at toks[k]
// asks for a document to be sent and names a SOC report or its standard: "Upload your
// ISAE 3402 report in addition to the SOC 2 Type 2 report" asks for both reports.
func secondReportBefore(toks []token, k int) bool {
	send, named := false, false
	for j := k; j >= 0; j-- {
		w := toks[j].text
		send = send || sendWord[w]
		named = named || j < k-1 && reportStandard(w)
		if toks[j].brk >= brkSentence {
			break
		}
	}
	return send && named
}

var (
	otherWord = map[string]bool{"other": true, "else": true, "additional": true, "further": true, "another": true, "more": true}
	sendWord  = map[string]bool{"send": true, "provide": true, "attach": true, "upload": true, "share": true,
		"submit": true, "forward": true, "include": true, "furnish": true, "supply": true, "email": true}
)

// reportStandard reports whether w names a SOC report or its standard ("SOC2"
// reads as "soc" and "2"); a switch, read for every report word negatedWords tests.
func reportStandard(w string) bool {
	switch w {
	case "soc", "ssae", "isae":
		return true
	}
	return false
}

// setApartWord holds the words that set a report apart from what the question goes
// on to ask when "from", "of" or "to" follows them: "separate from the payroll SOC 1,
// …", "distinct from your SOC 2", "unrelated to the SOC 1". Elsewhere they describe
// things kept apart ("networks kept separate from each other"), so they set aside
// only a report's name.
var setApartWord = map[string]bool{"separate": true, "separately": true, "distinct": true,
	"independently": true, "unrelated": true}

// setApart reports whether toks[k] sets what follows it apart: a word of
// setApartWord that opens its clause, followed by "from", "of" or "to". Inside a
// clause it compares ("is the SOC 2 separate from the SOC 1?") rather than sets
// aside.
func setApart(toks []token, k int) bool {
	if !setApartWord[toks[k].text] || k+1 >= len(toks) || k > 0 && toks[k].brk == brkNone {
		return false
	}
	switch toks[k+1].text {
	case "from", "of", "to":
		return true
	}
	return false
}

// conditionBefore reports whether the words at toks[from] are the subject of a
// condition opened by "if" or "whether" in their clause: "If your first SOC 2 audit
// isn't finished, a Type 1 will do" sets a condition on the report, it does not
// refuse it.
func conditionBefore(toks []token, from int) bool {
	for k := from - 1; k >= 0 && k >= from-negWindow; k-- {
		if toks[k+1].brk != brkNone {
			return false
		}
		if w := toks[k].text; w == "if" || w == "whether" {
			return true
		}
	}
	return false
}

// typeBefore reports whether a type stands just before toks[from] in its clause: "Type
// 1", "point-in-time", "design-only", "readiness", "snapshot".
func typeBefore(toks []token, from int) bool { return typeStart(toks, from) >= 0 }

// Held reports: a report the asker says they already have ("we already hold your SOC
// 2", "your SOC 2 is on file") is not asked for, and not refused either.
var (
	holder   = map[string]bool{"we": true, "i": true, "ve": true, "having": true, "our": true}
	haveVerb = map[string]bool{"have": true, "has": true, "hold": true, "held": true, "received": true,
		"obtained": true, "got": true, "possess": true, "reviewed": true, "read": true}
	// askAux is a part of auxiliaries (respondent.go), not all of it: "does", "has",
	// "had", "must" and "might" (and before "we", "is", "are", "was" and "were") make
	// no question of a report held before "we" ("Does our team hold …" is held).
	// Reading them as asking would change verdicts, so the set stays as it is until
	// that is decided. "On file" in a sentence ending with a question mark is asked
	// whatever its first word (askedAt).
	askAux = map[string]bool{"do": true, "did": true, "have": true, "can": true, "could": true,
		"will": true, "shall": true, "should": true, "would": true, "may": true}
)

// held reports whether every place a rule's subject matched is a report the asker
// already holds: "we (already) have|hold|received …" before it in its clause, or "on
// file" after it in its sentence. A question ("do we have …", "SOC 1 on file?") and a
// clause that only reports one ("asks if we have …") hold nothing.
//
// A type named on a report the line sets aside is that report's, held the same way:
// "Provide your SSAE 18 report in addition to the SOC 2 Type 2" asks for no type of
// its own (asideReportType).
func (e *Engine) held(s *scratch, text string, ri int32) bool {
	typed := e.rules[ri].Type != ""
	return e.everySubject(s, ri, func(toks []token, from, to int) bool {
		return heldAt(toks, text, from, to) || typed && asideReportType(toks, from)
	})
}

// asideReportType reports whether the type at toks[from] ("Type 2") follows, in the
// same words, a report's name ("SOC 2", "ISAE 3402") that the line negates or sets
// aside: "in addition to the SOC 2 Type 2", "other than your SOC 1 Type 1", "not the
// SOC 1 Type 2". The negation word governs the report, so the type is neither asked
// nor refused; read as negated it would turn into the other type. A type the asker
// refuses on a report it asks for ("we cannot accept a SOC 2 Type 1") leaves the
// name unnegated (negatedWords) and stays refused.
func asideReportType(toks []token, from int) bool {
	name := from - 2
	if name < 0 || toks[from].text != "type" || toks[from].brk != brkNone || toks[from-1].brk != brkNone ||
		!reportStandard(toks[name].text) {
		return false
	}
	return negatedAt(toks, name, from-1) || addedAfterAsk(toks, name)
}

// addedAfterAsk reports whether the report's name at toks[name] follows "in addition
// to" that closes an ask for another report: in "Upload your ISAE 3402 report in
// addition to the SOC 2 Type 2 report" both reports are asked for, but the type
// written on the second is that report's and asks for none of its own.
func addedAfterAsk(toks []token, name int) bool {
	for k := name - 1; k >= 1 && k >= name-4; k-- {
		if toks[k+1].brk != brkNone {
			return false
		}
		if toks[k].text == "addition" && toks[k-1].text == "in" {
			return secondReportBefore(toks, k)
		}
	}
	return false
}

// askedAt reports whether the sentence of toks[to] ends with a question mark.
func askedAt(toks []token, text string, to int) bool {
	k := to
	for k+1 < len(toks) && toks[k+1].brk < brkSentence {
		k++
	}
	end := len(text)
	if k+1 < len(toks) {
		end = toks[k+1].start
	}
	return strings.Contains(text[toks[k].end:end], "?")
}

func heldAt(toks []token, text string, from, to int) bool {
	for k := from - 1; k >= 0 && k >= from-6; k-- {
		if toks[k+1].brk >= brkClause {
			break
		}
		if toks[k].cls&clsHaveVerb == 0 {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			if toks[j+1].brk >= brkClause {
				break
			}
			if w := toks[j].text; w == "you" || w == "they" {
				break // "we understand you only have a Type 1": the vendor has it, the asker does not
			}
			if toks[j].cls&clsHolder != 0 {
				if j > 0 && (toks[j-1].text == "if" || toks[j-1].text == "whether") {
					break // "asks if we have …": whether it is held is the question
				}
				if toks[j].text == "our" && !alreadyIn(toks, j+1, k) {
					break // "our auditors have asked for", not "our controller already has"
				}
				return j == 0 || toks[j-1].cls&clsAskAux == 0 || toks[j].brk >= brkClause
			}
		}
	}
	// "Your SOC 2 is on file", not "Is your SOC 2 on file with the regulator?".
	start := from
	for start > 0 && toks[start].brk < brkSentence {
		start--
	}
	if w := toks[start].text; toks[start].cls&clsAskAux != 0 || w == "is" || w == "are" || w == "was" || w == "were" {
		return false
	}
	for k := to + 1; k+1 < len(toks) && k <= to+negWindow; k++ {
		if toks[k].brk >= brkSentence {
			break
		}
		if toks[k].text == "on" && toks[k+1].text == "file" && toks[k+1].brk == brkNone {
			// "SOC 1 on file?" asks; "already on file, can you …?" still holds it.
			return alreadyIn(toks, to+1, k) || !askedAt(toks, text, to)
		}
	}
	return false
}

// alreadyIn reports whether "already" stands among toks[from:to].
func alreadyIn(toks []token, from, to int) bool {
	for i := from; i < to; i++ {
		if toks[i].text == "already" {
			return true
		}
	}
	return false
}

// dropRemainder removes the firings of remainder rules unless the question refuses a
// SOC 1 or a SOC 3, or holds a report it names: "send the security report" alone is
// no SOC report, while after "not the SOC 3 summary" the full report asked for is the
// SOC 2.
func (e *Engine) dropRemainder(fired []firing) []firing {
	rem, named := false, false
	for _, f := range fired {
		r := &e.rules[f.rule]
		if r.Remainder && !f.negated {
			rem = true
		}
		// A SOC 1 refused leaves the SOC 2 ("not the SOC 1: the security report"), and
		// so does the SOC 3, its public summary ("not the SOC 3: the full report"); a
		// report held is asked for again ("we have last year's: send the current one").
		if f.negated && r.tier == tierName && (f.held || r.Report == ReportSOC1 || r.Report == ReportBoth || contains(r.Artifacts, "soc3")) {
			named = true
		}
	}
	if !rem || named {
		return fired
	}
	out := fired[:0]
	for _, f := range fired {
		if !e.rules[f.rule].Remainder {
			out = append(out, f)
		}
	}
	return out
}

// boundedAfter reports whether the words ending at toks[to] are bounded by their age
// in their clause: "a SOC 2 older than 12 months", "SOC 1 reports whose period ended
// more than a year ago", "a SOC 2 issued before 2025". A refusal of such a report
// refuses the stale one; a current one is still wanted.
func boundedAfter(toks []token, to int) bool {
	ended := periodEnd[toks[to].text] // "(the) period ended more than a year ago"
	for k := to + 1; k < len(toks) && k <= to+8 && toks[k].brk == brkNone; k++ {
		switch w := toks[k].text; {
		case w == "older" || w == "outdated" || w == "stale":
			return true
		case periodEnd[w]:
			ended = true
		case ended && (w == "more" || w == "over" || w == "before"):
			return true
		case !boundFiller[w]:
			return false
		}
	}
	return false
}

var (
	// periodEnd holds the words that date a report by its period's end or its issue.
	periodEnd = map[string]bool{"ended": true, "ending": true, "closed": true, "issued": true,
		"dated": true, "finished": true}
	// boundFiller holds the words between a report and the bound on its age: its type,
	// its noun, and "whose period", "that was", "with a review period".
	boundFiller = wordSet(reportTypeAndNoun, "that", "which", "whose", "with", "where",
		"its", "the", "a", "period", "review", "coverage", "observation", "is", "are", "was",
		"were", "has", "have", "been")
)
