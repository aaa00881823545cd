package triage

import "strings"

// An IT general control asked over a system named as a money system ("the claims
// payment server", "payroll servers", "the payments hub") is both reports, whatever
// SOC 2 rule reads the control: the SOC 1 half is the control over the system that
// computes or holds the clients' money (guide section 8). The dedicated SOC 1 rules
// (financial_access, financial_change, financial_operations) read a few control words
// beside a money system; this reading covers every SOC 2 rule of IT control criteria,
// with the SOC 1 area of the control's family.

// sysSpan is the words that name a money system: from..to, within one clause (so
// one sentence: toks[from].sent).
type sysSpan struct {
	from, to int
	holder   holderKind // a place or wallet that holds the money, not a system
	iface    bool       // an interface named by the money words ("the general ledger interface")
	data     bool       // the data of a money system with no system named ("payroll data")
}

// holderKind tells a money system from a place or a wallet that holds the money
// itself: the cheque printing room, the vault of blank cheque stock, the clients'
// custody wallets. Only physical access reads a place (CC6.4) and only key
// management a wallet (whose keys are the clients' assets); either is custody.
type holderKind int8

const (
	notHolder holderKind = iota
	placeHolder
	walletHolder
)

// holderNoun holds the nouns of a place or store of money instruments and of a
// wallet of client assets, named by the money word before them.
var holderNoun = map[string]holderKind{
	"room": placeHolder, "rooms": placeHolder, "vault": placeHolder, "vaults": placeHolder,
	"stock": placeHolder, "wallet": walletHolder, "wallets": walletHolder,
}

// maxSysSpans bounds the money systems read of one line.
const maxSysSpans = 8

// moneySystemSpans returns the words that name a money system, the first of
// each place: a money word (the money lexicon, in the senses moneyObjects reads, a
// sector's money process, sectorMoneySpan, or a word of a hit of the
// financial_service rule, an @fin_system phrase) joined to an
// IT object (systemAfter: "payroll servers", "the claims payment server", "the
// payments hub"). One pass over the words and one over the hits, once a pass of
// matching: the spans are kept in s.memo, and the slice returned aliases it.
func (e *Engine) moneySystemSpans(s *scratch) []sysSpan {
	if s.memo.known&memoSpans == 0 {
		s.memo.nSpans = len(e.readSystemSpans(s, s.memo.spans[:0]))
		s.memo.known |= memoSpans
	}
	return s.memo.spans[:s.memo.nSpans:s.memo.nSpans]
}

// readSystemSpans appends to buf the spans moneySystemSpans reads.
func (e *Engine) readSystemSpans(s *scratch, buf []sysSpan) []sysSpan {
	toks := s.toks
	for k := 0; k < len(toks) && len(buf) < maxSysSpans; k++ {
		last := k
		if _, ok := moneyWord(toks, k); !ok {
			if last, ok = sectorMoneySpan(toks, k); !ok {
				continue
			}
		}
		if j, ok := systemAfter(toks, last); ok {
			from := k
			for from > 0 && toks[from].brk < brkClause && !toks[from-1].stop && moneyItem[toks[from-1].text] {
				from-- // "the claims payment server"
			}
			j = workClause(toks, j)
			buf = append(buf, sysSpan{from, j, notHolder, false, false})
			k = j
		} else if generalLedger(toks, k) {
			to, iface := k, false
			if j, ok := interfaceAfter(toks, k); ok && j == k+1 {
				to, iface = j, true // "the general ledger interface"
			}
			buf = append(buf, sysSpan{k - 1, to, notHolder, iface, false})
			k = to
		} else if j, ok := interfaceAfter(toks, last); ok {
			buf = append(buf, sysSpan{k, j, notHolder, true, false})
			k = j
		} else if j := last + 1; dataAt(toks, j) {
			buf = append(buf, sysSpan{k, j, notHolder, false, true}) // "payroll data"
			k = j
		} else if i, ok := systemRunning(toks, k); ok {
			buf = append(buf, sysSpan{i, last, notHolder, false, false}) // "the servers that run our payroll"
			k = last
		}
	}
	for k := 0; k < len(toks) && len(buf) < maxSysSpans; k++ {
		if senses(&toks[k])&snsHolder == 0 {
			continue // most words hold nothing: one bit test, not a look-up
		}
		if kind := holderNoun[toks[k].text]; kind != notHolder {
			if from, ok := holderNamed(toks, k, kind); ok {
				buf = append(buf, sysSpan{from, k, kind, false, false})
			}
		}
	}
	for _, h := range s.hits {
		if len(buf) >= maxSysSpans {
			break
		}
		r := &e.rules[h.rule]
		if !r.Fallback || r.Report != ReportSOC1 || !h.phrase() || int(h.to) >= len(toks) {
			continue
		}
		named := false
		for k := int(h.from); k <= int(h.to); k++ {
			if j, ok := systemAfter(toks, k); ok {
				buf = append(buf, sysSpan{int(h.from), j, notHolder, false, false})
				named = true
				break
			}
		}
		if j := int(h.to) + 1; !named && dataAt(toks, j) {
			buf = append(buf, sysSpan{int(h.from), j, notHolder, false, true}) // "billing data"
		}
	}
	return buf
}

