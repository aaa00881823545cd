// Package telemetry owns what socbot tells its operators: Prometheus metrics on
// a registry of its own, the internal HTTP server for health, readiness and
// metrics, and structured logging that never prints a secret.
package telemetry

import (
	"context"
	"errors"
	"net"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/slack-go/slack"
)

// Metric names, exported so dashboards, alerts and tests agree on them.
const (
	MetricEnvelopes     = "socbot_envelopes_received_total"
	MetricAckLatency    = "socbot_ack_latency_seconds"
	MetricAnswerLatency = "socbot_answer_latency_seconds"
	MetricVerdicts      = "socbot_verdicts_total"
	MetricUnmatched     = "socbot_unmatched_questions_total"
	MetricSlackCalls    = "socbot_slack_api_calls_total"
	MetricStoreErrors   = "socbot_store_errors_total"
	MetricStoreDegraded = "socbot_store_degraded"
	MetricLLMCalls      = "socbot_llm_calls_total"
	MetricLLMLatency    = "socbot_llm_latency_seconds"
	MetricFeedback      = "socbot_feedback_total"
	MetricBuildInfo     = "socbot_build_info"
	MetricDropped       = "socbot_dropped_total"
	MetricPanics        = "socbot_panics_total"
	MetricLLMCacheHits  = "socbot_llm_cache_hits_total"
	MetricLLMDropped    = "socbot_llm_dropped_answers_total"
	MetricSocket        = "socbot_socket_mode_connected"
	MetricReconnects    = "socbot_socket_mode_reconnects_total"
)

// The label values socbot itself produces. Each series starts at zero on the
// first scrape, so that increase() and rate() see the first event and an
// alert on, say, socbot_panics_total does not wait for a second panic. A
// value outside these lists still counts; it just appears when first used.
var (
	EnvelopeTypes = []string{"events_api", "slash_commands", "interactive"}
	Surfaces      = []string{"mention", "dm", "watch", "slash", "share", "triage_button", "file_mention", "file_dm"}
	PanicSurfaces = []string{"reader", "mention", "message", "file", "home", "slash", "button", "llm"}
	DropReasons   = []string{"queue_full", "rate_limited", "llm_busy", "llm_stale", "files_busy",
		"file_timeout", "file_download", "file_panic", "file_other", "file_empty", "file_too_large",
		"file_zip_bomb", "file_encrypted", "file_legacy", "file_pdf", "file_macro_only", "file_unsupported", "file_corrupt"}
	// SlackMethods are the Web API methods socbot calls, and the two URLs
	// it posts to that are no method (response_url, upload_to_url).
	SlackMethods = []string{"chat.postMessage", "chat.update", "chat.postEphemeral", "response_url",
		"conversations.replies", "reactions.add", "reactions.remove", "views.publish", "files.info",
		"files.download", "files.getUploadURLExternal", "upload_to_url", "files.completeUploadExternal"}
	StoreOps = []string{"allow", "append_questions", "begin", "cache_get", "cache_set", "claim", "claim_event",
		"forget_user", "get_conversation", "list_feedback", "ping", "record_feedback", "release",
		"release_event", "save_answer"}
	LLMKinds    = []string{"summary", "classify"}
	LLMResults  = []string{"ok", "timeout", "rate_limited", "server_error", "client_error", "malformed", "transport", "canceled"}
	LLMRejected = []string{"malformed", "report", "criteria", "index", "duplicate", "unmatched"}
)

// Buckets. Acks are written to the socket before any work, so they live in the
// sub-millisecond to tens-of-milliseconds range (the target is p99 < 20 ms;
// Slack gives up at 3 s). Answers include Slack Web API round trips and,
// optionally, an LLM call, so they run from milliseconds to tens of seconds.
var (
	ackBuckets    = []float64{.0005, .001, .002, .005, .01, .02, .05, .1, .25, .5, 1, 3}
	answerBuckets = []float64{.01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60}
	llmBuckets    = []float64{.1, .25, .5, 1, 2.5, 5, 10, 20, 30, 60}
)

