package questionnaire

import (
	"context"
	"fmt"

	"github.com/socbot/socbot/internal/triage"
)

// Classifier triages one question; *triage.Engine is one.
type Classifier interface {
	Classify(q triage.Question) triage.Verdict
}

var _ Classifier = (*triage.Engine)(nil)

// Triage classifies doc's questions in order, like Engine.TriageQuestions, but
// reports progress after each question and stops when ctx ends. progress may
// be nil.
func Triage(ctx context.Context, c Classifier, doc *Doc, progress func(done, total int)) (triage.Result, error) {
	res := triage.Result{Items: make([]triage.Item, len(doc.Questions))}
	for i, q := range doc.Questions {
		if ctx.Err() != nil { // cheap next to a classification
			return triage.Result{}, fmt.Errorf("triage %s: %w", doc.Name, ctx.Err())
		}
		res.Items[i] = triage.Item{Question: q, Verdict: c.Classify(q)}
		if progress != nil {
			progress(i+1, len(doc.Questions))
		}
	}
	res.Summary = triage.Summarize(res.Items)
	return res, nil
}
