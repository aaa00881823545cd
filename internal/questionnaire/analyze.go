package questionnaire

import (
	"context"
	"regexp"
	"strings"
	"unicode"

	"github.com/socbot/socbot/internal/split"
)

// analyze finds the header row, the question, id and section columns, and the
// question rows of g, reading the table the way a respondent does: the
// question column is the one whose cells ask (not the longest text, which is
// usually an answer or guidance), a row with an id and text is a question, a
// short label with an answer cell is a form field, a short title with no
// answer cells is a section heading, and notes, instructions, links, formula
// errors and control codes are none of these. A table with no column of
// questions yields no rows.
func analyze(ctx context.Context, g *grid) (table, error) {
	t := table{header: -1, qcol: -1, idcol: -1, seccol: -1}
	dropOwnColumns(g)
	t.header, t.qcol, t.idcol, t.seccol = findHeader(g)
	start := t.header + 1
	if t.idcol < 0 {
		t.idcol = leadingIDColumn(g, start)
	}
	scores := columnScores(g, start)
	if t.qcol < 0 || scores[t.qcol] == 0 {
		t.qcol = contentColumn(g, scores, t.idcol, t.header)
	}
	if t.qcol < 0 {
		return t, nil
	}
	if t.idcol < 0 || t.idcol >= t.qcol {
		t.idcol = idColumn(g, start, t.qcol)
	}
	idRows, rows := 0, 0 // question-like rows, and how many have an id
	// ids: the ids of the id column, which no question cell may take (ownLabel).
	ids := map[string]bool{}
	for r := start; r < len(g.cells); r++ {
		id := fold(g.cell(r, t.idcol))
		if idLike(id) {
			ids[id] = true
		}
		if questionLike(fold(g.cell(r, t.qcol))) {
			rows++
			if idLike(id) {
				idRows++
			}
		}
	}
	byID := t.idcol >= 0 && idRows*2 > rows // ids mark the questions of this table
	answerCols := answerColumns(g, t)
	t.rows = formAbove(g, t.header)
	section := ""
	var tail headingTail
	// run: the lone titles nested straight under each other so far, as the
	// splitter nests a title straight over another (split.TitleRun): a lone
	// title heads nothing yet, so a lone title after it is its first part
	// ("Data Protection" over "Encryption at rest"), unless the run is full
	// or names a document, when its titles are items of a list. items: the
	// rows of the run, under base, the section above the run. A question
	// row or a heading that is not alone on its row ends the run.
	var run split.TitleRun
	var items []tableRow
	base := ""
	// A first row alone above an empty row titles the sheet instead: no
	// title nests under it (sheetTitle).
	sheetTitle, top := false, true
	for r := start; r < len(g.cells); r++ {
		if r%256 == 0 && ctx.Err() != nil {
			return t, ctx.Err()
		}
		used := usedCells(g, r)
		if t.header >= 0 && r > t.header && headerAgain(g, r, t, used) {
			continue // the header repeated, or another table's, further down
		}
		if len(used) == 0 {
			if sheetTitle {
				run = split.TitleRun{}
			}
			continue
		}
		first := top
		top, sheetTitle = false, false
		if h, ok := headingRow(g, r, t, used); ok {
			row := tableRow{row: r, col: used[0], text: fold(g.cell(r, used[0]))}
			if len(used) > 1 {
				base, section = section, h
				items = append(items[:0], row)
				run = split.TitleRun{}
				continue
			}
			switch run.Next() {
			case split.TitleRunFull:
				for _, item := range items {
					item.section = base
					t.rows = append(t.rows, item)
				}
				tail.drop(len(items))
				section, run = base, split.TitleRun{}
			case split.TitleAfterDocument:
				// Only the document is asked for, under the titles
				// above it in the run ("Assurance" over "SOC 2
				// Report"), which head it and nothing more, as the
				// splitter reads them.
				t.rows = append(t.rows, items[len(items)-1])
				tail.drop(len(items))
				section, run = base, split.TitleRun{}
			}
			row.section = section // what it is under, should it be asked for
			tail.add(row, section)
			if run.Next() == split.TitlePart {
				section += " > " + h
				items = append(items, row)
			} else {
				base, section = section, h
				items = append(items[:0], row)
			}
			run = run.Add(h)
			sheetTitle = first
			continue
		}
		q := fold(g.cell(r, t.qcol))
		col := t.qcol
		if origin, ok := g.covered[cellKey{r, t.qcol}]; ok && origin.r != r {
			continue // the lower part of a question merged over several rows
		} else if ok && !shortSays(q) {
			continue // a merged row that is no heading: a note or an instruction
		} else if ok {
			col = origin.c // "Use MFA" merged across the row: an item, not a title
		}
		if q == "" || junk(q) {
			continue
		}
		id := fold(g.cell(r, t.idcol))
		if !idLike(id) || id == q {
			id = ""
		}
		if id == "" {
			q, id = ownLabel(q, ids)
		}
		slot := hasAnswerSlot(g, r, t.qcol, answerCols)
		row := tableRow{row: r, col: col, id: id, text: q, section: section}
		switch {
		case asks(q):
		case id != "" && hasLetter(q):
			row.field = fieldLike(q)
		case fieldLike(q) && slot:
			row.field = true
		case split.DocumentName(q) && !instruction(q):
			// "SOC 2 report" that heads nothing (headingRow): a request
			// for the document, one of a list of them or on its own. A
			// note pointing to one ("See the attached SOC 2 report")
			// asks nothing, as a longer note does not.
		case !byID && questionLike(q) && !instruction(q):
		case shortSays(q), !byID && saysItem(q):
		default:
			continue
		}
		if s := fold(g.cell(r, t.seccol)); t.seccol >= 0 && s != "" {
			row.section = s
		}
		t.rows = append(t.rows, row)
		tail.reset()
		tail.after = true
		run = split.TitleRun{}
	}
	if tail.after {
		t.rows = append(t.rows, tail.rows...)
	}
	return t, nil
}

