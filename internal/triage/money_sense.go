package triage

import "strings"

// The sense of an IT control word beside a money process. Many words of IT controls
// are also words of handling money: a cheque is voided and reissued (not a device
// disposed of), a customer's account is set up in the ledger (not a user
// provisioned), a payment or a reconciliation is logged in a register (not an event
// log), a change of a payee's instructions is keyed (not a program change). Beside a
// money process a SOC 1 rule names, such a SOC 2 rule asks about the system that
// computes or holds the money only when its words bear on an IT object (the
// application, its code, its database, its jobs, its users and their access);
// otherwise its object is the money item and the question stays the SOC 1's.

// senseSeries are the criteria whose words also name acts on money items: accounts
// set up or registered (CC6.2), rights and accounts reviewed or removed (CC6.3),
// items disposed of, voided or destroyed (CC6.5), events logged or monitored (CC7.2)
// and changes released (CC8.1). A rule of other criteria (encryption, MFA, the
// network boundary, backups, data in transit) has no money sense and keeps both.
var senseSeries = map[string]bool{"CC6.2": true, "CC6.3": true, "CC6.5": true, "CC7.2": true, "CC8.1": true}

// itObject holds the nouns an IT control bears on: a system that computes or holds
// the money (systemNoun), its code, data store, servers and jobs, its users and
// their access, and the IT functions named as nouns ("what logging and alerting
// exists for changes to the bank account" asks how the system watches those changes).
var itObject = func() map[string]bool {
	out := map[string]bool{}
	for w := range systemNoun {
		out[w] = true
	}
	for _, w := range []string{
		"code", "codes", "program", "programs", "script", "scripts", "configuration", "configurations",
		"logic", "algorithm", "algorithms", "formula", "formulas", "fix", "fixes", "hotfix", "hotfixes",
		"patch", "patches", "bug", "bugs", "deployment", "deployments", "upgrade", "upgrades",
		"server", "servers", "db", "dbs", "table", "tables", "datastore", "datastores", "network", "networks", "environment", "environments",
		"production", "prod", "infrastructure", "cloud", "host", "hosts", "api", "apis", "interface",
		"job", "jobs", "batch", "batches", "scheduler", "user", "users", "access", "login", "logins",
		"password", "passwords", "credential", "credentials", "privilege", "privileges", "privileged",
		"permission", "permissions", "admin", "admins", "administrator", "administrators", "superuser",
		"laptop", "laptops", "device", "devices", "media", "disk", "disks", "drive", "drives", "hardware",
		"firewall", "firewalls", "erp", "hub", "hubs", "gateway", "gateways", "sftp", "sso", "logging", "alerting", "alert", "alerts",
		"monitoring", "provisioning", "deprovisioning", "siem", "rule", "rules", "run", "runs",
		"rerun", "reruns", "nightly", "uat", "sdlc", "qa", "staging", "sandbox", "ticket", "tickets",
		"integration", "integrations", "connector", "connectors",
	} {
		out[w] = true
	}
	return out
}()

// moneyItem holds the words that, just before an IT control word, make its object a
// money item or a party of the money process: "client accounts set up", "payee
// changes", "the cheque voided", "the reconciliation logged".
var moneyItem = func() map[string]bool {
	out := map[string]bool{}
	for w := range moneyLexicon {
		out[w] = true
	}
	for w := range moneyParty {
		out[w] = true
	}
	for w := range moneyInstrument {
		out[w] = true
	}
	return out
}()

// moneyParty holds the parties of a money process (moneyItem); moneyInstrument its
// records and instruments, also what a place of money holds ("the cheque room").
var (
	moneyParty = wordSet(nil,
		"client", "clients", "customer", "customers", "vendor", "vendors", "supplier", "suppliers",
		"member", "members", "tenant", "tenants", "borrower", "borrowers", "policyholder",
		"policyholders", "participant", "participants", "donor", "donors", "merchant", "merchants")
	moneyInstrument = wordSet(nil,
		"cheque", "cheques", "check", "checks", "journal", "journals", "ledger", "ledgers",
		"reconciliation", "reconciliations", "enrollment", "enrolment", "eligibility", "deposit",
		"deposits", "wire", "wires", "receipt", "receipts", "claim", "claims", "premium", "premiums",
		"loan", "loans", "escrow", "trust", "fund", "funds", "instruction", "instructions", "card")
)

// senseRule reports whether every criterion of r is one of senseSeries: read from
// the rule, where compile set it (readSenseRule).
func senseRule(r *compiled) bool { return r.sense }

// readSenseRule is senseRule read from r's criteria.
func readSenseRule(r *compiled) bool {
	return allCriteria(r, func(c string) bool { return senseSeries[c] })
}

