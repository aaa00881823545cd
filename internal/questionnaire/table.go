package questionnaire

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"io"
	"path/filepath"
	"strings"
)

// Table is one sheet of a workbook, or a whole CSV file, as rows of cell text.
// It serves files that are tables but not questionnaires, such as the control
// matrix of a SOC report, with the limits and checks questionnaires get.
type Table struct {
	Sheet string     // the sheet's name; empty for CSV
	Rows  [][]string // rows in file order; a row is as long as its last filled cell
}

// ReadTables reads the visible worksheets of an XLSX file, or a CSV/TSV file,
// as tables. Failures a user can act on are *Error, as for Read.
func ReadTables(ctx context.Context, name string, r io.Reader, lim Limits) ([]Table, error) {
	lim = lim.withDefaults()
	ctx, cancel := context.WithTimeout(ctx, lim.MaxParseTime)
	defer cancel()
	b, err := readFile(name, r, lim)
	if err != nil {
		return nil, err
	}
	var out []Table
	switch {
	case len(bytes.TrimSpace(b)) == 0:
		return nil, newError(KindEmpty, "The file is empty.", nil)
	case bytes.HasPrefix(b, magicZip):
		out, err = zipTables(ctx, b, lim)
	default:
		text, ok := decodeText(b)
		if !ok {
			return nil, newError(KindUnsupported, "This file type is not supported for a table. Use XLSX or CSV.", nil)
		}
		if !strings.Contains(text, "\n") {
			text = strings.ReplaceAll(text, "\r", "\n")
		}
		var delim rune
		if ext := strings.ToLower(filepath.Ext(name)); ext == ".tsv" || ext == ".tab" {
			delim = '\t'
		}
		var g *grid
		if g, err = csvGrid(ctx, text, delim, lim); err == nil {
			out = []Table{{Rows: g.cells}}
		}
	}
	if err != nil {
		var e *Error
		if !errors.As(err, &e) && ctx.Err() != nil {
			return nil, timeoutError(ctx)
		}
		return nil, err
	}
	return out, nil
}

func zipTables(ctx context.Context, b []byte, lim Limits) ([]Table, error) {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return nil, newError(KindCorrupt, "The file looks damaged or incomplete. Open it, save it again and try again.", err)
	}
	if err := checkZip(zr, lim); err != nil {
		return nil, err
	}
	if !hasEntry(zr, "xl/workbook.xml") {
		return nil, newError(KindUnsupported, "This zip file is not an Excel workbook. Use XLSX or CSV.", nil)
	}
	sheets, f, bud, err := openWorkbook(b, zr, lim)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Table
	for _, sh := range sheets {
		if sh.part == "" || sh.hidden {
			continue
		}
		g, err := loadSheet(ctx, f, zr, sh, bud, lim)
		if err != nil {
			return nil, err
		}
		out = append(out, Table{Sheet: sh.name, Rows: g.cells})
	}
	return out, nil
}
