package triage

import (
	"maps"
	"slices"
	"strings"
)

// A report and a bridge letter asked for together. The letter alone is no SOC report
// ("a bridge letter for your SOC 2"); named beside the report as a second thing
// wanted ("the SOC 2 and a bridge letter", "SOC 1 + gap letter", "a bridge letter and
// your latest SOC 2") it comes with the report. What tells the two apart is the
// structure between the two names, not their words: a conjunction or a list joins two
// items, while "for", "covering", "since" or "after" make the report what the letter
// is about. A rule marked joined (Rule.Joined) fires only when a hit of its first all
// group (the report) and one of its second (the letter) stand as two items of a list.

// listed reports whether rule ri has a hit of its first all group and one of its
// second that are two items of one list in text.
func (e *Engine) listed(s *scratch, text string, ri int32) bool {
	for _, a := range s.hits {
		if a.rule != ri || a.role != 0 || !bareReportNamed(s.toks, int(a.from)) {
			continue
		}
		for _, b := range s.hits {
			if b.rule != ri || b.role != 1 {
				continue
			}
			if listItems(s.toks, text, int(a.from), int(a.to), int(b.from), int(b.to)) {
				return true
			}
			if b.to < a.from && governed(s.toks, bothSkipped(s.toks, int(a.from))) && reportsAlsoAsked(s.toks, int(a.to)) {
				return true // "bridge letters for the SOC 1 and SOC 2, along with the reports themselves"
			}
		}
	}
	return false
}

// bareReportNamed reports whether a report that starts at toks[from] with no name of
// its own ("report", "audit report") is named as the one report meant: right after
// "the" or "your" ("the report", "your audit report"). "The pen test report" and "a
// report" name no report to send beside a letter. A report with a name passes.
func bareReportNamed(toks []token, from int) bool {
	switch toks[from].text {
	case "report", "reports", "audit":
		return from > 0 && (toks[from-1].text == "the" || toks[from-1].text == "your")
	}
	return true
}

// listItems reports whether the report at toks[rFrom:rTo+1] and the letter at
// toks[lFrom:lTo+1] are joined as two items of a list: only a joiner (listJoiner, a
// comma, "+" or "&") and words that belong to either item (itemWord) stand between
// them, and the report is not itself the object of a preposition ("a bridge letter
// for your SOC 2") or a modifier of another noun ("the SOC 2 period").
func listItems(toks []token, text string, rFrom, rTo, lFrom, lTo int) bool {
	if modifiesNoun(toks, text, rTo) {
		return false
	}
	switch {
	case rTo < lFrom: // "the SOC 2 and a bridge letter"
		// A pronoun sent with the letter stands for the report wherever it was
		// named, the object of the asker's reliance included ("our auditors rely on
		// your SOC 1 … send it with a bridge letter").
		return sentWithPronoun(toks, rTo, lFrom, lTo) || !governed(toks, rFrom) && listGap(toks, text, rTo+1, lFrom, true, false)
	case lTo < rFrom: // "a bridge letter and the SOC 2"
		// The gap runs from the letter's noun: "letter covering the gap since your
		// last SOC 1" is one hit of the letter, and what follows its noun is no list.
		for k := lFrom; k <= lTo; k++ {
			if letterNoun[toks[k].text] {
				return listGap(toks, text, k+1, rFrom, false, notOnly(toks, lFrom))
			}
		}
	}
	return false
}

// sentWithPronoun reports whether the letter at toks[lFrom:lTo+1], after the report
// that ends at toks[rTo], is sent with a pronoun that stands for the report: "Your
// SOC 2: please send it with a bridge letter", "send the SOC 2, and include a gap
// letter with it". The pronoun is the object of a sending verb before the letter
// ("send it with", "forward it along with"), or follows the letter's noun after
// "with", "alongside" or "to" ("a bridge letter with it", "attach a gap letter to
// it"). A letter for it ("a bridge letter for it") bridges the report, which it does
// not ask for; a report already held is refused by the rule's negation (held).
func sentWithPronoun(toks []token, rTo, lFrom, lTo int) bool {
	k := lFrom - 1
	for k > rTo && (toks[k].text == "a" || toks[k].text == "an" || toks[k].text == "the" || toks[k].text == "any") {
		k--
	}
	with := false
	for k > rTo && withWord[toks[k].text] && toks[k+1].brk == brkNone {
		with = true
		k--
	}
	if with && k-1 > rTo && reportPronoun[toks[k].text] && sendVerb[toks[k-1].text] && toks[k].brk == brkNone {
		return true // "send it with a bridge letter"
	}
	for n := lFrom; n <= lTo; n++ {
		if !letterNoun[toks[n].text] {
			continue
		}
		w, p := n+1, n+2
		if p < len(toks) && toks[w].brk == brkNone && toks[p].brk == brkNone &&
			(withWord[toks[w].text] || toks[w].text == "to") && reportPronoun[toks[p].text] {
			return true // "a bridge letter with it"
		}
		return false
	}
	return false
}

