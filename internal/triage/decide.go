package triage

// How the fired rules decide a verdict: the report by tier, the type, the ranked
// criteria and categories, the SOC 1 areas, the artifacts and the confidence.

import (
	"cmp"
	"math/bits"
	"slices"
	"strings"
)

// verdict builds the verdict from the fired rules (matched on text, the question or
// the heading and question) and the vocabulary scores of the question's own words.
func (e *Engine) verdict(s *scratch, qtext, text string, fired []firing, discount float64) Verdict {
	if !decides(e, fired) && e.heldTyped(s, text, fired) == ReportNone {
		if qtext == text { // the tokens are the question's own words, not its heading's
			e.reversedHits(s)
		}
		if e.areas {
			if v, ok := e.areaVerdict(s, qtext, text, fired); ok {
				return withAside(s, text, fired, v)
			}
		}
		if e.vocab {
			if v, ok := e.vocabVerdict(s, qtext, text, fired); ok {
				return withAside(s, text, fired, v)
			}
		}
		v := Verdict{Report: ReportNone, Type: TypeNone, Categories: []string{}, Criteria: []string{},
			SOC1Areas: []string{}, Artifacts: []string{}, Unmatched: true}
		v.Evidence = e.evidence(s, text, fired, 0)
		return v
	}
	if e.vocab && qtext == text && e.contextOnly(s, text, fired) {
		// Answered as a question no rule decides, terms in the other order included;
		// if the vocabulary cannot answer, the rules decide on the scores as they were.
		s.catSave = append(s.catSave[:0], s.cat...)
		nv := len(s.vhits)
		e.reversedHits(s)
		if v, ok := e.vocabVerdict(s, qtext, text, fired); ok {
			v.Evidence = append(v.Evidence, contextEvidence)
			return v
		}
		copy(s.cat, s.catSave)
		s.vhits = s.vhits[:nv]
	}
	// Report: named reports win, then the asker's own financial-audit framing, then an
	// unnamed SOC report, then the topics of the controls asked about.
	var byTier [tierName + 1]struct{ soc1, soc2, none, held bool }
	standing := false // a frame rule named only the respondent's own standing
	audit := false    // or its own financial statement audit
	for _, f := range fired {
		if f.negated {
			continue
		}
		r := &e.rules[f.rule]
		if r.tier == tierFrame {
			if only, st, au := e.respondentOnly(s, f); only {
				standing, audit = standing || st, audit || au
				continue
			}
		}
		t := &byTier[r.tier]
		t.held = t.held || (r.Report != ReportNone && !r.Fallback)
		switch r.Report {
		case ReportSOC1:
			t.soc1 = true
		case ReportSOC2:
			t.soc2 = true
		case ReportBoth:
			t.soc1, t.soc2 = true, true
		case ReportNone:
			t.none = true
		}
	}
	report := ReportNone
	unnumbered := false
	integrity := false // a money process's own accuracy, not a SOC 2 subject
	governed := false  // a governance activity whose example is a money item
	sensed := false    // IT control words read in their money sense (money_sense.go)
	for tier := tierName; tier >= tierTopic; tier-- {
		t := byTier[tier]
		if tier == tierFrame && (t.soc1 || t.soc2) {
			report = ReportSOC1
			break
		}
		if tier == tierTopic && t.none && !t.held {
			// A document or a fact of the respondent's own ("the PCI AOC for the
			// card processing service") beside a financial system that is only
			// named: the system says what the document covers, not a control asked.
			break
		}
		if (tier == tierRequest || tier == tierName) && t.none && !t.soc1 && !t.soc2 {
			// A document asked for by itself: no SOC report, whatever its topic. A
			// bridge letter (the name tier's document) is described by what it
			// confirms, the changes to the controls since the period: its words are
			// no control asked; a control asked in a part of its own comes back
			// through the parts of the line (hidesAsk).
			break
		}
		if t.soc1 && t.soc2 {
			report = ReportBoth
			if tier == tierTopic && e.governanceAsked(fired) {
				report, governed = ReportSOC2, true
				break
			}
			if tier == tierTopic {
				if ok, sn := e.moneyIntegrity(s, fired); ok {
					report, integrity, sensed = ReportSOC1, !sn, sn
				}
			}
			break
		}
		if t.soc1 {
			report = ReportSOC1
			break
		}
		if t.soc2 {
			report = ReportSOC2
			governed = tier == tierTopic && e.governanceAsked(fired)
			if tier == tierUnnamed {
				unnumbered = e.unnumberedSOC1(s, fired, byTier[tierTopic].soc1, byTier[tierTopic].soc2)
			}
			if unnumbered {
				report = ReportSOC1
			} else if tier == tierUnnamed && e.unnumberedBoth(s, fired) {
				report = ReportBoth
			}
			break
		}
	}
	if report == ReportNone {
		report = e.heldTyped(s, text, fired)
	}

	// A SOC 2 topic whose words name a financial business process: SOC 1 or both; a
	// security question that only names a financial system in passing: SOC 2.
	areaTop, passing, noAreas := -1, false, false
	itgcArea := -1           // the IT general control area of a control over a money system
	sysFrom, sysTo := -1, -1 // the words of the money system it is asked over (money_system_itgc.go)
	sysCtl := -1             // the IT general control area systemControl reads in a both verdict
	if e.areas && report == ReportBoth {
		sysCtl = e.systemControl(fired)
	}
	switch {
	case !e.areas:
	case governed:
		// A risk assessment, training or vendor oversight asked, a money item its
		// example: SOC 2, no SOC 1 area.
	case unnumbered && e.serviceOnly(fired):
		// The report is asked for over a service named, nothing said of its control:
		// its areas are those the words name as a process, if any.
		if ai, ok := e.topArea(s, false); ok {
			areaTop = ai
		} else {
			noAreas = true
		}
	case report == ReportSOC2 && e.moneyWordsOnly(s, fired) && e.businessTop(s) >= 0:
		// The SOC 2 rules' words are the oversight or the record of the money
		// process the area words name ("royalties recalculated before they are paid:
		// is that an independent review?").
		report, areaTop, sensed = ReportSOC1, e.businessTop(s), true
	case report == ReportSOC2 && e.moneyWordsOnly(s, fired) && e.moneyControlSensed(s, qtext, fired, &areaTop):
		// No area words, but the line asks a control over a money item and the
		// SOC 2 rules' words are its record or oversight ("Is every voided cheque
		// logged?"): the money item names the area.
		report, sensed = ReportSOC1, true
	case (report == ReportSOC2 || report == ReportBoth && sysCtl < 0 &&
		(e.inPassing(s, fired) || e.serviceHalf(fired) && e.areaWordsNameSystem(s, -1))) &&
		e.moneySystemIT(s, fired, &sysFrom, &sysTo, &itgcArea):
		// An IT general control asked over a system named as a money system ("are
		// service accounts on the claims payment server reviewed?"): both, with the
		// area of the control's family, also when the area words the question has
		// all stand in the system's name ("the claims payment application").
		report = ReportBoth
	case report == ReportSOC2 || report == ReportSOC1:
		if r, ai, ok := e.areaReport(s, fired, report); ok {
			report, areaTop = r, ai
		}
	case report == ReportBoth && sysCtl >= 0 && e.serviceHalf(fired):
		// Not in passing: the control is an IT general control and the money system
		// named is what it is exercised over (guide section 8), also when its name
		// holds the words of its process ("new users of the claims payment
		// application approved"): the control's area, not the process's.
		itgcArea = sysCtl
	case report == ReportBoth && e.inPassing(s, fired):
		report, passing = ReportSOC2, true
	}

	v := Verdict{Report: report}
	v.Type = e.pickType(fired, report)
	var vocabUsed, demoted bool
	var named uint8
	if qtext == text && (report == ReportSOC2 || report == ReportBoth) {
		named = s.namedCategories(text)
	}
	// A report asked for by itself: the rules that only name the service it covers
	// give no criteria, and the question no SOC 1 area.
	use, request := fired, false
	var useBuf [16]firing
	if sysFrom >= 0 && itgcArea == areaCustody {
		// A rule that only names the place or wallet holding the money ("printing"
		// of "the cheque printing room") gives no criterion.
		use = e.withoutHolderNames(s, fired, useBuf[:0])
	}
	if report == ReportSOC1 || report == ReportBoth {
		if kept, ok := e.requestOnly(s, fired); ok {
			use, request = kept, true
		}
	}
	v.Criteria, v.Categories, vocabUsed, demoted = e.criteria(s, text, use, report, named)
	var areasUsed bool
	var areaBuf [maxAreas]int8
	var ruleAreas []int8
	var own bool            // the asker frames the question by its own reliance
	var ownBy relianceOwner // and the phrases that say so
	if report == ReportSOC1 || report == ReportBoth {
		own, ownBy = e.ownReliance(s, fired)
		ruleAreas = e.ruleAreas(s, fired, own, sensed, &areaBuf)
	}
	objective := -1 // the area of a control objective a named report is asked to include
	if e.areas && (request || len(ruleAreas) == 0) && (report == ReportSOC1 || report == ReportBoth) {
		if ai, ok := e.objectiveArea(s); ok {
			objective, request = ai, false
		}
	}
	objIT := -1 // the area of a control objective named by an IT general control's words
	if e.areas && objective < 0 && len(ruleAreas) == 0 && report == ReportSOC1 && e.namesSOC1(fired) {
		if objIT = e.namedObjective(s, fired); objIT >= 0 {
			request = false
		}
	}
	switch {
	case objective >= 0:
		v.SOC1Areas, areasUsed = e.vocabAreas(s, objective), true
	case objIT >= 0:
		v.SOC1Areas = []string{AllSOC1Areas[objIT]}
	case request:
		v.SOC1Areas = []string{}
		request = len(ruleAreas) > 0 // the evidence says so when the rules gave areas
	case areaTop == areaInterfaces && report == ReportBoth && e.transmission(fired):
		// The interface whose data is protected in transit; the money words name
		// what it carries.
		v.SOC1Areas, areasUsed = []string{AllSOC1Areas[areaInterfaces]}, true
	case itgcArea >= 0:
		v.SOC1Areas = []string{AllSOC1Areas[itgcArea]}
		if itgcArea == areaChange && s.area[areaSoD] >= areaAdd && e.oneHolder(s) {
			// A change put live by the one who wrote it ("developers promote their
			// own code to production"): the duties split is a facet of the change
			// control, after it.
			v.SOC1Areas = append(v.SOC1Areas, AllSOC1Areas[areaSoD])
		}
	case areaTop >= 0:
		v.SOC1Areas, areasUsed = e.vocabAreas(s, areaTop), true
		if len(v.Criteria) == 0 && report == ReportBoth {
			v.Criteria, v.Categories = e.itgcCriteria(s, qtext, fired, areaTop)
		}
	case noAreas:
		v.SOC1Areas = []string{}
	case e.areas:
		v.SOC1Areas, areasUsed = e.rankAreas(s, qtext, text, fired, ruleAreas)
	default:
		v.SOC1Areas = areaNames(ruleAreas)
	}
	if report == ReportSOC1 && own && !request && objective < 0 && objIT < 0 &&
		(reportingOnly(v.SOC1Areas) || e.areaWordsNameSystem(s, areaReporting) && !slices.ContainsFunc(v.SOC1Areas, itgcAreaName)) {
		// The asker's reliance frames an IT control over a money system that no SOC 1
		// rule reads ("for our SOX testing: is the payroll system patched?"): the
		// control's area beside financial reporting, not the process the system's
		// name holds ("the claims payment application").
		if ai, a, b, ok := e.moneySystemControl(s, fired, true); ok && ai != areaCustody {
			itgcArea, sysFrom, sysTo = ai, a, b
			v.SOC1Areas = []string{AllSOC1Areas[ai], AllSOC1Areas[areaReporting]}
		}
	}
	// financial_reporting beside the areas of the control asked about, for the
	// asker's own reliance: the evidence names the words of the reliance, and only
	// when the reliance alone gave the area (not the statements or reports the
	// question is about).
	beside := own && !request && len(v.SOC1Areas) > 1 && slices.Contains(v.SOC1Areas, AllSOC1Areas[areaReporting]) &&
		!e.reportingBeyondFrame(fired)
	v.Artifacts = e.union(fired, func(r *Rule) []string {
		if r.ArtifactsAlone && report != ReportNone {
			return nil
		}
		return r.Artifacts
	}, true)
	standing = standing && report == ReportNone
	if standing && !slices.Contains(v.Artifacts, "custom_answer") {
		v.Artifacts = append(v.Artifacts, "custom_answer")
	}
	audit = audit && report == ReportNone
	if audit && !slices.Contains(v.Artifacts, "financial_statements") {
		v.Artifacts = append(v.Artifacts, "financial_statements")
	}

	miss := 1.0
	for _, f := range fired {
		if !f.negated {
			miss *= 1 - e.rules[f.rule].Weight
		}
	}
	v.Confidence = round2(min(0.99, (1-miss)*discount))
	if areaTop >= 0 { // the vocabulary changed the report: below the rules' confidence
		v.Confidence = min(v.Confidence, areaConfidence)
	}
	dflt := report != ReportNone && v.Type == Type2 && !e.typeSignalled(fired)
	told := anyTold(fired)
	aside := anyAside(fired)
	extra := b2i(vocabUsed) + b2i(areasUsed) + b2i(demoted) + b2i(named != 0) + b2i(passing) +
		b2i(unnumbered) + b2i(request) + b2i(beside) + b2i(dflt) + b2i(standing) + b2i(audit) +
		b2i(itgcArea >= 0) + b2i(objIT >= 0) + b2i(integrity) + b2i(sensed) + b2i(told) + b2i(aside)
	v.Evidence = withReading(s, text, e.evidence(s, text, fired, extra))
	if vocabUsed {
		v.Evidence = append(v.Evidence, e.vocabEvidence(s, qtext, v.Criteria))
	} else if criteriaCatalogue.readOtherwise(s) {
		v.Evidence = append(v.Evidence, e.vocabEvidence(s, qtext, nil)) // the words read another way alone
	}
	if areasUsed {
		v.Evidence = append(v.Evidence, e.areaEvidence(s, qtext, v.SOC1Areas))
	} else if areasCatalogue.readOtherwise(s) {
		v.Evidence = append(v.Evidence, e.areaEvidence(s, qtext, nil))
	}
	if demoted {
		v.Evidence = append(v.Evidence, e.incidentalEvidence(s, use))
	}
	if named != 0 {
		v.Evidence = append(v.Evidence, s.catRunEvidence(text))
	}
	if passing {
		v.Evidence = append(v.Evidence, inPassingEvidence)
	}
	if unnumbered {
		v.Evidence = append(v.Evidence, unnumberedEvidence)
	}
	if sysFrom >= 0 {
		v.Evidence = append(v.Evidence, moneySystemControlEvidence(s, text, sysFrom, sysTo))
	} else if itgcArea >= 0 {
		v.Evidence = append(v.Evidence, systemControlEvidence)
	}
	if objIT >= 0 {
		v.Evidence = append(v.Evidence, namedObjectiveEvidence)
	}
	if integrity {
		v.Evidence = append(v.Evidence, moneyIntegrityEvidence)
	}
	if sensed {
		v.Evidence = append(v.Evidence, e.moneySenseEvidence(s, text, fired))
	}
	if request {
		v.Evidence = append(v.Evidence, requestEvidence)
	}
	if beside {
		v.Evidence = append(v.Evidence, ownRelianceEvidence(e.relianceWords(s, text, fired, ownBy)))
	}
	if dflt {
		v.Evidence = append(v.Evidence, defaultType)
	}
	if standing {
		v.Evidence = append(v.Evidence, standingEvidence)
	}
	if audit {
		v.Evidence = append(v.Evidence, ownAuditEvidence)
	}
	if told {
		v.Evidence = append(v.Evidence, toldEvidence)
	}
	if aside {
		v.Evidence = append(v.Evidence, asideEvidence(s, text))
	}
	return v
}

