package triage

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"testing"
	"time"
)

func TestKeepRules(t *testing.T) {
	matched := Item{Question: Question{ID: "q1", Text: "Do you encrypt?"},
		Verdict: Verdict{Report: ReportSOC2, Type: Type2, Evidence: []Evidence{{Rule: "enc"}}}}
	open := Item{Question: Question{ID: "q2", Text: "Bug bounty?"}, Verdict: Verdict{Report: ReportNone, Unmatched: true}}
	rules := Result{Items: []Item{matched, open}, Summary: Summary{Headline: "rules"}}
	suggestion := Verdict{Report: ReportSOC2, Unmatched: true, Evidence: []Evidence{{Rule: "llm", Reason: SuggestedReason}}, Source: SourceModel}

	tests := []struct {
		name      string
		change    func(r *Result)
		suggested int
		want      []Verdict
	}{
		{"suggestion on an unmatched item kept", func(r *Result) { r.Items[1].Verdict = suggestion }, 1,
			[]Verdict{matched.Verdict, suggestion}},
		{"rule verdict overwritten: undone", func(r *Result) { r.Items[0].Verdict = suggestion }, 0,
			[]Verdict{matched.Verdict, open.Verdict}},
		{"unmarked verdict on an unmatched item: undone", func(r *Result) {
			r.Items[1].Verdict = Verdict{Report: ReportSOC1, Unmatched: true}
		}, 0, []Verdict{matched.Verdict, open.Verdict}},
		{"suggestion that drops Unmatched: undone", func(r *Result) {
			v := suggestion
			v.Unmatched = false
			r.Items[1].Verdict = v
		}, 0, []Verdict{matched.Verdict, open.Verdict}},
		{"items added: all undone", func(r *Result) { r.Items = append(r.Items, open) }, 0,
			[]Verdict{matched.Verdict, open.Verdict}},
		{"summary changed: undone", func(r *Result) { r.Summary.Headline = "model" }, 0,
			[]Verdict{matched.Verdict, open.Verdict}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := rules
			res.Items = append([]Item(nil), rules.Items...)
			tt.change(&res)
			if got := keepRules(rules, &res); got != tt.suggested {
				t.Errorf("suggestions kept = %d, want %d", got, tt.suggested)
			}
			if len(res.Items) != len(tt.want) || res.Summary.Headline != "rules" {
				t.Fatalf("items %d, headline %q", len(res.Items), res.Summary.Headline)
			}
			for i, w := range tt.want {
				if got := res.Items[i].Verdict; got.Report != w.Report || got.Unmatched != w.Unmatched || got.Suggested() != w.Suggested() {
					t.Errorf("item %d verdict = %+v, want %+v", i, got, w)
				}
			}
		})
	}
}

// cancelAfter classifies everything unmatched and cancels its context once it
// has classified n questions.
type cancelAfter struct {
	n, seen int
	cancel  context.CancelFunc
}

func (c *cancelAfter) Classify(Question) Verdict {
	if c.seen++; c.seen == c.n {
		c.cancel()
	}
	return Verdict{Report: ReportNone, Unmatched: true}
}

func sameQuestions(n int) []Question {
	qs := make([]Question, n)
	for i := range qs {
		qs[i] = Question{ID: fmt.Sprintf("q%d", i+1), Text: "Do you encrypt backups?"}
	}
	return qs
}

// The pipeline stops at the first question after its context ends, not at
// the end of a batch: a file's deadline holds between any two questions.
func TestPipelineStopsAtTheNextQuestion(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	c := &cancelAfter{n: 3, cancel: cancel}
	if _, err := (Pipeline{Classifier: c}).Run(ctx, sameQuestions(500), nil); !errors.Is(err, context.Canceled) {
		t.Errorf("Run err = %v, want context.Canceled", err)
	}
	if c.seen != 3 {
		t.Errorf("classified %d questions after the cancel at 3, want none more", c.seen)
	}
}

func TestPipelineProgressAndSameAsTriageQuestions(t *testing.T) {
	eng := mustEngine(t)
	qs := []Question{{ID: "1", Text: "Do you have a SOC 2 Type II report?"}, {ID: "2", Text: "How do you ensure payroll is calculated correctly?"},
		{ID: "3", Text: "Describe your mascot."}}
	var seen []int
	res, err := Pipeline{Classifier: eng}.Run(context.Background(), qs, func(done, total int) { seen = append(seen, done*10+total) })
	if err != nil {
		t.Fatal(err)
	}
	if want := eng.TriageQuestions(qs); !reflect.DeepEqual(res, want) {
		t.Errorf("Run differs from TriageQuestions:\n got %+v\nwant %+v", res, want)
	}
	if !slices.Equal(seen, []int{13, 23, 33}) {
		t.Errorf("progress calls %v, want after each of the 3 questions", seen)
	}
}

// suggestAll is a model that suggests SOC 2 for every question and says so.
type suggestAll struct{ err error }

func (m suggestAll) Enrich(_ context.Context, res *Result) (string, int, error) {
	n := 0
	for i := range res.Items {
		res.Items[i].Verdict = Verdict{Report: ReportSOC2, Type: Type2, Unmatched: true, Source: SourceModel}
		n++
	}
	return " In short: SOC 2. ", n, m.err
}

// The steps run in one order: classify, summarise, model, coverage. Coverage
// sees the model's suggestions; the rules' verdicts and summary stand.
func TestPipelineOrder(t *testing.T) {
	eng := mustEngine(t)
	qs := []Question{{ID: "q1", Text: "How do you ensure payroll is calculated correctly?"}, {ID: "q2", Text: "Describe your mascot."}}
	rules := eng.TriageQuestions(qs)
	for _, tt := range []struct {
		name     string
		model    Model
		wantQ2   Source
		wantNote string
		wantErr  bool
	}{
		{"rules only", nil, SourceRules, "", false},
		{"model", suggestAll{}, SourceModel, "In short: SOC 2.", false},
		{"model fails in part", suggestAll{err: errors.New("summary timed out")}, SourceModel, "In short: SOC 2.", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var covered []Source
			var modelErr error
			p := Pipeline{Classifier: eng, Model: tt.model,
				Cover: func(res *Result, _ time.Time) {
					for _, it := range res.Items {
						covered = append(covered, it.Source)
					}
				},
				ModelDone: func(_ int, err error) { modelErr = err },
			}
			res, err := p.Run(context.Background(), qs, nil)
			if err != nil {
				t.Fatal(err)
			}
			if want := []Source{SourceRules, tt.wantQ2}; !slices.Equal(covered, want) {
				t.Errorf("coverage saw sources %q, want %q (coverage after the model)", covered, want)
			}
			if !reflect.DeepEqual(res.Items[0].Verdict, rules.Items[0].Verdict) || res.Summary.Headline != rules.Summary.Headline {
				t.Errorf("the rules' verdict or headline changed: %+v, %q", res.Items[0].Verdict, res.Summary.Headline)
			}
			if res.Summary.Narrative != tt.wantNote || (modelErr != nil) != tt.wantErr {
				t.Errorf("narrative %q, model error %v; want %q, error %v", res.Summary.Narrative, modelErr, tt.wantNote, tt.wantErr)
			}
		})
	}
}
