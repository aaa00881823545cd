package questionnaire

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/socbot/socbot/internal/split"
	"github.com/socbot/socbot/internal/triage"
)

// The workbook is written back by copying its zip entry by entry, compressed
// bytes untouched, except the worksheets questions came from and the styles
// part. Those are streamed token by token and copied byte for byte, with the
// answer cells, their column widths and two cell formats spliced in. Nothing
// is decoded into a model of the workbook and encoded again, so every other
// sheet, style, formula, validation list, name and hidden sheet stays exactly
// as it was, and memory follows the answers written, not the sheet's extent.

// sheetPatch is what Write adds to one worksheet.
type sheetPatch struct {
	first, last int              // 1-based columns written, first..last
	widths      []float64        // per written column
	rows        map[int][]string // 1-based row → values from column first on
	order       []int            // the keys of rows, ascending
	head        int              // the header row, 0 when none
}

// cellStyles are the cellXfs indexes of the header and body formats, -1 for
// unstyled cells.
type cellStyles struct{ head, body int }

func writeXLSX(w io.Writer, doc *Doc, items []triage.Item, progress func(int, int)) (string, error) {
	zr, err := zip.NewReader(bytes.NewReader(doc.raw), int64(len(doc.raw)))
	if err != nil {
		return "", fmt.Errorf("reopen %s: %w", doc.Name, err)
	}
	patches, err := sheetPatches(doc, items, progress)
	if err != nil {
		return "", err
	}
	styles, stylePart, styled := addStyles(zr)
	zw := zip.NewWriter(w)
	for _, f := range zr.File {
		var err error
		switch p := patches[strings.ToLower(f.Name)]; {
		case p != nil:
			err = rewriteEntry(zw, f, func(dst io.Writer, src io.Reader) error { return patchSheet(dst, src, p, styles) })
		case stylePart != nil && f == stylePart:
			err = rewriteEntry(zw, f, func(dst io.Writer, _ io.Reader) error { _, err := dst.Write(styled); return err })
		default:
			err = zw.Copy(f)
		}
		var syntax *xml.SyntaxError
		if errors.As(err, &syntax) {
			// Excel would not open it either; the reader tolerated the damage.
			return "", newError(KindCorrupt, "The workbook looks damaged. Open it in Excel, save it again and upload the new copy.", fmt.Errorf("write %s: %s: %w", doc.Name, f.Name, err))
		}
		if err != nil {
			return "", fmt.Errorf("write %s: %s: %w", doc.Name, f.Name, err)
		}
	}
	if err := zw.Close(); err != nil {
		return "", fmt.Errorf("write %s: %w", doc.Name, err)
	}
	if doc.macros {
		return ".xlsm", nil
	}
	return ".xlsx", nil
}

// sheetPatches lays out the answer columns of every sheet questions came
// from: right of the sheet's last used column, titled on the header row (or
// the row above the first question), one row per question.
func sheetPatches(doc *Doc, items []triage.Item, progress func(int, int)) (map[string]*sheetPatch, error) {
	cols := columns(items)
	bySheet := map[string]*sheetPatch{}
	out := map[string]*sheetPatch{}
	for _, sh := range doc.Sheets {
		if sh.part == "" {
			return nil, fmt.Errorf("write %s: sheet %q has no part", doc.Name, sh.Name)
		}
		first := sh.LastCol + 1
		last := first + len(cols) - 1
		if last > excelize.MaxColumns {
			return nil, newError(KindTooLarge, fmt.Sprintf("Sheet %q has no room right of its last column for the answers.", sh.Name), nil)
		}
		p := &sheetPatch{first: first, last: last, rows: map[int][]string{}}
		for _, c := range cols {
			p.widths = append(p.widths, c.width)
		}
		bySheet[sh.Name] = p
		out[strings.ToLower(sh.part)] = p
	}
	for i, it := range items {
		at := doc.Where[i]
		p := bySheet[at.Sheet]
		if p == nil {
			return nil, fmt.Errorf("write %s: question %d is on sheet %q, which was not read", doc.Name, i+1, at.Sheet)
		}
		p.rows[at.Row] = cellValues(values(cols, it))
		progress(i+1, len(items))
	}
	for _, sh := range doc.Sheets {
		p := bySheet[sh.Name]
		hr := sh.HeaderRow
		if hr == 0 && len(p.rows) > 0 {
			hr = slices.Min(slicesKeys(p.rows)) - 1 // the row above the first question
		}
		if _, taken := p.rows[hr]; hr >= 1 && !taken {
			p.rows[hr] = cellValues(titles(cols))
			p.head = hr
		}
		p.order = slicesKeys(p.rows)
		slices.Sort(p.order)
	}
	return out, nil
}

