package triage

import (
	"slices"
	"testing"
)

// A line whose lettered or numbered parts ("(a)", "b)", "2)", "ii.", "Part B:") ask a
// SOC 1 matter and a SOC 2 matter is answered with both: the areas of the one part and
// the criteria of the other, as if the parts were sentences. The questions are written
// for this test, apart from the evaluation sets.
func TestPartLabelsSplitAsks(t *testing.T) {
	t.Parallel()
	checkAreasAndFirst(t, []areasFirstCase{
		{"Part 1: upload your SOC 1 Type 2 report. Part 2: describe how access to the hosting environment is reviewed each quarter.", "both", nil, "CC6.3"},
		{"(a) attach your SOC 2 Type II report (b) explain how insurance premiums are calculated and billed to policyholders", "both", []string{"transaction_processing"}, ""},
		{"1) Send the SOC 1 Type 2 for the claims platform 2) how is MFA enforced for administrators?", "both", []string{"access_financial"}, "CC6.1"},
		{"a) Please share your SOC 2 report b) describe how member dues are reconciled to bank deposits each month", "both", []string{"reconciliation"}, ""},
		{"Part A - furnish your SOC 2 Type 2; Part B - explain how commissions paid to agents are calculated and approved.", "both", []string{"transaction_processing"}, ""},
		{"Part A: send your SOC 1 Type 2 Part B: are firewall rules on the loan servicing network reviewed every six months?", "both", []string{"access_financial"}, "CC6.6"},
		{"(i) share the SOC 2 Type 2 (ii) describe how claim payments are calculated and approved", "both", []string{"transaction_processing"}, ""},
	})
}

// areasFirstCase is a question, the report its verdict must choose, exactly the SOC 1
// areas it must have (none when nil, in any order) and the criterion that must come
// first (any when "").
type areasFirstCase struct {
	question string
	report   string
	areas    []string
	first    string
}

// checkAreasAndFirst classifies each case in a subtest of its own and checks its
// report, its SOC 1 areas and its first criterion.
func checkAreasAndFirst(t *testing.T, tests []areasFirstCase) {
	t.Helper()
	e := mustEngine(t)
	for _, tc := range tests {
		t.Run(tc.question, func(t *testing.T) {
			v := e.Classify(Question{Text: tc.question})
			if v.Report != tc.report {
				t.Fatalf("report %s, want %s (areas %v, criteria %v, evidence %+v)", v.Report, tc.report, v.SOC1Areas, v.Criteria, v.Evidence)
			}
			if got := slices.Sorted(slices.Values(v.SOC1Areas)); !slices.Equal(got, slices.Sorted(slices.Values(tc.areas))) {
				t.Errorf("areas %v, want %v", v.SOC1Areas, tc.areas)
			}
			if tc.first != "" && (len(v.Criteria) == 0 || v.Criteria[0] != tc.first) {
				t.Errorf("criteria %v, want %s first", v.Criteria, tc.first)
			}
		})
	}
}

// A label opens a part only when the word after it asks; labels that list options or
// answers, or that follow a reference to a place in a document, leave the line whole.
func TestPartLabelsCutParts(t *testing.T) {
	t.Parallel()
	tests := []struct {
		text  string
		parts []string
	}{
		{"Attach your SOC 2 report (b) describe how payroll is approved", []string{"Attach your SOC 2 report ", "(b) describe how payroll is approved"}},
		{"1) send the SOC 1 2) are backups encrypted?", []string{"1) send the SOC 1 ", "2) are backups encrypted?"}},
		{"Part A: send the report Part B - how are refunds approved?", []string{"Part A: send the report ", "Part B - how are refunds approved?"}},
		{"i. share your SOC 2 ii. explain how rebates are calculated", []string{"i. share your SOC 2 ", "ii. explain how rebates are calculated"}},
		// Near misses: one part each.
		{"Is the ledger reconciled daily: (a) Yes (b) No (c) N/A", nil},
		{"Which cipher do you use: (a) AES-256 (b) 3DES (c) other", nil},
		{"Do you (a) encrypt backups and (b) test restores?", nil},
		{"As required by Section 2(a) attach your SOC 2 report", nil},
		{"Under clause (b) provide your SOC 2 report", nil},
		{"Provide: (a) certificate of insurance, (b) ISO 27001 certificate, (c) your latest penetration test summary", nil},
		{"Provide 1) your SOC 2 Type 2 and 2) a signed BAA", nil},
		{"Is vitamin a) stored or b) shipped cold", nil},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			var got []string
			for start := 0; start < len(tc.text); {
				end := nextPart(tc.text, start)
				got = append(got, tc.text[start:end])
				start = end
			}
			want := tc.parts
			if want == nil {
				want = []string{tc.text}
			}
			if !slices.Equal(got, want) {
				t.Errorf("parts %q, want %q", got, want)
			}
		})
	}
}

// A part's label does not hide the ask that follows it.
func TestPartLabelAsks(t *testing.T) {
	t.Parallel()
	for _, part := range []string{
		"(b) describe how payroll is approved",
		"b) are backups encrypted",
		"ii. explain how rebates are calculated",
		"Part B: attach the SOC 2",
		"Part 2 - provide the pen test letter",
		"Part C – list the subprocessors",
	} {
		if !asks(part) {
			t.Errorf("asks(%q) = false, want true", part)
		}
	}
	for _, part := range []string{"(a) Yes", "Part B: our payroll runs weekly.", "(c) AES-256"} {
		if asks(part) {
			t.Errorf("asks(%q) = true, want false", part)
		}
	}
}
