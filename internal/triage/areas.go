package triage

// The SOC 1 areas catalogue's part in a verdict: it ranks and extends the areas the
// rules gave, and decides SOC 1 (or both reports) for questions whose words name a
// financial business process.

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
)

// How the area scores are used, chosen on the tune sets (docs/rules-and-evaluation.md).
const (
	// areaAdd is the least score for an area the rules did not give to be added
	// beside theirs: one subject term.
	areaAdd = 3
	// areaAddShare is the least share of the best score of the rules' areas an added
	// area needs. Transaction processing, which the words of almost every financial
	// question touch, needs the whole of it: the transaction must be the question's
	// subject as much as the rules' area is.
	areaAddShare = 0.6
	// areaMaxAdded bounds the areas the vocabulary adds to the rules' list.
	areaMaxAdded = 2
	// areaRule is the rank of an area a rule gave; the vocabulary adds up to areaRank,
	// half of it at a score of areaSat. An added area passes a rule's area only when
	// the question says nothing of the rule's area and much of the added one.
	areaRule = 0.5
	areaRank = 1
	areaSat  = 4
)

func areaBoost(v float32) float64 { return areaRank * float64(v) / (float64(v) + areaSat) }

// rankAreas orders the SOC 1 areas the rules gave (areas, indexes into AllSOC1Areas,
// reordered in place) by the question's vocabulary and adds up to areaMaxAdded more
// that it supports. Some rule areas are fallbacks the vocabulary may replace: one
// given only by a fallback rule (a financial service named, nothing said of its control)
// goes when another area has more of the question's words, and transaction processing
// (a transaction word and an accuracy word give it) when another has clearly more.
// Beside an IT general control of a financial system (access, change) the financial
// words name the system, not a process, so only another such control or segregation
// of duties is added; and beside any of the three, an area of the process that a rule
// gave only for the system's name is dropped (systemNamed). It returns the verdict's
// areas and whether the vocabulary changed anything.
func (e *Engine) rankAreas(s *scratch, qtext, text string, fired []firing, areas []int8) ([]string, bool) {
	if len(areas) == 0 {
		return []string{}, false
	}
	var score [maxAreas]float64
	var in, ruled [maxAreas]bool
	var hold [maxAreas]float32         // how much more another area must score to replace a rule's area
	var framed, subject [maxAreas]bool // given by the asker's reliance framing, by another rule
	var firm, loose [maxAreas]bool     // given by a rule that says what is asked, by a fallback rule
	for _, f := range fired {
		r := &e.rules[f.rule]
		if f.negated {
			continue
		}
		for _, ai := range r.areaIdx {
			if r.tier == tierFrame {
				framed[ai] = true
			} else {
				subject[ai] = true
			}
			if r.Fallback {
				loose[ai] = true
			} else if r.tier == tierTopic && businessArea[ai] {
				firm[ai] = true
			}
			switch {
			case r.Fallback: // a fallback rule holds none of its areas
			case int(ai) == areaTransactions:
				hold[ai] = max(hold[ai], areaTransactionsHold)
			default:
				hold[ai] = areaKeep
			}
		}
	}
	for _, ai := range areas {
		in[ai], ruled[ai] = true, true
		score[ai] = areaBoost(s.area[ai])
		if hold[ai] == areaKeep {
			score[ai] += areaRule
		}
	}
	var most float32 // the best score among the rules' areas
	for ai, ok := range in {
		if ok {
			most = max(most, s.area[ai])
		}
	}
	n := len(areas)
	act := !in[areaReconcile] || e.processingAct(s, qtext)
	duties := e.dutySentences(s, fired) != 0
	// Beside data protected in transit over a money interface (payment files sent to
	// the bank over SFTP, encrypted) the money words name what the interface carries,
	// as they name the duties beside incompatible duties: no area of the process is
	// added for them.
	secured := in[areaInterfaces] && e.transmission(fired)
	areas = e.addAreas(s, &in, most, areas, duties || secured, act, duties && e.custodyApart(s, fired))
	used := len(areas) > n
	for _, ai := range areas[n:] {
		score[ai] = areaBoost(s.area[ai])
		if int(ai) == areaSoD && (ruled[areaChange] || ruled[areaAccess]) {
			// The duties split over a change or an access control is a facet of that
			// control: it stands after it however many duties words the line has
			// ("developers push their own changes to production").
			score[ai] = min(score[ai], areaRule)
		}
	}
	var sysNamed [maxAreas]bool
	if in[areaAccess] || in[areaChange] || in[areaOperations] {
		sysNamed = e.systemNamed(s, fired, areas[:n])
	}
	if in[areaSoD] && !ruled[areaSoD] && !duties {
		// "What prevents a clerk from adding a new employee and also approving the
		// first payment?": the vocabulary read the duties no rule saw, and the words
		// a rule gave a process area for name one of them.
		for _, ai := range areas[:n] {
			if businessArea[ai] && int(ai) != areaCustody && e.onlyInDutyTerms(s, fired, int(ai)) {
				sysNamed[ai] = true
			}
		}
	}
	if in[areaCustody] && !in[areaReconcile] && len(areas) > 1 && e.custodyBookOnly(s, fired) {
		// "Distributions recorded in the trust ledger", "the trust accounting
		// extract": the custody words name the books the other area's control is
		// kept in, not a holding of the client's money asked about. A trust
		// account's books reconciled are how the money held is proved, and keep
		// custody beside the reconciliation.
		sysNamed[areaCustody] = true
	}
	if in[areaMasterData] && in[areaTransactions] && e.referenceOnly(s, fired) {
		// "Are invoices calculated from the approved rate tables?": the standing data
		// is what the calculation uses, not a change to it asked about.
		sysNamed[areaMasterData] = true
	}
	if in[areaReconcile] && in[areaTransactions] && e.reconciledOnly(s, fired) {
		// "Are claim payments issued each day reconciled to the bank?": the money
		// words name what is reconciled, not a processing asked about.
		sysNamed[areaTransactions] = true
	}
	if in[areaReporting] && in[areaReconcile] && e.reportReconciledOnly(s, fired) {
		// "Are commission statements reconciled to the premium booked?": the
		// statement is the record agreed, not a client output checked before it goes.
		sysNamed[areaReporting] = true
	}
	if in[areaReporting] && in[areaTransactions] && e.reportNamed(s, fired, text) {
		// "How do you validate the deferred revenue reports we pull for our close?":
		// the money words name the report checked, not a processing asked about.
		sysNamed[areaTransactions] = true
	}
	n0 := len(areas)
	kept := areas[:0]
	other := false // a rule said which process of the business is asked about
	for _, ok := range firm {
		other = other || ok
	}
	for _, ai := range areas {
		// A financial service only named (a fallback rule) beside a rule of another
		// process of the business names what that process handles: "the payroll
		// register delivered after each pay run" is the report, not the pay run.
		given := loose[ai] && !firm[ai] && other
		if (ruled[ai] && hold[ai] != areaKeep && (outscored(s, areas, ai, hold[ai]) || given)) || sysNamed[ai] {
			used = true
			continue
		}
		kept = append(kept, ai)
	}
	areas = kept
	if len(areas) < n0 {
		// A fallback area gave way: the areas added beside it are measured against
		// the area that replaced it.
		areas = e.shareOfBest(s, areas, ruled)
	}
	// The area of the asker's own reliance alone (financial reporting from the frame
	// tier) stands after the areas of the control asked about, which it is beside.
	for _, ai := range areas {
		if framed[ai] && !subject[ai] && len(areas) > 1 {
			score[ai] = -1
		}
	}
	slices.SortStableFunc(areas, func(a, b int8) int {
		return cmp.Compare(score[b], score[a])
	})
	for _, ai := range areas {
		if s.area[ai] > 0 {
			used = true
		}
	}
	return areaNames(areas), used
}

// shareOfBest drops from areas those not ruled (added by the vocabulary) that score
// less than areaAddShare of the best of areas, as addAreas measures them (belowShare).
func (e *Engine) shareOfBest(s *scratch, areas []int8, ruled [maxAreas]bool) []int8 {
	var best float32
	for _, ai := range areas {
		best = max(best, s.area[ai])
	}
	kept := areas[:0]
	for _, ai := range areas {
		v := s.area[ai]
		if !ruled[ai] && e.belowShare(s, int(ai), v, best) {
			continue
		}
		kept = append(kept, ai)
	}
	return kept
}

// belowShare reports whether area ai, scoring v, falls short of areaAddShare of most,
// the best score of the areas it joins; segregation of duties, reconciliation that
// names its subject, and financial reporting or custody that names its subject with
// a score of areaDecide, need no share (see addAreas): money held for clients ("the
// account you operate on our behalf") is a control of its own beside the
// reconciliation of the account that holds it.
func (e *Engine) belowShare(s *scratch, ai int, v, most float32) bool {
	return v < most*areaAddShare && ai != areaSoD && !(ai == areaReporting && v >= areaDecide && e.subjectTerm(s, ai)) &&
		!(ai == areaReconcile && e.subjectTerm(s, ai)) && !(ai == areaCustody && v >= areaDecide && e.subjectTerm(s, ai))
}

