package telemetry

import (
	"time"

	"github.com/socbot/socbot/internal/triage"
)

// The methods below give *Metrics the exact shapes its consumers declare, so
// that wiring is a field assignment:
//
//	m := telemetry.New(version.String())
//	bot.Deps{Metrics: m}                                     // bot.Metrics
//	state.Hooks{Error: m.StoreFailed, Degraded: m.SetDegraded}
//	llm.Hooks{Attempt: m.LLMAttempt, CacheHit: m.LLMCacheHit, Dropped: m.LLMDropped}
//
// Like every method of Metrics they are no-ops on a nil receiver.

// Envelope counts one Socket Mode envelope (bot.Metrics).
func (m *Metrics) Envelope(kind string) { m.EnvelopeReceived(kind) }

// Acked observes one acknowledgement (bot.Metrics). The histogram is not split
// by kind: the target, p99 under 20 ms, holds for every kind alike.
func (m *Metrics) Acked(_ string, d time.Duration) { m.AckLatency(d) }

// Answered records one answer on a surface: its latency, the verdict of each
// question and the unmatched ones (bot.Metrics).
func (m *Metrics) Answered(surface string, d time.Duration, res *triage.Result) {
	if m == nil {
		return
	}
	m.AnswerLatency(surface, d)
	if res == nil {
		return
	}
	for i := range res.Items {
		m.Verdict(res.Items[i].Report)
	}
	m.Unmatched(len(res.Summary.Unmatched))
}

// APICall counts one Slack Web API call by its outcome (bot.Metrics).
func (m *Metrics) APICall(method string, err error) {
	if m == nil {
		return
	}
	m.SlackCall(method, SlackStatus(err))
}

// Dropped counts work the bot turned away: "queue_full", "rate_limited", …
// (bot.Metrics).
func (m *Metrics) Dropped(reason string) {
	if m == nil {
		return
	}
	m.dropped.WithLabelValues(label(reason)).Inc()
}

// Panicked counts a handler that panicked and was recovered (bot.Metrics).
func (m *Metrics) Panicked(surface string) {
	if m == nil {
		return
	}
	m.panics.WithLabelValues(label(surface)).Inc()
}

// StoreFailed counts one failed Redis call (state.Hooks.Error). The error
// itself belongs in the logs, not in a label.
func (m *Metrics) StoreFailed(op string, _ error) { m.StoreError(op) }

// LLMAttempt records one HTTP request to the model with its outcome ("ok",
// "timeout", "rate_limited", …) (llm.Hooks.Attempt).
func (m *Metrics) LLMAttempt(op, outcome string, d time.Duration) {
	if outcome == "ok" {
		outcome = ""
	}
	m.LLMCall(op, d, outcome)
}

// LLMCacheHit counts an answer served from the cache (llm.Hooks.CacheHit).
func (m *Metrics) LLMCacheHit(op string) {
	if m == nil {
		return
	}
	m.llmCacheHits.WithLabelValues(label(op)).Inc()
}

// LLMDropped counts a model answer rejected by validation
// (llm.Hooks.Dropped).
func (m *Metrics) LLMDropped(op, reason string) {
	if m == nil {
		return
	}
	m.llmDropped.WithLabelValues(label(op), label(reason)).Inc()
}
