package inventory

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/socbot/socbot/internal/triage"
)

// writeInventory writes reports.yaml into a new folder with the given extra
// lines on its SOC 2 entry, plus the named files, and loads it.
func writeInventory(t *testing.T, soc2Extra string, files map[string][]byte) (*Inventory, error) {
	t.Helper()
	dir := t.TempDir()
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	y := `reports:
  - kind: soc2
    name: Platform SOC 2
    type: type2
    categories: [security, availability]
    period_start: 2025-10-01
    period_end: 2026-09-30
    nda: true
    request: {contact: security@acme.example}
` + soc2Extra + `
  - kind: soc1
    name: Billing SOC 1
    type: type2
    soc1_areas: [transaction_processing, access_financial]
    period_start: 2025-10-01
    period_end: 2026-09-30
    nda: true
    request: {contact: security@acme.example}
`
	path := filepath.Join(dir, "reports.yaml")
	if err := os.WriteFile(path, []byte(y), 0o600); err != nil {
		t.Fatal(err)
	}
	return Load(path)
}

func TestControlMatrixHeaders(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		header string
		row    string
		want   Control
	}{
		{"report section IV", "Control #,Control Activity,TSC Reference,Section,Test Result",
			`LAC-01,Access requires MFA.,"CC6.1, CC6.6","IV, p. 52",No exceptions noted.`,
			Control{ID: "LAC-01", Title: "Access requires MFA.", Criteria: []string{"CC6.1", "CC6.6"}, Ref: "IV, p. 52", Result: "No exceptions noted."}},
		{"criteria and description", "ID,Description,Criteria,Page,Results of Tests",
			`C-9,Backups are encrypted.,A1.2 / CC6.1,74,Exception noted: one backup job failed unnoticed.`,
			Control{ID: "C-9", Title: "Backups are encrypted.", Criteria: []string{"A1.2", "CC6.1"}, Ref: "74", Result: "Exception noted: one backup job failed unnoticed.", Exception: true}},
		{"mapped criteria, lower case ids", "Control No.,Controls Specified by Acme,Mapped Criteria",
			`7,Firewalls deny by default.,cc6.6; cc 7.2`,
			Control{ID: "7", Title: "Firewalls deny by default.", Criteria: []string{"CC6.6", "CC7.2"}}},
		{"columns in another order", "Trust Services Criteria,Reference,Control ID,Control Description,Tests Performed",
			`CC8.1,p. 67,CHG-02,Changes are peer reviewed.,Inspected 25 changes.`,
			Control{ID: "CHG-02", Title: "Changes are peer reviewed.", Criteria: []string{"CC8.1"}, Ref: "p. 67"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			csv := "Acme Platform SOC 2 — Section IV\n\n" + tt.header + "\n" + tt.row + "\n"
			inv, err := writeInventory(t, "    controls_file: m.csv\n", map[string][]byte{"m.csv": []byte(csv)})
			if err != nil {
				t.Fatal(err)
			}
			got := inv.Entries[0].Controls
			if len(got) != 1 {
				t.Fatalf("controls = %+v, want one", got)
			}
			got[0].words = nil
			if g := got[0]; g.ID != tt.want.ID || g.Title != tt.want.Title || !slices.Equal(g.Criteria, tt.want.Criteria) ||
				g.Ref != tt.want.Ref || g.Result != tt.want.Result || g.Exception != tt.want.Exception {
				t.Errorf("control = %+v\nwant      %+v", g, tt.want)
			}
			if len(inv.Warnings) > 0 {
				t.Errorf("warnings = %q", inv.Warnings)
			}
		})
	}
}

