package triage_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/socbot/socbot/internal/triage"
)

// Every labelled set in testdata/eval (every *.jsonl there except the held-out halves,
// *.holdout.jsonl, which are scored once and never pinned) has a pinned record in
// testdata/eval/pinned/<set>.json: each question's verdict, which of its fields are
// known misses and why, and the set's figures. TestPinnedEval fails when
//
//   - a field that is right (equal to the label) becomes wrong: a regression;
//   - a known miss has no reason written next to it;
//   - a figure falls more than pinnedSlack below its pinned value;
//   - the record is stale: a verdict, a miss or a figure differs from what the rules
//     give today, including misses that are now right.
//
// After a deliberate rule change, refresh the record and review its diff:
//
//	go test ./internal/triage -run TestPinnedEval -update
//
// The refresh keeps the reasons of misses that stay, and writes new misses with an
// empty reason, which fails until somebody writes down why the question is missed.
var updatePinned = flag.Bool("update", false, "rewrite testdata/eval/pinned/*.json from the current rules")

const (
	evalDir       = "../../testdata/eval"
	pinnedDir     = evalDir + "/pinned"
	pinnedSlack   = 0.01
	updateCommand = "go test ./internal/triage -run TestPinnedEval -update"
)

// The judged fields of a verdict. criteria is right when a labelled criterion is among
// the first three given (hit@3) and is judged only on questions labelled with criteria;
// criteria@1 is the same for the first one; the others are right when equal to the label
// (soc1_areas and artifacts as sets).
var pinnedFields = []string{"report", "type", "criteria", "criteria@1", "soc1_areas", "artifacts"}

type pinnedQuestion struct {
	ID        string            `json:"id"`
	Report    string            `json:"report"`
	Type      string            `json:"type"`
	Criteria  []string          `json:"criteria"` // the first three given
	SOC1Areas []string          `json:"soc1_areas"`
	Artifacts []string          `json:"artifacts"`
	Misses    map[string]string `json:"misses,omitempty"` // field -> why it is missed
}

type pinnedSet struct {
	Set       string             `json:"set"`
	Figures   map[string]float64 `json:"figures"`
	Questions []pinnedQuestion   `json:"questions"`
}

func TestPinnedEval(t *testing.T) {
	sets := evalSets(t)
	if len(sets) == 0 {
		t.Fatalf("no labelled sets in %s", evalDir)
	}
	eng, err := triage.NewEngine()
	if err != nil {
		t.Fatal(err)
	}
	for _, set := range sets {
		t.Run(set, func(t *testing.T) {
			qs := readSet(t, filepath.Join(evalDir, set))
			got := pinNow(eng, set, qs)
			path := filepath.Join(pinnedDir, strings.TrimSuffix(set, ".jsonl")+".json")
			old, err := readPinned(path)
			if *updatePinned {
				if err == nil {
					keepReasons(&got, old)
				}
				writePinned(t, path, got)
				return
			}
			if err != nil {
				t.Fatalf("%v\nno pinned record for %s: create it with\n\t%s", err, set, updateCommand)
			}
			comparePinned(t, old, got)
		})
	}
}

