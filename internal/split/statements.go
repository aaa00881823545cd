package split

// Titles and statements: a short line with no question word may still say
// something ("Encrypt backups", "MFA enforced for admins", "SOC 1 and bridge
// letter please"), and then it is an item of its own, never a heading over
// the lines below it. The words are read by their class: a verb that opens an
// instruction, a finite verb or modal, a subject pronoun, a past participle
// after its noun, an adverb of frequency, a closing "please".

import "github.com/socbot/socbot/internal/triage"

// actionVerbs open an instruction that asks the vendor to do or to have done
// something ("Encrypt backups", "Use MFA for admins"), beside the request verbs
// of questionStarts. Those marked true are nouns as often as verbs ("Patch
// management", "Access review", "Document retention"): they instruct only with
// an object opener after them ("Review all access", "Document your DR plan").
var actionVerbs = map[string]bool{
	"encrypt": false, "rotate": false, "use": false, "enforce": false, "ensure": false,
	"maintain": false, "implement": false, "restrict": false, "disable": false, "enable": false,
	"configure": false, "perform": false, "retain": false, "protect": false, "prevent": false,
	"deploy": false, "apply": false, "segregate": false, "notify": false, "obtain": false,
	"establish": false, "approve": false, "revoke": false, "remove": false, "delete": false,
	"purge": false, "destroy": false, "disclose": false, "inform": false, "avoid": false,
	"install": false, "harden": false, "sanitise": false, "sanitize": false, "validate": false,
	"require": false, "prohibit": false, "assess": false, "evaluate": false, "terminate": false,
	"deprovision": false, "assign": false, "grant": false, "allow": false, "deny": false,
	"isolate": false, "keep": false, "ask": false, "conduct": false, "mask": false,
	"encrypting": false, "rotating": false,

	"review": true, "test": true, "log": true, "patch": true, "monitor": true, "report": true,
	"scan": true, "audit": true, "train": true, "change": true, "control": true, "access": true,
	"record": true, "update": true, "upgrade": true, "process": true, "plan": true,
	"schedule": true, "track": true, "map": true, "document": true, "store": true, "limit": true,
	"return": true, "complete": true, "sign": true, "run": true, "backup": true, "secure": true,
	"screen": true, "block": true, "segment": true, "hash": true, "back": true, "fill": true,
}

// finiteWords are verbs that make a line a sentence wherever they stand after
// its first word ("Backups are encrypted", "Logs must be kept a year"): the
// auxiliaries and modals, their negations, and "be".
var finiteWords = func() map[string]bool {
	set := map[string]bool{
		"am": true, "be": true, "been": true, "cannot": true, "can't": true, "don't": true,
		"doesn't": true, "isn't": true, "aren't": true, "won't": true, "wasn't": true,
		"weren't": true, "shouldn't": true, "mustn't": true, "hasn't": true, "haven't": true,
		"didn't": true,
	}
	for _, w := range triage.Auxiliaries() {
		set[w] = true
	}
	return set
}()

// subjects are the pronouns that open a clause of a sentence: "We need …",
// "You must …". "I" is left out: it numbers parts ("Part I").
var subjects = map[string]bool{"we": true, "you": true, "they": true, "we'd": true, "we're": true, "we've": true}

// wantVerbs, after a subject, say what the asker wants: "We need your latest
// SOC 2", "We'd like the bridge letter".
var wantVerbs = map[string]bool{
	"need": true, "needs": true, "want": true, "require": true, "request": true,
	"expect": true, "like": true,
}

// pleaseWords ask wherever they stand: "SOC 1 and bridge letter please".
var pleaseWords = map[string]bool{"please": true, "kindly": true, "pls": true, "plz": true}

// relatives open a clause inside a noun phrase ("Plan that is tested"): a verb
// after one says nothing about the line as a whole.
var relatives = map[string]bool{"that": true, "which": true, "who": true, "whom": true, "whose": true}

// adverbs of frequency and manner say how a control runs: a line holding one
// states a control ("Rotate keys yearly", "Access reviewed quarterly").
var adverbs = map[string]bool{
	"daily": true, "weekly": true, "monthly": true, "quarterly": true, "annually": true,
	"yearly": true, "regularly": true, "periodically": true, "continuously": true,
	"automatically": true, "immediately": true, "promptly": true, "always": true, "never": true,
	"centrally": true, "securely": true, "manually": true, "routinely": true,
	"biannually": true, "semiannually": true, "nightly": true, "hourly": true,
}

// participles are past participles not ending in "-ed".
var participles = map[string]bool{
	"kept": true, "held": true, "done": true, "made": true, "taken": true, "given": true,
	"written": true, "shown": true, "sent": true, "built": true, "known": true, "seen": true,
	"signed": true, "stored": true,
}

