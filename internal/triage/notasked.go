package triage

// Rows of a questionnaire or control catalogue that ask nothing and state no control:
// the column titles of a table and the definition of a term. The file readers skip a
// header row they recognise; these checks answer such a row when it reaches the rules
// by another way (a JSON line, a pasted line with "|" between its cells, a definitions
// row of a workbook), so that a topic word in it ("TSC Mapping", "access to Company
// systems") does not make it a control.

import (
	"strings"
	"unicode"
)

var (
	headerRowEvidence  = Evidence{Rule: "header_row", Reason: "A row of short column titles (a table's header) asks nothing and states no control: no report and nothing to write.", Matched: []string{}}
	definitionEvidence = Evidence{Rule: "definition", Reason: "The definition of a term (\"X means …\") asks nothing and states no control: no report and nothing to write.", Matched: []string{}}
)

// notAskedConfidence is the confidence of a row read as a header or a definition.
const notAskedConfidence = 0.75

// notAskedVerdict answers a row that asks nothing: none, no artifact, with ev.
func notAskedVerdict(ev Evidence, matched string) Verdict {
	ev.Matched = []string{matched}
	return Verdict{Report: ReportNone, Type: TypeNone, Categories: []string{}, Criteria: []string{},
		SOC1Areas: []string{}, Artifacts: []string{}, Confidence: notAskedConfidence,
		Evidence: []Evidence{ev}}
}

// Bounds of a header row: at least minHeaderCells cells of at most maxHeaderCellWords
// words each ("Control ID | Control Description | Owner | Frequency | TSC Mapping").
const (
	minHeaderCells     = 3
	maxHeaderCellWords = 4
)

// headerRow reports whether text is a run of short column titles separated by "|" or
// tabs: no question mark, no cell that opens a sentence or ends one, and no answer
// cell (a filled row, "MFA | Enforced | Yes", is not a header).
func headerRow(text string) bool {
	if strings.IndexByte(text, '?') >= 0 || strings.IndexAny(text, "|\t") < 0 {
		return false
	}
	cells := 0
	for _, cell := range strings.FieldsFunc(text, func(r rune) bool { return r == '|' || r == '\t' }) {
		if cell = strings.TrimSpace(cell); cell == "" {
			continue
		}
		if !columnTitle(cell) || frequencyCell[strings.ToLower(cell)] {
			return false
		}
		cells++
	}
	return cells >= minHeaderCells
}

// columnTitle reports whether cell reads as a column title: a few words, the first
// not a sentence opener nor a word a filled answer opens with, not a sentence, not an
// answer cell (AnswerCell).
func columnTitle(cell string) bool {
	fields := strings.Fields(cell)
	words := len(fields)
	if words == 0 || words > maxHeaderCellWords {
		return false
	}
	if lw := strings.ToLower(strings.TrimFunc(fields[0], notLetterOrDigit)); sentenceOpener[lw] || answerOpeners[lw] || AnswerCell(cell) {
		return false
	}
	// A full stop ends a sentence, not an abbreviated title ("Control No.").
	return words <= 2 || !strings.HasSuffix(cell, ".")
}

func notLetterOrDigit(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// answerOpeners holds the words a filled answer opens with ("Yes, reviewed quarterly",
// "Partially enforced"). They are fewer than the answer words: a title may open with
// "Select", "None", "Unknown", "TBD", "X" or "N/A" ("Select response", "N/A reason"),
// and a cell that is one of those alone is read as an answer by AnswerCell.
var answerOpeners = wordSet(nil, "yes", "no", "n", "y", "na", "partial", "partially", "true", "false")

// frequencyCell holds a whole cell that gives how often a control runs: the filled
// frequency of a control matrix row ("Firewall rule review | Semi-annual | Network
// Team"), where a header would have the title "Frequency".
var frequencyCell = wordSet(nil, "daily", "weekly", "biweekly", "fortnightly", "monthly", "quarterly",
	"annually", "yearly", "semi-annual", "semi-annually", "semiannual", "semiannually", "biannual",
	"biannually", "hourly", "continuous", "continuously", "ongoing", "real-time", "ad hoc", "ad-hoc")

// definitionLabels open a row of definitions: "Definition - 'X' means …".
var definitionLabels = wordSet(nil, "definition", "definitions", "glossary")

// maxDefinedWords bounds the term a definition defines.
const maxDefinedWords = 6

// definition reports whether the first sentence of text defines a term: a short
// subject, then "means", "shall mean", "is defined as" or "refers to". A term that
// "is defined as" or "refers to" something must be quoted or the row labelled a
// definition ("Risk appetite is defined as part of the annual plan" is a control).
// It returns the matched words.
func definition(text string, toks []token) (string, bool) {
	if strings.IndexByte(text, '?') >= 0 || len(toks) < 3 {
		return "", false
	}
	from := 0
	labelled := definitionLabels[toks[0].text]
	if labelled {
		from = 1
	}
	for i := from + 1; i < len(toks) && i-from <= maxDefinedWords+1; i++ {
		t := toks[i]
		if t.sent != toks[from].sent {
			break
		}
		verbAt, strong := -1, false
		switch t.text {
		case "means":
			verbAt, strong = i, true
		case "mean":
			if toks[i-1].text == "shall" {
				verbAt, strong = i-1, true
			}
		case "defined":
			if i+1 < len(toks) && toks[i+1].text == "as" && (toks[i-1].text == "is" || toks[i-1].text == "are") {
				verbAt = i - 1
			}
		case "refers", "refer":
			if i+1 < len(toks) && toks[i+1].text == "to" {
				verbAt = i
			}
		}
		if verbAt <= from || verbAt-from > maxDefinedWords || sentenceOpener[toks[from].text] {
			continue
		}
		start := 0
		if from > 0 {
			start = toks[from-1].end
		}
		quoted := quotedTerm(text[start:toks[verbAt].start])
		if !quoted && !labelled && (!strong || verbAt-from > maxBareTermWords || !bareTerm(toks[from:verbAt])) {
			return "", false
		}
		end := toks[min(i+1, len(toks)-1)].end
		return text[toks[from].start:end], true
	}
	return "", false
}

// maxBareTermWords bounds a term defined without quotes or a label ("Personal data
// means …").
const maxBareTermWords = 4

// bareTerm reports whether toks, the words before "means", name a term: no verb, no
// word of a manner ("transferred by secure means", "by other means") and no owner
// ("our backup process means data can be restored" states a control).
func bareTerm(toks []token) bool {
	for _, t := range toks {
		if notTermWord[t.text] {
			return false
		}
	}
	return true
}

var notTermWord = wordSet(auxWords, "our", "your", "their", "be", "been", "being", "by", "via", "through", "using", "other",
	"any", "alternative", "alternate", "secure", "electronic", "manual", "automated", "appropriate", "no", "all", "technical")

// quotedTerm reports whether the subject of a definition holds a quoted term.
func quotedTerm(s string) bool {
	return strings.ContainsAny(s, "'\"‘’“”")
}