// evalSets lists the labelled sets the pins apply to.
func evalSets(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(evalDir, "*.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var sets []string
	for _, p := range paths {
		if name := filepath.Base(p); !strings.HasSuffix(name, ".holdout.jsonl") {
			sets = append(sets, name)
		}
	}
	return sets
}

func readSet(t *testing.T, path string) []triage.LabelledQuestion {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	qs, err := triage.ReadLabelled(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return qs
}

// pinNow classifies a set and records what the rules give today.
func pinNow(eng *triage.Engine, set string, qs []triage.LabelledQuestion) pinnedSet {
	vs := make([]triage.Verdict, len(qs))
	p := pinnedSet{Set: set, Questions: make([]pinnedQuestion, len(qs))}
	for i, q := range qs {
		v := eng.Classify(q.Question())
		vs[i] = v
		pq := pinnedQuestion{
			ID: q.ID, Report: v.Report, Type: v.Type,
			Criteria:  nonNil(v.Criteria[:min(3, len(v.Criteria))]),
			SOC1Areas: nonNil(v.SOC1Areas), Artifacts: nonNil(v.Artifacts),
		}
		for _, f := range pinnedFields {
			if right, judged := fieldRight(f, q.Labels, v); judged && !right {
				if pq.Misses == nil {
					pq.Misses = map[string]string{}
				}
				pq.Misses[f] = ""
			}
		}
		p.Questions[i] = pq
	}
	p.Figures = figures(qs, vs)
	return p
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return slices.Clone(s)
}

// fieldRight says whether field f of v agrees with the labels, and whether the field
// is judged on this question at all.
func fieldRight(f string, l triage.Labels, v triage.Verdict) (right, judged bool) {
	switch f {
	case "report":
		return v.Report == l.Report, true
	case "type":
		return v.Type == l.Type, true
	case "criteria", "criteria@1":
		if len(l.Criteria) == 0 {
			return false, false
		}
		n := 3
		if f == "criteria@1" {
			n = 1
		}
		for _, c := range v.Criteria[:min(n, len(v.Criteria))] {
			if slices.Contains(l.Criteria, c) {
				return true, true
			}
		}
		return false, true
	case "soc1_areas":
		return sameSet(v.SOC1Areas, l.SOC1Areas), true
	case "artifacts":
		return sameSet(v.Artifacts, l.Artifacts), true
	}
	panic("unknown field " + f)
}

func sameSet(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	for _, x := range b {
		if !slices.Contains(a, x) {
			return false
		}
	}
	return true
}

// figures are every metric socbot eval prints for a set, plus the recall of the Type 1
// questions (type accuracy barely moves when the few of them are lost).
func figures(qs []triage.LabelledQuestion, vs []triage.Verdict) map[string]float64 {
	m := triage.Score(qs, vs)
	f := map[string]float64{
		"report accuracy":               m.ReportAccuracy,
		"report macro-F1":               m.ReportMacroF1,
		"category macro-F1 (soc2/both)": m.CategoriesSOC2MacroF1,
		"category macro-F1 (all)":       m.CategoriesAllMacroF1,
		"criteria hit@1":                m.CriteriaHit1,
		"criteria hit@3":                m.CriteriaHit3,
		"type accuracy":                 m.TypeAccuracy,
	}
	for _, r := range triage.AllReports {
		f["report "+r+" F1"] = m.Report[r].F1
	}
	for _, c := range triage.AllCategories {
		f["category "+c+" F1 (soc2/both)"] = m.CategoriesSOC2[c].F1
	}
	for name, p := range map[string]triage.PRF{"soc1_areas": m.SOC1Areas, "artifacts": m.Artifacts} {
		f[name+" precision"] = p.Precision
		f[name+" recall"] = p.Recall
		f[name+" F1"] = p.F1
	}
	var type1, found int
	for i, q := range qs {
		if q.Labels.Type == triage.Type1 {
			type1++
			if vs[i].Type == triage.Type1 {
				found++
			}
		}
	}
	f["type1 recall"] = 1 // no Type 1 question: nothing to lose
	if type1 > 0 {
		f["type1 recall"] = float64(found) / float64(type1)
	}
	for k, v := range f {
		f[k] = math.Round(v*1000) / 1000
	}
	return f
}

func comparePinned(t *testing.T, old, got pinnedSet) {
	t.Helper()
	var regressions, floors, stale, unexplained []string
	pinned := map[string]pinnedQuestion{}
	for _, q := range old.Questions {
		pinned[q.ID] = q
	}
	for _, q := range got.Questions {
		p, ok := pinned[q.ID]
		if !ok {
			stale = append(stale, q.ID+": not pinned yet")
			continue
		}
		delete(pinned, q.ID)
		var broke []string
		for _, f := range pinnedFields {
			_, wasMiss := p.Misses[f]
			_, isMiss := q.Misses[f]
			switch {
			case isMiss && !wasMiss:
				broke = append(broke, f)
			case wasMiss && !isMiss:
				stale = append(stale, fmt.Sprintf("%s: %s was a known miss and is now right", q.ID, f))
			case wasMiss && strings.TrimSpace(p.Misses[f]) == "":
				unexplained = append(unexplained, fmt.Sprintf("%s: %s", q.ID, f))
			}
		}
		if len(broke) > 0 {
			regressions = append(regressions, fmt.Sprintf("%s: %s right before, wrong now: got %s", q.ID, strings.Join(broke, ", "), q.describe()))
		}
		if p.describe() != q.describe() {
			stale = append(stale, fmt.Sprintf("%s: pinned %s, now %s", q.ID, p.describe(), q.describe()))
		}
	}
	for id := range pinned {
		stale = append(stale, id+": pinned but no longer in the set")
	}
	for name, want := range old.Figures {
		g, ok := got.Figures[name]
		switch {
		case !ok:
			stale = append(stale, fmt.Sprintf("figure %q is no longer measured", name))
		case g < want-pinnedSlack-1e-9:
			floors = append(floors, fmt.Sprintf("%s = %.3f, below its floor %.3f (pinned %.3f)", name, g, want-pinnedSlack, want))
		case g != want:
			stale = append(stale, fmt.Sprintf("%s = %.3f, pinned %.3f", name, g, want))
		}
	}
	for name := range got.Figures {
		if _, ok := old.Figures[name]; !ok {
			stale = append(stale, fmt.Sprintf("figure %q is not pinned yet", name))
		}
	}
	sort.Strings(floors)
	sort.Strings(stale)
	report := func(what string, lines []string) {
		if len(lines) > 0 {
			t.Errorf("%s: %d %s:\n\t%s", old.Set, len(lines), what, strings.Join(lines, "\n\t"))
		}
	}
	report("regressions (right before, wrong now)", regressions)
	report("figures below their floor", floors)
	report("known misses without a reason (write one in the pinned record)", unexplained)
	report("changes not yet pinned", stale)
	if len(regressions)+len(floors)+len(unexplained)+len(stale) > 0 {
		t.Errorf("if the change is deliberate, refresh %s and review its diff (new misses need a reason):\n\t%s",
			filepath.Join("testdata/eval/pinned", filepath.Base(strings.TrimSuffix(old.Set, ".jsonl")+".json")), updateCommand)
	}
}

func (q pinnedQuestion) describe() string {
	return fmt.Sprintf("report=%s type=%s criteria=%v soc1_areas=%v artifacts=%v",
		q.Report, q.Type, q.Criteria, q.SOC1Areas, q.Artifacts)
}

func keepReasons(got *pinnedSet, old pinnedSet) {
	reasons := map[string]map[string]string{}
	for _, q := range old.Questions {
		reasons[q.ID] = q.Misses
	}
	for i := range got.Questions {
		q := &got.Questions[i]
		for f := range q.Misses {
			q.Misses[f] = reasons[q.ID][f]
		}
	}
}

func readPinned(path string) (pinnedSet, error) {
	var p pinnedSet
	b, err := os.ReadFile(path)
	if err != nil {
		return p, err
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		return p, fmt.Errorf("%s: %w", path, err)
	}
	return p, nil
}

// writePinned writes one question per line, so that a rule change reads as a diff of
// the questions it moved.
func writePinned(t *testing.T, path string, p pinnedSet) {
	t.Helper()
	var b bytes.Buffer
	fmt.Fprintf(&b, "{\n\"set\": %q,\n\"figures\": {\n", p.Set)
	names := make([]string, 0, len(p.Figures))
	for n := range p.Figures {
		names = append(names, n)
	}
	sort.Strings(names)
	for i, n := range names {
		fmt.Fprintf(&b, "  %q: %.3f%s\n", n, p.Figures[n], comma(i, len(names)))
	}
	b.WriteString("},\n\"questions\": [\n")
	for i, q := range p.Questions {
		line, err := json.Marshal(q)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "  %s%s\n", line, comma(i, len(p.Questions)))
	}
	b.WriteString("]\n}\n")
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func comma(i, n int) string {
	if i < n-1 {
		return ","
	}
	return ""
}