// listGap reports whether toks[lo:hi], the words between two items, join them as a
// list: a joiner, or a comma, "+" or "&" between the items, and no word other than a
// joiner or a word of an item. "With" joins only after the report ("the SOC 2 with a
// bridge letter"); "a bridge letter with your SOC 2" may be the letter that goes
// with it. "But" joins after "not just" or "not only" before the first item ("not
// just a bridge letter but the SOC 2 report itself"). A break other than a comma
// (";", ":", a sentence end) ends the list.
func listGap(toks []token, text string, lo, hi int, reportFirst, but bool) bool {
	joined, cond := false, false
	for k := lo; k <= hi; k++ {
		sep := textBetween(text, &toks[k-1], &toks[k])
		if strings.ContainsAny(sep, ";:?!\n") || strings.Contains(sep, ".") && !abbreviation[toks[k-1].text] {
			return false // "incl." shortens a joiner and ends no list
		}
		if strings.ContainsAny(sep, ",+&") {
			joined = true
		}
		if k == hi {
			break
		}
		switch w := toks[k].text; {
		case cond:
			// the words of a condition before the second item
		case joined && listCondition[w]:
			cond = true // "the SOC 2, and if it is stale the bridge letter"
		case listJoiner[w], but && w == "but":
			joined = true
		case w == "with":
			joined = joined || reportFirst
		case !itemWord[w]:
			return false
		}
	}
	return joined
}

// reportsAlsoAsked reports whether the report ending at toks[rTo], named as what a
// letter is for, is asked for beside the letter later in its sentence by a joiner and
// a back reference to it: "bridge letters for the SOC 1 and the SOC 2, along with the
// reports themselves", "a gap letter for the SOC 1 and the report too". Only other
// items of the list and a joiner may stand between; a report of another kind after
// the joiner ("and the reports of your pen tests") is no back reference.
func reportsAlsoAsked(toks []token, rTo int) bool {
	for k := rTo + 1; k < len(toks) && k <= rTo+12 && toks[k].brk < brkSentence; k++ {
		w := toks[k].text
		if backJoiner[w] || w == "well" && toks[k-1].text == "as" {
			if backReport(toks, k+1) {
				return true
			}
		}
		if !itemWord[w] && !listJoiner[w] && w != "both" {
			return false
		}
	}
	return false
}

// bothSkipped returns from, or the index of "both" right before the report's
// determiners ("for both the SOC 1 and the SOC 2"), so that governed reads the word
// before it.
func bothSkipped(toks []token, from int) int {
	k := from - 1
	for k >= 0 && itemWord[toks[k].text] && !listJoiner[toks[k].text] {
		k--
	}
	if k >= 0 && toks[k].text == "both" {
		return k
	}
	return from
}

// backReport reports whether the words at toks[k] name the reports already named
// and end their clause: "(with) the reports (themselves)", "those reports too".
func backReport(toks []token, k int) bool {
	for k < len(toks) && toks[k].brk < brkClause && (toks[k].text == "with" || toks[k].text == "as" || toks[k].text == "by") {
		k++
	}
	if k >= len(toks) || toks[k].brk >= brkClause || !backDeterminer[toks[k].text] {
		return false
	}
	k++
	for k < len(toks) && toks[k].brk == brkNone && backModifier[toks[k].text] {
		k++
	}
	if k >= len(toks) || toks[k].brk != brkNone || toks[k].text != "report" && toks[k].text != "reports" {
		return false
	}
	k++
	if k < len(toks) && toks[k].brk == brkNone && backTail[toks[k].text] {
		k++
	}
	return k >= len(toks) || toks[k].brk != brkNone || toks[k].text == "please"
}

var (
	// backJoiner holds the joiners that add the reports to a letter asked for them.
	backJoiner = map[string]bool{"and": true, "plus": true, "along": true, "together": true,
		"alongside": true, "accompanied": true}
	// backDeterminer holds the words that point back to reports already named.
	backDeterminer = map[string]bool{"the": true, "those": true, "these": true, "their": true}
	// backModifier holds the words between such a determiner and its noun.
	backModifier = map[string]bool{"actual": true, "full": true, "underlying": true,
		"audit": true, "soc": true, "original": true, "complete": true}
	// backTail holds the words that may end such a back reference.
	backTail = map[string]bool{"themselves": true, "itself": true, "too": true, "also": true}
)

