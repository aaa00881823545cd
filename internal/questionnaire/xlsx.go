package questionnaire

import (
	"archive/zip"
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/socbot/socbot/internal/triage"
)

// Sheet names are one signal of what a sheet is for, weighed with its content
// (see pickSheets): these name sheets that guide, list values or report on
// the answers rather than collect them.
var (
	instructionSheet = regexp.MustCompile(`(?i)instruction|read ?me|guidance|how to|introduction|^cover|glossary|definition|change ?log|version history|revision|lookup|drop.?down|^lists?$|^values?$|scoring|dashboard|contents|^about|acknowledg|credits`)
	referenceSheet   = regexp.MustCompile(`(?i)analyst|reference|report|summary|crosswalk|mapping|^results?$|score`)
)

// budget counts rows, filled cells and held cells (the area: each row as long
// as its last filled cell) across all sheets of one file.
type budget struct {
	rows, cells, area          int
	maxRows, maxCells, maxArea int
}

// newBudget is the budget of one file: lim's rows and filled cells, and ten
// times as many cells held as filled.
func newBudget(lim Limits) *budget {
	return &budget{maxRows: lim.MaxRows, maxCells: lim.MaxCells, maxArea: 10 * lim.MaxCells}
}

func (b *budget) addRow(cells, width int) error {
	b.rows++
	b.cells += cells
	b.area += width
	if b.rows > b.maxRows {
		return tooMany("rows", b.maxRows)
	}
	if b.cells > b.maxCells {
		return tooMany("filled cells", b.maxCells)
	}
	if b.maxArea > 0 && b.area > b.maxArea {
		return newError(KindTooLarge, fmt.Sprintf("The file's text is spread over more than %d cells. Delete empty rows and columns between the questions and upload it again.", b.maxArea), nil)
	}
	return nil
}

func excelizeOptions(lim Limits) excelize.Options {
	return excelize.Options{UnzipSizeLimit: lim.MaxUnzipped, UnzipXMLSizeLimit: min(lim.MaxUnzipped, 16<<20)}
}

// openWorkbook lists a workbook's sheets and opens it for streaming reads,
// with the budget its sheets are read within. The caller closes the file.
func openWorkbook(b []byte, zr *zip.Reader, lim Limits) ([]wbSheet, *excelize.File, *budget, error) {
	sheets, err := workbookSheets(zr)
	if err != nil {
		return nil, nil, nil, newError(KindCorrupt, "The workbook looks damaged. Open it in Excel, save it again and upload the new copy.", err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b), excelizeOptions(lim))
	if err != nil {
		if errors.Is(err, excelize.ErrWorkbookFileFormat) || errors.Is(err, excelize.ErrWorkbookPassword) {
			return nil, nil, nil, encryptedError(err)
		}
		return nil, nil, nil, newError(KindCorrupt, "The workbook looks damaged. Open it in Excel, save it again and upload the new copy.", err)
	}
	return sheets, f, newBudget(lim), nil
}

// eachSheet opens the workbook f and streams its sheets in tab order, all
// within one budget, calling fn with each worksheet's grid, or with a nil
// grid and the reason a sheet was not read ("not a worksheet", "hidden",
// "unreadable"). A limit, the deadline or an error from fn ends it.
func eachSheet(ctx context.Context, f *file, lim Limits, fn func(sh wbSheet, g *grid, skip string) error) error {
	sheets, xf, bud, err := openWorkbook(f.b, f.zr, lim)
	if err != nil {
		return err
	}
	defer xf.Close()
	for _, sh := range sheets {
		if ctx.Err() != nil {
			return timeoutError(ctx)
		}
		var g *grid
		skip := ""
		switch {
		case sh.part == "":
			skip = "not a worksheet"
		case sh.hidden:
			skip = "hidden"
		default:
			if g, err = loadSheet(ctx, xf, f.zr, sh, bud, lim); err != nil {
				var e *Error
				if errors.As(err, &e) {
					return err
				}
				if ctx.Err() != nil {
					return timeoutError(ctx)
				}
				g, skip = nil, "unreadable"
			}
		}
		if err := fn(sh, g, skip); err != nil {
			return err
		}
	}
	return nil
}