func slicesKeys(m map[int][]string) []int {
	out := make([]int, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// cellValues neutralises values and cuts them to what a cell holds.
func cellValues(vs []string) []string {
	for i, v := range vs {
		if utf8.RuneCountInString(v) > MaxCellChars {
			v = split.CutRunes(v, MaxCellChars-1) + "…"
		}
		vs[i] = Neutralise(v)
	}
	return vs
}

// rewriteEntry writes a new deflated entry named like f with what fn makes of
// f's content.
func rewriteEntry(zw *zip.Writer, f *zip.File, fn func(dst io.Writer, src io.Reader) error) error {
	rc, err := f.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	dst, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate, Modified: f.Modified})
	if err != nil {
		return err
	}
	return fn(dst, rc)
}

// tape records what an XML decoder reads, so that every token can be copied
// exactly as written. The decoder reads ahead of the token it returns;
// buf[head:] holds everything from the end of the last token taken.
type tape struct {
	r    io.Reader
	buf  []byte
	head int
	base int64 // input offset of buf[head]
}

func (t *tape) Read(p []byte) (int, error) {
	n, err := t.r.Read(p)
	t.buf = append(t.buf, p[:n]...)
	return n, err
}

// take returns the bytes up to input offset off (the end of the token just
// read) and forgets them. The result is valid until the next take.
func (t *tape) take(off int64) []byte {
	if t.head >= 64<<10 && t.head*2 >= len(t.buf) {
		t.buf = t.buf[:copy(t.buf, t.buf[t.head:])]
		t.head = 0
	}
	n := int(off - t.base)
	out := t.buf[t.head : t.head+n]
	t.head += n
	t.base = off
	return out
}

var (
	spansAttr = regexp.MustCompile(`\sspans="[^"]*"`)
	minAttr   = regexp.MustCompile(`\bmin="\d+"`)
	maxAttr   = regexp.MustCompile(`\bmax="\d+"`)
	refAttr   = regexp.MustCompile(`\bref="[^"]*"`)
)

// patchSheet copies a worksheet from src to dst, adding p's cells and column
// widths. Cells already in the written columns (answers of an earlier pass,
// or empty formatted cells) are replaced.
func patchSheet(dst io.Writer, src io.Reader, p *sheetPatch, st cellStyles) error {
	out := bufio.NewWriterSize(dst, 64<<10)
	tp := &tape{r: src}
	dec := xml.NewDecoder(tp)
	var (
		prefix                       string // the worksheet's namespace prefix with its colon, if any
		sawCols, colsDone, inColsRun bool
		inData, inRow, wroteRow      bool
		target                       []string // values of the row being copied, nil when not a target
		rowNum, colNum, next         int      // current row and cell; next index into p.order
		skip                         int      // depth inside a replaced cell, 0 when copying
	)
	emitRowsBefore := func(limit int) { // rows p writes that the sheet does not have
		for next < len(p.order) && p.order[next] < limit {
			r := p.order[next]
			fmt.Fprintf(out, `<%srow r="%d">`, prefix, r)
			writeCells(out, prefix, p, r, p.rows[r], st)
			fmt.Fprintf(out, `</%srow>`, prefix)
			next++
		}
	}
	colsXML := func() {
		for j, w := range p.widths {
			fmt.Fprintf(out, `<%scol min="%d" max="%d" width="%g" customWidth="1"/>`, prefix, p.first+j, p.first+j, w)
		}
		colsDone = true
	}
	for {
		tok, err := dec.RawToken()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return err
		}
		raw := tp.take(dec.InputOffset())
		if skip > 0 {
			switch tok.(type) {
			case xml.StartElement:
				if !bytes.HasSuffix(raw, []byte("/>")) {
					skip++
				}
			case xml.EndElement:
				skip--
			}
			continue
		}
		selfClosing := bytes.HasSuffix(raw, []byte("/>"))
		switch el := tok.(type) {
		case xml.StartElement:
			switch name := el.Name.Local; {
			case name == "worksheet":
				if el.Name.Space != "" {
					prefix = el.Name.Space + ":"
				}
			case name == "dimension" && !inData:
				raw = refAttr.ReplaceAll(raw, []byte(`ref="`+dimension(attr(el, "ref"), p)+`"`))
			case name == "cols" && !inData:
				sawCols, inColsRun = true, true
				if selfClosing {
					fmt.Fprintf(out, "<%scols>", prefix)
					colsXML()
					fmt.Fprintf(out, "</%scols>", prefix)
					inColsRun = false
					continue
				}
			case name == "col" && inColsRun:
				lo, _ := strconv.Atoi(attr(el, "min"))
				hi, _ := strconv.Atoi(attr(el, "max"))
				if lo < 1 || hi < lo {
					break
				}
				if lo < p.first {
					out.Write(colRange(raw, lo, min(hi, p.first-1)))
				}
				if hi > p.last || lo > p.last {
					if !colsDone {
						colsXML()
					}
					out.Write(colRange(raw, max(lo, p.last+1), hi))
				}
				if !selfClosing {
					skip = 1 // a <col> with content is dropped with it; its pieces were written
				}
				continue
			case name == "sheetData":
				if !sawCols {
					fmt.Fprintf(out, "<%scols>", prefix)
					colsXML()
					fmt.Fprintf(out, "</%scols>", prefix)
				}
				if selfClosing {
					fmt.Fprintf(out, "<%ssheetData>", prefix)
					emitRowsBefore(1 << 30)
					fmt.Fprintf(out, "</%ssheetData>", prefix)
					continue
				}
				inData = true
			case name == "row" && inData:
				if r, err := strconv.Atoi(attr(el, "r")); err == nil && r > 0 {
					rowNum = r
				} else {
					rowNum++
				}
				emitRowsBefore(rowNum)
				target, colNum, wroteRow = nil, 0, false
				if next < len(p.order) && p.order[next] == rowNum {
					target = p.rows[rowNum]
					next++
					raw = spansAttr.ReplaceAll(raw, nil)
					if selfClosing {
						out.Write(bytes.TrimRight(raw[:len(raw)-2], " \t\r\n"))
						out.WriteString(">")
						writeCells(out, prefix, p, rowNum, target, st)
						fmt.Fprintf(out, "</%srow>", prefix)
						target = nil
						continue
					}
				}
				inRow = !selfClosing
			case name == "c" && inRow && target != nil:
				if ref := attr(el, "r"); ref != "" {
					if c, _, err := excelize.CellNameToCoordinates(ref); err == nil {
						colNum = c
					} else {
						colNum++
					}
				} else {
					colNum++
				}
				if colNum >= p.first && !wroteRow {
					writeCells(out, prefix, p, rowNum, target, st)
					wroteRow = true
				}
				if colNum >= p.first && colNum <= p.last {
					if !selfClosing {
						skip = 1
					}
					continue
				}
			}
		case xml.EndElement:
			switch el.Name.Local {
			case "cols":
				if inColsRun && !colsDone {
					colsXML()
				}
				inColsRun = false
			case "row":
				if inRow && target != nil && !wroteRow {
					writeCells(out, prefix, p, rowNum, target, st)
				}
				inRow, target = false, nil
			case "sheetData":
				if inData {
					emitRowsBefore(1 << 30)
				}
				inData = false
			}
		}
		out.Write(raw)
	}
	return out.Flush()
}

