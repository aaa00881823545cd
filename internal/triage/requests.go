package triage

// A report asked for by itself: the financial service it covers, or the reliance it is
// wanted for, is the report's scope, not a control objective the question asks about.

// scopeNoun holds the nouns after which a financial word names what a report covers:
// "the custody service", "the premium billing and collections cycle", "our new payroll
// processor".
var scopeNoun = map[string]bool{
	"service": true, "services": true, "platform": true, "platforms": true, "system": true,
	"systems": true, "product": true, "products": true, "solution": true, "solutions": true,
	"operations": true, "process": true, "processes": true, "processor": true, "provider": true,
	"cycle": true, "engine": true, "tool": true, "application": true, "offering": true,
	"function": true, "module": true, "business": true, "outsourcing": true,
	// The organisations a report carves out or includes: "the custodian bank", "the
	// payroll tax agent", "the card processor's sponsor bank".
	"bank": true, "banks": true, "custodian": true, "custodians": true, "subcustodian": true,
	"subcustodians": true, "agent": true, "agents": true, "administrator": true,
	"administrators": true, "subservicer": true, "subservicers": true, "firm": true, "firms": true,
}

// scopeLead holds the words before a financial word that make it what a report
// covers: "a SOC 1 covering billing", "controls relevant to our financial statements".
var scopeLead = map[string]bool{
	"covering": true, "covers": true, "cover": true, "covered": true, "relevant": true,
	"supporting": true, "supports": true, "regarding": true,
}

// scopeSkip holds the words passed over on the way back to a scopeLead: possessives
// that are not skipped words ("relevant to our financial statements").
var scopeSkip = map[string]bool{"our": true, "their": true, "my": true, "his": true, "her": true}

// maxScopeGap bounds the words of a compound between a financial word and the scope
// noun it modifies: "the payroll tax filing and deposit process".
const maxScopeGap = 3

// scopeAt reports whether the words from..to name what a report covers: they end in a
// scope noun, or modify one (nouns joined by "and" or "or" between, no preposition:
// "the deposit reconciliation service", not "access controls over the payroll
// application"), or a scopeLead stands before them.
func scopeAt(toks []token, from, to int) bool {
	if scopeNoun[toks[to].text] {
		return true
	}
	gap := 0
	for k := to + 1; k < len(toks) && toks[k].brk == brkNone; k++ {
		w := toks[k].text
		if scopeNoun[w] {
			return true
		}
		if (toks[k].stop && w != "and" && w != "or") || scopePrep[w] {
			break
		}
		if gap++; gap > maxScopeGap {
			break
		}
	}
	for k, lo := from-1, clauseBefore(toks, from, len(toks)); k >= lo; k-- {
		w := toks[k].text
		if toks[k].stop || scopeSkip[w] {
			continue
		}
		return scopeLead[w]
	}
	return false
}

// scopePrep holds the prepositions that are not skipped words: a noun after one is
// not modified by the words before it.
var scopePrep = map[string]bool{"over": true, "across": true, "through": true, "under": true,
	"about": true, "within": true, "without": true, "between": true, "against": true, "around": true}

// reportNoun holds the words that name a report, an attestation or an auditor's
// opinion: beside the asker's reliance framing they ask for the report it relies on.
var reportNoun = map[string]bool{"report": true, "reports": true, "attestation": true,
	"attestations": true, "opinion": true, "examination": true, "soc": true}

// askVerb holds the words that ask how a control works or what it is, not for a
// document: "describe the controls", "how is access restricted", "list the CUECs".
var askVerb = map[string]bool{"how": true, "describe": true, "explain": true, "outline": true,
	"detail": true, "list": true, "walk": true, "demonstrate": true}

// reportRequest reports whether the question asks for a SOC report: a rule that names
// one, or an unnamed SOC report, fired (not negated, not a report already held), or
// the asker's reliance framing fired beside a word that names a report. A question
// that asks how something is done or to describe it asks about a control.
func (e *Engine) reportRequest(s *scratch, fired []firing) bool {
	asked, frame := false, false
	for _, f := range fired {
		r := &e.rules[f.rule]
		if f.negated || f.held || r.Report == "" || r.Report == ReportNone {
			continue
		}
		switch r.tier {
		case tierName, tierUnnamed:
			asked = true
		case tierFrame:
			frame = true
		}
	}
	report := false
	for i := range s.toks {
		c := s.toks[i].cls
		if c&clsAskVerb != 0 && !reportDescribes(s.toks, i) && !askNounAfter(s.toks, i) && !afterRely(s.toks, i) {
			return false
		}
		report = report || c&clsReportNoun != 0 || (assuranceNoun[s.toks[i].text] && assuranceAsked(s.toks, i))
	}
	return asked || (frame && report)
}