// areaNames returns the names of areas (indexes into AllSOC1Areas), never nil.
func areaNames(areas []int8) []string {
	out := make([]string, len(areas))
	for i, ai := range areas {
		out[i] = AllSOC1Areas[ai]
	}
	return out
}

// ruleAreas collects the SOC 1 areas of the fired rules into buf, as indexes into
// AllSOC1Areas, in rule order without repeats. The asker's reliance framing (SOX, ICFR,
// "our auditors": the frame tier) gives financial reporting only when the reliance is
// the asker's own (own, see ownReliance); then it stands beside the areas of the
// control or process asked about: "for our SOX audit, how are payroll changes
// approved?" is change_financial and financial_reporting. Reliance of someone else
// ("user auditors relying on it for SOX") gives none.
//
// Beside incompatible duties kept apart (a Duties rule), a rule whose words stand only
// in the sentences of the duties gives no area of the process itself: "can the same
// user add a new employee to payroll and approve the first pay run?" asks about the
// split of the two duties, not about payroll master data. The asker's reliance is no
// area of the process: "ICFR: can the same user …" keeps its financial reporting.
func (e *Engine) ruleAreas(s *scratch, fired []firing, own, sensed bool, buf *[maxAreas]int8) []int8 {
	duties := e.dutySentences(s, fired)
	var in [maxAreas]bool
	out := buf[:0]
	for _, f := range fired {
		r := &e.rules[f.rule]
		if f.negated || (r.tier == tierFrame && !own) {
			continue
		}
		inDuties := duties != 0 && !r.Duties && r.tier != tierFrame && e.onlyIn(s, f.rule, duties)
		// A rule of both reports read in its money sense names no program change: the
		// change is one of standing data (changed wire instructions, enrolment changes).
		dataChange := sensed && r.Report == ReportBoth && e.moneySense(s, f.rule)
		for _, ai := range r.areaIdx {
			if dataChange && int(ai) == areaChange {
				ai = int8(areaMasterData)
			}
			// Safeguarding the assets a duty handles is a control of its own, and so
			// is the master file a duty is named by (masterNamed).
			if inDuties && businessArea[ai] && int(ai) != areaCustody && (int(ai) != areaMasterData || !e.masterNamed(s, f.rule)) {
				continue
			}
			if !in[ai] {
				in[ai] = true
				out = append(out, ai)
			}
		}
	}
	return out
}

// masterWords name a master file or its standing rates and tables, not only a record
// that one duty sets up: "the vendor master", "the customer master file", "the vendor
// file", "pay rates", "the fee table".
var masterWords = map[string]bool{"master": true, "masters": true, "chargemaster": true,
	"chargemasters": true, "rate": true, "rates": true, "table": true, "tables": true,
	"file": true, "files": true}

// masterNamed reports whether a hit of rule ri holds one of masterWords: beside
// incompatible duties, "the clerk who sets up suppliers in the vendor master is kept
// from approving their payments" asks about the master file as well as the split of
// the duties, while "can one person both create a vendor and release a payment run?"
// names the vendor only as a duty.
func (e *Engine) masterNamed(s *scratch, ri int32) bool {
	for _, h := range s.hits {
		if h.rule != ri || !h.phrase() {
			continue
		}
		for k := int(h.from); k <= int(h.to) && k < len(s.toks); k++ {
			if masterWords[s.toks[k].text] {
				return true
			}
		}
	}
	return false
}

// dutySentences returns the sentences (bit k: sentence k mod 64) in which a Duties
// rule that fired found its words, or 0 when none fired.
func (e *Engine) dutySentences(s *scratch, fired []firing) uint64 {
	var out uint64
	for _, f := range fired {
		if f.negated || !e.rules[f.rule].Duties {
			continue
		}
		for _, h := range s.hits {
			if h.rule == f.rule {
				out |= 1 << uint(s.toks[h.from].sent&63)
			}
		}
	}
	return out
}

// custodyApart reports whether a subject term of custody stands apart from the words
// of the incompatible duties the question also asks about: "are offering envelopes
// opened by two people together, and is the poster someone other than the
// depositor?" asks about the receipts held under dual control as well as the split
// of posting and depositing, while "is the person who handles client funds kept from
// posting them?" names the funds only as one of the duties.
func (e *Engine) custodyApart(s *scratch, fired []firing) bool {
	for _, v := range s.vhits {
		if p := &e.pats[v.pat]; p.role != roleArea || int(p.rule) != areaCustody || p.w < areaAdd {
			continue
		}
		if !e.withinDuties(s, fired, v) {
			return true
		}
	}
	return false
}

// withinDuties reports whether the words of v overlap a hit of a Duties rule that
// fired, not negated.
func (e *Engine) withinDuties(s *scratch, fired []firing, v patHit) bool {
	for _, f := range fired {
		if f.negated || !e.rules[f.rule].Duties {
			continue
		}
		for _, h := range s.hits {
			if h.rule == f.rule && s.toks[h.from].start < int(v.to) && int(v.from) < s.toks[h.to].end {
				return true
			}
		}
	}
	return false
}

// onlyIn reports whether every hit of rule ri stands in the sentences of sents.
func (e *Engine) onlyIn(s *scratch, ri int32, sents uint64) bool {
	for _, h := range s.hits {
		if h.rule == ri && sents>>uint(s.toks[h.from].sent&63)&1 == 0 {
			return false
		}
	}
	return true
}

// systemNoun holds the words that name a system after the process it serves: "the
// claims adjudication database", "the trust accounting platform".
var systemNoun = map[string]bool{
	"system": true, "systems": true, "platform": true, "platforms": true, "application": true,
	"applications": true, "app": true, "apps": true, "tool": true, "tools": true, "database": true,
	"databases": true, "engine": true, "engines": true, "module": true, "modules": true,
	"software": true, "solution": true, "solutions": true, "portal": true, "portals": true,
}

// systemNameReach is how many words after a process word a system noun may stand for
// the process word to be part of the system's name ("the general ledger
// reconciliation tool"); the words run on with no stopword or break between them
// ("a change to salary in the payroll system" names the salary, not the system).
const systemNameReach = 2

// namesSystemOnly reports whether rule ri fired only on words that name a system: its
// phrases (or all phrases of one of its groups) matched only within systemNameReach
// words before a system noun, so that without the system's name it would not have
// fired.
func (e *Engine) namesSystemOnly(s *scratch, ri int32) bool {
	return e.namesOnly(s, ri, beforeSystemNoun)
}

// namesOnly reports whether rule ri fired, for its any list or one group of its all
// list, only on hits for which before holds (a noun stands after them).
func (e *Engine) namesOnly(s *scratch, ri int32, before func(*scratch, patHit) bool) bool {
	const groups = 8
	var seen, other [groups]bool // per role (roleAny, then each group of "all")
	for _, h := range s.hits {
		if h.rule != ri {
			continue
		}
		g := int(h.role) + 1
		if g < 0 {
			continue // a phrase of except_within, not the rule's own words
		}
		if g >= groups {
			return false
		}
		seen[g] = true
		if !other[g] && !before(s, h) {
			other[g] = true
		}
	}
	for g := range groups {
		if seen[g] && !other[g] {
			return true
		}
	}
	return false
}

// shownNoun holds the words that name a report or statement after the money it
// shows: "the deferred revenue reports", "settlement statements", "the revenue
// waterfall".
var shownNoun = map[string]bool{
	"report": true, "reports": true, "statement": true, "statements": true,
	"waterfall": true, "waterfalls": true, "figures": true, "summary": true, "summaries": true,
	"bordereau": true, "bordereaux": true, "schedule": true, "schedules": true,
}

// reportNameReach is how many words after a money word a report noun may stand for
// the money word to name the report ("the deferred revenue and revenue waterfall
// reports").
const reportNameReach = 4

// beforeReportNoun reports whether a shownNoun, or a system noun, stands within
// reportNameReach words after hit h in the same clause, "and", "or" and other report
// or money names between: "the revenue waterfall and deferred revenue reports", "the
// billing platform".
func beforeReportNoun(s *scratch, h patHit) bool {
	for k := int(h.to) + 1; k <= int(h.to)+reportNameReach && k < len(s.toks); k++ {
		t := &s.toks[k]
		if t.brk != brkNone {
			return false
		}
		if shownNoun[t.text] || reportNouns[t.text] || systemNoun[t.text] {
			return true
		}
		if t.stop && t.text != "and" && t.text != "or" {
			return false
		}
	}
	return false
}