func TestControlMatrixBadRows(t *testing.T) {
	t.Parallel()
	csv := strings.Join([]string{
		"Control #,Control Activity,TSC Reference,Section",
		"A-1,Access is reviewed quarterly.,CC6.3,p. 1",
		",An activity without an id.,CC6.1,p. 2",
		"A-3,,CC6.1,p. 3",
		"A-4,Uses a criterion that does not exist.,CC10.1,p. 4",
		"A-5,Names no criterion.,,p. 5",
		",,,",
		"A-6,One good and one bad criterion.,CC7.2 CC7.9,p. 6",
	}, "\n")
	inv, err := writeInventory(t, "    controls_file: m.csv\n", map[string][]byte{"m.csv": []byte(csv)})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, c := range inv.Entries[0].Controls {
		ids = append(ids, c.ID)
	}
	if want := []string{"A-1", "A-6"}; !slices.Equal(ids, want) {
		t.Errorf("loaded %q, want %q", ids, want)
	}
	want := []string{
		"m.csv row 3, column A: no control id",
		"m.csv row 4, column B: control A-3 has no activity text",
		`m.csv row 5, column C: "CC10.1" is not a Trust Services criterion`,
		"m.csv row 6, column C: control A-5 names no criterion",
		`m.csv row 8, column C: "CC7.9" is not a Trust Services criterion`,
	}
	if len(inv.Warnings) != len(want) {
		t.Fatalf("warnings = %q\nwant one per bad row: %q", inv.Warnings, want)
	}
	for i, w := range want {
		if !strings.HasPrefix(inv.Warnings[i], w) {
			t.Errorf("warning %d = %q, want it to start %q", i, inv.Warnings[i], w)
		}
		if strings.Contains(inv.Warnings[i], "\n") {
			t.Errorf("warning %d is not one line: %q", i, inv.Warnings[i])
		}
	}
}

func TestControlMatrixXLSX(t *testing.T) {
	t.Parallel()
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", "Read me")
	f.SetCellValue("Read me", "A1", "This workbook holds section IV of the report.")
	f.NewSheet("Section IV")
	rows := [][]any{
		{"Control #", "Control Activity", "Mapped Criteria", "Page", "Test Result"},
		{"OPS-08", "After each major incident a review records root cause and lessons learned.", "CC7.5", "65", "No exceptions noted."},
		{"OPS-09", "Recovery procedures restore service from clean backups.", "CC7.5, A1.2", "66", "No deviations noted"},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Section IV", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	inv, err := writeInventory(t, "    controls_file: matrix.xlsx\n", map[string][]byte{"matrix.xlsx": buf.Bytes()})
	if err != nil {
		t.Fatal(err)
	}
	cs := inv.Entries[0].Controls
	if len(cs) != 2 || cs[1].ID != "OPS-09" || !slices.Equal(cs[1].Criteria, []string{"CC7.5", "A1.2"}) || cs[1].Exception {
		t.Errorf("controls = %+v", cs)
	}
}

func TestControlMatrixSOC1(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	csv := "Control #,Control Objective,SOC 1 Area,Control Activity\n" +
		"TP-1,Payroll is calculated completely and accurately.,Transaction processing,Pay runs are reconciled to approved timesheets before release.\n" +
		"TP-2,Payroll is calculated completely and accurately.,payroll,Rates are checked.\n" +
		"AC-1,Access is restricted.,\"Access to financial  systems; Segregation of duties\",Access is reviewed quarterly.\n" +
		"AC-2,Access is restricted.,Access (financial),Leavers are removed within a day.\n"
	if err := os.WriteFile(filepath.Join(dir, "soc1.csv"), []byte(csv), 0o600); err != nil {
		t.Fatal(err)
	}
	cs, warns, err := readMatrix(t.Context(), filepath.Join(dir, "soc1.csv"), KindSOC1)
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 3 || !slices.Equal(cs[0].Areas, []string{"transaction_processing"}) || cs[0].Objective == "" ||
		!slices.Equal(cs[1].Areas, []string{"access_financial", "segregation_of_duties"}) || !slices.Equal(cs[2].Areas, []string{"access_financial"}) {
		t.Errorf("controls = %+v", cs)
	}
	if len(warns) != 1 || !strings.Contains(warns[0], `"payroll" is not a SOC 1 area`) {
		t.Errorf("warnings = %q", warns)
	}
}

func TestControlMatrixFileErrors(t *testing.T) {
	t.Parallel()
	locked := excelize.NewFile()
	defer locked.Close()
	locked.SetCellValue("Sheet1", "A1", "Control #")
	var encrypted bytes.Buffer
	if err := locked.Write(&encrypted, excelize.Options{Password: "secret"}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		extra string
		files map[string][]byte
		want  string
	}{
		{"missing file", "    controls_file: nowhere.csv\n", nil, "nowhere.csv"},
		{"no header", "    controls_file: m.csv\n", map[string][]byte{"m.csv": []byte("a,b\nc,d\n")}, "no header row"},
		{"no usable rows", "    controls_file: m.csv\n", map[string][]byte{"m.csv": []byte("Control #,Control Activity,Criteria\nX,,\n")}, "no usable control rows"},
		{"a PDF", "    controls_file: m.pdf\n", map[string][]byte{"m.pdf": []byte("%PDF-1.7\x00\x01\x02\xff")}, "m.pdf: PDF files cannot be read reliably"},
		{"a password-protected workbook", "    controls_file: m.xlsx\n", map[string][]byte{"m.xlsx": encrypted.Bytes()}, "m.xlsx: The file is password-protected"},
		{"a Word document", "    controls_file: m.docx\n", map[string][]byte{"m.docx": docx(t)}, "Upload the table as XLSX or CSV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := writeInventory(t, tt.extra, tt.files)
			if err == nil || !strings.Contains(err.Error(), tt.want) || strings.Contains(err.Error(), "\n") {
				t.Errorf("Load error = %v, want one line containing %q", err, tt.want)
			}
		})
	}
}