// governanceAsked reports whether a governance rule of the topic tier fired, not
// negated, and no other control is asked beside it: every other SOC 2 topic rule
// that fired is governance too or only of people and risk (peopleAndRisk), and none
// of both reports did. An IT general
// control over a money system, or physical access to a cash room, keeps its
// reading.
func (e *Engine) governanceAsked(fired []firing) bool {
	gov := false
	for _, f := range fired {
		if f.negated {
			continue
		}
		r := &e.rules[f.rule]
		switch {
		case r.tier != tierTopic:
		case r.Governance:
			gov = true
		case r.Report == ReportSOC2 && peopleAndRisk(r):
			// The training's or the risk assessment's subject ("invoice fraud
			// scenarios" in awareness training): no other control, so it does not
			// stop the reading; alone it does not make one either (gov stays unset).
		case r.Report == ReportBoth, r.Report == ReportSOC2 && !r.Incidental && !r.Fallback:
			return false
		}
	}
	return gov
}

// peopleAndRisk reports whether every criterion of r is one of the control
// environment (CC1: people, competence), communication (CC2) or risk and fraud risk
// (CC3): beside a governance rule its words are the subject the training, screening
// or risk assessment covers, not a control of its own.
func peopleAndRisk(r *compiled) bool {
	return allCriteria(r, func(c string) bool {
		return strings.HasPrefix(c, "CC1.") || strings.HasPrefix(c, "CC2.") || strings.HasPrefix(c, "CC3.")
	})
}

