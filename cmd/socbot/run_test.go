package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/socbot/socbot/internal/slacktest"
	"github.com/socbot/socbot/internal/testlog"
)

// TestRunAgainstFakeSlack runs `socbot run` as the binary would, configured
// only by environment variables, against the fake Slack: it connects through
// SLACK_API_URL (apps.connections.open included), answers a mention in its
// thread, and exits 0 on SIGTERM.
func TestRunAgainstFakeSlack(t *testing.T) {
	srv := slacktest.New(slacktest.WithPingInterval(time.Second))
	defer srv.Close()
	setEnv(t, map[string]string{
		"SLACK_APP_TOKEN":    slacktest.AppToken,
		"SLACK_BOT_TOKEN":    slacktest.BotToken,
		"SLACK_API_URL":      strings.TrimSuffix(srv.URL, "/"), // normalised by the config
		"SOC_WATCH_CHANNELS": "C0WATCH01",
		"SOC_LOG_LEVEL":      "debug",
	})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stderr testlog.Buffer
	code := make(chan int, 1)
	go func() { code <- realMain(ctx, []string{"run"}, nil, &bytes.Buffer{}, &stderr) }()

	wait, stop := context.WithTimeout(context.Background(), 15*time.Second)
	defer stop()
	if err := srv.WaitConnections(wait, 1); err != nil {
		t.Fatalf("no Socket Mode connection: %v\n%s", err, stderr.String())
	}
	ts := srv.NextTS()
	env, _, err := srv.SendEvent(wait, slacktest.Mention("C0SALES01", "U0ALICE01", "<@"+slacktest.BotUserID+"> Do you encrypt backups at rest?", ts, ""), slacktest.EventOpts{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := srv.WaitAck(wait, env); err != nil {
		t.Fatal(err)
	}
	calls, err := srv.WaitCalls(wait, "chat.postMessage", 1)
	if err != nil {
		t.Fatal(err)
	}
	if calls[0].Params.Get("thread_ts") != ts {
		t.Errorf("answered in thread %q, want %q", calls[0].Params.Get("thread_ts"), ts)
	}
	cancel() // SIGTERM
	select {
	case c := <-code:
		if c != 0 {
			t.Errorf("exit %d after SIGTERM, want 0\n%s", c, stderr.String())
		}
	case <-time.After(15 * time.Second):
		t.Fatal("socbot run did not exit after SIGTERM")
	}
	logs := stderr.String()
	for _, secret := range []string{slacktest.AppToken, slacktest.BotToken} {
		if strings.Contains(logs, secret) {
			t.Errorf("logs contain a token")
		}
	}
	if !strings.Contains(logs, `"msg":"authenticated"`) {
		t.Errorf("JSON logs lack the auth.test line:\n%s", logs)
	}
}