// ownLabel splits the id that opens a question cell of a row with no id of
// its own ("PR.AT-1 All users are informed and trained", "A.5.1.2 Review of
// the policies", "IAM-01: Do you …?"), read as the splitter reads an item's
// label, with or without a colon after it. A list number ("3. Enable SSO")
// stays in the text: the row's cell reference is its id. So does a label
// that is none: one opening a range ("ACME-01 through ACME-09 are filled in
// by the vendor", "ACME-01 – ACME-09"), one that another row of the sheet
// carries as its id (taken, the ids of the sheet's id column). A standard's
// number ("X.509 certificates", "H.264 streams") is no label to the
// splitter either, while an ISO 27001 Annex A number is one at every depth
// ("A.5 Information security policies", "A.12.4.1 Event logging").
func ownLabel(q string, taken map[string]bool) (text, id string) {
	label, rest, isID := split.ItemLabel(q)
	if rest = strings.TrimSpace(rest); !isID || !hasLetter(rest) ||
		taken[label] || opensRange(rest) {
		return q, ""
	}
	return rest, label
}

// opensRange: rest, the text after a label, opens with a word that makes the
// label the first of a range ("through", "to", a dash) or with another label.
func opensRange(rest string) bool {
	first, _, _ := strings.Cut(rest, " ")
	switch strings.ToLower(strings.TrimRight(first, ",:;")) {
	case "through", "thru", "to", "till", "until", "-", "–", "—", "..":
		return true
	}
	_, _, isID := split.ItemLabel(rest)
	return isID
}

// formAbove returns the form fields in the title block above a header row:
// a label ("Vendor name:", "Date completed") with at most its value beside it.
func formAbove(g *grid, header int) []tableRow {
	var rows []tableRow
	for r := 0; r < header; r++ {
		used := usedCells(g, r)
		if len(used) == 0 || len(used) > 2 || len(used) == 2 && used[1] != used[0]+1 {
			continue
		}
		if label := fold(g.cell(r, used[0])); fieldLike(label) && !instruction(label) {
			rows = append(rows, tableRow{row: r, col: used[0], text: label, field: true})
		}
	}
	return rows
}