// reportNamed reports whether transaction processing stands in the verdict only for
// words that name the report checked: a rule gave financial reporting for the
// question's own words (not the asker's reliance alone), and every rule that gave
// transaction processing fired, for one group of its words, only on money words
// right before a report or system noun (beforeReportNoun), on the client's close
// the report serves ("the accrual reports you provide for our month-end close"), or
// in the brackets that list what a report shows (listedInReport: "the settlement
// statements you mail (gross proceeds, deductions, net pay) - are they
// accurate?"). When no such rule
// fired, every transaction term of the area vocabulary must stand so ("owner
// packages (rent roll, aged receivables)").
func (e *Engine) reportNamed(s *scratch, fired []firing, text string) bool {
	var listed [askPartsMax]bool
	listedInReport(s.toks, text, &listed)
	inReport := func(s *scratch, h patHit) bool {
		if t := s.toks[h.to].text; shownNoun[t] || reportNouns[t] {
			return true // the hit ends on the report's noun: "commission statements"
		}
		if t := s.toks[h.to].text; t == "close" || t == "closing" {
			return true // the close the report serves: "for our month-end close"
		}
		return beforeReportNoun(s, h) || int(h.to) < askPartsMax && (listed[h.from] || listed[h.to])
	}
	reporting, named := false, false
	for _, f := range fired {
		r := &e.rules[f.rule]
		if f.negated {
			continue
		}
		for _, ai := range r.areaIdx {
			switch int(ai) {
			case areaReporting:
				reporting = reporting || r.tier != tierFrame
			case areaTransactions:
				if r.tier != tierTopic || !e.namesOnly(s, f.rule, inReport) {
					return false
				}
				named = true
			}
		}
	}
	if !reporting || named {
		return reporting && named
	}
	seen := false
	for _, v := range s.vhits {
		if p := &e.pats[v.pat]; p.role != roleArea || int(p.rule) != areaTransactions {
			continue
		}
		k := tokenAt(s.toks, int(v.from))
		if k < 0 || !inReport(s, patHit{from: int32(k), to: int32(k)}) {
			return false
		}
		seen = true
	}
	return seen
}

// bracketLabel reports whether the bracket before toks[k] holds only a part's label: one
// word of at most two letters or digits, closed right after it ("(b)", "(ii)").
func bracketLabel(toks []token, text string, k int) bool {
	if len(toks[k].text) > 2 {
		return false
	}
	end := len(text)
	if k+1 < len(toks) {
		end = min(toks[k+1].start, end)
	}
	return toks[k].end <= end && strings.Contains(text[toks[k].end:end], ")")
}

// listedReach is how many words before an opening bracket a report noun may stand for
// the bracket to list what the report shows ("the month-end packs you deliver to us
// (…)").
const listedReach = 6

// listedInReport marks in listed the tokens of toks that stand inside brackets opened
// within listedReach words after a report noun (shownNoun, reportNouns), in the same
// clause, as text writes them: the money words there list what the report shows.
// A bracket that holds a part's label ("(b) how the statements are checked") lists
// nothing (bracketLabel).
func listedInReport(toks []token, text string, listed *[askPartsMax]bool) {
	depth, on, lastNoun := 0, false, -listedReach-1
	for k := range toks {
		if k >= askPartsMax {
			return
		}
		if k > 0 && toks[k-1].end <= toks[k].start && toks[k].start <= len(text) {
			gap := text[toks[k-1].end:toks[k].start]
			opens, closes := strings.Count(gap, "("), strings.Count(gap, ")")
			if closes > 0 {
				depth, on = max(depth-closes, 0), on && depth-closes > 0
			}
			if opens > 0 {
				if depth == 0 {
					on = k-1-lastNoun <= listedReach && toks[lastNoun].cl == toks[k-1].cl && !bracketLabel(toks, text, k)
				}
				depth += opens
			}
		}
		if depth > 0 && on {
			listed[k] = true
		}
		if depth == 0 && (shownNoun[toks[k].text] || reportNouns[toks[k].text]) {
			lastNoun = k
		}
	}
}

// reportNouns are the nouns of a client output beside shownNoun: the package, pack,
// listing, advice or notice the service sends.
var reportNouns = map[string]bool{"package": true, "packages": true, "pack": true,
	"packs": true, "listing": true, "listings": true, "advice": true, "advices": true,
	"notice": true, "notices": true}

// reconciledOnly reports whether transaction processing stands beside a
// reconciliation a rule gave only for the money reconciled: every transaction
// processing term of the area vocabulary, and every word of each rule that gave the
// area (its own words, not those it reads another way), stands in an ask (askParts)
// that also holds a subject term of reconciliation, and none of those asks says how
// the processing itself goes. "Are claim cheques issued each day reconciled to the
// bank?" and "Is the tax withheld from pay reconciled to what was remitted?" name the
// money by what was done to it, as the thing agreed. Processing stays asked in an ask
// of its own ("How are dues posted to member accounts, and is the subledger
// reconciled?"), as an act joined to the reconciliation ("matched and posted to the
// ledger", "Will you process payments or reconcile …"), when the ask says how it is
// done (processingManner: "processed completely and before the cut-off", "so that
// every event ends up on one invoice") and when the output is agreed to the usage
// that drives it (meterWords: "charges reconciled to metered usage").
func (e *Engine) reconciledOnly(s *scratch, fired []firing) bool {
	ruled := false
	for _, f := range fired {
		r := &e.rules[f.rule]
		ruled = ruled || !f.negated && !r.Fallback && slices.Contains(r.areaIdx, int8(areaReconcile))
	}
	if !ruled {
		return false
	}
	var part [askPartsMax]uint8
	recon := e.reconAsks(s, &part)
	partOf := func(k int) uint { return askOf(&part, k) }
	for k := range s.toks {
		t := &s.toks[k]
		if recon>>partOf(k)&1 == 0 {
			continue
		}
		next := ""
		if k+1 < len(s.toks) {
			next = s.toks[k+1].text
		}
		if processingManner[t.text] || meterWords[t.text] || t.text == "so" && next == "that" || t.text == "on" && next == "time" ||
			(t.text == "and" || t.text == "or") && slices.Contains(processingActs, next) ||
			t.text == "before" && actBefore(s.toks, k, paidActs) {
			return false
		}
	}
	inRecon := func(k int) bool { return k >= 0 && k < len(s.toks) && recon>>partOf(k)&1 != 0 }
	for _, v := range s.vhits {
		p := &e.pats[v.pat]
		if p.role != roleArea || int(p.rule) != areaTransactions {
			continue
		}
		k := tokenAt(s.toks, int(v.from))
		if !inRecon(k) || k > 0 && (s.toks[k-1].text == "and" || s.toks[k-1].text == "or") {
			return false
		}
		for j := k; j < len(s.toks) && s.toks[j].start < int(v.to); j++ {
			if processingVerbs[s.toks[j].text] {
				return false
			}
		}
	}
	for _, f := range fired {
		r := &e.rules[f.rule]
		if f.negated || !slices.Contains(r.areaIdx, int8(areaTransactions)) {
			continue
		}
		for _, h := range s.hits {
			if h.rule == f.rule && h.role+1 >= 0 && !inRecon(int(h.from)) {
				return false
			}
		}
	}
	return recon != 0
}

// reconAsks numbers the asks of the line into part (askParts) and returns the asks
// that hold a subject term of reconciliation, one bit each (askOf), as
// reconciledOnly and reportReconciledOnly read them.
func (e *Engine) reconAsks(s *scratch, part *[askPartsMax]uint8) uint64 {
	askParts(s.toks, part)
	var recon uint64
	for _, v := range s.vhits {
		if p := &e.pats[v.pat]; p.role == roleArea && int(p.rule) == areaReconcile && p.w >= areaAdd {
			if k := tokenAt(s.toks, int(v.from)); k >= 0 {
				recon |= 1 << askOf(part, k)
			}
		}
	}
	return recon
}

// askOf returns the ask of toks[k] in part (askParts), folded to 64 asks so that a
// set of asks fits a uint64.
func askOf(part *[askPartsMax]uint8, k int) uint { return uint(part[min(k, askPartsMax-1)] & 63) }

// releaseWords are the acts by which a client output leaves the service: a check
// made before them is the output's review ("checked before release", "before they
// go out").
var releaseWords = map[string]bool{"release": true, "released": true, "releasing": true,
	"sent": true, "send": true, "sending": true, "issue": true, "issued": true, "issuing": true,
	"mail": true, "mailed": true, "mailing": true, "go": true, "goes": true, "distributed": true,
	"distribution": true, "submission": true, "submitted": true, "delivery": true, "delivered": true,
	"published": true, "publication": true, "provided": true, "provide": true, "filed": true,
	"filing": true}

// reportReconciledOnly reports whether financial reporting stands in the verdict only
// for the statement, bordereau or advice a reconciliation agrees: no rule of the
// asker's reliance gave it, every word of each rule that gave it and every term of
// the area vocabulary stands in an ask (askParts) that holds a subject term of
// reconciliation, no check is made before the output is released, sent, provided
// or filed ("checked against the ledger before release" reviews the output), and
// the output does not serve the client's close.
func (e *Engine) reportReconciledOnly(s *scratch, fired []firing) bool {
	var part [askPartsMax]uint8
	recon := e.reconAsks(s, &part)
	partOf := func(k int) uint { return askOf(&part, k) }
	inRecon := func(k int) bool { return k >= 0 && k < len(s.toks) && recon>>partOf(k)&1 != 0 }
	for k := range s.toks {
		if t := s.toks[k].text; t == "close" || t == "closing" {
			return false // the output serves the client's close: "the roll-forward we use in our close"
		}
		if s.toks[k].text == "before" && actBefore(s.toks, k, releaseWords) {
			return false
		}
	}
	seen := false
	for _, v := range s.vhits {
		if p := &e.pats[v.pat]; p.role != roleArea || int(p.rule) != areaReporting {
			continue
		}
		if !inRecon(tokenAt(s.toks, int(v.from))) {
			return false
		}
		seen = true
	}
	for _, f := range fired {
		r := &e.rules[f.rule]
		if f.negated || !slices.Contains(r.areaIdx, int8(areaReporting)) {
			continue
		}
		if r.tier == tierFrame {
			return false
		}
		for _, h := range s.hits {
			if h.rule == f.rule && h.phrase() && !inRecon(int(h.from)) {
				return false
			}
		}
		seen = true
	}
	return seen && recon != 0
}

