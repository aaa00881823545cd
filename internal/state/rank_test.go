package state

import (
	"reflect"
	"testing"

	"github.com/socbot/socbot/internal/triage"
)

func TestRankRules(t *testing.T) {
	cases := []struct {
		name string
		fb   []triage.Feedback
		want []RuleScore
	}{
		{"none", nil, []RuleScore{}},
		{"most 👎 first", []triage.Feedback{
			{Vote: triage.VoteDown, Rules: []string{"a"}},
			{Vote: triage.VoteDown, Rules: []string{"b"}},
			{Vote: triage.VoteDown, Rules: []string{"b"}},
		}, []RuleScore{{Rule: "b", Down: 2}, {Rule: "a", Down: 1}}},
		{"ties broken by fewer 👍, then name", []triage.Feedback{
			{Vote: triage.VoteDown, Rules: []string{"c", "b", "a"}},
			{Vote: triage.VoteUp, Rules: []string{"a"}},
		}, []RuleScore{{Rule: "b", Down: 1}, {Rule: "c", Down: 1}, {Rule: "a", Down: 1, Up: 1}}},
		{"a rule counted once per vote", []triage.Feedback{
			{Vote: triage.VoteDown, Rules: []string{"a", "a", ""}},
		}, []RuleScore{{Rule: "a", Down: 1}}},
		{"only 👍", []triage.Feedback{{Vote: triage.VoteUp, Rules: []string{"a"}}}, []RuleScore{{Rule: "a", Up: 1}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := RankRules(c.fb); !reflect.DeepEqual(got, c.want) {
				t.Errorf("RankRules mismatch:\n got %+v\nwant %+v", got, c.want)
			}
		})
	}
}