// b2i counts a condition.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// unnumberedEvidence explains a SOC report named without its number that the
// question's financial process made the SOC 1.
var unnumberedEvidence = Evidence{Rule: "unnumbered_financial", Reason: "The report is named without its number, and everything the question asks about is a financial process: the report that covers it is the SOC 1.", Matched: []string{}}

// unnumberedSOC1 reports whether a SOC report the unnamed tier names without its
// number ("your service auditor's opinion", "a Type 1", "an independent attestation")
// is the SOC 1: the question's topics (topic1, topic2: the topic tier's reports) are
// financial processes only, every unnamed-tier rule that fired is unnumbered (none
// describes the report by a SOC 2 subject), and the line names, refuses or holds no
// SOC 1 (s.lineSOC1: after a refused SOC 1 the report asked for is the SOC 2). Topic
// words that only give the reason a Type 1 will do ("since the treasury tool is
// new": topicsInNewReason) make no SOC 1.
//
// With no topic rule, the areas vocabulary may name the process instead ("an
// independent attestation covering your claims adjudication").
func (e *Engine) unnumberedSOC1(s *scratch, fired []firing, topic1, topic2 bool) bool {
	if topic2 || topic1 && e.topicsInNewReason(s, fired) {
		return false
	}
	if !topic1 {
		if !e.areas {
			return false
		}
		if ai, ok := e.topArea(s, false); !ok || !businessArea[ai] {
			return false
		}
	}
	if s.lineSOC1 {
		return false
	}
	for _, f := range fired {
		if r := &e.rules[f.rule]; r.tier == tierUnnamed && !f.negated && r.Report != "" && !r.Unnumbered {
			return false
		}
	}
	return true
}

