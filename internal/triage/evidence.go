package triage

// The evidence of a verdict: each fired rule with the words of the question that
// matched it.

import "slices"

// evidence lists every fired rule (negated ones flagged) with the words that matched,
// with room for the extra evidence the caller appends after it (the wording's
// reading is counted here).
//
// A rule that reads a report without its number (Rule.Unnumbered) quotes none of
// the words of a report named with its number when a rule of the name tier fired,
// which speaks for that report: "SOC 1 report" is the SOC 1's, though the gap of
// "soc report*" lets its number in (onNumberedReport). Such a rule with no other
// words is left out of the evidence; the verdict is the same.
func (e *Engine) evidence(s *scratch, text string, fired []firing, extra int) []Evidence {
	if len(s.reads) > 0 {
		extra++ // withReading
	}
	if s.yield[1] >= 0 {
		extra++ // withYield
	}
	if len(fired)+extra == 0 {
		return []Evidence{}
	}
	ev := make([]Evidence, 0, len(fired)+extra)
	if len(fired) == 0 {
		return ev
	}
	named := slices.ContainsFunc(fired, func(f firing) bool { return e.rules[f.rule].tier == tierName })
	// The words gather in the scratch buffer and are copied into one slice of their
	// exact size: the hits are many more than the words they quote.
	words, ends := s.ewords[:0], s.eends[:0]
	for _, f := range fired {
		start := len(words)
		numbered := named && e.rules[f.rule].Unnumbered
		for _, h := range s.hits {
			if h.rule != f.rule || !h.phrase() || numbered && onNumberedReport(s.toks, h) {
				continue
			}
			w := text[s.toks[h.from].start:s.toks[h.to].end]
			if !contains(words[start:], w) {
				words = append(words, w)
			}
		}
		ends = append(ends, len(words))
	}
	all := make([]string, len(words))
	copy(all, words)
	clear(words)
	s.ewords, s.eends = words[:0], ends[:0]
	start := 0
	for i, f := range fired {
		r := &e.rules[f.rule]
		if start == ends[i] && named && r.Unnumbered {
			continue // every word it matched is a numbered report's
		}
		ev = append(ev, Evidence{Rule: r.ID, Reason: r.Reason, Matched: all[start:ends[i]:ends[i]], Negated: f.negated})
		start = ends[i]
	}
	return withYield(s, text, fired, ev)
}

// onNumberedReport reports whether hit h is on a report named with its number: a
// SOC report's number ("SOC 1", "SOC II", "SOC2") or a standard's ("ISAE 3402",
// "SSAE 18", "AT-C 320") stands inside the hit ("SOC 1 report"), just after it
// ("forward the SOC | 1 report") or just before it in the same clause, its type
// between or not ("SOC 2 report on the design of controls", "ISAE 3402 Type II
// assurance report").
func onNumberedReport(toks []token, h patHit) bool {
	for k := max(int(h.from), 1); k <= int(h.to)+1 && k < len(toks); k++ {
		if reportNumber(toks, k) {
			return true
		}
	}
	k := int(h.from)
	if toks[k].brk >= brkClause {
		return false
	}
	if k >= 2 && toks[k-2].text == "type" && typeNumber(toks[k-1].text) && toks[k-1].brk < brkClause {
		k -= 2 // "SOC 2 Type 1 | report on …"
	}
	return k >= 2 && toks[k].brk < brkClause && reportNumber(toks, k-1)
}

// typeNumber reports whether w is the number of a Type 1 or Type 2.
func typeNumber(w string) bool {
	switch w {
	case "1", "2", "i", "ii", "one", "two":
		return true
	}
	return false
}

// reportNumber reports whether toks[k] is the number of a report named just before
// it: 1, 2, 3 (in figures, Roman numerals or words) after "SOC", figures after a
// standard's name.
func reportNumber(toks []token, k int) bool {
	if toks[k].brk >= brkClause {
		return false
	}
	name, num := toks[k-1].text, toks[k].text
	switch name {
	case "soc":
		switch num {
		case "1", "2", "3", "i", "ii", "iii", "one", "two", "three":
			return true
		}
	case "ssae", "isae", "sas":
		return isDigits(num)
	case "c": // AT-C
		return k >= 2 && toks[k-2].text == "at" && isDigits(num)
	}
	return false
}

// isDigits reports whether w is a number written in figures.
func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isASCIIDigit(w[i]) {
			return false
		}
	}
	return w != ""
}

// withReading adds to the evidence of a verdict on text the words read otherwise
// than written (wording.go), when there are any.
func withReading(s *scratch, text string, ev []Evidence) []Evidence {
	if len(s.reads) == 0 {
		return ev
	}
	return append(ev, readingEvidence(text, s.reads))
}
