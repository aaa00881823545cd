package triage

import "slices"

// The shapes a control is asked in besides who, how and what stops (moneyControlForm):
// a questionnaire asks for a control over a money item as a yes-or-no question ("Is
// every refund approved?", "Remittances: are they reviewed?"), as a request ("Explain
// the approval of payouts"), as a question of evidence or frequency ("What evidence
// shows accruals were reviewed?", "How often are rates checked?"), as a statement of
// the control ("Invoices are reviewed and approved by a manager", "Evidence of
// review of premiums is retained"), by the duty kept apart ("a four-eyes check",
// "maker-checker", "dual sign-off") or by what is done when it fails ("What happens
// if a payout is rejected?"). What the words have in common is an act of control (a
// participle of checking or approving, or its noun) in a sentence that asks or
// states; a sentence that asks what the product can do, or what the asker itself
// approves, asks no control of the vendor's.

// controlDone holds the participles of an act of control: the item was approved,
// reviewed, checked, corrected, escalated or logged. Two participles of checkVerbs
// and fixVerbs are left out: "signed", as signsContract guards only "sign" and
// "signs" against a contract ("the signed order form"), and "released", which
// would move a question of the eval set ("before a grant payment is released, how
// is the amount confirmed?", ot038) and belongs to a rule change of its own.
var controlDone = func() map[string]bool {
	set := wordSet(verbForms(slices.Concat(checkVerbs, fixVerbs), formEd),
		"rechecked", "evidenced", "inspected", "recalculated", "reperformed", "scrutinised", "scrutinized",
		"vetted", "logged", "monitored", "segregated", "separated")
	delete(set, "signed")
	delete(set, "released")
	return set
}()

// controlNoun holds the nouns of an act of control or of the person who does it: the
// approval, the review, the reconciliation, a reviewer, maker-checker.
var controlNoun = wordSet(nil,
	"approval", "approvals", "authorisation", "authorisations", "authorization", "authorizations",
	"review", "reviews", "signoff", "verification", "verifications", "validation", "validations",
	"reconciliation", "reconciliations", "oversight", "checker", "checkers", "countersignature",
	"reviewer", "reviewers", "approver", "approvers", "signatory", "signatories", "control", "controls",
	"safeguards")

// exceptionNoun holds the nouns of what a control catches and corrects: "how do you
// handle exceptions in refunds", "who clears breaks in remittances".
var exceptionNoun = wordSet(nil, "exception", "exceptions", "error", "errors", "discrepancy", "discrepancies",
	"mismatch", "mismatches", "break", "breaks", "reject", "rejects", "rejection", "rejections")

// checkVerbs holds the verbs of checking and approving a control over a money item is
// asked or stated with; fixVerbs the verbs of releasing a value and of correcting an
// error in it. The word lists of their forms below (and moneyControlVerb) are built
// from these two, so a verb added here reaches each of them.
var (
	checkVerbs = []string{"approve", "authorise", "authorize", "review", "check", "verify", "validate",
		"reconcile", "countersign", "sign"}
	fixVerbs = []string{"release", "correct", "investigate", "resolve", "escalate"}
)

// controlGerund holds the gerunds of the verbs of checking, signing, releasing and
// correcting: "who is responsible for approving refunds", "who is in charge of
// reconciling remittances".
var controlGerund = wordSet(verbForms(slices.Concat(checkVerbs, fixVerbs), formIng))

// controlVerbBase holds the verbs of checking that, after "do", "does" or "did" and
// their subject, ask whether the control is done: "Does a second person approve
// refunds?".
var controlVerbBase = wordSet(checkVerbs)

// controlVerbS holds the verbs of checking as a statement of who does it: "a
// manager approves every refund", "finance reconciles remittances daily". "Checks"
// is left out: it is as often the plural noun ("background checks", "the checks you
// run"), which no guard here tells from the verb.
var controlVerbS = func() map[string]bool {
	set := wordSet(verbForms(checkVerbs, formS))
	delete(set, "checks")
	return set
}()

// controlPair holds the words after which a second word makes an act of control:
// "sign off", "signed off", "followed up", "four eyes", "dual control".
var controlPair = map[string]map[string]bool{
	"sign":     {"off": true},
	"signed":   {"off": true},
	"followed": {"up": true},
	"four":     {"eyes": true, "eye": true},
	"dual":     {"control": true, "controls": true, "sign": true, "signoff": true, "signature": true, "signatures": true, "approval": true, "authorisation": true, "authorization": true, "signatory": true, "review": true},
}

// controlActShapes rules most words out of the sets controlAct reads a word in
// (controlDone, controlNoun, controlVerbBase, controlVerbS, exceptionNoun), and
// controlPairShapes most words before it out of controlPair.
var (
	controlActShapes = func() *wordShapes {
		var ws wordShapes
		for _, set := range []map[string]bool{controlDone, controlNoun, controlVerbBase, controlVerbS, exceptionNoun} {
			for w := range set {
				ws.add(w)
			}
		}
		return &ws
	}()
	controlPairShapes = shapesOf(controlPair)
)