// unnumberedBoth reports whether a SOC report the unnamed tier names without its
// number is asked for over an IT general control of a financial system (a topic rule
// of both reports whose area is access to or changes of the payroll or billing
// system), when every unnamed-tier rule that fired is unnumbered and the line names,
// refuses or holds no SOC 1: "an independent report on your access and change controls
// over the tuition billing module, as of one date" is both reports (guide section 8),
// not the SOC 2 alone.
func (e *Engine) unnumberedBoth(s *scratch, fired []firing) bool {
	if s.lineSOC1 {
		return false
	}
	itgc := false
	for _, f := range fired {
		if f.negated {
			continue
		}
		r := &e.rules[f.rule]
		switch {
		case r.tier == tierUnnamed && r.Report != "" && !r.Unnumbered:
			return false
		case r.tier == tierTopic && !r.Fallback && r.Report == ReportBoth:
			for _, ai := range r.areaIdx {
				itgc = itgc || int(ai) == areaAccess || int(ai) == areaChange
			}
		}
	}
	return itgc
}

// serviceOnly reports whether no topic rule but a fallback one says SOC 1 (a financial
// service named, nothing said of its control), or none does.
func (e *Engine) serviceOnly(fired []firing) bool {
	for _, f := range fired {
		if r := &e.rules[f.rule]; !f.negated && r.tier == tierTopic && !r.Fallback && (r.Report == ReportSOC1 || r.Report == ReportBoth) {
			return false
		}
	}
	return true
}

// namesSOC1 reports whether a rule that names a SOC 1 fired, asked for, refused or
// held.
func (e *Engine) namesSOC1(fired []firing) bool {
	for _, f := range fired {
		if r := &e.rules[f.rule]; r.tier == tierName && (r.Report == ReportSOC1 || r.Report == ReportBoth) {
			return true
		}
	}
	return false
}

// heldTyped returns the report the asker says they hold when a type is named apart
// from it and nothing else is asked: "We previously received your SSAE 16 report. For
// the new platform a Type I as of the go-live date is acceptable" asks for a SOC 1 of
// Type 1. It returns ReportNone when no report is held, when the reports held are of
// both kinds, when every type named is held too ("we have your SOC 2 Type 2"), or when
// another rule gives the question a report or a document.
func (e *Engine) heldTyped(s *scratch, text string, fired []firing) string {
	kind := ReportNone
	for _, f := range fired {
		r := &e.rules[f.rule]
		switch {
		case f.held && r.tier == tierName && (r.Report == ReportSOC1 || r.Report == ReportSOC2):
			if kind != ReportNone && kind != r.Report {
				return ReportNone
			}
			kind = r.Report
		case !f.negated && (r.Report != "" || len(r.Artifacts) > 0):
			return ReportNone
		}
	}
	if kind == ReportNone {
		return ReportNone
	}
	for k := 0; k+1 < len(s.toks); k++ {
		if s.toks[k].text == "type" && s.toks[k+1].brk == brkNone && typeNumber(s.toks[k+1].text) &&
			!heldAt(s.toks, text, k, k+1) {
			return kind
		}
	}
	return ReportNone
}

func round2(x float64) float64 { return float64(int(x*100+0.5)) / 100 }

// pickType applies the guide's type precedence: a type the asker accepts now wins,
// a type they reject loses, a named type counts, and Type 2 is the default.
func (e *Engine) pickType(fired []firing, report string) string {
	if report == ReportNone {
		return TypeNone
	}
	var t1, t2, acc1, acc2 bool
	for _, f := range fired {
		r := &e.rules[f.rule]
		if r.Type == "" || f.held {
			continue
		}
		typ := r.Type
		if f.negated { // "a Type 1 will not meet our needs" asks for the other type
			if typ == Type1 {
				typ = Type2
			} else {
				typ = Type1
			}
		}
		switch {
		case r.Accept && !f.negated && typ == Type1:
			acc1 = true
		case r.Accept && !f.negated:
			acc2 = true
		case typ == Type1:
			t1 = true
		default:
			t2 = true
		}
	}
	switch {
	case acc1:
		return Type1
	case acc2, t2:
		return Type2
	case t1:
		return Type1
	}
	return Type2
}

func (e *Engine) typeSignalled(fired []firing) bool {
	for _, f := range fired {
		if e.rules[f.rule].Type != "" {
			return true
		}
	}
	return false
}

// usualShare is the share of its weight a rule of usual criteria (UsualCriteria)
// adds to them: enough to rank them when nothing else names the control's detail,
// less than a rule or the vocabulary that names it.
const usualShare = 0.5

