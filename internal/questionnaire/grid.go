package questionnaire

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/socbot/socbot/internal/split"
	"github.com/socbot/socbot/internal/triage"
)

// grid is one table as read from a sheet, a CSV or a DOCX table: cell text by
// 0-based row and column, with merged ranges already filled in.
type grid struct {
	cells   [][]string
	covered map[cellKey]cellKey // inside a merged range, not its top-left cell: the top-left cell
	span    map[cellKey]int     // top-left cells of merged ranges: columns spanned
	width   int                 // columns used, counting merged ranges
	listed  map[int]bool        // 0-based columns with a list validation (a Yes/No drop-down)
}

type cellKey struct{ r, c int }

func (g *grid) cell(r, c int) string {
	if c < 0 || r >= len(g.cells) || c >= len(g.cells[r]) {
		return ""
	}
	return g.cells[r][c]
}

func (g *grid) isCovered(r, c int) bool { _, ok := g.covered[cellKey{r, c}]; return ok }

// table is what analyze finds in a grid.
type table struct {
	header int // 0-based header row, -1 when none
	qcol   int // 0-based question column
	idcol  int // -1 when none
	seccol int // -1 when none
	rows   []tableRow
}

type tableRow struct {
	row     int // 0-based
	col     int // 0-based column of the text
	id      string
	text    string
	section string
	field   bool // a form field ("Vendor Name") rather than a question
}

// headerScan is how many rows from the top may hold the header, under a title block.
const headerScan = 40

// findHeader returns the first row near the top that reads as a header row: two
// or more short cells, one of which names the question column.
func findHeader(g *grid) (header, qcol, idcol, seccol int) {
	for r := 0; r < len(g.cells) && r < headerScan; r++ {
		used := usedCells(g, r)
		if len(used) == 0 {
			continue
		}
		if len(used) == 1 {
			// A lone cell is a header only when it plainly says "Question".
			if role, prio := headerRole(g.cell(r, used[0])); role == roleQuestion && prio == 1 {
				return r, used[0], -1, -1
			}
			continue
		}
		if dataRow(g, r, used) {
			continue
		}
		qcol, idcol, seccol = -1, -1, -1
		best, bestID, bestSec, others := 0, 0, 0, 0
		var scores []int // computed when two question headers tie
		for _, c := range used {
			role, prio := headerRole(g.cell(r, c))
			switch role {
			case roleID:
				if idcol < 0 || prio < bestID {
					idcol, bestID = c, prio
				}
			case roleSection:
				if seccol < 0 || prio < bestSec {
					seccol, bestSec = c, prio
				}
			case roleAnswer:
				others++
			case roleQuestion:
				if prio == best && scores == nil {
					scores = columnScores(g, r+1)
				}
				if best == 0 || prio < best || (prio == best && scores[c] > scores[qcol]) {
					best, qcol = prio, c
				}
			}
		}
		if idcol >= 0 || seccol >= 0 {
			others++
		}
		// A weak header word ("Description", "Item") needs another header
		// beside it: "Product Description" next to a value is a form field.
		if qcol >= 0 && (best <= 3 || others > 0) {
			return r, qcol, idcol, seccol
		}
	}
	return -1, -1, -1, -1
}

// maxTitleLen bounds the text of a column title: a longer cell holds data.
const maxTitleLen = 80

// maxTitleWords bounds the words of a column title as headerRole reads them.
const maxTitleWords = 6

// dataRow says whether row r, of used cells used, holds data rather than column
// titles: a cell with an id, with more text than a title holds, asking a question of
// three words or more that titles no column ("Do you encrypt backups?", where
// "Compliant?" and "In place?" title theirs), or a filled answer ("Yes", "N/A", "x",
// filledAnswer). A lone answer holds data only beside a request of three words or
// more, as "No." and "N/A" also title columns ("Section | No. | Question", "Compliant
// | N/A | Comments"); several different answers are the titles of tick-box columns
// ("Question | Yes | No | N/A"), whatever order the cells stand in. findHeader looks
// for the header among rows that hold no data, and headerAgain takes a row below it
// for a header again only when it holds none either, so that both read a row alike.
func dataRow(g *grid, r int, used []int) bool {
	answer, answers, mixed, request := "", 0, false, false
	for _, c := range used {
		v := fold(g.cell(r, c))
		if len(v) > maxTitleLen || idLike(v) {
			return true
		}
		words3 := strings.Count(v, " ") >= 2 // three words or more: v is folded
		if words3 && strings.IndexByte(v, '?') >= 0 {
			if role, _ := headerRole(v); role == roleOther {
				return true
			}
		}
		if filledAnswer(v) {
			if answers > 0 && !strings.EqualFold(v, answer) {
				mixed = true // tick-box column titles, unless a later cell holds data
			}
			answer, answers = v, answers+1
		} else if words3 {
			request = true
		}
	}
	return answers > 0 && !mixed && (answers > 1 || request)
}

