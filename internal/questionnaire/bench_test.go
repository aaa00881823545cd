package questionnaire

import (
	"bytes"
	"fmt"
	"io"
	"testing"
)

var benchQuestions = []string{
	"Is multi-factor authentication enforced for all remote and privileged access?",
	"Are backups encrypted and restore tests performed at least annually?",
	"Describe how payroll calculations are reconciled before funds are released.",
	"Do you have a SOC 2 Type 2 report covering Security and Availability?",
	"Provide your most recent penetration test summary letter.",
	"How do you handle data subject access requests under GDPR?",
	"Are changes to the billing system tested and approved before release?",
	"Is customer data encrypted in transit using TLS 1.2 or higher?",
}

// questionnaire1000 is a CAIQ-shaped sheet: a title block, ten columns, a
// section row every 25 questions, and 1,000 questions.
func questionnaire1000(b testing.TB) []byte {
	rows := [][]any{{"Vendor Security Questionnaire"}, {}, {"Question ID", "Question", "Answer", "Owner", "Notes", "Control ID", "Domain", "Weight", "Reviewer", "Status"}}
	for i := 0; i < 1000; i++ {
		if i%25 == 0 {
			rows = append(rows, []any{fmt.Sprintf("Domain %d Controls", i/25+1)})
		}
		rows = append(rows, []any{fmt.Sprintf("D%02d-%03d", i/25+1, i), benchQuestions[i%len(benchQuestions)], "Yes", "CSP", "", fmt.Sprintf("C-%d", i), "", 3, "", "open"})
	}
	return buildXLSX(b, sheetSpec{name: "Questionnaire", rows: rows})
}

// BenchmarkReadTriageWrite is the whole file path of the bot and the CLI for
// a 1,000-question workbook: read, triage with the real engine, write back.
func BenchmarkReadTriageWrite(b *testing.B) {
	in := questionnaire1000(b)
	eng := engine(b)
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		doc, err := Read("q.xlsx", bytes.NewReader(in), Limits{})
		if err != nil {
			b.Fatal(err)
		}
		if len(doc.Questions) != 1000 {
			b.Fatalf("%d questions", len(doc.Questions))
		}
		res := eng.TriageQuestions(doc.Questions)
		if _, err := Write(io.Discard, doc, res.Items, WriteOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPhases splits the same work into its three steps.
func BenchmarkPhases(b *testing.B) {
	in := questionnaire1000(b)
	eng := engine(b)
	doc, err := Read("q.xlsx", bytes.NewReader(in), Limits{})
	if err != nil {
		b.Fatal(err)
	}
	res := eng.TriageQuestions(doc.Questions)
	b.Run("read", func(b *testing.B) {
		for b.Loop() {
			if _, err := Read("q.xlsx", bytes.NewReader(in), Limits{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("triage", func(b *testing.B) {
		for b.Loop() {
			eng.TriageQuestions(doc.Questions)
		}
	})
	b.Run("write", func(b *testing.B) {
		for b.Loop() {
			if _, err := Write(io.Discard, doc, res.Items, WriteOptions{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkRead5000 reads a workbook at the question limit.
func BenchmarkRead5000(b *testing.B) {
	in := bigSheet(b, 5000)
	for b.Loop() {
		if _, err := Read("5000.xlsx", bytes.NewReader(in), Limits{}); err != nil {
			b.Fatal(err)
		}
	}
}
