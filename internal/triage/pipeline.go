package triage

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Classifier classifies one question; *Engine is one.
type Classifier interface {
	Classify(q Question) Verdict
}

var _ Classifier = (*Engine)(nil)

// Model is the optional language model as the pipeline uses it (*llm.Client
// fits): it suggests verdicts for the questions no rule matched (Source
// SourceModel) and writes a summary. Whatever failed is in err; whatever
// succeeded is kept.
type Model interface {
	Enrich(ctx context.Context, res *Result) (summary string, suggested int, err error)
}

// Pipeline is the one way from questions to an answer, for the command line,
// the bot's messages and its files: classify each question, summarise, let
// the language model (when there is one) suggest verdicts and write a
// summary, then check coverage against the report inventory (when there is
// one). The bot runs it in two passes: Run without the model for the answer
// it posts at once, then Suggest for the edit.
type Pipeline struct {
	Classifier Classifier
	// Model is the language model; nil means rules only.
	Model Model
	// Cover fills the coverage fields of a result as of now; nil means no
	// report inventory.
	Cover func(res *Result, now time.Time)
	// Now is the clock for coverage; nil means time.Now.
	Now func() time.Time
	// ModelDone, when set, hears how many verdicts the model suggested and
	// what it failed at. A model that fails never fails the pipeline: the
	// rules' answer stands.
	ModelDone func(suggested int, err error)
}

// Run triages qs in order. progress, when set, hears after each question;
// when ctx ends, Run stops and returns its error.
func (p Pipeline) Run(ctx context.Context, qs []Question, progress func(done, total int)) (Result, error) {
	res, err := Classify(ctx, p.Classifier, qs, progress)
	if err != nil {
		return Result{}, err
	}
	n, merr := p.Suggest(ctx, &res)
	if p.Model != nil && p.ModelDone != nil {
		p.ModelDone(n, merr)
	}
	return res, nil
}

// RulesOnly is p without the language model.
func (p Pipeline) RulesOnly() Pipeline {
	p.Model = nil
	return p
}

// Suggest runs the pipeline's last two steps over res, a result of the
// classify and summarise steps (covered or not): the model, then coverage,
// so that a suggested verdict is covered like any other. The model may change
// only the verdicts of questions no rule matched, and only into suggestions;
// any other difference from res is undone. It returns the number of
// suggestions and what the model failed at.
func (p Pipeline) Suggest(ctx context.Context, res *Result) (int, error) {
	var (
		n   int
		err error
	)
	if p.Model != nil {
		rules := *res
		rules.Items = slices.Clone(res.Items)
		var summary string
		summary, _, err = p.Model.Enrich(ctx, res)
		n = keepRules(rules, res)
		res.Summary.Narrative = strings.TrimSpace(summary)
	}
	p.cover(res)
	return n, err
}

func (p Pipeline) cover(res *Result) {
	if p.Cover == nil {
		return
	}
	now := time.Now
	if p.Now != nil {
		now = p.Now
	}
	p.Cover(res, now())
}

// keepRules undoes every change to res but the suggestions for items rules
// left unmatched, and returns the number of suggestions kept.
func keepRules(rules Result, res *Result) int {
	res.Summary = rules.Summary
	if len(res.Items) != len(rules.Items) {
		res.Items = slices.Clone(rules.Items)
		return 0
	}
	n := 0
	for i, orig := range rules.Items {
		got := res.Items[i].Verdict
		res.Items[i] = orig
		if !orig.Unmatched || !got.Unmatched || !got.Suggested() {
			continue
		}
		res.Items[i].Verdict = got
		n++
	}
	return n
}

// Classify is the pipeline's first two steps: it classifies qs in order and
// summarises them. progress, when set, hears after each question; when ctx
// ends, Classify stops (it checks before every question) and returns ctx's
// error.
func Classify(ctx context.Context, c Classifier, qs []Question, progress func(done, total int)) (Result, error) {
	res := Result{Items: make([]Item, len(qs))}
	for i, q := range qs {
		if err := ctx.Err(); err != nil { // cheap next to a classification
			return Result{}, fmt.Errorf("triage: %w", err)
		}
		res.Items[i] = Item{Question: q, Verdict: c.Classify(q)}
		if progress != nil {
			progress(i+1, len(qs))
		}
	}
	res.Summary = Summarize(res.Items)
	return res, nil
}
