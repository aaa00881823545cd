package triage

import (
	"slices"
	"strings"
)

// Whose reliance a frame-tier rule found. The asker's own SOX, ICFR, auditors' or
// year-end reliance ("for our SOX 404 testing", "our external auditors", "for ICFR
// purposes") puts financial_reporting beside the areas of the control or process the
// question asks about: the asker relies on that control for its own financial
// reporting. Reliance that belongs to someone else ("user auditors relying on it for
// SOX", "your clients' ICFR", "their SOX testing") says what the vendor does for its
// other clients or what its clients' auditors do, and adds no area.

// relianceOwner tells whose reliance one frame phrase names, from the possessive in
// front of it.
type relianceOwner uint8

const (
	ownerUnsaid relianceOwner = iota // no possessive: "for SOX purposes", "ITGC reliance"
	ownerAsker                       // "our auditors", "our year-end"
	ownerOther                       // "their SOX testing", "user auditors", "clients' ICFR"
	ownerStatus                      // the respondent's own standing: "is your company subject to SOX?"
)

// askerWords are the possessives and pronouns of the asker.
var askerWords = map[string]bool{"our": true, "ours": true, "my": true, "we": true, "us": true}

// otherWords name an owner other than the asker in front of a reliance phrase: the
// respondent ("your SOX compliance"), a third party ("their", "its") or the
// respondent's clients ("clients' SOX testing"). "User" ("user auditors", "user entity
// auditors") counts only when no possessive of the asker stands before it: "our user
// auditors" are the asker's.
var otherWords = map[string]bool{"their": true, "theirs": true, "your": true, "yours": true,
	"its": true, "his": true, "her": true, "client": true, "clients": true,
	"customer": true, "customers": true}

// clientWords are the asker's own clients, customers or members: written right after
// the asker's possessive ("our clients' auditors", "our customers' year-end"), the
// reliance is theirs, not the asker's.
var clientWords = map[string]bool{"client": true, "clients": true, "customer": true,
	"customers": true, "member": true, "members": true, "tenant": true, "tenants": true,
	"merchant": true, "merchants": true, "subscriber": true, "subscribers": true}

// ownerOf tells whose reliance a phrase from token from to token to names: going back
// from its first word through the words of the noun phrase it opens (to a stopword
// that is not a possessive, or a break), the first possessive found decides. A long
// phrase ("reliance on your payroll service") is owned by what stands before it, not
// by the words inside it, except for the asker's clients named right after the
// asker's possessive ("our clients' auditors", "our members' financial statement
// audits"), whose reliance it is. A regulation the respondent is subject to or
// complies with ("Is your company subject to SOX?", "Are you SOX compliant?") is the
// respondent's own standing, no one's reliance.
func ownerOf(toks []token, from, to int) relianceOwner {
	if standing(toks, from, to) {
		return ownerStatus
	}
	if othersWithin(toks, from, to) || othersAfter(toks, to) {
		return ownerOther
	}
	user, client := false, false
	for k := from; k >= 0; k-- {
		w := toks[k].text
		if askerWords[w] {
			if client || k == from && clientAfter(toks, k, to) {
				return ownerOther
			}
			return ownerAsker
		}
		client = client || clientWords[w]
		if otherWords[w] {
			return ownerOther
		}
		user = user || w == "user" || w == "users"
		if (k < from && toks[k].stop) || toks[k].brk >= brkClause {
			break
		}
	}
	if user {
		return ownerOther
	}
	return ownerUnsaid
}

// othersWithin reports whether the words right before the last word of the phrase
// from..to, back to a word that is not skipped, name someone else's books: "controls
// relevant to our clients' financial statements", "reliance ~8 … user entities'
// financial reporting". Only the asker's clients and user entities count there: "your"
// inside a phrase is the service relied on ("reliance on your payroll service").
func othersWithin(toks []token, from, to int) bool {
	for k := to - 1; k > from; k-- {
		if clientWords[toks[k].text] || userOwner(toks, k) {
			return true
		}
		if toks[k].stop && !askerWords[toks[k].text] && !otherWords[toks[k].text] && toks[k].text != "s" {
			return false
		}
	}
	return false
}

// othersAfter reports whether "of" and the clients or user entities follow the phrase
// ending at to, or the one or two words of the noun it names: "the ICFR of your
// clients", "financial statement audits of user entities", "the SOX programmes of our
// customers".
func othersAfter(toks []token, to int) bool {
	k := to + 1
	for k < len(toks) && k <= to+2 && !toks[k].stop && toks[k].brk < brkClause {
		k++
	}
	if k >= len(toks) || toks[k].text != "of" || toks[k].brk >= brkClause {
		return false
	}
	for k++; k < len(toks) && k <= to+5 && toks[k].brk < brkClause; k++ {
		if clientWords[toks[k].text] || userOwner(toks, k) {
			return true
		}
		if !toks[k].stop && !askerWords[toks[k].text] && !otherWords[toks[k].text] {
			return false
		}
	}
	return false
}

