package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/socbot/socbot/internal/llmtest"
	"github.com/socbot/socbot/internal/slacktest"
	"github.com/socbot/socbot/internal/state"
	"github.com/socbot/socbot/internal/telemetry"
	"github.com/socbot/socbot/internal/testlog"
)

// TestRunServesHealthAndMetrics: /healthz and /readyz answer 200 once the
// socket is up, and /metrics shows what the surfaces did, Slack's 429s
// included.
func TestRunServesHealthAndMetrics(t *testing.T) {
	r := startRun(t, map[string]string{"SOC_WATCH_CHANNELS": "C0WATCH01"})
	if code, body := r.get("/healthz"); code != 200 {
		t.Errorf("/healthz = %d %q", code, body)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		code, body := r.get("/readyz")
		if code == 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("/readyz = %d %q after 10 s", code, body)
		}
		time.Sleep(20 * time.Millisecond)
	}
	driveSurfaces(t, r)
	// One rate-limited post: socbot waits Retry-After (1 s) and posts again.
	r.srv.RateLimit("chat.postMessage", 1, 1)
	n := len(r.srv.Calls("chat.postMessage"))
	if _, _, err := r.srv.SendEvent(r.wait, slacktest.Mention("C0SALES02", "U0ALICE01", "<@"+slacktest.BotUserID+"> Do you encrypt backups?", r.srv.NextTS(), ""), slacktest.EventOpts{}); err != nil {
		t.Fatal(err)
	}
	if _, err := r.srv.WaitCalls(r.wait, "chat.postMessage", n+2); err != nil {
		t.Fatal(err)
	}
	waitLog(t, r, "answered")
	// The metrics follow the post's return: wait for them rather than for a while.
	wants := []string{
		`socbot_envelopes_received_total{type="events_api"}`,
		`socbot_envelopes_received_total{type="slash_commands"} 1`,
		`socbot_envelopes_received_total{type="interactive"} 1`,
		`socbot_ack_latency_seconds_count`,
		`socbot_answer_latency_seconds_count{surface="mention"}`,
		`socbot_answer_latency_seconds_count{surface="slash"} 1`,
		`socbot_verdicts_total{report="soc2"}`,
		`socbot_slack_api_calls_total{method="chat.postMessage",status="ok"}`,
		`socbot_slack_api_calls_total{method="chat.postMessage",status="429"} 1`,
		`socbot_feedback_total{vote="up"} 1`,
		`socbot_build_info{`,
		`process_resident_memory_bytes`,
		`go_memstats_heap_inuse_bytes`,
	}
	var metrics string
	deadline = time.Now().Add(10 * time.Second)
	for {
		code, body := r.get("/metrics")
		if code != 200 {
			t.Fatalf("/metrics = %d", code)
		}
		metrics = body
		if missing(metrics, wants) == nil || time.Now().After(deadline) {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	for _, want := range missing(metrics, wants) {
		t.Errorf("/metrics lacks %s", want)
	}
	if t.Failed() {
		t.Logf("metrics:\n%s", grepLines(metrics, "socbot_"))
	}
	// The retry loop's warning is about the event too.
	var warned bool
	for _, l := range r.lines() {
		if l["msg"] == "slack rate limited" {
			warned = true
			if l["event_id"] == nil || l["surface"] != "mention" || l["channel"] != "C0SALES02" {
				t.Errorf("rate-limit warning lacks the event's fields: %v", l)
			}
		}
	}
	if !warned {
		t.Error("no 'slack rate limited' warning logged")
	}
	if c := r.stop(); c != 0 {
		t.Errorf("exit %d after SIGTERM, want 0", c)
	}
}

// missing returns the wants that s does not contain.
func missing(s string, wants []string) []string {
	var out []string
	for _, w := range wants {
		if !strings.Contains(s, w) {
			out = append(out, w)
		}
	}
	return out
}

func grepLines(s, sub string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// TestRunHTTPPortTaken: a port already in use stops `socbot run` before it
// connects to Slack, with a message that names the variable.
func TestRunHTTPPortTaken(t *testing.T) {
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	srv := slacktest.New()
	defer srv.Close()
	setEnv(t, map[string]string{"SLACK_APP_TOKEN": slacktest.AppToken, "SLACK_BOT_TOKEN": slacktest.BotToken,
		"SLACK_API_URL": srv.URL, "SOC_HTTP_ADDR": taken.Addr().String()})
	var stderr testlog.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if c := realMain(ctx, []string{"run"}, nil, &bytes.Buffer{}, &stderr); c != 1 {
		t.Errorf("exit %d, want 1", c)
	}
	if s := stderr.String(); !strings.Contains(s, "SOC_HTTP_ADDR="+taken.Addr().String()) || !strings.Contains(s, "cannot listen") {
		t.Errorf("stderr does not explain the port:\n%s", s)
	}
	if opened, _ := srv.Connections(); opened != 0 || len(srv.Calls("auth.test")) != 0 {
		t.Errorf("socbot reached Slack (%d connections) before failing on its port", opened)
	}
}

func TestHTTPAddrValidated(t *testing.T) {
	for addr, ok := range map[string]bool{":8080": true, "127.0.0.1:9090": true, "[::]:8080": true, "8080": false, "localhost": false} {
		env := validEnv()
		env["SOC_HTTP_ADDR"] = addr
		setEnv(t, env)
		_, err := loadConfig()
		if (err == nil) != ok {
			t.Errorf("SOC_HTTP_ADDR=%q: err %v, want ok=%v", addr, err, ok)
		}
		if err != nil && !strings.Contains(err.Error(), "SOC_HTTP_ADDR") {
			t.Errorf("SOC_HTTP_ADDR=%q: error %v does not name the variable", addr, err)
		}
	}
	env := validEnv()
	setEnv(t, env)
	t.Setenv("SOC_HTTP_ADDR", "")
	cfg, err := loadConfig()
	if err != nil || cfg.HTTPAddr != ":8080" {
		t.Errorf("default SOC_HTTP_ADDR = %q, %v; want :8080", cfg.HTTPAddr, err)
	}
}

// fakeStore is a store as readiness sees it.
type fakeStore struct {
	degraded bool
	ping     error
}

func (s fakeStore) Degraded() bool             { return s.degraded }
func (s fakeStore) Ping(context.Context) error { return s.ping }

func TestReadiness(t *testing.T) {
	down := errors.New("dial tcp: connection refused")
	socketUp := func() error { return nil }
	socketDown := func() error { return errors.New("socket mode: disconnected, reconnecting") }
	inProcess := state.NewResilient(nil, state.NewMemory(state.Config{}), slog.New(slog.DiscardHandler))
	tests := []struct {
		name   string
		socket func() error
		store  storeHealth
		want   string // "" means ready
	}{
		{"socket down", socketDown, inProcess, "reconnecting"},
		{"in-process store", socketUp, inProcess, ""},
		{"redis up", socketUp, fakeStore{}, ""},
		{"redis unreachable, not yet degraded", socketUp, fakeStore{ping: down}, "store unreachable"},
		{"knowingly degraded", socketUp, fakeStore{degraded: true, ping: down}, ""},
		{"socket down beats degraded", socketDown, fakeStore{degraded: true}, "reconnecting"},
	}
	for _, tt := range tests {
		err := readiness(tt.socket, tt.store)()
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: %v, want ready", tt.name, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("%s: %v, want %q", tt.name, err, tt.want)
		}
	}
}

// TestRunDegradedStoreStaysReady: with Redis unreachable, socbot answers from
// process memory, says so in socbot_store_degraded, and /readyz stays 200
// because the degradation is known.
func TestRunDegradedStoreStaysReady(t *testing.T) {
	dead, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := dead.Addr().String()
	dead.Close() // nothing listens there now
	r := startRun(t, map[string]string{"REDIS_URL": "redis://" + addr + "/0"})
	for i := range 3 {
		if _, _, err := r.srv.SendEvent(r.wait, slacktest.Mention("C0SALES01", "U0ALICE01", "<@"+slacktest.BotUserID+"> Do you encrypt backups?", r.srv.NextTS(), ""), slacktest.EventOpts{}); err != nil {
			t.Fatal(err)
		}
		if _, err := r.srv.WaitCalls(r.wait, "chat.postMessage", i+1); err != nil {
			t.Fatalf("no answer with Redis down: %v\n%s", err, r.stderr.String())
		}
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		_, metrics := r.get("/metrics")
		code, body := r.get("/readyz")
		if strings.Contains(metrics, "socbot_store_degraded 1") && code == 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after 10 s: /readyz %d %q; store metrics:\n%s", code, body, grepLines(metrics, "socbot_store"))
		}
		time.Sleep(50 * time.Millisecond)
	}
	if c := r.stop(); c != 0 {
		t.Errorf("exit %d after SIGTERM, want 0", c)
	}
}

