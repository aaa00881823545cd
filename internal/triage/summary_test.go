package triage

import (
	"fmt"
	"slices"
	"testing"
)

func TestSummarize(t *testing.T) {
	e := mustEngine(t)
	res := e.TriageQuestions(questions(
		"Do you have a SOC 2 Type II report?",
		"How often are backups taken?",
		"Do you sign NDAs with employees to protect confidential information?",
		"How do you ensure payroll is calculated correctly?",
		"Do you carry cyber insurance?",
		"What is your favourite colour?"))
	s := res.Summary
	if s.Total != 6 || s.Counts[ReportSOC2] != 3 || s.Counts[ReportSOC1] != 1 || s.Counts[ReportNone] != 1 {
		t.Fatalf("counts %v (total %d)", s.Counts, s.Total)
	}
	if len(s.Reports) != 2 {
		t.Fatalf("reports %+v", s.Reports)
	}
	soc2, soc1 := s.Reports[0], s.Reports[1]
	if want := "SOC 2 Type 2 including Security, Availability and Confidentiality for questions q1, q2 and q3"; soc2.Text != want {
		t.Errorf("SOC 2 need = %q, want %q", soc2.Text, want)
	}
	if want := "SOC 1 Type 2 for question q4"; soc1.Text != want {
		t.Errorf("SOC 1 need = %q, want %q", soc1.Text, want)
	}
	if len(s.Artifacts) != 1 || s.Artifacts[0].Artifact != "insurance_certificate" || !slices.Equal(s.Artifacts[0].Questions, []string{"q5"}) {
		t.Errorf("artifacts %+v", s.Artifacts)
	}
	if !slices.Equal(s.Unmatched, []string{"q6"}) {
		t.Errorf("unmatched %v", s.Unmatched)
	}
	want := "Send SOC 2 Type 2 including Security, Availability and Confidentiality for questions q1, q2 and q3; SOC 1 Type 2 for question q4; attach the insurance certificate. 1 of 6 questions needs a person."
	if s.Headline != want {
		t.Errorf("headline\n got %q\nwant %q", s.Headline, want)
	}
}

func TestSummarizeEmpty(t *testing.T) {
	if h := Summarize(nil).Headline; h != "No questions found." {
		t.Errorf("headline %q", h)
	}
}

func TestSummarizeHeadlines(t *testing.T) {
	e := mustEngine(t)
	tests := []struct {
		texts []string
		want  string
	}{
		{[]string{"Are you GDPR compliant?"}, "No SOC report needed: send the DPA."},
		{[]string{"What is your favourite colour?"}, "No SOC report answers this question. 1 of 1 questions needs a person."},
		{[]string{"Do you encrypt data at rest?", "Is MFA on?", "Is data encrypted in transit?", "Do you log access?", "Are firewalls used?",
			"Is antivirus deployed?", "Are changes approved?", "Is there an IR plan?", "Are vendors assessed?", "How do you ensure payroll is calculated correctly?"},
			"Send SOC 2 Type 2 including Security for 9 of the 10 questions; SOC 1 Type 2 for question q10."},
	}
	for _, tc := range tests {
		if got := e.TriageQuestions(questions(tc.texts...)).Summary.Headline; got != tc.want {
			t.Errorf("%q:\n got %q\nwant %q", tc.texts, got, tc.want)
		}
	}
}

// questions numbers texts q1, q2, … as the splitter would.
func questions(texts ...string) []Question {
	qs := make([]Question, len(texts))
	for i, t := range texts {
		qs[i] = Question{ID: fmt.Sprintf("q%d", i+1), Text: t, Line: i + 1}
	}
	return qs
}
