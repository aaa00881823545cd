package telemetry

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/slack-go/slack"
)

// scrape GETs /metrics from a live server and returns the exposition text.
func scrape(t *testing.T, m *Metrics) string {
	t.Helper()
	ts := httptest.NewServer(Server("", m, nil, nil).Handler)
	defer ts.Close()
	resp, err := http.Get(ts.URL + "/metrics")
	if err != nil {
		t.Fatalf("GET /metrics: %v", err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("read /metrics: %v", err)
	}
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /metrics: status %d, body %s", resp.StatusCode, body)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") {
		t.Errorf("Content-Type = %q, want text/plain exposition", ct)
	}
	return string(body)
}

// sample returns the value of the series written exactly as series
// (name{labels} in the exposition's label order), or fails.
func sample(t *testing.T, body, series string) float64 {
	t.Helper()
	sc := bufio.NewScanner(strings.NewReader(body))
	for sc.Scan() {
		line := sc.Text()
		if rest, ok := strings.CutPrefix(line, series+" "); ok {
			v, err := strconv.ParseFloat(strings.Fields(rest)[0], 64)
			if err != nil {
				t.Fatalf("series %s: bad value in %q", series, line)
			}
			return v
		}
	}
	t.Fatalf("series %s not exposed", series)
	return 0
}

func TestMetricsExposed(t *testing.T) {
	t.Parallel()
	m := New("v1.2.3")

	m.EnvelopeReceived("events_api")
	m.EnvelopeReceived("events_api")
	m.EnvelopeReceived("slash_commands")
	m.AckLatency(3 * time.Millisecond)
	m.AnswerLatency("mention", 120*time.Millisecond)
	m.Verdict("soc2")
	m.Verdict("soc2")
	m.Verdict("none")
	m.Unmatched(3)
	m.Unmatched(0)
	m.Unmatched(-1)
	m.SlackCall("chat.postMessage", "ok")
	m.SlackCall("chat.postMessage", SlackStatus(&slack.RateLimitedError{RetryAfter: time.Second}))
	m.StoreError("claim")
	m.SetDegraded(true)
	m.LLMCall("summary", 800*time.Millisecond, "")
	m.LLMCall("summary", 2*time.Second, "timeout")
	m.Feedback("down")
	m.Feedback("<script>")

	body := scrape(t, m)
	tests := []struct {
		series string
		want   float64
	}{
		{`socbot_envelopes_received_total{type="events_api"}`, 2},
		{`socbot_envelopes_received_total{type="slash_commands"}`, 1},
		{`socbot_ack_latency_seconds_count`, 1},
		{`socbot_ack_latency_seconds_bucket{le="0.005"}`, 1},
		{`socbot_ack_latency_seconds_bucket{le="0.002"}`, 0},
		{`socbot_answer_latency_seconds_count{surface="mention"}`, 1},
		{`socbot_answer_latency_seconds_bucket{surface="mention",le="0.25"}`, 1},
		{`socbot_answer_latency_seconds_bucket{surface="mention",le="0.1"}`, 0},
		{`socbot_verdicts_total{report="soc2"}`, 2},
		{`socbot_verdicts_total{report="none"}`, 1},
		{`socbot_verdicts_total{report="soc1"}`, 0}, // pre-initialised
		{`socbot_unmatched_questions_total`, 3},
		{`socbot_slack_api_calls_total{method="chat.postMessage",status="ok"}`, 1},
		{`socbot_slack_api_calls_total{method="chat.postMessage",status="429"}`, 1},
		{`socbot_store_errors_total{op="claim"}`, 1},
		{`socbot_store_degraded`, 1},
		{`socbot_llm_calls_total{kind="summary",result="ok"}`, 1},
		{`socbot_llm_calls_total{kind="summary",result="timeout"}`, 1},
		{`socbot_llm_latency_seconds_count{kind="summary"}`, 2},
		{`socbot_feedback_total{vote="down"}`, 1},
		{`socbot_feedback_total{vote="up"}`, 0},
		{`socbot_feedback_total{vote="other"}`, 1},
		{fmt.Sprintf(`socbot_build_info{goversion=%q,version="v1.2.3"}`, runtime.Version()), 1},
		{`go_goroutines`, -1}, // runtime collector: present, any value
	}
	for _, tt := range tests {
		got := sample(t, body, tt.series)
		if tt.want >= 0 && got != tt.want {
			t.Errorf("%s = %v, want %v", tt.series, got, tt.want)
		}
	}
	for _, name := range []string{MetricEnvelopes, MetricAckLatency, MetricAnswerLatency, MetricVerdicts,
		MetricUnmatched, MetricSlackCalls, MetricStoreErrors, MetricStoreDegraded, MetricLLMCalls,
		MetricLLMLatency, MetricFeedback, MetricBuildInfo} {
		if !strings.Contains(body, "# HELP "+name+" ") {
			t.Errorf("metric %s has no HELP line", name)
		}
	}

	m.SetDegraded(false)
	if got := sample(t, scrape(t, m), "socbot_store_degraded"); got != 0 {
		t.Errorf("socbot_store_degraded after recovery = %v, want 0", got)
	}
}

