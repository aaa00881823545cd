package triage

// A fact gives way to a control over a money process. The written-answer rules
// (writtenRule: company facts, which software or provider, what the product can do)
// read words that a control asked over a client's money also has: a phone number, a
// provider, "who … carrier", pricing. When the line asks a control (moneyControlForm:
// who or which team does a check, what stops or prevents, how the vendor makes sure,
// a callback, a yes-or-no check) over a money object (a SOC 1 process rule that fired,
// or a word of the money lexicon), the written answers are set aside and the SOC 1
// reading stands, with the words that decided it in the evidence. A fact asked with
// no such control ("Who is our billing contact?", "Which bank do you use for client
// funds?") keeps its written answer.

import "slices"

// markYielded marks yielded (and negated) every fired written rule when the line
// asks a control over a money object, and keeps in s.yield where the control's
// words stand.
func (e *Engine) markYielded(s *scratch, text string, fired []firing) {
	s.yield = [2]int{-1, -1}
	written, process := e.writtenBeside(fired, moneyProcessRule)
	if !written {
		return
	}
	from, to, ok := moneyControlForm(s.toks)
	if !ok {
		return
	}
	money := ""
	if !process {
		var add [maxAreas]float32
		n, first := moneyObjects(s.toks, text, &add, nil)
		if n == 0 {
			return
		}
		money = first
	}
	for i := range fired {
		f := &fired[i]
		if !f.negated && writtenRule(&e.rules[f.rule]) {
			f.negated, f.yielded = true, true
		}
	}
	s.yield, s.yieldMoney = [2]int{from, to}, money
}

// moneyProcessRule reports whether r is a SOC 1 process rule: a topic rule, not a
// fallback, that places the line in an area.
func moneyProcessRule(r *compiled) bool {
	return r.tier == tierTopic && len(r.areaIdx) > 0 && !r.Fallback
}

// withYield adds to ev, the evidence of fired on text, the words of a control over
// a money process that written answers among fired gave way to, when there are any.
func withYield(s *scratch, text string, fired []firing, ev []Evidence) []Evidence {
	if s.yield[1] < 0 || !slices.ContainsFunc(fired, func(f firing) bool { return f.yielded }) {
		return ev
	}
	y := yieldEvidence
	y.Matched = []string{text[s.toks[s.yield[0]].start:s.toks[s.yield[1]].end]}
	if s.yieldMoney != "" {
		y.Matched = append(y.Matched, s.yieldMoney)
	}
	return append(ev, y)
}

// yieldEvidence is the evidence of written answers set aside for a control asked
// over a money process; Matched is filled per question.
var yieldEvidence = Evidence{Rule: "money_control_over_fact",
	Reason: "The line asks a control over a money process (who or which team checks, reconciles or approves it, what stops an error, how it is made sure, a callback or a yes-or-no check): a written answer about the company or the product gives way, and the SOC 1 reading stands."}

// holderWord opens the holder of a control ("who reconciles", "does anyone review");
// peopleNoun after "which" does the same ("which team approves").
var (
	holderWord = map[string]bool{"who": true, "whom": true, "anyone": true, "someone": true, "somebody": true}
	peopleNoun = map[string]bool{"team": true, "teams": true, "person": true, "people": true, "staff": true,
		"role": true, "roles": true, "function": true, "department": true, "individual": true, "individuals": true}
)

// contactVerb holds the verbs of reaching a person: after one, the person named is
// the one the asker contacts ("which team should we contact to change our payment
// method"), not the one who holds a control.
var contactVerb = map[string]bool{
	"contact": true, "call": true, "phone": true, "ring": true, "email": true, "mail": true, "reach": true,
	"ask": true, "talk": true, "speak": true, "ping": true, "message": true,
}

// reachedAt holds what a person or team is reached at (a number, an address, an
// inbox) and what is routed to them (questions, queries): with contactVerb, the words
// of the contact reading (contactAsked).
var reachedAt = map[string]bool{
	"number": true, "numbers": true, "address": true, "addresses": true, "inbox": true, "mailbox": true,
	"hotline": true, "questions": true, "queries": true, "enquiries": true, "inquiries": true,
}

// reachedBy reports whether w is a word of the contact reading: a verb of reaching a
// person or what they are reached at.
func reachedBy(w string) bool { return contactVerb[w] || reachedAt[w] }

// routeVerb holds the verbs of routing something to someone ("who do we send
// invoices to", "where should remittance advice be sent"): whoever receives it is
// asked for, not who controls it.
var routeVerb = map[string]bool{
	"send": true, "sent": true, "submit": true, "submitted": true, "direct": true, "directed": true,
	"route": true, "routed": true, "forward": true, "forwarded": true, "addressed": true,
}

