package questionnaire

import (
	"archive/zip"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/socbot/socbot/internal/split"
	"github.com/socbot/socbot/internal/triage"
)

// block is one top-level piece of a Word body: a paragraph or a table.
type block struct {
	text    string     // paragraph text
	heading bool       // paragraph styled as a heading or title
	rows    [][]string // table cells; nil for a paragraph
	covered map[cellKey]cellKey
	span    map[cellKey]int
}

var headingStyle = regexp.MustCompile(`(?i)^(heading|title|subtitle|berschrift|titre|titulo)`)

func readDOCX(ctx context.Context, name string, zr *zip.Reader, lim Limits) (*Doc, error) {
	f, ok := openEntry(zr, "word/document.xml")
	if !ok {
		return nil, newError(KindCorrupt, "The Word document has no body. Open it in Word, save it again and upload the new copy.", nil)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, newError(KindCorrupt, "The Word document looks damaged. Open it in Word, save it again and upload the new copy.", err)
	}
	defer rc.Close()
	blocks, err := parseDocument(ctx, io.LimitReader(rc, lim.MaxUnzipped), lim)
	if err != nil {
		var e *Error
		switch {
		case errors.As(err, &e):
			return nil, err
		case ctx.Err() != nil:
			return nil, timeoutError(ctx)
		}
		return nil, newError(KindCorrupt, "The Word document looks damaged. Open it in Word, save it again and upload the new copy.", err)
	}
	return docFromBlocks(ctx, name, blocks)
}

// docFromBlocks turns paragraphs into questions through the text splitter, and
// tables through the same column analysis as spreadsheets, in document order.
func docFromBlocks(ctx context.Context, name string, blocks []block) (*Doc, error) {
	doc := &Doc{Name: name, Kind: DOCX}
	var para []string // pending paragraph lines
	var paraAt []int  // block number of each pending line
	heading, tables := "", 0
	// flush splits the pending paragraphs; before a table, headings at their
	// end with nothing under them head the table's rows instead.
	flush := func(beforeTable bool) {
		if len(para) == 0 {
			return
		}
		splitText := split.Split
		if beforeTable {
			splitText = split.SplitBefore
		}
		for _, q := range splitText(strings.Join(para, "\n")) {
			at := 0
			if q.Line >= 1 && q.Line <= len(paraAt) {
				at = paraAt[q.Line-1]
			}
			q.Line = at
			doc.Questions = append(doc.Questions, q)
			doc.Where = append(doc.Where, Location{Row: at})
		}
		para, paraAt = nil, nil
	}
	for i, b := range blocks {
		if b.rows == nil {
			for _, line := range strings.Split(b.text, "\n") {
				if b.heading && strings.TrimSpace(line) != "" {
					heading = fold(line)
					line = "# " + heading
				}
				para = append(para, line)
				paraAt = append(paraAt, i+1)
			}
			continue
		}
		flush(true)
		tables++
		g := &grid{cells: b.rows, covered: b.covered, span: b.span}
		for _, r := range b.rows {
			g.width = max(g.width, len(r))
		}
		t, err := analyze(ctx, g)
		if err != nil {
			return nil, timeoutError(ctx)
		}
		where := fmt.Sprintf("Table %d", tables)
		for _, r := range t.rows {
			id, sec := r.id, r.section
			if id == "" {
				id = fmt.Sprintf("T%d.%d", tables, r.row+1)
			}
			if sec == "" {
				sec = heading
			}
			doc.Questions = append(doc.Questions, triage.Question{ID: id, Text: r.text, Section: sec, Line: r.row + 1, Form: r.field})
			doc.Where = append(doc.Where, Location{Sheet: where, Row: r.row + 1, Col: r.col + 1})
		}
	}
	flush(false)
	renumber(doc.Questions)
	return doc, nil
}

var splitID = regexp.MustCompile(`^q\d+$`)

// renumber gives splitter ids (q1, q2… restarting in every run of paragraphs)
// one sequence across the document.
func renumber(qs []triage.Question) {
	n := 0
	for i := range qs {
		if splitID.MatchString(qs[i].ID) {
			n++
			qs[i].ID = fmt.Sprintf("q%d", n)
		}
	}
}

