package bot

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/socbot/socbot/internal/slacktest"
	"github.com/socbot/socbot/internal/state"
	"github.com/socbot/socbot/internal/triage"
)

func TestReconnectAfterRefreshRequested(t *testing.T) {
	h := start(t, Config{}, Deps{})
	if err := h.srv.Disconnect(h.wctx(), "refresh_requested"); err != nil {
		t.Fatal(err)
	}
	if err := h.srv.WaitConnections(h.wctx(), 2); err != nil {
		t.Fatalf("no reconnection after refresh_requested: %v", err)
	}
	ts := h.srv.NextTS()
	env := h.event(slacktest.Mention("C0SALES01", "U0ALICE01", mention+" Do you encrypt backups?", ts, ""), slacktest.EventOpts{})
	h.waitAck(env)
	h.waitCalls("chat.postMessage", 1)
}

func TestReconnectAfterAbruptDrop(t *testing.T) {
	h := start(t, Config{}, Deps{})
	if err := h.srv.Drop(h.wctx()); err != nil {
		t.Fatal(err)
	}
	if err := h.srv.WaitConnections(h.wctx(), 2); err != nil {
		t.Fatalf("no reconnection after a dropped connection: %v", err)
	}
	env := h.event(slacktest.Mention("C0SALES01", "U0ALICE01", mention+" Do you encrypt backups?", h.srv.NextTS(), ""), slacktest.EventOpts{})
	h.waitAck(env)
	h.waitCalls("chat.postMessage", 1)
}

func TestRateLimitedPostIsRetriedAfterRetryAfter(t *testing.T) {
	h := start(t, Config{Workers: 1}, Deps{})
	h.srv.RateLimit("chat.postMessage", 1, 1)
	ts := h.srv.NextTS()
	h.event(slacktest.Mention("C0SALES01", "U0ALICE01", mention+" Do you encrypt backups?", ts, ""), slacktest.EventOpts{})
	calls := h.waitCalls("chat.postMessage", 2)
	if gap := calls[1].At.Sub(calls[0].At); gap < 900*time.Millisecond {
		t.Errorf("retried after %s, want Retry-After (1s) honoured", gap)
	}
	h.sentinel()
	if got := len(h.srv.History("C0SALES01")); got != 1 {
		t.Errorf("%d messages posted, want 1", got)
	}
}

func TestServerErrorDoesNotDuplicateAnswer(t *testing.T) {
	// A 500 leaves the outcome unknown. The fake did not store the message, so
	// the bot must find no marker in the thread and post once more.
	h := start(t, Config{Workers: 1}, Deps{})
	h.srv.Fail("chat.postMessage", 1, slacktest.Failure{Status: http.StatusInternalServerError})
	ts := h.srv.NextTS()
	h.event(slacktest.Mention("C0SALES01", "U0ALICE01", mention+" Do you encrypt backups?", ts, ""), slacktest.EventOpts{})
	h.waitCalls("chat.postMessage", 2)
	if n := len(h.srv.Calls("conversations.replies")); n == 0 {
		t.Error("posted again without looking for the first answer")
	}
	h.sentinel()
	if got := len(h.srv.History("C0SALES01")); got != 1 {
		t.Errorf("%d messages posted, want 1", got)
	}
}

func TestPostOnceFindsLandedAnswer(t *testing.T) {
	// The answer landed but the response was lost: conversations.replies shows
	// the marker, so nothing is posted again.
	h := start(t, Config{}, Deps{})
	thread := h.srv.NextTS()
	p := post{channel: "C0SALES01", thread: thread, key: "mention:T:C:1", blocks: noticeBlocks("hi"), text: "hi"}
	h.srv.AddMessage(slacktest.Message{Channel: "C0SALES01", ThreadTS: thread, User: slacktest.BotUserID, Text: "hi",
		Metadata: []byte(`{"event_type":"socbot_answer","event_payload":{"key":"mention:T:C:1"}}`)})
	ts, err := h.bot.findAnswer(h.wctx(), p)
	if err != nil || ts == "" {
		t.Fatalf("findAnswer = %q, %v; want the landed message", ts, err)
	}
	p.key = "mention:T:C:2"
	if ts, err := h.bot.findAnswer(h.wctx(), p); err != nil || ts != "" {
		t.Errorf("findAnswer for another key = %q, %v; want none", ts, err)
	}
}

