package inventory

import (
	"cmp"
	"math"
	"slices"

	"github.com/socbot/socbot/internal/triage"
)

// maxCited is how many controls of one report an answer names.
const maxCited = 3

// indexControls reads the words of every control's text once, and how rare
// each word is among the report's controls: a word few controls use says more
// about which control a question means.
func (r *Report) indexControls() {
	df := map[string]int{}
	for j := range r.Controls {
		c := &r.Controls[j]
		c.words = triage.Words(c.Title + "\n" + c.Objective)
		for _, w := range c.words {
			df[w]++
		}
	}
	r.byKey = map[string][]int{}
	for j, c := range r.Controls {
		for _, k := range append(slices.Clone(c.Criteria), c.Areas...) {
			r.byKey[k] = append(r.byKey[k], j)
		}
	}
	r.idf = make(map[string]float64, len(df))
	for w, n := range df {
		r.idf[w] = math.Log(1 + float64(len(r.Controls))/float64(n))
	}
}

// question is the question being covered; its words are read once, when a
// report with controls first needs them.
type question struct {
	text  string
	words []string
	read  bool
}

func (q *question) wordsOf() []string {
	if !q.read {
		q.words, q.read = triage.Words(q.text), true
	}
	return q.words
}

// needKeys is what a report's controls must address for verdict v: the
// verdict's criteria for a SOC 2, its SOC 1 areas for a SOC 1.
func needKeys(kind string, v triage.Verdict) []string {
	if kind == KindSOC1 {
		return v.SOC1Areas
	}
	return v.Criteria
}

// cite names up to maxCited controls of r that address one of need (best
// first in need), ranked by the criteria they address, then by how closely
// their activity text matches the question; ties keep the matrix's order.
func (inv *Inventory) cite(r *Report, need []string, q *question) []triage.Citation {
	type cand struct {
		at    int // index in r.Controls
		score float64
	}
	var cands []cand
	// A control addressing several of need is scored once, under the
	// earliest (best) of them. Only a later key can repeat a control; it is
	// looked for among the few candidates by a scan, among many in a set,
	// since a large matrix puts thousands of controls under one criterion.
	var listed map[int]bool
	taken := func(at int) bool {
		if listed == nil && len(cands) > citeScanMax {
			listed = make(map[int]bool, len(cands))
			for _, c := range cands {
				listed[c.at] = true
			}
		}
		if listed != nil {
			return listed[at]
		}
		return slices.ContainsFunc(cands, func(c cand) bool { return c.at == at })
	}
	for k, x := range need {
		for _, at := range r.byKey[x] {
			if k > 0 && taken(at) {
				continue // listed under an earlier, better criterion
			}
			if listed != nil {
				listed[at] = true
			}
			crit := 1 / float64(k+1)
			cands = append(cands, cand{at: at, score: citeCriteriaWeight*crit + inv.similarity(r, &r.Controls[at], q)})
		}
	}
	slices.SortStableFunc(cands, func(a, b cand) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		return cmp.Compare(a.at, b.at)
	})
	out := make([]triage.Citation, 0, min(len(cands), maxCited))
	for _, x := range cands[:min(len(cands), maxCited)] {
		c := &r.Controls[x.at]
		var addr []string
		for _, k := range need {
			if c.addresses(k) {
				addr = append(addr, k)
			}
		}
		out = append(out, triage.Citation{
			Report: r.Name, ID: c.ID, Title: c.Title, Criteria: addr, Ref: c.Ref, Exception: c.Exception,
		})
	}
	return out
}

// citeScanMax is how many candidates a repeated control is looked for among
// by a scan before a set is worth its allocation.
const citeScanMax = 32

// citeCriteriaWeight is what addressing the verdict's first criterion is worth
// against the text's likeness: a control of the question's first criterion
// comes first unless another reads much more like the question.
const citeCriteriaWeight = 3.0

func (inv *Inventory) similarity(r *Report, c *Control, q *question) float64 {
	return triage.SharedWeight(q.wordsOf(), c.words, func(w string) float64 { return r.idf[w] })
}
