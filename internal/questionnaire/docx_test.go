package questionnaire

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func TestReadDOCX(t *testing.T) {
	t.Parallel()
	b := buildDOCX(t,
		heading("Security Questionnaire"),
		para("Do you have a SOC 2 Type 2 report?"),
		tbl(
			[]string{"No.", "Question", "Response"},
			[]string{"<span3>Access Control"},
			[]string{"1.1", "Is MFA required for administrative access?", ""},
			[]string{"1.2", "Are access rights removed within 24 hours of termination?", "Yes"},
		),
		heading("Continuity"),
		tbl(
			[]string{"Requirement", "Answer"},
			[]string{"Describe how often backups are tested.", ""},
		),
	)
	doc, err := Read("q.docx", bytes.NewReader(b), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Kind != DOCX {
		t.Fatalf("kind %s", doc.Kind)
	}
	var tableQs []want
	for i, q := range doc.Questions {
		if doc.Where[i].Sheet != "" {
			tableQs = append(tableQs, want{q.ID, q.Text, q.Section, doc.Where[i].Sheet, doc.Where[i].Row})
		}
	}
	wants := []want{
		{"1.1", "Is MFA required for administrative access?", "Access Control", "Table 1", 3},
		{"1.2", "Are access rights removed within 24 hours of termination?", "Access Control", "Table 1", 4},
		{"T2.2", "Describe how often backups are tested.", "Continuity", "Table 2", 2},
	}
	if len(tableQs) != len(wants) {
		t.Fatalf("table questions %+v, want %+v", tableQs, wants)
	}
	for i := range wants {
		if tableQs[i] != wants[i] {
			t.Errorf("question %d: got %+v, want %+v", i, tableQs[i], wants[i])
		}
	}
	// Paragraphs go through the splitter, before the first table in document order.
	if doc.Where[0].Sheet != "" || !strings.Contains(doc.Questions[0].Text, "Do you have a SOC 2 Type 2 report?") {
		t.Errorf("paragraph text not read first: %q", texts(doc))
	}
}

func texts(d *Doc) []string {
	out := make([]string, len(d.Questions))
	for i, q := range d.Questions {
		out[i] = q.Text
	}
	return out
}

func TestParseDocumentText(t *testing.T) {
	t.Parallel()
	body := `<w:p><w:r><w:t>Do you </w:t></w:r><w:r><w:t>log</w:t><w:tab/><w:t>access?</w:t></w:r>` +
		`<w:del><w:r><w:delText>removed</w:delText></w:r></w:del></w:p>` +
		`<w:p><w:r><w:t>Line one</w:t><w:br/><w:t>line two</w:t></w:r></w:p>`
	doc := buildDOCX(t, body)
	d, err := Read("t.docx", bytes.NewReader(doc), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	all := strings.Join(texts(d), "\n")
	if !strings.Contains(all, "Do you log") || strings.Contains(all, "removed") || !strings.Contains(all, "line two") {
		t.Errorf("text = %q", all)
	}
}

func TestReadDOCXCorrupt(t *testing.T) {
	t.Parallel()
	b := buildZip(t, map[string]string{"word/document.xml": "<w:document><w:body><w:p><w:t>Do you"}, "word/document.xml")
	_, err := Read("bad.docx", bytes.NewReader(b), Limits{})
	var e *Error
	if !errors.As(err, &e) || e.Kind != KindCorrupt {
		t.Fatalf("err = %v, want a corrupt-file error", err)
	}
}
