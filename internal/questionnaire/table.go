package questionnaire

import (
	"context"
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
// as tables. It refuses what Read refuses, with the same messages (an
// encrypted, damaged or oversized file, a zip bomb), and Word documents.
// Failures a user can act on are *Error, as for Read.
func ReadTables(ctx context.Context, name string, r io.Reader, lim Limits) ([]Table, error) {
	return withFile(ctx, name, r, lim, tableFiles, readTables)
}

func readTables(ctx context.Context, f *file, lim Limits) ([]Table, error) {
	if f.kind == XLSX {
		var out []Table
		err := eachSheet(ctx, f, lim, func(sh wbSheet, g *grid, _ string) error {
			if g != nil {
				out = append(out, Table{Sheet: sh.name, Rows: g.cells})
			}
			return nil
		})
		return out, err
	}
	var delim rune
	if ext := strings.ToLower(filepath.Ext(f.name)); ext == ".tsv" || ext == ".tab" {
		delim = '\t'
	}
	g, err := csvGrid(ctx, f.text, delim, lim)
	if err != nil {
		return nil, err
	}
	return []Table{{Rows: g.cells}}, nil
}