// headingTail holds the lone heading cells read since the last question row.
// Those still waiting at the end of a table of questions head nothing: each
// is an item, under the section above them, so that no lone cell after the
// questions is lost ("Business Continuity" as a sheet's last row), as the
// splitter does with a heading at the end of a paste. In a table with no
// question rows (a cover sheet: a title over notes) titles stay titles.
type headingTail struct {
	rows    []tableRow
	section string // the section above the first of them
	after   bool   // a question row came before them
}

func (h *headingTail) add(row tableRow, section string) {
	if len(h.rows) == 0 {
		h.section = section
	}
	row.section = h.section
	h.rows = append(h.rows, row)
}

func (h *headingTail) reset() { h.rows = h.rows[:0] }

// drop forgets the last n rows, made items already.
func (h *headingTail) drop(n int) { h.rows = h.rows[:max(len(h.rows)-n, 0)] }

// saysItem says whether s, a short cell that does not open as a question,
// still asks or states something and so is an item: "Use MFA", "Rotate keys
// yearly", "MFA enforced for admins", "We need your latest SOC 2". Notes and
// instructions on filling in the sheet are not, nor is a single word. A number
// before it ("3. Use MFA") is read as the splitter reads a marker.
func saysItem(s string) bool {
	if len(s) > maxItemLen || !strings.ContainsRune(s, ' ') {
		return false
	}
	s = unnumbered(s)
	return split.AsksOrStates(s) && !instruction(s)
}

// maxItemLen bounds the cells read for an item by their words alone: such an
// item is short, and longer text that asks says so with its question mark or
// its first word, or is read as a question by its length.
const maxItemLen = 160

// shortSays says whether s is an item however it stands, merged across its
// row or without an id among questions that carry one: as short as a title,
// with no closing full stop, it asks or states something ("Use MFA", "Encrypt
// backups at rest"). A sentence or a paragraph there stays a note on the rows
// below it.
func shortSays(s string) bool {
	return !strings.HasSuffix(s, ".") && saysItem(s) && len(strings.Fields(s)) <= maxHeadingWords
}

// maxHeadingWords bounds a section title in a heading row, and a short item merged
// like one. The row's place in the grid already says it is a heading, so the bound
// is the looser one the split package puts on any heading line (its maxHeadWords),
// not the tighter one for a line read as a title by its words alone (its
// maxTitleWords).
const maxHeadingWords = 8

// headingRow reads row r as a section heading: a short title and nothing
// else, or a title followed by column headers ("Documentation | Vendor
// Answers | Additional Information"), or a title merged across the row. A
// title with a note after a dash ("HIPAA - Optional based on …") gives the
// title. Paragraphs, form fields and rows with answers are never headings.
func headingRow(g *grid, r int, t table, used []int) (string, bool) {
	first := used[0]
	if first > t.qcol {
		return "", false
	}
	title := fold(g.cell(r, first))
	if first == t.idcol && len(used) > 1 && idLike(title) {
		return "", false // an id: a question row
	}
	for _, c := range used[1:] {
		v := g.cell(r, c)
		if c == t.qcol && first != t.qcol {
			return "", false // a question beside the title
		}
		if role, _ := headerRole(v); role == roleOther || role == roleSection {
			if c != t.qcol {
				return "", false // an answer, a value: not a heading row
			}
		}
	}
	if len(used) == 1 && !headingLike(title) && reportTitle(title) && !documentNear(g, r, first, t.header) {
		return title, true // "Executive summary" standing alone
	}
	if len(used) == 1 && first == t.qcol && g.span[cellKey{r, first}] <= 1 && !headingLike(title) {
		return "", false
	}
	if before, _, ok := strings.Cut(title, " - "); ok && headingLike(strings.TrimSpace(before)) {
		title = strings.TrimSpace(before)
	}
	if !headingLike(title) || fieldLike(title) && len(used) > 1 {
		return "", false
	}
	return title, true
}