// filledAnswer says whether v is an answer given ("Yes", "N/A", "x", "✓") rather than
// the choice a column title or an empty drop-down offers ("Yes/No", "Y/N", "Select").
func filledAnswer(v string) bool {
	if !triage.AnswerCell(v) {
		return false
	}
	l := strings.ToLower(v)
	return !strings.Contains(strings.ReplaceAll(l, "n/a", ""), "/") && l != "select" && l != "choose"
}

type role int

const (
	roleOther role = iota
	roleID
	roleSection
	roleAnswer
	roleQuestion
)

var (
	idHeaderWords     = set("id", "ref", "reference", "no", "num", "number", "nbr", "#", "ser", "seq", "identifier")
	answerHeaderWords = []string{"answer", "response", "respond", "comment", "note", "remark", "evidence", "explanation",
		"justification", "yes", "implementation", "status", "owner", "responsib", "score", "weight", "applicab",
		"compensating", "guidance", "date", "additional", "attachment", "link", "reviewer", "result", "rating", "mapping",
		"reason", "rationale", "purpose", "intent", "follow", "preferred", "expected", "analyst", "compliant", "override",
		"crosswalk", "instruction", "example", "scoring", "default"}
	sectionHeaderWords = set("section", "domain", "category", "area", "topic", "chapter", "family", "group")
	// questionHeaders: the question column by header text, best first.
	questionHeaders = []struct {
		word string
		prio int
	}{
		{"question", 1}, {"ques", 1}, {"query", 1}, {"questions", 1},
		{"requirement", 2}, {"requirements", 2}, {"request", 2},
		{"control", 3}, {"controls", 3}, {"specification", 3}, {"statement", 3},
		{"description", 4}, {"item", 5}, {"criteria", 5}, {"criterion", 5}, {"text", 6},
	}
)

// headerRole says what a header cell names; for questions, prio ranks how sure
// the match is (1 best).
func headerRole(s string) (role, int) {
	words := strings.Fields(strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '#' {
			return unicode.ToLower(r)
		}
		return ' '
	}, s))
	if len(words) == 0 || len(words) > maxTitleWords {
		return roleOther, 0
	}
	for _, w := range words {
		for _, a := range answerHeaderWords {
			if strings.HasPrefix(w, a) {
				return roleAnswer, 0
			}
		}
	}
	if last := words[len(words)-1]; idHeaderWords[last] || (len(words) <= 2 && idHeaderWords[words[0]]) {
		// "Question ID" and "Ques Num" beat "Ser #" and "CCM Control ID".
		if words[0] == "question" || words[0] == "ques" || words[0] == "q" || words[0] == "requirement" {
			return roleID, 1
		}
		return roleID, 2
	}
	for _, w := range words {
		if sectionHeaderWords[w] {
			return roleSection, 1
		}
	}
	if words[len(words)-1] == "title" && len(words) > 1 {
		return roleSection, 2
	}
	best := 0
	for _, w := range words {
		for _, h := range questionHeaders {
			if w == h.word && (best == 0 || h.prio < best) {
				best = h.prio
			}
		}
	}
	if best > 0 {
		return roleQuestion, best
	}
	return roleOther, 0
}

// columnScores weighs, per column, how much its cells from row start down
// ask: a question mark or an asking verb counts 3, other question-like text
// 1, in one pass over the cells. Text repeated down a column (guidance such as
// "Refer to the regulations") counts once; length does not count, so long
// answers and notes do not outweigh short questions.
func columnScores(g *grid, start int) []int {
	scores := make([]int, g.width)
	seen := make([]map[string]bool, g.width)
	for r := max(start, 0); r < len(g.cells); r++ {
		for c, v := range g.cells[r] {
			if c >= len(scores) || v == "" || g.isCovered(r, c) {
				continue
			}
			s := fold(v)
			if !asked(s) || junk(s) {
				continue
			}
			if seen[c] == nil {
				seen[c] = map[string]bool{}
			}
			if seen[c][s] {
				continue
			}
			seen[c][s] = true
			if asks(s) {
				scores[c] += 3
			} else {
				scores[c]++
			}
		}
	}
	return scores
}

// contentColumn picks the column whose cells ask the most, leaving out the id
// column, drop-down columns and columns headed as answers or notes. The
// column right of the id column wins when it asks at least half as much.
func contentColumn(g *grid, scores []int, idcol, header int) int {
	ok := func(c int) bool {
		if c == idcol || g.listed[c] || scores[c] == 0 {
			return false
		}
		if header >= 0 {
			if role, _ := headerRole(g.cell(header, c)); role == roleAnswer || role == roleID {
				return false
			}
		}
		return true
	}
	best, bestScore := -1, 0
	for c, s := range scores {
		if ok(c) && s > bestScore {
			best, bestScore = c, s
		}
	}
	if next := idcol + 1; idcol >= 0 && next < len(scores) && ok(next) && scores[next]*2 >= bestScore {
		return next
	}
	return best
}

