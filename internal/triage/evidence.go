package triage

// The evidence of a verdict: each fired rule with the words of the question that
// matched it.

// evidence lists every fired rule (negated ones flagged) with the words that matched,
// with room for the extra evidence the caller appends after it (the wording's
// reading is counted here).
func (e *Engine) evidence(s *scratch, text string, fired []firing, extra int) []Evidence {
	if len(s.reads) > 0 {
		extra++ // withReading
	}
	if len(fired)+extra == 0 {
		return []Evidence{}
	}
	ev := make([]Evidence, len(fired), len(fired)+extra)
	if len(fired) == 0 {
		return ev
	}
	// The words gather in the scratch buffer and are copied into one slice of their
	// exact size: the hits are many more than the words they quote.
	words, ends := s.ewords[:0], s.eends[:0]
	for _, f := range fired {
		start := len(words)
		for _, h := range s.hits {
			if h.rule != f.rule || !h.phrase() {
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
		ev[i] = Evidence{Rule: r.ID, Reason: r.Reason, Matched: all[start:ends[i]:ends[i]], Negated: f.negated}
		start = ends[i]
	}
	return ev
}

// withReading adds to the evidence of a verdict on text the words read otherwise
// than written (wording.go), when there are any.
func withReading(s *scratch, text string, ev []Evidence) []Evidence {
	if len(s.reads) == 0 {
		return ev
	}
	return append(ev, readingEvidence(text, s.reads))
}
