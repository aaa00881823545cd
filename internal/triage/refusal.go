package triage

import "strings"

// A type named, then refused in the clause or sentence after it: "A Type 1, we cannot
// accept it.", "Only a Type 1? Not good enough.", "Type I only? Insufficient." The
// refusal stands in a clause of its own, where the negation scope of negatedAt does
// not reach, and points back to the type with a pronoun ("it", "that") or leaves it
// out ("not good enough", "won't do"). A rejected Type 1 stays a Type 2 (labelling
// conventions), so the refusal counts the way a refusal in the type's own clause does.

// refusedAfter reports whether the type at toks[from:to+1] is refused by the clause
// that follows its own. The type's sentence, up to there, must not ask for it or
// accept it ("Send the SOC 2 Type I; our reviewers won't accept it later" asks for the
// Type 1; "A Type 1 is fine; we can accept it" accepts it).
func refusedAfter(toks []token, from, to int) bool {
	if q := answeredAt(toks, to); q >= 0 && judgedInQuestion(toks, from, to, q) && replyRefuses(toks, q) {
		return true // "Won't a Type 1 do for now? No, we need the Type II."
	}
	if conditionCannotGoOn(toks, from, to) {
		return true // "If a Type 1 is all you have, we cannot proceed."
	}
	k := clauseEnd(toks, to)
	if k >= len(toks) {
		return false
	}
	for j := from - 1; j >= 0 && toks[j+1].brk < brkSentence; j-- {
		if askedOrJudged(toks, j) {
			return false
		}
	}
	for j := to + 1; j < k; j++ {
		if askedOrJudged(toks, j) {
			return false
		}
	}
	if r := relativeAside(toks, k); r > k {
		k = r // "A Type I report, which only covers design, is not acceptable"
	}
	return refusalClause(toks, k)
}

// relativeAside returns the index of the clause after a relative clause that begins
// at toks[k] and is set off by commas within its sentence ("a Type I, which only
// covers design, is not acceptable"), or k. A relative clause that asks for the type
// or accepts it ("which our auditors accept") is no aside: k is returned.
func relativeAside(toks []token, k int) int {
	if k >= len(toks) || toks[k].brk >= brkSentence || !relativeWord[toks[k].text] {
		return k
	}
	r := clauseEnd(toks, k)
	if r >= len(toks) || toks[r].brk >= brkSentence {
		return k
	}
	for j := k + 1; j < r; j++ {
		if w := toks[j].text; sendWord[w] || requestWord[w] || acceptWord[w] || toks[j].cls&clsJudge != 0 {
			return k
		}
	}
	return r
}

// relativeWord holds the words that open a relative clause after a comma.
var relativeWord = map[string]bool{"which": true, "who": true, "whose": true}

// answeredAt returns the index of the first token of the sentence after the one
// holding toks[to] when that sentence was a question, or -1.
func answeredAt(toks []token, to int) int {
	for j := to + 1; j < len(toks); j++ {
		if toks[j].brk == brkSentence {
			if toks[j].asked {
				return j
			}
			return -1
		}
	}
	return -1
}

// judgedInQuestion reports whether the question that holds the type at
// toks[from:to+1] and ends before toks[q] asks whether the type will do: a word of
// acceptance or judging ("Is a Type 1 OK?", "Would a Type 1 be enough?"), a verb of
// taking it up ("Could we take a Type I for now?"), or "do", "work" or "serve"
// after it ("Won't a Type 1 do?"). A question of fact ("Does the Type 1 cover
// payroll?") is not answered by a refusal.
func judgedInQuestion(toks []token, from, to, q int) bool {
	start := from
	for start > 0 && toks[start].brk < brkSentence {
		start--
	}
	for j := start; j < q; j++ {
		if j >= from && j <= to {
			continue
		}
		w := toks[j].text
		switch {
		case acceptWord[w], toks[j].cls&clsJudge != 0, takeUpVerb[w] && j < from:
			return true
		case j > to && (w == "do" || w == "work" || w == "serve" || w == "suffice"):
			return true
		}
	}
	return false
}

// replyRefuses reports whether the sentence that begins at toks[k] opens as a reply
// that says no, past an aside ("unfortunately"): "No.", "No, we need …", "Not for
// this contract", "Unfortunately not." "No" must stand alone in its clause ("No
// matter, …" and "No SOC 1 is needed" reply nothing), and "not" must end the clause
// or lead only to what qualifies the refusal ("not for this contract", "not at this
// stage", "not really").
func replyRefuses(toks []token, k int) bool {
	end := clauseEnd(toks, k)
	for k < end && asideWord(toks[k].text) {
		k++
	}
	if k >= end {
		return false
	}
	switch toks[k].text {
	case "no", "nope":
		// A comma before a content word is no clause break to the tokenizer: "No,
		// only a Type 2 will" runs on, so the word after "no" tells the reply.
		return k+1 == end || replyOpener[toks[k+1].text]
	case "not":
		return k+1 == end || notQualifier[toks[k+1].text]
	}
	return false
}