// routeAux holds the auxiliaries that put the asker (or what the asker sends) before
// a verb of routing: "who do we send", "where should it be sent", "which team do
// disputes get routed to". A verb straight after "who" ("who sends the pay file")
// names the sender, and "where are payment files sent after approval" asks how a
// file moves, not whom the asker sends it to.
var routeAux = map[string]bool{"do": true, "does": true, "did": true, "should": true, "shall": true,
	"can": true, "could": true, "will": true, "would": true, "must": true, "may": true}

// contactAsked reports whether every question the line asks is whom to contact or
// where to send something. Each question word that opens a clause (contactOpener:
// who, whom, where, what, which team, "how do we") must be followed in its clause by
// a word of the contact reading ("Who is your payroll support contact?", "what's the
// callback number", "Which team handles billing questions?") or, after who, where or
// which team, by an auxiliary and a verb of routing ("Who do we send invoices to?",
// "Where should remittance advice be sent?"). Any other ask keeps the line from the
// contact reading: a sentence opened by another word of a question or a request
// (askOpener: "Describe …", "Is …", "Can you …"), a question word inside a clause
// ("Please explain how disputes are escalated", "…, and how are they protected"), a
// second question word in one clause, or a sentence ended by a question mark with no
// contact in it. A statement ("We outsource billing to you.") may stand before. A
// control asked in the contact's own clause ("who reviews payroll queries") is left
// to moneyControlForm, which sets the written answer aside. The line is read once.
func contactAsked(toks []token) bool {
	found, said := false, false // said: the sentence asked a contact
	open, route := -1, false    // the question word whose clause is read; it routes
	for k := range toks {
		t := &toks[k]
		if k > 0 && t.brk >= brkClause {
			if open >= 0 {
				return false // a question word's clause ended with no contact asked
			}
			if t.brk >= brkSentence {
				if t.asked && !said {
					return false
				}
				found, said = found || said, false
			}
		}
		w := t.text
		opener := contactOpener(toks, k)
		switch {
		case opener && open >= 0:
			return false // "who is the payroll contact and who approves …" asks twice
		case opener:
			open, route = k, false
		case questionWord[w] || (k == 0 || t.brk >= brkSentence) && askOpener(w):
			return false
		case yesNoAux[w] && joinsClause(toks, k):
			// "…, and are invoices reconciled?": a yes-or-no question joined to the
			// contact must ask a contact too ("and is there a backup contact?").
			if open >= 0 {
				return false
			}
			open, route = k, false
		case open < 0:
		case reachedBy(w) && !(w == "number" && clauseNext(toks, k) == "of"):
			open, said = -1, true
		case routeAux[w] && routeOpener(toks, open, k):
			route = true
		case route && routeVerb[w]:
			open, said = -1, true
		}
	}
	return open < 0 && (found || said)
}

// routeOpener reports whether the question word at toks[open] asks whom or where
// something is sent (who, whom, where or which team, not what or how) with the
// auxiliary at toks[k] straight after it: "who do we send", "where should the files
// be sent", "which team do disputes go to". An auxiliary further on belongs to
// another verb ("who reviews them before they are submitted").
func routeOpener(toks []token, open, k int) bool {
	switch w := toks[open].text; {
	case holderWord[w] || w == "where":
		return k == open+1
	case w == "which":
		return k == open+2 && peopleNoun[toks[open+1].text]
	}
	return false
}

// contactOpener reports whether toks[k] is a question word that opens its clause or
// follows "and", "also", "so" or "or" ("…, and who corrects it"): who, whom, where,
// what, which team, or "how" with the asker as the subject ("how do we reach", "how
// can our staff contact").
// A question word inside a clause ("change where that payment goes", "describe how
// releases are tested") asks nothing of its own, and "how are cheques safeguarded
// until they reach the centre" asks how something is done.
func contactOpener(toks []token, k int) bool {
	if !joinsClause(toks, k) {
		return false
	}
	switch w := toks[k].text; {
	case holderWord[w] || w == "where" || w == "what" || w == "whats":
		return true
	case w == "which":
		return peopleNoun[clauseNext(toks, k)]
	case w == "how":
		// "how do we reach", "how can our staff contact", not "how do you confirm
		// all reads reach the billing engine".
		n := clauseNext(toks, k)
		return (n == "do" || n == "can" || n == "could" || n == "should") && askerWord[clauseNext(toks, k+1)]
	}
	return false
}