// idColumn finds a column left of the question column whose values next to
// questions mostly look like ids ("IAM-02.1", "3.4", "Q12"); the leftmost wins.
// Columns to the right hold answers, scores and weights, which look like ids too.
func idColumn(g *grid, start, qcol int) int {
	n := 0
	ok := make([]int, g.width)
	for r := start; r < len(g.cells); r++ {
		if !asked(fold(g.cell(r, qcol))) {
			continue
		}
		n++
		for c, v := range g.cells[r] {
			if c < qcol && idLike(fold(v)) {
				ok[c]++
			}
		}
	}
	for c, k := range ok {
		if n > 0 && k*10 >= n*6 {
			return c
		}
	}
	return -1
}

// usedCells lists the columns of row r holding text, leaving out cells covered
// by a merged range so that a merged row counts once.
func usedCells(g *grid, r int) []int {
	var out []int
	for c, v := range g.cells[r] {
		if strings.TrimSpace(v) != "" && !g.isCovered(r, c) {
			out = append(out, c)
		}
	}
	return out
}

var idPattern = regexp.MustCompile(`^(?:[A-Za-z&]{1,10}[ ._-]?)?\d+(?:[._-]\d+)*[a-z]?\.?$|^[A-Za-z]{1,10}(?:[._-][A-Za-z0-9]{1,10}){1,4}$`)

func idLike(s string) bool { return len(s) <= 24 && idPattern.MatchString(s) }

// answerLike says whether s is an answer, not text: an answer cell as the rules
// read one in a pasted row (triage.AnswerCell: "N/A", "x", "TBD", "✓", "Yes - see
// policy"), or numbers, dates and symbols.
func answerLike(s string) bool {
	if triage.AnswerCell(s) {
		return true
	}
	for _, r := range s {
		if unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

func questionLike(s string) bool {
	if s == "" || answerLike(s) || idLike(s) {
		return false
	}
	if strings.Contains(s, "?") {
		return true
	}
	words := strings.Fields(s)
	return len(words) >= 4 || split.OpensQuestion(s)
}

// asked says whether s asks for something as a row of questions does: a
// question, or a document's name ("SOC 2 report", "Insurance certificate"),
// each row of a list of documents requested being a request for that
// document. Such cells make a column the question column.
func asked(s string) bool { return questionLike(s) || split.DocumentName(s) }

// headingLike says whether a lone cell reads as a section heading: shaped
// like a title (titleShaped) and saying nothing, as the splitter reads a pasted
// line (split.AsksOrStates). "3. Access Control", "IDENTITY & ACCESS" and
// "Protect Customer Data" head the rows below them; "Use MFA" and "3. Enable
// SSO" ask for something and are items of their own.
func headingLike(s string) bool {
	title, ok := titleShaped(s)
	return ok && !split.AsksOrStates(title)
}

// reportTitle says whether s, a cell alone on its row, is a report's or a
// summary's name that titles a section ("Executive summary", "Audit
// report"), read as split.TitleShapedAlone reads it; the caller checks that
// no other document's name is next to it.
func reportTitle(s string) bool {
	title, ok := readTitle(s, split.TitleShapedAlone)
	return ok && !split.AsksOrStates(title)
}

// titleShaped says whether s has the shape of a section title, read as the
// splitter reads a heading (split.TitleShaped): a noun phrase ("Access
// Control", "Logging and monitoring", "Third party risk"), a line in
// capitals, or a short title after its number ("3. Business continuity"),
// with no question mark and no closing full stop, and no id or answer. It
// returns the title without its number, cut as unnumbered cuts it.
func titleShaped(s string) (string, bool) { return readTitle(s, split.TitleShaped) }

// readTitle reads s with read, a reading of the splitter's, once it is
// neither a question, a sentence, an id nor an answer: the checks a cell
// passes before titleShaped or reportTitle reads it as a title.
func readTitle(s string, read func(string) (string, bool)) (string, bool) {
	if strings.ContainsAny(s, "?") || strings.HasSuffix(s, ".") || idLike(s) || answerLike(s) {
		return "", false
	}
	return read(s)
}

// unnumbered returns s without the number or id that opens it ("3.", "A.1",
// "IAM-01", "PR.AT-1"), read as the splitter reads an item's label, so that
// its words are read as the splitter reads a line after its marker.
func unnumbered(s string) string {
	_, rest, _ := split.ItemLabel(s)
	return rest
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// fold trims s and folds runs of whitespace, line breaks included, to one space.
func fold(s string) string { return strings.Join(strings.Fields(s), " ") }

func contains(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

func newGrid() *grid {
	return &grid{covered: map[cellKey]cellKey{}, span: map[cellKey]int{}}
}

// dropOwnColumns cuts off the answer columns a previous Write appended (a row
// near the top reading "SOC report", "Type", …), so that a triaged file can be
// uploaded again: its questions are found as before, and Write replaces the
// old answers instead of appending a second set.
func dropOwnColumns(g *grid) {
	for r := 0; r < len(g.cells) && r < headerScan; r++ {
		row := g.cells[r]
		for c := 0; c+1 < len(row); c++ {
			if row[c] != "SOC report" || row[c+1] != "Type" {
				continue
			}
			for i := range g.cells {
				if len(g.cells[i]) > c {
					g.cells[i] = g.cells[i][:c]
				}
			}
			g.width = c
			return
		}
	}
}
