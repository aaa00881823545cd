package triage

// The criteria catalogue's part in a verdict: it ranks and extends the criteria the
// rules found, and answers a question no rule decides.

import (
	"slices"
	"strings"
)

// addVocabulary raises the rules' criteria by the question's vocabulary and appends
// up to vocabMaxAdded criteria of the same series that the vocabulary supports.
// fallback marks (bit i: criterion i) the criteria only fallback rules gave;
// demoted, those that go last because only incidental or fallback rules gave them
// beside another subject: they bring neither a series nor a category for the
// vocabulary to extend.
func (e *Engine) addVocabulary(s *scratch, fallback, demoted uint64, financial, security bool) bool {
	used := false
	n := len(s.order)
	var weak [5]float64 // per category, the best score of a criterion only a fallback rule gave
	for _, ci := range s.order[:n] {
		if fallback>>uint(ci)&1 != 0 {
			k := critCategory[ci]
			weak[k] = max(weak[k], s.score[ci]+vocabBoost(s.cat[ci]))
		}
		if s.cat[ci] > 0 {
			s.score[ci] += vocabBoost(s.cat[ci])
			used = true
		}
	}
	defer func() {
		// A fallback rule ("personal data" is privacy: P4.1) names a category more
		// than a criterion: a criterion of that category the question names
		// outright goes before it ("notice to individuals about their personal
		// data" is P1.1 first).
		for _, ci := range s.order[n:] {
			if k := critCategory[ci]; weak[k] > 0 && s.cat[ci] >= vocabCross {
				s.score[ci] = max(s.score[ci], weak[k]+vocabBoost(s.cat[ci]))
			}
		}
	}()
	for added := 0; added < vocabMaxAdded; added++ {
		best := -1
		for ci, v := range s.cat {
			if v < vocabAdd || s.score[ci] != 0 || (best >= 0 && v <= s.cat[best]) {
				continue
			}
			for _, cj := range s.order[:n] {
				if critSeries[ci] == critSeries[cj] && demoted>>uint(cj)&1 == 0 {
					best = ci
					break
				}
			}
		}
		if best < 0 {
			break
		}
		s.score[best] = vocabBoost(s.cat[best])
		s.order = append(s.order, best)
		used = true
	}
	// A criterion of another series that the question names outright (a score of
	// vocabCross: a subject term and more) is added last, once: official mappings
	// cite the neighbouring subjects a question touches ("screen individuals before
	// granting access" is CC1.4 as well as CC6.1). It never brings a new category,
	// so an incidental word does not add privacy or confidentiality (or security) to
	// a question about something else.
	// Its words must be its own: "access requests" inside "data subject access
	// requests" is the rules' P5.1, not a second subject (CC6.2).
	if e.addOwn(s, n, func(ci int) bool { return s.hasCategoryOf(ci, demoted) }) {
		used = true
	}
	// A criterion of a category the rules did not bring is added last, once, when the
	// question names that category's subject (personal data, confidential or customer
	// data, backups and recovery, processing and its data) and its own words name the
	// criterion: "are backups encrypted?" is A1.2 beside CC6.1, "BYOK for confidential
	// datasets" C1.1 beside CC6.1. Security, the category of every SOC 2, has no
	// subject and is never added this way. Nor is a criterion whose words only name
	// the thing a security control of the question is about ("the console used to
	// administer the disaster recovery site", see modifierHit).
	if e.addOwn(s, n, func(ci int) bool {
		k := critCategory[ci]
		return s.subj>>k&1 != 0 && !s.hasCategoryOf(ci, 0) && !(financial && k == catPI) &&
			!(security && s.vocabModifierOnly(ci))
	}) {
		used = true
	}
	return used
}

// addOwn adds last the criterion the rules did not score whose vocabulary, and then
// its own words beyond the first n criteria of s.order, score highest and at least
// vocabCross among those eligible; it reports whether one was added.
func (e *Engine) addOwn(s *scratch, n int, eligible func(ci int) bool) bool {
	best, bestV := -1, float32(0)
	for ci, v := range s.cat {
		if v < vocabCross || s.score[ci] != 0 || v <= bestV || !eligible(ci) {
			continue
		}
		if v = e.ownScore(s, ci, n); v >= vocabCross && v > bestV {
			best, bestV = ci, v
		}
	}
	if best < 0 {
		return false
	}
	s.score[best] = vocabBoost(s.cat[best])
	s.order = append(s.order, best)
	return true
}