// documentNear says whether the nearest row above row r (below the header)
// or below it with text in column c names a document there ("SOC 2 report"
// over "Pen test summary"): a report's name among others is one of a list of
// documents asked for, not a title.
func documentNear(g *grid, r, c, header int) bool {
	for _, step := range []int{-1, 1} {
		for rr := r + step; rr > header && rr < len(g.cells); rr += step {
			if v := fold(g.cell(rr, c)); v != "" {
				if split.DocumentName(v) {
					return true
				}
				break
			}
		}
	}
	return false
}

// answerColumns are the columns right of the question column that hold
// answers: a drop-down list, an answer header, or answer words in most filled
// cells.
func answerColumns(g *grid, t table) []int {
	var cols []int
	for c := t.qcol + 1; c < g.width; c++ {
		if g.listed[c] {
			cols = append(cols, c)
			continue
		}
		if t.header >= 0 {
			if role, _ := headerRole(g.cell(t.header, c)); role == roleAnswer {
				cols = append(cols, c)
			}
			continue
		}
		answers, filled := 0, 0
		for r := 0; r < len(g.cells); r++ {
			if v := fold(g.cell(r, c)); v != "" {
				filled++
				if answerLike(v) {
					answers++
				}
			}
		}
		if filled >= 2 && answers*2 > filled {
			cols = append(cols, c)
		}
	}
	return cols
}

// hasAnswerSlot says whether row r has an answer cell: any cell right of the
// question, or an empty cell in an answer column.
func hasAnswerSlot(g *grid, r, qcol int, answerCols []int) bool {
	for c := qcol + 1; c < len(g.cells[r]); c++ {
		if strings.TrimSpace(g.cells[r][c]) != "" {
			return true
		}
	}
	return len(answerCols) > 0
}

var (
	formulaError = regexp.MustCompile(`^#(?:N/A|REF!|VALUE!|DIV/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$`)
	urlOnly      = regexp.MustCompile(`(?i)^(?:https?://|www\.)\S+$`)
	// controlCode: a framework reference alone ("CSC 14", "CIS 4.1", "NIST AC-2",
	// "ISO 27001 A.9.2"): capitals and numbers, no words to ask with.
	controlCode = regexp.MustCompile(`^(?:[A-Z][A-Za-z]{1,7}[ -]?)+\d[\w.()-]*(?:[ ,;/]+[A-Z]*[ -]?\d[\w.()-]*)*$`)
)

// junk is cell text that is never a question: a formula error, a bare link,
// a control code, a number or an answer word.
func junk(s string) bool {
	return (strings.HasPrefix(s, "#") && formulaError.MatchString(s)) ||
		(!strings.ContainsAny(s, " \t\n\f\r") && urlOnly.MatchString(s)) ||
		(len(s) <= maxCodeLen && strings.ContainsAny(s, "0123456789") && controlCode.MatchString(s)) ||
		answerLike(s) || !hasLetter(s)
}

// maxCodeLen bounds the cells tried as a framework reference: a list of codes
// ("NIST AC-2, AC-3; CIS 4.1") is short. With the cheap checks before each
// pattern (a formula error starts with '#', a link has no space, a code has a
// digit), most questions are tried against none of them, so a sheet of thousands
// of rows does not pay the regexp engine's state for each.
const maxCodeLen = 120

// asks says whether s is phrased as a question or a request.
func asks(s string) bool {
	if strings.Contains(s, "?") {
		return true
	}
	return split.OpensQuestion(strings.TrimLeft(s, "*")) && len(strings.Fields(s)) >= 3
}

