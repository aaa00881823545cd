package triage

// Engine holds the compiled rule table. It is safe for concurrent use.
type Engine struct{}

// NewEngine compiles the embedded rule table, validating every rule.
func NewEngine() (*Engine, error) { return &Engine{}, nil }

// Classify triages one question. The question's Section is used as context.
func (e *Engine) Classify(q Question) Verdict {
	return Verdict{Report: ReportNone, Unmatched: true}
}

// TriageQuestions classifies questions in order and summarises them.
func (e *Engine) TriageQuestions(qs []Question) Result {
	res := Result{Items: make([]Item, len(qs))}
	for i, q := range qs {
		res.Items[i] = Item{Question: q, Verdict: e.Classify(q)}
	}
	res.Summary = Summarize(res.Items)
	return res
}

// Triage splits pasted text into questions and triages them.
func (e *Engine) Triage(text string) Result { return e.TriageQuestions(Split(text)) }

// Summarize says what to send for a set of triaged questions.
func Summarize(items []Item) Summary { return Summary{Total: len(items)} }
