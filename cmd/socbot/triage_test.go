package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/socbot/socbot/internal/llmtest"
	"github.com/socbot/socbot/internal/triage"
	"github.com/xuri/excelize/v2"
)

func runCLI(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = realMain(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

func writeFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestTriageJSONL(t *testing.T) {
	in := "1. Do you have a SOC 2 Type II report?\n2. How do you ensure payroll is calculated correctly?\n3. Do you carry cyber insurance?\n"
	out, errs, code := runCLI(t, in, "triage", "-", "--format", "jsonl")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	want := []struct{ id, report, typ string }{{"1", "soc2", "type2"}, {"2", "soc1", "type2"}, {"3", "none", ""}} // the paste's own numbers
	if len(lines) != len(want) {
		t.Fatalf("got %d lines, want %d:\n%s", len(lines), len(want), out)
	}
	for i, l := range lines {
		var v struct {
			ID, Text, Report, Type string
			Line                   int
			Criteria               []string
			Evidence               []json.RawMessage
		}
		if err := json.Unmarshal([]byte(l), &v); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if v.ID != want[i].id || v.Report != want[i].report || v.Type != want[i].typ {
			t.Errorf("line %d = %s/%s/%s, want %+v", i+1, v.ID, v.Report, v.Type, want[i])
		}
		if v.Text == "" || v.Line != i+1 {
			t.Errorf("line %d: text %q, line %d; want the question and its line", i+1, v.Text, v.Line)
		}
		if len(v.Evidence) == 0 {
			t.Errorf("line %d has no evidence", i+1)
		}
	}
}

func TestTriageJSONLinesInputKeepsIDs(t *testing.T) {
	in := `{"id":"IAM-02","text":"Is MFA enforced for administrators?"}` + "\n" + `{"id":"BCR-01","text":"Is the DR plan tested annually?","section":"Business Continuity"}` + "\n"
	out, errs, code := runCLI(t, in, "triage", "--format=jsonl")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, `"id":"IAM-02"`) || !strings.Contains(out, `"id":"BCR-01"`) || !strings.Contains(out, `"A1.3"`) {
		t.Errorf("ids or verdicts missing:\n%s", out)
	}
}

func TestTriageTextAndJSON(t *testing.T) {
	out, _, code := runCLI(t, "", "triage", "../../testdata/example-questionnaire.txt")
	if code != 0 || !strings.Contains(out, "Summary: Send SOC 2 Type 2") || !strings.Contains(out, "Other than your SOC 2") {
		t.Fatalf("exit %d, text output:\n%s", code, out)
	}
	out, _, code = runCLI(t, "", "triage", "--format", "json", "../../testdata/example-questionnaire.txt")
	var doc struct {
		Questions []json.RawMessage
		Summary   struct{ Total int }
	}
	if code != 0 || json.Unmarshal([]byte(out), &doc) != nil || doc.Summary.Total != len(doc.Questions) || doc.Summary.Total < 20 {
		t.Fatalf("exit %d, json output:\n%.500s", code, out)
	}
}

func TestTriageReportsAddsCoverage(t *testing.T) {
	out, errs, code := runCLI(t, "Do you have a SOC 2 Type 2 report?\n", "triage", "-", "--format", "jsonl", "--reports", "../../deploy/reports.example.yaml")
	if code != 0 || !strings.Contains(out, `"coverage":`) || !strings.Contains(out, `"coverage_reason":`) {
		t.Fatalf("exit %d, stderr %q, output:\n%s", code, errs, out)
	}
	out, _, _ = runCLI(t, "Do you have a SOC 2 Type 2 report?\n", "triage", "-", "--format", "jsonl")
	if strings.Contains(out, `"coverage"`) {
		t.Errorf("coverage fields present without an inventory:\n%s", out)
	}
}

// The text output names coverage in the words Slack shows ("Partly covered"),
// not by its code ("partial").
func TestTriageTextCoverageLabels(t *testing.T) {
	in := "Do you have a SOC 2 Type 2 report?\nDoes your SOC 2 report include the Privacy criteria?\n" +
		"Do you have an ISO 27001 certificate?\nDo you have a HIPAA attestation?\n"
	out, errs, code := runCLI(t, in, "triage", "-", "--reports", "../../deploy/reports.example.yaml")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	var got []string
	for line := range strings.Lines(out) {
		if rest, ok := strings.CutPrefix(line, "    coverage: "); ok {
			label, _, _ := strings.Cut(rest, " — ")
			got = append(got, label)
		}
	}
	want := []string{
		triage.CoverageLabel(triage.CoverageCovered), triage.CoverageLabel(triage.CoveragePartial),
		triage.CoverageLabel(triage.CoverageOnHand), triage.CoverageLabel(triage.CoverageNotOnHand),
	}
	if !slices.Equal(got, want) {
		t.Errorf("coverage labels %q, want %q:\n%s", got, want, out)
	}
}

// The text output names categories, SOC 1 areas and artifacts as the Slack
// answer does ("Security", "Transaction processing", "bridge letter"), never
// by their ids ("security", "transaction_processing", "bridge_letter"), which
// stay in --format jsonl.
func TestTriageTextNamesNotIDs(t *testing.T) {
	const file = "../../testdata/example-questionnaire.txt"
	text, errs, code := runCLI(t, "", "triage", file)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	var lines []string
	for line := range strings.Lines(text) {
		if rest, ok := strings.CutPrefix(line, "    → "); ok {
			lines = append(lines, rest)
		}
		// The summary's attach lines use the same labels.
		if rest, ok := strings.CutPrefix(line, "  attach: "); ok {
			name, _, _ := strings.Cut(rest, " (")
			if !slices.ContainsFunc(triage.AllArtifacts, func(a string) bool { return triage.ArtifactLabel(a) == name }) {
				t.Errorf("summary line %q does not name an artifact by its label", line)
			}
		}
	}
	jl, errs, code := runCLI(t, "", "triage", file, "--format", "jsonl")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	var items []triage.Verdict
	for line := range strings.Lines(jl) {
		var v triage.Verdict
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			t.Fatalf("%v: %s", err, line)
		}
		items = append(items, v)
	}
	if len(lines) != len(items) {
		t.Fatalf("%d verdict lines for %d questions:\n%s", len(lines), len(items), text)
	}
	var ids []string
	for _, list := range [][]string{triage.AllCategories, triage.AllSOC1Areas, triage.AllArtifacts} {
		ids = append(ids, list...)
	}
	var seen struct{ categories, areas, artifacts int }
	for i, v := range items {
		line := lines[i]
		var want []string
		for _, c := range v.Categories {
			want = append(want, triage.CategoryTitle(c))
			seen.categories++
		}
		for _, a := range v.SOC1Areas {
			want = append(want, triage.AreaLabel(a))
			seen.areas++
		}
		for _, a := range v.Artifacts {
			want = append(want, triage.ArtifactLabel(a))
			seen.artifacts++
		}
		for _, w := range want {
			if !strings.Contains(line, w) {
				t.Errorf("verdict line %q lacks %q", line, w)
			}
		}
		for _, id := range ids {
			if slices.Contains(strings.FieldsFunc(line, func(r rune) bool { return r == ' ' || r == ',' }), id) {
				t.Errorf("verdict line %q shows the id %q", line, id)
			}
		}
	}
	// The example must exercise all three lists, or the test proves nothing.
	if seen.categories == 0 || seen.areas == 0 || seen.artifacts == 0 {
		t.Errorf("the example questionnaire no longer has categories, areas and artifacts: %+v", seen)
	}
	for _, id := range []string{`"security"`, `"transaction_processing"`, `"bridge_letter"`} {
		if !strings.Contains(jl, id) {
			t.Errorf("--format jsonl lacks the id %s", id)
		}
	}
}