func TestMentionInjectionNeverPings(t *testing.T) {
	h := start(t, Config{WatchChannels: []string{"C0WATCH01"}}, Deps{})
	hostile := mention + " Security questionnaire <!channel> <!here> <!everyone> <@U0CEO0001> <!subteam^S0TEAM|@security>\n" +
		"Do you encrypt backups? &lt;!channel&gt; <https://evil.example|click here>\n" +
		"=HYPERLINK(\"http://evil.example\") <#C0SECRET1>"
	ts := h.srv.NextTS()
	h.event(slacktest.Mention("C0SALES01", "U0ALICE01", hostile, ts, ""), slacktest.EventOpts{})
	h.event(slacktest.ChannelMessage("C0WATCH01", "U0ALICE01", strings.ReplaceAll(hostile, mention, ""), h.srv.NextTS(), ""), slacktest.EventOpts{})
	env, _, err := h.srv.SendSlash(h.wctx(), slacktest.Slash{Channel: "C0SALES01", User: "U0ALICE01", Text: strings.ReplaceAll(hostile, mention, "")})
	if err != nil {
		t.Fatal(err)
	}
	ack := h.waitAck(env)
	posts := h.waitCalls("chat.postMessage", 2)
	texts := []string{string(ack.Payload)}
	for _, c := range posts {
		texts = append(texts, c.Texts()...)
	}
	var ackTexts slacktest.Call
	ackTexts.Body = ack.Payload
	texts = append(texts, ackTexts.Texts()...)
	for _, s := range texts {
		for _, bad := range []string{"<!channel>", "<!here>", "<!everyone>", "<@U0CEO0001>", "<!subteam", "<https://evil", "<#C0SECRET1>"} {
			if strings.Contains(s, bad) {
				t.Errorf("%q reached Slack unescaped in %q", bad, s)
			}
		}
	}
	if !strings.Contains(strings.Join(texts, "\n"), "&lt;!channel&gt;") {
		t.Error("escaped form of <!channel> not shown; was the text dropped instead?")
	}
}

// Text a summary repeats from the questionnaire is escaped like the
// questions themselves.
func TestSummaryTextIsEscaped(t *testing.T) {
	hostile := "<!channel> <@U0CEO0001> <https://evil.example|click here>"
	res := fakeEngine{}.Triage("Do you encrypt backups?")
	res.Summary.Headline = "Asked: " + hostile
	res.Summary.Reports = []triage.ReportNeed{{Report: "soc2", Type: "type2", Text: "SOC 2 for " + hostile, Questions: []string{"q1"}}}
	r := renderAnswer(res, answerOpts{})
	out := string(blocksJSON(t, r.Blocks)) + r.Text
	for _, bad := range []string{"<!channel>", "<@U0CEO0001>", "<https://evil"} {
		if strings.Contains(out, bad) {
			t.Errorf("%q reached the answer unescaped", bad)
		}
	}
	if !strings.Contains(out, "&lt;!channel&gt;") {
		t.Error("escaped form of <!channel> not shown; was the text dropped instead?")
	}
}