// userOwner reports whether the word at k names user entities or their auditors
// ("user entities", "user organisations", "user auditors"), not the complementary
// controls the user entities run ("complementary user entity controls").
func userOwner(toks []token, k int) bool {
	if w := toks[k].text; (w != "user" && w != "users") || k+1 >= len(toks) {
		return false
	}
	switch toks[k+1].text {
	case "entity", "entities":
		return k+2 >= len(toks) || !strings.HasPrefix(toks[k+2].text, "control")
	case "organisation", "organisations", "organization", "organizations", "auditor", "auditors":
		return true
	}
	return false
}

// clientAfter reports whether the word after the asker's possessive at k, inside the
// phrase ending at to, names the asker's clients ("our client's auditors").
func clientAfter(toks []token, k, to int) bool {
	j := k + 1
	if j <= to && toks[j].text == "s" {
		j++
	}
	return j <= to && clientWords[toks[j].text]
}

// standingBefore put a regulation after them as one the company is bound by.
var standingBefore = map[string]bool{"subject": true, "comply": true, "complies": true,
	"complying": true, "compliant": true, "compliance": true, "conform": true, "conforms": true}

// standingAfter put a regulation before them as one the company is bound by: "SOX
// compliant", "does SOX apply to you".
var standingAfter = map[string]bool{"compliant": true, "apply": true, "applies": true,
	"applicable": true, "registrant": true, "registrants": true}

// respondentWords name the respondent as the one bound: "you", "your company", "the
// vendor".
var respondentWords = map[string]bool{"you": true, "your": true, "vendor": true,
	"vendors": true, "supplier": true, "suppliers": true, "contractor": true,
	"offeror": true, "bidder": true, "provider": true}

// respondentOwner reports whether w names the respondent as the owner of what
// follows: one of respondentWords other than "you" ("your financial statement
// audit", "the contractor's insurance carrier").
func respondentOwner(w string) bool { return w != "you" && respondentWords[w] }

// standing reports whether the phrase from..to names a regulation the respondent is
// bound by: "subject to" or "compliant with" right before it, or "compliant" or
// "apply" right after it, in a clause that names the respondent and not the asker.
func standing(toks []token, from, to int) bool {
	bound := false
	if k := from - 1; k >= 0 && (toks[k].text == "to" || toks[k].text == "with") && toks[k].brk < brkClause {
		bound = k > 0 && standingBefore[toks[k-1].text]
	}
	if j := to + 1; !bound && j < len(toks) && toks[j].brk < brkClause {
		bound = standingAfter[toks[j].text]
	}
	if !bound {
		return false
	}
	respondent := false
	lo, hi := clauseSpan(toks, from)
	for k := lo; k < hi; k++ {
		if askerWords[toks[k].text] {
			return false
		}
		respondent = respondent || respondentWords[toks[k].text]
	}
	return respondent
}

// ownReliance reports whether the frame-tier rules that fired, not negated, name the
// asker's own reliance: one of their phrases is the asker's, or none names an owner
// at all. A phrase negated in its clause ("we are not subject to SOX", "SOX does not
// apply to us", "our auditors are not relying on you") names no reliance, even where
// the frame rule itself still fires. It also tells which phrases stand for that
// reliance in the evidence (see relianceWords): the asker's, or, when none is, those
// that name no owner.
func (e *Engine) ownReliance(s *scratch, fired []firing) (own bool, by relianceOwner) {
	var seen [ownerStatus + 1]bool
	for _, f := range fired {
		if f.negated || e.rules[f.rule].tier != tierFrame {
			continue
		}
		for _, h := range s.hits {
			if h.rule == f.rule && h.phrase() && !negatedAt(s.toks, int(h.from), int(h.to)) {
				seen[ownerOf(s.toks, int(h.from), int(h.to))] = true
			}
		}
	}
	switch {
	case seen[ownerAsker]:
		return true, ownerAsker
	case seen[ownerOther] || seen[ownerStatus] || !seen[ownerUnsaid]:
		return false, ownerOther
	}
	return true, ownerUnsaid
}