// parseDocument walks word/document.xml and returns its body as blocks. Text
// boxes and nested tables are read as text of the paragraph or cell around them.
func parseDocument(ctx context.Context, r io.Reader, lim Limits) ([]block, error) {
	dec := xml.NewDecoder(r)
	var (
		blocks    []block
		text      strings.Builder // current paragraph
		cell      []string        // paragraphs of the current cell
		tbl       *block
		tdepth    int // table nesting
		pdepth    int // paragraph nesting (text boxes)
		inText    bool
		style     string
		vcont     bool // current cell continues a vertical merge
		gridSpan  int
		cells     int
		tokens    int
		rowStarts int
		lines     int // paragraphs and line breaks
	)
	// A text box or a run of line breaks can make one paragraph enormous;
	// what is past MaxCellChars characters is dropped as it is read.
	write := func(p []byte) {
		if text.Len() <= 4*MaxCellChars {
			text.Write(p)
		}
	}
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		if tokens++; tokens%4096 == 1 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		switch el := tok.(type) {
		case xml.StartElement:
			switch el.Name.Local {
			case "p":
				if pdepth == 0 {
					text.Reset()
					style = ""
				} else {
					write([]byte{'\n'})
				}
				pdepth++
			case "pStyle":
				style = attr(el, "val")
			case "t":
				inText = true
			case "tab":
				write([]byte{'\t'})
			case "br", "cr":
				write([]byte{'\n'})
				if lines++; lines > lim.MaxRows {
					return nil, tooMany("lines", lim.MaxRows)
				}
			case "tbl":
				tdepth++
				if tdepth == 1 {
					tbl = &block{rows: [][]string{}, covered: map[cellKey]cellKey{}, span: map[cellKey]int{}}
				}
			case "tr":
				if tdepth == 1 {
					if rowStarts++; rowStarts > lim.MaxRows {
						return nil, tooMany("table rows", lim.MaxRows)
					}
					tbl.rows = append(tbl.rows, []string{})
				}
			case "tc":
				if tdepth == 1 {
					cell, vcont, gridSpan = nil, false, 1
				}
			case "vMerge":
				if tdepth == 1 && attr(el, "val") != "restart" {
					vcont = true
				}
			case "gridSpan":
				if tdepth == 1 {
					fmt.Sscanf(attr(el, "val"), "%d", &gridSpan)
					gridSpan = min(max(gridSpan, 1), 64)
				}
			}
		case xml.CharData:
			if inText {
				write(el)
			}
		case xml.EndElement:
			switch el.Name.Local {
			case "t":
				inText = false
			case "p":
				if pdepth--; pdepth > 0 {
					continue
				}
				if lines++; lines > lim.MaxRows {
					return nil, tooMany("paragraphs", lim.MaxRows)
				}
				s := split.CapLines(strings.TrimRight(text.String(), " \t\n"))
				if tdepth == 0 {
					blocks = append(blocks, block{text: s, heading: headingStyle.MatchString(style)})
				} else {
					cell = append(cell, s)
				}
			case "tc":
				if tdepth == 1 && tbl != nil && len(tbl.rows) > 0 {
					if cells += gridSpan; cells > lim.MaxCells {
						return nil, tooMany("table cells", lim.MaxCells)
					}
					addCell(tbl, capCell(strings.Join(cell, "\n")), vcont, gridSpan)
					if len(tbl.rows[len(tbl.rows)-1]) > lim.MaxColumns {
						return nil, tooWideRow("A table row of the document", lim.MaxColumns)
					}
				}
			case "tbl":
				if tdepth--; tdepth == 0 && tbl != nil {
					blocks = append(blocks, *tbl)
					tbl = nil
				}
			}
		}
	}
	return blocks, nil
}

// addCell appends a cell to the last row of t, marking the columns a
// horizontal span covers and the lower parts of vertical merges.
func addCell(t *block, s string, vcont bool, span int) {
	r := len(t.rows) - 1
	c := len(t.rows[r])
	if vcont {
		origin := cellKey{r, c}
		for up := r - 1; up >= 0; up-- {
			if o, ok := t.covered[cellKey{up, c}]; ok {
				origin = o
				break
			}
			if c < len(t.rows[up]) {
				origin = cellKey{up, c}
				break
			}
		}
		if origin.r < len(t.rows) && origin.c < len(t.rows[origin.r]) {
			s = t.rows[origin.r][origin.c]
		}
		t.covered[cellKey{r, c}] = origin
	}
	t.rows[r] = append(t.rows[r], s)
	if span > 1 {
		t.span[cellKey{r, c}] = span
	}
	for i := 1; i < span; i++ {
		t.covered[cellKey{r, c + i}] = cellKey{r, c}
		t.rows[r] = append(t.rows[r], s)
	}
}

func attr(el xml.StartElement, local string) string {
	for _, a := range el.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}