// notOnly reports whether "not just", "not only" or "not merely" stands before the
// item that begins at toks[from], past an article: "not just a bridge letter".
func notOnly(toks []token, from int) bool {
	k := from - 1
	if k >= 0 && (toks[k].text == "a" || toks[k].text == "an" || toks[k].text == "the") {
		k--
	}
	return k >= 1 && (toks[k].text == "just" || toks[k].text == "only" || toks[k].text == "merely") &&
		toks[k-1].text == "not"
}

// governed reports whether a preposition or a verb of bridging stands before the
// report at toks[from], past its determiners and modifiers: "for your last SOC 2",
// "covering the SOC 1", "since the SOC 2 Type 2".
func governed(toks []token, from int) bool {
	for k := from - 1; k >= 0; k-- {
		w := toks[k].text
		if itemWord[w] && !listJoiner[w] {
			continue
		}
		return bridgedBy[w]
	}
	return false
}

// modifiesNoun reports whether the report ending at toks[to] names another noun
// after it, its type and number aside: "the SOC 2 period end date", "your SOC 2
// bridge letter". A comma, "+" or "&" before the noun makes it the next item.
func modifiesNoun(toks []token, text string, to int) bool {
	for k := to + 1; k < len(toks) && toks[k].brk == brkNone; k++ {
		if strings.ContainsAny(textBetween(text, &toks[k-1], &toks[k]), ",+&") {
			return false
		}
		switch w := toks[k].text; w {
		case "type", "1", "2", "i", "ii", "one", "two":
			continue
		default:
			return modifiedNoun[w]
		}
	}
	return false
}

var (
	// listJoiner holds the words that join two items: "and", "plus", "as well as",
	// "along with", "together with", "alongside", "accompanied by", "including" (and
	// its short form "incl.").
	listJoiner = map[string]bool{"and": true, "plus": true, "well": true, "along": true,
		"together": true, "alongside": true, "accompanied": true, "including": true, "incl": true, "also": true}
	// itemWord holds the words that may stand inside either item or beside a joiner:
	// the report's type and standard, its noun, determiners and the adjectives a
	// request puts before a document.
	itemWord = wordSet(reportTypeAndNoun, "a", "an", "the", "your", "its", "their", "as",
		"by", "soc", "ssae", "isae", "18", "16", "3402", "3000", "latest", "last", "most",
		"recent", "current", "updated", "signed", "final", "relevant", "corresponding",
		"accompanying", "applicable", "any", "please", "kindly", "copy", "also")
	// listCondition holds the words that open a condition on the second item of a
	// list, after the joiner: "and, if its period ended long ago, a bridge letter".
	listCondition = map[string]bool{"if": true, "where": true, "should": true, "when": true, "once": true}
	// letterNoun holds the nouns of a bridge letter's phrase.
	letterNoun = map[string]bool{"letter": true, "letters": true, "ltr": true, "ltrs": true,
		"statement": true, "statements": true}
	// bridgedBy holds the words that make the report after them what a letter is about.
	bridgedBy = map[string]bool{"for": true, "covering": true, "covers": true, "cover": true,
		"since": true, "after": true, "following": true, "to": true, "of": true, "from": true,
		"through": true, "until": true, "bridging": true, "bridge": true, "bridges": true,
		"beyond": true, "past": true, "on": true, "about": true, "between": true}
	// withWord holds the words that send one thing with another: "with" (and its
	// short form "w/"), "along with", "together with", "alongside".
	withWord = map[string]bool{"with": true, "w": true, "along": true, "together": true, "alongside": true}
	// reportPronoun holds the pronouns that stand for a report named before them.
	reportPronoun = map[string]bool{"it": true, "them": true}
	// sendVerb holds the verbs that send a report: "send it with a bridge letter";
	// the request verbs of sendWord and two that hand a document over.
	sendVerb = wordSet(slices.Collect(maps.Keys(sendWord)), "deliver", "return")
	// modifiedNoun holds the nouns a report's name may qualify.
	modifiedNoun = map[string]bool{"period": true, "periods": true, "date": true, "dates": true,
		"end": true, "window": true, "scope": true, "auditor": true, "auditors": true,
		"letter": true, "letters": true, "bridge": true, "gap": true, "exceptions": true}
)
