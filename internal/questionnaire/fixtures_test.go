package questionnaire

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// The fixtures below are built in code in the shapes that published vendor
// assessment workbooks take (their wording is invented): a sheet of
// instructions, a response sheet with id, question, answer and notes columns,
// form-field rows and heading rows, analyst sheets repeating the ids, report
// and summary sheets of formulas, a hidden lookup sheet, crosswalk, changelog
// and acknowledgment sheets. Each comes blank and filled in, with long
// answers, and says which rows a respondent answers.

type fxQuestion struct{ id, text, guidance string }

type fxSection struct {
	title, note string // note: an instruction paragraph under the title
	qs          []fxQuestion
}

// fxForm are the form fields that open the response sheets.
var fxForm = []fxQuestion{
	{"GNRL-01", "Vendor Name", ""},
	{"GNRL-02", "Product Name", ""},
	{"GNRL-03", "Product Description", ""},
	{"GNRL-04", "Web Link to Product Privacy Notice", ""},
	{"GNRL-05", "Vendor Contact Email", ""},
}

var fxSections = []fxSection{
	{"Qualifiers", "The institution runs a security review of every vendor that will hold its data. Answer each qualifier first; the answers decide which sections apply.", []fxQuestion{
		{"QUAL-01", "Does the product store or process health records covered by federal privacy law?", "Answer yes if any patient data is stored."},
		{"QUAL-02", "Will institutional data be shared with or hosted by any subprocessor?", "List each subprocessor in Additional Information."},
		{"QUAL-03", "Select your hosting model.", "N/A"},
	}},
	{"Documentation", "", []fxQuestion{
		{"DOCU-01", "Have you completed an independent SOC 2 examination in the last twelve months?", "Provide the report period and the auditor's name."},
		{"DOCU-02", "Do you maintain a documented information security policy approved by management?", "Provide the approval date."},
		{"DOCU-03", "Can you share a current network architecture diagram?", "Provide the diagram or a link to it."},
		{"DOCU-04", "Do you have a documented change management process?", "Summarize how changes are approved."},
	}},
	{"Data", "", []fxQuestion{
		{"DATA-01", "Is institutional data encrypted at rest?", "Describe the algorithm and key length."},
		{"DATA-02", "Are backups of institutional data encrypted and tested at least annually?", "Summarize your backup strategy."},
		{"DATA-03", "Describe how institutional data is deleted at the end of the contract.", "N/A"},
		{"DATA-04", "Do you log administrative access to systems holding institutional data?", "Describe log retention."},
	}},
	{"HIPAA - Optional based on the qualifier answers.", "", []fxQuestion{
		{"HIPA-01", "Do workforce members receive privacy training every year?", "Refer to the regulation for details."},
		{"HIPA-02", "Will you sign a business associate agreement?", "Refer to the regulation for details."},
		{"HIPA-03", "Have you completed a risk analysis of systems holding health records?", "Refer to the regulation for details."},
	}},
}

// fxAnswer is what a vendor wrote in a filled-in copy: a short answer and a
// long explanation.
func fxAnswer(i int, filled bool) (string, string) {
	if !filled {
		return "", ""
	}
	long := fmt.Sprintf("We hold this control in our program since 2019 and review it every year with the audit team. "+
		"Evidence includes tickets, approvals and logs kept for seven years; the owner is the security office (case %d). "+
		"Our customers receive the summary under NDA, and the full package is available to the institution's reviewers on request.", i)
	return []string{"Yes", "No", "Yes", "N/A"}[i%4], long
}