// paidActs are the acts a check made "before" them guards: the settlement paid, the
// invoices issued.
var paidActs = map[string]bool{"paid": true, "issued": true, "posted": true, "settled": true,
	"invoiced": true, "billed": true, "disbursed": true}

// actBefore reports whether one of acts follows "before" at toks[k] in its clause.
// With paidActs: matching done before the money is paid or invoiced checks that
// processing ("matched to the rates before the settlement is paid"), while "before
// each pay run" only says when. With releaseWords: a check made before an output
// goes out is its review.
func actBefore(toks []token, k int, acts map[string]bool) bool {
	for j := k + 1; j < len(toks) && toks[j].cl == toks[k].cl; j++ {
		if acts[toks[j].text] {
			return true
		}
	}
	return false
}

// processingManner holds words that say how processing is done (complete, accurate,
// on time, once, within a cut-off), so an ask that holds them asks about the
// processing beside its reconciliation.
var processingManner = map[string]bool{"completely": true, "accurately": true, "timely": true,
	"exactly": true, "once": true, "twice": true, "cutoff": true, "cut": true, "during": true}

// meterWords name the usage an output is calculated from: an invoice agreed back to
// metered usage checks the billing's completeness, not a balance.
var meterWords = map[string]bool{"usage": true, "metered": true, "metering": true, "meter": true}

// processingVerbs are the base and -ing forms of processing acts: a transaction term
// that holds one asks for the act ("process payments", "billing runs"), where a
// participle names the money reconciled ("payments issued").
var processingVerbs = map[string]bool{"process": true, "processing": true, "post": true,
	"posting": true, "apply": true, "applying": true, "paying": true, "calculate": true,
	"calculating": true, "billing": true, "invoicing": true}

// askPartsMax bounds the tokens askParts numbers; later tokens share the last number.
const askPartsMax = 256

// askOpens holds the words that open an ask of their own after "and" or "or": a
// question word (whWords, "whether") or an auxiliary (auxWords, and "did", "could",
// "would"): "…, and how is unapplied cash cleared?", "… and is the subledger
// reconciled?". Built from the word lists partBreak reads too.
var askOpens = wordSet(slices.Concat(whWords, auxWords), "whether", "did", "could", "would")

// askParts numbers the asks of toks into part: a new ask opens at a clause or
// sentence break, and at a question word, an auxiliary or "also" right after "and" or
// "or" ("Do you pay our claims and also reconcile the bank account?").
func askParts(toks []token, part *[askPartsMax]uint8) {
	var n uint8
	for k := range toks {
		if k >= askPartsMax {
			return
		}
		if k > 0 && (toks[k].brk >= brkClause || (askOpens[toks[k].text] || toks[k].text == "also") && (toks[k-1].text == "and" || toks[k-1].text == "or")) && n < 255 {
			n++
		}
		part[k] = n
	}
}

// tokenAt returns the index of the token of toks that starts at or covers byte
// offset off, or -1. Tokens stand in text order.
func tokenAt(toks []token, off int) int {
	k, _ := slices.BinarySearchFunc(toks, off, func(t token, off int) int { return cmp.Compare(t.end, off+1) })
	if k < len(toks) && toks[k].start <= off {
		return k
	}
	return -1
}

// beforeSystemNoun reports whether a system noun stands within systemNameReach
// words after hit h: "the claims adjudication database", "the trust accounting
// system".
func beforeSystemNoun(s *scratch, h patHit) bool {
	for k := int(h.to) + 1; k <= int(h.to)+systemNameReach && k < len(s.toks); k++ {
		t := &s.toks[k]
		if t.stop || t.brk != brkNone {
			return false
		}
		if systemNoun[t.text] {
			return true
		}
	}
	return false
}

// systemNamed marks the business areas the rules gave (areas) that only name the
// financial system: every rule that gave the area fired on a system's name alone
// (namesSystemOnly). Beside an IT general control those words say which system the
// control applies to ("admin accounts on the trust accounting system", "access to
// the ledger reconciliation tool", "batch jobs of the loan servicing platform").
func (e *Engine) systemNamed(s *scratch, fired []firing, areas []int8) (out [maxAreas]bool) {
	for _, ai := range areas {
		out[ai] = businessArea[ai]
	}
	for _, f := range fired {
		r := &e.rules[f.rule]
		if f.negated || len(r.areaIdx) == 0 {
			continue
		}
		sys := r.tier == tierTopic && e.namesSystemOnly(s, f.rule)
		for _, ai := range r.areaIdx {
			out[ai] = out[ai] && sys
		}
	}
	return out
}

// areaTransactionsHold is how much more another area must score to replace
// transaction processing a rule that is not a fallback gave: more than a subject
// term's weight.
const areaTransactionsHold = areaAdd + 1

// areaKeep marks a rule's area the vocabulary never replaces.
const areaKeep = 1e9

// addable reports whether area ai may be added beside the areas in the list. Beside
// access to or changes of a financial system the financial words name the system, not
// a process: only another IT general control or segregation of duties is added, and
// beside a change an interface (a change to the interface that feeds a ledger). A
// batch run posts transactions, so beside operations transaction processing may be
// added too, unless the operations are backups and recovery, or the words name no
// processing (avail): a restore of the claims adjudication database adjudicates
// nothing, and a failed job of the claims payment run is the run's operation ("what
// stops transactions being posted twice" names the processing).
func addable(ai int, in [maxAreas]bool, avail bool) bool {
	if in[areaAccess] {
		return isITGCArea[ai] || ai == areaSoD
	}
	if in[areaChange] {
		return isITGCArea[ai] || ai == areaSoD || ai == areaInterfaces
	}
	if in[areaOperations] {
		return isITGCArea[ai] || ai == areaSoD || (ai == areaTransactions && !avail)
	}
	return true
}

// outscored reports whether another area of the list scores more than margin above
// area ai.
func outscored(s *scratch, areas []int8, ai int8, margin float32) bool {
	for _, aj := range areas {
		if aj != ai && s.area[aj] > s.area[ai]+margin {
			return true
		}
	}
	return false
}

// maxAreas bounds AllSOC1Areas, so that per-question area scores live on the stack.
const maxAreas = 16

// Indexes of the areas the adding rules name.
var (
	areaTransactions = mustArea("transaction_processing")
	areaSoD          = mustArea("segregation_of_duties")
	areaAccess       = mustArea("access_financial")
	areaChange       = mustArea("change_financial")
	areaOperations   = mustArea("operations_financial")
	areaInterfaces   = mustArea("interfaces")
	areaReporting    = mustArea("financial_reporting")
	areaCustody      = mustArea("custody")
	areaReconcile    = mustArea("reconciliation")
	areaMasterData   = mustArea("master_data")
)

// subjectTerm reports whether one of area ai's terms that the question has names the
// area's subject (a weight of areaAdd or more).
func (e *Engine) subjectTerm(s *scratch, ai int) bool {
	for _, h := range s.vhits {
		if p := &e.pats[h.pat]; p.role == roleArea && int(p.rule) == ai && p.w >= areaAdd {
			return true
		}
	}
	return false
}

// mustArea returns the index of the SOC 1 area name in AllSOC1Areas. The code names
// areas only in package variables, so an unknown name stops the program (and every
// test) as it starts rather than meaning the first area.
func mustArea(name string) int {
	i := slices.Index(AllSOC1Areas, name)
	if i < 0 {
		panic("triage: unknown SOC 1 area " + strconv.Quote(name))
	}
	return i
}

// isITGCArea marks the areas of IT general controls over financial systems, by index:
// access, change and operations. Segregation of duties is not one of them.
var isITGCArea = func() [maxAreas]bool {
	var out [maxAreas]bool
	out[areaAccess], out[areaChange], out[areaOperations] = true, true, true
	return out
}()

// areaEvidence explains the area vocabulary's part: "closest SOC 1 areas by
// vocabulary: reconciliation (suspense, reconciled)", for the verdict's areas it scored.
func (e *Engine) areaEvidence(s *scratch, qtext string, areas []string) Evidence {
	return areasCatalogue.evidence(s, qtext, s.area, areas)
}

// areaConfidence bounds the confidence of a report the area vocabulary decided.
const areaConfidence = 0.6

// areaDecide is the least area score that lets the vocabulary answer SOC 1 for a
// question no rule decides; the area must also have one subject term (weight 3) or
// two typical ones (weight 2).
const areaDecide = 4

