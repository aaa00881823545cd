package triage

import "strings"

// A question can name a money item without asking for a control over it: what the
// product lets customers do with it ("Can customers download their invoices?"), how
// often or on which day it goes out ("When are statements issued each month?"), by
// which channel ("Are remittance advices emailed or posted?"), how many there are,
// and what it costs or whether it is in the price ("What do you charge for wire
// transfers?"). Each is a fact, a capability or a commercial term, written in; the
// SOC 1 answers the accuracy, completeness, authorisation or safekeeping of the
// money's processing. A rule marked fact (Rule.Fact) fires only when factAsked reads
// one of those shapes and the line has no word of a control, of data or of security;
// like any written answer, it gives way to a control asked over a money item
// (markYielded).

// factAsked reports whether a sentence of the line opens a question of fact about a
// money item (factOpens), or asks the vendor's billing of the asker or a method,
// currency or channel (termsAsked), and no word of the line asks a control or speaks
// of data, security or privacy (factBlocked). How a price or a bill is worked out
// ("calculated") blocks only a question of fact: the product showing it, or the
// asker's own bill, stays a written answer.
func factAsked(toks []token) bool {
	made := false
	for k := range toks {
		if w := toks[k].text; factBlocked(w) {
			if !priceMade[w] {
				return false
			}
			made = true
		}
	}
	for k := range toks {
		if k > 0 && toks[k].brk != brkSentence {
			continue
		}
		open := k
		for open < len(toks) && itemNumber(toks[open].text) && (open == k || toks[open].brk == brkNone) {
			open++ // "3 When are …", "3.13 When are …"
		}
		if open >= len(toks) {
			continue
		}
		if made && askAuxiliary[toks[open].text] && capabilityAsked(toks, open+1) || !made && factOpens(toks, open) {
			return true
		}
	}
	return termsAsked(toks, made)
}

// priceMade holds the words of working out a price or a bill, which block a plain
// question of fact but not the product showing it or the asker's own bill.
var priceMade = wordSet(nil, "calculated", "calculate", "calculation", "calculations")

// factOpens reports whether the sentence opening at toks[k] asks a fact: how often,
// how many or how much; when, or on which day or date, or which schedule or cadence
// a money item follows; what is charged or what the
// price is; whether there is a fee; what customers or the product can do; or whether
// the item goes out by a channel or is included in the price.
func factOpens(toks []token, k int) bool {
	w, next := toks[k].text, sentenceWord(toks, k+1)
	switch {
	case w == "how":
		return next == "often" || next == "frequently" || next == "many" || next == "much"
	case w == "when":
		return askAuxiliary[next] || next == "did" || next == "should"
	case w == "on" || w == "by" || w == "at" || w == "in":
		return (next == "what" || next == "which") && factTime[sentenceWord(toks, k+2)]
	case w == "what" || w == "which":
		if factTime[next] {
			return true
		}
		// "which payout schedules", "what refund timing": the time of a money item.
		if next != "" && factTime[sentenceWord(toks, k+2)] {
			if _, ok := moneyWord(toks, k+1); ok {
				return true
			}
		}
		return chargeAsked(toks, k+1)
	case w == "is" || w == "are":
		if next == "there" {
			return factPrice[sentenceWord(toks, k+2)] || factPrice[sentenceWord(toks, k+3)]
		}
		return sentenceHas(toks, k+1, factChannel) || includedInPrice(toks, k+1)
	case askAuxiliary[w]:
		return capabilityAsked(toks, k+1)
	}
	return false
}

// chargeAsked reports whether the words after "what" ask what the vendor charges or
// what something costs: "what do you charge", "what is the price of", "what are the
// fees for".
func chargeAsked(toks []token, k int) bool {
	for j := k; j < len(toks) && j <= k+3 && (j == k || toks[j].brk < brkSentence); j++ {
		if w := toks[j].text; w == "charges" || factPrice[w] {
			return true
		}
	}
	return false
}