// fxResponseRows lays out a response sheet: a title block, a date field, the
// form fields under their heading and instruction paragraph, then each
// section with a header row, an optional paragraph, questions and an end marker.
func fxResponseRows(filled, guidance bool) (rows [][]any, merges []string, lists []string, real []string) {
	add := func(r ...any) int { rows = append(rows, r); return len(rows) }
	add("Cells on this sheet hold formulas; do not paste over them.")
	add("Vendor Assessment Toolkit | Vendor Response", "", "", "", "Version 3.1")
	add("Vendor Response")
	date := ""
	if filled {
		date = "2024-05-02"
	}
	add("DATE-01", "Date", date)
	real = append(real, "DATE-01")
	n := add("General Information")
	merges = append(merges, fmt.Sprintf("A%d:F%d", n, n))
	n = add("To protect the institution and its systems, complete every item below. The security office reviews the answers before a contract is signed.")
	merges = append(merges, fmt.Sprintf("A%d:F%d", n, n))
	add("GNRL-01 through GNRL-05; completed by the vendor")
	for i, q := range fxForm {
		a := ""
		if filled {
			a = []string{"Example Vendor LLC", "Example Records", "Transcript exchange service", "https://vendor.example/privacy", "security@vendor.example"}[i]
		}
		add(q.id, q.text, a)
		real = append(real, q.id)
	}
	add("Instructions")
	add("Step 1: Answer the qualifiers first; they decide which sections apply.")
	i := 0
	for _, s := range fxSections {
		head := []any{s.title, "", "Vendor Answers", "Additional Information"}
		if guidance {
			head = append(head, "Guidance", "Analyst Notes")
		}
		add(head...)
		if s.note != "" {
			n := add(s.note)
			merges = append(merges, fmt.Sprintf("A%d:F%d", n, n))
		}
		first := len(rows) + 1
		for _, q := range s.qs {
			a, long := fxAnswer(i, filled)
			i++
			r := []any{q.id, q.text, a, long}
			if guidance {
				r = append(r, q.guidance, "")
			}
			add(r...)
			real = append(real, q.id)
		}
		rows[len(rows)-1] = append(rows[len(rows)-1], "End Table Data")
		lists = append(lists, fmt.Sprintf("C%d:C%d", first, len(rows)))
	}
	return rows, merges, lists, real
}

func fxAllQuestions() []fxQuestion {
	var qs []fxQuestion
	for _, s := range fxSections {
		qs = append(qs, s.qs...)
	}
	return qs
}

// fxAnalystSheets are the sheets an institution's analyst works in: a report
// repeating every id with the preferred answer, and a reference repeating
// them with the reason for each question.
func fxAnalystSheets() []sheetSpec {
	report := [][]any{
		{"Cells on this sheet fill in from the vendor response."},
		{"Vendor Assessment Toolkit | Analyst Report"},
		{"Vendor Name", "", "", "", "Product Name", ""},
		{"Vendor Contact Email", "", "", "", "Date Prepared", ""},
		{},
		{"", "", "Report Sections", "Max Score", "Score", "", "Score %"},
		{"", "", "Documentation", 80, 60, "", "75%"},
		{"", "", "Data", 120, 100, "", "83%"},
		{},
		{"ID", "Question", "Vendor Answer", "Additional Information", "Preferred Response", "Compliant Override", "Default Weight"},
	}
	reference := [][]any{
		{"This sheet lists every question with the reason it is asked."},
		{"Vendor Assessment Toolkit | Analyst Reference"},
		{"Qualifiers", "", "Reason for Question", "Follow-up Inquiries"},
	}
	for _, q := range fxAllQuestions() {
		report = append(report, []any{q.id, q.text, "", "", "Yes", "", 20})
		reference = append(reference, []any{q.id, q.text,
			"Knowing this shows whether the vendor has the control the institution relies on. Vague answers deserve a follow-up call.",
			"Ask for evidence when the answer is yes."})
	}
	return []sheetSpec{
		{name: "Analyst Report", rows: report, lists: []string{fmt.Sprintf("F11:F%d", len(report))},
			formulas: map[string]string{"B3": "'Vendor Response'!C9", "F3": "'Vendor Response'!C10", "E7": "SUM(E8:E9)"}},
		{name: "Analyst Reference", rows: reference},
	}
}

