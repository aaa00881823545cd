package triage

// A reason given for the type: "A Type 1 is fine since the treasury tool is new." The
// money system named in a clause opened by since or because, beside a word of newness,
// says why a first report of design alone will do, not what the report must cover: a
// SOC report asked for without its number stays the SOC 2 (guide section 8,
// "Unnamed reports"), as it is when no money system is named at all. A money process
// asked about outside such a clause ("How are treasury payments approved?") still
// makes an unnumbered report the SOC 1 (unnumberedSOC1).

// reasonOpener opens a clause that gives a reason. It is not reasonWords with its
// guard (reasonAt), on purpose: sinceTime reads "since we launched" and "since we
// onboarded" as a time, yet here that is the very reason of newness this clause is
// looked for ("a Type 1 is fine since we launched the tool last month"), and "as"
// and "given" are not read as openers of it.
var reasonOpener = map[string]bool{"since": true, "because": true, "cause": true}

// newnessWord says a system, a service or a product is new or only just live.
var newnessWord = map[string]bool{
	"new": true, "newly": true, "launched": true, "live": true, "recent": true, "recently": true,
	"introduced": true, "implemented": true, "rolled": true, "deployed": true, "onboarded": true,
}

// newReason reports whether token k stands in a clause opened by a reason opener
// that also holds a word of newness.
func newReason(toks []token, k int) bool {
	lo, hi := clauseSpan(toks, k)
	opened := false
	for j := lo; j <= k && !opened; j++ {
		opened = reasonOpener[toks[j].text]
	}
	if !opened {
		return false
	}
	for j := lo; j < hi; j++ {
		if newnessWord[toks[j].text] {
			return true
		}
	}
	return false
}

// topicsInNewReason reports whether every word of every SOC 1 topic rule that fired
// stands in a reason clause of newness (newReason), and one does.
func (e *Engine) topicsInNewReason(s *scratch, fired []firing) bool {
	n := 0
	for _, f := range fired {
		r := &e.rules[f.rule]
		if f.negated || r.tier != tierTopic || (r.Report != ReportSOC1 && r.Report != ReportBoth) {
			continue
		}
		for _, h := range s.hits {
			if h.rule != f.rule || !h.phrase() || int(h.from) >= len(s.toks) {
				continue
			}
			if !newReason(s.toks, int(h.from)) {
				return false
			}
			n++
		}
	}
	return n > 0
}