func readXLSX(ctx context.Context, f *file, lim Limits) (*Doc, error) {
	doc := &Doc{Name: f.name, Kind: XLSX, raw: f.b, macros: hasEntry(f.zr, "xl/vbaProject.bin")}
	var read []sheetRead
	err := eachSheet(ctx, f, lim, func(sh wbSheet, g *grid, skip string) error {
		r := sheetRead{sheet: sh, skip: skip}
		if g != nil {
			t, err := analyze(ctx, g)
			if err != nil {
				return timeoutError(ctx)
			}
			r.grid, r.table = g, t
		}
		read = append(read, r)
		return nil
	})
	if err != nil {
		return nil, err
	}
	pickSheets(read)
	for _, r := range read {
		if r.skip != "" {
			doc.Skipped = append(doc.Skipped, r.sheet.name+": "+r.skip)
			continue
		}
		doc.addTable(r.sheet.name, r.grid, r.table)
		doc.Sheets[len(doc.Sheets)-1].part = r.sheet.part
		if len(doc.Questions) > lim.MaxQuestions {
			return nil, tooMany("questions", lim.MaxQuestions)
		}
	}
	return doc, nil
}

// sheetRead is one sheet of a workbook as read, and why it is skipped, if it is.
type sheetRead struct {
	sheet wbSheet
	grid  *grid
	table table
	skip  string
}

// pickSheets chooses the sheets a respondent fills in, marking the others
// skipped with a reason. Sheets are taken in tab order, those whose name
// says they guide or report only after the others; a sheet is skipped when
// half or more of its questions (by id, or by text) repeat a sheet already
// taken, so that a question is triaged once, from the sheet where it is
// answered. A sheet named as guidance or a report is taken only when its
// content says respondents answer there: a drop-down answer column beside
// questions no other sheet has, or when no other sheet holds questions.
func pickSheets(read []sheetRead) {
	seen := map[string]string{} // id or text → sheet it was taken from
	take := func(r *sheetRead, named string) {
		if r.skip != "" {
			return
		}
		if len(r.table.rows) == 0 {
			r.skip = cmp.Or(named, "no questions")
			return
		}
		repeats, from := 0, ""
		for _, row := range r.table.rows {
			if s, ok := seen[rowKey(row)]; ok {
				repeats++
				from = s
			}
		}
		switch {
		case repeats*2 >= len(r.table.rows):
			r.skip = "repeats " + from
			return
		case named != "" && !answeredHere(r.grid, r.table):
			r.skip = named
			return
		}
		for _, row := range r.table.rows {
			if _, ok := seen[rowKey(row)]; !ok {
				seen[rowKey(row)] = r.sheet.name
			}
		}
	}
	for pass := 0; pass < 2; pass++ {
		for i := range read {
			named := sheetNameClass(read[i].sheet.name)
			if (named == "") == (pass == 0) {
				take(&read[i], named)
			}
		}
	}
	if len(seen) > 0 {
		return
	}
	// Nothing taken: the name was the only thing against the sheets that ask
	// (a questionnaire on a tab called "Security Review Summary").
	for i := range read {
		if r := &read[i]; r.skip == "reference" {
			r.skip = ""
			take(r, "")
		}
	}
}

// sheetNameClass says what a sheet's name alone suggests: "instructions",
// "reference", or "" for a sheet that may hold questions.
func sheetNameClass(name string) string {
	switch {
	case instructionSheet.MatchString(name):
		return "instructions"
	case referenceSheet.MatchString(name):
		return "reference"
	}
	return ""
}

// rowKey identifies a question across sheets: its id, or its text.
func rowKey(r tableRow) string {
	if r.id != "" {
		return "id:" + r.id
	}
	return "text:" + strings.ToLower(r.text)
}

// answeredHere says whether a table is filled in where it stands: a
// drop-down column right of its questions.
func answeredHere(g *grid, t table) bool {
	for c := range g.listed {
		if c > t.qcol {
			return true
		}
	}
	return false
}

// addTable appends the questions of one analysed table to doc. Rows without an
// id get their cell reference ("Sheet1!B12") as id.
func (d *Doc) addTable(sheet string, g *grid, t table) {
	sh := Sheet{Name: sheet, QuestionCol: t.qcol + 1, LastCol: g.width, Questions: len(t.rows)}
	if t.header >= 0 {
		sh.HeaderRow = t.header + 1
	}
	if t.idcol >= 0 {
		sh.IDCol = t.idcol + 1
	}
	d.Sheets = append(d.Sheets, sh)
	for _, r := range t.rows {
		id := r.id
		if id == "" {
			ref, _ := excelize.CoordinatesToCellName(r.col+1, r.row+1)
			if sheet != "" {
				ref = sheet + "!" + ref
			}
			id = ref
		}
		d.Questions = append(d.Questions, triage.Question{ID: id, Text: r.text, Section: r.section, Line: r.row + 1, Form: r.field})
		d.Where = append(d.Where, Location{Sheet: sheet, Row: r.row + 1, Col: r.col + 1})
	}
}

