package state

import (
	"sort"

	"github.com/socbot/socbot/internal/triage"
)

// RuleScore counts the votes on answers that a rule took part in.
type RuleScore struct {
	Rule string `json:"rule"`
	Down int    `json:"down"`
	Up   int    `json:"up"`
}

// RankRules counts votes per rule and orders the rules by 👎 (most first), then by
// fewest 👍, then by name. A rule named twice in one vote counts once.
func RankRules(fb []triage.Feedback) []RuleScore {
	byRule := map[string]*RuleScore{}
	for _, f := range fb {
		seen := map[string]bool{}
		for _, r := range f.Rules {
			if r == "" || seen[r] {
				continue
			}
			seen[r] = true
			s := byRule[r]
			if s == nil {
				s = &RuleScore{Rule: r}
				byRule[r] = s
			}
			switch f.Vote {
			case triage.VoteDown:
				s.Down++
			case triage.VoteUp:
				s.Up++
			}
		}
	}
	out := make([]RuleScore, 0, len(byRule))
	for _, s := range byRule {
		out = append(out, *s)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Down != b.Down {
			return a.Down > b.Down
		}
		if a.Up != b.Up {
			return a.Up < b.Up
		}
		return a.Rule < b.Rule
	})
	return out
}