func TestTriageBadInput(t *testing.T) {
	big := bytes.Repeat([]byte("Do you encrypt backups?\n"), (maxInput/24)+10)
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", []byte("  \n\n"), "empty"},
		{"binary", []byte("\x00\x01\x02\x03 not text"), "binary data"},
		{"truncated zip", []byte("PK\x03\x04\x00\x00binary"), "."},
		{"invalid utf-8", []byte("Do you encrypt?\nbad \xff\xfe byte\n"), "line 2: invalid UTF-8"},
		{"broken json line", []byte("{\"id\":\"a\",\"text\":\"ok?\"}\n{\"id\":\"b\",\"text\":\n"), "line 2:"},
		{"json line without text", []byte("{\"id\":\"a\"}\n"), "line 1: missing \"text\""},
		{"too big", big, "10 MB limit"},
		{"pdf", []byte("%PDF-1.7\n..."), "PDF"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := writeFile(t, "q.txt", tc.data)
			_, errs, code := runCLI(t, "", "triage", p)
			if code != 2 {
				t.Errorf("exit %d, want 2", code)
			}
			if strings.Count(strings.TrimSpace(errs), "\n") != 0 || !strings.Contains(errs, tc.want) {
				t.Errorf("stderr %q, want one line containing %q", errs, tc.want)
			}
		})
	}
	if _, errs, code := runCLI(t, "", "triage", "--format", "xml", "-"); code != 2 || !strings.Contains(errs, "unknown format") {
		t.Errorf("bad format: exit %d, %q", code, errs)
	}
	if _, errs, code := runCLI(t, "", "triage", "/no/such/file"); code != 2 || !strings.Contains(errs, "no such file") {
		t.Errorf("missing file: exit %d, %q", code, errs)
	}
}

