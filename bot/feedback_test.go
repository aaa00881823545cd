package bot

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/socbot/socbot/internal/triage"
)

func TestFeedbackValueRoundTrip(t *testing.T) {
	tests := []struct {
		name   string
		value  string
		rules  []string
		report string
		qids   []string
	}{
		{"full", "rules:a.b,c.d;report:both;q:q1,q3", []string{"a.b", "c.d"}, "both", []string{"q1", "q3"}},
		{"no rules", "rules:-", nil, "", nil},
		{"older buttons", "rules:a.b,c.d", []string{"a.b", "c.d"}, "", nil},
		{"no questions", "rules:a.b;report:soc2", []string{"a.b"}, "soc2", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rules, report, qids := parseFeedbackValue(tt.value)
			if !slices.Equal(rules, tt.rules) || report != tt.report || !slices.Equal(qids, tt.qids) {
				t.Errorf("parse(%q) = %q, %q, %q", tt.value, rules, report, qids)
			}
			if tt.name != "older buttons" {
				if got := feedbackValue(tt.rules, tt.report, tt.qids); got != tt.value {
					t.Errorf("feedbackValue = %q, want %q", got, tt.value)
				}
			}
		})
	}
}

func TestFeedbackValueFits(t *testing.T) {
	var rules, qids []string
	for i := range 300 {
		rules = append(rules, fmt.Sprintf("some.long.rule.name.%03d", i))
		qids = append(qids, fmt.Sprintf("QUESTION-%04d", i))
	}
	v := feedbackValue(rules, "soc2", qids)
	if len(v) > maxButtonValue {
		t.Fatalf("value is %d bytes, over %d", len(v), maxButtonValue)
	}
	r, report, q := parseFeedbackValue(v)
	if len(q) != 0 || report != "soc2" || len(r) == 0 || r[0] != rules[0] || !strings.HasPrefix(v, "rules:some.long.rule.name.000,") {
		t.Errorf("trimmed value keeps %d rules, %d questions, report %q; want question ids dropped first", len(r), len(q), report)
	}
}

func TestAnswerReport(t *testing.T) {
	item := func(report string) triage.Item { return triage.Item{Verdict: triage.Verdict{Report: report}} }
	tests := []struct {
		items []triage.Item
		want  string
	}{
		{nil, "none"},
		{[]triage.Item{item(triage.ReportSOC2), item(triage.ReportNone)}, "soc2"},
		{[]triage.Item{item(triage.ReportSOC1)}, "soc1"},
		{[]triage.Item{item(triage.ReportSOC1), item(triage.ReportSOC2)}, "both"},
		{[]triage.Item{item(triage.ReportBoth)}, "both"},
	}
	for _, tt := range tests {
		if got := answerReport(triage.Result{Items: tt.items}); got != tt.want {
			t.Errorf("answerReport(%d items) = %q, want %q", len(tt.items), got, tt.want)
		}
	}
}

// Question ids come from files: one cannot add fields to a vote, split into
// several ids, or carry a live mention in the button value.
func TestFeedbackValueHostileIDs(t *testing.T) {
	tests := []struct {
		name string
		qids []string
		want []string
	}{
		{"report injected", []string{"A-1;report:none"}, []string{"A-1 report:none"}},
		{"split", []string{"A-1,A-2"}, []string{"A-1 A-2"}},
		{"mention", []string{"<!channel>"}, []string{"!channel"}},
		{"separators only", []string{";,"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := feedbackValue([]string{"a.b"}, "soc2", tt.qids)
			rules, report, qids := parseFeedbackValue(v)
			if report != "soc2" || !slices.Equal(rules, []string{"a.b"}) || !slices.Equal(qids, tt.want) {
				t.Errorf("value %q parses to %q, %q, %q; want report soc2, questions %q", v, rules, report, qids, tt.want)
			}
			if strings.Contains(v, "<") {
				t.Errorf("value %q holds a raw <", v)
			}
		})
	}
}
