package triage

// The categories a report request names. Buyers list the Trust Services Categories
// they need in the report in many shapes: "SOC 2 (Security & Availability)",
// "covering Security, Availability and Confidentiality", "INCLUDING
// CONFIDENTIALITY", "Confidentiality in addition to Security", "Sec+Avail",
// "TSC: S, A, C". Each category so named is in the verdict, security too; a
// category not named is not added ("Does your SOC 2 include Availability?" is
// availability alone, guide section 8).
//
// The reader works on the tokens: a run of category names joined by list glue
// (commas, "&", "+", "/", "and", "or") counts when a category noun or scope word
// follows it ("… categories", "… in scope", "… are included", "one of the Trust
// Services Categories"), or when it is anchored and closed. Anchored: a scope word
// stands before it ("include", "cover", "in addition to", "as well as", "scoped
// to"), or the report's name ("SOC 2 Type II (…)"), or a category noun ("Trust
// Services Criteria: …"). Closed: the run ends the sentence or clause, or a closing
// word follows: a name that modifies a noun ("security incidents", "privacy
// policy", "availability metrics") is not a category. The question must speak of a report (a SOC 2, a report, an audit, an
// attestation, a scope), and a negated run ("not Privacy", "excluding
// Availability", "other than Security") names nothing.

import (
	"math/bits"
	"strings"
)

// catSpan is where a run of category names stands, in bytes of the text.
type catSpan struct{ start, end int }

// maxCatRuns bounds the runs the evidence quotes.
const maxCatRuns = 4

// catMention reports the category the token at k names, how many tokens the name
// takes ("processing integrity" two), and whether it is a single capital letter
// ("S, A, C"), which counts only in a list of names joined by punctuation.
func catMention(toks []token, text string, k int) (cat int, n int, letter bool) {
	t := &toks[k]
	w := t.text
	written := text[t.start:t.end]
	switch {
	case w == "security" || foldIs(written, "sec"):
		return 0, 1, false
	case w == "availability" || foldIs(written, "avail"):
		return 1, 1, false
	case w == "processing" && k+1 < len(toks) && toks[k+1].text == "integrity" && toks[k+1].brk == brkNone:
		return 2, 2, false
	case foldIs(written, "pi"):
		return 2, 1, false
	case w == "confidentiality" || foldIs(written, "conf"):
		return 3, 1, false
	case w == "privacy" || foldIs(written, "priv"):
		return 4, 1, false
	}
	if len(written) != 1 || written[0] < 'A' || written[0] > 'Z' {
		return -1, 0, false
	}
	if t.end < len(text) && (isASCIILetter(text[t.end]) || isASCIIDigit(text[t.end])) {
		return -1, 0, false // "A1.2" is a criterion
	}
	switch written[0] {
	case 'S':
		return 0, 1, true
	case 'A':
		return 1, 1, true
	case 'C':
		return 3, 1, true
	case 'P':
		return 4, 1, true
	}
	return -1, 0, false
}

// foldIs is strings.EqualFold(w, lit) for lit in lower-case ASCII letters, which
// catMention asks of every word of a question, so it first rules out by length the
// words that cannot match. Under simple case folding the only runes outside ASCII
// that reach an ASCII letter are K (U+212A, KELVIN SIGN, three bytes, to k) and ſ
// (U+017F, LONG S, two bytes, to s), so a word that folds to lit is at least as long
// as lit and at most three times as long. EqualFold decides within those bounds.
func foldIs(w, lit string) bool {
	return len(lit) <= len(w) && len(w) <= 3*len(lit) && strings.EqualFold(w, lit)
}

// listGlue reports whether the text between two names only joins a list: spaces
// and the marks of a list, with punct set when one of those marks is there.
func listGlue(between string) (ok, punct bool) {
	for i := 0; i < len(between); i++ {
		switch between[i] {
		case ' ', '\t':
		case ',', '&', '+', '/':
			punct = true
		default:
			return false, false
		}
	}
	return true, punct
}

// textBetween is the text between two tokens, a before b. The words an abbreviation
// expands to ("MSSP": managed security service provider) share the abbreviation's
// span, so two tokens of one written word have nothing between them.
func textBetween(text string, a, b *token) string {
	if a.end >= b.start {
		return ""
	}
	return text[a.end:b.start]
}

// glueWord reports whether w may join two names of a list ("and the").
func glueWord(w string) bool { return w == "and" || w == "or" || w == "plus" || w == "the" }

// catNoun reports whether w names the categories as such: "categories",
// "criteria", "TSC", "Trust Services" ("privacy principles" are not the old Trust
// Services Principles).
func catNoun(w string) bool {
	switch w {
	case "criteria", "criterion", "tsc", "tscs", "trust", "tsp":
		return true
	}
	return strings.HasPrefix(w, "categor")
}