// fieldLike says whether s reads as the label of a form field: a few words,
// no sentence, whose words name what is to be written (split.FormLabel:
// "Vendor Name", "Vendor Hosting Regions", "Date Completed", "Web Link to
// Product Privacy Notice", "Company name *"), or a short label ending in a
// colon ("Date completed:"). A table gives the label its cell to fill in, so
// words that also title sections count here.
func fieldLike(s string) bool {
	s = strings.TrimSpace(s)
	colon := strings.HasSuffix(s, ":")
	s = strings.TrimSpace(strings.TrimRight(s, ":*"))
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 8 || strings.ContainsAny(s, "?.;:") {
		return false
	}
	return split.FormLabel(s, true) || colon && len(words) <= 4
}

// instruction says whether s is a note or an instruction rather than a
// question: no question mark, no asking verb first, and either a "Note"/"Step"
// lead or several sentences.
func instruction(s string) bool {
	if asks(s) {
		return false
	}
	l := strings.ToLower(s)
	for _, p := range []string{"note", "step ", "instruction", "please note", "for example", "example", "see ", "refer to", "this section", "this worksheet", "this sheet", "the following"} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return strings.Count(s, ". ") >= 1 || len(strings.Fields(s)) > 30
}

// leadingIDColumn finds, before the question column is known, a column in
// which most filled cells are ids ("HFIH-01"), the leftmost such column.
func leadingIDColumn(g *grid, start int) int {
	ids := make([]int, g.width)
	filled := make([]int, g.width)
	for r := max(start, 0); r < len(g.cells); r++ {
		for c, v := range g.cells[r] {
			if c >= g.width || g.isCovered(r, c) {
				continue
			}
			if v = fold(v); v != "" {
				filled[c]++
				if idLike(v) && !answerLike(v) {
					ids[c]++
				}
			}
		}
	}
	for c := range ids {
		if ids[c] >= 3 && ids[c]*10 >= filled[c]*6 {
			return c
		}
	}
	return -1
}

// headerAgain reports whether row r, below the header of t, is a header again: the
// header repeated (at the top of every printed page), its cell in the question column
// the same as the header's, or the header of another table ("Control ID | Control
// Description | Owner" under "ID | Question | Answer"), its cell in the question
// column titling a question column and another cell titling a column too. Either
// asks nothing, as a person reading the sheet sees, but only when the row holds no
// data as findHeader reads it (dataRow): "Change control process | Yes" is a question. used
// is the row's used cells (usedCells).
//
// The checks of header likeness run first, on the question cell and without
// allocating, and dataRow, which folds every cell, last: most rows below a header are
// questions of more words than a title holds.
func headerAgain(g *grid, r int, t table, used []int) bool {
	if t.qcol < 0 {
		return false
	}
	q := g.cell(r, t.qcol)
	if sameFolded(q, g.cell(t.header, t.qcol)) {
		return !dataRow(g, r, used)
	}
	if titleWords(q) > maxTitleWords {
		return false // headerRole reads it as no title
	}
	if role, _ := headerRole(q); role != roleQuestion {
		return false
	}
	titles := 0
	for _, c := range used {
		if role, _ := headerRole(g.cell(r, c)); role != roleOther {
			titles++
		}
	}
	return titles >= 2 && !dataRow(g, r, used)
}

// sameFolded reports whether fold(a) == fold(b), without building either.
func sameFolded(a, b string) bool {
	for {
		a, b = strings.TrimLeftFunc(a, unicode.IsSpace), strings.TrimLeftFunc(b, unicode.IsSpace)
		if a == "" || b == "" {
			return a == b
		}
		i, j := strings.IndexFunc(a, unicode.IsSpace), strings.IndexFunc(b, unicode.IsSpace)
		if i < 0 {
			i = len(a)
		}
		if j < 0 {
			j = len(b)
		}
		if a[:i] != b[:j] {
			return false
		}
		a, b = a[i:], b[j:]
	}
}

// titleWords counts the words headerRole reads in s: runs of letters, digits and "#".
func titleWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '#'
		if w && !in {
			n++
		}
		in = w
	}
	return n
}