func TestTriageLLMFillsOnlyUnmatched(t *testing.T) {
	srv := llmtest.New(t)
	h, err := llmtest.Scenario("ok")
	if err != nil {
		t.Fatal(err)
	}
	srv.Handle(h)
	t.Setenv("OPENAI_API_KEY", "test-key")
	t.Setenv("OPENAI_BASE_URL", srv.BaseURL())
	in := "1. Do you have a SOC 1 report?\n2. What is the name of your favourite colour scheme for dashboards?\n3. Describe your mascot.\n4. Do you carry cyber insurance?\n"
	out, errs, code := runCLI(t, in, "triage", "-", "--format", "jsonl", "--llm")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if !strings.Contains(lines[0], `"report":"soc1"`) || !strings.Contains(lines[3], `"report":"none"`) {
		t.Errorf("rule verdicts changed:\n%s", out)
	}
	if !strings.Contains(out, "suggested by the language model") {
		t.Errorf("no suggestion for the unmatched questions:\n%s\nstderr: %s", out, errs)
	}
	if srv.Count() == 0 {
		t.Error("the model server was never called")
	}
}

// TestTriageLLMEmptyVariablesAreUnset: a language-model variable set to the
// empty string takes its default, as it does for `socbot run`.
func TestTriageLLMEmptyVariablesAreUnset(t *testing.T) {
	for _, name := range []string{"SOC_LLM_TIMEOUT", "SOC_LLM_MAX_QUESTIONS", "OPENAI_MODEL", "SOC_LLM_CHANNELS", "SOC_LLM_CONCURRENCY"} {
		t.Run(name, func(t *testing.T) {
			srv := llmtest.New(t)
			h, _ := llmtest.Scenario("ok")
			srv.Handle(h)
			t.Setenv("OPENAI_API_KEY", "test-key")
			t.Setenv("OPENAI_BASE_URL", srv.BaseURL())
			t.Setenv(name, "")
			_, errs, code := runCLI(t, "Describe your mascot.\n", "triage", "-", "--llm")
			if code != 0 || srv.Count() == 0 {
				t.Errorf("%s=\"\": exit %d, %d model requests, stderr %q; want exit 0 with the default", name, code, srv.Count(), errs)
			}
		})
	}
}

func TestTriageLLMWithoutKey(t *testing.T) {
	t.Setenv("OPENAI_API_KEY", "")
	_, errs, code := runCLI(t, "Do you encrypt backups?\n", "triage", "-", "--llm")
	if code != 2 || !strings.Contains(errs, "OPENAI_API_KEY") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}

