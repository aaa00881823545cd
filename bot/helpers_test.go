package bot

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"

	"github.com/socbot/socbot/internal/slacktest"
	"github.com/socbot/socbot/internal/split"
	"github.com/socbot/socbot/internal/state"
	"github.com/socbot/socbot/internal/testlog"
	"github.com/socbot/socbot/internal/triage"
)

// fakeEngine classifies questions with a tiny, stable rule set, so tests do
// not depend on the real rule table.
type fakeEngine struct{}

func (fakeEngine) Classify(q triage.Question) triage.Verdict {
	low := strings.ToLower(q.Text)
	switch {
	case strings.Contains(low, "encrypt"):
		return triage.Verdict{Report: triage.ReportSOC2, Type: triage.Type2, Categories: []string{triage.CatSecurity},
			Criteria: []string{"CC6.1"}, Confidence: 0.9,
			Evidence: []triage.Evidence{{Rule: "encryption.at_rest", Reason: "encryption", Matched: []string{"encrypt"}}}}
	case strings.Contains(low, "payroll"):
		return triage.Verdict{Report: triage.ReportSOC1, Type: triage.Type2, SOC1Areas: []string{"transaction_processing"},
			Confidence: 0.8, Evidence: []triage.Evidence{{Rule: "soc1.payroll", Reason: "payroll", Matched: []string{"payroll"}}}}
	}
	return triage.Verdict{Report: triage.ReportNone, Unmatched: true}
}

// Triage splits text as the bot does and classifies the questions, with a
// summary that only counts them (for rendering tests).
func (e fakeEngine) Triage(text string) triage.Result {
	var res triage.Result
	for _, q := range split.Split(text) {
		res.Items = append(res.Items, triage.Item{Question: q, Verdict: e.Classify(q)})
	}
	res.Summary.Total = len(res.Items)
	return res
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

type harness struct {
	t    *testing.T
	srv  *slacktest.Server
	bot  *Bot
	ctx  context.Context
	done chan error
	stop context.CancelFunc
}

// testLogger discards logs unless SOCBOT_TEST_LOGS is set.
func testLogger() *slog.Logger {
	if os.Getenv("SOCBOT_TEST_LOGS") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

// start runs a bot against a fresh fake Slack until the test ends.
func start(t *testing.T, cfg Config, deps Deps) *harness {
	t.Helper()
	return startWithLog(t, cfg, deps, nil)
}

// startWithLog is start with the bot's logs (info and up) written to w.
func startWithLog(t *testing.T, cfg Config, deps Deps, w *testlog.Buffer) *harness {
	t.Helper()
	srv := slacktest.New(slacktest.WithPingInterval(200 * time.Millisecond))
	t.Cleanup(srv.Close)
	deps.Slack = newTestClient(srv)
	if deps.Engine == nil {
		deps.Engine = fakeEngine{}
	}
	if deps.Store == nil {
		deps.Store = state.NewMemory(state.Config{})
	}
	deps.SocketOptions = append(deps.SocketOptions, socketmode.OptionPingInterval(3*time.Second))
	log := testLogger()
	if w != nil {
		log = slog.New(slog.NewTextHandler(w, nil))
	}
	b, err := New(cfg, deps, log)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	ctx, stop := context.WithCancel(context.Background())
	h := &harness{t: t, srv: srv, bot: b, ctx: ctx, done: make(chan error, 1), stop: stop}
	go func() { h.done <- b.Run(ctx) }()
	t.Cleanup(func() {
		stop()
		select {
		case <-h.done:
		case <-time.After(15 * time.Second):
			t.Error("bot did not stop")
		}
	})
	wctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.WaitConnections(wctx, 1); err != nil {
		t.Fatalf("bot never connected: %v", err)
	}
	return h
}

// wctx is a context for waiting on the fake, bounded so a broken test fails
// instead of hanging.
func (h *harness) wctx() context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	h.t.Cleanup(cancel)
	return ctx
}

func (h *harness) event(inner map[string]any, o slacktest.EventOpts) string {
	h.t.Helper()
	env, _, err := h.srv.SendEvent(h.wctx(), inner, o)
	if err != nil {
		h.t.Fatalf("send event: %v", err)
	}
	return env
}

func (h *harness) waitAck(env string) slacktest.Ack {
	h.t.Helper()
	a, err := h.srv.WaitAck(h.wctx(), env)
	if err != nil {
		h.t.Fatal(err)
	}
	return a
}

func (h *harness) waitCalls(method string, n int) []slacktest.Call {
	h.t.Helper()
	calls, err := h.srv.WaitCalls(h.wctx(), method, n)
	if err != nil {
		h.t.Fatal(err)
	}
	return calls
}

// sentinelChannel holds the sentinel's question and answer (see sentinel).
const sentinelChannel = "C0SENTINEL"

// sentinel sends a question after everything the test has sent and waits for its
// answer. With one worker (Config.Workers 1) events are handled in the order they
// arrive, so once the sentinel is answered every earlier event has been handled:
// a check that something did NOT happen can be made then, without a pause.
func (h *harness) sentinel() {
	h.t.Helper()
	h.event(slacktest.Mention(sentinelChannel, "U0SENTRY1", mention+" Do you encrypt the sentinel?", h.srv.NextTS(), ""), slacktest.EventOpts{})
	h.waitFor("the sentinel's answer", func() bool { return len(postsTo(h.srv, sentinelChannel)) == 1 })
}

// postsTo returns the messages posted in a channel.
func postsTo(srv *slacktest.Server, channel string) []slacktest.Call {
	var out []slacktest.Call
	for _, c := range srv.Calls("chat.postMessage") {
		if c.Params.Get("channel") == channel {
			out = append(out, c)
		}
	}
	return out
}

// settle waits for in-flight work to finish: a bounded pause used only before
// asserting that something did NOT happen, where sentinel cannot be used.
func (h *harness) settle() {
	time.Sleep(300 * time.Millisecond)
}

const mention = "<@" + slacktest.BotUserID + ">"

func newTestClient(srv *slacktest.Server) *slack.Client {
	return slack.New(slacktest.BotToken, slack.OptionAppLevelToken(slacktest.AppToken), slack.OptionAPIURL(srv.URL),
		slack.OptionHTTPClient(NewHTTPClient(10*time.Second)))
}

func jsonUnmarshal(s string, v any) error { return json.Unmarshal([]byte(s), v) }