// topArea returns the area (of IT general controls only, if itgcOnly) the question's
// words point to most, leaving out an area whose rule read its words another way here
// (s.otherwise: "the customer master services agreement" is no master data), when its score
// reaches areaDecide and one of its terms names the area's subject or, for an area
// of the business process itself, two are typical of it.
func (e *Engine) topArea(s *scratch, itgcOnly bool) (int, bool) {
	best := -1
	for ai, v := range s.area {
		if s.otherwise&(1<<uint(ai)) != 0 {
			continue // the words of the area's rule are read another way here
		}
		if (best < 0 || v > s.area[best]) && (!itgcOnly || isITGCArea[ai]) {
			best = ai
		}
	}
	if best < 0 || s.area[best] < areaDecide {
		return 0, false
	}
	if best == areaSoD && !financialContext(s, best) {
		return 0, false // dual control of firewall changes is not a financial duty
	}
	typical := 0
	for _, h := range s.vhits {
		p := &e.pats[h.pat]
		if p.role != roleArea || p.rule != int32(best) {
			continue
		}
		if p.w >= areaAdd {
			return best, true
		}
		if p.w >= 2 {
			typical++
		}
	}
	return best, typical >= 2 && businessArea[best]
}

// businessArea marks the areas of a financial process itself, whose typical terms are
// financial nouns (bonuses, rebates, write-offs); the others' typical terms (files,
// jobs, a second person) are as common outside finance, so only a subject term
// lets them decide.
var businessArea = func() [maxAreas]bool {
	var out [maxAreas]bool
	for _, a := range []string{"transaction_processing", "financial_reporting", "master_data", "reconciliation", "custody"} {
		out[mustArea(a)] = true
	}
	return out
}()

// areaVerdict answers a question no rule decides whose words name a financial
// business process: SOC 1 with its closest areas, or both reports for an IT general
// control of a financial system (guide section 8), at a confidence below the rules'.
// A batch run of the process, its failures and reruns, is the process itself (SOC 1);
// its backups and recovery are also the system's availability (both).
func (e *Engine) areaVerdict(s *scratch, qtext, text string, fired []firing) (Verdict, bool) {
	ai, ok := e.topArea(s, false)
	money, process := "", false
	if !ok {
		if ai, money, ok = e.moneyControlArea(s, qtext); !ok {
			if ai, money, ok = moneyProcessArea(s, qtext); !ok {
				return Verdict{}, false
			}
			process = true
		}
	}
	top := s.area[ai]
	v := Verdict{Report: ReportSOC1, Criteria: []string{}, Categories: []string{}}
	if isITGCArea[ai] && (ai != areaOperations || e.availabilityWords(s)) {
		v.Report = ReportBoth
		v.Criteria, v.Categories = e.itgcCriteria(s, qtext, fired, ai)
	}
	v.SOC1Areas = e.vocabAreas(s, ai)
	v.Type = e.pickType(fired, v.Report)
	v.Artifacts = e.union(fired, func(r *Rule) []string { return r.Artifacts }, true)
	v.Confidence = round2(min(areaConfidence, 0.3+0.05*float64(top)))
	dflt := v.Type == Type2 && !e.typeSignalled(fired)
	v.Evidence = withReading(s, text, e.evidence(s, text, fired, 1+b2i(dflt)))
	v.Evidence = append(v.Evidence, e.areaEvidence(s, qtext, v.SOC1Areas))
	switch {
	case process:
		v.Evidence = append(v.Evidence, Evidence{Rule: "money_process_asked", Reason: moneyProcessReason, Matched: []string{money}})
	case money != "":
		v.Evidence = append(v.Evidence, Evidence{Rule: "money_control_asked", Reason: moneyControlReason, Matched: []string{money}})
	}
	if dflt {
		v.Evidence = append(v.Evidence, defaultType)
	}
	return v, true
}

// itgcCriterion is the criterion of an IT general control area when the criteria
// vocabulary names none, as the rules for those controls cite it.
var itgcCriterion = map[string]string{
	"access_financial":     "CC6.1",
	"change_financial":     "CC8.1",
	"operations_financial": "CC7.2",
}

// vocabAreas lists the areas of a SOC 1 answer the vocabulary made: the best area ai,
// and up to areaMaxAdded runners-up that rankAreas would add beside it.
func (e *Engine) vocabAreas(s *scratch, ai int) []string {
	var in [maxAreas]bool
	in[ai] = true
	var buf [1 + areaMaxAdded]int8
	return areaNames(e.addAreas(s, &in, s.area[ai], append(buf[:0], int8(ai)), false, true, false))
}

// namesProcessing reports whether one of area ai's terms that the question has names
// the area outright (a weight of areaDecide: "claims adjudicated", "net pay
// calculated", "trades settled"), not only its subject.
func (e *Engine) namesProcessing(s *scratch, ai int) bool {
	for _, h := range s.vhits {
		if p := &e.pats[h.pat]; p.role == roleArea && int(p.rule) == ai && p.w >= areaDecide {
			return true
		}
	}
	return false
}

// oneHolderWords are the words by which a duties term speaks of one person holding
// two duties ("their own change", "the same person", "both", "also", "self-approval",
// "incompatible", duties segregated or separated), not of the second person who
// approves.
var oneHolderWords = map[string]bool{
	"own": true, "same": true, "both": true, "also": true, "single": true, "self": true,
	"incompatible": true, "sod": true, "maker": true,
	// A duties term that names the developer speaks of the one who writes the change
	// holding the production side too ("developers with write access to production").
	"developer": true, "developers": true, "programmer": true, "programmers": true,
}

// oneHolder reports whether a segregation of duties term the question has speaks of
// one person holding incompatible duties (see oneHolderWords), or of a second person
// who moves the change to production (movesToProduction). Beside a change to a
// financial system, a change requested and approved, or approved by someone other
// than its author before release, is the change's approval: the terms of a second
// person approving add no segregation of duties there.
func (e *Engine) oneHolder(s *scratch) bool {
	for _, h := range s.vhits {
		if p := &e.pats[h.pat]; p.role != roleArea || int(p.rule) != areaSoD {
			continue
		}
		for k := range s.toks {
			t := &s.toks[k]
			if t.start < int(h.from) || t.end > int(h.to) {
				continue
			}
			if oneHolderWords[t.text] || strings.HasPrefix(t.text, "segregat") || strings.HasPrefix(t.text, "separat") {
				return true
			}
		}
		if e.movesToProduction(s, int(h.from)) {
			return true
		}
	}
	return false
}

// movesToProduction reports whether the sentence of the word at byte offset from
// moves code into production (moved, promoted, deployed, migrated, pushed): the
// person who writes a change and the one who puts it live are two duties ("moved to
// production by someone other than the developer"), while approving it is its
// approval.
func (e *Engine) movesToProduction(s *scratch, from int) bool {
	sent := int32(-1)
	for k := range s.toks {
		if s.toks[k].start == from {
			sent = s.toks[k].sent
			break
		}
	}
	for k := range s.toks {
		t := &s.toks[k]
		if t.sent != sent {
			continue
		}
		switch {
		case t.text == "moved" || t.text == "move" || t.text == "moves",
			strings.HasPrefix(t.text, "promot"), strings.HasPrefix(t.text, "deploy"),
			strings.HasPrefix(t.text, "migrat"), strings.HasPrefix(t.text, "push"):
			return true
		}
	}
	return false
}

// addAreas appends to areas, and marks in in, up to areaMaxAdded more areas the
// question's words support beside those already in: each scores at least areaAdd and
// areaAddShare of most, the best score of the areas it joins (transaction processing
// the whole of it), and is addable beside them; the best scoring first. Segregation of
// duties needs no share: it is a control over the process the other areas name, and one
// subject term ("someone other than the preparer", "a maker and a checker") asks
// about it however many words name the process.
// Financial reporting needs none either when it names the process (areaDecide with a
// subject term): the report, statement or notice the client gets is a subject of its
// own beside the calculations behind it ("the valuation report we get: are the cost
// layers behind it accurate?"). Beside incompatible duties (duties) no area of the
// process itself is added: its words name the duties. Beside a reconciliation,
// transaction processing is added only when its words name an act of processing
// (act, see processingAct): "how are reinsurance recoveries reconciled?" names what
// is reconciled, "premiums remitted in full and reconciled" the remitting too. Beside
// a change, segregation of duties needs a duties rule or a term of one person holding
// both duties (oneHolder). An area of typical terms alone must score more than most
// (settingOnly): "who keeps the employee master current for the salary and pension
// teams?" is master data, not payroll processing.
func (e *Engine) addAreas(s *scratch, in *[maxAreas]bool, most float32, areas []int8, duties, act, custody bool) []int8 {
	avail := in[areaOperations] && (e.availabilityWords(s) || !e.namesProcessing(s, areaTransactions))
	for added := 0; added < areaMaxAdded; added++ {
		best := -1
		for ai, v := range s.area {
			if v < areaAdd || in[ai] || e.heldOtherwise(s, ai) || !addable(ai, *in, avail) || (duties && businessArea[ai] && !(custody && ai == areaCustody)) || e.belowShare(s, ai, v, most) || e.settingOnly(s, in, ai, v, most) ||
				(ai == areaSoD && in[areaChange] && !duties && !e.oneHolder(s)) ||
				(ai == areaTransactions && ((v < most && !e.namesProcessing(s, ai)) || (in[areaReconcile] && !act) || (in[areaInterfaces] && e.carriedOnly(s)) || (in[areaOperations] && e.runNamedOnly(s)))) {
				continue
			}
			if best < 0 || v > s.area[best] {
				best = ai
			}
		}
		if best < 0 {
			break
		}
		in[best] = true
		areas = append(areas, int8(best))
	}
	return areas
}

