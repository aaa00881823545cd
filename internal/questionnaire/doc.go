// Package questionnaire reads vendor questionnaires from uploaded files (XLSX,
// CSV/TSV, DOCX, plain text and Markdown) into triage questions, and writes the
// triage back: the same workbook with answer columns appended, or a CSV.
//
// It owns everything about file formats and hostile input (size, zip bombs,
// encrypted or legacy Office files, formula injection); it knows nothing about
// Slack or the command line.
package questionnaire

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/socbot/socbot/internal/triage"
)

// Kind is the format a Doc was read from.
type Kind string

// Formats Read understands.
const (
	XLSX Kind = "xlsx"
	CSV  Kind = "csv"
	DOCX Kind = "docx"
	Text Kind = "text"
)

// Doc is a questionnaire read from a file: its questions in file order, where
// each one came from, and what Write needs to write the triage back.
type Doc struct {
	Name      string            // the uploaded file name
	Kind      Kind              // detected format
	Questions []triage.Question // in file order; IDs are unique within the Doc
	Where     []Location        // Where[i] locates Questions[i]
	Sheets    []Sheet           // XLSX: the sheets questions were read from; CSV: one entry
	Skipped   []string          // sheets not read, with the reason ("Instructions: instructions")

	raw    []byte     // XLSX: the original bytes, reopened by Write
	macros bool       // XLSX: the workbook carries a VBA project (.xlsm)
	table  [][]string // CSV: every record as decoded, up to its last non-empty field
	width  int        // CSV: fields of the widest record, which Write pads every record to
	delim  rune       // CSV: the sniffed delimiter
}

// Location says where a question sits in its file.
type Location struct {
	Sheet string // XLSX sheet name; empty for other kinds
	Row   int    // XLSX: 1-based sheet row. CSV: 0-based record index. DOCX/Text: 1-based block or line
	Col   int    // 1-based column of the question cell (XLSX, CSV, DOCX tables); 0 otherwise
}

// Sheet describes one table questions were read from.
type Sheet struct {
	Name        string // XLSX sheet name; empty for CSV
	HeaderRow   int    // 1-based header row (XLSX row, CSV record index+1); 0 when none was found
	QuestionCol int    // 1-based column holding the questions
	IDCol       int    // 1-based column holding question ids; 0 when none
	LastCol     int    // last used column; Write appends after it
	Questions   int    // questions read from this table

	part string // XLSX: the zip entry of the sheet's XML, rewritten by Write
}

// Cell places question i in its workbook: the sheet and the cell of its
// text ("Vendor Response", "B12"). Both are empty for other kinds of file.
func (d *Doc) Cell(i int) (sheet, cell string) {
	if d.Kind != XLSX || i < 0 || i >= len(d.Where) {
		return "", ""
	}
	at := d.Where[i]
	ref, err := excelize.CoordinatesToCellName(max(at.Col, 1), max(at.Row, 1))
	if err != nil {
		return at.Sheet, ""
	}
	return at.Sheet, ref
}

// Describe says in one line what was read, for a progress message:
// "42 questions from 2 sheets (skipped Instructions: instructions)".
func (d *Doc) Describe() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d %s", len(d.Questions), plural(len(d.Questions), "question"))
	switch d.Kind {
	case XLSX:
		fmt.Fprintf(&b, " from %d %s", len(d.Sheets), plural(len(d.Sheets), "sheet"))
	case DOCX:
		b.WriteString(" from the document")
	}
	if len(d.Skipped) > 0 {
		fmt.Fprintf(&b, " (skipped %s)", strings.Join(d.Skipped, "; "))
	}
	return b.String()
}

// TriagedName names the written file after the upload: "vendor.xlsx" and
// ".xlsx" give "vendor-triaged.xlsx"; "notes.docx" and ".csv" give
// "notes-triaged.csv".
func TriagedName(name, ext string) string {
	base := filepath.Base(strings.ReplaceAll(name, "\\", "/"))
	base = strings.TrimSuffix(base, filepath.Ext(base))
	if base == "" || base == "." || base == "/" {
		base = "questionnaire"
	}
	return base + "-triaged" + ext
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