// criteria ranks the criteria of the fired rules, best first: each rule adds its
// weight to its criteria, a little less for each later position in its list, and
// the question's vocabulary adds up to vocabRank more. Criteria of the same series
// as the rules' that the vocabulary supports are added after. vocab reports whether
// the vocabulary changed anything. A criterion only incidental rules gave goes last
// when another rule gave criteria, and is dropped when its category is not otherwise
// in scope; demoted reports whether that happened. A fallback rule ("personal
// data" → P4.1) is demoted the same way unless the question's own words name its
// criterion: patient records behind an MFA prompt are the object of an access
// control, not a privacy question. An incidental rule's criterion keeps its category
// when the question develops the word into a control of its own (vocabDevelop):
// "non-compliance ... tracked through corrective action to closure" beside a
// privacy review.
//
// named holds the categories the question names as the report's scope
// (namedCategories): each is in the verdict.
func (e *Engine) criteria(s *scratch, text string, fired []firing, report string, named uint8) (crit, cats []string, vocab, demoted bool) {
	crit, cats = []string{}, []string{}
	if report != ReportSOC2 && report != ReportBoth {
		return crit, cats, false, false
	}
	if len(s.score) != len(AllCriteria) {
		s.score = make([]float64, len(AllCriteria))
	}
	s.order = s.order[:0]
	var subject, weak uint64  // criteria given by subject rules and by incidental ones
	var fallback, firm uint64 // criteria given by fallback rules and by the others
	var aside uint64          // security criteria a rule of another category cites after its own
	var incidental uint64     // criteria given by incidental rules
	var qualified uint64      // criteria given by qualifier rules that only qualified another control
	var asideOf uint8         // bit k: a rule of category k cited them
	var kept uint64           // the support criteria kept: they rank after the citing rule's own
	security := e.securitySubjectFired(fired)
	other := e.otherSubject(s, fired, security)
	for _, f := range fired {
		if f.negated {
			continue
		}
		r := &e.rules[f.rule]
		qualifier := e.qualifies(s, f.rule, other) || e.modifierOnly(s, f.rule, security) || e.agentOnly(s, f.rule)
		for pos, ci := range r.critIdx {
			if s.score[ci] == 0 {
				s.order = append(s.order, int(ci))
			}
			w := r.Weight
			if r.UsualCriteria {
				w *= usualShare
			}
			s.score[ci] += w * (1 - 0.1*float64(min(pos, 5)))
			switch {
			case (r.Incidental || r.Fallback || qualifier) && !(r.Fallback && s.cat[ci] >= vocabCross):
				weak |= 1 << uint(ci)
				if !r.Fallback {
					incidental |= 1 << uint(ci)
				}
				if qualifier && !r.Incidental {
					qualified |= 1 << uint(ci)
				}
			case pos > 0 && critCategory[ci] == catSecurity && critCategory[r.critIdx[0]] != catSecurity && s.readCategory(critCategory[r.critIdx[0]]):
				aside |= 1 << uint(ci)
				asideOf |= 1 << critCategory[r.critIdx[0]]
			default:
				subject |= 1 << uint(ci)
			}
			if r.Fallback {
				fallback |= 1 << uint(ci)
			} else {
				firm |= 1 << uint(ci)
			}
		}
	}
	// A security criterion that a privacy, availability or confidentiality rule cites
	// in support (CC7.4 beside the breach register's P6.3, CC9.2 beside a
	// subprocessor's privacy commitments, CC9.1 beside a recovery test) stays only
	// when the question's words name it apart from the words the rule's category
	// reads: an incident response plan, a continuity plan, a vendor assessment.
	// Published mappings cite the privacy or availability criterion alone. Only
	// when the question's own words score the rule's category: a fragment read
	// with its heading has no words to weigh.
	for b := aside &^ subject; b != 0; b &= b - 1 {
		ci := bits.TrailingZeros64(b)
		if e.vocab && e.nameOwn(s, ci, asideOf) < vocabCross {
			weak |= 1 << uint(ci)
		} else {
			subject |= 1 << uint(ci)
			kept |= 1 << uint(ci)
		}
	}
	if subject == 0 {
		weak = 0 // nothing else matched: the incidental rules decide
	}
	weak &^= subject
	if e.vocab && len(s.order) > 0 {
		vocab = e.addVocabulary(s, fallback&^firm, weak, report == ReportBoth, security)
	}
	if kept != 0 {
		s.rankAfter(kept, asideOf)
	}
	slices.SortStableFunc(s.order, func(a, b int) int {
		if wa, wb := weak>>uint(a)&1, weak>>uint(b)&1; wa != wb {
			return cmp.Compare(wa, wb)
		}
		return cmp.Compare(s.score[b], s.score[a])
	})
	e.askedOrder(s, text, fired, weak)
	var has [5]bool
	for _, ci := range s.order {
		if weak>>uint(ci)&1 == 0 || (e.vocab && incidental>>uint(ci)&1 != 0 && e.developed(s, ci, qualified)) {
			has[critCategory[ci]] = true
		}
	}
	for _, f := range fired {
		// A qualifier rule that only qualified another control has no categories
		// (see qualifies): only the incidental rules need skipping here.
		if r := &e.rules[f.rule]; f.negated || (weak != 0 && r.Incidental) {
			continue
		}
		for _, c := range e.rules[f.rule].Categories {
			has[catIndex(c)] = true
		}
	}
	for k := range has {
		has[k] = has[k] || named>>k&1 != 0
	}
	nc := 0
	for _, ci := range s.order {
		if weak>>uint(ci)&1 == 0 || has[critCategory[ci]] {
			nc++
		}
	}
	n := 0
	for _, h := range has {
		if h {
			n++
		}
	}
	if n == 0 { // a bare SOC 2 request: Security is always in scope
		has[0], n = true, 1
	}
	// One array holds both lists; each is capped, so that appending to one copies it.
	buf := make([]string, 0, nc+n)
	for _, ci := range s.order {
		if weak>>uint(ci)&1 == 0 || has[critCategory[ci]] {
			buf = append(buf, AllCriteria[ci])
		}
		s.score[ci] = 0
	}
	for i, h := range has {
		if h {
			buf = append(buf, AllCategories[i])
		}
	}
	if nc > 0 {
		crit = buf[:nc:nc]
	}
	return crit, buf[nc:], vocab, weak != 0
}

// otherSubject is the best vocabulary score of the first criterion of a rule of a
// category other than security that decides the question's subject (not an
// incidental or fallback rule): how plainly the question is about availability,
// confidentiality, processing integrity or privacy. A rule whose words only say
// which thing a security control is about (modifierOnly) decides no subject.
func (e *Engine) otherSubject(s *scratch, fired []firing, security bool) float32 {
	if !e.vocab {
		return 0
	}
	var best float32
	for _, f := range fired {
		r := &e.rules[f.rule]
		if f.negated || r.Incidental || r.Fallback || len(r.critIdx) == 0 || e.modifierOnly(s, f.rule, security) {
			continue
		}
		if ci := r.critIdx[0]; critCategory[ci] != catSecurity {
			best = max(best, s.cat[ci])
		}
	}
	return best
}