// Metrics records what the bot, the store and the LLM client do. Its methods
// are safe on a nil *Metrics, so code can run (and be tested) without metrics:
//
//	var m *telemetry.Metrics // nil: every call is a no-op
//	m.EnvelopeReceived("events_api")
type Metrics struct {
	reg *prometheus.Registry

	envelopes     *prometheus.CounterVec
	ackLatency    prometheus.Histogram
	answerLatency *prometheus.HistogramVec
	verdicts      *prometheus.CounterVec
	unmatched     prometheus.Counter
	slackCalls    *prometheus.CounterVec
	storeErrors   *prometheus.CounterVec
	degraded      prometheus.Gauge
	llmCalls      *prometheus.CounterVec
	llmLatency    *prometheus.HistogramVec
	feedback      *prometheus.CounterVec
	dropped       *prometheus.CounterVec
	panics        *prometheus.CounterVec
	llmCacheHits  *prometheus.CounterVec
	llmDropped    *prometheus.CounterVec
	socket        prometheus.Gauge
	reconnects    prometheus.Counter
	connectedOnce atomic.Bool
}

// New builds the metrics on a fresh registry (never the global default, so
// tests and several instances in one process do not collide) together with
// the Go runtime and process collectors and socbot_build_info{version}.
func New(version string) *Metrics {
	reg := prometheus.NewRegistry()
	f := factory{reg}
	m := &Metrics{
		reg: reg,
		envelopes: f.counterVec(MetricEnvelopes,
			"Socket Mode envelopes received, by envelope type.", "type"),
		ackLatency: f.histogram(MetricAckLatency,
			"Time from reading an envelope to writing its acknowledgement.", ackBuckets),
		answerLatency: f.histogramVec(MetricAnswerLatency,
			"Time from receiving a question to posting its answer, by surface.", answerBuckets, "surface"),
		verdicts: f.counterVec(MetricVerdicts,
			"Questions triaged, by the report that answers them (soc1, soc2, both, none).", "report"),
		unmatched: f.counter(MetricUnmatched,
			"Questions no rule matched."),
		slackCalls: f.counterVec(MetricSlackCalls,
			"Slack Web API calls, by method and status (ok, 429, 5xx code, Slack error string, timeout, error).", "method", "status"),
		storeErrors: f.counterVec(MetricStoreErrors,
			"Failed state store operations, by operation.", "op"),
		degraded: f.gauge(MetricStoreDegraded,
			"1 while the state store is unreachable and socbot runs on in-process state."),
		llmCalls: f.counterVec(MetricLLMCalls,
			"LLM calls, by kind and result (ok or an error kind).", "kind", "result"),
		llmLatency: f.histogramVec(MetricLLMLatency,
			"LLM call latency, by kind.", llmBuckets, "kind"),
		feedback: f.counterVec(MetricFeedback,
			"Feedback votes on answers (up, down).", "vote"),
		dropped: f.counterVec(MetricDropped,
			"Work turned away, by reason (queue_full, rate_limited, …).", "reason"),
		panics: f.counterVec(MetricPanics,
			"Handlers that panicked and were recovered, by surface.", "surface"),
		llmCacheHits: f.counterVec(MetricLLMCacheHits,
			"LLM answers served from the cache, by kind.", "kind"),
		llmDropped: f.counterVec(MetricLLMDropped,
			"LLM answers rejected by validation, by kind and reason.", "kind", "reason"),
		socket: f.gauge(MetricSocket,
			"1 while the Socket Mode connection to Slack is up."),
		reconnects: f.counter(MetricReconnects,
			"Socket Mode connections opened after the first one."),
	}
	m.zero()
	bi := f.gaugeVec(MetricBuildInfo, "Always 1; labels carry the build.", "version", "goversion")
	bi.WithLabelValues(label(version), runtime.Version()).Set(1)
	reg.MustRegister(
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	return m
}

// zero creates every series with a known label value, at zero.
func (m *Metrics) zero() {
	for _, r := range []string{"soc1", "soc2", "both", "none"} {
		m.verdicts.WithLabelValues(r)
	}
	for _, v := range []string{"up", "down"} {
		m.feedback.WithLabelValues(v)
	}
	for _, t := range EnvelopeTypes {
		m.envelopes.WithLabelValues(t)
	}
	for _, s := range Surfaces {
		m.answerLatency.WithLabelValues(s)
	}
	for _, s := range PanicSurfaces {
		m.panics.WithLabelValues(s)
	}
	for _, r := range DropReasons {
		m.dropped.WithLabelValues(r)
	}
	for _, meth := range SlackMethods {
		m.slackCalls.WithLabelValues(meth, "ok")
	}
	for _, op := range StoreOps {
		m.storeErrors.WithLabelValues(op)
	}
	for _, k := range LLMKinds {
		m.llmLatency.WithLabelValues(k)
		m.llmCacheHits.WithLabelValues(k)
		for _, r := range LLMResults {
			m.llmCalls.WithLabelValues(k, r)
		}
		for _, r := range LLMRejected {
			m.llmDropped.WithLabelValues(k, r)
		}
	}
}

// Registry is the registry the metrics live on, for /metrics and for tests.
func (m *Metrics) Registry() *prometheus.Registry {
	if m == nil {
		return nil
	}
	return m.reg
}

// EnvelopeReceived counts one Socket Mode envelope of type typ
// (events_api, slash_commands, interactive, hello, disconnect, …).
func (m *Metrics) EnvelopeReceived(typ string) {
	if m == nil {
		return
	}
	m.envelopes.WithLabelValues(label(typ)).Inc()
}

// AckLatency observes the time from reading an envelope to acknowledging it.
func (m *Metrics) AckLatency(d time.Duration) {
	if m == nil {
		return
	}
	m.ackLatency.Observe(d.Seconds())
}

// AnswerLatency observes the time to answer on a surface
// (slash, mention, dm, watch, interactive, …).
func (m *Metrics) AnswerLatency(surface string, d time.Duration) {
	if m == nil {
		return
	}
	m.answerLatency.WithLabelValues(label(surface)).Observe(d.Seconds())
}

// Verdict counts one triaged question by report (soc1, soc2, both, none).
func (m *Metrics) Verdict(report string) {
	if m == nil {
		return
	}
	m.verdicts.WithLabelValues(label(report)).Inc()
}

// Unmatched counts n questions that no rule matched.
func (m *Metrics) Unmatched(n int) {
	if m == nil || n <= 0 {
		return
	}
	m.unmatched.Add(float64(n))
}

// SlackCall counts one Web API call. status is "ok" or what went wrong;
// SlackStatus turns the error slack-go returned into one:
//
//	_, _, err := api.PostMessageContext(ctx, ch, opts...)
//	m.SlackCall("chat.postMessage", telemetry.SlackStatus(err))
func (m *Metrics) SlackCall(method, status string) {
	if m == nil {
		return
	}
	m.slackCalls.WithLabelValues(label(method), label(status)).Inc()
}

// StoreError counts one failed store operation (claim, load, save, …).
func (m *Metrics) StoreError(op string) {
	if m == nil {
		return
	}
	m.storeErrors.WithLabelValues(label(op)).Inc()
}

// SocketMode records whether the Socket Mode connection is up (bot.Metrics).
// Every connection after the first counts as a reconnect.
func (m *Metrics) SocketMode(connected bool) {
	if m == nil {
		return
	}
	if !connected {
		m.socket.Set(0)
		return
	}
	if m.connectedOnce.Swap(true) {
		m.reconnects.Inc()
	}
	m.socket.Set(1)
}

// SetDegraded records whether the store is running degraded.
func (m *Metrics) SetDegraded(degraded bool) {
	if m == nil {
		return
	}
	if degraded {
		m.degraded.Set(1)
	} else {
		m.degraded.Set(0)
	}
}

// LLMCall records one LLM call of a kind (summary, …) that took d.
// errKind is "" on success, else a short fixed word (timeout, rate_limited,
// auth, server, invalid_response, …), never the error text.
func (m *Metrics) LLMCall(kind string, d time.Duration, errKind string) {
	if m == nil {
		return
	}
	result := "ok"
	if errKind != "" {
		result = label(errKind)
	}
	m.llmCalls.WithLabelValues(label(kind), result).Inc()
	m.llmLatency.WithLabelValues(label(kind)).Observe(d.Seconds())
}

// Feedback counts one vote on an answer: "up" or "down" (anything else is
// counted as "other" so that a crafted payload cannot add label values).
func (m *Metrics) Feedback(vote string) {
	if m == nil {
		return
	}
	switch vote {
	case "up", "down":
	default:
		vote = "other"
	}
	m.feedback.WithLabelValues(vote).Inc()
}

// SlackStatus names the outcome of a Slack Web API call for SlackCall:
// "ok"; "429" when rate limited; the HTTP code ("500", "503", …) for a
// non-2xx answer; Slack's own error string ("missing_scope",
// "not_allowed_token_type", "channel_not_found", …); "timeout"; "canceled";
// or "error" for anything else (network failures and the like).
func SlackStatus(err error) string {
	if err == nil {
		return "ok"
	}
	var rl *slack.RateLimitedError
	var sc slack.StatusCodeError
	var se slack.SlackErrorResponse
	var ne net.Error
	switch {
	case errors.As(err, &rl):
		return "429"
	case errors.As(err, &sc):
		return strconv.Itoa(sc.Code)
	case errors.As(err, &se):
		return label(se.Err)
	case errors.Is(err, context.DeadlineExceeded):
		return "timeout"
	case errors.Is(err, context.Canceled):
		return "canceled"
	case errors.As(err, &ne) && ne.Timeout():
		return "timeout"
	}
	return "error"
}

// label keeps label values short and printable, so that a value that came
// from outside can neither bloat the series nor break the exposition.
func label(s string) string {
	const max = 48
	if s == "" {
		return "unknown"
	}
	if len(s) > max {
		s = s[:max]
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9',
			r == '_', r == '.', r == '-', r == ':', r == '/':
			return r
		}
		return '_'
	}, s)
}

