package inventory

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/socbot/socbot/internal/questionnaire"
	"github.com/socbot/socbot/internal/triage"
)

// Control is one control of a SOC report's control matrix (a SOC 2 report's
// section IV, a SOC 1 report's control objectives and activities).
type Control struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`                // the control activity as the report words it
	Criteria  []string `json:"criteria,omitempty"`   // SOC 2: the criteria it addresses
	Areas     []string `json:"soc1_areas,omitempty"` // SOC 1: the areas of its control objective
	Objective string   `json:"objective,omitempty"`  // SOC 1: the control objective
	Ref       string   `json:"ref,omitempty"`        // page or section of the report
	Result    string   `json:"result,omitempty"`     // the auditor's test result
	Exception bool     `json:"exception"`            // the auditor noted an exception

	words []string // its text's words, as triage.Words reads them
}

// addresses reports whether the control addresses criterion or area x.
func (c *Control) addresses(x string) bool {
	return slices.Contains(c.Criteria, x) || slices.Contains(c.Areas, x)
}

// Columns of a control matrix, found by their headers. The first pattern a
// header matches decides its role, so "TSC Reference" is criteria, not a
// page reference, and "Control #" is the id, not the activity.
var matrixColumns = []struct {
	role string
	re   *regexp.Regexp
}{
	{"id", regexp.MustCompile(`^((control|ctrl|activity) ?)?(#|no|num|number|id|identifier)$|^(control|ctrl) ?ref(erence)? ?(#|no)?$|^ref ?(#|no)$`)},
	{"criteria", regexp.MustCompile(`tsc|criteri|trust services|common criteria|mapped to|mapping`)},
	{"area", regexp.MustCompile(`soc ?1 area|^area$|objective area`)},
	{"objective", regexp.MustCompile(`objective`)},
	{"result", regexp.MustCompile(`result|exception|deviation|conclusion`)},
	{"ref", regexp.MustCompile(`^(page|pages|section|report section|page ref|page reference|reference|ref|location|page #|page no)$`)},
	{"title", regexp.MustCompile(`^controls? (activity|activities|description|specified)|^description|^control$|^controls$|^activity$|control activity|control description`)},
}

// criterionRe finds criterion ids in a cell: "CC6.1, CC6.6", "CC6.1/A1.2", "cc 7.2".
var criterionRe = regexp.MustCompile(`(?i)\b(CC|PI|A|C|P)\s?(\d{1,2})\s?\.\s?(\d{1,2})\b`)

// cleanResult matches an auditor's result that notes no exception.
var cleanResult = regexp.MustCompile(`(?i)^\s*(no (relevant )?(exceptions?|deviations?)( were| was)?( noted| identified| found)?|none( noted)?|operat(ed|ing) effectively|pass(ed)?|effective|n/?a|-)\s*\.?\s*$`)

// loadControls reads the control matrix of every SOC report that names one,
// relative to dir. A file that cannot be read is an error; a row that cannot
// be used is left out with one line in inv.Warnings, and the rest loads.
func (inv *Inventory) loadControls(ctx context.Context, dir string) error {
	for i := range inv.Entries {
		r := &inv.Entries[i]
		if r.ControlsFile == "" {
			continue
		}
		path := r.ControlsFile
		if !filepath.IsAbs(path) {
			path = filepath.Join(dir, path)
		}
		controls, warns, err := readMatrix(ctx, path, r.Kind)
		if err != nil {
			return fmt.Errorf("%s: controls_file of %q: %w", EntryLabel(i+1, r.Kind, r.Name), r.Name, err)
		}
		r.Controls = controls
		r.indexControls()
		inv.Warnings = append(inv.Warnings, warns...)
	}
	return nil
}

// readMatrix reads one control matrix file (CSV, TSV or XLSX; the first sheet
// with a header row that names an id and an activity column).
func readMatrix(ctx context.Context, path, kind string) ([]Control, []string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	tables, err := questionnaire.ReadTables(ctx, filepath.Base(path), f, questionnaire.DefaultLimits())
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %s", filepath.Base(path), questionnaire.UserMessage(err))
	}
	name := filepath.Base(path)
	for _, t := range tables {
		if hdr, cols, ok := matrixHeader(t.Rows); ok {
			where := name
			if t.Sheet != "" {
				where = fmt.Sprintf("%s, sheet %q", name, t.Sheet)
			}
			cs, warns := parseMatrix(t.Rows, hdr, cols, kind, where)
			if len(cs) == 0 {
				return nil, warns, fmt.Errorf("%s: no usable control rows", where)
			}
			return cs, warns, nil
		}
	}
	return nil, nil, fmt.Errorf("%s: no header row naming a control id column (\"Control #\") and an activity column (\"Control Activity\")", name)
}