// joinsClause reports whether toks[k] opens its clause or follows "and", "also", "so"
// or "or", where a second question of the line starts ("…, and who corrects it",
// "… and is payroll data encrypted").
func joinsClause(toks []token, k int) bool {
	if k == 0 || toks[k].brk >= brkClause {
		return true
	}
	p := toks[k-1].text
	return p == "and" || p == "also" || p == "so" || p == "or"
}

// yesNoAux holds the auxiliaries that open a yes-or-no question.
var yesNoAux = wordSet(auxWords, "did", "could", "would", "should")

// questionWord holds the words that make a sentence ask, wherever they stand in it.
// "When" is left out: it mostly opens a condition ("the contact when a bill looks
// wrong").
var questionWord = map[string]bool{"who": true, "whom": true, "whose": true, "what": true,
	"whats": true, "which": true, "where": true, "why": true, "how": true, "whether": true}

// askerWord holds the words that make the asker the subject after "how do": "how do
// we reach", "how should I contact", "how can our team call".
var askerWord = map[string]bool{"we": true, "i": true, "our": true, "us": true}

// contractDoc holds the documents whose signature is a commercial fact ("who signs
// the contract", "who can sign an amendment to our fee schedule"), not a control over
// the amount they name.
var contractDoc = map[string]bool{
	"contract": true, "contracts": true, "agreement": true, "agreements": true, "amendment": true,
	"amendments": true, "addendum": true, "addenda": true, "msa": true, "sow": true, "nda": true,
	"form": true, "forms": true, "renewal": true, "quote": true, "proposal": true,
}

// whatControl holds the words after "what" that ask what stops an error ("what
// stops a card being redeemed twice", "what checks happen before funds leave").
var whatControl = map[string]bool{
	"stops": true, "stop": true, "prevents": true, "prevent": true, "keeps": true, "keep": true,
	"ensures": true, "ensure": true, "guarantees": true, "checks": true, "controls": true,
	"catches": true, "detects": true, "safeguards": true,
}

// partyPronoun holds the parties to the contract: what stops or prevents one of them
// ("what prevents you from raising our prices") asks a term of the contract, not a
// control over an amount.
var partyPronoun = map[string]bool{"you": true, "us": true, "we": true, "me": true, "them": true}

// sufferedBy holds the words after "from" that make the party the one an error
// befalls ("what stops us from being billed twice"), not the one acting.
var sufferedBy = map[string]bool{"being": true, "getting": true}

// howSoft holds the verbs of controlVerb that, after "how", ask how a case is
// treated as often as how it is checked ("how do you handle invoices in other
// currencies", "how do we know which tax rates apply"): too weak to set a written
// answer aside. howSoftVerbs holds the regular ones, in every form controlVerb reads.
var (
	howSoftVerbs = []string{"handle", "treat", "respect", "honour", "honor"}
	howSoft      = wordSet(verbForms(howSoftVerbs, formBase, formS, formEd), "know", "knows")
)

// howControl holds the verbs after "how" that ask for a control besides controlVerb's:
// how voids are accounted for, how errors are caught, how a duplicate is stopped.
var howControl = map[string]bool{"accounted": true, "caught": true, "catch": true, "catches": true, "spotted": true,
	"stop": true, "stops": true, "stopped": true}

// yesNoCheck holds the words of a check a yes-or-no form asks about ("Changes
// confirmed by callback? Y/N").
var yesNoCheck = map[string]bool{
	"check": true, "checked": true, "verify": true, "verified": true, "validated": true, "confirm": true,
	"confirmed": true, "reconcile": true, "reconciled": true, "approve": true, "approved": true,
	"approval": true, "reviewed": true, "authorised": true, "authorized": true, "callback": true,
	"callbacks": true,
}