// scopeBefore reports whether the token at k, before a run, puts it in a report's
// scope: "including", "inclusive of", "covers", "addresses", "encompasses",
// "incorporates", "scoped to", "in addition to", "as well as", and a report
// "describing" the controls named.
func scopeBefore(toks []token, k int) bool {
	w := toks[k].text
	switch {
	case strings.HasPrefix(w, "includ"), w == "incl", w == "inclusive", strings.HasPrefix(w, "cover"),
		w == "describing", w == "describes", w == "described",
		strings.HasPrefix(w, "address"), strings.HasPrefix(w, "encompass"),
		strings.HasPrefix(w, "incorporat"), w == "scope", w == "scoped", w == "plus":
		return true
	case w == "addition":
		return k > 0 && toks[k-1].text == "in"
	case w == "well":
		return k > 0 && toks[k-1].text == "as"
	case w == "as":
		return k > 1 && toks[k-1].text == "well" && toks[k-2].text == "as"
	}
	return catNoun(w)
}

// scopeAfter holds the words after a run that put it in a report's scope:
// "… in scope", "… are included", "… covered".
func scopeAfter(w string) bool {
	switch w {
	case "scope", "scoped", "included", "covered":
		return true
	}
	return catNoun(w)
}

// runFiller holds the words that may stand between a report's name or a scope word
// and the run: "SOC 2 Type II report for", "include both".
var runFiller = wordSet(reportTypeAndNoun,
	"the", "both", "for", "on", "over", "of", "with", "w", "to", "your", "its", "it", "our",
	"trust", "services", "service", "only", "in", "at", "least", "also",
	// What a report describes of the controls: "describing the design of", "the
	// operating effectiveness of", "the suitability of the design of".
	"design", "operating", "effectiveness", "suitability",
)

// afterFiller holds the words that may stand between a run and the scope word after
// it: "Availability is also in scope".
var afterFiller = map[string]bool{
	"is": true, "are": true, "be": true, "been": true, "also": true, "both": true, "fully": true,
	"in": true, "of": true, "the": true, "your": true, "all": true, "within": true, "under": true,
	"part": true, "one": true, "among": true, "amongst": true, "two": true, "three": true,
}

// runCloser holds the words after a run that leave its names as categories: a scope
// word, a request ("… required"), or a word that opens what follows (skipped words
// do too, "of" apart: "the security of our data" is no category).
func runCloser(w string) bool {
	switch w {
	case "only", "required", "requirement", "requirements", "needed", "mandatory", "controls",
		"control", "in", "as", "please", "pls", "too", "also", "both", "type", "must", "need", "needs",
		"could", "might":
		return true
	}
	return scopeAfter(w)
}

// reportWord reports whether the question speaks of a report at k: SOC 2, a
// report, an audit, an attestation, a scope, the Trust Services Criteria, a report's
// type ("a Type 2"). Criteria
// and categories alone are not enough ("privacy criteria for vendors", "categories
// of personal data").
func reportWord(toks []token, k int) bool {
	switch toks[k].text {
	case "report", "reports", "attestation", "attestations", "audit", "audits", "examination",
		"scope", "scoped", "ssae", "isae", "tsc", "tscs":
		return true
	case "soc":
		return k+1 < len(toks)
	case "type":
		// "a Type I covering security and confidentiality": the type stands for the
		// report.
		return k+1 < len(toks) && typeNumber(toks[k+1].text)
	case "trust":
		return k+1 < len(toks) && strings.HasPrefix(toks[k+1].text, "service")
	}
	return false
}

// socName reports whether the tokens at k end the name of a SOC 2 or 3 report.
func socName(toks []token, k int) bool {
	switch toks[k].text {
	case "2", "ii", "two", "3", "iii":
		return k > 0 && toks[k-1].text == "soc"
	}
	return false
}

// catNegator holds the words that put a run out of scope when they stand before it
// in its clause.
var catNegator = map[string]bool{"not": true, "no": true, "excluding": true, "exclude": true,
	"excludes": true, "except": true, "without": true, "nor": true, "neither": true, "t": true}