// afterRely reports whether the asking word at i opens what a reliance rests on
// rather than a question: "our auditors rely on how you process our claims; is there a
// report they can use?" asks for the report, and "how" names the process relied on.
// A relyWord stands just before it, stopwords aside, with no break between.
func afterRely(toks []token, i int) bool {
	for k := i - 1; k >= 0 && i-k <= 3; k-- {
		if toks[k+1].brk != brkNone {
			return false
		}
		if relyWords[toks[k].text] {
			return true
		}
		if !toks[k].stop {
			return false
		}
	}
	return false
}

// assuranceNoun holds the words for what a report gives its reader: asked for beside
// the asker's reliance, they ask for the report ("our auditors need assurance over
// your payroll processing").
var assuranceNoun = map[string]bool{"assurance": true, "comfort": true}

// assuranceWant holds the verbs with which the asker asks for assurance: "we need
// comfort", "our auditors require assurance", "provide assurance".
var assuranceWant = map[string]bool{"need": true, "needs": true, "require": true,
	"requires": true, "want": true, "wants": true, "seek": true, "seeks": true,
	"seeking": true, "request": true, "requests": true, "provide": true, "give": true,
	"gives": true}

// maxAssuranceGap bounds the words from a verb of assuranceWant to the noun.
const maxAssuranceGap = 3

// assuranceAsked reports whether the assurance noun at i is asked for: a verb of
// assuranceWant stands close before it in its clause. Assurance the respondent
// obtains ("what assurance do you obtain over your subservice organisations?") is a
// control of its own.
func assuranceAsked(toks []token, i int) bool {
	for k, lo := i-1, clauseBefore(toks, i, maxAssuranceGap); k >= lo; k-- {
		if assuranceWant[toks[k].text] {
			return true
		}
	}
	return false
}

// describeWords stand between a report and an asking word when the words after them
// say what the report looks at, not what the question asks: "a SOC 1 that looks at
// how the controls were designed", "the report showing how balances are tested".
var describeWords = map[string]bool{"that": true, "which": true, "showing": true,
	"covering": true, "testing": true, "examining": true, "assessing": true,
	"evaluating": true, "looking": true, "describing": true}

// maxDescribeGap bounds the words from a report's noun to the asking word of the
// clause that describes it.
const maxDescribeGap = 6

// askNounAfter reports whether the asking word at i is a noun after a determiner
// ("with the list of complementary user entity controls", "a detail of the
// carve-outs"): an item sent with the report, not a request to describe a control.
func askNounAfter(toks []token, i int) bool {
	if i == 0 || toks[i].brk >= brkClause {
		return false
	}
	switch toks[i-1].text {
	case "the", "a", "an", "your", "its", "their":
		return toks[i].text == "list" || toks[i].text == "detail"
	}
	return false
}

// reportDescribes reports whether the asking word at i belongs to a clause that says
// what a report looks at: a report noun stands close before it in the same clause,
// with a describeWord between them.
func reportDescribes(toks []token, i int) bool {
	rel := false
	for k, lo := i-1, clauseBefore(toks, i, maxDescribeGap); k >= lo; k-- {
		if toks[k].cls&clsReportNoun != 0 {
			return rel
		}
		rel = rel || describeWords[toks[k].text]
	}
	return false
}

// scoped reports whether a fired rule that gives SOC 1 areas only names what a
// requested report covers: a fallback rule (a financial system named, nothing said of
// its control), a rule of "any" phrases that all stand in scope position ("the custody
// service"), or a rule of "all" groups each of which matched there ("the deposit
// reconciliation service": the reconciliation and its deposits).
func (e *Engine) scoped(s *scratch, f firing, fired []firing) bool {
	r := &e.rules[f.rule]
	if f.negated || r.tier != tierTopic || len(r.areaIdx) == 0 {
		return false
	}
	if r.Fallback {
		return true
	}
	at := func(toks []token, from, to int) bool {
		return scopeAt(toks, from, to) || s.inReason(from) || e.relied(s, fired, from, to) ||
			e.inCoverage(s, fired, from)
	}
	if len(r.any) > 0 {
		return e.everySubject(s, f.rule, at)
	}
	var in uint64 // bit g: group g matched in scope position
	for _, h := range s.hits {
		if h.rule == f.rule && h.role >= 0 && h.role < 64 && at(s.toks, int(h.from), int(h.to)) {
			in |= 1 << uint(h.role)
		}
	}
	return len(r.all) > 0 && len(r.all) < 64 && in == 1<<uint(len(r.all))-1
}