// moneySense reports whether rule ri is one of IT control criteria with a money sense
// (senseRule) and every place it matched reads in that sense (moneySenseHit), and at
// least one does.
//
// The answer is kept for the pass (s.ruleMemo): moneyIntegrity, moneyWordsOnly,
// moneySenseEvidence and the area checks ask it of the same rules again.
func (e *Engine) moneySense(s *scratch, ri int32) bool {
	m := s.ruleMemoOf(ri)
	if m&memoSenseKnown == 0 {
		m |= memoSenseKnown
		if e.moneySenseRead(s, ri) {
			m |= memoSense
		}
		s.ruleMemo[ri] = m
	}
	return m&memoSense != 0
}

// moneySenseRead is moneySense read from the rule and the hits.
func (e *Engine) moneySenseRead(s *scratch, ri int32) bool {
	if !senseRule(&e.rules[ri]) {
		return false
	}
	n := 0
	for _, h := range s.hits {
		if h.rule != ri || !h.phrase() || int(h.to) >= len(s.toks) {
			continue
		}
		if !moneySenseHit(s.toks, int(h.from), int(h.to)) {
			return false
		}
		n++
	}
	return n > 0
}

// moneySenseHit reports whether the words from..to of an IT control rule bear on a
// money item rather than a system: a money item or party stands right before them
// and none of them is an IT object ("new client accounts set up in the trust
// system"), or no IT object stands in their clause at all ("a claim check voided and
// reissued", "is the reconciliation logged").
func moneySenseHit(toks []token, from, to int) bool {
	for k := from; k <= to; k++ {
		if itWord(toks, k) {
			return false
		}
	}
	for k := from - 1; k >= 0 && k >= from-2 && toks[k+1].brk < brkClause; k-- {
		if toks[k].stop {
			continue
		}
		if moneyItem[toks[k].text] {
			return true
		}
		break
	}
	lo, hi := clauseSpan(toks, from)
	for k := lo; k < hi; k++ {
		if itWord(toks, k) {
			return false
		}
	}
	return !anaphorIT(toks, lo, from)
}

// anaphorReach bounds the words read back before a clause that opens with a
// pronoun.
const anaphorReach = 16

// anaphorIT reports whether the clause from lo opens its ask with a pronoun of what
// was named before it ("Changes to the payroll engine that runs our pay - are they
// tested before release?") and an IT object stands in the words before the clause:
// the pronoun's object is the system, not a money item.
func anaphorIT(toks []token, lo, from int) bool {
	pro := false
	for k := lo; k < from && k <= lo+2; k++ {
		if anaphor[toks[k].text] {
			pro = true
			break
		}
	}
	if !pro {
		return false
	}
	for k := lo - 1; k >= 0 && k >= lo-anaphorReach; k-- {
		if itWord(toks, k) {
			return true
		}
	}
	return false
}

// anaphor holds the pronouns that point back to what a line named before them.
var anaphor = wordSet(nil, "they", "it", "these", "those")

// itWord reports whether toks[k] is an itObject, a change that names the IT change
// process ("change management", "change control"), or "going live".
func itWord(toks []token, k int) bool {
	w := toks[k].text
	sns := senses(&toks[k])
	if sns&snsIT != 0 {
		// "the pay run" is the money process, not a job of the system.
		return !(w == "run" || w == "runs") || k == 0 || toks[k-1].text != "pay" || toks[k].brk >= brkClause
	}
	if w == "live" && k > 0 && (toks[k-1].text == "going" || toks[k-1].text == "go" || toks[k-1].text == "goes") {
		return true // "before going live": released to production
	}
	if (w == "change" || w == "changes") && k+1 < len(toks) && toks[k+1].brk < brkClause {
		n := toks[k+1].text
		return n == "management" || n == "control" || n == "controls"
	}
	return sns&snsCalc != 0 && codeChangedBefore(toks, k)
}

// calcHead holds the nouns of a calculation itself; codeChange the nouns and verbs
// of a change made to one. A calculation changed, fixed, patched or released ("a
// change to the overtime pay calculation", "an urgent fix to the payroll
// calculation") is the code that computes the money, an IT object; the calculation
// alone ("is the pay calculation logged?") is the money process.
var (
	calcHead   = wordSet(nil, "calculation", "calculations", "computation", "computations", "calculator", "calculators")
	codeChange = wordSet(nil, "change", "changes", "fix", "fixes", "hotfix", "hotfixes", "patch",
		"patches", "release", "releases", "update", "updates", "modification", "modifications",
		"amendment", "amendments", "tweak", "tweaks", "deploy", "deploys", "deployed", "deployment",
		"deployments")
)

// codeChangeReach bounds the words, stopwords aside, between a change and the
// calculation it is made to ("changes to the pension benefit calculation").
const codeChangeReach = 3

// codeChangedBefore reports whether a codeChange word stands within codeChangeReach
// words before k in its clause. A change "in" a calculation is a movement of what it
// yields from one period to the next, a result to review, not a change made to it.
func codeChangedBefore(toks []token, k int) bool {
	n := 0
	for j := k - 1; j >= 0 && toks[j+1].brk < brkClause && n <= codeChangeReach; j-- {
		if codeChange[toks[j].text] || newVersion(toks, j) {
			// "a change in the bonus calculation" moves its result, not its code.
			return !(toks[j+1].text == "in" && (toks[j].text == "change" || toks[j].text == "changes"))
		}
		if !toks[j].stop {
			n++
		}
	}
	return false
}

