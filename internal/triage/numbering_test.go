package triage

import "testing"

// A term is its alternatives in any order, each as many times as written: the index
// gives two terms one number exactly when their alternatives are the same.
func TestTermNumbersByAlternatives(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"audit|review|assessment", "assessment|audit|review", true},
		{"audit|review*", "review*|audit", true},
		{"encrypt*", "encrypt*", true},
		{"vendor", "vendor", true},
		{"audit|review", "audit|review*", false},
		{"audit|review", "audit|review|review", false},
		{"audit|review|audit", "audit|review|review", false},
		{"audit|review", "audit|reviews", true}, // the same word once stemmed
		{"encrypt*", "encrypt", false},
		{"audit|review", "audit", false},
		{"policy|procedure", "standard|procedure", false},
	} {
		a, errA := compilePhrase(tc.a)
		b, errB := compilePhrase(tc.b)
		if errA != nil || errB != nil {
			t.Fatalf("%q, %q: %v, %v", tc.a, tc.b, errA, errB)
		}
		ix := newIndex([]pattern{{terms: a, role: roleAny}, {terms: b, role: roleAny, rule: 1}})
		if got := a[0].id == b[0].id; got != tc.same {
			t.Errorf("%q and %q: one term %v, want %v", tc.a, tc.b, got, tc.same)
		}
		if want := 2 - b2i(tc.same); ix.nterms != want {
			t.Errorf("%q and %q: %d terms, want %d", tc.a, tc.b, ix.nterms, want)
		}
	}
}