// fxOtherSheets are the sheets around the response: instructions, a summary
// of formulas, a crosswalk, a hidden lookup list, acknowledgments and a
// changelog.
func fxOtherSheets(ids []fxQuestion) []sheetSpec {
	summary := [][]any{{"This sheet fills in from the report."}, {"Summary Report"}, {"Vendor", ""}, {}}
	for i := 0; i < 8; i++ {
		summary = append(summary, []any{0, 0, "", "#N/A", "#N/A"})
	}
	cross := [][]any{{"Standards Crosswalk"}, {"ID", "Question", "CIS Critical Security Controls", "ISO 27002", "NIST CSF"}}
	for i, q := range ids {
		cross = append(cross, []any{q.id, q.text, fmt.Sprintf("CSC %d", 3+i%15), fmt.Sprintf("A.%d.%d", 5+i%9, 1+i%3), "PR.AC-1"})
	}
	return []sheetSpec{
		{name: "Summary Report", rows: summary, formulas: map[string]string{"B3": "'Analyst Report'!B3"}},
		{name: "Standards Crosswalk", rows: cross},
		{name: "Values", hidden: true, rows: [][]any{{"Answers"}, {"Yes"}, {"No"}, {"N/A"}, {"Hosting"}, {"Vendor hosted"}, {"Cloud hosted"}}},
		{name: "Acknowledgments", rows: [][]any{
			{"Acknowledgments"}, {},
			{"The working group thanks the people who wrote and reviewed this toolkit."},
			{"Members who contributed:"},
			{"•  Alex Morgan, Example State University"}, {"•  Sam Lee, Example Community College"},
			{"•  Jordan Price, Example Institute of Technology"}, {"•  Robin Diaz, Example University (chair)"},
		}},
		{name: "ChangeLog", rows: [][]any{
			{"Vendor Assessment Toolkit change log"}, {"Version", "Date", "Description of Change"},
			{"v1.0", "2019-06-01", "First release."}, {"v1.1", "2020-02-15", "Added the data section and reworded two qualifiers."},
			{"v2.0", "2021-09-30", "Moved the guidance into its own column. Is the guidance clearer now? Tell the working group."},
		}},
	}
}

func fxInstructions() sheetSpec {
	return sheetSpec{name: "Instructions", rows: [][]any{
		{"This sheet explains how to complete the toolkit."},
		{"Vendor Assessment Toolkit | Instructions"},
		{"Target Audience"},
		{"These instructions are for vendors answering on behalf of their product. Do you need help? Ask the institution's security office."},
		{"General Information", "This section asks for contact details and is self-explanatory."},
		{"Qualifiers", "Answer these first; they decide which sections apply to your product."},
		{"Documentation", "Attach or link the documents each question asks for."},
	}}
}

// hecvatFullLike: every sheet kind, the response sheet with guidance and
// analyst-notes columns.
func hecvatFullLike(t testing.TB, filled bool) ([]byte, []string) {
	rows, merges, lists, real := fxResponseRows(filled, true)
	sheets := []sheetSpec{
		{name: "Introduction", rows: [][]any{
			{"Worksheet introducing the toolkit."}, {},
			{"Campus systems change quickly, and so do the vendors that run them. This toolkit gives every institution the same questions to ask."},
			{"● Helps institutions check that vendors protect their data"}, {"● Saves vendors from answering the same questions many times"},
		}},
		fxInstructions(),
		{name: "Toolkit | Vendor Response", rows: rows, merges: merges, lists: lists},
	}
	sheets = append(sheets, fxAnalystSheets()...)
	sheets = append(sheets, fxOtherSheets(fxAllQuestions())...)
	return buildXLSX(t, sheets...), real
}