// qualifies reports whether r, a qualifier rule, only matched words that say how a
// control of another category is carried out or evidenced, and so counts as
// incidental: the question's words name that other control (other, at least
// vocabCross) higher than any of r's criteria, and none of those reaches
// vocabDevelop (disposal of personal data "is logged", NDAs signed "before access
// is granted", capacity "threshold breaches" that trigger scaling). A question
// that develops the security control too ("… and are the archive's access logs
// reviewed for anomalies?") keeps it, and so does a second question of its own
// ("… and is access to them provisioned only after approval?", see ownQuestion).
func (e *Engine) qualifies(s *scratch, ri int32, other float32) bool {
	r := &e.rules[ri]
	if !r.Qualifier || other < vocabCross || len(r.critIdx) == 0 || len(r.Categories) > 0 {
		return false
	}
	for _, ci := range r.critIdx {
		if critCategory[ci] != catSecurity || e.ownWords(s, ci) >= min(other, vocabDevelop) {
			return false
		}
	}
	return !ownQuestion(s, ri)
}

// developed reports whether the question develops the incidental criterion ci into
// a control of its own (vocabDevelop): for a qualifier rule's criterion (bit ci of
// qualified), by its own words (ownWords), as the qualifier test reads them.
func (e *Engine) developed(s *scratch, ci int, qualified uint64) bool {
	if qualified>>uint(ci)&1 != 0 {
		return e.ownWords(s, int8(ci)) >= vocabDevelop
	}
	return s.cat[ci] >= vocabDevelop
}

// ownWords is the vocabulary score of criterion ci counted once per stretch of the
// question's words, and without the words an incidental rule matched: what the
// question says of the qualifier's control apart from how another control reports
// (an alert raised on a failed job) and apart from a term read again inside a longer
// one ("delivery logs are retained" is one mention of logs, not two). Only the
// qualifier test reads it; the ranking keeps the plain score.
func (e *Engine) ownWords(s *scratch, ci int8) float32 {
	var spans [8]struct {
		from, to int32
		w        float32
	}
	n := 0
	for _, h := range s.vhits {
		if h.role != roleCat || h.rule != int32(ci) || e.incidentalWord(s, h.from, h.to) {
			continue
		}
		w := e.pats[h.pat].w
		k := 0
		for k < n && (h.to <= spans[k].from || h.from >= spans[k].to) {
			k++
		}
		switch {
		case k < n:
			spans[k].from, spans[k].to = min(spans[k].from, h.from), max(spans[k].to, h.to)
			spans[k].w = max(spans[k].w, w)
		case n < len(spans):
			spans[n].from, spans[n].to, spans[n].w = h.from, h.to, w
			n++
		default:
			return s.cat[ci] // too many to merge: the plain score
		}
	}
	var sum float32
	for _, sp := range spans[:n] {
		sum += sp.w
	}
	return sum
}

// incidentalWord reports whether the bytes from:to of the question lie within a
// phrase an incidental rule matched.
func (e *Engine) incidentalWord(s *scratch, from, to int32) bool {
	for _, h := range s.hits {
		if !h.phrase() || !e.rules[h.rule].Incidental || int(h.to) >= len(s.toks) {
			continue
		}
		if int(from) >= s.toks[h.from].start && int(to) <= s.toks[h.to].end {
			return true
		}
	}
	return false
}

// questionAux holds the verbs that open a question when they follow "and" or "or":
// "…, and is access to them provisioned only after approval?".
var questionAux = wordSet(auxWords)

// securitySubject holds the nouns that make a question joined by "and is …" a
// security question of its own: access, accounts, rights, credentials, keys, logs.
var securitySubject = map[string]bool{"access": true, "accounts": true, "account": true,
	"permissions": true, "rights": true, "privileges": true, "credentials": true,
	"passwords": true, "keys": true, "logs": true, "users": true, "logins": true}

// ownQuestion reports whether a phrase of rule ri stands in a question of its own,
// joined to the one before it by "and" or "or" and a verb that opens a question,
// with the phrase or a security noun (access, accounts, keys, logs) as its subject:
// "Are backups replicated to another region and is access to them provisioned only
// after approval?" asks about a second control, not how the first is carried out.
// Another subject keeps the phrase a qualifier: "… and are mismatches logged and
// worked to resolution?" says how the mismatches are handled.
func ownQuestion(s *scratch, ri int32) bool {
	for _, h := range s.hits {
		if h.rule != ri || !h.phrase() {
			continue
		}
		subject, words := true, 0
		for k := int(h.from) - 1; k > 0 && s.toks[k+1].brk < brkSentence; k-- {
			t := &s.toks[k]
			if questionAux[t.text] {
				if subject && (s.toks[k-1].text == "and" || s.toks[k-1].text == "or") && t.brk < brkSentence {
					return true
				}
				break
			}
			if t.stop {
				continue
			}
			if words++; words > 3 {
				break
			}
			subject = securitySubject[t.text]
		}
	}
	return false
}

// incidentalEvidence names the incidental rules whose criteria went after those of
// the question's subject, and the security rules that only qualified a control of
// another category.
func (e *Engine) incidentalEvidence(s *scratch, fired []firing) Evidence {
	ev := Evidence{Rule: "incidental_words", Reason: "These rules matched a word that only qualifies the question's subject: their criteria rank after the subject's and add no category.", Matched: []string{}}
	security := e.securitySubjectFired(fired)
	other := e.otherSubject(s, fired, security)
	for _, f := range fired {
		if r := &e.rules[f.rule]; !f.negated && (r.Incidental || e.qualifies(s, f.rule, other) || e.modifierOnly(s, f.rule, security) || e.agentOnly(s, f.rule)) && len(r.critIdx) > 0 {
			ev.Matched = append(ev.Matched, r.ID)
		}
	}
	return ev
}

func catIndex(c string) int {
	for i, x := range AllCategories {
		if x == c {
			return i
		}
	}
	return 0
}

// union collects a list field over the fired rules, in rule order without repeats.
func (e *Engine) union(fired []firing, field func(*Rule) []string, keep bool) []string {
	if !keep {
		return []string{}
	}
	n := 0
	for _, f := range fired {
		if !f.negated {
			n += len(field(&e.rules[f.rule].Rule))
		}
	}
	if n == 0 {
		return []string{}
	}
	out := make([]string, 0, n)
	for _, f := range fired {
		if f.negated {
			continue
		}
		for _, x := range field(&e.rules[f.rule].Rule) {
			if !contains(out, x) {
				out = append(out, x)
			}
		}
	}
	return out
}