// onlyInDutyTerms reports whether every rule that gave area ai found all its words
// opening inside the subject terms of segregation of duties the question has (one person
// holding two duties), and none of them names a master file (masterNamed).
func (e *Engine) onlyInDutyTerms(s *scratch, fired []firing, ai int) bool {
	seen := false
	for _, f := range fired {
		r := &e.rules[f.rule]
		if f.negated || !slices.Contains(r.areaIdx, int8(ai)) {
			continue
		}
		if r.tier == tierFrame || e.masterNamed(s, f.rule) {
			return false
		}
		for _, h := range s.hits {
			if h.rule != f.rule || !h.phrase() || int(h.to) >= len(s.toks) {
				continue
			}
			if !e.inDutyTerm(s, s.toks[h.from].start) {
				return false
			}
			seen = true
		}
	}
	return seen
}

// inDutyTerm reports whether the word at byte offset from stands inside a subject
// term of segregation of duties the question has: a rule's words that open there
// name one of the duties, however far they run on.
func (e *Engine) inDutyTerm(s *scratch, from int) bool {
	for _, v := range s.vhits {
		if p := &e.pats[v.pat]; p.role == roleArea && int(p.rule) == areaSoD && p.w >= areaAdd && int(v.from) <= from && from < int(v.to) {
			return true
		}
	}
	return false
}

// heldOtherwise reports whether a rule read the words of area ai another way here
// (s.otherwise) and the question has no words of its own for the area: an area of
// the process other than transaction processing (whose words are the setting of
// almost every money question) still counts when one of its subject terms stands
// outside those readings (termOutsideWithin).
func (e *Engine) heldOtherwise(s *scratch, ai int) bool {
	if s.otherwise&(1<<uint(ai)) == 0 {
		return false
	}
	return !businessArea[ai] || ai == areaTransactions || !e.termOutsideWithin(s, ai)
}

// bookNouns name the books or records money is accounted in, after the custody word
// that says whose: "the trust ledger", "trust accounting", "trust account
// reconciliations", "fiduciary accountings".
var bookNouns = map[string]bool{"ledger": true, "ledgers": true, "accounting": true,
	"accountings": true, "extract": true, "extracts": true, "reconciliation": true,
	"reconciliations": true, "books": true, "subledger": true, "subledgers": true}

// namesBook reports whether hit h ends on one of bookNouns or stands right before
// one, skipped words aside, in the same clause.
func namesBook(s *scratch, h patHit) bool {
	if bookNouns[s.toks[h.to].text] {
		return true
	}
	for k := int(h.to) + 1; k < len(s.toks) && s.toks[k].brk < brkClause; k++ {
		if !s.toks[k].stop {
			return bookNouns[s.toks[k].text]
		}
	}
	return false
}

// custodyBookOnly reports whether custody stands in the verdict only for words that
// name the books of a trust or fiduciary account (namesBook): every rule that gave
// custody fired so for one group of its words, and every custody term of the area
// vocabulary stands so.
func (e *Engine) custodyBookOnly(s *scratch, fired []firing) bool {
	seen := false
	for _, f := range fired {
		r := &e.rules[f.rule]
		if f.negated || !slices.Contains(r.areaIdx, int8(areaCustody)) {
			continue
		}
		if r.tier != tierTopic || !e.namesOnly(s, f.rule, namesBook) {
			return false
		}
		seen = true
	}
	for _, v := range s.vhits {
		if p := &e.pats[v.pat]; p.role != roleArea || int(p.rule) != areaCustody {
			continue
		}
		from, to := tokenAt(s.toks, int(v.from)), tokenAt(s.toks, int(v.to)-1)
		if from < 0 || to < 0 || !namesBook(s, patHit{from: int32(from), to: int32(to)}) {
			return false
		}
		seen = true
	}
	return seen
}

// referenceWords open the phrase that names what a calculation is done by: "from",
// "according to", "using", "against", "per", "under", "based on", "in line with".
var referenceWords = map[string]bool{"from": true, "according": true, "using": true,
	"against": true, "per": true, "under": true, "based": true, "line": true, "via": true}

// referenceReach is how many words before a master data term a referenceWord may
// stand ("calculated from the client-approved rate tables").
const referenceReach = 3

// standsAfterReference reports whether one of referenceWords stands within
// referenceReach words before toks[k], in the same clause.
func standsAfterReference(toks []token, k int) bool {
	for j := k - 1; j >= 0 && k-j <= referenceReach && toks[j+1].brk < brkClause; j-- {
		if referenceWords[toks[j].text] {
			return true
		}
	}
	return false
}

// referenceOnly reports whether master data stands in the verdict only for the
// standing data a calculation uses: every master data term of the area vocabulary,
// and every word of each rule that gave the area, stands after one of
// referenceWords ("adjudicated according to plan rules", "priced using the current
// fee schedule"), so that no set-up or change of the data is asked about.
func (e *Engine) referenceOnly(s *scratch, fired []firing) bool {
	seen := false
	for _, v := range s.vhits {
		if p := &e.pats[v.pat]; p.role != roleArea || int(p.rule) != areaMasterData {
			continue
		}
		k := tokenAt(s.toks, int(v.from))
		if k < 0 || !standsAfterReference(s.toks, k) {
			return false
		}
		seen = true
	}
	for _, f := range fired {
		r := &e.rules[f.rule]
		if f.negated || !slices.Contains(r.areaIdx, int8(areaMasterData)) {
			continue
		}
		for _, h := range s.hits {
			if h.rule == f.rule && h.phrase() && !standsAfterReference(s.toks, int(h.from)) {
				return false
			}
		}
	}
	return seen
}

// termOutsideWithin reports whether a subject term of area ai (a weight of areaAdd or
// more) stands outside every hit of the except_within phrases of the rules that give
// ai. Such a phrase reads some words of the area another way ("agreed to the
// sub-custodian's records" names the party agreed with), which keeps the area out
// unless the question holds it in words of its own: "the positions you hold for us,
// agreed to the sub-custodian's records" asks of the holding too.
func (e *Engine) termOutsideWithin(s *scratch, ai int) bool {
	for _, v := range s.vhits {
		if p := &e.pats[v.pat]; p.role != roleArea || int(p.rule) != ai || p.w < areaAdd {
			continue
		}
		inside := false
		for _, h := range s.hits {
			if h.role != roleWithin || int(h.to) >= len(s.toks) || !slices.Contains(e.rules[h.rule].areaIdx, int8(ai)) {
				continue
			}
			if s.toks[h.from].start <= int(v.from) && int(v.to) <= s.toks[h.to].end {
				inside = true
				break
			}
		}
		if !inside {
			return true
		}
	}
	return false
}

// settingOnly reports whether area ai, scoring v beside the areas in in (whose best
// score is most), has only typical terms (weight below areaAdd) and no more score
// than most, while one of those areas other than transaction processing has a term
// that names its subject (the words of almost every financial question give
// transaction processing, so its terms are as often the setting as the asked
// control: "fuel card purchases debited against each account: how are mismatched
// transactions resolved?" asks about the mismatches). Words
// typical of a process (payroll, salary, bonus, pension, premium, rebate, remitted)
// that stand beside a control named by its subject mostly describe the control's
// setting: whose master file is kept, which advances a trust account holds, what a
// bordereau is reconciled against. Summed, two of them reach the score of one subject
// term; a second area needs a term that names its own subject, or more of its words
// than the asked area has. When the asked area is itself named only by typical words
// ("the payroll feed is complete, and overtime calculated correctly"), its words and
// the other area's weigh alike and the other is added as before.
func (e *Engine) settingOnly(s *scratch, in *[maxAreas]bool, ai int, v, most float32) bool {
	if v > most || e.subjectTerm(s, ai) {
		return false
	}
	for aj, ok := range in {
		if ok && aj != areaTransactions && e.subjectTerm(s, aj) {
			return true
		}
	}
	return false
}

// transferNouns name what carries data between systems: "the interface of settled
// trades", "a feed of paid claims", "the file of posted receipts".
var transferNouns = map[string]bool{
	"interface": true, "interfaces": true, "feed": true, "feeds": true, "file": true, "files": true,
	"export": true, "exports": true, "extract": true, "extracts": true, "upload": true,
	"uploads": true, "transfer": true, "transfers": true, "transmission": true, "transmissions": true,
}

// carriedGap bounds the words between "of" and a transaction term in the phrase that
// says what a transfer carries ("the interface of all settled trades").
const carriedGap = 3

// carriedOnly reports whether every transaction processing term the question has
// stands in the phrase that says what an interface carries: a transferNoun, "of",
// then the term within carriedGap words ("the interface of settled trades into our
// ledger"), or the term right before a transferNoun or a systemNoun ("reimbursement
// files sent to our accounts payable system"). Those words name the interface's
// records or its ends, not a processing asked about, so beside an interface
// transaction processing is not added for them.
func (e *Engine) carriedOnly(s *scratch) bool {
	return e.everyTransactionTerm(s, func(k, end int) bool {
		return afterTransferOf(s.toks, k) || beforeCarrier(s.toks, end)
	})
}

