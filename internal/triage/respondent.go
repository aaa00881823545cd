package triage

import (
	"slices"
	"strings"
)

// The respondent named in the third person. Questionnaires written for a procurement
// call the party that answers "the vendor", "the supplier", "the provider" or "the
// contractor" ("Does the vendor encrypt data at rest?", "Vendor must describe its
// incident response process"). That party is the one whose controls are asked about,
// as "you" is elsewhere; it is not a vendor the respondent manages (CC9.2), which
// questionnaires name in the plural, with "your" or "its", or by kind
// ("sub-processors", "third parties", "fourth parties").
//
// The tokenizer marks such a word as a skipped word, so that the rules and the
// criteria catalogue read "Does the vendor encrypt data at rest?" as "Do you encrypt
// data at rest?". A party word is the respondent when it is singular, follows "the"
// (or starts a sentence, or follows a verb that asks a question: "Does Vendor …"), and
// is the actor of the clause: followed by a possessive ("the vendor's policy"), by an
// auxiliary or a modal ("the supplier shall", "Vendor must"), by a verb in the third
// person ("the provider maintains"), or asked about by an auxiliary before it ("does
// the contractor encrypt", "how the vendor restricts"). It is not when a noun follows
// that makes it a modifier ("the vendor master file", "the vendor management
// program", "the vendor information form"), when a vendor of another kind was named
// before it ("a new supplier … is the supplier assessed?": the same third party), or
// when the sentence addresses the respondent as "you" before it ("How do you monitor
// the vendor?"). A party kept from doing something is its actor too ("what stops the
// supplier from reusing our data").

// partyWord reports whether w names a party to a contract in the singular.
func partyWord(w string) bool {
	switch w {
	case "vendor", "supplier", "provider", "contractor", "bidder", "offeror", "proposer", "licensor", "seller":
		return true
	}
	return false
}

// otherParty reports whether w names a third party of the respondent's, in any number:
// once one is named, a later "the vendor" may be the same third party.
func otherParty(w string) bool {
	switch stem(w) {
	case "vendor", "supplier", "provider", "contractor", "subcontractor", "subprocessor", "processor", "outsourcer":
		return true
	}
	return false
}

// partyModifier holds the words that may stand between "the" and the party word
// without making it another kind of party: "the service provider", "the software
// vendor". "The cloud provider" or "the payment provider" is a third party.
var partyModifier = map[string]bool{"service": true, "solution": true, "software": true, "saas": true,
	"selected": true, "successful": true, "awarded": true, "prospective": true}

// auxiliaries are the auxiliaries and modals of English, the one list of them: here
// they mark a party word as the actor of its clause, after it ("the supplier shall",
// "Vendor must", "the provider is") or before it ("does the vendor encrypt"); the
// splitter reads a word they follow as a noun (see Auxiliaries).
var auxiliaries = append([]string{
	"is", "are", "was", "were", "has", "have", "had", "does", "do", "did",
}, modals...)

// modals are the modals among the auxiliaries.
var modals = []string{"will", "would", "shall", "should", "must", "can", "could", "may", "might"}

// Auxiliaries returns a copy of the auxiliaries and modals the engine knows ("is",
// "does", "shall", "might", …), for packages that read questions before it.
func Auxiliaries() []string {
	return slices.Clone(auxiliaries)
}

// actorAfter holds the words after a party word that make it the subject of the
// clause: the auxiliaries, a few verbs, and the possessive "s" ("the vendor's": the
// respondent's own).
var actorAfter = wordSet(auxiliaries, "agrees", "needs", "s")

// actorBefore holds the words before "the vendor" that ask about what the vendor
// does: "does the vendor encrypt", "how the supplier restricts", "confirm that the
// provider".
var actorBefore = wordSet(auxiliaries, "how", "whether", "if", "that", "when", "where", "why")

// reportTypeAndNoun holds the words that name a report's type and the report
// itself ("Type II report", "type 1 audit"): the words many fillers between a
// report's name and what follows it share.
var reportTypeAndNoun = []string{"type", "1", "2", "i", "ii", "one", "two", "report", "reports",
	"audit", "attestation", "examination"}

// wordSet returns a set of the words of list and of more.
func wordSet(list []string, more ...string) map[string]bool {
	set := make(map[string]bool, len(list)+len(more))
	for _, w := range list {
		set[w] = true
	}
	for _, w := range more {
		set[w] = true
	}
	return set
}