func TestLongResultUploadsCSV(t *testing.T) {
	h := start(t, Config{}, Deps{})
	var b strings.Builder
	for i := range 150 {
		fmt.Fprintf(&b, "Question %d: do you encrypt backups of system %d with keys rotated yearly and stored apart? =cmd\n", i, i)
	}
	h.event(slacktest.Mention("C0SALES01", "U0ALICE01", mention+" "+b.String(), h.srv.NextTS(), ""), slacktest.EventOpts{})
	post := h.waitCalls("chat.postMessage", 1)[0]
	var blocks []any
	if err := jsonUnmarshal(post.Params.Get("blocks"), &blocks); err != nil {
		t.Fatal(err)
	}
	if len(blocks) > maxBlocks {
		t.Errorf("%d blocks, Slack allows %d", len(blocks), maxBlocks)
	}
	if !strings.Contains(post.Text(), "each of the 150 questions") {
		t.Errorf("long answer not summarised:\n%s", post.Text())
	}
	up := h.waitCalls("upload", 1)[0]
	csv := string(up.Body)
	if lines := strings.Count(csv, "\n"); lines != 151 {
		t.Errorf("CSV has %d lines, want 151", lines)
	}
	done := h.waitCalls("files.completeUploadExternal", 1)[0]
	if done.Params.Get("thread_ts") == "" || done.Params.Get("channel_id") != "C0SALES01" {
		t.Errorf("CSV not shared in the thread: %v", done.Params)
	}
}

func TestBurstAnsweredExactlyOnce(t *testing.T) {
	// 200 mentions over 20 channels, paced at about 400 a second (eight times
	// the rate of a 500-in-10-seconds burst): every envelope acked, every
	// mention answered exactly once, in its own thread.
	const n, channels = 200, 20
	h := start(t, Config{}, Deps{})
	type sent struct {
		env string
		at  time.Time
	}
	var mu sync.Mutex
	byThread := map[string]sent{}
	var wg sync.WaitGroup
	for c := range channels {
		wg.Go(func() {
			for i := range n / channels {
				ch := fmt.Sprintf("C0BURST%02d", c)
				ts := h.srv.NextTS()
				at := time.Now()
				env := h.event(slacktest.Mention(ch, "U0ALICE01", fmt.Sprintf("%s Do you encrypt backups? (%d)", mention, i), ts, ""), slacktest.EventOpts{})
				mu.Lock()
				byThread[ch+"/"+ts] = sent{env, at}
				mu.Unlock()
				time.Sleep(50 * time.Millisecond)
			}
		})
	}
	wg.Wait()
	var acks, answers []time.Duration
	for _, s := range byThread {
		acks = append(acks, h.waitAck(s.env).Latency)
	}
	calls := h.waitCalls("chat.postMessage", n)
	h.drain()
	if got := len(h.srv.Calls("chat.postMessage")); got != n {
		t.Errorf("%d answers for %d mentions", got, n)
	}
	seen := map[string]bool{}
	for _, c := range calls {
		k := c.Params.Get("channel") + "/" + c.Params.Get("thread_ts")
		s, ok := byThread[k]
		if !ok || seen[k] {
			t.Errorf("unexpected or repeated answer in %s", k)
			continue
		}
		seen[k] = true
		answers = append(answers, c.At.Sub(s.at))
	}
	slices.Sort(acks)
	slices.Sort(answers)
	t.Logf("%d mentions over %d channels: ack p50 %s p99 %s max %s; answer p50 %s p99 %s max %s", n, channels,
		acks[len(acks)/2], acks[len(acks)*99/100], acks[len(acks)-1],
		answers[len(answers)/2], answers[len(answers)*99/100], answers[len(answers)-1])
}

func TestTightBurstAllAckedAndAnswered(t *testing.T) {
	// 200 envelopes written back to back: a backlog the bot must drain
	// without losing or repeating anything.
	const n = 200
	h := start(t, Config{}, Deps{})
	var envs []string
	for i := range n {
		envs = append(envs, h.event(slacktest.Mention(fmt.Sprintf("C0TIGHT%02d", i%20), "U0ALICE01", mention+" Do you encrypt backups?", h.srv.NextTS(), ""), slacktest.EventOpts{}))
	}
	for _, e := range envs {
		h.waitAck(e)
	}
	h.waitCalls("chat.postMessage", n)
	h.drain()
	if got := len(h.srv.Calls("chat.postMessage")); got != n {
		t.Errorf("%d answers for %d mentions", got, n)
	}
}