// systemRunning returns the IT object that names a system by what it does with the
// money word at k, in a relative clause of one clause: "the servers that run our
// payroll", "the database which holds the claims payments". Between them stand
// "that" or "which", one verb of runVerb and at most a determiner; an IT object that
// names an item or a device ("the drives that hold payroll") is no system.
func systemRunning(toks []token, k int) (int, bool) {
	j := k - 1
	for n := 0; n < 2 && j > 0 && toks[j+1].brk < brkClause && !toks[j].stop && moneyItem[toks[j].text]; n++ {
		j-- // "the database that stores our claims payments"
	}
	if j > 0 && toks[j+1].brk < brkClause && ownerWord[toks[j].text] {
		j--
	}
	if j < 2 || toks[j+1].brk >= brkClause || toks[j].brk >= brkClause || !runVerb[toks[j].text] {
		return 0, false
	}
	rel := j - 1
	if w := toks[rel].text; w != "that" && w != "which" || toks[rel].brk >= brkClause {
		return 0, false
	}
	i := rel - 1
	if senses(&toks[i])&snsIT == 0 || notSystemHead[toks[i].text] {
		return 0, false
	}
	if itObjectNotSystem[toks[i].text] && !(endUserDevice[toks[i].text] && deviceRunVerb[toks[j].text]) {
		return 0, false
	}
	return i, true
}

// endUserDevice holds the devices that name no system by themselves ("the drives
// that hold payroll") but do when they run the money work: "the laptops that run our
// payroll reports" are endpoints of the payroll system, and their protection is a
// control over it.
var endUserDevice = wordSet(nil, "laptop", "laptops", "device", "devices")

// deviceRunVerb holds the verbs of runVerb by which a device takes part in the money
// work rather than only storing its files.
var deviceRunVerb = wordSet(nil, "run", "runs", "process", "processes", "handle", "handles")

// systemWorks holds the verbs, in the third person, of work that both an IT object
// and a money system do: the shared part of runVerb and workVerb.
var systemWorks = []string{"runs", "holds", "processes", "handles"}

// runVerb holds the verbs by which an IT object names the money process it serves.
var runVerb = wordSet(systemWorks, "run", "hold", "store", "stores", "host", "hosts",
	"keep", "keeps", "contain", "contains", "process", "handle", "house", "houses", "power", "powers", "support", "supports")

// ownerWord holds the determiners that may stand between runVerb and the money word.
var ownerWord = wordSet(nil, "our", "the", "your", "their", "its", "client", "clients", "customer", "customers")