// replyOpener holds the words that go on a reply after "no": "No, only a Type 2
// will", "No, sorry", "No, unfortunately not".
var replyOpener = map[string]bool{"only": true, "just": true, "sorry": true,
	"unfortunately": true, "sadly": true, "regrettably": true, "thanks": true,
	"thank": true, "because": true, "since": true, "never": true, "definitely": true,
	"certainly": true, "absolutely": true}

// notQualifier holds the words after which "not" opening a reply still refuses:
// "not for this contract", "not at this stage", "not really", "not yet".
var notQualifier = map[string]bool{"for": true, "at": true, "in": true, "really": true,
	"yet": true, "now": true, "here": true, "quite": true, "unless": true, "under": true,
	"on": true, "with": true, "this": true, "given": true}

// conditionCannotGoOn reports whether the type at toks[from:to+1] is named in a
// condition as all the respondent has ("If a Type 1 is all you have", "If you only
// have a Type I", "Should a Type I be all that exists") and the clause after the
// condition says the asker cannot go on (goOnVerb): "we cannot proceed", "we won't be
// able to onboard you", "the review cannot go ahead". The condition neither asks for
// the type nor accepts it (askedOrJudged).
func conditionCannotGoOn(toks []token, from, to int) bool {
	start := from
	for start > 0 && toks[start].brk == brkNone {
		start--
	}
	if !conditionWord[toks[start].text] && !(toks[start].text == "in" && start+1 < from && toks[start+1].text == "case") {
		return false // "if", "should", "where", "in case"
	}
	end := clauseEnd(toks, to)
	limited := false
	for j := start + 1; j < end; j++ {
		if j >= from && j <= to {
			continue
		}
		w := toks[j].text
		if askedOrJudged(toks, j) {
			return false
		}
		limited = limited || w == "only" || w == "all" || w == "just"
	}
	if !limited || end >= len(toks) || toks[end].brk == brkSentence {
		return false
	}
	next := clauseEnd(toks, end)
	for j := end; j < next; j++ {
		if !negWord(toks, j, clsNegBefore) && !modalAt(toks, j) {
			continue
		}
		if v := afterRefusal(toks, j); v >= 0 && v < next && goOnVerb[toks[v].text] {
			return true
		}
	}
	return false
}

var (
	// conditionWord holds the words that open a condition: "if", and "should" or
	// "where" put first.
	conditionWord = map[string]bool{"if": true, "should": true, "where": true}
	// goOnVerb holds the verbs of the asker going on with the vendor: "we cannot
	// proceed", "we won't be able to onboard you", "the review cannot go ahead".
	goOnVerb = map[string]bool{"proceed": true, "continue": true, "go": true, "move": true,
		"onboard": true, "sign": true, "approve": true, "contract": true, "engage": true,
		"complete": true, "progress": true, "award": true, "finalise": true, "finalize": true}
)

// askedOrJudged reports whether toks[k] asks for what its sentence names or judges it
// there: a request ("send", "please", "we need"), a word of acceptance ("fine",
// "enough") or a negation, which negatedAt reads in that sentence.
func askedOrJudged(toks []token, k int) bool {
	w := toks[k].text
	return sendWord[w] || requestWord[w] || acceptWord[w] || toks[k].cls&clsJudge != 0 ||
		negWord(toks, k, clsNegAfter)
}

// refusalClause reports whether the clause that begins at toks[k] refuses what the
// clause before it named: with a pronoun for it as the subject of a negated judgement
// ("that won't do", "it is insufficient", "that doesn't cut it") or as the object of a
// refused verb ("we cannot accept it", "we cannot rely on it"), with no subject at all
// ("not good enough", "insufficient", "will not satisfy our auditors"), or by asking
// for more than it ("our policy requires more than that").
func refusalClause(toks []token, k int) bool {
	end := clauseEnd(toks, k)
	for k < end && asideWord(toks[k].text) {
		k++
	}
	if k == end {
		return false
	}
	if pronoun[toks[k].text] && !objectPronoun[toks[k].text] || auxiliary[toks[k].text] {
		// "That won't do", "it is insufficient", "(the report,) will not satisfy …"
		j := k
		if !auxiliary[toks[j].text] {
			j++
		}
		for j < end && (auxiliary[toks[j].text] || toks[j].cls&clsContraction != 0 && j+1 < end && toks[j+1].text == "t" ||
			toks[j].text == "really" || toks[j].text == "simply") {
			j++
		}
		if j < end && judgedWanting(toks, j, end) {
			return true
		}
	}
	if judgedWanting(toks, k, end) { // "Not good enough.", "Insufficient."
		return true
	}
	for j := k; j < end; j++ {
		if !negWord(toks, j, clsNegBefore) && !modalAt(toks, j) {
			continue
		}
		if v := afterRefusal(toks, j); v >= 0 && v < end && takeUpVerb[toks[v].text] && pronounObject(toks, v+1, end) {
			return true // "we cannot accept it", "our auditors won't rely on that"
		}
	}
	for j := k; j+2 < end; j++ {
		if needWord[toks[j].text] && toks[j+1].text == "more" && toks[j+2].text == "than" && pronounObject(toks, j+3, end) {
			return true // "our policy requires more than that"
		}
	}
	return false
}

