package questionnaire

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"

	"github.com/socbot/socbot/internal/triage"
)

// WriteOptions tune Write.
type WriteOptions struct {
	// Progress, when set, is called after each written question with the
	// number done and the total.
	Progress func(done, total int)
}

// column is one appended answer column.
type column struct {
	title string
	width float64
	value func(triage.Item) string
}

// columns returns the appended columns; Coverage and Controls only when an item has them.
func columns(items []triage.Item) []column {
	cols := []column{
		{"SOC report", 14, func(it triage.Item) string { return triage.ReportTitle(it.Report) }},
		{"Type", 9, func(it triage.Item) string { return triage.TypeTitle(it.Type) }},
		{"Categories", 22, func(it triage.Item) string { return joinNames(it.Categories, triage.CategoryTitle) }},
		{"Criteria", 16, func(it triage.Item) string { return strings.Join(it.Criteria, ", ") }},
		{"SOC 1 areas", 22, func(it triage.Item) string { return joinNames(it.SOC1Areas, triage.AreaLabel) }},
		{"Artifacts", 22, func(it triage.Item) string { return joinNames(it.Artifacts, triage.ArtifactLabel) }},
	}
	for _, it := range items {
		if it.Coverage != "" {
			cols = append(cols, column{"Coverage", 24, coverage})
			break
		}
	}
	for _, it := range items {
		if len(it.Controls) > 0 {
			cols = append(cols, column{"Controls", 30, func(it triage.Item) string { return triage.CitationText(it.Controls) }})
			break
		}
	}
	return append(cols, column{"Why", 60, why})
}

// Write writes doc back with the triage of its questions appended, and returns
// the extension of what it wrote (".xlsx", ".xlsm" or ".csv"). items[i] must be
// the triage of doc.Questions[i], as Engine.TriageQuestions returns them.
//
// XLSX: the original workbook, every sheet and style kept, with the answer
// columns appended after the last used column of each sheet questions came
// from. Anything else: a UTF-8 CSV (with BOM, so Excel reads it right).
// Written cells that a spreadsheet could take for a formula are neutralised.
func Write(w io.Writer, doc *Doc, items []triage.Item, opts WriteOptions) (string, error) {
	if len(items) != len(doc.Questions) {
		return "", fmt.Errorf("write %s: %d items for %d questions", doc.Name, len(items), len(doc.Questions))
	}
	progress := opts.Progress
	if progress == nil {
		progress = func(int, int) {}
	}
	switch doc.Kind {
	case XLSX:
		return writeXLSX(w, doc, items, progress)
	case CSV:
		return ".csv", writeCSVTable(w, doc, items, progress)
	default:
		return ".csv", writeCSVList(w, doc, items, progress)
	}
}

// writeCSVTable writes the original CSV records, padded to one width, with the
// answer columns appended to the header and to each question row.
func writeCSVTable(w io.Writer, doc *Doc, items []triage.Item, progress func(int, int)) error {
	cols := columns(items)
	width := doc.width
	for _, rec := range doc.table {
		width = max(width, len(rec))
	}
	byRecord := make(map[int]int, len(items)) // record index → item
	for i, at := range doc.Where {
		byRecord[at.Row] = i
	}
	header := -1
	if len(doc.Sheets) > 0 {
		header = doc.Sheets[0].HeaderRow - 1
	}
	cw := newCSVWriter(w, doc.delim)
	if header < 0 {
		// No header row in the input: add one naming only the new columns.
		if err := cw.Write(pad(nil, width, titles(cols))); err != nil {
			return fmt.Errorf("write csv: %w", err)
		}
	}
	done := 0
	for r, rec := range doc.table {
		extra := make([]string, len(cols))
		switch i, ok := byRecord[r]; {
		case r == header:
			extra = titles(cols)
		case ok:
			extra = values(cols, items[i])
			done++
			progress(done, len(items))
		}
		if err := cw.Write(pad(rec, width, extra)); err != nil {
			return fmt.Errorf("write csv: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}

// writeCSVList writes one row per question: id, section, question, answers.
func writeCSVList(w io.Writer, doc *Doc, items []triage.Item, progress func(int, int)) error {
	cols := columns(items)
	cw := newCSVWriter(w, ',')
	if err := cw.Write(neutraliseAll(append([]string{"ID", "Section", "Question"}, titles(cols)...))); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	for i, it := range items {
		q := doc.Questions[i]
		rec := append([]string{q.ID, q.Section, q.Text}, values(cols, it)...)
		if err := cw.Write(neutraliseAll(rec)); err != nil {
			return fmt.Errorf("write csv: %w", err)
		}
		progress(i+1, len(items))
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}

func newCSVWriter(w io.Writer, delim rune) *csv.Writer {
	io.WriteString(w, "\uFEFF") // a BOM: Excel then reads the file as UTF-8
	cw := csv.NewWriter(w)
	if delim != 0 {
		cw.Comma = delim
	}
	cw.UseCRLF = true
	return cw
}

// pad neutralises rec, pads it to width and appends extra.
func pad(rec []string, width int, extra []string) []string {
	out := make([]string, 0, width+len(extra))
	out = append(out, rec...)
	for len(out) < width {
		out = append(out, "")
	}
	if extra != nil {
		out = append(out, extra...)
	}
	return neutraliseAll(out)
}

func titles(cols []column) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = c.title
	}
	return out
}

func values(cols []column, it triage.Item) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = c.value(it)
	}
	return out
}

func neutraliseAll(rec []string) []string {
	for i, v := range rec {
		rec[i] = Neutralise(v)
	}
	return rec
}