// predicateAfter may follow a participle that is the line's predicate ("MFA
// enforced for admins", "Backups encrypted at rest"), where a noun follows one
// that is an adjective ("Customer managed keys", "Role based access").
var predicateAfter = map[string]bool{
	"at": true, "in": true, "on": true, "for": true, "by": true, "to": true, "with": true,
	"within": true, "via": true, "from": true, "per": true, "across": true, "before": true,
	"after": true, "during": true, "using": true, "under": true, "over": true, "through": true,
	"when": true, "if": true, "as": true, "into": true, "against": true, "and": true, "or": true,
	"only": true, "every": true, "each": true, "once": true, "twice": true, "where": true,
	"whenever": true, "unless": true, "until": true, "upon": true, "everywhere": true,
}

// says reads the words of t, a line that neither asks with a question mark nor
// opens with a question word or request verb, and tells whether it asks
// (an instruction, a closing "please", "We need your …") or states (a finite
// verb, a subject, a control's participle or adverb). Either makes it an item,
// never a heading; only asks makes it a request, as qstart does.
func says(t []byte) (asks, states bool) {
	var buf, pb [24]byte
	var prev []byte  // the word before, lower-cased
	first := true    // at the line's first word
	lowered := false // a word after the first is written in lower case (stop words aside)
	capital := false // …and one is a capitalised title word ("Customer", not "MFA")
	verb := false    // the first word is an action verb
	weak := false    // …one that is also a noun
	object := false  // the word after the first opens an object
	nounNext := true // the word after the first reads as the verb's noun ("Use of …")
	subject := false // a subject pronoun was read: "We …", "… you must …"
	want := false    // a want verb after a subject: the next word decides
	relative := false
	participle := false // the word before was a predicate participle candidate
	words := 0
	for i := 0; ; {
		w, j := nextWord(t, i)
		if w == nil {
			break
		}
		i = j
		tw := trimPunct(w)
		if !hasAlnum(tw) {
			continue // a dash, "&" or "/" between words
		}
		words++
		core := lowerWord(tw, &buf)
		word := string(core)
		lowerW := isLower(tw[0])
		if participle {
			participle = false
			if predicateAfter[word] || adverbs[word] {
				states = true
			}
		}
		if want {
			want = false
			if objectOpeners[word] || isUpper(tw[0]) || isDigit(tw[0]) {
				asks = true
			}
		}
		switch {
		case first:
			weak, verb = actionVerbs[word]
			subject = subjects[word]
			asks = pleaseWords[word] // "Pls send …"; "Please …" opens as qstart
		case words == 2:
			object = objectOpeners[word]
			nounNext = nounAfter[word] || len(core) == 0
		}
		if !first {
			switch {
			case stopwords[word]:
			case lowerW:
				lowered = true
			case len(tw) > 1 && isUpper(tw[0]) && hasLowerB(tw[1:]):
				capital = true
			}
			switch {
			case pleaseWords[word]:
				asks = true
			case relatives[word]:
				relative = true
			case subjects[word]:
				subject = true
				states = true
			case subject && wantVerbs[word]:
				want = true
			case lowerW && adverbs[word]:
				states = true
			case lowerW && finiteWords[word] && !relative:
				states = true
			case lowerW && len(prev) > 0 && !stopwords[string(prev)] && !connectors[string(prev)] &&
				!objectOpeners[string(prev)] && isParticiple(core):
				participle = true
			}
		}
		if first && subject {
			states = true
		}
		n := copy(pb[:], core)
		prev = pb[:n]
		first = false
		switch w[len(w)-1] {
		case '.', ';', ',', '!':
			// "Backups encrypted, logs kept": the participle ends its clause.
			states = states || participle
			participle = false
		case ':':
			participle = false // "Controls implemented:" leads into a list
		}
	}
	if participle {
		states = true
	}
	// A title opens with a verb too ("Protect Customer Data", "Secure
	// Development"): every word after it capitalised, not only acronyms.
	titled := capital && !lowered
	if verb && words > 1 && !nounNext && !titled && (!weak || object) {
		asks = true
	}
	return asks, states
}

// isParticiple: w, lower-cased, reads as a past participle: "encrypted",
// "reviewed", "kept", not "need", "feed" or "red".
func isParticiple(w []byte) bool {
	if participles[string(w)] {
		return true
	}
	n := len(w)
	return n >= 5 && w[n-2] == 'e' && w[n-1] == 'd' && w[n-3] != 'e'
}

// hasAlnum: w holds an ASCII letter or digit, or a character beyond ASCII.
func hasAlnum(w []byte) bool {
	for _, c := range w {
		if isAlpha(c) || isDigit(c) || c >= 0x80 {
			return true
		}
	}
	return false
}

func hasLowerB(w []byte) bool {
	for _, c := range w {
		if isLower(c) {
			return true
		}
	}
	return false
}
