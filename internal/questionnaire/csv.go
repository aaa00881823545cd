package questionnaire

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

// delimiters CSV files use, in the order ties are broken.
var delimiters = []rune{',', ';', '\t', '|'}

// readCSV reads delimited text. delim 0 means sniff it.
func readCSV(ctx context.Context, name, text string, delim rune, lim Limits) (*Doc, error) {
	if delim == 0 {
		delim = sniffDelim(text)
	}
	g, err := csvGrid(ctx, text, delim, lim)
	if err != nil {
		return nil, err
	}
	t, err := analyze(ctx, g)
	if err != nil {
		return nil, timeoutError(ctx)
	}
	doc := &Doc{Name: name, Kind: CSV, table: g.cells, width: g.width, delim: delim}
	if len(t.rows) == 0 {
		return doc, nil
	}
	doc.addTable("", g, t)
	for i := range doc.Where {
		doc.Where[i].Row-- // CSV locations are record indexes
	}
	return doc, nil
}

// csvGrid parses delimited text into a grid within lim, as loadSheet reads a
// sheet: each row is held as long as its last non-empty field, each field at
// most MaxCellChars, and the rows, filled cells and cells held count against
// the same budget. g.width is the widest record, empty fields included.
// delim 0 means sniff it.
func csvGrid(ctx context.Context, text string, delim rune, lim Limits) (*grid, error) {
	if delim == 0 {
		delim = sniffDelim(text)
	}
	if w := widestRecord(text, delim); w > lim.MaxColumns {
		return nil, tooWideRow("A row of the file", lim.MaxColumns)
	}
	r := newCSVReader(text, delim)
	r.ReuseRecord = true // rows are copied as long as they are filled
	g := newGrid()
	bud := newBudget(lim)
	for {
		if len(g.cells)%256 == 0 && ctx.Err() != nil {
			return nil, timeoutError(ctx)
		}
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, newError(KindCorrupt, "The CSV file could not be parsed. Open it in Excel, save it as CSV UTF-8 and upload it again.", err)
		}
		n, last := 0, 0
		for i, v := range rec {
			if v != "" {
				last = i + 1
				if strings.TrimSpace(v) != "" {
					n++
				}
			}
		}
		if err := bud.addRow(n, last); err != nil {
			return nil, err
		}
		g.cells = append(g.cells, heldRow(rec, last))
		g.width = max(g.width, len(rec))
	}
	return g, nil
}

// heldRow copies a row's cells up to its last filled one, each capped; nil for a
// row with none.
func heldRow(cells []string, last int) []string {
	if last == 0 {
		return nil
	}
	row := make([]string, last)
	for i, v := range cells[:last] {
		row[i] = capCell(v)
	}
	return row
}

// tooWideRow refuses a CSV record or a Word table row wider than max columns.
func tooWideRow(what string, max int) *Error {
	return newError(KindTooLarge, fmt.Sprintf("%s has more than %d columns. Delete the columns right of the questions and upload it again.", what, max), nil)
}

// widestRecord counts the fields of the widest record of text before it is
// parsed, so that a line of a million delimiters is refused without holding a
// million fields. Quoted delimiters and line breaks do not count.
func widestRecord(text string, delim rune) int {
	widest, fields, quoted := 0, 1, false
	for _, r := range text {
		switch {
		case r == '"':
			quoted = !quoted
		case quoted:
		case r == delim:
			fields++
		case r == '\n' || r == '\r':
			widest, fields = max(widest, fields), 1
		}
	}
	return max(widest, fields)
}

func newCSVReader(text string, delim rune) *csv.Reader {
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = delim
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	return r
}

// sniffDelim picks the delimiter that splits the first records most
// consistently into more than one field.
func sniffDelim(text string) rune {
	sample := text
	if len(sample) > 64<<10 {
		sample = sample[:64<<10]
		if i := strings.LastIndexByte(sample, '\n'); i > 0 {
			sample = sample[:i]
		}
	}
	best, bestRows, bestFields := ',', 0, 0
	for _, d := range delimiters {
		rows, fields := consistency(sample, d)
		if rows > bestRows || (rows == bestRows && fields > bestFields) {
			best, bestRows, bestFields = d, rows, fields
		}
	}
	return best
}

// consistency returns how many of the first 50 records share the most common
// field count (above one), and that count.
func consistency(sample string, d rune) (rows, fields int) {
	r := newCSVReader(sample, d)
	counts := map[int]int{}
	for i := 0; i < 50; i++ {
		rec, err := r.Read()
		if err != nil {
			break
		}
		if len(rec) > 1 {
			counts[len(rec)]++
		}
	}
	for f, n := range counts {
		if n > rows || (n == rows && f > fields) {
			rows, fields = n, f
		}
	}
	return rows, fields
}

// looksTabular says whether text without a telling extension is a delimited
// table: at least three records, four in five of them with the same number of
// fields (two or more).
func looksTabular(text string) bool {
	d := sniffDelim(text)
	rows, _ := consistency(text, d)
	total := 0
	r := newCSVReader(text, d)
	for total < 50 {
		if _, err := r.Read(); err != nil {
			break
		}
		total++
	}
	return total >= 3 && rows*5 >= total*4
}
