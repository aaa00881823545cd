package inventory

import (
	"cmp"
	"fmt"
	"slices"
	"testing"
)

// largeMatrix is a report with n controls spread over three criteria, a third
// of them addressing two or three at once, with titles drawn from a few words
// so that many controls tie on their text.
func largeMatrix(n int) *Report {
	words := []string{"access", "review", "encrypt", "backup", "incident", "vendor", "quarterly", "keys"}
	crits := [][]string{{"CC6.1"}, {"CC6.3"}, {"CC7.2"}, {"CC6.1", "CC6.3"}, {"CC7.2", "CC6.1", "CC6.3"}, {"CC6.3", "CC7.2"}}
	r := &Report{Name: "Large SOC 2", Kind: KindSOC2}
	for i := range n {
		r.Controls = append(r.Controls, Control{
			ID:       fmt.Sprintf("X-%05d", i),
			Title:    words[i%len(words)] + " " + words[(i/3)%len(words)],
			Criteria: crits[i%len(crits)],
		})
	}
	r.indexControls()
	return r
}

// citeByScan is the citation of controls as it read before the dedupe used a
// set: every candidate looked for among those already taken. It is the
// reference the set must agree with, order included.
func citeByScan(inv *Inventory, r *Report, need []string, q *question) []string {
	type cand struct {
		at    int
		score float64
	}
	var cands []cand
	for k, x := range need {
		for _, at := range r.byKey[x] {
			if slices.ContainsFunc(cands, func(c cand) bool { return c.at == at }) {
				continue
			}
			cands = append(cands, cand{at, citeCriteriaWeight/float64(k+1) + inv.similarity(r, &r.Controls[at], q)})
		}
	}
	slices.SortStableFunc(cands, func(a, b cand) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		return cmp.Compare(a.at, b.at)
	})
	var ids []string
	for _, c := range cands[:min(len(cands), maxCited)] {
		ids = append(ids, r.Controls[c.at].ID)
	}
	return ids
}

// With thousands of controls under the same criteria, each control is cited
// once, under its best criterion, in the order the scan gave.
func TestCiteManyControls(t *testing.T) {
	t.Parallel()
	r := largeMatrix(3000)
	inv := &Inventory{}
	for _, tc := range []struct {
		need     []string
		question string
	}{
		{[]string{"CC6.3", "CC6.1", "CC7.2"}, "Do you review access quarterly?"},
		{[]string{"CC7.2", "CC6.3"}, "How are incidents with a vendor handled?"},
		{[]string{"CC6.1", "CC6.3", "CC7.2"}, "Nothing any control says"},
		{[]string{"CC6.1"}, "Are backup keys encrypted?"},
	} {
		got := inv.cite(r, tc.need, &question{text: tc.question})
		var ids []string
		for _, c := range got {
			if slices.Contains(ids, c.ID) {
				t.Errorf("%v %q: %s cited twice", tc.need, tc.question, c.ID)
			}
			ids = append(ids, c.ID)
		}
		if want := citeByScan(inv, r, tc.need, &question{text: tc.question}); !slices.Equal(ids, want) {
			t.Errorf("%v %q: cited %v, want %v", tc.need, tc.question, ids, want)
		}
	}
}

// BenchmarkCiteLargeMatrix cites from 20,000 controls that all address the
// question's three criteria: the cost grows with the matrix, not with its
// square.
func BenchmarkCiteLargeMatrix(b *testing.B) {
	for _, n := range []int{2000, 20000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			r := largeMatrix(n)
			inv := &Inventory{}
			need := []string{"CC6.3", "CC6.1", "CC7.2"}
			b.ReportAllocs()
			for b.Loop() {
				inv.cite(r, need, &question{text: "Do you review access quarterly?"})
			}
		})
	}
}