// workClause returns the last word of a short relative clause after the system noun
// at toks[j] that names the system by the money work it does ("the payments platform
// that disburses our supplier payments", "the module which pays our carriers"), or
// j. The clause's money words name the system, as the words before the noun do; a
// clause longer than workClauseMax words, or one that is not opened by "that" or
// "which" and a verb of workVerb, says more than which system it is.
func workClause(toks []token, j int) int {
	v := j + 2
	if v >= len(toks) || toks[j+1].brk != brkNone || toks[v].brk != brkNone ||
		toks[j+1].text != "that" && toks[j+1].text != "which" || !workVerb[toks[v].text] {
		return j
	}
	end, object := v, false
	for end+1 < len(toks) && toks[end+1].brk == brkNone {
		w := toks[end+1].text
		// The clause ends where the main predicate begins: an auxiliary ("that pays
		// suppliers is reconciled") or a past participle after the verb's object
		// ("that pays suppliers reconciled daily").
		if clauseAux[w] || object && pastParticiple(w) {
			break
		}
		if end+1-v > workClauseMax || controlWord[w] {
			return j
		}
		object = object || !toks[end+1].stop && !ownerWord[w]
		end++
	}
	return end
}

// clauseAux holds the auxiliaries that open the predicate after a relative clause.
var clauseAux = wordSet(nil, "is", "are", "was", "were", "be", "been", "has", "have", "had", "does", "do",
	"did", "can", "will", "should", "must", "may")

// pastParticiple reports whether w reads as a regular past participle.
func pastParticiple(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}

// workClauseMax bounds the words after the verb of a relative clause that names a
// money system by its work.
const workClauseMax = 5

// workVerb holds the verbs of the money work a system does, in the third person.
var workVerb = wordSet(systemWorks, "pays", "disburses", "calculates", "computes", "issues",
	"posts", "collects", "remits", "settles", "generates", "produces")

// controlWord holds the words that make a relative clause ask a control rather than
// name the system: "the platform that pays suppliers accurately".
var controlWord = wordSet(nil, "accurately", "accurate", "completely", "complete", "correctly",
	"correct", "timely", "only", "ensure", "ensures", "after", "before", "without", "twice")

// dataAt reports whether toks[j] is "data" in the clause of the word before it: the
// data of a money system named with no system ("payroll data").
func dataAt(toks []token, j int) bool {
	return j < len(toks) && toks[j].brk < brkClause && toks[j].text == "data"
}

// interfaceAfter returns the interface the money word at k names ("the general
// ledger interface", "the claims payment interface"): the next word of its clause, or
// the one after a word that is no stopword. Access to it, its boundary and the data
// it carries in transit are controls over it as a system (moneySystemControl);
// changes to it and other controls are the interface's own (interfaces).
func interfaceAfter(toks []token, k int) (int, bool) {
	for j := k + 1; j < len(toks) && j <= k+2; j++ {
		if toks[j].brk >= brkClause || toks[j].stop {
			break
		}
		if w := toks[j].text; w == "interface" || w == "interfaces" {
			return j, true
		}
	}
	return 0, false
}

// generalLedger reports whether toks[k] is the ledger of "general ledger", or a
// ledger named by the money word right before it ("the premium ledger", "the claims
// ledger"), which names the ledger system itself with no IT object after it
// ("administrator actions in the general ledger"). A ledger alone is also a book of
// records ("a tamper-evident ledger of admin actions") and names no system.
func generalLedger(toks []token, k int) bool {
	if w := toks[k].text; w != "ledger" && w != "ledgers" || k == 0 || toks[k].brk >= brkClause {
		return false
	}
	if toks[k-1].text == "general" {
		return true
	}
	_, ok := moneyWord(toks, k-1)
	return ok
}

// holderNamed returns the first word of the money words that name the holder at k:
// within systemNameReach words before it, with no stopword, break or IT object
// between ("the server room" is no money place), a money word of the lexicon or a
// money item ("the cheque printing room", "blank check stock"). A wallet is also
// named by the party whose assets it holds ("the client custody wallets"); a place
// is not ("the customer service room").
func holderNamed(toks []token, k int, kind holderKind) (int, bool) {
	for j := k - 1; j >= 0 && j >= k-1-systemNameReach && toks[j+1].brk < brkClause; j-- {
		w := toks[j].text
		if toks[j].stop || senses(&toks[j])&snsIT != 0 {
			return 0, false
		}
		if _, ok := moneyWord(toks, j); ok || moneyInstrument[w] || kind == walletHolder && moneyParty[w] {
			return j, true
		}
	}
	return 0, false
}