// relianceWords returns the words of the frame-tier phrases whose owner is by, in
// order without repeats, for the evidence.
func (e *Engine) relianceWords(s *scratch, text string, fired []firing, by relianceOwner) []string {
	var out []string
	for _, f := range fired {
		if f.negated || e.rules[f.rule].tier != tierFrame {
			continue
		}
		for _, h := range s.hits {
			if h.rule != f.rule || !h.phrase() || negatedAt(s.toks, int(h.from), int(h.to)) || ownerOf(s.toks, int(h.from), int(h.to)) != by {
				continue
			}
			if w := text[s.toks[h.from].start:s.toks[h.to].end]; !contains(out, w) {
				out = append(out, w)
			}
		}
	}
	return out
}

// reportingBeyondFrame reports whether a rule outside the frame tier, not negated,
// gives financial_reporting: the question's own subject (statements or reports
// prepared for clients) is then the area, not the asker's reliance alone.
func (e *Engine) reportingBeyondFrame(fired []firing) bool {
	for _, f := range fired {
		r := &e.rules[f.rule]
		if !f.negated && r.tier != tierFrame && slices.Contains(r.areaIdx, int8(areaReporting)) {
			return true
		}
	}
	return false
}

// ownRelianceEvidence explains financial_reporting put beside the areas of a control
// or process because the asker frames the question by its own reliance.
func ownRelianceEvidence(words []string) Evidence {
	return Evidence{Rule: "own_reliance", Reason: "The asker frames the control it asks about by its own reliance (SOX, ICFR, its auditors, its year-end): financial reporting is added beside the control's own areas.", Matched: words}
}

// respondentOnly reports whether every phrase of the frame-tier rule f names the
// respondent itself rather than anyone's reliance on the service: its own standing
// under a regulation ("Is your company subject to SOX?") or its own financial
// statement audit ("your most recent financial statement audit", see ownAudit). No
// one relies on the service then, and the rule frames no report. regulation and
// audit tell which of the two its phrases name.
func (e *Engine) respondentOnly(s *scratch, f firing) (only, regulation, audit bool) {
	// In a rule of groups ("external auditors want …" beside the billing system), the
	// group that names the respondent's own audit decides; the others name the
	// subject.
	owned := int16(roleWithin)
	for _, h := range s.hits {
		if h.rule == f.rule && h.role >= 0 && ownAudit(s.toks, int(h.from), int(h.to)) {
			owned = h.role
			break
		}
	}
	n := 0
	for _, h := range s.hits {
		if h.rule != f.rule || !h.phrase() || (owned >= 0 && h.role != owned) {
			continue
		}
		switch from, to := int(h.from), int(h.to); {
		case ownAudit(s.toks, from, to):
			audit = true
		case standing(s.toks, from, to): // ownerOf's ownerStatus
			regulation = true
		default:
			return false, false, false
		}
		n++
	}
	return n > 0, regulation, audit
}

// ownAudit reports whether the phrase from..to names the respondent's own financial
// statement audit or auditor: "financial statement audit" (or "auditor") owned by the
// respondent through the possessive before its noun phrase ("your most recent
// financial statement audit", "your company's financial statement auditor", "the
// vendor's financial statement audit"). The asker's ("our financial statement
// audit"), its clients' or user entities' ("your clients' financial statement
// audits"), or one with no owner ("for the financial statement audit") is reliance.
func ownAudit(toks []token, from, to int) bool {
	if to <= from || !auditNamed(toks, from, to) {
		return false
	}
	for k, lo := from-1, clauseBefore(toks, from, len(toks)); k >= lo; k-- {
		w := toks[k].text
		switch {
		case respondentOwner(w):
			return true
		case askerWords[w] || otherWords[w] || clientWords[w] || userOwner(toks, k):
			return false
		case w == "s":
		case toks[k].stop:
			return false
		}
	}
	return false
}

// auditNamed reports whether the phrase from..to opens with the name of a financial
// statement audit or auditor: "financial statement audit", or "external" or
// "statutory" before "auditors" ("external auditors want evidence …", which names
// no owner of its own; "your external auditors" are the respondent's).
func auditNamed(toks []token, from, to int) bool {
	switch toks[from].text {
	case "financial":
		return to > from+1 && strings.HasPrefix(toks[from+1].text, "statement") && strings.HasPrefix(toks[to].text, "audit")
	case "external", "statutory":
		return strings.HasPrefix(toks[from+1].text, "audit")
	}
	return false
}

// standingEvidence explains a regulation named as one the respondent is bound by: a
// fact about the company, answered in writing.
var standingEvidence = Evidence{Rule: "own_standing", Reason: "The regulation is named as one the respondent itself is bound by, not as the asker's reliance on the service: a fact about the company, answered in writing."}

// ownAuditEvidence explains a financial statement audit named as the respondent's
// own: what it found is answered with the audited financial statements.
var ownAuditEvidence = Evidence{Rule: "own_financial_audit", Reason: "The financial statement audit named is the respondent's own, not the asker's reliance on the service: it is answered with the audited financial statements."}