func TestTriageOutWritesWorkbookBack(t *testing.T) {
	f := excelize.NewFile()
	rows := [][]any{
		{"ID", "Question", "Answer"},
		{"IAM-01", "Is MFA enforced for remote access?", "Yes"},
		{"BCR-02", "Is the disaster recovery plan tested annually?", "Yes"},
		{"FIN-03", "How do you ensure payroll is calculated correctly?", ""},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	in := filepath.Join(t.TempDir(), "vendor.xlsx")
	if err := f.SaveAs(in); err != nil {
		t.Fatal(err)
	}
	outPath := filepath.Join(t.TempDir(), "triaged.xlsx")
	stdout, errs, code := runCLI(t, "", "triage", in, "--out", outPath, "--format", "jsonl")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(stdout, `"id":"IAM-01"`) {
		t.Errorf("row ids not kept:\n%s", stdout)
	}
	if !strings.Contains(stdout, `"sheet":"Sheet1","cell":"B2"`) {
		t.Errorf("jsonl does not place the question in its workbook:\n%s", stdout)
	}
	got, err := excelize.OpenFile(outPath)
	if err != nil {
		t.Fatal(err)
	}
	defer got.Close()
	all, err := got.GetRows("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	if len(all[0]) <= 3 || !strings.Contains(strings.Join(all[0], "|"), "SOC report") {
		t.Fatalf("no answer columns appended: %q", all[0])
	}
	if all[3][0] != "FIN-03" || !strings.Contains(strings.Join(all[3], "|"), "SOC 1") {
		t.Errorf("row 4 = %q, want the SOC 1 verdict appended", all[3])
	}
}

func TestTriageOutCSVNeutralisesFormulas(t *testing.T) {
	in := writeFile(t, "q.csv", []byte("ID,Question\n1,=HYPERLINK(\"http://x\")\n2,Do you encrypt backups at rest?\n"))
	outPath := filepath.Join(t.TempDir(), "out.csv")
	_, errs, code := runCLI(t, "", "triage", in, "--out", outPath)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	data, err := os.ReadFile(outPath)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), "\n1,=") || !strings.Contains(string(data), "'=HYPERLINK") {
		t.Errorf("formula cell not neutralised:\n%s", data)
	}
}

// repeatReader yields line n times without holding the whole input.
type repeatReader struct {
	line string
	n    int
	off  int
	read int // bytes handed out
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, io.EOF
	}
	c := copy(p, r.line[r.off:])
	r.read += c
	if r.off += c; r.off == len(r.line) {
		r.off, r.n = 0, r.n-1
	}
	return c, nil
}

// Standard input has one limit, the text limit, and the message names it,
// whatever the size past it.
func TestTriageStandardInputLimit(t *testing.T) {
	const line = "Do you encrypt backups?\n"
	const over = "socbot triage: standard input: larger than the 10 MB limit for standard input\n"
	tests := []struct {
		name  string
		line  string
		lines int
		want  string
	}{
		// Blank input exactly at the limit is read, then found empty.
		{"at the limit", "\n", maxInput, "socbot triage: standard input: the input is empty\n"},
		{"just over", line, maxInput/len(line) + 1, over},
		{"past the file limit", line, (25 << 20) / len(line), over},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			in := &repeatReader{line: tc.line, n: tc.lines}
			code := realMain(context.Background(), []string{"triage", "-"}, in, &out, &errb)
			if code != 2 || errb.String() != tc.want {
				t.Errorf("exit %d, stderr %q; want 2, %q", code, errb.String(), tc.want)
			}
			// Reading stops at the limit: what is held follows the limit,
			// not the input.
			if in.read > maxInput+64<<10 {
				t.Errorf("read %d bytes of standard input, want at most the %d MB limit", in.read, maxInput>>20)
			}
		})
	}
}

// Text that starts with "{" is JSON lines only when it opens a JSON object.
func TestTriageBraceTextIsText(t *testing.T) {
	tests := []struct {
		name, in string
		code     int
		want     string
	}{
		{"placeholder title", "{Company} security questionnaire\n1. Do you encrypt data at rest?\n2. Is MFA enforced?\n", 0, `"report":"soc2"`},
		{"braced note", "{ see attached }\nDo you hold a SOC 2 Type 2 report?\n", 0, `"report":"soc2"`},
		{"json lines", `{"id":"a","text":"Do you encrypt data at rest?"}` + "\n", 0, `"id":"a"`},
		{"broken json lines", `{"id":"a","text":` + "\n", 2, "line 1:"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, errs, code := runCLI(t, tc.in, "triage", "--format", "jsonl", "-")
			if code != tc.code {
				t.Fatalf("exit %d, want %d (stderr %q)", code, tc.code, errs)
			}
			if !strings.Contains(out+errs, tc.want) {
				t.Errorf("output %q, stderr %q, want %q", out, errs, tc.want)
			}
		})
	}
}