// systemAfter returns the IT object that names a system (itObject, less
// itObjectNotSystem) within systemNameReach words after k, with no stopword or
// break between them. A system word that only qualifies the people or the place
// after it ("the payments hub team", "payroll hub staff", "the payroll hub office")
// names no system.
func systemAfter(toks []token, k int) (int, bool) {
	for j := k + 1; j < len(toks) && j <= k+1+systemNameReach; j++ {
		w := toks[j].text
		if toks[j].brk >= brkClause || toks[j].stop || notSystemHead[w] {
			break
		}
		if senses(&toks[j])&snsIT != 0 && !itObjectNotSystem[w] {
			return j, !notSystemHead[clauseNext(toks, j)]
		}
	}
	return 0, false
}

// notSystemHead holds the people and places a system word can qualify, and the
// dashboards that only show the money: after one, the phrase names a team, a site or
// a view, not the system.
var notSystemHead = map[string]bool{
	"team": true, "teams": true, "staff": true, "people": true, "personnel": true,
	"department": true, "departments": true, "office": true, "offices": true,
	"site": true, "sites": true, "building": true, "buildings": true, "premises": true,
	"dashboard": true, "dashboards": true,
}

// itObjectNotSystem holds the IT objects that, right after a money word, name a
// money item, an act or an endpoint rather than a system ("payment rules", "invoice
// alerts", "pay run", "payroll access", "treasury ops laptops").
var itObjectNotSystem = map[string]bool{
	"rule": true, "rules": true, "run": true, "runs": true, "rerun": true, "reruns": true,
	"alert": true, "alerts": true, "ticket": true, "tickets": true, "batch": true, "batches": true,
	"job": true, "jobs": true, "code": true, "codes": true, "formula": true, "formulas": true,
	"logic": true, "user": true, "users": true, "access": true, "card": true, "media": true,
	"device": true, "devices": true, "laptop": true, "laptops": true, "disk": true, "disks": true,
	"drive": true, "drives": true, "hardware": true, "interface": true, "nightly": true, "qa": true, "fix": true, "fixes": true,
}

// keptSecurity holds the SOC 2 rules of CC6.1 that protect data rather than control
// the system: cryptographic keys rotated, held in an HSM or under dual control
// ("are the API keys of the billing portal rotated?") stay the security question
// beside a money system only named.
var keptSecurity = map[string]bool{"key_management": true}

// dataProtection holds the SOC 2 rules that protect stored data itself: encryption
// at rest and the disposal or destruction of the media that hold it. Only these read
// the data of a money system named with no system ("is media containing payroll data
// wiped before disposal?") as a control over that system where it is stored; who may
// see the data, training of those who handle it, its logging and encryption with no
// place said ("is payroll data encrypted?") stay with the rules that read a system.
var dataProtection = wordSet(nil, "encryption_at_rest", "asset_disposal", "media_data_disposal",
	"confidential_disposal", "data_destruction")

// controlFamily reports the SOC 1 area of an IT control criterion over a money
// system (testdata/eval/README.md, "IT controls tied to a money system"): logical
// access, accounts, credentials, the network boundary, disposal and the protection of
// the data at rest and in transit (CC6.x but CC6.8) and the logging of access (CC7.2)
// are access_financial; change and configuration (CC8.1) change_financial; malware
// protection (CC6.8), vulnerabilities scanned and patched (CC7.1), incidents handled
// and recovered (CC7.3–CC7.5) and availability, capacity, backup and recovery (A1.x)
// operations_financial. -1 for other criteria.
func controlFamily(c string) int {
	switch {
	case c == "CC6.8", c == "CC7.1":
		return areaOperations
	case strings.HasPrefix(c, "CC6."), c == "CC7.2":
		return areaAccess
	case c == "CC8.1":
		return areaChange
	case c == "CC7.3", c == "CC7.4", c == "CC7.5", strings.HasPrefix(c, "A1."):
		return areaOperations
	}
	return -1
}