func TestFullQueueSaysBusy(t *testing.T) {
	block := make(chan struct{})
	h := start(t, Config{Workers: 1, QueueSize: 1}, Deps{Engine: blockingEngine{block}})
	defer close(block)
	var envs []string
	for i := range 4 {
		envs = append(envs, h.event(slacktest.Mention("C0SALES01", "U0ALICE01", fmt.Sprintf("%s Do you encrypt backups? (%d)", mention, i), h.srv.NextTS(), ""), slacktest.EventOpts{}))
	}
	for _, e := range envs {
		h.waitAck(e) // acks never wait for the workers
	}
	calls := h.waitCalls("chat.postMessage", 1)
	if !strings.Contains(calls[0].Params.Get("text"), "swamped") {
		t.Errorf("first post = %q, want a busy notice", calls[0].Params.Get("text"))
	}
}

// A DM that finds the queue full is told so where it was written, as an
// answer would be: at the top of the DM for a message there, in the thread
// for a message in a thread. A DM never gets a thread the user did not start.
func TestFullQueueSaysBusyInDMWhereAsked(t *testing.T) {
	block := make(chan struct{})
	h := start(t, Config{Workers: 1, QueueSize: 1}, Deps{Engine: blockingEngine{block}})
	defer close(block)
	// The worker is held by the first mention and the queue by the second.
	h.event(slacktest.Mention("C0SALES01", "U0ALICE01", mention+" Do you encrypt backups? (1)", h.srv.NextTS(), ""), slacktest.EventOpts{})
	h.waitBlocked("blockingEngine.Classify")
	h.waitAck(h.event(slacktest.Mention("C0SALES01", "U0ALICE01", mention+" Do you encrypt backups? (2)", h.srv.NextTS(), ""), slacktest.EventOpts{}))
	top, root := h.srv.NextTS(), h.srv.NextTS()
	h.event(slacktest.DirectMessage("D0ALICE01", "U0ALICE01", "Do you encrypt backups?", top, ""), slacktest.EventOpts{})
	h.event(slacktest.DirectMessage("D0ALICE01", "U0ALICE01", "Do you process payroll?", h.srv.NextTS(), root), slacktest.EventOpts{})
	posts := h.waitCalls("chat.postMessage", 2)
	var threads []string
	for _, p := range posts {
		if p.Params.Get("channel") != "D0ALICE01" || !strings.Contains(p.Params.Get("text"), "swamped") {
			t.Errorf("post %v, want a busy notice in the DM", p.Params)
		}
		threads = append(threads, p.Params.Get("thread_ts"))
	}
	slices.Sort(threads)
	if want := []string{"", root}; !slices.Equal(threads, want) {
		t.Errorf("busy notices in threads %q, want %q (the top of the DM, and the thread written in)", threads, want)
	}
}

type blockingEngine struct{ block chan struct{} }

func (e blockingEngine) Classify(q triage.Question) triage.Verdict {
	<-e.block
	return fakeEngine{}.Classify(q)
}

func TestPanicInHandlerDoesNotKillBot(t *testing.T) {
	h := start(t, Config{}, Deps{Engine: panicEngine{}})
	h.event(slacktest.Mention("C0SALES01", "U0ALICE01", mention+" boom", h.srv.NextTS(), ""), slacktest.EventOpts{})
	h.event(slacktest.Mention("C0SALES01", "U0ALICE01", mention+" Do you encrypt backups?", h.srv.NextTS(), ""), slacktest.EventOpts{})
	calls := h.waitCalls("chat.postMessage", 1)
	if !strings.Contains(calls[0].Text(), "SOC 2") {
		t.Errorf("answer after a panic = %s", calls[0].Text())
	}
}

type panicEngine struct{}

func (panicEngine) Classify(q triage.Question) triage.Verdict {
	if strings.Contains(q.Text, "boom") {
		panic("rule table exploded")
	}
	return fakeEngine{}.Classify(q)
}