// newVersion reports whether toks[j] is "version" or "versions" after "new": a new
// version of a calculation is a change made to it, where "the latest version of the
// pension calculation methodology" names the document in force.
func newVersion(toks []token, j int) bool {
	w := toks[j].text
	return (w == "version" || w == "versions") && j > 0 && toks[j-1].text == "new"
}

// moneySenseEvidence names the rules whose IT control words were read in their
// money sense beside the money process.
func (e *Engine) moneySenseEvidence(s *scratch, text string, fired []firing) Evidence {
	ev := Evidence{Rule: "money_sense", Reason: "The control words beside the money process name no system, code, database, job or user access: their object is the money item (a cheque voided, a customer's account set up, a payment or reconciliation logged, a payee's change) or the process's own review, so the SOC 1 answers alone.", Matched: []string{}}
	for _, f := range fired {
		r := &e.rules[f.rule]
		if f.negated || r.tier != tierTopic || (r.Report != ReportSOC2 && r.Report != ReportBoth) {
			continue
		}
		if !e.moneyProcessWords(s, f.rule) {
			continue
		}
		var b strings.Builder
		b.WriteString(r.ID)
		sep, last := ": ", ""
		for _, h := range s.hits {
			if h.rule != f.rule || !h.phrase() || int(h.to) >= len(s.toks) {
				continue
			}
			if w := text[s.toks[h.from].start:s.toks[h.to].end]; w != last {
				b.WriteString(sep)
				b.WriteString(w)
				sep, last = ", ", w
			}
		}
		ev.Matched = append(ev.Matched, b.String())
	}
	return ev
}

// moneyProcessWords reports whether the SOC 2 half of rule ri, a rule of criteria,
// says only how a money process is overseen or recorded: a SOC 2 rule of data quality
// or oversight (qualityOrOversight), or a rule of IT control criteria whose words read
// in their money sense (moneySense). moneyIntegrity, moneyWordsOnly and
// moneySenseEvidence read a rule beside a money process by it.
func (e *Engine) moneyProcessWords(s *scratch, ri int32) bool {
	r := &e.rules[ri]
	if len(r.Criteria) == 0 {
		return false
	}
	return r.Report == ReportSOC2 && qualityOrOversight(r) || e.moneySense(s, ri)
}

// moneyArea reports whether r names an area of a money process, not only an IT
// general control over a money system.
func moneyArea(r *compiled) bool {
	for _, ai := range r.areaIdx {
		if !isITGCArea[ai] {
			return true
		}
	}
	return false
}

// moneyWordsOnly reports whether every rule that gives the question a report is a
// SOC 2 topic rule of oversight or data quality (qualityOrOversight), or of an IT
// control whose words read in their money sense (moneySense), and one is: a part of
// a line that asks only that ("Is that an independent review?", "and is each
// override logged?") says how the line's money process is overseen or recorded.
func (e *Engine) moneyWordsOnly(s *scratch, fired []firing) bool {
	n := 0
	for _, f := range fired {
		r := &e.rules[f.rule]
		if f.negated || r.Report == "" || r.Report == ReportNone {
			continue
		}
		if r.tier != tierTopic || r.Report != ReportSOC2 || !e.moneyProcessWords(s, f.rule) {
			return false
		}
		n++
	}
	return n > 0
}

// refersBack reports whether part, one question of a line, opens on a pronoun that
// points back to what the line asked before it, after a question's verb or none:
// "Is that an independent review?", "Are they logged?", "And it is signed off?".
func refersBack(part string) bool {
	var f fieldScan
	f.text = part
	trim := func(w string) string { return strings.Trim(w, sentencePunct+",;:") }
	w, ok := f.next()
	for ok && (segmentLink[trim(w)] || answerColumn(w)) {
		w, ok = f.next()
	}
	if ok && questionAux[trim(w)] {
		w, ok = f.next()
	}
	return ok && (backPronoun[trim(w)] || trim(w) == "they")
}

// moneyPartEvidence explains a part of a line left out of the verdict because it
// asks only the oversight or the record of the line's money process.
var moneyPartEvidence = Evidence{Rule: "money_sense", Reason: "A later question of the line asks only how the money process it follows is reviewed, overseen or recorded (its words name no system, code, database, job or user access): the SOC 1 answers it too.", Matched: []string{}}

// businessTop returns the area of a money process the area words name (topArea), or
// -1 when they name none or only an IT general control.
func (e *Engine) businessTop(s *scratch) int {
	if !e.areas {
		return -1
	}
	if ai, ok := e.topArea(s, false); ok && businessArea[ai] {
		return ai
	}
	return -1
}

// oversightOnly reports whether crit holds criteria and all are of oversightSeries: a
// verdict the criteria vocabulary gave from words of review or governance alone.
func oversightOnly(crit []string) bool {
	for _, c := range crit {
		if !oversightSeries(c) {
			return false
		}
	}
	return len(crit) > 0
}