// includedInPrice reports whether the sentence from toks[k] asks whether something is
// included in a price, a plan or a subscription, or costs extra.
func includedInPrice(toks []token, k int) bool {
	for j := k; j < len(toks) && (j == k || toks[j].brk < brkSentence); j++ {
		switch toks[j].text {
		case "included", "include", "includes":
			if sentenceHas(toks, j, factPlan) {
				return true
			}
		case "extra", "chargeable", "billable":
			return true
		}
	}
	return false
}

// capabilityAsked reports whether, after an auxiliary, the subject is a customer, the
// asker or the product and its verb is one of doing something with the item
// (download, view, pay, dispute) or of offering it (support, offer, email, send):
// "Can customers download their invoices?", "Does the product support refunds in
// euros?", "Do you email statements?". Someone else's item ("other customers'
// invoices") is a question of access instead.
func capabilityAsked(toks []token, k int) bool {
	if k >= len(toks) || toks[k].brk >= brkSentence {
		return false
	}
	subj := toks[k].text
	j := k + 1
	if productDeterminer[subj] && j < len(toks) && toks[j].brk < brkSentence {
		subj = toks[j].text
		j++
	}
	var verbs map[string]bool
	sends := false // the vendor or its product may also send by a channel
	switch {
	case factCustomer[subj]:
		verbs = factUse
	case subj == "you" || factProduct[subj]:
		verbs, sends = factOffer, true
	default:
		return false
	}
	for ; j < len(toks) && j <= k+4 && toks[j].brk < brkSentence; j++ {
		w := toks[j].text
		if verbs[w] {
			return !sentenceHas(toks, j, factOthers)
		}
		if sends && factSend[w] {
			// Sending or issuing the item is the service itself; by a channel
			// ("do you send statements by email") it is a fact.
			return sentenceHas(toks, j, factChannel)
		}
	}
	return false
}

// sentenceWord returns the word at toks[k] when it stands in the same sentence as
// the word before it, or "".
func sentenceWord(toks []token, k int) string {
	if k < len(toks) && toks[k].brk < brkSentence {
		return toks[k].text
	}
	return ""
}

// sentenceHas reports whether a word of set stands in the sentence from toks[k] on.
func sentenceHas(toks []token, k int, set map[string]bool) bool {
	for j := k; j < len(toks) && (j == k || toks[j].brk < brkSentence); j++ {
		if set[toks[j].text] {
			return true
		}
	}
	return false
}