// everyTransactionTerm reports whether the question has a transaction processing
// term and in holds for every one of them: in is given the tokens [k, end) the term
// covers.
func (e *Engine) everyTransactionTerm(s *scratch, in func(k, end int) bool) bool {
	seen := false
	for _, h := range s.vhits {
		if p := &e.pats[h.pat]; p.role != roleArea || int(p.rule) != areaTransactions {
			continue
		}
		k := 0
		for k < len(s.toks) && s.toks[k].start < int(h.from) {
			k++
		}
		end := k
		for end < len(s.toks) && s.toks[end].start < int(h.to) {
			end++
		}
		if !in(k, end) {
			return false
		}
		seen = true
	}
	return seen
}

// runNouns name a scheduled run of processing: "the overnight job that posts
// premium receipts".
var runNouns = map[string]bool{
	"job": true, "jobs": true, "run": true, "runs": true, "batch": true, "batches": true,
	"cycle": true, "cycles": true, "routine": true, "routines": true, "script": true, "scripts": true,
}

// runNamedOnly reports whether every transaction processing term the question has
// stands in the relative clause that names a run by what it does: a runNoun, "that"
// or "which", then the term within carriedGap words ("the overnight job that posts
// premium receipts"), or right before a runNoun ("the claims adjudication cycle"). Beside the run's operation those words say which run is
// monitored, not a processing asked about ("what stops receipts being posted twice"
// is one).
func (e *Engine) runNamedOnly(s *scratch) bool {
	return e.everyTransactionTerm(s, func(k, end int) bool { return afterRunThat(s.toks, k) || beforeRunNoun(s.toks, end) })
}

// beforeRunNoun reports whether the word at end, or one after it within the same
// clause before any other word that is not skipped, is a runNoun: the transaction
// term before it names the run ("the claims adjudication cycle", "the end-of-day
// settlement batch").
func beforeRunNoun(toks []token, end int) bool {
	for k := end; k < len(toks); k++ {
		if toks[k].brk >= brkClause {
			return false
		}
		if !toks[k].stop {
			return runNouns[toks[k].text]
		}
	}
	return false
}

// afterRunThat reports whether the word at k follows "that" or "which" after a
// runNoun, with at most carriedGap words between, in the same clause.
func afterRunThat(toks []token, k int) bool {
	for j := k - 1; j >= 1 && k-j <= carriedGap+1 && toks[j+1].brk < brkClause; j-- {
		if toks[j].text == "that" || toks[j].text == "which" {
			return runNouns[toks[j-1].text]
		}
	}
	return false
}

// beforeCarrier reports whether the first word at or after k that is not a skipped
// word, in the same clause, is a transferNoun or a systemNoun: the transaction term
// before it names what a file carries ("reimbursement files", "the payroll feed") or
// the system a file goes to ("our accounts payable system").
func beforeCarrier(toks []token, k int) bool {
	for ; k < len(toks); k++ {
		if toks[k].brk >= brkClause {
			return false
		}
		if !toks[k].stop {
			return transferNouns[toks[k].text] || systemNoun[toks[k].text]
		}
	}
	return false
}

// afterTransferOf reports whether the word at k follows "of" after a transferNoun,
// with at most carriedGap words between, in the same clause.
func afterTransferOf(toks []token, k int) bool {
	for j := k - 1; j >= 1 && k-j <= carriedGap+1 && toks[j+1].brk < brkClause; j-- {
		if toks[j].text == "of" {
			return transferNouns[toks[j-1].text]
		}
	}
	return false
}

// areaReport decides, for a question the rules answer (ruled) SOC 2 from its topic
// alone, whether its words name a financial business process strongly enough to make
// it SOC 1 (guide section 8): the completeness and accuracy of a financial process,
// which the rules read as processing integrity, is SOC 1; an IT general control of a
// financial system is both reports. Other SOC 2 topics stay SOC 2. For a question the
// rules answer SOC 1 from its topic, it decides whether the words are those of access
// to or changes of the financial system more than of the process: both reports. It
// returns the report and the best area, or ok false.
func (e *Engine) areaReport(s *scratch, fired []firing, ruled string) (report string, ai int, ok bool) {
	for _, f := range fired {
		if r := &e.rules[f.rule]; !f.negated && r.Report != "" && (r.tier != tierTopic || r.Report != ruled) {
			return "", 0, false
		}
	}
	if ai, ok = e.topArea(s, false); !ok {
		return "", 0, false
	}
	if ruled == ReportSOC1 {
		// The rules saw a financial process; its words say access to or changes of the
		// system. (A batch run, its failures and reruns, is the process itself: SOC 1.)
		if ai != areaAccess && ai != areaChange {
			return "", 0, false
		}
		for aj, v := range s.area {
			if !isITGCArea[aj] && v >= s.area[ai] {
				return "", 0, false
			}
		}
		return ReportBoth, ai, true
	}
	processing := true
	for _, f := range fired {
		if f.negated {
			continue
		}
		for _, c := range e.rules[f.rule].Criteria {
			processing = processing && CategoryOf(c) == CatProcessingIntegrity
		}
	}
	if processing {
		return ReportSOC1, ai, true
	}
	// An IT control topic: the words name the financial system it applies to, which
	// may score as its process too ("the claims payment database").
	if ai, ok = e.topArea(s, true); ok {
		return ReportBoth, ai, true
	}
	// Data protected in transit, when the words name a money interface (remittance
	// or payment files between the service and a bank or ledger): the security of the
	// interface that carries the client's transactions is both reports.
	if e.transmission(fired) && s.area[areaInterfaces] >= areaDecide && e.subjectTerm(s, areaInterfaces) {
		return ReportBoth, areaInterfaces, true
	}
	return "", 0, false
}

// transmission reports whether a rule that fired cites the protection of data in
// transit (CC6.7).
func (e *Engine) transmission(fired []firing) bool {
	for _, f := range fired {
		if !f.negated && slices.Contains(e.rules[f.rule].Criteria, "CC6.7") {
			return true
		}
	}
	return false
}

// financialContext reports whether an area other than ai scores at least 2: some
// words of a financial process beside the control (segregation of duties is asked of
// IT changes and key ceremonies too).
func financialContext(s *scratch, ai int) bool {
	for aj, v := range s.area {
		if aj != ai && v >= 2 {
			return true
		}
	}
	return false
}

var inPassingEvidence = Evidence{Rule: "money_system_in_passing", Reason: "A financial system is named, but no words of a financial process: the security question is SOC 2 alone.", Matched: []string{}}

// inPassing reports whether a both verdict owes its SOC 1 half only to fallback rules (a
// financial system named, nothing said of its control) while no area's words name a
// process (topArea): the question is about a security or privacy control ("API keys
// for the billing portal", "members asking to see the claims data held about them"),
// not the financial process.
func (e *Engine) inPassing(s *scratch, fired []firing) bool {
	if !e.serviceHalf(fired) {
		return false
	}
	_, names := e.topArea(s, false)
	return !names
}

// serviceHalf reports whether every rule that fired is a topic rule and the SOC 1
// half of the verdict comes only from fallback rules: a financial system or service
// named, nothing said of its own control.
func (e *Engine) serviceHalf(fired []firing) bool {
	for _, f := range fired {
		r := &e.rules[f.rule]
		if f.negated || r.Report == "" {
			continue
		}
		if r.tier != tierTopic || ((r.Report == ReportSOC1 || r.Report == ReportBoth) && !r.Fallback) {
			return false
		}
	}
	return true
}

// systemControlEvidence explains a both verdict kept for an IT general control asked
// of a money system that no financial rule's words recognised.
var systemControlEvidence = Evidence{Rule: "money_system_control", Reason: "The control asked about is an IT general control (user provisioning, change management, backup or recovery), and the financial system named is what it is exercised over: both reports, with the matching SOC 1 area.", Matched: []string{}}

// itgcFamily maps the criteria of an IT general control to its SOC 1 area: users
// registered and provisioned, changes managed, backups taken and recovery tested.
// Logical access at large (CC6.1: keys, tokens, SSO), role restrictions (CC6.3: which
// may keep billing clerks from clinical charts) and the network boundary (CC6.6) are
// left out here: they make a both verdict only when the words name a money system
// (money_system_itgc.go, moneySystemControl).
var itgcFamily = map[string]int{
	"CC6.2": areaAccess,
	"CC8.1": areaChange,
	"A1.2":  areaOperations, "A1.3": areaOperations, "CC9.1": areaOperations,
}

// systemControl returns the SOC 1 area of the IT general control a both verdict's
// SOC 2 half asks about, when inPassing would call the money system named beside it
// incidental: a topic rule whose criteria all belong to one family of itgcFamily
// ("How are new users provisioned to the loan servicing system?", "an overview of the
// SDLC for the benefits administration system"). Security practice that is no control
// over the system (awareness training, screening, vendor reviews, privacy requests,
// pen tests, key rotation, encryption in transit) keeps the SOC 2 alone. It returns
// -1 when there is no such control.
func (e *Engine) systemControl(fired []firing) int {
	area := -1
	for _, f := range fired {
		r := &e.rules[f.rule]
		if f.negated || r.tier != tierTopic || r.Report != ReportSOC2 || len(r.Criteria) == 0 {
			continue
		}
		ai := e.itgcRuleArea(f.rule)
		if ai < 0 {
			return -1 // a SOC 2 subject of another kind is asked too
		}
		if area < 0 {
			area = ai
		}
	}
	return area
}

