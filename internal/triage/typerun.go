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

// acceptanceSpent reports whether a rule of a type the asker accepts now matched only
// words of acceptance that do not accept its type: each is refused ("we looked at
// your Type I; the committee won't accept it again") or takes another type as its
// object ("of type 1 or type 2? We accept only type 2"). The words of acceptance are
// the second group of the rule's all list; the rule then does not fire, and the type
// signals decide (a type refused is read as such by typeNegated). Once the asker refuses, a word that only dates
// the acceptance (acceptNowWord) accepts nothing by itself: "… won't accept it
// again. Pls confirm you now have a report over a period".
func (e *Engine) acceptanceSpent(s *scratch, ri int32) bool {
	r := &e.rules[ri]
	if !r.Accept || len(r.all) < 2 {
		return false
	}
	spent, refused, dated := false, false, false
	for _, h := range s.hits {
		if h.rule != ri || h.role != 1 {
			continue
		}
		from, to := int(h.from), int(h.to)
		switch {
		case negatedAt(s.toks, from, to):
			spent, refused = true, true
		case otherTypeBeside(s.toks, from, to, r.Type):
			spent = true
		case from == to && acceptNowWord[s.toks[from].text]:
			dated = true
		default:
			return false
		}
	}
	return spent && (refused || !dated)
}

// acceptNowWord holds the words of acceptance that only say when a type is
// accepted: "a Type 1 now", "in the interim", "initially".
var acceptNowWord = map[string]bool{"now": true, "interim": true, "meantime": true,
	"initially": true}

// otherTypeBeside reports whether the words at toks[from:to+1] take as their object a
// type that is not want, with only the words of typeLink between them: "accept only
// type 2", "only a Type II is acceptable".
func otherTypeBeside(toks []token, from, to int, want string) bool {
	// Both ways the type is a pair of tokens ("type", a number), so the walk stops a
	// token short of the clause's edge.
	for k, hi := to+1, clauseAfter(toks, to, len(toks)); k < hi && k+1 < len(toks); k++ {
		if toks[k].text == "type" && toks[k+1].brk == brkNone && typeNumber(toks[k+1].text) {
			return numberedType(toks[k+1].text) != want
		}
		if !typeLink[toks[k].text] {
			break
		}
	}
	for k, lo := from-1, max(clauseBefore(toks, from, len(toks)), 1); k >= lo; k-- {
		if toks[k-1].text == "type" && toks[k].brk == brkNone && typeNumber(toks[k].text) {
			return numberedType(toks[k].text) != want
		}
		if !typeLink[toks[k].text] {
			break
		}
	}
	return false
}

// typeLink holds the words that may stand between a word of acceptance and the type
// it accepts.
var typeLink = map[string]bool{"only": true, "just": true, "a": true, "an": true, "the": true,
	"is": true, "are": true, "be": true, "would": true, "will": true}

// numberedType is the type a type number names: Type1 for 1, I and one, else Type2.
func numberedType(w string) string {
	if w == "1" || w == "i" || w == "one" {
		return Type1
	}
	return Type2
}