// colRange is a <col> element with its range set to lo..hi.
func colRange(raw []byte, lo, hi int) []byte {
	if lo > hi {
		return nil
	}
	b := minAttr.ReplaceAll(raw, []byte(`min="`+strconv.Itoa(lo)+`"`))
	return maxAttr.ReplaceAll(b, []byte(`max="`+strconv.Itoa(hi)+`"`))
}

// dimension widens a used-range reference ("A1:F300") to take in p.
func dimension(ref string, p *sheetPatch) string {
	a, b, ok := strings.Cut(ref, ":")
	if !ok {
		b = a
	}
	c1, r1, err1 := excelize.CellNameToCoordinates(a)
	c2, r2, err2 := excelize.CellNameToCoordinates(b)
	if err1 != nil || err2 != nil {
		c1, r1, c2, r2 = 1, 1, 1, 1
	}
	if len(p.order) > 0 {
		r1 = min(r1, p.order[0])
		r2 = max(r2, p.order[len(p.order)-1])
	}
	from, _ := excelize.CoordinatesToCellName(min(c1, p.first), r1)
	to, _ := excelize.CoordinatesToCellName(max(c2, p.last), r2)
	return from + ":" + to
}

// writeCells writes one row's answer cells as inline strings.
func writeCells(out *bufio.Writer, prefix string, p *sheetPatch, row int, vals []string, st cellStyles) {
	style := st.body
	if row == p.head {
		style = st.head
	}
	s := ""
	if style >= 0 {
		s = ` s="` + strconv.Itoa(style) + `"`
	}
	for j, v := range vals {
		ref, _ := excelize.CoordinatesToCellName(p.first+j, row)
		if v == "" {
			if s != "" {
				fmt.Fprintf(out, `<%sc r="%s"%s/>`, prefix, ref, s)
			}
			continue
		}
		fmt.Fprintf(out, `<%sc r="%s"%s t="inlineStr"><%sis><%st xml:space="preserve">`, prefix, ref, s, prefix, prefix)
		xml.EscapeText(out, []byte(v))
		fmt.Fprintf(out, `</%st></%sis></%sc>`, prefix, prefix, prefix)
	}
}