// loggedAccess reports whether a sentence where rule ri matched names access or the
// people who act in the system (users, administrators, logins, sessions): logging
// and monitoring (CC7.2) of that is a control over access to the money system;
// security events and alerts with none of these words are its operations. A sentence
// that only sets the scene ("Our users work in finance.") says nothing of what is
// logged. With no phrase of the rule found, the whole question is read.
func loggedAccess(s *scratch, ri int32) bool {
	toks, seen := s.toks, false
	for _, h := range s.hits {
		if h.rule != ri || !h.phrase() || int(h.from) >= len(toks) {
			continue
		}
		seen = true
		sent := toks[h.from].sent
		for k := range toks {
			if toks[k].sent == sent && accessLogWord(toks, k) {
				return true
			}
		}
	}
	if seen {
		return false
	}
	for k := range toks {
		if accessLogWord(toks, k) {
			return true
		}
	}
	return false
}

// accessLogWord reports whether toks[k] is a word of access or of the people who act
// in a system (accessLogWords), or "sign" or "log" read with the word after it as a
// sign-in or log-in: the hyphen splits "sign-ins" into two words. "sign in", "sign
// on" and the plurals "log ins", "log ons" are always so; "log in" and "log on" only
// as a noun, after a word of how it went ("failed log-ons") or before a noun of what
// is recorded of it ("log-in attempts"), not as a log kept somewhere ("sent to a log in
// the SIEM") or the verb of recording ("do you log in a central store").
func accessLogWord(toks []token, k int) bool {
	w := toks[k].text
	if accessLogWords[w] {
		return true
	}
	if (w != "sign" && w != "log") || k+1 >= len(toks) || toks[k+1].brk != brkNone {
		return false
	}
	switch toks[k+1].text {
	case "ins", "ons":
		return true
	case "in", "on":
		if w == "sign" {
			return true
		}
		return k > 0 && toks[k].brk == brkNone && loginBefore[toks[k-1].text] ||
			k+2 < len(toks) && toks[k+2].brk == brkNone && loginAfter[toks[k+2].text]
	}
	return false
}

// accessLogWords holds the words of access and of the people who act in a system.
var accessLogWords = map[string]bool{
	"access": true, "accesses": true, "accessed": true, "admin": true, "admins": true,
	"administrator": true, "administrators": true, "administrative": true,
	"privileged": true, "privilege": true, "privileges": true, "user": true, "users": true,
	"login": true, "logins": true, "logon": true, "logons": true,
	"dba": true, "dbas": true, "session": true, "sessions": true,
}

// loginBefore holds the words before "log in" or "log on" that make it a noun; loginAfter
// the nouns after it of what is recorded of a log-in.
var (
	loginBefore = wordSet(nil, "failed", "successful", "unsuccessful", "invalid")
	loginAfter  = wordSet(nil, "attempt", "attempts", "event", "events", "activity", "history", "failure",
		"failures", "page", "pages", "screen", "screens", "credentials")
)