// rankAfter lowers the score of each criterion in kept (bit i: criterion i) below the
// best score of the criteria of the categories in cats (bit k: category k): a
// security criterion a privacy or availability rule cites in support, kept because
// the question names it too, still comes after that rule's subject ("sub-processors
// bound to the same privacy terms, and audited" is P6.4, then CC9.2).
func (s *scratch) rankAfter(kept uint64, cats uint8) {
	top := 0.0
	for _, ci := range s.order {
		if cats>>critCategory[ci]&1 != 0 {
			top = max(top, s.score[ci])
		}
	}
	if top == 0 {
		return
	}
	for b := kept; b != 0; b &= b - 1 {
		ci := bits.TrailingZeros64(b)
		if s.score[ci] >= top {
			s.score[ci] = top * 0.99
		}
	}
}

// askedGap is how close two criteria's scores must be for the order of the parts
// of the line that ask them to decide which goes first.
const askedGap = 0.1

// askedOrder puts the criteria whose scores lie within askedGap of each other in the
// order the line asks them, part by part (partBreak): "how often is it backed up,
// where do the copies live, and when was a restore last tested?" is A1.2, then A1.3;
// "Who does the CISO report to, and is the board briefed?" is CC1.3, then CC1.2. A
// criterion is placed by a rule whose first criterion it is, at the part of the
// rule's first words (askedPart) that it does not read another way. Criteria of one
// part keep their order by score, and so do criteria placed in different statements
// (statementOf: a preface before the ask, a note after it) and those only the
// vocabulary or a rule's later criteria give; words in brackets place nothing. Incidental and fallback rules place nothing, nor do rules of
// usual criteria, which name a control without its detail.
func (e *Engine) askedOrder(s *scratch, text string, fired []firing, weak uint64) {
	if len(s.order) < 2 {
		return
	}
	const none = int32(1 << 30)
	var at, sent [critMaskBits]int32 // per criterion: the number and statement of its part
	for i := range at {
		at[i] = none
	}
	placed := false
	var parts []int32 // lineParts, once a rule may place a criterion
	for _, f := range fired {
		r := &e.rules[f.rule]
		if f.negated || r.Incidental || r.Fallback || r.UsualCriteria || len(r.critIdx) == 0 {
			continue
		}
		// The first word the rule places from is the one asked first: the part of a
		// later word never comes before it (askedPart).
		// A phrase that joins the part before a second question to a pronoun
		// standing for it there ("…, and who reviews it", token.back) is asked
		// in that second question.
		k := -1
		for _, h := range s.hits {
			if h.rule != f.rule || h.role != roleAny && h.role < 0 {
				continue
			}
			from := h.from
			if s.toks[h.to].back && !s.toks[h.from].back {
				from = h.to
			}
			if k >= 0 && int(from) >= k {
				continue
			}
			if parts == nil {
				parts = s.lineParts(text)
			}
			if parts[from]&1 == 0 && !withinOther(s, h) {
				k = int(from)
			}
		}
		if ci := r.critIdx[0]; k >= 0 {
			k = askedPart(s.toks, parts, k)
			if p := parts[k] >> 1; p < at[ci] {
				at[ci], sent[ci], placed = p, statementOf(s.toks, text, k), true
			}
		}
	}
	if !placed {
		return
	}
	for i := 0; i < len(s.order); {
		top := s.order[i]
		j := i + 1
		for j < len(s.order) && weak>>uint(s.order[j])&1 == weak>>uint(top)&1 && s.score[top]-s.score[s.order[j]] < askedGap {
			j++
		}
		var slots, crits [8]int
		n, one := 0, true
		for k := i; k < j && n < len(slots); k++ {
			if ci := s.order[k]; at[ci] != none {
				slots[n], crits[n] = k, ci
				one = one && sent[ci] == sent[crits[0]]
				n++
			}
		}
		if n > 1 && one {
			slices.SortStableFunc(crits[:n], func(a, b int) int { return cmp.Compare(at[a], at[b]) })
			for m := range n {
				s.order[slots[m]] = crits[m]
			}
		}
		i = j
	}
}

// askedPart returns a word of the part of the line that asks what toks[k] says:
// toks[k] itself, or the first word of the next part of its sentence when its own
// only sets the scene for it ("Given the volume of card data, how is access to it
// reviewed?"). parts is the line's lineParts.
func askedPart(toks []token, parts []int32, k int) int {
	part := parts[k] >> 1
	start := k
	for start > 0 && parts[start-1]>>1 == part {
		start--
	}
	if sceneSetter[toks[start].text] {
		for j := k + 1; j < len(toks) && toks[j].brk < brkSentence; j++ {
			if parts[j]>>1 != part {
				return j
			}
		}
	}
	return k
}

// lineParts gives, per token of the line, twice the number of its part (the part
// breaks before it, partBreak) plus 1 when it stands inside brackets: a note or an
// example beside the ask, which places nothing ("(e.g. daily)"). One pass over the
// line: whether a sentence asks is read once per sentence, and the brackets open at
// a word are carried from the word before, so a long line of many hits costs no
// more than a short one per word.
func (s *scratch) lineParts(text string) []int32 {
	s.parts = s.parts[:0]
	var n int32
	asks, open, i := false, false, 0
	for k := range s.toks {
		if k == 0 || s.toks[k].brk >= brkSentence {
			asks = askingSentence(s.toks, text, k)
		}
		if k > 0 && partBreak(s.toks, text, k, asks) {
			n++
		}
		for ; i < s.toks[k].start && i < len(text); i++ {
			switch text[i] {
			case '(', '[':
				open = true
			case ')', ']', '.', '?', '!', '\n':
				open = false
			}
		}
		s.parts = append(s.parts, n<<1|int32(b2i(open)))
	}
	return s.parts
}

// partBreak reports whether a new part of the line opens at toks[k]: at a clause or
// sentence break, or at a word that opens an ask ("how", "when", "is", "does") after
// a comma or after "and" or "or", in a sentence that asks (askingSentence): "how
// often is it backed up, where do the copies live, and when was a restore last
// tested?" has three parts. A list ("restricted, documented and monitored") is one,
// and so is a statement ("… triggers a review and, where needed, fresh consent"); but
// outside a sentence that asks, an "and" between two statements, each with its own
// subject and verb, opens a part at the word after it ("Removable media is blocked
// and anti-malware runs on all endpoints": statementsJoined). asks is askingSentence
// of toks[k]'s sentence.
func partBreak(toks []token, text string, k int, asks bool) bool {
	return partBreakBy(toks, text, k, asks, partOpenerShapes)
}