// compoundHead holds the nouns a party word modifies: after one of them, "vendor" is
// the first half of a compound ("vendor management", "vendor master", "supplier
// invoices"), not the actor.
var compoundHead = map[string]bool{
	"management": true, "manager": true, "managers": true, "risk": true, "risks": true,
	"assessment": true, "assessments": true, "review": true, "reviews": true, "program": true,
	"programme": true, "due": true, "diligence": true, "onboarding": true, "offboarding": true,
	"selection": true, "master": true, "list": true, "lists": true, "inventory": true,
	"oversight": true, "monitoring": true, "questionnaire": true, "questionnaires": true,
	"contract": true, "contracts": true, "agreement": true, "agreements": true, "payment": true,
	"payments": true, "invoice": true, "invoices": true, "relationship": true, "relationships": true,
	"governance": true, "evaluation": true, "evaluations": true, "audit": true, "audits": true,
	"performance": true, "register": true, "tiering": true, "lifecycle": true, "policy": true,
	"information": true, "form": true, "portal": true, "lock": true, "neutral": true,
	"records": true, "record": true, "accounts": true, "account": true, "file": true,
	"files": true, "access": true, "requirements": true, "reports": true, "report": true,
	"data": true, "bank": true, "setup": true, "set": true, "creation": true, "statements": true,
	"security": true, "controls": true, "network": true, "networks": true, "id": true, "number": true,
	"name": true, "type": true, "types": true, "risking": true,
}

// markRespondent marks the party words that name the respondent, or the maker of a
// product, as skipped words (see above). It runs on the tokens of one text, before
// the words are listed.
func (s *scratch) markRespondent() {
	toks := s.toks
	other := false // a third party was named before, in the text
	you := int32(-1)
	youSeen := false
	for k := range toks {
		t := &toks[k]
		if len(t.text) < 6 { // every party word is longer: most words stop here
			if t.text == "you" || t.text == "your" {
				you, youSeen = t.sent, true
			}
			if t.text != "oem" {
				continue
			}
		}
		if strings.HasPrefix(t.text, "outsourc") {
			if s.askerOutsources(k) {
				t.stop = true // "We outsource payroll to you": the respondent is the outsourcer
			}
			continue
		}
		if !partyShaped(t.text) {
			// Not a party, third party or maker word: only "sub" before it counts.
			if k > 0 && toks[k-1].text == "sub" && t.brk == brkNone {
				other = true
			}
			continue
		}
		if makerWord(t.text) && k+1 < len(toks) && toks[k+1].brk == brkNone && makerSource[toks[k+1].text] {
			t.stop = true // "vendor guidance", "vendor-supplied defaults": the maker of a product
			continue
		}
		party := partyWord(t.text)
		if k > 0 && toks[k-1].text == "sub" && t.brk == brkNone { // "sub-contractor", "sub-processor"
			other = true
			continue
		}
		if !party && !partyWord(stem(t.text)) { // "vendors" may be the asker's view of the respondent
			if otherParty(t.text) {
				other = true
			}
			continue
		}
		if !youSeen && s.askerSees(k) {
			t.stop = true // "Vendors that host our records must …; has your …": the respondent
			continue
		}
		if !party || other || you == t.sent || !s.respondentAt(k) {
			other = true
			continue
		}
		t.stop = true
		if k > 0 && partyModifier[toks[k-1].text] && toks[k].brk == brkNone {
			toks[k-1].stop = true
		}
	}
}

// partyShaped is a cheap first test for the words partyWord, otherParty and makerWord
// know: each of them ends in "r" or "m" once a plural "s" is dropped. Most words of a
// question fail it, and then none of the three need be asked.
func partyShaped(w string) bool {
	n := len(w)
	if n > 0 && w[n-1] == 's' {
		n--
	}
	return n >= 3 && (w[n-1] == 'r' || w[n-1] == 'm')
}

// makerWord and makerSource: the maker of a product as the source of its guidance,
// defaults, patches or support ("hardened to vendor guidance", "vendor-supplied
// default passwords", "vendor security patches") is neither the respondent nor a
// vendor the respondent manages: the control is hardening, passwords or patching.
func makerWord(w string) bool {
	return w == "vendor" || w == "supplier" || w == "manufacturer" || w == "oem"
}

var makerSource = map[string]bool{
	"guidance": true, "guide": true, "guides": true, "guideline": true, "guidelines": true,
	"recommended": true, "recommendation": true, "recommendations": true, "benchmark": true,
	"benchmarks": true, "best": true, "default": true, "defaults": true, "supplied": true,
	"provided": true, "patch": true, "patches": true, "advisory": true, "advisories": true,
	"supported": true, "support": true, "documentation": true, "baseline": true,
	"baselines": true, "specification": true, "specifications": true, "firmware": true,
	"updates": true, "hardening": true, "release": true, "releases": true,
}

