package triage

import (
	"slices"
	"testing"
)

// Categories and the first criterion by the class of wording, not by one phrase.
// Each row is a question written for this test (none from the evaluation sets): want
// lists the categories that must be in the verdict, absent those that must not be,
// and first the criterion that must rank first, when one is expected. The near misses
// of each class keep the other verdict.
func TestCategoryAndRankingClasses(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	sec, conf, priv := CatSecurity, CatConfidentiality, CatPrivacy
	tests := []struct {
		class, question string
		want, absent    []string
		first           string
	}{
		// An NDA under which the report, a copy or a summary of it is shared is the
		// condition of sending that document, not a confidentiality control; nor is a
		// copy of the report a data subject's copy of their records.
		{"nda for the report", "Our partners need proof that an auditor reviewed your controls - is there something we can pass along to them without an NDA?", []string{sec}, []string{conf}, ""},
		{"nda for the report", "Please upload your latest SOC 2 Type II. If it cannot be posted to our portal, describe how our team may obtain a copy under a signed NDA.", []string{sec}, []string{conf, priv}, ""},
		{"nda for the report", "We would like a general-use summary, not bound by any NDA, that we can show our customers.", []string{sec}, []string{conf}, ""},
		{"nda for the report", "soc2 type 2 pls. nda on our paper or yours is fine, we just need a copy for the file", []string{sec}, []string{conf}, ""},
		{"nda for the report", "Can your SOC 2 be released to our risk team under a mutual NDA?", []string{sec}, []string{conf}, ""},
		{"nda signed by people", "Do all contractors sign a non-disclosure agreement before starting work?", []string{conf}, nil, "C1.1"},
		{"nda signed by people", "Are NDAs signed by employees kept on file and renewed when roles change?", []string{conf}, nil, "C1.1"},
		{"nda signed by people", "Is client information shared with vendors only once an NDA is in place?", []string{conf}, nil, "C1.1"},
		{"a copy of one's own records", "Can the people whose records you hold obtain a copy of their own data?", []string{priv}, nil, "P5.1"},
	}
	for _, tt := range tests {
		v := e.Classify(Question{Text: tt.question})
		for _, c := range tt.want {
			if !slices.Contains(v.Categories, c) {
				t.Errorf("%s: %q: categories %v lack %s (criteria %v)", tt.class, tt.question, v.Categories, c, v.Criteria)
			}
		}
		for _, c := range tt.absent {
			if slices.Contains(v.Categories, c) {
				t.Errorf("%s: %q: categories %v include %s (criteria %v)", tt.class, tt.question, v.Categories, c, v.Criteria)
			}
		}
		if tt.first != "" && (len(v.Criteria) == 0 || v.Criteria[0] != tt.first) {
			t.Errorf("%s: %q: criteria %v, want %s first", tt.class, tt.question, v.Criteria, tt.first)
		}
	}
}