// Each Metrics has its own registry: two in one process must not collide,
// and nothing lands on the global default registry.
func TestMetricsOwnRegistry(t *testing.T) {
	t.Parallel()
	a, b := New("a"), New("b")
	a.Verdict("soc1")
	if got := sample(t, scrape(t, b), `socbot_verdicts_total{report="soc1"}`); got != 0 {
		t.Errorf("b saw a's verdict: %v", got)
	}
	if a.Registry() == b.Registry() {
		t.Error("two Metrics share a registry")
	}
}

func TestMetricsNilSafe(t *testing.T) {
	t.Parallel()
	var m *Metrics
	m.EnvelopeReceived("events_api")
	m.AckLatency(time.Millisecond)
	m.AnswerLatency("dm", time.Second)
	m.Verdict("soc2")
	m.Unmatched(1)
	m.SlackCall("chat.postMessage", "ok")
	m.StoreError("save")
	m.SetDegraded(true)
	m.LLMCall("summary", time.Second, "auth")
	m.Feedback("up")
	if m.Registry() != nil {
		t.Error("nil Metrics returned a registry")
	}
}

type timeoutErr struct{}

func (timeoutErr) Error() string   { return "i/o timeout" }
func (timeoutErr) Timeout() bool   { return true }
func (timeoutErr) Temporary() bool { return true }

func TestSlackStatus(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"success", nil, "ok"},
		{"rate limited", &slack.RateLimitedError{RetryAfter: 3 * time.Second}, "429"},
		{"wrapped rate limit", fmt.Errorf("post answer: %w", &slack.RateLimitedError{}), "429"},
		{"server error", slack.StatusCodeError{Code: 503, Status: "503 Service Unavailable"}, "503"},
		{"missing scope", slack.SlackErrorResponse{Err: "missing_scope"}, "missing_scope"},
		{"wrong token", fmt.Errorf("auth.test: %w", slack.SlackErrorResponse{Err: "not_allowed_token_type"}), "not_allowed_token_type"},
		{"odd slack error", slack.SlackErrorResponse{Err: `bad "value"` + strings.Repeat("x", 100)}, "bad__value_" + strings.Repeat("x", 37)},
		{"deadline", fmt.Errorf("call: %w", context.DeadlineExceeded), "timeout"},
		{"canceled", context.Canceled, "canceled"},
		{"wrapped net timeout", &os.SyscallError{Syscall: "read", Err: timeoutErr{}}, "timeout"},
		{"net.Error timeout", timeoutErr{}, "timeout"},
		{"other", errors.New("connection refused"), "error"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SlackStatus(tt.err); got != tt.want {
				t.Errorf("SlackStatus(%v) = %q, want %q", tt.err, got, tt.want)
			}
		})
	}
}