// shapeRequest holds the words that open a request for a control's description.
var shapeRequest = wordSet(answerVerbs, "please", "kindly", "walk", "tell", "show", "demonstrate",
	"summarise", "summarize", "document", "give", "share", "evidence")

// adjectiveBefore holds the words before a participle that make it an adjective of
// the noun that follows ("the approved payee list", "your validated rates").
var adjectiveBefore = wordSet(nil, "the", "a", "an", "your", "our", "their", "its", "these", "those", "this", "that", "pre")

// capabilityWord holds the words of a sentence that asks what the product lets its
// users do, not how the vendor controls the item ("Does the portal support invoice
// approval?", "Can customers download approved invoices?").
var capabilityWord = wordSet(nil,
	"support", "supports", "supported", "offer", "offers", "allow", "allows", "enable", "enables", "feature",
	"features", "functionality", "option", "options", "optional", "portal", "download", "export", "configure",
	"configurable", "customise", "customize", "customisable", "customizable", "able", "integrate", "integration")

// passiveBefore holds the words before a participle that state the act as done ("are
// reviewed", "is retained", "have been approved").
var passiveBefore = wordSet(nil, "is", "are", "was", "were", "be", "been", "being", "get", "gets", "got")

// failedWords holds the words of a condition that something went wrong: after "what
// happens if", the vendor's handling of an exception is asked.
var failedWords = wordSet(nil,
	"fail", "fails", "failed", "failure", "miss", "missed", "misses", "reject", "rejected", "rejects",
	"rejection", "returned", "bounce", "bounced", "bounces", "error", "errors", "exception", "exceptions",
	"mismatch", "mismatched", "duplicate", "duplicated", "exceeds", "exceeded", "exceed", "incorrect", "wrong",
	"unmatched", "unreconciled", "invalid", "breaks", "broken", "unauthorised", "unauthorized", "overpaid",
	"underpaid", "twice", "late", "deadline", "cutoff", "cannot", "unable", "not")

// controlShape returns the words of an act of control in a sentence that asks or
// states it (see the file comment), or ok false.
func controlShape(toks []token) (from, to int, ok bool) {
	start := 0 // the first token of the sentence
	for k := range toks {
		if toks[k].brk >= brkSentence {
			start = k
		}
		w := toks[k].text
		if happenWord[w] && whatBefore(toks, start, k) {
			if j := failedCondition(toks, k); j > 0 && !shapeGuarded(toks, start, j) {
				return start, j, true
			}
			continue
		}
		if !controlAct(toks, k) {
			continue
		}
		if shapeAsks(toks, start, k) && !shapeGuarded(toks, start, k) && !systemBefore(toks, start, k) {
			return start, k, true
		}
	}
	return 0, 0, false
}

// controlAct reports whether toks[k] is an act of control: a participle of
// controlDone not used as an adjective, a noun of controlNoun or exceptionNoun, or
// the second word of a controlPair.
func controlAct(toks []token, k int) bool {
	return controlActBy(toks, k, controlActShapes, controlPairShapes)
}

// controlActBy is controlAct with the shapes that rule words out of its sets before
// they are read: the tests give shapes that rule out nothing, to check that the
// prefilter changes no answer.
func controlActBy(toks []token, k int, actShapes, pairShapes *wordShapes) bool {
	w := toks[k].text
	prev := ""
	if k > 0 && toks[k].brk < brkClause {
		prev = toks[k-1].text
	}
	if !actShapes.may(w) { // in none of the sets of the cases below
		return pairShapes.may(prev) && controlPair[prev][w]
	}
	switch {
	case controlDone[w]:
		return !adjectiveBefore[prev]
	case controlNoun[w]:
		return true
	case controlVerbBase[w] && doBefore(toks, k):
		return !signsContract(toks, k)
	case controlVerbS[w]:
		// "a manager reviews all payouts", not "the reviews" nor "signs the contract".
		return prev != "" && !adjectiveBefore[prev] && !signsContract(toks, k)
	case exceptionNoun[w]:
		// "exceptions to the refund policy" are the policy's terms.
		return clauseNext(toks, k) != "to"
	}
	return controlPair[prev][w]
}

// shapeAsks reports whether the sentence from start asks or states the act of
// control at k: an auxiliary or a question word opens one of its clauses before k, a
// word of request or of evidence stands before it, or the act is stated as done ("are
// reviewed", "a manager approves").
func shapeAsks(toks []token, start, k int) bool {
	for j := start; j < k; j++ {
		w := toks[j].text
		switch {
		case (yesNoAux[w] || questionWord[w]) && joinsClause(toks, j):
			return !(w == "which" && !peopleNoun[clauseNext(toks, j)])
		case shapeRequest[w] || w == "evidence":
			return true
		}
	}
	for j := k - 1; j >= start && j >= k-3; j-- {
		if passiveBefore[toks[j].text] {
			return true
		}
	}
	if controlVerbS[toks[k].text] {
		return true // a statement of who does it
	}
	w := toks[k].text
	switch {
	case controlNoun[w]:
		return nounOpensClause(toks, k)
	case k > 0 && toks[k].brk < brkClause && controlPair[toks[k-1].text][w]:
		return nounOpensClause(toks, k-1)
	}
	return false
}

