package triage

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

// ownerOf tells whose reliance a phrase starting at token from names: going back from
// its first word through the words of the noun phrase it opens (to a stopword that is
// not a possessive, or a break), the first possessive found decides. A long phrase
// ("reliance on your payroll service") is owned by what stands before it, not by the
// words inside it.
func ownerOf(toks []token, from int) relianceOwner {
	user := false
	for k := from; k >= 0; k-- {
		w := toks[k].text
		if askerWords[w] {
			return ownerAsker
		}
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

// ownReliance reports whether the frame-tier rules that fired, not negated, name the
// asker's own reliance: one of their phrases is the asker's, or none names an owner
// at all. It also tells which phrases stand for that reliance in the evidence (see
// relianceWords): the asker's, or, when none is, those that name no owner.
func (e *Engine) ownReliance(s *scratch, fired []firing) (own bool, by relianceOwner) {
	var seen [ownerOther + 1]bool
	for _, f := range fired {
		if f.negated || e.rules[f.rule].tier != tierFrame {
			continue
		}
		for _, h := range s.hits {
			if h.rule == f.rule && h.role != roleNot && h.role != roleWithin {
				seen[ownerOf(s.toks, int(h.from))] = true
			}
		}
	}
	switch {
	case seen[ownerAsker]:
		return true, ownerAsker
	case seen[ownerOther] || !seen[ownerUnsaid]:
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
			if h.rule != f.rule || h.role == roleNot || h.role == roleWithin || ownerOf(s.toks, int(h.from)) != by {
				continue
			}
			if w := text[s.toks[h.from].start:s.toks[h.to].end]; !contains(out, w) {
				out = append(out, w)
			}
		}
	}
	return out
}

// ownRelianceEvidence explains financial_reporting put beside the areas of a control
// or process because the asker frames the question by its own reliance.
func ownRelianceEvidence(words []string) Evidence {
	return Evidence{Rule: "own_reliance", Reason: "The asker frames the control it asks about by its own reliance (SOX, ICFR, its auditors, its year-end): financial reporting is added beside the control's own areas.", Matched: words}
}