// ownScore is criterion ci's vocabulary score from its terms that do not begin
// inside a term of the first n criteria of s.order: "access requests" read from the
// tail of "data subject access requests" is that criterion's phrase, while a term
// that starts first ("controls selected to address each risk" before "risk
// identified") or holds another whole has words of its own.
func (e *Engine) ownScore(s *scratch, ci, n int) float32 {
	return e.unsharedScore(s, ci, func(h, o *patHit, q *patInfo) bool {
		return o.from < h.from && h.from < o.to && containsInt(s.order[:n], int(q.rule))
	})
}

// unsharedScore is criterion ci's vocabulary score from its terms that share their
// words with no other catalogue term o for which shared(h, o, o's pattern) holds.
func (e *Engine) unsharedScore(s *scratch, ci int, shared func(h, o *patHit, q *patInfo) bool) float32 {
	var v float32
	for i := range s.vhits {
		h := &s.vhits[i]
		p := &e.pats[h.pat]
		if p.role != roleCat || int(p.rule) != ci {
			continue
		}
		own := true
		for j := range s.vhits {
			o := &s.vhits[j]
			if q := &e.pats[o.pat]; q.role == roleCat && shared(h, o, q) {
				own = false
				break
			}
		}
		if own {
			v += p.w
		}
	}
	return v
}

// nameOwn is criterion ci's vocabulary score from its terms whose words are not
// those of a term of a criterion of the categories in cats (bit k: category k): a
// term that begins inside another's words or matches the very same words.
// "Subprocessors" read by CC9.2 is P6.4's "subprocessors" in a question about their
// privacy commitments; "disaster recovery plan" is CC9.1's own beside A1.3's
// "disaster recovery plan tested".
func (e *Engine) nameOwn(s *scratch, ci int, cats uint8) float32 {
	return e.unsharedScore(s, ci, func(h, o *patHit, q *patInfo) bool {
		return int(q.rule) != ci && cats>>critCategory[q.rule]&1 != 0 &&
			(o.from < h.from && h.from < o.to || o.from == h.from && h.to == o.to)
	})
}

// readCategory reports whether the question's own words score a criterion of
// category k.
func (s *scratch) readCategory(k uint8) bool {
	for ci, v := range s.cat {
		if v > 0 && critCategory[ci] == k {
			return true
		}
	}
	return false
}

// hasCategoryOf reports whether a criterion already in s.order, other than the
// demoted ones, shares ci's category.
func (s *scratch) hasCategoryOf(ci int, demoted uint64) bool {
	for _, cj := range s.order {
		if critCategory[cj] == critCategory[ci] && demoted>>uint(cj)&1 == 0 {
			return true
		}
	}
	return false
}

// vocabVerdict answers a question no rule decides when its words are close enough to
// some criteria: a SOC 2 with those criteria, at a confidence below the rules'.
func (e *Engine) vocabVerdict(s *scratch, qtext, text string, fired []firing) (Verdict, bool) {
	if e.onlyRefusedReports(fired) {
		return Verdict{}, false // "The SOC 1 is not needed, only the gap letter"
	}
	crit, cats, top, ok := e.vocabCriteria(s, qtext, fired)
	if !ok {
		return Verdict{}, false
	}
	v := Verdict{Report: ReportSOC2, Criteria: crit, Categories: cats, SOC1Areas: []string{}}
	v.Type = e.pickType(fired, ReportSOC2)
	v.Artifacts = e.union(fired, func(r *Rule) []string { return r.Artifacts }, true)
	v.Confidence = round2(min(0.6, 0.3+0.05*float64(top)))
	dflt := v.Type == Type2 && !e.typeSignalled(fired)
	v.Evidence = withReading(s, text, e.evidence(s, text, fired, 1+b2i(dflt)))
	v.Evidence = append(v.Evidence, e.vocabEvidence(s, qtext, v.Criteria))
	if dflt {
		v.Evidence = append(v.Evidence, defaultType)
	}
	return v, true
}

// onlyRefusedReports reports whether the question names a report and refuses every
// report it names (a held one is not refused): "SOC 1 not needed, only the letter".
// Its other words then answer no control question, whatever criteria they are close
// to ("needed, only" is near the privacy notice's vocabulary).
func (e *Engine) onlyRefusedReports(fired []firing) bool {
	refused := false
	for _, f := range fired {
		r := &e.rules[f.rule]
		if r.tier != tierName || r.Report == "" || r.Report == ReportNone {
			continue
		}
		if !f.negated || f.held {
			return false
		}
		refused = true
	}
	return refused
}

