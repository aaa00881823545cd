package triage

import (
	"slices"
	"testing"
)

func TestSummarize(t *testing.T) {
	e := mustEngine(t)
	res := e.Triage(`1. Do you have a SOC 2 Type II report?
2. How often are backups taken?
3. Do you sign NDAs with employees to protect confidential information?
4. How do you ensure payroll is calculated correctly?
5. Do you carry cyber insurance?
6. What is your favourite colour?`)
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
	tests := []struct{ text, want string }{
		{"Are you GDPR compliant?", "No SOC report needed: send the DPA."},
		{"What is your favourite colour?", "No SOC report answers this question. 1 of 1 questions needs a person."},
		{"1. Do you encrypt data at rest?\n2. Is MFA on?\n3. Is data encrypted in transit?\n4. Do you log access?\n5. Are firewalls used?\n6. Is antivirus deployed?\n7. Are changes approved?\n8. Is there an IR plan?\n9. Are vendors assessed?\n10. How do you ensure payroll is calculated correctly?",
			"Send SOC 2 Type 2 including Security for 9 of the 10 questions; SOC 1 Type 2 for question q10."},
	}
	for _, tc := range tests {
		if got := e.Triage(tc.text).Summary.Headline; got != tc.want {
			t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}