// hookRecorder records the hooks instrumentStore installs.
type hookRecorder struct{ h state.Hooks }

func (s *hookRecorder) SetHooks(h state.Hooks) { s.h = h }
func (s *hookRecorder) Degraded() bool         { return true }

func TestInstrumentStore(t *testing.T) {
	m := telemetry.New("test")
	s := &hookRecorder{}
	instrumentStore(s, m)
	if s.h.Error == nil || s.h.Degraded == nil {
		t.Fatalf("hooks not installed: %+v", s.h)
	}
	s.h.Error("claim", errors.New("i/o timeout"))
	s.h.Error("claim", errors.New("i/o timeout"))
	var out strings.Builder
	mfs, err := m.Registry().Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		for _, mm := range mf.GetMetric() {
			v := mm.GetGauge().GetValue() + mm.GetCounter().GetValue()
			fmt.Fprintf(&out, "%s{", mf.GetName())
			for _, l := range mm.GetLabel() {
				fmt.Fprintf(&out, "%s=%q", l.GetName(), l.GetValue())
			}
			fmt.Fprintf(&out, "} %v\n", v)
		}
	}
	got := out.String()
	for _, want := range []string{`socbot_store_errors_total{op="claim"} 2`, "socbot_store_degraded{} 1"} {
		if !strings.Contains(got, want) {
			t.Errorf("metrics lack %q:\n%s", want, grepLines(got, "socbot_store"))
		}
	}
}