// namedCategories returns the categories the question names as the scope of a
// report (bit k: category k of AllCategories), and notes up to maxCatRuns runs of
// names in s.catRuns for the evidence.
func (s *scratch) namedCategories(text string) uint8 {
	s.catRuns = s.catRuns[:0]
	toks := s.toks
	report, controls := false, false
	for k := range toks {
		if reportWord(toks, k) {
			report = true
			break
		}
		controls = controls || toks[k].text == "controls" || toks[k].text == "control"
	}
	if !report && !controls {
		return 0
	}
	var named uint8
	for k := 0; k < len(toks); {
		cat, n, letter := catMention(toks, text, k)
		if cat < 0 {
			k++
			continue
		}
		// The run: names joined by list glue.
		first, last := k, k+n-1
		var items uint8 = 1 << cat
		count, letters, allPunct := 1, letter, true
		for j := k + n; j < len(toks); {
			g := j
			for g < len(toks) && glueWord(toks[g].text) && toks[g].brk < brkSentence {
				g++
			}
			if g >= len(toks) || toks[g].brk == brkSentence {
				break
			}
			ok, punct := listGlue(textBetween(text, &toks[last], &toks[min(j, g)]))
			if !ok {
				break
			}
			if g > j { // a glue word: the text after it up to the next name
				if ok2, _ := listGlue(textBetween(text, &toks[g-1], &toks[g])); !ok2 {
					break
				}
			}
			c2, n2, l2 := catMention(toks, text, g)
			if c2 < 0 && toks[g].text == "uptime" {
				c2, n2 = 1, 1 // "security, uptime and confidentiality": availability in a list
			}
			if c2 < 0 {
				break
			}
			allPunct = allPunct && punct
			items |= 1 << c2
			count++
			letters = letters || l2
			last = g + n2 - 1
			j = g + n2
		}
		k = last + 1
		if letters && (count < 2 || !allPunct) {
			continue // single capitals count only in a list such as "S, A, C"
		}
		if runNegated(toks, first, last) {
			continue
		}
		if !report {
			// "Do your controls cover both availability and security?": without a
			// report, two categories or more that a scope word puts after the
			// controls, closing their clause, are the categories.
			if letters || bits.OnesCount8(items) < 2 || !anchoredBefore(toks, first) || !runClosed(toks, text, last) {
				continue
			}
		} else if !anchoredAfter(toks, last) && !(anchoredBefore(toks, first) && (runClosed(toks, text, last) || count > 1 && toks[last+1].text == "of")) {
			continue
		}
		named |= items
		if len(s.catRuns) < maxCatRuns {
			s.catRuns = append(s.catRuns, catSpan{toks[first].start, toks[last].end})
		}
	}
	return named
}

// runClosed reports whether the run ending at token last is not the modifier of a
// noun after it: the sentence or clause ends, or a closing word follows. "Security,
// integrity and availability" is the triad of properties, not the categories.
func runClosed(toks []token, text string, last int) bool {
	if last+1 >= len(toks) {
		return true
	}
	next := &toks[last+1]
	if next.text == "integrity" {
		return false
	}
	if next.brk != brkNone || runCloser(next.text) || next.stop && next.text != "of" {
		return true // "… covering Security and Confidentiality would satisfy us"
	}
	between := textBetween(text, &toks[last], next)
	return strings.ContainsAny(between, ".,;:?!()[]")
}

// anchoredBefore reports whether a scope word, a report's name or a category noun
// stands before the run at first, in its sentence, with only filler words between
// (at most six of them that are not skipped words).
func anchoredBefore(toks []token, first int) bool {
	for j, steps := first-1, 0; j >= 0 && steps < 6; j-- {
		if !toks[j].stop {
			steps++
		}
		if toks[j+1].brk == brkSentence {
			return false
		}
		if scopeBefore(toks, j) || socName(toks, j) || reportOn(toks, j) {
			return true
		}
		if !runFiller[toks[j].text] {
			return false
		}
	}
	return false
}

// reportOn reports whether the token at k is "on" or "over" after a report's noun
// or its type: "the auditor's report on your security and confidentiality
// controls", "a Type 1 on security plus processing integrity".
func reportOn(toks []token, k int) bool {
	if k == 0 || toks[k].text != "on" && toks[k].text != "over" {
		return false
	}
	switch toks[k-1].text {
	case "report", "reports", "attestation", "attestations", "examination", "examinations", "audit", "audits", "opinion":
		return true
	}
	return k >= 2 && toks[k-2].text == "type" && typeNumber(toks[k-1].text) // "a Type 1 on security"
}

// anchoredAfter reports whether a category noun or scope word follows the run that
// ends at last: "… categories", "… in scope", "… are included".
func anchoredAfter(toks []token, last int) bool {
	for j, steps := last+1, 0; j < len(toks) && steps < 4; j, steps = j+1, steps+1 {
		if toks[j].brk == brkSentence {
			return false
		}
		if scopeAfter(toks[j].text) {
			return true
		}
		if !afterFiller[toks[j].text] {
			return false
		}
	}
	return false
}

// runNegated reports whether the run is put out of scope: a negation before it in
// its clause ("not Privacy", "other than Security", "excluding Availability"), or
// after it ("Privacy is not in scope", "Availability excluded").
func runNegated(toks []token, first, last int) bool {
	for j := first - 1; j >= 0 && j >= first-4; j-- {
		if toks[j+1].brk >= brkClause {
			break
		}
		w := toks[j].text
		if toks[j].cls&clsCatNegator != 0 && negWord(toks, j, clsCatNegator) || w == "than" && j > 0 && toks[j-1].text == "other" {
			return true
		}
	}
	for j := last + 1; j < len(toks) && j <= last+3; j++ {
		if toks[j].brk >= brkClause {
			break
		}
		switch toks[j].text {
		case "not", "t", "excluded", "out", "never":
			return negWord(toks, j, clsNegAfter) || toks[j].text == "excluded" || toks[j].text == "out"
		}
	}
	return false
}

// catRunEvidence quotes the runs of category names the verdict took.
func (s *scratch) catRunEvidence(text string) Evidence {
	ev := Evidence{Rule: "categories_named", Reason: "The question names these Trust Services Categories as the scope of the report: each is included.", Matched: make([]string, 0, len(s.catRuns))}
	for _, r := range s.catRuns {
		ev.Matched = append(ev.Matched, text[r.start:r.end])
	}
	return ev
}