// moneySystemControl reports the SOC 1 area of an IT general control asked over a
// money system named in the same sentence (moneySystemSpans), and the words that name
// the system: every rule that gives the question a report is a topic rule, the SOC 2
// ones all of IT control criteria (controlFamily), at least one of them in the
// sentence of the system. Its area is the family most of those rules belong to (a
// rule counts for the family of most of its criteria; CC7.2 counts only in a rule
// with no other criterion); a tie goes to access, then change. A place or wallet
// holding the money (holderKind) is read only by the rule of its kind, and the area
// is custody; a rule whose words all stand in the holder's name ("the cheque
// printing room") only names it.
//
// framed reads a question the asker frames by its own reliance (a SOC 1 verdict of
// the frame tier): the rules of the frame and of the reliance's governance words
// ("ITGCs", "our Audit Committee") say why the control is asked, not another subject.
func (e *Engine) moneySystemControl(s *scratch, fired []firing, framed bool) (area, from, to int, ok bool) {
	var votes [maxAreas]int
	var spans []sysSpan
	found, listed, kept := false, false, false
	held := notHolder
	for _, f := range fired {
		r := &e.rules[f.rule]
		if f.negated || r.Report == "" || r.Report == ReportNone {
			continue
		}
		if r.tier != tierTopic && framed {
			continue
		}
		if r.tier != tierTopic {
			return 0, 0, 0, false
		}
		if r.Report != ReportSOC2 || (framed || r.Incidental) && governanceOnly(r) {
			continue // the reliance's words, or findings remediated beside the control
		}
		if !listed {
			spans, listed = e.moneySystemSpans(s), true
		}
		if len(spans) == 0 {
			return 0, 0, 0, false
		}
		if namesHolderOnly(s, f.rule, spans) {
			continue
		}
		kind := ruleHolder(r)
		kept = kept || keptSecurity[r.ID]
		var n [maxAreas]int
		recovery := recoveryRule(r)
		for _, c := range r.Criteria {
			ai := controlFamily(c)
			if ai < 0 && c == "CC9.1" && recovery {
				continue // the continuity plan a recovery test tests
			}
			if ai < 0 && strings.HasPrefix(c, "C1.") && itControlRule(r) {
				continue // the confidential data a disposal or encryption protects
			}
			if ai < 0 {
				return 0, 0, 0, false // a SOC 2 subject other than an IT control
			}
			if c == "CC7.2" && len(r.Criteria) == 1 && !loggedAccess(s, f.rule) {
				ai = areaOperations // security events watched, no access logged
			}
			if c != "CC7.2" || len(r.Criteria) == 1 {
				n[ai]++
			}
		}
		if len(r.Criteria) == 0 {
			continue
		}
		if !found {
			for _, h := range s.hits {
				if h.rule != f.rule || !h.phrase() || int(h.from) >= len(s.toks) {
					continue
				}
				for _, sp := range spans {
					if s.toks[sp.from].sent == s.toks[h.from].sent && (sp.holder == notHolder || sp.holder == kind) &&
						(!sp.data || dataProtection[r.ID]) &&
						(!transitOnly(r) || transitTarget[s.toks[sp.to].text] || sp.iface) &&
						(!sp.iface || ruleFamily(&n, r.Criteria[0]) == areaAccess) {
						from, to, found, held = sp.from, sp.to, true, sp.holder
					}
				}
				if found {
					break
				}
			}
		}
		votes[ruleFamily(&n, r.Criteria[0])]++
	}
	if !found || kept && held != walletHolder {
		return 0, 0, 0, false
	}
	if held != notHolder {
		return areaCustody, from, to, true
	}
	return topFamily(&votes), from, to, true
}

// areaWordsNameSystem reports whether every word of a SOC 1 area the question has
// stands in the name of a money system (moneySystemSpans), and one does: "claims
// payment" of "the claims payment application" names the system an IT control is
// asked over, not the processing of claims. The words of area skip are left out (the
// asker's reliance, which frames the question), and so are words of an IT general
// control area outside the name: they are the control asked, not a process.
func (e *Engine) areaWordsNameSystem(s *scratch, skip int) bool {
	spans := e.moneySystemSpans(s)
	n := 0
	for _, h := range s.vhits {
		p := &e.pats[h.pat]
		if p.role != roleArea || int(p.rule) == skip {
			continue
		}
		from, to := tokenAt(s.toks, int(h.from)), tokenAt(s.toks, int(h.to)-1) // byte offsets
		in := false
		for _, sp := range spans {
			if sp.holder == notHolder && !sp.data && from >= sp.from && to >= 0 && to <= sp.to {
				in = true
				break
			}
		}
		if !in && isITGCArea[p.rule] {
			continue // the control's own family ("logging for the AP platform"): moneySystemIT reads it
		}
		if !in {
			return false
		}
		n++
	}
	return n > 0
}

// transitOnly reports whether every criterion of rule r is the protection of data
// in transit (CC6.7).
func transitOnly(r *compiled) bool {
	return allCriteria(r, func(c string) bool { return c == "CC6.7" })
}