// inCoverage reports whether the word at from stands in the coverage a report is
// asked for, in the sentence of a phrase of a Covers rule that opens before it
// (report_covers_both: "the auditor's reports on both your controls over our payroll
// transactions and your security and availability controls"; "whichever report
// covers the payroll calculations"): the process and the categories named there are
// the report's scope.
func (e *Engine) inCoverage(s *scratch, fired []firing, from int) bool {
	for _, f := range fired {
		if r := &e.rules[f.rule]; f.negated || !r.Covers {
			continue
		}
		for _, h := range s.hits {
			if h.rule != f.rule || !h.phrase() || int(h.from) > from {
				continue
			}
			k := int(h.from) + 1
			for k <= from && s.toks[k].brk < brkSentence {
				k++
			}
			if k > from { // no sentence break between the phrase and the word
				return true
			}
		}
	}
	return false
}

// reasonWords open a clause that says why a report is wanted: "we need the SOC 1
// since we calculate their commissions", "because you run our payroll". "As" counts
// only before its clause's subject ("as you compute our payouts"), not in "such as"
// or "as of"; "given" only as "given that"; "since" not before a time (sinceTime).
var reasonWords = map[string]bool{"because": true, "since": true, "as": true, "given": true}

// reasonSubject holds the words that open the subject of a reason clause after "as".
var reasonSubject = map[string]bool{"we": true, "you": true, "they": true, "our": true,
	"your": true, "their": true, "it": true}

// sinceTime holds the words that, among the first two words after "since" that are
// no stopwords, make it say when: "since the last period", "since you started
// approving", "since 2024", "since then".
var sinceTime = map[string]bool{"last": true, "previous": true, "prior": true,
	"then": true, "ever": true, "start": true, "started": true, "starting": true,
	"began": true, "begun": true, "beginning": true, "inception": true, "joined": true,
	"moved": true, "switched": true, "launched": true, "went": true, "issued": true,
	"signed": true, "onboarded": true, "year": true, "quarter": true, "month": true,
	"period": true, "audit": true, "january": true, "february": true, "march": true,
	"april": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true}

// reasonAt reports whether toks[k] opens a clause that gives a reason.
func reasonAt(toks []token, k int) bool {
	w := toks[k].text
	if !reasonWords[w] || k+1 >= len(toks) || toks[k+1].brk >= brkClause {
		return false
	}
	switch next := toks[k+1].text; w {
	case "as":
		return reasonSubject[next]
	case "given":
		return next == "that"
	case "since":
		n := 0
		for j := k + 1; j < len(toks) && n < 2 && toks[j].brk < brkClause; j++ {
			if toks[j].stop {
				continue
			}
			if n++; sinceTime[toks[j].text] || isDigits(toks[j].text) {
				return false
			}
		}
	}
	return true
}

// inReason reports whether the word at from stands in a clause that gives the reason
// a report, named before it in the same clause, is asked for: "they need the SOC 1
// since we calc their sales commissions". A reason that opens a sentence or a clause
// of its own ("Since you calculate our commissions, are the rates checked?", "Send the
// SOC 1; since you key our rates, who approves them?") qualifies the question after
// it, not a request. The answer for every token is read in one pass per text.
func (s *scratch) inReason(from int) bool {
	if !s.reasonRead {
		s.reasonRead = true
		s.reason = s.reason[:0]
		seen, open := false, false // a report noun, a reason after it, in this clause
		for k := range s.toks {
			if s.toks[k].brk >= brkClause {
				seen, open = false, false
			}
			s.reason = append(s.reason, open)
			seen = seen || s.toks[k].cls&clsReportNoun != 0
			open = open || seen && reasonAt(s.toks, k)
		}
	}
	return from < len(s.reason) && s.reason[from]
}

// relyWords say that someone relies on what follows them: "our auditors rely on your
// controls over settlement", "our SOX testing relies on you for tenant billing".
var relyWords = map[string]bool{"rely": true, "relies": true, "relied": true, "relying": true,
	"reliance": true, "depend": true, "depends": true, "depending": true}

// maxRelyGap bounds the words from a relyWord to the financial words it relies on.
const maxRelyGap = 8