// askerSees reports whether the party word toks[k], in a sentence where the asker
// speaks of itself ("our", "us") and before the text addresses the respondent as
// "you", is the asker's view of the respondent: "Vendors that host our student
// records must be audited. Has your …?", "Our policy requires every supplier to …".
// Only when the text goes on to address "you" is the writer the asker; a
// respondent's own statement ("Vendors that access our systems sign an NDA") keeps
// its vendors.
func (s *scratch) askerSees(k int) bool {
	toks := s.toks
	sent := toks[k].sent
	asker, later := false, false
	for i := range toks {
		switch toks[i].text {
		case "our", "us":
			if toks[i].sent == sent {
				asker = true
			}
		case "you", "your":
			if i > k {
				later = true
			}
		}
	}
	if !asker || !later {
		return false
	}
	if k > 0 && toks[k].brk == brkNone {
		switch toks[k-1].text {
		case "every", "each", "all", "requires", "require", "required", "expects", "expect", "our":
			return true
		}
	}
	if k+1 < len(toks) && toks[k+1].brk == brkNone {
		switch toks[k+1].text {
		case "that", "which", "who", "must", "shall", "should", "handling", "hosting", "processing", "storing", "accessing":
			return true
		}
	}
	return false
}

// respondentAt reports whether the singular party word toks[k] is the respondent.
func (s *scratch) respondentAt(k int) bool {
	toks := s.toks
	// The determiner: "the", "the service", or none at the start of a sentence or
	// after an auxiliary ("Vendor must", "Does Vendor …").
	d := k - 1
	if d >= 0 && toks[k].brk == brkNone && partyModifier[toks[d].text] {
		d--
	}
	article := d >= 0 && toks[d].text == "the" && toks[d+1].brk == brkNone
	start := d < 0 || toks[d+1].brk >= brkClause || itemPrefix(toks, d)
	if article {
		start = d == 0 || toks[d].brk >= brkClause || itemPrefix(toks, d-1)
	}
	var before string
	if b := d; article {
		b--
		if b >= 0 && toks[b+1].brk == brkNone {
			before = toks[b].text
		}
	} else if b >= 0 && !start {
		before = toks[b].text
	}
	if !article && !start && !actorBefore[before] {
		return false // "a vendor", "each supplier", "our provider"
	}
	if before == "the" || before == "a" || before == "an" {
		return false
	}
	if !article && pluralAux[before] && k+1 < len(toks) && toks[k+1].brk == brkNone && reportName[toks[k+1].text] {
		return false // "Are vendor SOC reports reviewed?": a singular party word after a plural verb names whose reports
	}
	// What follows: a compound, an actor's verb, or nothing.
	if k+1 >= len(toks) || toks[k+1].brk >= brkComma {
		return article && actorBefore[before] // "… is the vendor?", not "Name the provider."
	}
	next := toks[k+1].text
	switch {
	case actorAfter[next]:
		return true
	case article && next == "from" && k+2 < len(toks) && toks[k+2].brk == brkNone && gerund(toks[k+2].text):
		return true // "what stops the vendor from copying": the actor of what is prevented
	case modal[before] && bareVerb[next] && (k+2 >= len(toks) || !actorAfter[toks[k+2].text]):
		return true // "will the supplier report a confirmed incident": a verb after a modal
	case compoundHead[next]:
		return false
	case actorBefore[before]:
		return true // "does the vendor encrypt", "how the supplier restricts"
	case thirdPerson(next):
		return article || start // "The provider maintains", "Vendor maintains"
	}
	return false
}

// pluralAux holds the auxiliaries of a plural subject, and reportName the words that
// open a report's name: with no article between, "are vendor SOC reports" cannot make
// the singular "vendor" the subject, so it says whose reports they are.
var (
	pluralAux  = wordSet(nil, "are", "were", "do", "have")
	reportName = wordSet(nil, "soc", "soc1", "soc2", "ssae", "isae")
)

// modal holds the modals, after which a party word and a bare verb follow ("will the
// supplier report …", "must the vendor review …"); bareVerb holds the words of
// compoundHead that are such a verb there. "Will the vendor report be shared?" keeps
// the compound: an auxiliary follows it.
var (
	modal    = wordSet(modals)
	bareVerb = wordSet(nil, "report", "review", "audit", "access", "list", "record", "file", "register", "name")
)