// transitTarget holds the system nouns data in transit may travel to or from for
// its protection to be a control over a money system ("connections to the payroll
// platform", "traffic to the rebate servers"); a channel or a file named after the
// money words ("withholding elections over SFTP") is the transfer itself.
var transitTarget = func() map[string]bool {
	m := map[string]bool{
		"server": true, "servers": true, "host": true, "hosts": true, "hub": true, "hubs": true,
		"ledger": true, "gateway": true, "gateways": true, "environment": true, "environments": true,
	}
	for w := range systemNoun {
		m[w] = true
	}
	return m
}()

// governanceOnly reports whether every criterion of rule r is of governanceSeries,
// and it has one.
func governanceOnly(r *compiled) bool {
	return allCriteria(r, oversightSeries)
}

// itControlRule reports whether rule r cites an IT control criterion
// (controlFamily) beside its others.
func itControlRule(r *compiled) bool {
	for _, c := range r.Criteria {
		if controlFamily(c) >= 0 {
			return true
		}
	}
	return false
}

// recoveryRule reports whether rule r reads a criterion of availability and
// recovery (A1.x): its continuity plan (CC9.1) is then the plan a recovery or
// failover test exercises over the system ("the DR test of the share draft
// platform"), not a risk of the business at large.
func recoveryRule(r *compiled) bool {
	for _, c := range r.Criteria {
		if strings.HasPrefix(c, "A1.") {
			return true
		}
	}
	return false
}

// ruleHolder returns the kind of money holder rule r reads: a place under physical
// access (every criterion CC6.4), a wallet under key management (keptSecurity).
func ruleHolder(r *compiled) holderKind {
	if keptSecurity[r.ID] {
		return walletHolder
	}
	for _, c := range r.Criteria {
		if c != "CC6.4" {
			return notHolder
		}
	}
	if len(r.Criteria) == 0 {
		return notHolder
	}
	return placeHolder
}

// withoutHolderNames appends to buf the rules of fired but those whose words all
// stand in the name of a money holder (namesHolderOnly).
func (e *Engine) withoutHolderNames(s *scratch, fired []firing, buf []firing) []firing {
	spans := e.moneySystemSpans(s)
	for _, f := range fired {
		if !namesHolderOnly(s, f.rule, spans) {
			buf = append(buf, f)
		}
	}
	return buf
}

// namesHolderOnly reports whether every word rule ri matched stands in the name of
// a money holder ("printing" of "the cheque printing room"), and one does.
func namesHolderOnly(s *scratch, ri int32, spans []sysSpan) bool {
	n := 0
	for _, h := range s.hits {
		if h.rule != ri || !h.phrase() {
			continue
		}
		in := false
		for _, sp := range spans {
			if sp.holder != notHolder && int(h.from) >= sp.from && int(h.to) <= sp.to {
				in = true
				break
			}
		}
		if !in {
			return false
		}
		n++
	}
	return n > 0
}

// topFamily returns the IT general control area with the most counts in n; a tie
// goes to access, then change.
func topFamily(n *[maxAreas]int) int {
	best := areaAccess
	for _, ai := range [...]int{areaChange, areaOperations} {
		if n[ai] > n[best] {
			best = ai
		}
	}
	return best
}

// ruleFamily returns the IT general control area most of one rule's criteria belong
// to; a tie goes to the family of its first criterion, the subject it names first
// (a change put live by the one who wrote it is CC8.1, then CC6.3: change), and
// failing that as topFamily breaks it.
func ruleFamily(n *[maxAreas]int, first string) int {
	best := topFamily(n)
	if ai := controlFamily(first); ai >= 0 && n[ai] == n[best] {
		return ai
	}
	return best
}

// moneySystemControlEvidence names the words of the money system an IT general
// control was asked over.
func moneySystemControlEvidence(s *scratch, text string, from, to int) Evidence {
	ev := Evidence{Rule: "money_system_itgc", Reason: "An IT general control (access, change, operations or recovery) is asked over a system named as a money system: the SOC 2 answers the control and the SOC 1 its objective over that system, with the area of the control's family.", Matched: []string{}}
	if to < len(s.toks) && s.toks[to].end <= len(text) {
		ev.Matched = append(ev.Matched, text[s.toks[from].start:s.toks[to].end])
	}
	return ev
}