// partBreakBy is partBreak with the shapes that rule words out of partOpener before
// it is read: the tests give shapes that rule out nothing, to check that the
// prefilter changes no answer.
func partBreakBy(toks []token, text string, k int, asks bool, openerShapes *wordShapes) bool {
	if k == 0 || toks[k].brk >= brkClause {
		return true
	}
	if !asks && toks[k-1].text == "and" {
		return statementsJoined(toks, text, k)
	}
	if w := toks[k].text; !asks || !openerShapes.may(w) || !partOpener[w] {
		return false
	}
	if p := toks[k-1].text; p != "and" && p != "or" {
		if a, b := toks[k-1].end, toks[k].start; a >= b || b > len(text) || !strings.ContainsAny(text[a:b], ",;:") {
			return false
		}
	}
	return true
}

// statementsJoined reports whether "and" before toks[k] joins two statements, each with
// its own subject and verb: "Removable media is blocked and anti-malware runs on
// all endpoints" states two controls, while "Access is reviewed and approved" and
// "Backups and restores are tested" state one. The "and" of a list of statements
// ("access is limited, entries are logged and the area is watched") ends the list,
// not a part: the statements before it stay together.
func statementsJoined(toks []token, text string, k int) bool {
	verb := false
	j := k - 2
	for ; j >= 0 && toks[j+1].brk < brkClause; j-- {
		verb = verb || clauseVerb[toks[j].text]
	}
	if !verb || clauseVerb[toks[k].text] || strings.IndexByte(text[toks[j+1].start:toks[k-1].start], ',') >= 0 {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3 && toks[j].brk < brkClause; j++ {
		if clauseVerb[toks[j].text] {
			return true
		}
	}
	return false
}

// clauseVerb holds the verbs a statement of a control is made with ("is blocked",
// "runs on every laptop"): the auxiliaries of auxWords and "run" and "remain".
var clauseVerb = wordSet(auxWords, "runs", "run", "remains", "remain")

// askingSentence reports whether the sentence of toks[k] asks: it ends with a
// question mark or opens with a verb that asks ("Describe the backup schedule and
// when a restore was last tested.").
func askingSentence(toks []token, text string, k int) bool {
	start := k
	for start > 0 && toks[start].brk < brkSentence {
		start--
	}
	return askOpenVerb[toks[start].text] || askedAt(toks, text, k)
}

// askOpenVerb holds the verbs that open a sentence asking for an answer: the answer
// verbs and "tell".
var askOpenVerb = wordSet(answerVerbs, "tell")

// askWord holds the question words that open an ask of their own after "and": the
// question words and "whether".
var askWord = wordSet(whWords, "whether")

// secondAskWord holds the words that, after ", and" or ", or", open a second
// question in the tokenizer (token.asks): the question words, their other forms and
// "whether". Unlike questionWord it keeps "when" (", and when was it last tested").
var secondAskWord = wordSet(whWords, "whom", "whose", "whats", "whether")

// partOpener holds the words that can open a part of a line (partBreak): those of
// questionAux and askWord, in one set so that a word costs one look-up.
var partOpener = wordSet(slices.Concat(auxWords, whWords), "whether")

// partOpenerShapes rules most words out of partOpener before it is read.
var partOpenerShapes = shapesOf(partOpener)

// withinOther reports whether the rule's hit h lies within a hit of its
// except_within phrases: words the rule reads another way place nothing.
func withinOther(s *scratch, h patHit) bool {
	for _, w := range s.hits {
		if w.rule == h.rule && w.role == roleWithin && w.from <= h.from && h.to <= w.to {
			return true
		}
	}
	return false
}

// sceneSetter holds the words that open a part that sets the scene for the one after
// it: "Per your access control policy, how is access requested?", "Depending on
// the requirements, …", "After a ransomware attack, are systems restored from
// backups?".
var sceneSetter = map[string]bool{"depending": true, "given": true, "because": true,
	"since": true, "although": true, "while": true, "whilst": true, "as": true,
	"per": true, "according": true, "regarding": true, "concerning": true, "under": true,
	"in": true, "for": true, "upon": true, "after": true, "following": true, "during": true,
	"if": true, "when": true, "whenever": true, "once": true, "before": true}

// agentOnly reports whether every place rule ri matched names who carries out
// another control, after "by" ("the risk register is reviewed quarterly by the
// security steering committee", "approved by the board of directors"): the
// committee or board is said in passing, and the subject is what it reviews. A
// board by which something is overseen or governed is the oversight asked about.
func (e *Engine) agentOnly(s *scratch, ri int32) bool {
	if id := e.rules[ri].ID; !agentRuleShapes.may(id) || !agentRule[id] {
		return false
	}
	return e.everySubject(s, ri, func(toks []token, from, to int) bool {
		for k := from - 1; k >= 0 && k >= from-4; k-- {
			if toks[k+1].brk >= brkComma {
				return false
			}
			if toks[k].text == "by" {
				return k == 0 || !oversightVerb(toks[k-1].text)
			}
		}
		return false
	})
}

// agentRule holds the rules whose words may name only who carries out another
// control: a board or a committee.
var agentRule = map[string]bool{"board_oversight": true}

// agentRuleShapes rules most rule IDs out of agentRule before it is read.
var agentRuleShapes = shapesOf(agentRule)

// oversightVerb reports whether w says that something is overseen or governed.
func oversightVerb(w string) bool {
	return strings.HasPrefix(w, "overs") || strings.HasPrefix(w, "govern") || strings.HasPrefix(w, "supervis")
}

// statementOf numbers the statement toks[k] stands in: the full stops (and other
// sentence ends but question marks) before it. A line of short questions ("Backups
// of the ledger: stored offsite? encrypted? how long kept?") is one statement of
// several parts; a preface or a note written as a sentence of its own is another.
func statementOf(toks []token, text string, k int) int32 {
	n := int32(0)
	for j := 1; j <= k; j++ {
		if toks[j].brk < brkSentence {
			continue
		}
		if a, b := toks[j-1].end, toks[j].start; a < b && b <= len(text) && strings.TrimSpace(text[a:b]) == "?" {
			continue
		}
		n++
	}
	return n
}