// itemPrefix reports whether toks[0..j] hold only an item number at the start of the
// text ("10.3", "4(b)", "A3"): a party word after it starts its sentence, as in
// "10.3 Supplier shall monitor …".
func itemPrefix(toks []token, j int) bool {
	if j < 0 || j > 3 {
		return false
	}
	digit := false
	for i := 0; i <= j; i++ {
		w := toks[i].text
		switch {
		case isASCIIDigit(w[0]):
			digit = true
		case len(w) > 1:
			return false
		}
	}
	return digit
}

// gerund reports whether w reads as a verb's -ing form ("using", "copying"); the
// nouns in -ing a party word is sent from ("the vendor from onboarding") are rare.
func gerund(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ing") && !compoundHead[w]
}

// thirdPerson reports whether w reads as a verb in the third person singular
// ("maintains", "encrypts", "uses"); the plural nouns a party word modifies are in
// compoundHead and are checked first.
func thirdPerson(w string) bool {
	n := len(w)
	if n < 4 || w[n-1] != 's' {
		return false
	}
	switch w[n-2] {
	case 's', 'u', 'i':
		return false // "access", "status", "analysis"
	}
	return true
}

// The asker's context. A line often states what the asker will entrust before it
// asks ("Patient records will be stored with you. Are user accounts removed within a
// day of a leaver's exit?"): the personal data of the statement is the setting, not
// the subject. When the only rules that decide are the personal-data fallback
// (`personal_data_general`) and all its words stand in sentences that ask nothing,
// while another sentence asks, the question is answered from what the asking
// sentence says, if the vocabulary can. A financial system named the same way stays:
// an access or change control asked next is a control over that system (both).

// contextEvidence is the evidence of a verdict that set the asker's context aside.
var contextEvidence = Evidence{Rule: "asker_context", Reason: "The personal data is named in a sentence that only sets the context; the question asked is answered from its own words.", Matched: []string{}}

// contextOnly reports whether the rules that decide are SOC 2 fallback rules (personal
// data) whose words stand only in sentences of text that ask nothing, while another
// sentence asks.
func (e *Engine) contextOnly(s *scratch, text string, fired []firing) bool {
	if len(s.toks) == 0 || s.toks[len(s.toks)-1].sent == s.toks[0].sent {
		return false // one sentence
	}
	decided := false
	for _, f := range fired {
		r := &e.rules[f.rule]
		if f.negated || r.Report == "" {
			continue
		}
		if !r.Fallback || r.Report != ReportSOC2 {
			return false
		}
		decided = true
	}
	if !decided {
		return false
	}
	asking := false
	for k := 0; k < len(s.toks); {
		end := k + 1
		for end < len(s.toks) && s.toks[end].sent == s.toks[k].sent {
			end++
		}
		to := len(text)
		if end < len(s.toks) {
			to = s.toks[end].start
		}
		if asks(text[s.toks[k].start:to]) {
			asking = true
			for _, h := range s.hits {
				if s.toks[h.from].sent == s.toks[k].sent && e.rules[h.rule].Fallback && e.rules[h.rule].Report != "" {
					return false // a fallback rule's words in the sentence that asks
				}
			}
		}
		k = end
	}
	return asking
}

// askerOutsources reports whether the outsourcing word toks[k] is the asker's own
// outsourcing to the respondent ("We outsource payroll to you", "as our outsourced
// claims administrator", "the work we have outsourced to your firm"), which is the
// context of the question, not the respondent's vendor management: "we" is the
// nearest of we, you or your before it in its sentence, or "our" stands just before it
// ("our outsourced provider") or names its subject ("our company outsources"), or
// neither is there and "you" or "your" follows within a few words. "Is processing of
// our data outsourced?" asks about the respondent's own outsourcing.
func (s *scratch) askerOutsources(k int) bool {
	toks := s.toks
	sent := toks[k].sent
	for i := k - 1; i >= 0 && toks[i].sent == sent; i-- {
		switch toks[i].text {
		case "we":
			return true
		case "our": // "our outsourced provider", "our company outsources", not "our data outsourced"
			if i == k-1 || i == k-2 && (toks[k].text == "outsources" || toks[k].text == "outsource") {
				return true
			}
		case "you", "your":
			return false
		}
	}
	for i := k + 1; i < len(toks) && i <= k+6 && toks[i].sent == sent; i++ {
		if toks[i].text == "you" || toks[i].text == "your" {
			return true
		}
	}
	return false
}