// relied reports whether the words from..to, in a question that asks for a report,
// are what the asker relies on rather than a process asked about: they are themselves
// words of the asker's reliance (a frame phrase owned by the asker or by no one: "where
// the services affect our financial reporting", "for our year-end close"), or they
// follow a relyWord in the same stretch of a clause ("our auditors rely on your
// controls over settlement and fee calculation"). A clause that names a control
// objective ("our auditors rely on the objective over rate changes") asks about it.
func (e *Engine) relied(s *scratch, fired []firing, from, to int) bool {
	toks := s.toks
	lo, hi := clauseSpan(toks, from)
	for k := lo; k < hi; k++ {
		if toks[k].text == "objective" || toks[k].text == "objectives" {
			return false
		}
	}
	for k := from - 1; k >= 0 && from-k <= maxRelyGap && toks[k+1].brk < brkComma; k-- {
		if relyWords[toks[k].text] && !negatedAt(toks, k, from) {
			return true
		}
	}
	for _, f := range fired {
		if f.negated || e.rules[f.rule].tier != tierFrame {
			continue
		}
		for _, h := range s.hits {
			if h.rule != f.rule || !h.phrase() || int(h.to) < from || int(h.from) > to {
				continue
			}
			if o := ownerOf(toks, int(h.from), int(h.to)); o == ownerAsker || o == ownerUnsaid {
				return true
			}
		}
	}
	return false
}

// requestOnly reports, for a verdict that includes SOC 1, whether the question asks
// for a report by itself: a report is asked for and every rule that gives SOC 1 areas
// only names what the report covers. Such a question carries no SOC 1 areas (areas
// are the control objectives a question asks about: guide, section 4), and the
// scoped rules give it no criteria either: when it does, it returns fired less those
// rules, in s's buffer.
func (e *Engine) requestOnly(s *scratch, fired []firing) ([]firing, bool) {
	if !e.reportRequest(s, fired) {
		return nil, false
	}
	s.kept = s.kept[:0]
	for _, f := range fired {
		if e.scoped(s, f, fired) || e.coverageOnly(s, f, fired) {
			continue
		}
		if r := &e.rules[f.rule]; !f.negated && r.tier == tierTopic && len(r.areaIdx) > 0 {
			return nil, false
		}
		s.kept = append(s.kept, f)
	}
	return s.kept, true
}

// coverageOnly reports whether a fired topic rule of no SOC 1 area only reads the
// words of the coverage a report is asked for (inCoverage): "does the SSAE 18
// engagement cover both the financial control objectives and the security criteria?"
// asks for the reports, not how objectives are set or processing is defined.
func (e *Engine) coverageOnly(s *scratch, f firing, fired []firing) bool {
	r := &e.rules[f.rule]
	if f.negated || r.tier != tierTopic || len(r.areaIdx) > 0 {
		return false
	}
	return e.everySubject(s, f.rule, func(_ []token, from, _ int) bool { return e.inCoverage(s, fired, from) })
}

// requestEvidence is the evidence of a report asked for by itself.
var requestEvidence = Evidence{Rule: "report_request", Reason: "The question asks for a report by itself: the service it covers, or the reliance it is wanted for, is its scope, not a control objective asked about, so no SOC 1 area is given.", Matched: []string{}}

// objectiveArea returns the SOC 1 area of a control objective the question names
// after the word "objective" in the same sentence ("Will your SOC 1 include an
// objective that capital calls are processed accurately?"): the area whose
// vocabulary terms there score at least areaAdd (one subject term), best first. A report asked to
// include an objective asks about that process, even when no rule knows its words.
// Terms that name what a report covers ("its objectives for the payroll service") or
// that the question reads another way do not count.
func (e *Engine) objectiveArea(s *scratch) (int, bool) {
	var score [maxAreas]float32
	toks := s.toks
	for k := range toks {
		if !objectiveWords[toks[k].text] {
			continue
		}
		lo, hi := toks[k].end, int(^uint(0)>>1)
		for j := k + 1; j < len(toks); j++ {
			if toks[j].brk >= brkSentence {
				hi = toks[j].start
				break
			}
		}
		for _, h := range s.vhits {
			p := &e.pats[h.pat]
			if p.role != roleArea || int(h.from) < lo || int(h.from) >= hi || s.otherwise&(1<<uint(p.rule)) != 0 {
				continue
			}
			if from, to := tokenSpan(toks, int(h.from), int(h.to)); from < 0 || scopeAt(toks, from, to) {
				continue
			}
			score[p.rule] += p.w
		}
	}
	best := -1
	for ai, v := range score {
		if v >= areaAdd && (best < 0 || v > score[best]) {
			best = ai
		}
	}
	return best, best >= 0
}

// objectiveWords name a control objective, or a deviation or exception a report
// noted in one: the words after them in the sentence name the control's process
// ("a deviation in the control over manual adjustments to client fee invoices").
var objectiveWords = map[string]bool{"objective": true, "objectives": true,
	"deviation": true, "deviations": true, "exception": true, "exceptions": true}

// tokenSpan returns the indexes of the first and last tokens of toks within the
// bytes from..to, or -1 when none begins there.
func tokenSpan(toks []token, from, to int) (int, int) {
	first, last := -1, -1
	for k := range toks {
		if toks[k].start >= from && toks[k].end <= to {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	return first, last
}
