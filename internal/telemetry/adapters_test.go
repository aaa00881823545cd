package telemetry

import (
	"errors"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"github.com/socbot/socbot/internal/triage"
)

// Copies of the shapes the consumers declare (bot.Metrics, state.Hooks,
// llm.Hooks); this package cannot import them, so a drift shows here first
// and in cmd's wiring second.
type botMetrics interface {
	Envelope(kind string)
	Acked(kind string, d time.Duration)
	Answered(surface string, d time.Duration, res *triage.Result)
	APICall(method string, err error)
	Dropped(reason string)
	Panicked(surface string)
	Feedback(vote string)
}

var _ botMetrics = (*Metrics)(nil)

var _ = struct {
	Error    func(op string, err error)
	Degraded func(degraded bool)
}{(*Metrics)(nil).StoreFailed, (*Metrics)(nil).SetDegraded}

var _ = struct {
	Attempt  func(op, outcome string, latency time.Duration)
	CacheHit func(op string)
	Dropped  func(op, reason string)
}{(*Metrics)(nil).LLMAttempt, (*Metrics)(nil).LLMCacheHit, (*Metrics)(nil).LLMDropped}

func TestAdapters(t *testing.T) {
	t.Parallel()
	m := New("t")
	var bm botMetrics = m
	bm.Envelope("events_api")
	bm.Acked("events_api", time.Millisecond)
	bm.Answered("dm", 80*time.Millisecond, &triage.Result{
		Items: []triage.Item{
			{Verdict: triage.Verdict{Report: "soc2"}},
			{Verdict: triage.Verdict{Report: "soc2"}},
			{Verdict: triage.Verdict{Report: "both"}},
			{Verdict: triage.Verdict{Report: "none"}},
		},
		Summary: triage.Summary{Unmatched: []string{"q4"}},
	})
	bm.Answered("slash", time.Millisecond, nil)
	bm.APICall("chat.update", slack.SlackErrorResponse{Err: "message_not_found"})
	bm.APICall("chat.update", nil)
	bm.Dropped("queue_full")
	bm.Panicked("mention")
	bm.Feedback("up")
	m.StoreFailed("claim", errors.New("i/o timeout"))
	m.LLMAttempt("summary", "ok", time.Second)
	m.LLMAttempt("summary", "rate_limited", time.Second)
	m.LLMCacheHit("summary")
	m.LLMDropped("classify", "criteria")

	body := scrape(t, m)
	for series, want := range map[string]float64{
		`socbot_envelopes_received_total{type="events_api"}`:                            1,
		`socbot_ack_latency_seconds_count`:                                              1,
		`socbot_answer_latency_seconds_count{surface="dm"}`:                             1,
		`socbot_answer_latency_seconds_count{surface="slash"}`:                          1,
		`socbot_verdicts_total{report="soc2"}`:                                          2,
		`socbot_verdicts_total{report="both"}`:                                          1,
		`socbot_verdicts_total{report="none"}`:                                          1,
		`socbot_unmatched_questions_total`:                                              1,
		`socbot_slack_api_calls_total{method="chat.update",status="message_not_found"}`: 1,
		`socbot_slack_api_calls_total{method="chat.update",status="ok"}`:                1,
		`socbot_dropped_total{reason="queue_full"}`:                                     1,
		`socbot_panics_total{surface="mention"}`:                                        1,
		`socbot_feedback_total{vote="up"}`:                                              1,
		`socbot_store_errors_total{op="claim"}`:                                         1,
		`socbot_llm_calls_total{kind="summary",result="ok"}`:                            1,
		`socbot_llm_calls_total{kind="summary",result="rate_limited"}`:                  1,
		`socbot_llm_cache_hits_total{kind="summary"}`:                                   1,
		`socbot_llm_dropped_answers_total{kind="classify",reason="criteria"}`:           1,
	} {
		if got := sample(t, body, series); got != want {
			t.Errorf("%s = %v, want %v", series, got, want)
		}
	}

	var nilM *Metrics
	nilM.Answered("dm", time.Second, &triage.Result{})
	nilM.APICall("x", nil)
	nilM.Dropped("x")
	nilM.Panicked("x")
	nilM.StoreFailed("x", nil)
	nilM.LLMAttempt("x", "ok", 0)
	nilM.LLMCacheHit("x")
	nilM.LLMDropped("x", "y")
}
