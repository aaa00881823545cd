package triage

import (
	"strings"
	"testing"
)

// FuzzClassify checks the matcher and the verdict on any text: no panic, only values
// of the closed vocabularies, consistent fields, and evidence quoting the question.
func FuzzClassify(f *testing.F) {
	for _, s := range []string{
		"Do you have a SOC 2 Type II report?",
		"Other than your SOC 2, do you hold ISO 27001? A Type 1 will not meet our needs.",
		"How is access to the payroll application restricted, and are changes tested?",
		"Provide your SOC 2 report and, if the period ended, a bridge letter.",
		"", "?", ",,,", "SOC", "type 1 type 2 type i type ii", "ENCRPYT \xff\xfe DATA AT REST",
		"Does your SOC 2 cover the sensibilisation of staff, or does an MSSP do it?",
	} {
		f.Add(s, "")
		f.Add(s, "Business Continuity")
	}
	e := mustEngine(f)
	f.Fuzz(func(t *testing.T, text, section string) {
		v := e.Classify(Question{ID: "q1", Text: text, Section: section})
		if !contains(AllReports, v.Report) || !contains(AllTypes, v.Type) {
			t.Fatalf("report %q type %q outside the vocabulary", v.Report, v.Type)
		}
		if (v.Report == ReportNone) != (v.Type == TypeNone) {
			t.Fatalf("report %q with type %q", v.Report, v.Type)
		}
		if v.Confidence < 0 || v.Confidence > 1 {
			t.Fatalf("confidence %v", v.Confidence)
		}
		if v.Unmatched && (v.Report != ReportNone || v.Confidence != 0) {
			t.Fatalf("unmatched verdict %+v", v)
		}
		for _, c := range v.Criteria {
			if !contains(AllCriteria, c) || !contains(v.Categories, CategoryOf(c)) {
				t.Fatalf("criterion %q without its category in %v", c, v.Categories)
			}
		}
		if (v.Report == ReportSOC1 || v.Report == ReportNone) && (len(v.Categories) > 0 || len(v.Criteria) > 0) {
			t.Fatalf("%s verdict with categories %v criteria %v", v.Report, v.Categories, v.Criteria)
		}
		full := section + ". " + text
		for _, ev := range v.Evidence {
			if ev.Rule == "incidental_words" {
				continue // it names the demoted rules, not words
			}
			for _, m := range ev.Matched {
				if !strings.Contains(text, m) && !strings.Contains(full, m) {
					t.Fatalf("evidence %q is not in the question", m)
				}
			}
		}
	})
}