// moneyIntegrityEvidence explains a SOC 1 verdict where a data-quality rule fired
// beside a money process.
var moneyIntegrityEvidence = Evidence{Rule: "money_integrity", Reason: "The completeness, accuracy or correction asked about is that of a money process the SOC 1 rules name: the SOC 1 alone (guide section 8), not SOC 2 processing integrity.", Matched: []string{}}

// integrityCriteria are the criteria of data quality: inputs, processing, outputs and
// stored data complete and accurate, and records corrected.
var integrityCriteria = map[string]bool{
	"PI1.1": true, "PI1.2": true, "PI1.3": true, "PI1.4": true, "PI1.5": true, "P5.2": true,
}

// oversightSeries reports whether criterion c is of a series of governanceSeries (CC1 to
// CC5: control environment, communication, risk, monitoring and control activities): an
// organisation's governance, its reviews of its controls and the remediation of what
// they find. Beside a money process a SOC 1 rule names, their
// words ("exceptions noted against it", "independent review of the change report", "the
// figure the board approved") describe the SOC 1 control objective itself, not a SOC 2
// subject: the IT control series (CC6 access, CC7 operations, CC8 change) stay out.
func oversightSeries(c string) bool {
	for _, g := range governanceSeries {
		if strings.HasPrefix(c, g) {
			return true
		}
	}
	return false
}

// governanceSeries are the criteria of how an organisation governs and supervises its
// controls rather than of a control over a system or its data: its control
// environment (CC1), communication (CC2), risk and fraud risk (CC3), monitoring (CC4)
// and policies and control activities (CC5). Suppliers (CC9.2) stay out: which
// subprocessor does the work is an ask of its own.
var governanceSeries = []string{"CC1.", "CC2.", "CC3.", "CC4.", "CC5."}

// moneyIntegrity reports whether a topic tier that says both reports owes its SOC 2
// half only to data-quality or oversight rules (every criterion of every SOC 2 topic
// rule fired is in integrityCriteria or of oversightSeries) while a SOC 1 rule that is no fallback names the money process
// they qualify (by an area other than financial_reporting): "the GL journal file you send us: record counts, control totals?",
// "credit balances refunded to the right payer and recorded correctly". Guide section
// 8: the completeness and accuracy of financial processing is the SOC 1; the same
// words about other data are SOC 2 processing integrity.
//
// A rule of IT control series, of SOC 2 or of both reports, counts as well when its
// words read in their money sense (moneySense: "a claim check voided and reissued",
// "changed wire instructions"); sensed reports that one did, and the process may
// then be named by the area words alone (businessTop).
func (e *Engine) moneyIntegrity(s *scratch, fired []firing) (ok, sensed bool) {
	process, quality := false, false
	stored := false // a SOC 2 rule of processing integrity: any data's, not only money's
	for _, f := range fired {
		r := &e.rules[f.rule]
		if f.negated || r.tier != tierTopic || r.Report == "" || r.Report == ReportNone {
			continue
		}
		switch r.Report {
		case ReportSOC1:
			if r.Fallback {
				continue
			}
			for _, ai := range r.areaIdx {
				// Statements and reports sent out are a word of many kinds of
				// document ("the monthly statement run"): the process is named by
				// another area.
				process = process || int(ai) != areaReporting
			}
		case ReportBoth, ReportSOC2:
			// An IT general control of the system is asked too, unless its IT words
			// bear on the money item ("changed wire instructions"); a rule of both
			// reports is read only so.
			if !e.moneyProcessWords(s, f.rule) {
				return false, false
			}
			quality, sensed = true, sensed || !qualityOrOversight(r)
			stored = stored || r.Report == ReportSOC2 && slices.ContainsFunc(r.Criteria, func(c string) bool { return integrityCriteria[c] })
			if r.Report == ReportBoth {
				process = process || moneyArea(r)
			}
		}
	}
	if sensed && !process {
		// No SOC 1 rule but a fallback names the process: its words may
		// ("reconcile the tax withholdings you remit").
		process = e.businessTop(s) >= 0
	}
	if quality && !process && !stored {
		// Nor any area word, but the line asks a control over a money item and
		// names no system, data or policy ("Is every invoice logged?", "Are
		// remittances subject to independent review?"). The integrity of stored
		// or processed records ("ledger entries cannot be altered") needs a SOC 1
		// rule or the area words, as before.
		process = moneyControlPlain(s)
	}
	return process && quality, process && quality && sensed
}

// qualityOrOversight reports whether every criterion of r is one of data quality
// (integrityCriteria) or of oversight (oversightSeries); a rule with none is. It is
// read from the rule, where compile set it (readQualityOrOversight): the money
// checks ask it of the fired rules of most questions.
func qualityOrOversight(r *compiled) bool { return r.quality }

// readQualityOrOversight is qualityOrOversight read from r's criteria.
func readQualityOrOversight(r *compiled) bool {
	return len(r.Criteria) == 0 || allCriteria(r, func(c string) bool {
		return integrityCriteria[c] || oversightSeries(c)
	})
}

// allCriteria reports whether rule r has criteria and every one of them is in.
func allCriteria(r *compiled, in func(c string) bool) bool {
	for _, c := range r.Criteria {
		if !in(c) {
			return false
		}
	}
	return len(r.Criteria) > 0
}

// itgcCriteria gives the SOC 2 half of a both verdict the area vocabulary made for an
// IT general control of a financial system (area ai), whether no rule decided the
// question or the rules saw only its financial process: the criteria the criteria
// catalogue answers with, and their categories (guide section 8: the categories of the
// criteria found). The control is one of security or availability, so when the
// catalogue names no criterion of either ("access to the rate tables, and is pricing
// kept confidential?") the area's usual criterion goes first; with no answer from the
// catalogue it stands alone.
func (e *Engine) itgcCriteria(s *scratch, qtext string, fired []firing, ai int) (crit, cats []string) {
	usual := itgcCriterion[AllSOC1Areas[ai]]
	crit, cats, _, ok := e.vocabCriteria(s, qtext, fired)
	if !ok {
		return []string{usual}, []string{CatSecurity}
	}
	for _, c := range crit {
		if k := CategoryOf(c); k == CatSecurity || k == CatAvailability {
			return crit, cats
		}
	}
	crit = append([]string{usual}, crit...)
	if !contains(cats, CatSecurity) {
		cats = append([]string{CatSecurity}, cats...)
	}
	return crit, cats
}

// availabilityWords reports whether the criterion the question's words point to most
// is one of availability (backups, recovery, failover) or the continuity plan (CC9.1:
// a DR or continuity plan is the recovery of the system, not a run of its process).
func (e *Engine) availabilityWords(s *scratch) bool {
	best := 0
	for ci, v := range s.cat {
		if v > s.cat[best] {
			best = ci
		}
	}
	return s.cat[best] > 0 && (CategoryOf(AllCriteria[best]) == CatAvailability || best == critContinuity)
}

// critContinuity is the index of CC9.1, the continuity plan among its subjects.
var critContinuity = func() int {
	for i, c := range AllCriteria {
		if c == "CC9.1" {
			return i
		}
	}
	panic("CC9.1 is not a criterion")
}()

// processingActs are the words by which a transaction term names the processing
// itself, not only the money that a control counts or agrees: posted, billed,
// remitted, a pay or billing run, receipts applied or matched to open items (cash
// application).
var processingActs = []string{
	"posted", "posting", "billed", "rebilled", "invoiced", "invoicing", "remitted", "remitting",
	"booked", "collected", "collecting", "applied", "paid", "calculated", "calculating",
	"calculation", "calculations", "computed", "computing", "processed", "settled", "credited",
	"debited", "charged", "rated", "adjudicated", "adjudicating", "issued", "disbursed",
	"accrued", "priced", "filed", "withheld", "deducted", "captured", "keyed", "run", "runs",
	"process", "processes", "processing", "capture", "apply", "applies", "application", "matched", "matching",
	"pay", "pays", "paying",
}

// processingAct reports whether a transaction processing term the question (qtext)
// has, as the area vocabulary matched it, holds one of processingActs.
func (e *Engine) processingAct(s *scratch, qtext string) bool {
	for _, h := range s.vhits {
		if h.role != roleArea || int(h.rule) != areaTransactions || h.from < 0 || int(h.to) > len(qtext) || h.from >= h.to {
			continue
		}
		if hasWord(qtext[h.from:h.to], processingActs) {
			return true
		}
	}
	return false
}

// hasWord reports whether text holds one of words (lower case ASCII) as a whole word,
// in any letter case. A run of ASCII letters equals such a word, folded, only when
// both are as long.
func hasWord(text string, words []string) bool {
	for i := 0; i < len(text); {
		if !isASCIILetter(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && isASCIILetter(text[j]) {
			j++
		}
		for _, w := range words {
			if len(w) == j-i && strings.EqualFold(text[i:j], w) {
				return true
			}
		}
		i = j
	}
	return false
}