// moneyControlForm finds the words that ask a control, returning the first and last
// token of them: a person and a verb of a control in one clause, "what" and a word of
// stopping or checking, "how" and a verb of checking in one sentence, a callback, or a
// check word on a line answered yes or no. The line is read once.
func moneyControlForm(toks []token) (from, to int, ok bool) {
	person, how := -1, -1
	check := -1 // a check word, for a yes-or-no form
	for k := range toks {
		t := &toks[k]
		if t.brk >= brkClause {
			person = -1
		}
		if t.brk >= brkSentence {
			how = -1
		}
		w := t.text
		if contactVerb[w] {
			person = -1
		}
		switch {
		case holderWord[w] || w == "which" && peopleNoun[clauseNext(toks, k)]:
			person = k
		case person >= 0 && k-person <= moneyControlReach && (moneyControlVerb[w] || controlGerund[w] || controlNoun[w] ||
			w == "set" && clauseNext(toks, k) == "up") &&
			!signsContract(toks, k):
			return person, k, true
		case w == "how":
			how = k
			if howFigure[clauseNext(toks, k)] {
				how = -1
			}
		case how >= 0 && k-how <= moneyControlReach && (controlVerb[w] && !howSoft[w] || howControl[w]):
			return how, k, true
		case w == "what" && whatControl[clauseNext(toks, k)]:
			if whatStopsError(toks, k+1) {
				return k, k + 1, true
			}
		case (w == "callback" || w == "callbacks") && (!reachedBy(clauseNext(toks, k)) || checkInSentence(toks, k)):
			// "the callback number for payroll support" is where to call; a callback
			// number used to confirm a change is a check.
			return k, k, true
		case w == "call" || w == "calling" || w == "called":
			if j := callBack(toks, k); j > 0 {
				return k, j, true
			}
		case checkedAgainst[w] || approvedBefore[w]:
			// "checked" is both: checked against a figure, or checked before it takes
			// effect ("files received after the cut-off are checked again before release").
			n := clauseNext(toks, k)
			if checkedAgainst[w] && (n == "against" || n == "out" || (n == "to" || n == "back") && (w[0] == 't' || w[0] == 'r' || w[0] == 'm')) {
				return k, k + 1, true
			}
			if approvedBefore[w] {
				if j := before(toks, k); j > 0 {
					return k, j, true
				}
			}
		}
		if check < 0 && yesNoCheck[w] {
			check = k
		}
	}
	if check >= 0 && yesNoAnswered(toks) {
		return check, check, true
	}
	return controlShape(toks)
}

// checkInSentence reports whether the sentence of toks[k] has a verb of checking or
// of changing money details ("the callback number used to confirm a new bank
// account", "callback number verification for bank changes").
func checkInSentence(toks []token, k int) bool {
	i := k
	for i > 0 && toks[i].brk < brkSentence {
		i--
	}
	for ; i < len(toks) && (i <= k || toks[i].brk < brkSentence); i++ {
		if w := toks[i].text; i != k && (controlVerb[w] || moneyControlVerb[w] || yesNoCheck[w]) {
			return true
		}
	}
	return false
}

// before returns the index of "before" after the verb of approval at k within
// moneyControlReach words of its clause, or 0.
func before(toks []token, k int) int {
	for j, hi := k+1, clauseAfter(toks, k, moneyControlReach); j < hi; j++ {
		if toks[j].text == "before" {
			return j
		}
	}
	return 0
}

// signsContract reports whether the word at k is a verb of signing with a contract
// document within four words of its clause for its object ("signs the master
// services agreement", "sign our order form").
func signsContract(toks []token, k int) bool {
	if w := toks[k].text; w != "sign" && w != "signs" {
		return false
	}
	for j, hi := k+1, clauseAfter(toks, k, 4); j < hi; j++ {
		if contractDoc[toks[j].text] {
			return true
		}
	}
	return false
}

// whatStopsError reports whether the word of stopping at k, after "what", asks what
// stops an error: not when it stops a party to the contract from doing something
// ("what prevents you from raising our prices"), and "keep" only with "from" in its clause ("what keeps a
// refund from being issued twice", not "what keeps our price fixed").
func whatStopsError(toks []token, k int) bool {
	if partyPronoun[clauseNext(toks, k)] {
		// "what stops us from being billed twice": the party suffers the error.
		return k+3 < len(toks) && toks[k+2].text == "from" && sufferedBy[toks[k+3].text]
	}
	if w := toks[k].text; w != "keep" && w != "keeps" {
		return true
	}
	for j, hi := k+1, clauseAfter(toks, k, moneyControlReach); j < hi; j++ {
		if toks[j].text == "from" {
			return true
		}
	}
	return false
}

// callBack returns the index of "back" after the verb of calling at k within three
// words of its clause ("calling the supplier back"), or 0. Support calling the asker
// back ("call us back") is no check.
func callBack(toks []token, k int) int {
	for j, hi := k+1, clauseAfter(toks, k, 3); j < hi; j++ {
		switch toks[j].text {
		case "us", "me":
			return 0
		case "back":
			return j
		}
	}
	return 0
}

// yesNoAnswered reports whether the line ends in a yes-or-no answer column ("Y/N",
// "yes/no", "Yes/No/N/A"): a run of answerMark tokens that offers both answers.
func yesNoAnswered(toks []token) bool {
	yes, no := false, false
	for k := len(toks) - 1; k >= 0; k-- {
		y, n, ok := answerMark(toks[k].text)
		if !ok {
			break
		}
		yes, no = yes || y, no || n
	}
	return yes && no
}
