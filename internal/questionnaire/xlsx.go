package questionnaire

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/socbot/socbot/internal/triage"
)

// instructionSheet matches sheet names that hold guidance, not questions.
var instructionSheet = regexp.MustCompile(`(?i)instruction|read ?me|guidance|how to|introduction|^cover|glossary|definition|change ?log|version history|revision|lookup|drop.?down|^lists?$|scoring|dashboard|contents|^about`)

// budget counts rows, filled cells and held cells (the area: each row as long
// as its last filled cell) across all sheets of one file.
type budget struct {
	rows, cells, area          int
	maxRows, maxCells, maxArea int
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

func readXLSX(ctx context.Context, name string, b []byte, zr *zip.Reader, lim Limits) (*Doc, error) {
	sheets, err := workbookSheets(zr)
	if err != nil {
		return nil, newError(KindCorrupt, "The workbook looks damaged. Open it in Excel, save it again and upload the new copy.", err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b), excelizeOptions(lim))
	if err != nil {
		if errors.Is(err, excelize.ErrWorkbookFileFormat) || errors.Is(err, excelize.ErrWorkbookPassword) {
			return nil, newError(KindEncrypted, "The workbook is password-protected. Remove the password and upload it again.", err)
		}
		return nil, newError(KindCorrupt, "The workbook looks damaged. Open it in Excel, save it again and upload the new copy.", err)
	}
	defer f.Close()

	doc := &Doc{Name: name, Kind: XLSX, raw: b, macros: hasEntry(zr, "xl/vbaProject.bin")}
	bud := &budget{maxRows: lim.MaxRows, maxCells: lim.MaxCells, maxArea: 10 * lim.MaxCells}
	for _, sh := range sheets {
		if ctx.Err() != nil {
			return nil, timeoutError(ctx)
		}
		switch {
		case sh.part == "":
			doc.Skipped = append(doc.Skipped, sh.name+": not a worksheet")
			continue
		case sh.hidden:
			doc.Skipped = append(doc.Skipped, sh.name+": hidden")
			continue
		case instructionSheet.MatchString(sh.name):
			doc.Skipped = append(doc.Skipped, sh.name+": instructions")
			continue
		}
		g, err := loadSheet(ctx, f, zr, sh, bud, lim)
		if err != nil {
			var e *Error
			if errors.As(err, &e) {
				return nil, err
			}
			if ctx.Err() != nil {
				return nil, timeoutError(ctx)
			}
			doc.Skipped = append(doc.Skipped, sh.name+": unreadable")
			continue
		}
		t, err := analyze(ctx, g)
		if err != nil {
			return nil, timeoutError(ctx)
		}
		if len(t.rows) == 0 {
			doc.Skipped = append(doc.Skipped, sh.name+": no questions")
			continue
		}
		doc.addTable(sh.name, g, t)
		doc.Sheets[len(doc.Sheets)-1].part = sh.part
		if len(doc.Questions) > lim.MaxQuestions {
			return nil, tooMany("questions", lim.MaxQuestions)
		}
	}
	return doc, nil
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
			ref, _ := excelize.CoordinatesToCellName(t.qcol+1, r.row+1)
			if sheet != "" {
				ref = sheet + "!" + ref
			}
			id = ref
		}
		d.Questions = append(d.Questions, triage.Question{ID: id, Text: r.text, Section: r.section, Line: r.row + 1})
		d.Where = append(d.Where, Location{Sheet: sheet, Row: r.row + 1, Col: t.qcol + 1})
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
		var row []string
		if last > 0 {
			row = make([]string, last)
			for i, v := range cols[:last] {
				row[i] = capCell(v)
			}
		}
		g.cells = append(g.cells, row)
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
