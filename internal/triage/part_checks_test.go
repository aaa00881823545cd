package triage

import "testing"

// The word checks run on each part of a line read its fields without allocating,
// whatever the case and the punctuation around the words; the verdicts they read
// are pinned beside them. The parts are written for this test.
func TestPartChecksReadWordsWithoutAllocating(t *testing.T) {
	cases := []struct {
		name  string
		check func(string) bool
		part  string
		want  bool
	}{
		{"causeOrFixOnly", causeOrFixOnly, "Why did it happen, and has it been RESOLVED?", true},
		{"causeOrFixOnly", causeOrFixOnly, "What was the Root Cause?", true},
		{"causeOrFixOnly", causeOrFixOnly, "How did they fix it?", true},
		{"causeOrFixOnly", causeOrFixOnly, "Has it happened since?", true},
		{"causeOrFixOnly", causeOrFixOnly, "How did it go?", false},
		{"causeOrFixOnly", causeOrFixOnly, "Is it fixed yet for the payroll file?", false},
		{"causeOrFixOnly", causeOrFixOnly, "", false},
		{"scopeAskedBack", scopeAskedBack, "Also, does it COVER how refunds are approved?", true},
		{"scopeAskedBack", scopeAskedBack, "Yes/No - will this report include the billing system?", true},
		{"scopeAskedBack", scopeAskedBack, "Does the attestation also test key rotation?", true},
		{"scopeAskedBack", scopeAskedBack, "Does the team cover weekends?", false},
		{"scopeAskedBack", scopeAskedBack, "Does it?", false},
		{"compensatingAsked", compensatingAsked, "What Mitigating Controls apply at night?", true},
		{"compensatingAsked", compensatingAsked, "Describe the compensating control.", true},
		{"compensatingAsked", compensatingAsked, "Is compensation reviewed by a control owner?", false},
		{"compensatingAsked", compensatingAsked, "Which control is compensating?", false},
		{"followUp", followUp, "Y/N. If NOT, who signs off?", true},
		{"followUp", followUp, "Otherwise, describe the process.", true},
		{"followUp", followUp, "If the vendor is late, who signs off?", false},
		// Each check trims its own punctuation set (see sentencePunct) from fields as
		// written, not from the scratch's tokens.
		{"followUp", followUp, "(Otherwise, describe the process.", true},
		{"followUp", followUp, "Otherwise. Describe the process.", false},
		{"followUp", followUp, "If yes. Describe the process.", true},
		{"followUp", followUp, "If yes? Describe the process.", false},
		{"scopeAskedBack", scopeAskedBack, "Does it cover?", true},
		{"causeOrFixOnly", causeOrFixOnly, "Why?!", true},
		{"causeOrFixOnly", causeOrFixOnly, "Root-cause?", false},
		{"compensatingAsked", compensatingAsked, "Any compensating-control?", false},
		{"compensatingAsked", compensatingAsked, "Any (compensating control)?", false},
	}
	for _, c := range cases {
		if got := c.check(c.part); got != c.want {
			t.Errorf("%s(%q) = %v, want %v", c.name, c.part, got, c.want)
		}
		if n := testing.AllocsPerRun(20, func() { c.check(c.part) }); n != 0 {
			t.Errorf("%s(%q) allocates %.0f times, want none", c.name, c.part, n)
		}
	}
}

// A part's verdict loses its processing integrity criteria and category in place.
func TestWithoutPIAllocatesNothing(t *testing.T) {
	fresh := func() Verdict {
		return Verdict{Report: ReportSOC2, Criteria: []string{"CC6.1", "PI1.3", "CC7.2", "PI1.4"},
			Categories: []string{CatSecurity, CatProcessingIntegrity}}
	}
	p := withoutPI(fresh())
	if got := len(p.Criteria); got != 2 || p.Criteria[0] != "CC6.1" || p.Criteria[1] != "CC7.2" {
		t.Errorf("criteria %v, want [CC6.1 CC7.2]", p.Criteria)
	}
	if len(p.Categories) != 1 || p.Categories[0] != CatSecurity {
		t.Errorf("categories %v, want [%s]", p.Categories, CatSecurity)
	}
	vs := make([]Verdict, 25)
	for i := range vs {
		vs[i] = fresh()
	}
	i := 0
	if n := testing.AllocsPerRun(20, func() { withoutPI(vs[i]); i++ }); n != 0 {
		t.Errorf("withoutPI allocates %.0f times, want none", n)
	}
}

// askerPurpose trims the list set (listPunct) from the words after the asker's verb:
// brackets and commas go, a dash stays.
func TestAskerPurposePunctuation(t *testing.T) {
	for _, c := range []struct {
		rest []string
		want bool
	}{
		{[]string{"to", "assess", "your", "stability"}, true},
		{[]string{"(to", "Assess."}, true},
		{[]string{"to—", "assess"}, false},
		{[]string{"to", "assess—"}, false},
		{[]string{"the", "report"}, false},
		{[]string{"to"}, false},
	} {
		if got := askerPurpose(c.rest); got != c.want {
			t.Errorf("askerPurpose(%q) = %v, want %v", c.rest, got, c.want)
		}
	}
}
