package triage

import (
	"os"
	"testing"
)

// The rules must keep their scores on the labelled set (testdata/eval). The floors sit
// a little under today's figures: a rule change that costs more than that fails here.
func TestLabelledSetFloors(t *testing.T) {
	f, err := os.Open("../../testdata/eval/labelled.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	qs, err := ReadLabelled(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) < 300 {
		t.Fatalf("labelled set has %d questions, want at least 300", len(qs))
	}
	e := mustEngine(t)
	vs := make([]Verdict, len(qs))
	for i, q := range qs {
		vs[i] = e.Classify(q.Question())
	}
	m := Score(qs, vs)
	floors := []struct {
		name      string
		got, want float64
	}{
		{"report accuracy", m.ReportAccuracy, 0.88},
		{"report macro-F1", m.ReportMacroF1, 0.85},
		{"category macro-F1 (soc2/both)", m.CategoriesSOC2MacroF1, 0.85},
		{"criteria hit@1", m.CriteriaHit1, 0.72},
		{"criteria hit@3", m.CriteriaHit3, 0.84},
		{"type accuracy", m.TypeAccuracy, 0.90},
		{"soc1_areas F1", m.SOC1Areas.F1, 0.65},
		{"artifacts F1", m.Artifacts.F1, 0.85},
	}
	for _, fl := range floors {
		if fl.got < fl.want {
			t.Errorf("%s = %.3f, below the floor %.2f", fl.name, fl.got, fl.want)
		}
	}
}
