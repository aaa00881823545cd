package triage

import (
	"slices"
	"testing"
)

// A category is in a verdict because the question is about it, not because one of its
// words is there. Personal data named as the thing another control protects (the
// records behind an MFA prompt, the laptops that are encrypted) does not make the
// question a privacy one; asked about by itself, or with words of a privacy criterion
// of its own, it does. The questions are written for this test, apart from the
// evaluation sets.
func TestCategoriesFromTheSubject(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct {
		class, question string
		want            []string // categories that must be in the verdict
		absent          []string // categories that must not be
	}{
		// Personal data in passing: the control's own category only.
		{"personal data in passing", "Do nurses who view patient records sign in with a hardware token?", []string{CatSecurity}, []string{CatPrivacy}},
		{"personal data in passing", "Is the laptop fleet that stores employee personal data encrypted at rest?", []string{CatSecurity}, []string{CatPrivacy}},
		{"personal data in passing", "Are call-centre agents who handle customer personal details trained on phishing every year?", []string{CatSecurity}, []string{CatPrivacy}},
		{"personal data in passing", "Is personal data about our members kept in a monitored environment with alerts on unusual access?", []string{CatSecurity}, []string{CatPrivacy}},
		// Personal data as the subject, alone or with a privacy criterion's words.
		{"personal data subject", "How do you protect personal data?", []string{CatPrivacy}, nil},
		{"personal data subject", "Who in your organisation is accountable for personal data?", []string{CatPrivacy}, nil},
		{"personal data subject", "Is access to personal data logged, and is it used only for the purpose it was collected for?", []string{CatSecurity, CatPrivacy}, nil},
		{"personal data subject", "How long is personal data retained before it is deleted?", []string{CatPrivacy}, []string{CatSecurity}},
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
	}
}
