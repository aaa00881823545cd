package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/socbot/socbot/internal/slacktest"
	"github.com/socbot/socbot/internal/testlog"
)

// runningBot is `socbot run` started in-process against a fake Slack.
type runningBot struct {
	t      *testing.T
	srv    *slacktest.Server
	stderr *testlog.Buffer
	cancel context.CancelFunc
	code   chan int
	wait   context.Context
}

// startRun runs `socbot run` with env (plus the fake's URL and tokens) and
// waits for its Socket Mode connection.
func startRun(t *testing.T, env map[string]string) *runningBot {
	t.Helper()
	srv := slacktest.New(slacktest.WithPingInterval(time.Second))
	t.Cleanup(srv.Close)
	all := map[string]string{
		"SLACK_APP_TOKEN": slacktest.AppToken,
		"SLACK_BOT_TOKEN": slacktest.BotToken,
		"SLACK_API_URL":   srv.URL,
	}
	for k, v := range env {
		all[k] = v
	}
	setEnv(t, all)
	ctx, cancel := context.WithCancel(context.Background())
	wait, stopWait := context.WithTimeout(context.Background(), 30*time.Second)
	r := &runningBot{t: t, srv: srv, stderr: &testlog.Buffer{}, cancel: cancel, code: make(chan int, 1), wait: wait}
	t.Cleanup(func() { cancel(); stopWait() })
	go func() { r.code <- realMain(ctx, []string{"run"}, nil, &bytes.Buffer{}, r.stderr) }()
	if err := srv.WaitConnections(wait, 1); err != nil {
		t.Fatalf("no Socket Mode connection: %v\n%s", err, r.stderr.String())
	}
	return r
}

// stop sends the equivalent of SIGTERM and returns the exit code.
func (r *runningBot) stop() int {
	r.t.Helper()
	r.cancel()
	select {
	case c := <-r.code:
		return c
	case <-time.After(20 * time.Second):
		r.t.Fatal("socbot run did not exit after SIGTERM")
		return -1
	}
}

// lines decodes the JSON log lines written so far; a line that is not JSON
// fails the test.
func (r *runningBot) lines() []map[string]any {
	r.t.Helper()
	var out []map[string]any
	sc := bufio.NewScanner(strings.NewReader(r.stderr.String()))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			r.t.Errorf("log line is not JSON: %q", sc.Text())
			continue
		}
		out = append(out, m)
	}
	return out
}

// httpAddr is the address the internal HTTP server reported it listens on.
func (r *runningBot) httpAddr() string {
	r.t.Helper()
	for _, l := range r.lines() {
		if l["msg"] == "internal HTTP server listening" {
			return l["addr"].(string)
		}
	}
	r.t.Fatalf("no 'internal HTTP server listening' line:\n%s", r.stderr.String())
	return ""
}

