package triage

import (
	"slices"
	"testing"
)

// requestCase is one question of a request class and the verdict it must get. A nil
// list is not checked; an empty one must be empty.
type requestCase struct {
	question  string
	report    string
	typ       string   // checked when set
	areas     []string // SOC 1 areas, as a set
	artifacts []string // as a set
}

func checkRequests(t *testing.T, tests []requestCase) {
	t.Helper()
	e := mustEngine(t)
	for _, tc := range tests {
		t.Run(tc.question, func(t *testing.T) {
			v := e.Classify(Question{Text: tc.question})
			if v.Report != tc.report {
				t.Fatalf("report %s, want %s (type %s, areas %v, artifacts %v, evidence %+v)", v.Report, tc.report, v.Type, v.SOC1Areas, v.Artifacts, v.Evidence)
			}
			if tc.typ != "" && v.Type != tc.typ {
				t.Errorf("type %q, want %q", v.Type, tc.typ)
			}
			if tc.areas != nil && !sameItems(v.SOC1Areas, tc.areas) {
				t.Errorf("SOC 1 areas %v, want %v", v.SOC1Areas, tc.areas)
			}
			if tc.artifacts != nil && !sameItems(v.Artifacts, tc.artifacts) {
				t.Errorf("artifacts %v, want %v", v.Artifacts, tc.artifacts)
			}
		})
	}
}

func sameItems(a, b []string) bool {
	return slices.Equal(slices.Sorted(slices.Values(a)), slices.Sorted(slices.Values(b)))
}

// The report asked for, in a sentence or an ask of its own, with a bridge letter for
// the time since its period ended (guide, section 8) is the report and the letter,
// however the condition is worded; a letter asked for by itself, even one that names
// the report it bridges or states when that report's period ended, is the letter
// alone. The questions are written for this test, apart from the evaluation sets.
func TestReportWithBridgeLetter(t *testing.T) {
	t.Parallel()
	bridge := []string{"bridge_letter"}
	checkRequests(t, []requestCase{
		{"Do you have a current SOC 2 Type 2 report? Where its period closed more than a quarter ago, we also need a bridge letter.", "soc2", "type2", nil, bridge},
		{"Please share your latest SOC 1 report. Should the review period have ended over 90 days ago, include a gap letter covering the gap.", "soc1", "type2", nil, bridge},
		{"Upload the SOC 2 Type II, together with a bridge letter through year end.", "soc2", "type2", nil, bridge},
		{"We need the most recent SOC 2 report and, when its period ended more than three months back, a letter from management covering the gap.", "soc2", "type2", nil, bridge},
		{"Is a SOC 2 Type 2 available? If the coverage period ended more than 3 months ago, please send a bridge letter too.", "soc2", "type2", nil, bridge},
		{"Kindly provide SOC 2 report (latest) + bridge letter if period end > 3 months", "soc2", "type2", nil, bridge},
		{"Do you hold a SOC 2 Type II report and, where the audit period ended more than three months ago, a bridge letter?", "soc2", "type2", nil, bridge},
		{"Does an ISAE 3402 type 2 exist for the service? When the period is finished since long time, please add the bridge letter.", "soc1", "type2", nil, bridge},
		// Near misses: the letter alone.
		{"Where your last SOC 2 period closed over 90 days ago, furnish a gap letter to cover the gap.", "none", "", nil, bridge},
		{"Our file already has your SOC 2 Type II; we only need a bridge letter through year end.", "none", "", nil, bridge},
		{"Can you provide a bridge letter for your most recent SOC 1 Type 2 report?", "none", "", nil, bridge},
		{"Your SOC 2 review period finished in June. Please send a gap letter covering July to date.", "none", "", nil, bridge},
	})
}