// loadSheet streams one worksheet row by row into a grid that keeps only what
// is filled: each row is as long as its last filled cell, each cell at most
// MaxCellChars. A sheet whose text reaches past lim.MaxColumns, or whose rows
// spread over more than the budget's area, is refused before it is held.
// Merged ranges are then filled in.
func loadSheet(ctx context.Context, f *excelize.File, zr *zip.Reader, sh wbSheet, bud *budget, lim Limits) (*grid, error) {
	rows, err := f.Rows(sh.name)
	if err != nil {
		return nil, fmt.Errorf("open sheet %q: %w", sh.name, err)
	}
	defer rows.Close()
	g := newGrid()
	for rows.Next() {
		if len(g.cells)%256 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		cols, err := rows.Columns()
		if err != nil {
			return nil, fmt.Errorf("read sheet %q row %d: %w", sh.name, len(g.cells)+1, err)
		}
		n, last := 0, 0
		for i, v := range cols {
			if strings.TrimSpace(v) != "" {
				n++
				last = i + 1
			}
		}
		if last > lim.MaxColumns {
			return nil, tooWide(sh.name, last, lim.MaxColumns)
		}
		if err := bud.addRow(n, last); err != nil {
			return nil, err
		}
		g.cells = append(g.cells, heldRow(cols, last))
		g.width = max(g.width, last)
	}
	if err := rows.Error(); err != nil {
		return nil, fmt.Errorf("read sheet %q: %w", sh.name, err)
	}
	trimTrailingRows(g)
	ex, err := scanExtras(zr, sh.part)
	if err != nil {
		return nil, fmt.Errorf("merged cells of %q: %w", sh.name, err)
	}
	g.listed = listedColumns(ex.lists)
	for _, m := range ex.merges {
		a, b, _ := strings.Cut(m, ":")
		c1, r1, err1 := excelize.CellNameToCoordinates(a)
		c2, r2, err2 := excelize.CellNameToCoordinates(b)
		if err1 != nil || err2 != nil || c2 < c1 || r2 < r1 {
			continue
		}
		if err := fillMerge(g, r1-1, c1-1, r2-1, c2-1, bud); err != nil {
			return nil, err
		}
	}
	return g, nil
}

// tooWide refuses a sheet with text far to the right of any questionnaire.
func tooWide(sheet string, col, max int) *Error {
	name, _ := excelize.ColumnNumberToName(col)
	return newError(KindTooLarge, fmt.Sprintf("Sheet %q has text in column %s, more than %d columns wide. Delete the columns right of the questions and upload it again.", sheet, name, max), nil)
}

// fillMerge copies a merged range's top-left value into the cells it covers,
// within the used part of the grid, and records how many columns it spans.
// Filled cells count against the cell budget.
func fillMerge(g *grid, r1, c1, r2, c2 int, bud *budget) error {
	if r1 < 0 || c1 < 0 || r1 >= len(g.cells) {
		return nil
	}
	g.span[cellKey{r1, c1}] = c2 - c1 + 1
	v := g.cell(r1, c1)
	if v != "" {
		g.width = max(g.width, min(c2+1, c1+64))
	}
	for r := r1; r <= r2 && r < len(g.cells); r++ {
		for c := c1; c <= c2 && c < g.width; c++ {
			if r == r1 && c == c1 {
				continue
			}
			for len(g.cells[r]) <= c {
				g.cells[r] = append(g.cells[r], "")
			}
			g.cells[r][c] = v
			g.covered[cellKey{r, c}] = cellKey{r1, c1}
			if bud.cells++; bud.cells > bud.maxCells {
				return tooMany("filled cells", bud.maxCells)
			}
		}
	}
	return nil
}

func trimTrailingRows(g *grid) {
	n := len(g.cells)
	for n > 0 && len(g.cells[n-1]) == 0 {
		n--
	}
	g.cells = g.cells[:n]
}

// listedColumns turns list validation ranges ("C27:C32 C36:C38") into the
// columns they restrict. Ranges wider than a few columns (a whole table) say
// nothing about which column holds the answers and are left out.
func listedColumns(sqrefs []string) map[int]bool {
	cols := map[int]bool{}
	for _, sq := range sqrefs {
		for _, ref := range strings.Fields(sq) {
			a, b, ok := strings.Cut(ref, ":")
			if !ok {
				b = a
			}
			c1, _, err1 := excelize.CellNameToCoordinates(a)
			c2, _, err2 := excelize.CellNameToCoordinates(b)
			if err1 != nil || err2 != nil || c2 < c1 || c2-c1 > 3 {
				continue
			}
			for c := c1; c <= c2; c++ {
				cols[c-1] = true
			}
		}
	}
	return cols
}