// vocabAnswers returns the criterion the question's words score best and its score,
// and whether that score is enough to answer (vocabAnswer, or vocabAnswerStatement
// for a control written as a statement, or asked on a phrase of the criterion).
func vocabAnswers(s *scratch, qtext string) (best int, top float32, ok bool) {
	for ci, v := range s.cat {
		if v > s.cat[best] {
			best = ci
		}
	}
	top = s.cat[best]
	if top < vocabAnswer && (top < vocabAnswerStatement || !statement(qtext) && !(controlAsked(qtext) && phraseScored(s, qtext, best))) {
		return best, top, false
	}
	return best, top, true
}

// vocabCriteria gives the criteria closest to the question's words when they are close
// enough to answer it (a score of vocabAnswer, or vocabAnswerStatement for a control
// written as a statement): the best and up to two runners-up within vocabAnswerKeep of
// it, their categories and those the fired rules name, and the best score.
func (e *Engine) vocabCriteria(s *scratch, qtext string, fired []firing) (crit, cats []string, top float32, ok bool) {
	best, top, ok := vocabAnswers(s, qtext)
	if !ok {
		return nil, nil, 0, false
	}
	s.order = s.order[:0]
	for len(s.order) < 3 {
		next := -1
		for ci, v := range s.cat {
			if v < top*vocabAnswerKeep || v < min(top, vocabAdd) || containsInt(s.order, ci) || (next >= 0 && v <= s.cat[next]) {
				continue
			}
			if k := critCategory[ci]; k != critCategory[best] && k != catSecurity && s.subj>>k&1 == 0 {
				continue // another category's runner-up needs that category's subject
			}
			next = ci
		}
		if next < 0 {
			break
		}
		s.order = append(s.order, next)
	}
	crit = make([]string, len(s.order))
	var has [5]bool
	for i, ci := range s.order {
		crit[i] = AllCriteria[ci]
		has[critCategory[ci]] = true
	}
	for _, f := range fired {
		if !f.negated {
			for _, c := range e.rules[f.rule].Categories {
				has[catIndex(c)] = true
			}
		}
	}
	cats = make([]string, 0, 2)
	for i, h := range has {
		if h {
			cats = append(cats, AllCategories[i])
		}
	}
	return crit, cats, top, true
}

// vocabEvidence explains the criteria vocabulary's part: "closest criteria by
// vocabulary: CC7.5 (restore, lessons learned)", for the verdict's criteria it scored.
func (e *Engine) vocabEvidence(s *scratch, qtext string, crit []string) Evidence {
	return criteriaCatalogue.evidence(s, qtext, s.cat, crit)
}

