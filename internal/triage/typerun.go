package triage

// A type stated in several words is one type: "a design-only Type 1", "a Type I that
// only covers the design of controls", "a point-in-time Type 1". A negation after the
// last of its words belongs to all of them, while negatedWords gives a negation after
// a type to that type alone (typeBefore: "a Type 1 SOC 2 will not do" refuses the
// type, not the report), so the words before it, or the type it describes, would
// otherwise stand unrefused.

// typeRunNegated reports whether the type words at toks[from:to+1] belong to a longer
// statement of one type that is negated as a whole: a type just before them in their
// clause (typeStart: "design-only | Type 1", "Type I that | only covers the design")
// or a Type 1 or 2 right after them ("design-only | Type 1"). The run is read from
// the first type's start to the last type's end.
func typeRunNegated(toks []token, from, to int) bool {
	start, end := from, to
	if k := typeStart(toks, from); k >= 0 {
		start = k
	}
	if j := to + 2; j < len(toks) && toks[to+1].text == "type" && toks[to+1].brk == brkNone &&
		toks[j].brk == brkNone && typeNumber(toks[j].text) {
		end = j
	}
	if start == from && end == to {
		return false
	}
	return negatedAt(toks, start, end)
}

// typeStart returns the index of the first word of a type that stands within three
// words before toks[from] in its clause ("Type 1", "design-only", "point-in-time",
// "readiness", "snapshot"), or -1. typeBefore asks only whether there is one.
func typeStart(toks []token, from int) int {
	for k := from - 1; k >= 0 && k >= from-3; k-- {
		if toks[k+1].brk >= brkClause {
			return -1
		}
		if k >= 1 && toks[k-1].text == "type" && typeNumber(toks[k].text) {
			return k - 1
		}
		switch toks[k].text {
		case "design", "readiness", "snapshot":
			return k
		case "time":
			if k >= 2 && toks[k-2].text == "point" {
				return k - 2
			}
		case "only":
			if k >= 1 && toks[k-1].text == "design" {
				return k - 1
			}
		}
	}
	return -1
}