// get fetches path from the internal HTTP server.
func (r *runningBot) get(path string) (int, string) {
	r.t.Helper()
	req, _ := http.NewRequestWithContext(r.wait, http.MethodGet, "http://"+r.httpAddr()+path, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		r.t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// The questions the surfaces below ask; none of them may reach an info log.
var surfaceQuestions = []string{
	"Do you encrypt customer backups at rest with a zebrafish key?",
	"Is multi-factor authentication enforced for quokka administrators?",
	"Do you review payroll journal entries for the narwhal ledger?",
	"Describe your pangolin incident response plan.",
}

// driveSurfaces exercises a mention, a watched channel, a DM, /soc answered
// in the ack and a 👍, and waits for every answer.
func driveSurfaces(t *testing.T, r *runningBot) {
	t.Helper()
	srv, ctx := r.srv, r.wait
	send := func(inner map[string]any) {
		t.Helper()
		env, _, err := srv.SendEvent(ctx, inner, slacktest.EventOpts{})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := srv.WaitAck(ctx, env); err != nil {
			t.Fatal(err)
		}
	}
	send(slacktest.Mention("C0SALES01", "U0ALICE01", "<@"+slacktest.BotUserID+"> "+surfaceQuestions[0], srv.NextTS(), ""))
	send(slacktest.ChannelMessage("C0WATCH01", "U0BOB0001", "Vendor questionnaire:\n1. "+surfaceQuestions[1]+"\n2. Do you back up data daily?", srv.NextTS(), ""))
	send(slacktest.DirectMessage("D0ALICE01", "U0ALICE01", surfaceQuestions[2], srv.NextTS(), ""))
	if _, err := srv.WaitCalls(ctx, "chat.postMessage", 3); err != nil {
		t.Fatalf("answers: %v\n%s", err, r.stderr.String())
	}
	env, _, err := srv.SendSlash(ctx, slacktest.Slash{Channel: "C0SALES01", User: "U0ALICE01", Text: surfaceQuestions[3]})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := srv.WaitAck(ctx, env); err != nil {
		t.Fatal(err)
	}
	answer := srv.Calls("chat.postMessage")[0]
	env, _, err = srv.SendBlockAction(ctx, slacktest.Action{Channel: "C0SALES01", User: "U0ALICE01",
		ActionID: "socbot_feedback_up", Value: "rules:-", MessageTS: answer.Params.Get("ts")})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := srv.WaitAck(ctx, env); err != nil {
		t.Fatal(err)
	}
	waitLog(t, r, "feedback")
}

// waitLog waits until a line with msg has been logged.
func waitLog(t *testing.T, r *runningBot, msg string) {
	t.Helper()
	for r.wait.Err() == nil {
		if strings.Contains(r.stderr.String(), `"msg":"`+msg+`"`) {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("no %q line logged:\n%s", msg, r.stderr.String())
}

// TestLogsNeverCarryTokens runs `socbot run` at debug level, where slack-go
// logs its requests and every envelope, drives the surfaces and scans all of
// the output for the tokens: whole, without their prefix, and URL-encoded.
func TestLogsNeverCarryTokens(t *testing.T) {
	r := startRun(t, map[string]string{"SOC_LOG_LEVEL": "debug", "SOC_WATCH_CHANNELS": "C0WATCH01"})
	driveSurfaces(t, r)
	// Someone pastes both tokens into a DM: slack-go logs the envelope at debug.
	n := len(r.srv.Calls("chat.postMessage"))
	env, _, err := r.srv.SendEvent(r.wait, slacktest.DirectMessage("D0ALICE01", "U0ALICE01",
		"Are these ours? "+slacktest.BotToken+" "+slacktest.AppToken+" Do you encrypt backups?", r.srv.NextTS(), ""), slacktest.EventOpts{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.srv.WaitAck(r.wait, env); err != nil {
		t.Fatal(err)
	}
	if _, err := r.srv.WaitCalls(r.wait, "chat.postMessage", n+1); err != nil {
		t.Fatal(err)
	}
	if c := r.stop(); c != 0 {
		t.Errorf("exit %d after SIGTERM, want 0", c)
	}
	logs := r.stderr.String()
	for _, tok := range []string{slacktest.AppToken, slacktest.BotToken} {
		_, body, _ := strings.Cut(tok, "-")
		for _, s := range []string{tok, body, strings.ReplaceAll(tok, "-", "%2D")} {
			if strings.Contains(logs, s) {
				t.Errorf("logs contain %q (a token or its body)", s)
			}
		}
	}
	for _, masked := range []string{"xoxb-[REDACTED]", "xapp-[REDACTED]"} {
		if !strings.Contains(logs, masked) {
			t.Errorf("debug logs lack %s: the pasted tokens were not logged masked", masked)
		}
	}
	// Debug is where question text goes: this is what makes the info-level
	// test below meaningful.
	if !strings.Contains(logs, "zebrafish") {
		t.Errorf("debug logs lack the question text")
	}
	checkEventFields(t, r.lines())
}

// checkEventFields checks that every line about an event carries event_id,
// team, channel and surface, and that each surface logged at least one.
func checkEventFields(t *testing.T, lines []map[string]any) {
	t.Helper()
	surfaces := map[string]bool{}
	for _, l := range lines {
		if _, ok := l["surface"]; !ok {
			continue
		}
		for _, k := range []string{"event_id", "team", "channel", "surface"} {
			if v, ok := l[k].(string); !ok || (v == "" && k != "channel") {
				t.Errorf("line %q lacks %s: %v", l["msg"], k, l)
			}
		}
		surfaces[l["surface"].(string)] = true
	}
	for _, want := range []string{"mention", "message", "slash", "button"} {
		if !surfaces[want] {
			t.Errorf("no log line for surface %q (saw %v)", want, surfaces)
		}
	}
	for _, l := range lines {
		switch l["msg"] {
		case "answered", "answered in ack", "feedback", "question received":
			if _, ok := l["surface"]; !ok {
				t.Errorf("line %q is about an event but has no surface: %v", l["msg"], l)
			}
		}
	}
}

// TestInfoLogsCarryNoQuestionText: at the default level, questions are
// answered and logged about, but their text never appears.
func TestInfoLogsCarryNoQuestionText(t *testing.T) {
	r := startRun(t, map[string]string{"SOC_WATCH_CHANNELS": "C0WATCH01"})
	driveSurfaces(t, r)
	if c := r.stop(); c != 0 {
		t.Errorf("exit %d after SIGTERM, want 0", c)
	}
	logs := r.stderr.String()
	if !strings.Contains(logs, `"msg":"answered"`) {
		t.Fatalf("no answer logged at info:\n%s", logs)
	}
	for _, q := range surfaceQuestions {
		for _, w := range []string{q, "zebrafish", "quokka", "narwhal", "pangolin"} {
			if strings.Contains(logs, w) && strings.Contains(q, w) {
				t.Errorf("info logs contain question text %q", w)
			}
		}
	}
	checkEventFields(t, r.lines())
}

// TestTextLogs: SOC_LOG_FORMAT=text writes key=value lines, still redacted
// and still carrying the event fields.
func TestTextLogs(t *testing.T) {
	r := startRun(t, map[string]string{"SOC_LOG_FORMAT": "text", "SOC_LOG_LEVEL": "debug"})
	env, _, err := r.srv.SendEvent(r.wait, slacktest.Mention("C0SALES01", "U0ALICE01",
		"<@"+slacktest.BotUserID+"> is this ours? "+slacktest.BotToken+" Do you encrypt backups?", r.srv.NextTS(), ""), slacktest.EventOpts{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.srv.WaitAck(r.wait, env); err != nil {
		t.Fatal(err)
	}
	if _, err := r.srv.WaitCalls(r.wait, "chat.postMessage", 1); err != nil {
		t.Fatal(err)
	}
	if c := r.stop(); c != 0 {
		t.Errorf("exit %d, want 0", c)
	}
	logs := r.stderr.String()
	if strings.Contains(logs, slacktest.BotToken) {
		t.Error("text logs contain the bot token")
	}
	var answered bool
	for _, l := range strings.Split(logs, "\n") {
		if l == "" {
			continue
		}
		if !strings.HasPrefix(l, "time=") {
			t.Errorf("not a text line: %q", l)
		}
		if strings.Contains(l, "msg=answered") {
			answered = true
			for _, k := range []string{"event_id=Ev", "team=T", "channel=C0SALES01", "surface=mention"} {
				if !strings.Contains(l, k) {
					t.Errorf("answer line lacks %s: %s", k, l)
				}
			}
		}
	}
	if !answered {
		t.Errorf("no answered line:\n%s", logs)
	}
}