// The help text's example, two questions on one line, needs both reports.
func TestTriageTwoQuestionsOnOneLine(t *testing.T) {
	out, errs, code := runCLI(t, "Do you encrypt backups? Do you have a SOC 1 for payroll?\n", "triage", "-", "--format", "jsonl")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	var v struct {
		ID, Report string
		Criteria   []string
		SOC1Areas  []string `json:"soc1_areas"`
	}
	if err := json.Unmarshal([]byte(strings.TrimSpace(out)), &v); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if v.ID != "q1" || v.Report != "both" || len(v.Criteria) == 0 || len(v.SOC1Areas) == 0 {
		t.Errorf("got %+v, want q1: both, with SOC 2 criteria and SOC 1 areas", v)
	}
}

// TestTriageCitesControls: with the example inventory, whose SOC 2 names a
// control matrix, each format carries the controls that answer a question.
func TestTriageCitesControls(t *testing.T) {
	q := "How quickly is access revoked when an employee is terminated?\n"
	out, errs, code := runCLI(t, q, "triage", "-", "--format", "jsonl", "--reports", "../../deploy/reports.example.yaml")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	var line struct {
		Criteria []string
		Controls []struct {
			Report, ID, Title, Ref string
			Criteria               []string
			Exception              *bool
		}
	}
	if err := json.Unmarshal([]byte(out), &line); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	if len(line.Controls) == 0 || len(line.Controls) > 3 {
		t.Fatalf("controls = %+v, want one to three:\n%s", line.Controls, out)
	}
	for _, c := range line.Controls {
		if c.Report != "Acme Platform SOC 2" || c.ID == "" || c.Title == "" || c.Ref == "" || c.Exception == nil || len(c.Criteria) == 0 {
			t.Errorf("control lacks a field: %+v", c)
		}
	}
	if first := line.Controls[0]; first.ID != "LAC-09" {
		t.Errorf("first control = %s (%s), want LAC-09, the termination control", first.ID, first.Title)
	}
	text, _, _ := runCLI(t, q, "triage", "-", "--reports", "../../deploy/reports.example.yaml")
	if !strings.Contains(text, "control LAC-09 (Acme Platform SOC 2, IV, p. 56; CC6.3): Access of terminated employees") {
		t.Errorf("text output lacks the cited control:\n%s", text)
	}
}

// TestTriageOutRefusesItsInput: --out never writes over the questionnaire
// being read, whichever path names it; the input is left as it was.
func TestTriageOutRefusesItsInput(t *testing.T) {
	const q = "ID,Question\n1,Do you encrypt backups at rest?\n"
	dir := t.TempDir()
	in := filepath.Join(dir, "q.csv")
	if err := os.WriteFile(in, []byte(q), 0o644); err != nil {
		t.Fatal(err)
	}
	txt := filepath.Join(dir, "q.txt")
	if err := os.WriteFile(txt, []byte("Do you encrypt backups at rest?\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.csv")
	if err := os.Symlink(in, link); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name, in, out string
		code          int
	}{
		{"same path", in, in, 2},
		{"another spelling", in, filepath.Join(dir, ".", "q.csv"), 2},
		{"a link to it", in, link, 2},
		// A CSV is written back as CSV: --out q.txt becomes q.csv, the input.
		{"renamed to the input", in, filepath.Join(dir, "q.txt"), 2},
		{"text in, csv out", txt, filepath.Join(dir, "answers.txt"), 0},
		{"csv written elsewhere", in, filepath.Join(dir, "answers.csv"), 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, errs, code := runCLI(t, "", "triage", tt.in, "--out", tt.out)
			if code != tt.code {
				t.Fatalf("exit %d, want %d: %s", code, tt.code, errs)
			}
			if tt.code != 0 && !strings.Contains(errs, "is the questionnaire being read") {
				t.Errorf("stderr does not say why: %s", errs)
			}
			if b, _ := os.ReadFile(in); string(b) != q {
				t.Errorf("the input was changed:\n%s", b)
			}
		})
	}
}
