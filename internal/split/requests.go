package split

// Requests after a lead: a line that asks for something in a clause after a
// short opening ("We do not need the SOC 1, just send the security report",
// "For the security review, please provide …") is a request of its own, not the
// context of the question after it.

import (
	"strings"

	"github.com/socbot/socbot/internal/triage"
)

// leadVerbs ask the reader to do something when they open a clause. The words
// marked true also read as nouns or title words ("List of Subprocessors", "State
// Privacy Laws", "Forward Secrecy"): opening a clause with no "please" or "just"
// before them, they ask only when an object follows (objectOpeners).
var leadVerbs = map[string]bool{
	"send": false, "provide": false, "describe": false, "explain": false, "confirm": false,
	"specify": false, "indicate": false, "submit": false, "attach": false, "upload": false,
	"share": false, "furnish": false, "identify": false, "clarify": false, "summarise": false,
	"summarize": false, "enumerate": false, "demonstrate": false, "verify": false, "give": false,
	"let": false,

	"list": true, "detail": true, "state": true, "supply": true, "outline": true,
	"include": true, "forward": true, "check": true, "select": true, "email": true, "e-mail": true,
}

// objectOpeners open what a request asks for: "include the bridge letter",
// "list your subprocessors", "state whether …".
var objectOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "your": true, "us": true, "me": true, "it": true,
	"them": true, "this": true, "these": true, "those": true, "any": true, "all": true,
	"each": true, "every": true, "both": true, "copies": true, "evidence": true, "details": true,
	"proof": true, "documentation": true, "which": true, "how": true, "what": true,
	"whether": true, "if": true, "when": true, "where": true, "who": true, "why": true, "that": true,
}

// nounAfter follows a word read as a noun, not as a request verb: "share of
// revenue", "list is attached", "check will be done". It holds the auxiliaries and
// modals the engine knows (triage.Auxiliaries) and a few words more.
var nounAfter = func() map[string]bool {
	set := map[string]bool{"of": true, "be": true, "been": true, "and": true, "or": true}
	for _, w := range triage.Auxiliaries() {
		set[w] = true
	}
	return set
}()

// clauseAdverbs may stand between a clause's start and its request verb:
// "just send …", "also provide …", "then attach …".
var clauseAdverbs = map[string]bool{
	"just": true, "simply": true, "also": true, "then": true, "now": true, "instead": true,
	"only": true, "additionally": true,
}

// leadOpeners open a lead after which a clause may request with a bare verb:
// "For the security review, provide …", "If possible, attach …".
var leadOpeners = map[string]bool{
	"for": true, "if": true, "in": true, "as": true, "where": true, "when": true, "once": true,
	"before": true, "after": true, "regarding": true, "re": true, "on": true, "to": true,
	"with": true, "instead": true, "also": true, "additionally": true, "separately": true,
	"alternatively": true, "otherwise": true, "finally": true, "lastly": true, "then": true,
	"ideally": true, "preferably": true, "again": true,
}

// negations make a lead that turns down one thing before asking for another:
// "We do not need the SOC 1, send …", "No bridge letter needed, just …".
var negations = map[string]bool{
	"not": true, "no": true, "don't": true, "dont": true, "doesn't": true, "won't": true,
	"never": true, "without": true, "instead": true, "rather": true, "skip": true,
}

// asksAfterLead reports a line that requests something in a clause past its
// opening: after "please" or "kindly" anywhere ("We would be glad if you could
// kindly send …"); after "just", "also" or "then" opening a clause ("We do not
// need the SOC 1, just send the security report"); or with a bare request verb
// opening a clause after ";", ":", a dash or a full stop, or after the comma that
// ends a first clause which is a lead ("For the security review, provide …") or
// turns something down ("We do not need the SOC 1, send …"). A subject before the
// verb ("Our auditors, Deloitte, provide assurance") makes no request, nor does a
// verb after "and" with no "please" or "just" ("We host in Frankfurt, and provide
// a DPA": its subject is left out).
//
// A line that opens with a question word or a request verb is the caller's to
// see (lineInfo.qstart); so is a title ("Select Your Plan").
func asksAfterLead(t []byte) bool {
	const (
		inClause = iota // past the opening of a clause
		opening         // at the opening of a clause, where a bare verb asks
		guarded         // at the opening of a clause where only "just", "please" … ask
	)
	var buf, nb [24]byte
	state := opening
	adverb := false // an adverb opened this clause
	please := false // the word before was "please" or "kindly"
	first := true   // in the line's first clause
	leadOK := false // the first clause is a lead: a bare verb may open a comma clause
	for i, words := 0, 0; ; words++ {
		w, j := nextWord(t, i)
		if w == nil {
			return false
		}
		i = j
		if isDash(w) {
			state, adverb, please, first = opening, false, false, false
			continue
		}
		core := lowerWord(trimPunct(w), &buf)
		word := string(core) // no allocation: used as map keys and in comparisons
		weak, verb := leadVerbs[word]
		if please && verb {
			return true
		}
		end := w[len(w)-1]
		stop := strings.IndexByte(",;:.!", end) >= 0
		please = (word == "please" || word == "kindly") && !stop
		if first && ((words == 0 && leadOpeners[word]) || negations[word] ||
			strings.HasSuffix(word, "n't") || strings.HasSuffix(word, "n’t")) {
			leadOK = true
		}
		switch {
		case state == inClause || len(core) == 0 || please:
		case clauseAdverbs[word] && !stop:
			adverb = true
		case word == "and" || word == "but" || word == "so" || word == "or":
			// "…, and please send", not "…, and provide a DPA" (a subject
			// left out): after a joining word only an adverb or "please" asks.
			state = guarded
		case verb && !stop && (adverb || state == opening):
			next, _ := nextWord(t, i)
			nc := lowerWord(trimPunct(next), &nb)
			if len(nc) > 0 && !nounAfter[string(nc)] && (!weak || adverb || objectOpeners[string(nc)]) {
				return true
			}
			state = inClause
		default:
			state = inClause
		}
		if !stop || (end == '.' && !sentenceEnd(w)) {
			continue
		}
		state = opening
		if end == ',' && !(first && leadOK) {
			state = guarded
		}
		adverb, please, first = false, false, false
	}
}

// isDash: a word that is a dash alone, joining two clauses ("SOC 1 not needed -
// send the SOC 2").
func isDash(w []byte) bool {
	switch string(w) {
	case "-", "--", "–", "—":
		return true
	}
	return false
}

// sentenceEnd: w, ending in ".", ends a sentence, not an abbreviation ("e.g.",
// "i.e.", "etc.", "vs.", "approx.").
func sentenceEnd(w []byte) bool {
	var buf [24]byte
	lw := lowerWord(w, &buf)
	switch string(lw) {
	case "e.g.", "i.e.", "etc.", "vs.", "approx.", "incl.", "no.", "cf.", "(e.g.", "(i.e.":
		return false
	}
	return len(w) > 2 // "U." "a."
}