// TestRunLLMMetricsAndKey: with the language model on (a fake OpenAI API),
// its calls reach socbot_llm_calls_total and the latency histogram, and the
// API key never reaches the logs, even at debug.
func TestRunLLMMetricsAndKey(t *testing.T) {
	fake := llmtest.New(t)
	h, err := llmtest.Scenario("ok")
	if err != nil {
		t.Fatal(err)
	}
	fake.Handle(h)
	const key = "sk-proj-Zq8xT3vLw9Rk2Ma7Pn4Bc6Dd"
	fake.RequireKey(key)
	r := startRun(t, map[string]string{"OPENAI_API_KEY": key, "OPENAI_BASE_URL": fake.BaseURL(), "SOC_LOG_LEVEL": "debug"})
	if _, _, err := r.srv.SendEvent(r.wait, slacktest.Mention("C0SALES01", "U0ALICE01",
		"<@"+slacktest.BotUserID+"> 1. Do you encrypt backups?\n2. What colour is your mascot?", r.srv.NextTS(), ""), slacktest.EventOpts{}); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(15 * time.Second)
	for {
		_, metrics := r.get("/metrics")
		if strings.Contains(metrics, `socbot_llm_calls_total{`) && strings.Contains(metrics, `socbot_llm_latency_seconds_count{`) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no LLM metrics after 15 s (model called %d times):\n%s\n%s", fake.Count(), grepLines(metrics, "socbot_"), tail(r.stderr.String(), 20))
		}
		time.Sleep(50 * time.Millisecond)
	}
	if c := r.stop(); c != 0 {
		t.Errorf("exit %d after SIGTERM, want 0", c)
	}
	logs := r.stderr.String()
	_, body, _ := strings.Cut(key, "sk-")
	if strings.Contains(logs, key) || strings.Contains(logs, body) {
		t.Error("logs contain the OpenAI key")
	}
}

// TestHealthcheckAgainstRun: `socbot healthcheck`, as the compose health check
// runs it, probes a running `socbot run` through SOC_HTTP_ADDR.
func TestHealthcheckAgainstRun(t *testing.T) {
	r := startRun(t, nil)
	t.Setenv("SOC_HTTP_ADDR", r.httpAddr())
	var stderr bytes.Buffer
	if c := realMain(r.wait, []string{"healthcheck"}, nil, &bytes.Buffer{}, &stderr); c != 0 {
		t.Errorf("healthcheck exit %d: %s", c, stderr.String())
	}
	deadline := time.Now().Add(10 * time.Second)
	for realMain(r.wait, []string{"healthcheck", "-path", "/readyz"}, nil, &bytes.Buffer{}, &stderr) != 0 {
		if time.Now().After(deadline) {
			t.Fatalf("healthcheck -path /readyz never passed: %s", stderr.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	if c := r.stop(); c != 0 {
		t.Errorf("exit %d after SIGTERM, want 0", c)
	}
	stderr.Reset()
	if c := realMain(context.Background(), []string{"healthcheck"}, nil, &bytes.Buffer{}, &stderr); c != 1 {
		t.Errorf("healthcheck of a stopped bot: exit %d, want 1 (%s)", c, stderr.String())
	}
}

// TestRunDefaultPortTakenStillAnswers: when the default port is taken (a second
// socbot on the same host) and SOC_HTTP_ADDR was not given, the bot runs without
// its internal server instead of refusing to start.
func TestRunDefaultPortTakenStillAnswers(t *testing.T) {
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	srv := slacktest.New(slacktest.WithPingInterval(time.Second))
	defer srv.Close()
	setEnv(t, map[string]string{"SLACK_APP_TOKEN": slacktest.AppToken, "SLACK_BOT_TOKEN": slacktest.BotToken, "SLACK_API_URL": srv.URL})
	cfg, err := loadConfig()
	if err != nil {
		t.Fatal(err)
	}
	cfg.HTTPAddr, cfg.httpAddrSet = taken.Addr().String(), false // as if left at its default
	var logs testlog.Buffer
	log, err := newProcessLogger(&logs, cfg.LogConfig)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- serve(ctx, cfg, log) }()
	wait, stop := context.WithTimeout(context.Background(), 20*time.Second)
	defer stop()
	if err := srv.WaitConnections(wait, 1); err != nil {
		cancel()
		t.Fatalf("bot did not connect with its default port taken: %v\n%s", err, logs.String())
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("serve = %v", err)
	}
	if !strings.Contains(logs.String(), "internal HTTP server off") {
		t.Errorf("no warning that the internal server is off:\n%s", logs.String())
	}
}