// factBlocked reports whether w asks a control, or speaks of data, security or
// privacy: with it, the line is not a plain fact about the money item.
func factBlocked(w string) bool {
	if factBlock[w] {
		return true
	}
	for _, p := range factBlockPrefix {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

var (
	// factTime holds the nouns of a time or a frequency after "what" or "which".
	factTime = wordSet(nil, "day", "days", "date", "dates", "time", "times", "week", "weeks", "month",
		"months", "frequency", "frequencies", "cadence", "cadences", "schedule", "schedules", "calendar",
		"calendars", "timetable", "timetables", "timing", "timings", "hour", "hours", "weekday")
	// factPrice holds the nouns of a price.
	factPrice = wordSet(nil, "fee", "fees", "price", "prices", "pricing", "surcharge", "surcharges",
		"charge", "cost", "costs")
	// factPlan holds the nouns of what a price buys.
	factPlan = wordSet(nil, "price", "pricing", "subscription", "subscriptions", "plan", "plans", "fee", "fees",
		"licence", "license", "package", "tier", "cost", "contract", "quote", "bundle")
	// factChannel holds the words of the channel an item goes out by.
	factChannel = wordSet(nil, "emailed", "mailed", "email", "mail", "post", "portal", "paper", "electronically",
		"electronic", "online", "pdf", "pdfs", "printed", "sms", "app", "website")
	// factCustomer holds the people who may do something with their own money items.
	factCustomer = wordSet(nil, "customers", "customer", "clients", "client", "users", "user", "members",
		"member", "employees", "employee", "we", "i", "payees", "tenants", "donors", "patients", "students",
		"borrowers", "policyholders", "suppliers", "vendors", "buyers", "parents", "participants")
	// factProduct holds the nouns that name the product.
	factProduct = wordSet(nil, "product", "platform", "system", "portal", "app", "application", "software",
		"service", "tool", "module", "solution")
	// factUse holds the verbs of what a customer does with an item of their own.
	factUse = wordSet(nil, "download", "view", "see", "export", "print", "pay", "dispute", "save", "receive",
		"get", "request", "find", "search", "filter", "opt", "choose", "subscribe", "reprint", "resend",
		"submit", "track")
	// factOffer holds the verbs of what the vendor or its product offers.
	factOffer = wordSet(nil, "support", "supports", "offer", "offers", "allow", "allows", "let", "lets",
		"show", "shows", "email", "emails", "mail", "mails", "accept", "accepts", "display", "displays")
	// factSend holds the verbs of sending or issuing an item.
	factSend = wordSet(nil, "send", "sends", "deliver", "delivers", "issue", "issues", "provide", "provides",
		"post", "posts")
	// factOthers holds the words that make the item someone else's.
	factOthers = wordSet(nil, "other", "another", "else", "else's", "others")
	// factBlock holds the words that ask a control or speak of data, security or
	// privacy; factBlockPrefix the stems. A word a stem already covers ("password",
	// "attestation") is not listed again.
	factBlock = wordSet(nil, "who", "whom", "ensure", "ensures", "sure", "correct", "correctly", "corrected",
		"error", "errors", "complete", "completely", "completeness", "dual", "exception", "exceptions",
		"duplicate", "duplicates", "mismatch", "fraud", "control", "controls", "evidence", "log", "logs",
		"logged", "data", "file", "files", "feed", "feeds", "record", "records", "database", "databases",
		"backup", "backups", "backed", "secure", "securely", "security",
		"breach", "breaches", "incident", "incidents", "share", "shared", "sell", "sold", "consent",
		"change", "changes", "changed", "override", "overridden", "limit", "limits", "timely",
		"wrong", "missed", "missing", "test", "tested", "testing", "soc", "ssae", "isae", "audit",
		"audited", "auditor", "auditors", "sox", "icfr", "within", "deadline",
		"deadlines", "rules", "rule", "logic", "formula", "edit", "edited", "delete", "deleted",
		"attach", "describe", "explain", "match", "matched", "matches", "matching", "tie", "tied", "agree",
		"agreed", "balanced", "release", "released", "update", "updated", "same", "callback", "inspect",
		"inspected", "confirm", "confirms", "confirmed", "confirming",
		// IT and security subjects over a money system.
		"key", "keys", "token", "tokens", "login", "logins", "logon", "logons", "access", "accesses",
		"rights", "superuser", "superusers", "root", "mfa", "2fa", "sso", "vpn", "firewall", "server",
		"servers", "cluster", "clusters", "restore", "restored", "outage", "outages", "uptime",
		"availability", "removed", "revoked", "disabled", "deprovisioned", "vulnerability", "scan", "scanned")
	factBlockPrefix = []string{"approv", "authori", "review", "check", "reconcil", "accura", "verif", "validat",
		"segregat", "discrepan", "tamper", "encrypt", "protect", "restrict", "prevent", "disclos", "retain",
		"retention", "dispos", "destr", "purg", "monitor", "transmi", "interface", "upload", "calculat",
		"recalculat", "privacy", "personal", "polic", "procedur", "count", "certif", "recertif",
		"attest", "sign", "rotat", "privilege", "permission", "admin", "authenticat", "credential",
		"password", "patch", "recover", "failover", "alert", "role"}
)
