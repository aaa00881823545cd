package triage

// Words of another category that only say which thing a security control is about.
// "Are the logs from the failover cluster sent to the SIEM?" asks about logging; the
// cluster is where the logs come from, and "failover" only says which cluster. A rule
// of availability, confidentiality, processing integrity or privacy whose every
// phrase stands in such a place, beside a security control the question asks about,
// counts as incidental: its criteria rank after the control's and bring no category.
// The places:
//   - a word before the thing it names, up to two words apart: "backup console",
//     "capacity planning dashboards", "consent management platform", "outage tickets";
//   - a time the control also holds in: "during an outage", "in a failover";
//   - a place after a thing: "servers in the secondary region", "data from the
//     standby site";
//   - a clause that says which thing: "contractors who sign an NDA", "servers running
//     batch processing".
// The same words as the subject keep their rule: "Are backups replicated to a second
// region?", "Is the backup console itself backed up?" (a phrase outside those places).

// modifiedThing holds the things a word of another category may name: systems and
// their parts, the people and teams who run them, the records of their work. Their
// singular; a plural reads through stem.
var modifiedThing = map[string]bool{
	"server": true, "host": true, "console": true, "tool": true, "tooling": true, "platform": true,
	"cluster": true, "dashboard": true, "team": true, "drive": true, "share": true, "agent": true,
	"account": true, "admin": true, "administrator": true, "operator": true, "ticket": true,
	"appliance": true, "software": true, "portal": true, "node": true, "instance": true,
	"machine": true, "vm": true, "engineer": true, "staff": true, "role": true, "runbook": true,
	"script": true, "repository": true, "repositories": true, "repo": true, "schedule": true,
	"pair": true, "network": true, "application": true, "app": true, "credential": true,
	"key": true, "password": true, "workstation": true, "laptop": true, "device": true,
	"contractor": true, "employee": true, "user": true, "personnel": true, "incident": true,
	"traffic": true, "data": true, "change": true,
}

// thingAt reports whether the token at k names a thing of modifiedThing.
func thingAt(toks []token, k int) bool {
	if k < 0 || k >= len(toks) {
		return false
	}
	w := toks[k].text
	return modifiedThing[w] || modifiedThing[stem(w)]
}

// circumstance holds the prepositions of a time a control holds in ("during an
// outage"); place, those of a place after a thing ("servers in the second region").
var (
	circumstance = map[string]bool{"during": true, "amid": true, "amidst": true, "throughout": true}
	place        = map[string]bool{"in": true, "on": true, "from": true, "across": true,
		"within": true, "between": true, "at": true}
	determiner = map[string]bool{"the": true, "a": true, "an": true, "any": true, "our": true,
		"your": true, "each": true, "every": true, "all": true, "its": true, "their": true}
	// whichThing holds the words that open a clause saying which thing is meant.
	whichThing = map[string]bool{"who": true, "that": true, "which": true, "used": true,
		"running": true, "hosting": true, "holding": true, "storing": true, "serving": true,
		"supporting": true, "handling": true}
)

// joined reports whether toks[k] follows toks[k-1] with nothing but a space or a
// hyphen between them: no comma of a list ("privacy, audit, personnel"), no break.
func joined(toks []token, k int) bool {
	return k > 0 && k < len(toks) && toks[k].brk == brkNone && toks[k].start-toks[k-1].end <= 1
}

// modifierHit reports whether the rule's phrase at toks[from..to] only says which
// thing is meant or when (see the places above).
func modifierHit(toks []token, from, to int) bool {
	// A word before the thing it names: "backup console", "uptime monitoring tool".
	for k, n := to+1, 0; n < 3 && joined(toks, k) && !toks[k].stop; k, n = k+1, n+1 {
		if w := toks[k].text; thingAt(toks, k) && w != "data" && w != "change" && w != "changes" {
			return true
		}
	}
	k := from - 1
	for k >= 0 && joined(toks, k+1) && determiner[toks[k].text] {
		k--
	}
	if k < 0 || !joined(toks, k+1) {
		return false
	}
	switch w := toks[k].text; {
	case circumstance[w]:
		return true
	case w == "in" && k+1 < from && (toks[k+1].text == "a" || toks[k+1].text == "an"):
		return true // "what to do in an outage"
	case place[w]:
		return joined(toks, k) && thingAt(toks, k-1)
	}
	// A clause that says which thing: up to three words back to its opening word,
	// which follows the thing.
	for j, n := from-1, 0; j > 0 && n < 4 && joined(toks, j+1); j, n = j-1, n+1 {
		if whichThing[toks[j].text] {
			return joined(toks, j) && thingAt(toks, j-1)
		}
	}
	return false
}

// modifierOnly reports whether rule ri, of a category other than security, matched
// only words that say which thing or time a security control of the question is
// about: every phrase of it stands in such a place, and another rule that fired
// (security) decides a subject of its own there.
func (e *Engine) modifierOnly(s *scratch, ri int32, security bool) bool {
	r := &e.rules[ri]
	if !security || r.Incidental || r.Fallback || len(r.critIdx) == 0 || critCategory[r.critIdx[0]] == catSecurity {
		return false
	}
	seen := false
	for _, h := range s.hits {
		if h.rule != ri || !h.phrase() {
			continue
		}
		if !modifierHit(s.toks, int(h.from), int(h.to)) {
			return false
		}
		seen = true
	}
	return seen
}

// securitySubjectFired reports whether a rule that fired decides a security subject
// of its own: not negated, not incidental or a fallback, its first criterion a
// security one.
func (e *Engine) securitySubjectFired(fired []firing) bool {
	for _, f := range fired {
		r := &e.rules[f.rule]
		if !f.negated && !r.Incidental && !r.Fallback && len(r.critIdx) > 0 && critCategory[r.critIdx[0]] == catSecurity {
			return true
		}
	}
	return false
}

// vocabModifierOnly reports whether every word of the question that the vocabulary
// reads for criterion ci stands where it only names a thing or a time (modifierHit).
// The vocabulary's hits hold byte offsets; a hit that starts or ends inside a word
// an abbreviation expands to is not read as a modifier.
func (s *scratch) vocabModifierOnly(ci int) bool {
	seen := false
	for i := range s.vhits {
		h := &s.vhits[i]
		if int(h.rule) != ci || h.role != roleCat {
			continue
		}
		from, to := -1, -1
		for k := range s.toks {
			if s.toks[k].start > int(h.to) {
				break // tokens run in order of their start
			}
			if from < 0 && s.toks[k].start == int(h.from) {
				from = k
			}
			if s.toks[k].end == int(h.to) {
				to = k
			}
		}
		if from < 0 || to < from || !modifierHit(s.toks, from, to) {
			return false
		}
		seen = true
	}
	return seen
}