// hecvatLiteLike: the response sheet has no guidance column, so the filled-in
// "Additional Information" column, long and wordy, sits right of the answers.
func hecvatLiteLike(t testing.TB, filled bool) ([]byte, []string) {
	rows, merges, lists, real := fxResponseRows(filled, false)
	sheets := []sheetSpec{fxInstructions(), {name: "Lite | Vendor Response", rows: rows, merges: merges, lists: lists}}
	sheets = append(sheets, fxAnalystSheets()[0])
	sheets = append(sheets, sheetSpec{name: "Scoring", hidden: true, rows: [][]any{{"Section", "Weight"}, {"Documentation", 20}}})
	return buildXLSX(t, sheets...), real
}

// k12Like: a headed table (ID, Question, Response, Notes, CIS Control) whose
// control column holds codes, a bare link under a heading, and a sheet that
// maps the controls.
func k12Like(t testing.TB, filled bool) ([]byte, []string) {
	rows := [][]any{
		{"Education Cybersecurity Vendor Assessment (Lite)"},
		{"Vendor Name", ""},
		{"ID", "Question", "Response", "Notes", "CIS Control"},
	}
	var real []string
	i := 0
	for _, s := range fxSections[1:3] {
		rows = append(rows, []any{s.title})
		for _, q := range s.qs {
			a, long := fxAnswer(i, filled)
			rows = append(rows, []any{strings.Replace(q.id, "-", "", 1), q.text, a, long, fmt.Sprintf("CSC %d", 3+i)})
			real = append(real, strings.Replace(q.id, "-", "", 1))
			i++
		}
		rows = append(rows, []any{"", "https://k12.example.org/guidance"})
	}
	if filled {
		rows[1][1] = "Example Vendor LLC"
	}
	real = append([]string{"Vendor Name"}, real...)
	mapping := [][]any{{"Control", "Title"}}
	for c := 1; c <= 18; c++ {
		mapping = append(mapping, []any{fmt.Sprintf("CSC %d", c), fmt.Sprintf("Control family %d", c)})
	}
	return buildXLSX(t,
		fxInstructions(),
		sheetSpec{name: "Vendor Assessment", rows: rows, lists: []string{"C4:C16"}},
		sheetSpec{name: "Controls Mapping", rows: mapping},
		sheetSpec{name: "Summary", rows: [][]any{{"Score", 0}, {"Risk", "#N/A"}}},
	), real
}

// caiqLike: the framework questionnaire layout, read right since the start;
// an introduction, the main sheet with CCM columns, and a mapping sheet
// repeating the control ids.
func caiqLike(t testing.TB, filled bool) ([]byte, []string) {
	rows := [][]any{
		{"Consensus-style Assessment Questionnaire v4"}, {},
		{"Question ID", "Question", "CSP Answer", "SSRM Control Ownership", "CSP Implementation Description (Optional/Recommended)",
			"CSC Responsibilities (Optional/Recommended)", "CCM Control ID", "CCM Control Specification", "CCM Control Title", "CCM Domain Title"},
	}
	var real []string
	for i, q := range fxAllQuestions() {
		a, long := fxAnswer(i, filled)
		id := fmt.Sprintf("A&A-%02d.%d", 1+i/3, 1+i%3)
		rows = append(rows, []any{id, q.text, a, "CSP-owned", long, "", fmt.Sprintf("A&A-%02d", 1+i/3),
			"Establish, document, approve, communicate, apply, evaluate and maintain the control. Review it at least annually.", "Audit Policy", "Audit & Assurance"})
		real = append(real, id)
	}
	mapping := [][]any{{"CCM Control ID", "Control Title", "ISO 27001", "NIST 800-53"}}
	for i := 0; i < 6; i++ {
		mapping = append(mapping, []any{fmt.Sprintf("A&A-%02d", 1+i), "Audit Policy", "A.5.1", "AU-1"})
	}
	return buildXLSX(t,
		sheetSpec{name: "Introduction", rows: [][]any{{"The questionnaire documents which security controls exist. Do you need help? Read the guide."}}},
		sheetSpec{name: "CAIQv4", rows: rows, lists: []string{fmt.Sprintf("C4:C%d", len(rows))}},
		sheetSpec{name: "CCM Mapping", rows: mapping},
	), real
}

