package triage

// A product capability asked as a yes-or-no question: "Can the system generate
// 1099s?", "Does the platform support positive pay files?", "Is the system able to
// generate remittance advices?". What the product can do is a fact about it, written
// in, whatever money it names; how the vendor keeps that money right ("How do you
// ensure 1099s are generated accurately?") is a control. Patterns skip the
// auxiliaries and modals that make the question, so the rule's phrases only find the
// product (first all group) and the verb (second), and productAsked reads the words
// around them. A rule marked capability (Rule.Capability) fires only when they stand
// in that shape; its not list keeps out the verbs and objects of a control.

// productAsked reports whether rule ri has a hit of its first all group (the product)
// that is the subject of a yes-or-no question, and one of its second (the verb)
// that is its verb.
func (e *Engine) productAsked(s *scratch, ri int32) bool {
	for _, a := range s.hits {
		if a.rule != ri || a.role != 0 || !questionSubject(s.toks, int(a.from)) {
			continue
		}
		for _, b := range s.hits {
			if b.rule == ri && b.role == 1 && b.from > a.to && verbOf(s.toks, int(a.to), int(b.from)) {
				return true
			}
		}
	}
	return false
}

// questionSubject reports whether the product noun at toks[from] is the subject of
// a yes-or-no question: an auxiliary or modal opens its sentence ("Can", "Does",
// "Will", "Is") or follows "whether" or "if", and only determiners and up to two
// words that name the product ("your payroll platform", "the billing module") stand
// between. A person among them ("Can users in the system …") is the subject instead.
func questionSubject(toks []token, from int) bool {
	named := 0
	for k := from - 1; k >= 0; k-- {
		w := toks[k].text
		if toks[k+1].brk != brkNone {
			return false
		}
		switch {
		case askAuxiliary[w]:
			return k == 0 || toks[k].brk == brkSentence || toks[k-1].text == "whether" || toks[k-1].text == "if" ||
				numberedOpen(toks, k)
		case productDeterminer[w]:
		case personWord[w] || named == 2:
			return false
		default:
			named++
		}
	}
	return false
}

// verbOf reports whether the verb at toks[v] is the product's, the noun ending at
// toks[to]: only a modal, "able to" or an adverb stands between ("the system can
// generate", "is the system able to generate", "the platform automatically
// calculates").
func verbOf(toks []token, to, v int) bool {
	for k := to + 1; k < v; k++ {
		w := toks[k].text
		if toks[k].brk != brkNone || !capabilityGap[w] && !(len(w) > 4 && w[len(w)-2:] == "ly") {
			return false
		}
	}
	return true
}

var (
	// askAuxiliary holds the auxiliaries and modals that open a yes-or-no question.
	askAuxiliary = map[string]bool{"can": true, "could": true, "does": true, "do": true,
		"will": true, "would": true, "is": true, "are": true}
	// productDeterminer holds the words before a product noun that name no product.
	productDeterminer = map[string]bool{"the": true, "your": true, "a": true, "an": true,
		"this": true, "its": true, "our": true, "their": true}
	// personWord holds the people who may be a question's subject instead of the
	// product: "Can users in the system approve their own payments?".
	personWord = map[string]bool{"you": true, "users": true, "user": true, "staff": true,
		"employees": true, "admins": true, "administrators": true, "anyone": true,
		"someone": true, "we": true, "people": true, "clerks": true, "customers": true}
	// capabilityGap holds the words that may stand between the product and its verb.
	capabilityGap = map[string]bool{"can": true, "could": true, "will": true, "would": true,
		"is": true, "be": true, "able": true, "to": true, "also": true, "still": true}
)

// askerAsks reports whether a sentence of the line is a yes-or-no question of what
// the asker may do in the product: it opens with "can", "could", "is", "are",
// "will" or "would" ("Can we …", "Is it possible to …", "Are our admins able to
// …"), and the vendor is not its subject ("Can you …", "Will your team …":
// vendorSubject). A question of how or who ("How are settings for our workspace
// reviewed?", "Who can set …") or of the vendor's practice ("Do you forward alerts
// to our SIEM?") is not one.
// Used by rules marked asked (Rule.Asked), whose phrases find the asker's own
// users, workspace or tools after a verb of setting or sending.
func askerAsks(toks []token) bool {
	for k := 0; k+1 < len(toks); k++ {
		if askerOpener[toks[k].text] && (k == 0 || toks[k].brk == brkSentence || numberedOpen(toks, k)) &&
			!vendorSubject(toks, k+1) {
			return true
		}
	}
	return false
}

// numberedOpen reports whether only an item number stands between the start of its
// sentence and toks[k]: "3 Can we …", and a number of several parts, which reads as
// several words ("3.13 Can we …", "4.2.1 Can the system …").
func numberedOpen(toks []token, k int) bool {
	if toks[k].brk != brkNone {
		return false
	}
	for j := k - 1; j >= 0 && itemNumber(toks[j].text); j-- {
		switch {
		case j == 0 || toks[j].brk >= brkSentence:
			return true
		case toks[j].brk != brkNone:
			return false
		}
	}
	// A row code's letters ("AAAI-08 Can we …"): the tokenizer keeps them as a
	// skipped word joined by one character to the number after it.
	return k >= 2 && toks[0].stop && itemNumber(toks[1].text) && toks[1].start == toks[0].end+1 &&
		codeNumberTo(toks, k)
}

// codeNumberTo reports whether only the parts of a number stand in toks[1:k].
func codeNumberTo(toks []token, k int) bool {
	for j := 1; j < k; j++ {
		if !itemNumber(toks[j].text) || toks[j].brk > brkNone && j > 1 {
			return false
		}
	}
	return true
}

// vendorSubject reports whether the subject at toks[k] is the vendor or its people:
// "you", or "your" before a person ("Can your admins …", "Will your team …"). The
// vendor's product ("Is your platform able to …") is not.
func vendorSubject(toks []token, k int) bool {
	switch toks[k].text {
	case "you":
		return true
	case "your":
		n := clauseNext(toks, k)
		return personWord[n] || peopleNoun[n]
	}
	return false
}

// askerOpener holds the auxiliaries and modals that open a question of what may be
// done; "do" and "does" ask the vendor's practice instead.
var askerOpener = map[string]bool{"can": true, "could": true, "is": true, "are": true,
	"will": true, "would": true}