// factory registers each metric on the registry as it is made.
type factory struct{ reg *prometheus.Registry }

func (f factory) counter(name, help string) prometheus.Counter {
	c := prometheus.NewCounter(prometheus.CounterOpts{Name: name, Help: help})
	f.reg.MustRegister(c)
	return c
}

func (f factory) counterVec(name, help string, labels ...string) *prometheus.CounterVec {
	c := prometheus.NewCounterVec(prometheus.CounterOpts{Name: name, Help: help}, labels)
	f.reg.MustRegister(c)
	return c
}

func (f factory) gauge(name, help string) prometheus.Gauge {
	g := prometheus.NewGauge(prometheus.GaugeOpts{Name: name, Help: help})
	f.reg.MustRegister(g)
	return g
}

func (f factory) gaugeVec(name, help string, labels ...string) *prometheus.GaugeVec {
	g := prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: name, Help: help}, labels)
	f.reg.MustRegister(g)
	return g
}

func (f factory) histogram(name, help string, buckets []float64) prometheus.Histogram {
	h := prometheus.NewHistogram(prometheus.HistogramOpts{Name: name, Help: help, Buckets: buckets})
	f.reg.MustRegister(h)
	return h
}

func (f factory) histogramVec(name, help string, buckets []float64, labels ...string) *prometheus.HistogramVec {
	h := prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: name, Help: help, Buckets: buckets}, labels)
	f.reg.MustRegister(h)
	return h
}