var fixtures = []struct {
	name  string
	build func(testing.TB, bool) ([]byte, []string)
}{
	{"HECVAT Full-like", hecvatFullLike},
	{"HECVAT Lite-like", hecvatLiteLike},
	{"K-12CVAT-like", k12Like},
	{"CAIQ-like", caiqLike},
}

// readingQuality reads a fixture and compares what came back with its real rows.
func readingQuality(t testing.TB, in []byte, real []string) (returned, correct int, ownIDs int, extra, missed []string) {
	doc, err := Read("fixture.xlsx", bytes.NewReader(in), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{}
	for _, id := range real {
		want[id] = true
	}
	got := map[string]bool{}
	for _, q := range doc.Questions {
		returned++
		id := q.ID
		if id == "Vendor Name" || strings.HasSuffix(id, "!A2") { // a form field without an id
			id = "Vendor Name"
		}
		if want[id] && !got[id] {
			correct++
			if !strings.Contains(q.ID, "!") {
				ownIDs++
			}
		} else {
			extra = append(extra, q.ID+" "+q.Text)
		}
		got[id] = true
	}
	for _, id := range real {
		if !got[id] {
			missed = append(missed, id)
		}
	}
	return returned, correct, ownIDs, extra, missed
}

// TestReadingQuality holds every fixture, blank and filled in, to the rows a
// respondent answers: nothing else returned, nothing missed, and the
// workbook's own ids kept. Its log is the figure in docs/files.md.
func TestReadingQuality(t *testing.T) {
	t.Parallel()
	t.Log("| fixture | copy | real rows | returned | precision | recall | own ids |")
	for _, f := range fixtures {
		for _, filled := range []bool{false, true} {
			in, real := f.build(t, filled)
			returned, correct, own, extra, missed := readingQuality(t, in, real)
			copyName := "blank"
			if filled {
				copyName = "filled in"
			}
			withID := 0 // real rows that carry an id in the workbook
			for _, id := range real {
				if idLike(id) {
					withID++
				}
			}
			t.Logf("| %s | %s | %d | %d | %.2f | %.2f | %d of %d |", f.name, copyName, len(real), returned,
				float64(correct)/float64(max(returned, 1)), float64(correct)/float64(len(real)), own, withID)
			if own != withID {
				t.Errorf("%s (%s): %d of %d ids kept", f.name, copyName, own, withID)
			}
			if len(extra) > 0 || len(missed) > 0 {
				t.Errorf("%s (%s): returned %d for %d real rows\n extra: %q\n missed: %q", f.name, copyName, returned, len(real), extra, missed)
			}
		}
	}
}

// TestWriteBackFillsTheResponseSheetOnly writes the filled-in HECVAT Full-like
// fixture back: every part but the response sheet and the styles is
// unchanged byte for byte (analyst, report, hidden and lookup sheets, the
// workbook and its names); on the response sheet every original cell,
// drop-down and merge is kept, and the answers sit on the question rows only,
// right of the respondent's columns.
func TestWriteBackFillsTheResponseSheetOnly(t *testing.T) {
	t.Parallel()
	in, _ := hecvatFullLike(t, true)
	doc, err := Read("full.xlsx", bytes.NewReader(in), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if _, err := Write(&out, doc, fakeItems(doc), WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	if len(doc.Sheets) != 1 {
		t.Fatalf("read %d sheets, want the response sheet only", len(doc.Sheets))
	}
	sh := doc.Sheets[0]
	before, after := zipEntries(t, in), zipEntries(t, out.Bytes())
	for name, b := range before {
		if name == sh.part || name == "xl/styles.xml" {
			continue
		}
		if !bytes.Equal(after[name], b) {
			t.Errorf("%s changed", name)
		}
	}
	if len(after) != len(before) {
		t.Errorf("%d parts written, want %d", len(after), len(before))
	}
	orig, _ := excelize.OpenReader(bytes.NewReader(in))
	got, err := excelize.OpenReader(bytes.NewReader(out.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	wantRows, _ := orig.GetRows(sh.Name)
	gotRows, _ := got.GetRows(sh.Name)
	questionRow := map[int]bool{}
	for _, at := range doc.Where {
		questionRow[at.Row] = true
	}
	for r := range gotRows {
		for c, v := range gotRows[r] {
			switch {
			case c < sh.LastCol:
				if r >= len(wantRows) || c >= len(wantRows[r]) && v != "" || c < len(wantRows[r]) && wantRows[r][c] != v {
					t.Errorf("row %d column %d changed to %q", r+1, c+1, v)
				}
			case v != "" && !questionRow[r+1] && r+1 != sh.HeaderRow && r+1 != doc.Where[0].Row-1:
				t.Errorf("row %d column %d written, but row %d holds no question", r+1, c+1, r+1)
			}
		}
	}
	dvBefore, _ := orig.GetDataValidations(sh.Name)
	dvAfter, _ := got.GetDataValidations(sh.Name)
	mBefore, _ := orig.GetMergeCells(sh.Name)
	mAfter, _ := got.GetMergeCells(sh.Name)
	if len(dvAfter) != len(dvBefore) || len(mAfter) != len(mBefore) {
		t.Errorf("drop-downs %d → %d, merges %d → %d", len(dvBefore), len(dvAfter), len(mBefore), len(mAfter))
	}
	if v, _ := got.GetSheetVisible("Values"); v {
		t.Error("the hidden lookup sheet became visible")
	}
}

// zipEntries maps each entry of a zip to its content.
func zipEntries(t *testing.T, b []byte) map[string][]byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		out[f.Name], _ = io.ReadAll(rc)
		rc.Close()
	}
	return out
}

// TestReadNamedSheetWhenAlone: a sheet whose name suggests a report is read
// when no other sheet holds questions; its name alone does not hide them.
func TestReadNamedSheetWhenAlone(t *testing.T) {
	t.Parallel()
	b := buildXLSX(t, fxInstructions(), sheetSpec{name: "Security Review Summary", rows: [][]any{
		{"ID", "Question", "Answer"},
		{"SR-1", "Do you encrypt backups?", ""},
		{"SR-2", "Is MFA enforced for administrators?", ""},
	}})
	doc, err := Read("summary.xlsx", bytes.NewReader(b), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	checkQuestions(t, doc, []want{
		{"SR-1", "Do you encrypt backups?", "", "Security Review Summary", 2},
		{"SR-2", "Is MFA enforced for administrators?", "", "Security Review Summary", 3},
	})
}

// TestFormFieldsAreMarked: the form-field rows of a response sheet reach the
// rules marked as such (and are answered none with a custom answer, or with the
// document a label names: the privacy notice of "Web Link to Product Privacy
// Notice"); the questions are not.
func TestFormFieldsAreMarked(t *testing.T) {
	t.Parallel()
	in, _ := hecvatFullLike(t, true)
	doc, err := Read("full.xlsx", bytes.NewReader(in), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	eng := engine(t)
	for _, q := range doc.Questions {
		field := q.ID == "DATE-01" || strings.HasPrefix(q.ID, "GNRL-")
		if q.Form != field {
			t.Errorf("%s %q: form %v, want %v", q.ID, q.Text, q.Form, field)
		}
		if v := eng.Classify(q); field && (v.Report != "none" || len(v.Artifacts) != 1) {
			t.Errorf("%s %q: %s %v, want none with custom_answer or one document", q.ID, q.Text, v.Report, v.Artifacts)
		}
	}
}
