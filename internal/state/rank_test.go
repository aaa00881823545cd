package state

import (
	"reflect"
	"testing"
)

func TestRankRules(t *testing.T) {
	cases := []struct {
		name string
		fb   []Feedback
		want []RuleScore
	}{
		{"none", nil, []RuleScore{}},
		{"most 👎 first", []Feedback{
			{Vote: Down, Rules: []string{"a"}},
			{Vote: Down, Rules: []string{"b"}},
			{Vote: Down, Rules: []string{"b"}},
		}, []RuleScore{{Rule: "b", Down: 2}, {Rule: "a", Down: 1}}},
		{"ties broken by fewer 👍, then name", []Feedback{
			{Vote: Down, Rules: []string{"c", "b", "a"}},
			{Vote: Up, Rules: []string{"a"}},
		}, []RuleScore{{Rule: "b", Down: 1}, {Rule: "c", Down: 1}, {Rule: "a", Down: 1, Up: 1}}},
		{"a rule counted once per vote", []Feedback{
			{Vote: Down, Rules: []string{"a", "a", ""}},
		}, []RuleScore{{Rule: "a", Down: 1}}},
		{"only 👍", []Feedback{{Vote: Up, Rules: []string{"a"}}}, []RuleScore{{Rule: "a", Up: 1}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := RankRules(c.fb); !reflect.DeepEqual(got, c.want) {
				t.Errorf("RankRules mismatch:\n got %+v\nwant %+v", got, c.want)
			}
		})
	}
}
