package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/socbot/socbot/internal/slacktest"
)

// TestLoadBurst replays the shape of the acceptance burst against `socbot
// run`: 500 mentions over 10 seconds across 20 channels, each also delivered
// as a channel message (watched channels) and 10% redelivered, plus 50 /soc
// commands. It reports ack and answer percentiles. It takes ~15 s, so it
// runs only with SOCBOT_LOAD=1:
//
//	SOCBOT_LOAD=1 go test ./cmd/socbot -run LoadBurst -v
//
// With SOCBOT_BIN set to a built binary, that binary runs as a separate
// process (as in production) instead of in the test process:
//
//	go build -o /tmp/socbot ./cmd/socbot
//	SOCBOT_LOAD=1 SOCBOT_BIN=/tmp/socbot go test ./cmd/socbot -run LoadBurst -v
func TestLoadBurst(t *testing.T) {
	if os.Getenv("SOCBOT_LOAD") == "" {
		t.Skip("set SOCBOT_LOAD=1 to run the load test")
	}
	const mentions, channels, slashes = 500, 20, 50
	const over = 10 * time.Second
	srv := slacktest.New(slacktest.WithPingInterval(5 * time.Second))
	defer srv.Close()
	var watched []string
	for c := range channels / 2 {
		watched = append(watched, fmt.Sprintf("C0LOAD%03d", c))
	}
	setEnv(t, map[string]string{
		"SLACK_APP_TOKEN": slacktest.AppToken, "SLACK_BOT_TOKEN": slacktest.BotToken, "SLACK_API_URL": srv.URL,
		"SOC_WATCH_CHANNELS": strings.Join(watched, ","), "SOC_LOG_LEVEL": "warn",
	})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	code := make(chan int, 1)
	if bin := os.Getenv("SOCBOT_BIN"); bin != "" {
		cmd := exec.Command(bin, "run")
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		go func() {
			<-ctx.Done()
			_ = cmd.Process.Signal(syscall.SIGTERM)
		}()
		go func() {
			_ = cmd.Wait()
			code <- cmd.ProcessState.ExitCode()
		}()
	} else {
		go func() { code <- realMain(ctx, []string{"run"}, nil, &bytes.Buffer{}, os.Stderr) }()
	}
	wait, stop := context.WithTimeout(context.Background(), 60*time.Second)
	defer stop()
	if err := srv.WaitConnections(wait, 1); err != nil {
		t.Fatal(err)
	}

	var (
		mu      sync.Mutex
		byKey   = map[string]time.Time{}
		envs    []string
		slashEv []string
	)
	gap := over / mentions
	start := time.Now()
	for i := range mentions {
		next := start.Add(time.Duration(i) * gap)
		time.Sleep(time.Until(next))
		ch := fmt.Sprintf("C0LOAD%03d", i%channels)
		ts := srv.NextTS()
		text := fmt.Sprintf("<@%s> Do you encrypt backups at rest, and is MFA enforced for remote access? (%d)", slacktest.BotUserID, i)
		at := time.Now()
		env, evID, err := srv.SendEvent(wait, slacktest.Mention(ch, "U0LOAD001", text, ts, ""), slacktest.EventOpts{})
		if err != nil {
			t.Fatal(err)
		}
		mu.Lock()
		byKey[ch+"/"+ts] = at
		envs = append(envs, env)
		mu.Unlock()
		env2, _, err := srv.SendEvent(wait, slacktest.ChannelMessage(ch, "U0LOAD001", text, ts, ""), slacktest.EventOpts{})
		if err != nil {
			t.Fatal(err)
		}
		envs = append(envs, env2)
		if i%10 == 0 {
			env3, _, err := srv.SendEvent(wait, slacktest.Mention(ch, "U0LOAD001", text, ts, ""), slacktest.EventOpts{EventID: evID, RetryAttempt: 1, RetryReason: "timeout"})
			if err != nil {
				t.Fatal(err)
			}
			envs = append(envs, env3)
		}
		if i%(mentions/slashes) == 0 {
			env4, _, err := srv.SendSlash(wait, slacktest.Slash{Channel: ch, User: "U0LOAD001", Text: "Do you encrypt backups?\nDo you have a SOC 1 for payroll?"})
			if err != nil {
				t.Fatal(err)
			}
			slashEv = append(slashEv, env4)
		}
	}
	var acks []time.Duration
	for _, e := range append(envs, slashEv...) {
		a, err := srv.WaitAck(wait, e)
		if err != nil {
			t.Fatal(err)
		}
		acks = append(acks, a.Latency)
	}
	var slashAnswered int
	for _, e := range slashEv {
		if a := srv.Acks()[e]; len(a.Payload) > 0 && string(a.Payload) != "null" {
			slashAnswered++
		}
	}
	calls, err := srv.WaitCalls(wait, "chat.postMessage", mentions)
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(500 * time.Millisecond)
	calls = srv.Calls("chat.postMessage")
	var answers []time.Duration
	seen := map[string]int{}
	for _, c := range calls {
		k := c.Params.Get("channel") + "/" + c.Params.Get("thread_ts")
		seen[k]++
		if at, ok := byKey[k]; ok && seen[k] == 1 {
			answers = append(answers, c.At.Sub(at))
		}
	}
	for k, n := range seen {
		if n != 1 {
			t.Errorf("%s answered %d times", k, n)
		}
	}
	if len(answers) != mentions {
		t.Errorf("%d of %d mentions answered", len(answers), mentions)
	}
	cancel()
	if c := <-code; c != 0 {
		t.Errorf("socbot run exited %d after SIGTERM, want 0", c)
	}
	slices.Sort(acks)
	slices.Sort(answers)
	pct := func(d []time.Duration, p int) time.Duration { return d[min(len(d)-1, len(d)*p/100)] }
	t.Logf("envelopes %d (mentions %d, channel copies %d, redeliveries %d, /soc %d); /soc answered in ack: %d",
		len(acks), mentions, mentions, mentions/10, len(slashEv), slashAnswered)
	t.Logf("ack latency:    p50 %v  p90 %v  p95 %v  p99 %v  max %v", pct(acks, 50), pct(acks, 90), pct(acks, 95), pct(acks, 99), acks[len(acks)-1])
	t.Logf("answer latency: p50 %v  p90 %v  p95 %v  p99 %v  max %v", pct(answers, 50), pct(answers, 90), pct(answers, 95), pct(answers, 99), answers[len(answers)-1])
}
