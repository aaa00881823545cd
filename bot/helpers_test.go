package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"os"
	"runtime"
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

// The sentinel's question is asked by a user of its own in a channel of its
// own, so that it is never rate-limited with the test's users and its answer
// is told apart from theirs (see calls).
const (
	sentinelChannel = "C0SENTINEL"
	sentinelUser    = "U0SENTRY1"
)

// sentinel returns once everything the test sent before it has been fully
// handled, so that a check that something did NOT happen (a second answer, an
// edit, a download) can be made then, without a pause that a slow machine
// outlasts.
//
// It sends a question that is always answered and waits for the first call of
// that answer. This is sound because the events travel in one order the whole
// way: the fake Slack writes envelopes to the one Socket Mode connection in the
// order they are sent; slack-go reads them on one goroutine and hands them on
// through a channel; the bot's one reader dispatches them in that order (a
// short /soc is even answered there, before the next envelope is read); and
// with Config.Workers 1 the event pool runs its queue one job at a time, first
// in first out. So the sentinel's handler starts only after the handler of
// every earlier envelope has returned, with all its Slack calls made. The
// sentinel therefore refuses a bot with more than one worker.
//
// Work that outlives its event's handler is waited for too: language-model
// passes run on a pool of their own, so sentinel then waits until none is
// pending (every earlier pass was registered by its handler, before the
// sentinel's started, and a pass is unregistered only after its last Slack call
// returns). The other such work, file work left behind at a file's deadline,
// is waited for by the tests that cause it.
func (h *harness) sentinel() {
	h.t.Helper()
	if n := h.bot.cfg.Workers; n != 1 {
		h.t.Fatalf("sentinel needs Config{Workers: 1}, the bot has %d workers: events would not be handled in order", n)
	}
	ts := h.srv.NextTS()
	h.event(slacktest.Mention(sentinelChannel, sentinelUser, mention+" Do you encrypt the sentinel?", ts, ""), slacktest.EventOpts{})
	h.waitFor("the sentinel's answer", func() bool {
		for _, c := range postsTo(h.srv, sentinelChannel) {
			if c.Params.Get("thread_ts") == ts {
				return true
			}
		}
		return false
	})
	h.waitFor("the language-model passes", func() bool {
		h.bot.llm.mu.Lock()
		defer h.bot.llm.mu.Unlock()
		return len(h.bot.llm.versions) == 0
	})
}

// drain stops the bot and returns once none of its event workers is left:
// every envelope it had acked has then been handled, and nothing more can
// happen. It suits a test whose bot has several workers, where sentinel cannot
// order the events. Call it only once every envelope the test sent is acked:
// the reader finishes dispatching an acked envelope (queueing its job) before
// it looks at the cancelled context, Run lets the queued and running jobs
// finish, and drain then checks that every worker has exited; an envelope
// still unread when the bot stops is never handled.
func (h *harness) drain() {
	h.t.Helper()
	h.stop()
	select {
	case err := <-h.done:
		if err != nil {
			h.t.Errorf("Run: %v", err)
		}
	case <-time.After(15 * time.Second):
		h.t.Fatal("bot did not stop")
	}
	h.done <- nil // for the harness cleanup
	if !h.bot.pool.drain(10 * time.Second) {
		h.t.Fatal("event workers still running after the bot stopped")
	}
}

// waitBlocked waits until some goroutine's stack holds fn (as runtime stacks
// print it, inlined calls included): a handler blocked there has done all it
// does before, so a check that it did nothing more yet needs no pause.
func (h *harness) waitBlocked(fn string) {
	h.t.Helper()
	buf := make([]byte, 1<<20)
	h.waitFor("a goroutine waiting in "+fn, func() bool {
		return bytes.Contains(buf[:runtime.Stack(buf, true)], []byte(fn))
	})
}

// calls returns the recorded calls of method, without the sentinel's.
func (h *harness) calls(method string) []slacktest.Call {
	var out []slacktest.Call
	for _, c := range h.srv.Calls(method) {
		if c.Params.Get("channel") != sentinelChannel && c.Params.Get("channel_id") != sentinelChannel {
			out = append(out, c)
		}
	}
	return out
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

// waitAnswerSaved waits until the conversation records where its answer was
// posted (the bot saves it after the post returns), and returns that ts.
func (h *harness) waitAnswerSaved(id string) string {
	h.t.Helper()
	var ts string
	h.waitFor("conversation "+id+" to record its answer", func() bool {
		c, _, _ := h.bot.store.GetConversation(context.Background(), slacktest.TeamID, id)
		ts = c.AnswerTS
		return ts != ""
	})
	return ts
}

const mention = "<@" + slacktest.BotUserID + ">"

func newTestClient(srv *slacktest.Server) *slack.Client {
	return slack.New(slacktest.BotToken, slack.OptionAppLevelToken(slacktest.AppToken), slack.OptionAPIURL(srv.URL),
		slack.OptionHTTPClient(NewHTTPClient(10*time.Second)))
}

func jsonUnmarshal(s string, v any) error { return json.Unmarshal([]byte(s), v) }