// matrixHeader finds the header row among the first rows of a table: the first
// that names both an id and an activity column. cols maps a role to its 0-based column.
func matrixHeader(rows [][]string) (int, map[string]int, bool) {
	for r := range min(len(rows), 20) {
		cols := map[string]int{}
		for c, cell := range rows[r] {
			h := normHeader(cell)
			if h == "" {
				continue
			}
			for _, mc := range matrixColumns {
				if _, taken := cols[mc.role]; !taken && mc.re.MatchString(h) {
					cols[mc.role] = c
					break
				}
			}
		}
		_, id := cols["id"]
		_, title := cols["title"]
		if id && title {
			return r, cols, true
		}
	}
	return 0, nil, false
}

func normHeader(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	s = strings.NewReplacer(".", "", ":", "", "’", "", "'", "", "(", "", ")", "").Replace(s)
	return strings.TrimSpace(s)
}

// parseMatrix turns the rows under the header into controls. where names the
// file (and sheet) in warnings.
func parseMatrix(rows [][]string, hdr int, cols map[string]int, kind, where string) ([]Control, []string) {
	var out []Control
	var warns []string
	cell := func(row []string, role string) string {
		c, ok := cols[role]
		if !ok || c >= len(row) {
			return ""
		}
		return strings.TrimSpace(row[c])
	}
	warn := func(r int, role, format string, args ...any) {
		col, _ := excelize.ColumnNumberToName(cols[role] + 1)
		warns = append(warns, fmt.Sprintf("%s row %d, column %s: %s", where, r+1, col, fmt.Sprintf(format, args...)))
	}
	for r := hdr + 1; r < len(rows); r++ {
		row := rows[r]
		id, title := cell(row, "id"), cell(row, "title")
		if id == "" && title == "" {
			continue // an empty row, or a heading row of a long matrix
		}
		switch {
		case id == "":
			warn(r, "id", "no control id; the row is left out")
			continue
		case title == "":
			warn(r, "title", "control %s has no activity text; the row is left out", id)
			continue
		}
		c := Control{ID: id, Title: oneSpace(title), Ref: cell(row, "ref"), Objective: oneSpace(cell(row, "objective"))}
		if res := oneSpace(cell(row, "result")); res != "" {
			c.Result, c.Exception = res, !cleanResult.MatchString(res)
		}
		switch kind {
		case KindSOC1:
			areas, bad := soc1Areas(cell(row, "area"))
			if len(bad) > 0 {
				warn(r, "area", "%s is not a SOC 1 area (%s)", triage.JoinAnd(quoteAll(bad)), strings.Join(triage.AllSOC1Areas, ", "))
			}
			if len(areas) == 0 {
				if len(bad) == 0 {
					warn(r, "area", "control %s names no SOC 1 area; the row is left out", id)
				}
				continue
			}
			c.Areas = areas
		default:
			crit, bad := criteriaIn(cell(row, "criteria"))
			if len(bad) > 0 {
				warn(r, "criteria", "%s is not a Trust Services criterion", triage.JoinAnd(quoteAll(bad)))
			}
			if len(crit) == 0 {
				if len(bad) == 0 {
					warn(r, "criteria", "control %s names no criterion (such as CC6.1); the row is left out", id)
				}
				continue
			}
			c.Criteria = crit
		}
		out = append(out, c)
	}
	return out, warns
}

// criteriaIn finds the criteria a cell names, in order, and the ids that look
// like criteria but are not ones of the 2017 Trust Services Criteria.
func criteriaIn(s string) (ok, bad []string) {
	for _, m := range criterionRe.FindAllStringSubmatch(s, -1) {
		id := strings.ToUpper(m[1]) + m[2] + "." + m[3]
		switch {
		case slices.Contains(triage.AllCriteria, id):
			if !slices.Contains(ok, id) {
				ok = append(ok, id)
			}
		default:
			bad = append(bad, id)
		}
	}
	return ok, bad
}

// soc1Areas reads a cell of SOC 1 area ids or names ("transaction_processing",
// "Access (financial)", "Access to financial systems"; separated by commas,
// semicolons, slashes or line breaks).
func soc1Areas(s string) (ok, bad []string) {
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '\n' || r == '/' }) {
		a := strings.ToLower(oneSpace(part))
		if a == "" {
			continue
		}
		if i := slices.IndexFunc(triage.SOC1AreaTerms, func(t triage.Term) bool { return strings.EqualFold(t.Title, a) }); i >= 0 {
			a = triage.SOC1AreaTerms[i].ID
		}
		a = strings.NewReplacer(" ", "_", "-", "_", "(", "", ")", "").Replace(a)
		if !slices.Contains(triage.AllSOC1Areas, a) {
			bad = append(bad, strings.TrimSpace(part))
			continue
		}
		if !slices.Contains(ok, a) {
			ok = append(ok, a)
		}
	}
	return ok, bad
}

func oneSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

func quoteAll(xs []string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = fmt.Sprintf("%q", x)
	}
	return out
}
