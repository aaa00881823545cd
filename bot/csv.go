package bot

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/socbot/socbot/internal/questionnaire"
	"github.com/socbot/socbot/internal/triage"
)

var csvHeader = []string{"id", "section", "question", "report", "type", "categories", "criteria",
	"soc1_areas", "artifacts", "confidence", "unmatched", "rules", "deciding_words", "coverage", "coverage_reason", "send"}

// writeCSV writes one row per question. Cells are neutralised so that a
// spreadsheet never runs a pasted "=HYPERLINK(…)" as a formula.
func writeCSV(w io.Writer, res triage.Result) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, it := range res.Items {
		var rules, words []string
		for _, e := range it.Evidence {
			r := e.Rule
			if e.Negated {
				r = "!" + r
			}
			rules = append(rules, r)
			if !e.Negated {
				words = append(words, e.Matched...)
			}
		}
		row := []string{
			it.ID, it.Section, it.Text, it.Report, it.Type,
			strings.Join(it.Categories, ";"), strings.Join(it.Criteria, ";"),
			strings.Join(it.SOC1Areas, ";"), strings.Join(it.Artifacts, ";"),
			strconv.FormatFloat(it.Confidence, 'f', 2, 64), strconv.FormatBool(it.Unmatched),
			strings.Join(rules, ";"), strings.Join(words, ";"),
			it.Coverage, it.CoverageReason, strings.Join(it.Send, ";"),
		}
		for i := range row {
			row[i] = csvSafe(row[i])
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write CSV: %w", err)
	}
	return nil
}

// csvSafe makes a cell inert in spreadsheets (formula injection), as the
// questionnaire writer does.
func csvSafe(s string) string { return questionnaire.Neutralise(s) }