// moneySystemIT sets the area and the system's words of moneySystemControl and
// reports whether it found them.
func (e *Engine) moneySystemIT(s *scratch, fired []firing, from, to, area *int) bool {
	ai, a, b, ok := e.moneySystemControl(s, fired, false)
	if ok {
		*area, *from, *to = ai, a, b
	}
	return ok
}

// sectorMoney holds the words of a sector's money process that name a money system
// only when a system noun follows them (sectorMoneySpan), each with the words that
// must come right after it to make the process ("" for none): "the contractor pay
// application", "the share draft module", "the toll transaction database", "the night
// audit application", "the folio database", "the grants management platform", "the
// lien waiver application", "the policy admin system", "the AP module". Alone, or
// with another word after them, these words name no money ("grant access", "a
// toll-free number", "a night shift", "a wireless AP", "a security policy").
var sectorMoney = map[string]map[string]bool{
	"pay":     {"application": true, "applications": true, "app": true, "apps": true},
	"share":   {"draft": true, "drafts": true},
	"toll":    {"": true, "transaction": true, "transactions": true},
	"tolls":   {"": true},
	"tolling": {"": true},
	"fare":    {"": true, "transaction": true, "transactions": true},
	"fares":   {"": true},
	"night":   {"audit": true},
	"folio":   {"": true},
	"folios":  {"": true},
	"grant":   {"management": true, "accounting": true, "administration": true, "payment": true, "payments": true},
	"grants":  {"management": true, "accounting": true, "administration": true, "payment": true, "payments": true},
	"lien":    {"waiver": true, "waivers": true},
	"policy":  {"admin": true, "administration": true},
	"ap":      {"": true},
	"ar":      {"": true},
	// "the collections system", "the collections platform": the collecting of
	// money owed; data, log, art or evidence collections are another sense
	// (sectorMoneyOther).
	"collections": {"": true},
}

// sectorMoneyShapes rules most words out of sectorMoney before it is read.
var sectorMoneyShapes = shapesOf(sectorMoney)

// sectorMoneyOther holds the words before a sectorMoney word that give it another
// sense: "a wireless AP", "the security policy admin system", "access grant".
var sectorMoneyOther = map[string]bool{
	"wireless": true, "wifi": true, "rogue": true, "security": true, "access": true,
	"password": true, "iam": true, "group": true, "privilege": true, "permission": true,
	"data": true, "log": true, "logs": true, "art": true, "museum": true, "evidence": true,
	"telemetry": true, "metrics": true, "sample": true, "samples": true, "specimen": true,
}

// sectorMoneySpan returns the last word of the sector money process at k and
// whether one stands there: a sectorMoney word, not after a word of its other sense,
// with the word after it that makes it a process, and "toll" not before "free".
func sectorMoneySpan(toks []token, k int) (int, bool) {
	if !sectorMoneyShapes.may(toks[k].text) {
		return 0, false
	}
	nexts, ok := sectorMoney[toks[k].text]
	if !ok || k > 0 && toks[k].brk < brkClause && sectorMoneyOther[toks[k-1].text] {
		return 0, false
	}
	if k+1 < len(toks) && toks[k+1].brk < brkClause && nexts[toks[k+1].text] {
		return k + 1, true
	}
	if next := clauseNext(toks, k); nexts[""] && next != "free" {
		return k, true
	}
	return 0, false
}

// reportingOnly reports whether areas is empty or holds financial_reporting alone.
func reportingOnly(areas []string) bool {
	return len(areas) == 0 || len(areas) == 1 && areas[0] == AllSOC1Areas[areaReporting]
}

// itgcAreaName reports whether a is the name of an IT general control area.
func itgcAreaName(a string) bool {
	return a == AllSOC1Areas[areaAccess] || a == AllSOC1Areas[areaChange] || a == AllSOC1Areas[areaOperations]
}