// reviewGrade holds the words that grade a noun of control at the head of a clause
// without asking anything else: "second review", "second-level review", "dual
// sign-off", "independent approval".
var reviewGrade = wordSet(nil, "second", "secondary", "2nd", "level", "secondlevel", "independent",
	"supervisory", "supervisor", "manager", "managerial", "senior", "dual", "two", "four", "peer")

// nounOpensClause reports whether the noun of control at k opens its clause, or
// follows only words of reviewGrade that open the clause or stand after a comma or
// a dash: a terse row ("High-value refunds: second review before release?", "Manual
// cheques - dual sign-off?") names the control as a heading does.
func nounOpensClause(toks []token, k int) bool {
	if toks[k].brk >= brkClause {
		return true
	}
	for j := k - 1; j >= 0; j-- {
		if !reviewGrade[toks[j].text] {
			return false
		}
		if j == 0 || toks[j].brk >= brkComma {
			return true
		}
	}
	return false
}

// shapeGuarded reports whether the sentence from start to k asks what the product
// can do (a capabilityWord, or a modal whose subject is the product or its users) or
// what the asker approves ("do we approve", "approval from us").
func shapeGuarded(toks []token, start, k int) bool {
	end := k + 1
	for end < len(toks) && toks[end].brk < brkSentence {
		end++
	}
	for j := start; j < end; j++ {
		w := toks[j].text
		n := clauseNext(toks, j)
		switch {
		case capabilityWord[w] && (j == start || !evidenceNoun[toks[j-1].text]):
			return true
		case (w == "can" || w == "could" || w == "will" || w == "would") && joinsClause(toks, j) && (personWord[n] && n != "you" || productDeterminer[n] || askerWord[n]):
			return true
		case yesNoAux[w] && joinsClause(toks, j) && (n == "we" || n == "i"):
			return true
		case (w == "by" || w == "from") && (n == "us" || n == "me"):
			return true
		case w == "our" && controlNoun[n]:
			return true
		}
	}
	return false
}

// failedReach bounds the words from "what happens" to the word of a failure.
const failedReach = 10

// failedCondition returns the index of a failedWords word in the clause after "what
// happens" at k when "if", "when" or "to" opens it ("what happens to payroll changes
// that arrive after the deadline") and neither the asker nor the vendor is its
// subject ("if we pay late", "if you miss"), or 0.
func failedCondition(toks []token, k int) int {
	n := clauseNext(toks, k)
	if n != "if" && n != "when" && n != "to" {
		return 0
	}
	if s := clauseNext(toks, k+1); partyPronoun[s] || askerWord[s] || s == "i" {
		return 0
	}
	for j, hi := k+2, clauseAfter(toks, k+1, failedReach); j < hi; j++ {
		if askerWord[toks[j].text] && toks[j].text != "our" {
			return 0 // "what happens to invoices if we pay late"
		}
		if failedWords[toks[j].text] {
			return j
		}
	}
	return 0
}

// systemBefore reports whether a system noun stands in the sentence from start before
// the act of control at k: "Has the billing module been validated for Part 11?" asks
// whether the product was validated, not how a money item is checked.
func systemBefore(toks []token, start, k int) bool {
	for j := start; j < k; j++ {
		if systemNoun[toks[j].text] {
			return true
		}
	}
	return false
}

// doBefore reports whether "do", "does" or "did" opens the clause of the verb at k
// within moneyControlReach words before it: "does a second person approve".
func doBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-moneyControlReach; j-- {
		if w := toks[j].text; (w == "do" || w == "does" || w == "did") && joinsClause(toks, j) {
			return true
		}
		if toks[j].brk >= brkClause {
			return false
		}
	}
	return false
}

// evidenceNoun holds the nouns of a record that supports a control ("the
// documentation that supports the approval"): a capability word after one is no
// product's.
var evidenceNoun = wordSet(nil, "documentation", "documents", "document", "evidence", "records", "paperwork")

// happenWord holds the words after "what" that ask what is done in a case: "what
// happens if", "what is done when", "what action is taken if".
var happenWord = wordSet(nil, "happens", "happen", "done", "taken", "occurs")

// whatBefore reports whether "what" stands within three words before k in the
// sentence from start ("what happens", "what is done", "what action is taken").
func whatBefore(toks []token, start, k int) bool {
	for j := k - 1; j >= start && j >= k-3; j-- {
		if toks[j].text == "what" {
			return true
		}
	}
	return false
}