// docx is the smallest Word document: a zip with a body.
func docx(t *testing.T) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>`))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestControlsFileOnlyOnSOCReports(t *testing.T) {
	t.Parallel()
	_, err := Parse(strings.NewReader(`reports:
  - kind: dpa
    name: Acme DPA
    nda: false
    request: {url: https://acme.example/dpa}
    controls_file: m.csv
`), "reports.yaml")
	if err == nil || !strings.Contains(err.Error(), "controls_file applies only to soc1 and soc2") {
		t.Errorf("err = %v", err)
	}
}

// matrixInventory is the SOC 2 of writeInventory with a small control matrix.
func matrixInventory(t *testing.T) *Inventory {
	t.Helper()
	csv := strings.Join([]string{
		"Control #,Control Activity,TSC Reference,Section,Test Result",
		`LAC-07,"Access is granted by role on least privilege.",CC6.3,p. 55,No exceptions noted.`,
		`LAC-08,"Owners review user access every quarter.",CC6.3,p. 55,No exceptions noted.`,
		`LAC-09,"Access of terminated employees is revoked within one business day of termination.",CC6.3,p. 56,"Exception noted: 1 of 25 terminations was revoked after 3 days."`,
		`LAC-01,"Production access requires single sign-on with MFA.",CC6.1,p. 52,No exceptions noted.`,
		`LAC-02,"Data at rest is encrypted with AES-256; keys rotate yearly.","CC6.1, C1.1",p. 52,No exceptions noted.`,
		`AVL-03,"Databases are backed up daily to a second region.",A1.2,p. 74,No exceptions noted.`,
		`OPS-06,"An incident response plan is tested every year.",CC7.4,p. 64,No exceptions noted.`,
	}, "\n")
	inv, err := writeInventory(t, "    controls_file: m.csv\n", map[string][]byte{"m.csv": []byte(csv)})
	if err != nil {
		t.Fatal(err)
	}
	return inv
}

func TestCitations(t *testing.T) {
	t.Parallel()
	inv := matrixInventory(t)
	soc2 := func(crit ...string) triage.Verdict {
		cats := []string{}
		for _, c := range crit {
			if cat := triage.CategoryOf(c); !slices.Contains(cats, cat) {
				cats = append(cats, cat)
			}
		}
		return triage.Verdict{Report: triage.ReportSOC2, Type: triage.Type2, Categories: cats, Criteria: crit}
	}
	tests := []struct {
		name     string
		v        triage.Verdict
		question string
		want     []string // cited control ids, best first
		status   string
	}{
		// The words choose among the controls of the question's criterion.
		{"termination", soc2("CC6.3"), "How quickly is access removed when an employee is terminated?", []string{"LAC-09", "LAC-07", "LAC-08"}, CoverageCovered},
		{"reviews", soc2("CC6.3"), "Do owners review user access quarterly?", []string{"LAC-08", "LAC-07", "LAC-09"}, CoverageCovered},
		// The question's first criterion outranks a later one.
		{"encryption first", soc2("CC6.1", "A1.2"), "Are backups encrypted at rest?", []string{"LAC-02", "LAC-01", "AVL-03"}, CoverageCovered},
		// A criterion no control addresses makes the answer partial and says which.
		{"gap", soc2("CC7.5"), "Do you hold lessons-learned reviews after incidents?", nil, CoveragePartial},
		// SOC 1 verdicts cite nothing from a SOC 1 without a matrix.
		{"soc1 without matrix", triage.Verdict{Report: triage.ReportSOC1, Type: triage.Type2, SOC1Areas: []string{"transaction_processing"}},
			"Is payroll accurate?", nil, CoverageCovered},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c := inv.Cover(tt.v, tt.question, coverNow)
			var ids []string
			for _, x := range c.Controls {
				ids = append(ids, x.ID)
				if !slices.ContainsFunc(x.Criteria, func(k string) bool { return slices.Contains(tt.v.Criteria, k) }) {
					t.Errorf("cited %s addresses %v, none of the verdict's %v", x.ID, x.Criteria, tt.v.Criteria)
				}
			}
			if !slices.Equal(ids, tt.want) {
				t.Errorf("cited %q, want %q", ids, tt.want)
			}
			if c.Status != tt.status {
				t.Errorf("status = %s (%s), want %s", c.Status, c.Reason, tt.status)
			}
		})
	}
	t.Run("exception is flagged", func(t *testing.T) {
		c := inv.Cover(soc2("CC6.3"), "Is access of terminated employees revoked?", coverNow)
		if len(c.Controls) == 0 || c.Controls[0].ID != "LAC-09" || !c.Controls[0].Exception {
			t.Fatalf("controls = %+v, want LAC-09 first with its exception", c.Controls)
		}
		if got := triage.CitationText(c.Controls[:1]); got != "Platform SOC 2: LAC-09 (p. 56; exception noted)" {
			t.Errorf("CitationText = %q", got)
		}
	})
	t.Run("gap names the criterion", func(t *testing.T) {
		c := inv.Cover(soc2("CC7.5"), "Lessons learned?", coverNow)
		if !strings.Contains(c.Reason, "has no control for CC7.5") {
			t.Errorf("reason = %q, want it to name CC7.5", c.Reason)
		}
		if !slices.ContainsFunc(c.Gaps, func(g string) bool { return strings.Contains(g, "CC7.5") }) {
			t.Errorf("gaps = %q, want one naming CC7.5", c.Gaps)
		}
	})
}

func TestControlCoverageInReports(t *testing.T) {
	t.Parallel()
	inv := matrixInventory(t)
	var b strings.Builder
	if err := inv.WriteText(&b, coverNow); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"controls: 7 from m.csv, 1 with an exception noted",
		"addressed: CC6.1 CC6.3 CC7.4 A1.2 C1.1",
		"no control: CC1.1 CC1.2",
		" A1.1 A1.3\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("reports output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "no control: CC1.1 CC1.2 CC1.3 CC1.4 CC1.5 CC2.1 CC2.2 CC2.3 CC3.1 CC3.2 CC3.3 CC3.4 CC4.1 CC4.2 CC5.1 CC5.2 CC5.3 CC6.1") {
		t.Errorf("CC6.1 has a control but is listed as having none:\n%s", out)
	}
}