// judgedWanting reports whether toks[j] opens a judgement that finds what was named
// wanting: a negation before a word of judging ("not good enough", "won't do", "does
// not satisfy", "doesn't cut it"), a word that is one ("insufficient"), or "no longer
// acceptable", "falls short".
func judgedWanting(toks []token, j, end int) bool {
	w := toks[j].text
	switch {
	case w == "insufficient" || w == "unacceptable" || w == "inadequate":
		return true
	case judgedShort(toks, j) || j+1 < end && judgedShort(toks, j+1):
		return true
	case modalAt(toks, j):
		return refusesSubject(toks, j)
	case !negWord(toks, j, clsNegAfter):
		return false
	}
	for i := j + 1; i < end && i <= j+3; i++ {
		switch x := toks[i].text; {
		case toks[i].cls&clsJudge != 0, acceptWord[x], x == "cut", x == "do":
			return true
		case x != "be" && x != "good" && x != "quite" && x != "really" && x != "nearly" && x != "a" && x != "an":
			return false
		}
	}
	return false
}

// pronounObject reports whether toks[i:end] is a pronoun that ends the clause, past
// a preposition of the verb before it, or with the judgement it is taken up as:
// "accept it", "rely on that", "settle for this", "consider that sufficient". A pronoun followed by a condition or a time ("accept it later", "accept it
// without a bridge letter") does not refuse what was named.
func pronounObject(toks []token, i, end int) bool {
	if i < end && (toks[i].text == "on" || toks[i].text == "upon" || toks[i].text == "for" || toks[i].text == "with") {
		i++
	}
	if i >= end || !pronoun[toks[i].text] {
		return false
	}
	switch {
	case i+1 == end:
		return true
	case i+2 == end: // "accept it either", "consider that sufficient"
		w := toks[i+1].text
		return w == "either" || acceptWord[w] || toks[i+1].cls&clsJudge != 0
	}
	return false
}

// clauseEnd returns the index of the first token after toks[k] that begins another
// clause or sentence, or len(toks).
func clauseEnd(toks []token, k int) int {
	k++
	for k < len(toks) && toks[k].brk == brkNone {
		k++
	}
	return k
}

// asideWord reports whether w is a word set apart at the start of a clause that does
// not change what it says: "Your Type 1 report, unfortunately, will not satisfy …".
func asideWord(w string) bool {
	switch w {
	case "however", "sadly", "but", "and", "so", "regrettably", "frankly", "honestly", "still":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ly") && !auxiliary[w]
}

var (
	// pronoun holds the words that stand for what the clause before named.
	pronoun = map[string]bool{"it": true, "that": true, "this": true, "them": true,
		"those": true, "these": true, "they": true}
	// objectPronoun holds the pronouns that are objects only.
	objectPronoun = map[string]bool{"them": true}
	// auxiliary holds the words between a subject and its negation: "that will not
	// do", "it is not enough", "this does not satisfy", "that's insufficient".
	auxiliary = map[string]bool{"is": true, "was": true, "are": true, "were": true, "be": true,
		"will": true, "would": true, "does": true, "do": true, "did": true, "s": true,
		"can": true, "could": true, "should": true, "may": true, "might": true, "ll": true,
		"still": true, "just": true}
	// requestWord holds the words by which a sentence asks for what it names, beside
	// sendWord: "please", "we need", "kindly".
	requestWord = wordSet(needVerbs, "please", "kindly", "request")
	// acceptWord holds the words by which a sentence accepts what it names.
	acceptWord = map[string]bool{"fine": true, "ok": true, "okay": true, "good": true,
		"accept": true, "accepts": true, "acceptable": true, "suffice": true, "sufficient": true,
		"enough": true, "adequate": true, "satisfactory": true}
	// needWord holds the verbs of needing that ask for more than what was named.
	needWord = wordSet(needVerbs)
	// needVerbs lists the verbs of needing, which are all request words as well.
	needVerbs = []string{"need", "needs", "require", "requires", "expect", "expects", "want", "wants"}
)