// statement reports whether text is a control written as a statement ("Mechanisms
// exist to…", "Backups are encrypted…"): a sentence of six words or more with no
// question mark that does not open with a question word or a request ("Describe…").
// Control catalogues are written this way, and a statement with a criterion's
// typical words is about that criterion even without its subject term.
func statement(text string) bool {
	if strings.IndexByte(text, '?') >= 0 {
		return false
	}
	words, first := 0, ""
	for rest := text; ; {
		rest = strings.TrimLeft(rest, " \t\r\n")
		if rest == "" {
			break
		}
		end := strings.IndexAny(rest, " \t\r\n")
		if end < 0 {
			end = len(rest)
		}
		if words == 0 {
			first = rest[:end]
		}
		words++
		rest = rest[end:]
	}
	if words < 6 {
		return false
	}
	var lower [16]byte
	n := 0
	for i := 0; i < len(first) && n < len(lower); i++ {
		c := first[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c < 'a' || c > 'z' {
			break
		}
		lower[n] = c
		n++
	}
	return !sentenceOpener[string(lower[:n])]
}

// controlAsked reports whether text asks how the vendor checks, verifies, ensures or
// handles something ("How do you make sure the statements reach only the right
// customer?", "how do you know none of the readings are dropped?"): it asks for a
// control, as a statement of a control states one, and a criterion's typical words
// are enough to answer it. "How" must stand within controlAskReach words before a
// verb of checking (controlVerb); "how many", "how much", "how long" and "how often"
// ask for a figure, and are left to the rules.
func controlAsked(text string) bool {
	var buf [16]byte
	since := -1 // words since the last "how" that may open a control ask; -1 for none
	for rest := text; rest != ""; {
		i := 0
		for i < len(rest) && !asciiLetter(rest[i]) {
			i++
		}
		rest = rest[i:]
		n := 0
		for n < len(rest) && asciiLetter(rest[n]) {
			n++
		}
		if n == 0 {
			break
		}
		w := rest[:n]
		rest = rest[n:]
		if n > len(buf) {
			since = nextSince(since)
			continue
		}
		for j := 0; j < n; j++ {
			c := w[j]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[j] = c
		}
		lw := string(buf[:n]) // the compiler does not allocate for a map key
		switch {
		case lw == "how":
			since = 0
		case since == 0 && howFigure[lw]:
			since = -1
		case since > 0 && controlVerb[lw]:
			return true
		case lw == "what" || lw == "which":
			since = 0
			if controlNounNext(rest) {
				return true
			}
		default:
			since = nextSince(since)
		}
	}
	return false
}

// phraseScored reports whether criterion ci scored a term of more than one written
// word in qtext ("verify the identity", "readings dropped"). A question asking how
// the vendor checks or handles something is answered from a score of 2 only on such
// a phrase: a lone word of weight 2 ("complaints", "collections", "notice") is as
// often a word of the asker's trade as a criterion's, and "how do you handle
// complaints from end users" or "fair treatment of customers in collections" asks
// no privacy control.
func phraseScored(s *scratch, qtext string, ci int) bool {
	for _, h := range s.vhits {
		if h.role == roleCat && int(h.rule) == ci && int(h.to) <= len(qtext) &&
			strings.IndexByte(qtext[h.from:h.to], ' ') >= 0 {
			return true
		}
	}
	return false
}

// controlAskReach is the most words between "how" and its verb of checking: "how do
// you check", "how does your team make sure", "how can the platform guarantee".
const controlAskReach = 5

func nextSince(since int) int {
	if since < 0 || since >= controlAskReach {
		return -1
	}
	return since + 1
}

func asciiLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// controlNounNext reports whether the next word of rest names checks or controls:
// "what checks", "which controls".
func controlNounNext(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	for _, w := range [...]string{"checks ", "controls ", "check ", "control ", "safeguards ", "validation"} {
		if len(rest) >= len(w) && strings.EqualFold(rest[:len(w)], w) {
			return true
		}
	}
	return false
}

// howFigure holds the words after "how" that ask for a figure, not a way of doing.
var howFigure = map[string]bool{"many": true, "much": true, "long": true, "often": true, "soon": true, "quickly": true, "fast": true, "big": true, "old": true}

// controlVerb holds the verbs of checking that make "how … ?" ask for a control,
// each in its base form, third person and participle ("how do you verify", "how is
// it verified"), the weaker verbs of howSoft among them. "Know" ("knows") and
// "control" ("controlled") are not regular and are listed by hand, with "sure"
// ("make sure"). It shares check, verify, validate and reconcile with checkVerbs but
// is a list of its own: it also decides controlAsked for the criteria catalogue, and
// the verbs of approving, reviewing and signing have never been part of it.
var controlVerb = wordSet(verbForms(slices.Concat(howSoftVerbs, []string{"check", "verify", "ensure",
	"assure", "validate", "confirm", "guarantee", "prevent", "detect", "reconcile", "monitor", "protect",
	"enforce"}), formBase, formS, formEd),
	"sure", "know", "knows", "control", "controls", "controlled")

// critSeries numbers each criterion's series (CC1 … P8), index-aligned with AllCriteria.
var critSeries = func() []uint8 {
	out := make([]uint8, len(AllCriteria))
	ids := map[string]uint8{}
	for i, c := range AllCriteria {
		sr := series(c)
		if _, ok := ids[sr]; !ok {
			ids[sr] = uint8(len(ids))
		}
		out[i] = ids[sr]
	}
	return out
}()

// critCategory is each criterion's category index, index-aligned with AllCriteria.
var critCategory = func() []uint8 {
	out := make([]uint8, len(AllCriteria))
	for i, c := range AllCriteria {
		out[i] = uint8(catIndex(CategoryOf(c)))
	}
	return out
}()

func containsInt(list []int, v int) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// addWord adds w to words[first:] unless a listed word already holds it; a longer
// match replaces the shorter ones it holds ("incident response plan" over "incident").
func addWord(words []string, first int, w string) []string {
	for _, x := range words[first:] {
		if strings.Contains(x, w) {
			return words
		}
	}
	out := words[:first]
	for _, x := range words[first:] {
		if !strings.Contains(w, x) {
			out = append(out, x)
		}
	}
	return append(out, w)
}

// catPI and catSecurity are the indexes of their categories in AllCategories.
var (
	catPI       = uint8(catIndex(CatProcessingIntegrity))
	catSecurity = uint8(catIndex(CatSecurity))
)