func TestShutdownDrainsInFlight(t *testing.T) {
	block := make(chan struct{})
	h := start(t, Config{ShutdownTimeout: 5 * time.Second}, Deps{Engine: blockingEngine{block}})
	env := h.event(slacktest.Mention("C0SALES01", "U0ALICE01", mention+" Do you encrypt backups?", h.srv.NextTS(), ""), slacktest.EventOpts{})
	h.waitAck(env)
	h.stop() // SIGTERM
	// The answer is let go only once the bot has stopped reading, so the
	// drain is what waits for it.
	go func() {
		for err := h.bot.Ready(); err == nil || !strings.Contains(err.Error(), "shutting down"); err = h.bot.Ready() {
			time.Sleep(5 * time.Millisecond)
		}
		close(block)
	}()
	select {
	case err := <-h.done:
		if err != nil {
			t.Errorf("Run = %v, want nil after a clean shutdown", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return")
	}
	h.done <- nil // for the cleanup
	if n := len(h.srv.Calls("chat.postMessage")); n != 1 {
		t.Errorf("in-flight answer not finished: %d posts", n)
	}
}

func TestSlashLongTextUsesResponseURL(t *testing.T) {
	h := start(t, Config{}, Deps{})
	var b strings.Builder
	for i := range 60 {
		fmt.Fprintf(&b, "Do you encrypt backups of system number %d, and how?\n", i)
	}
	env, _, err := h.srv.SendSlash(h.wctx(), slacktest.Slash{Channel: "C0SALES01", User: "U0ALICE01", Text: b.String()})
	if err != nil {
		t.Fatal(err)
	}
	if a := h.waitAck(env); a.Payload != nil && string(a.Payload) != "null" {
		t.Errorf("long /soc answered in the ack: %s", a.Payload)
	}
	resp := h.waitCalls("response_url", 1)[0]
	body := string(resp.Body)
	if !strings.Contains(body, `"response_type":"ephemeral"`) || !strings.Contains(body, "k:share:") {
		t.Errorf("response_url answer lacks ephemeral type or stored Share value: %.300s", body)
	}
}

func TestAuthFailureStopsRun(t *testing.T) {
	for _, tc := range []struct{ method, code string }{
		{"auth.test", "invalid_auth"},
		{"apps.connections.open", "invalid_auth"},
		// A bot token given as the app token: Slack refuses its type on every try.
		{"apps.connections.open", "not_allowed_token_type"},
	} {
		method := tc.method
		t.Run(method+"/"+tc.code, func(t *testing.T) {
			srv := slacktest.New()
			defer srv.Close()
			srv.Fail(method, 100, slacktest.Failure{SlackError: tc.code})
			b, err := New(Config{}, Deps{Slack: newTestClient(srv), Engine: fakeEngine{}, Store: state.NewMemory(state.Config{})}, testLogger())
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			if err := b.Run(ctx); err == nil || !strings.Contains(err.Error(), tc.code) {
				t.Errorf("Run = %v, want %s", err, tc.code)
			}
			if ctx.Err() != nil {
				t.Errorf("Run kept retrying until the test's deadline")
			}
		})
	}
}

func TestReconnectHonoursRateLimitedConnectionsOpen(t *testing.T) {
	h := start(t, Config{}, Deps{})
	h.srv.RateLimit("apps.connections.open", 1, 1)
	if err := h.srv.Drop(h.wctx()); err != nil {
		t.Fatal(err)
	}
	if err := h.srv.WaitConnections(h.wctx(), 2); err != nil {
		t.Fatalf("no reconnection after a rate-limited apps.connections.open: %v", err)
	}
	opens := h.srv.Calls("apps.connections.open")
	if len(opens) < 3 {
		t.Fatalf("%d apps.connections.open calls, want the first, the 429 and a retry", len(opens))
	}
	if gap := opens[2].At.Sub(opens[1].At); gap < 900*time.Millisecond {
		t.Errorf("retried apps.connections.open after %s, want Retry-After (1s) honoured", gap)
	}
	h.event(slacktest.Mention("C0SALES01", "U0ALICE01", mention+" Do you encrypt backups?", h.srv.NextTS(), ""), slacktest.EventOpts{})
	h.waitCalls("chat.postMessage", 1)
}
