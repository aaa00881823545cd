package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/socbot/socbot/bot"
	"github.com/socbot/socbot/internal/llm"
	"github.com/socbot/socbot/internal/llmtest"
	"github.com/socbot/socbot/internal/slacktest"
	"github.com/socbot/socbot/internal/split"
	"github.com/socbot/socbot/internal/testlog"
	"github.com/socbot/socbot/internal/triage"
)

const llmQuestions = "Do you encrypt backups at rest?\nHow do you ensure payroll calculations are accurate?\n" +
	"Do you run a bug bounty programme?\nWhat is the colour of your office carpet?"

func TestLLMConfigValidation(t *testing.T) {
	tests := []struct {
		env  map[string]string
		want string // "" means valid
	}{
		{map[string]string{}, ""},
		{map[string]string{"OPENAI_API_KEY": "sk-x", "OPENAI_BASE_URL": "http://localhost:11434/v1", "SOC_LLM_CHANNELS": "C0AAA1111, #sales,"}, ""},
		{map[string]string{"OPENAI_BASE_URL": "localhost:11434"}, "OPENAI_BASE_URL"},
		{map[string]string{"OPENAI_BASE_URL": "https://user:pw@llm.example/v1"}, "OPENAI_BASE_URL"},
		{map[string]string{"SOC_LLM_TIMEOUT": "0s"}, "SOC_LLM_TIMEOUT"},
		{map[string]string{"SOC_LLM_MAX_QUESTIONS": "0"}, "SOC_LLM_MAX_QUESTIONS"},
		{map[string]string{"SOC_LLM_CONCURRENCY": "0"}, "SOC_LLM_CONCURRENCY"},
	}
	for _, tt := range tests {
		env := validEnv()
		for k, v := range tt.env {
			env[k] = v
		}
		setEnv(t, env)
		cfg, err := loadConfig()
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%v: %v", tt.env, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("%v: error %v, want one naming %s", tt.env, err, tt.want)
		}
		if len(tt.env) == 0 && (cfg.Timeout != 8*time.Second || cfg.MaxQuestions != 30 || cfg.Concurrency != 4 || cfg.APIKey != "") {
			t.Errorf("defaults = %+v", cfg.LLMConfig)
		}
		if v := tt.env["SOC_LLM_CHANNELS"]; v != "" && strings.Join(cfg.LLMConfig.Channels, "|") != "C0AAA1111|#sales" {
			t.Errorf("SOC_LLM_CHANNELS %q read as %q", v, cfg.LLMConfig.Channels)
		}
	}
}

// runSocbot runs `socbot run` in the test process with env until the test ends.
func runSocbot(t *testing.T, srv *slacktest.Server, env map[string]string, stderr io.Writer) {
	t.Helper()
	base := map[string]string{"SLACK_APP_TOKEN": slacktest.AppToken, "SLACK_BOT_TOKEN": slacktest.BotToken,
		"SLACK_API_URL": srv.URL, "SOC_LOG_LEVEL": "warn"}
	for k, v := range env {
		base[k] = v
	}
	setEnv(t, base)
	ctx, cancel := context.WithCancel(context.Background())
	code := make(chan int, 1)
	go func() { code <- realMain(ctx, []string{"run"}, nil, &bytes.Buffer{}, stderr) }()
	t.Cleanup(func() {
		cancel()
		select {
		case c := <-code:
			if c != 0 {
				t.Errorf("socbot run exited %d after SIGTERM, want 0", c)
			}
		case <-time.After(15 * time.Second):
			t.Error("socbot run did not exit after SIGTERM")
		}
	})
	wait, stop := context.WithTimeout(context.Background(), 15*time.Second)
	defer stop()
	if err := srv.WaitConnections(wait, 1); err != nil {
		t.Fatalf("no Socket Mode connection: %v", err)
	}
}

// TestRunWithLLM runs `socbot run` configured by the environment against the
// fake Slack and the fake model: with a key, the rules-only answer is posted
// and then edited; without one, the model is never called.
func TestRunWithLLM(t *testing.T) {
	for _, withKey := range []bool{true, false} {
		t.Run(fmt.Sprintf("key=%v", withKey), func(t *testing.T) {
			srv := slacktest.New(slacktest.WithPingInterval(time.Second))
			defer srv.Close()
			fake := llmtest.New(t)
			ok, _ := llmtest.Scenario("ok")
			fake.Handle(ok)
			// One worker: the sentinel below is answered after the mention is.
			env := map[string]string{"OPENAI_BASE_URL": fake.BaseURL(), "SOC_WORKERS": "1", "SOC_LOG_LEVEL": "info"}
			if withKey {
				env["OPENAI_API_KEY"] = "sk-test-not-a-real-key"
			}
			var stderr testlog.Buffer
			runSocbot(t, srv, env, &stderr)
			wait, stop := context.WithTimeout(context.Background(), 15*time.Second)
			defer stop()
			ts := srv.NextTS()
			if _, _, err := srv.SendEvent(wait, slacktest.Mention("C0SALES01", "U0ALICE01", "<@"+slacktest.BotUserID+"> "+llmQuestions, ts, ""), slacktest.EventOpts{}); err != nil {
				t.Fatal(err)
			}
			if _, err := srv.WaitCalls(wait, "chat.postMessage", 1); err != nil {
				t.Fatal(err)
			}
			if !withKey {
				// Nothing was wired that could call the model later (the line
				// is logged where no model is given to the bot), and once a
				// sentinel mention sent after the first is answered, the
				// first's handler has returned: no edit can come from it.
				if !strings.Contains(stderr.String(), "language model off") {
					t.Fatalf("no 'language model off' line logged:\n%s", stderr.String())
				}
				sentinel := srv.NextTS()
				if _, _, err := srv.SendEvent(wait, slacktest.Mention("C0SENTINEL", "U0SENTRY1", "<@"+slacktest.BotUserID+"> Do you encrypt the sentinel?", sentinel, ""), slacktest.EventOpts{}); err != nil {
					t.Fatal(err)
				}
				if _, err := srv.WaitCalls(wait, "chat.postMessage", 2); err != nil {
					t.Fatal(err)
				}
				if fake.Count() != 0 || len(srv.Calls("chat.update")) != 0 {
					t.Errorf("without OPENAI_API_KEY: %d model requests, %d edits", fake.Count(), len(srv.Calls("chat.update")))
				}
				return
			}
			upd, err := srv.WaitCalls(wait, "chat.update", 1)
			if err != nil {
				t.Fatalf("answer never edited: %v\n%s", err, stderr.String())
			}
			if text := upd[0].Text(); !strings.Contains(text, "written by the language model") {
				t.Errorf("edit lacks the summary:\n%s", text)
			}
			if strings.Contains(stderr.String(), "sk-test-not-a-real-key") {
				t.Error("the API key reached the logs")
			}
		})
	}
}

// TestLLMLatency measures ack and rules-only answer latency of `socbot run`
// with no model, with a model that never answers (SOC_LLM_TIMEOUT 8 s), and
// with a model that answers after 3 s. It takes ~30 s, so it runs only with
// SOCBOT_LOAD=1 (TestLLMLatencySmoke is its short version):
//
//	SOCBOT_LOAD=1 go test ./cmd/socbot -run LLMLatency -v
func TestLLMLatency(t *testing.T) {
	if os.Getenv("SOCBOT_LOAD") == "" {
		t.Skip("set SOCBOT_LOAD=1 to measure latency with and without a hanging model")
	}
	for _, mode := range []string{"off", "hang", "slow"} {
		t.Run(mode, func(t *testing.T) {
			var h func(llmtest.Request) llmtest.Reply
			if mode != "off" {
				h, _ = llmtest.Scenario(mode)
			}
			r := llmBurst(t, h, 200, 4*time.Second)
			if mode != "off" {
				time.Sleep(7 * time.Second) // the edits of the first passes (a slow model answers each call in 3 s)
			}
			slices.Sort(r.acks)
			slices.Sort(r.answers)
			pct := func(d []time.Duration, p int) time.Duration { return d[min(len(d)-1, len(d)*p/100)] }
			t.Logf("model %-4s: ack p50 %v p99 %v max %v | rules-only answer p50 %v p95 %v p99 %v max %v | model requests %d, edits within 7 s %d",
				mode, pct(r.acks, 50), pct(r.acks, 99), r.acks[len(r.acks)-1],
				pct(r.answers, 50), pct(r.answers, 95), pct(r.answers, 99), r.answers[len(r.answers)-1],
				r.fake.Count(), len(r.srv.Calls("chat.update")))
		})
	}
}

// TestLLMLatencySmoke is TestLLMLatency's short version in plain `go test`: the
// model holds every call until the test ends and may take ten minutes, so an
// answer that waited for it would never come; every mention must still be acked
// and answered by the rules. It asserts no timing.
func TestLLMLatencySmoke(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	const mentions = 12
	hang, _ := llmtest.Scenario("hang")
	r := llmBurst(t, hang, mentions, 200*time.Millisecond, "SOC_LLM_TIMEOUT", "10m")
	if len(r.acks) != mentions || len(r.answers) != mentions {
		t.Errorf("%d acks and %d answers for %d mentions", len(r.acks), len(r.answers), mentions)
	}
	if r.fake.Count() == 0 {
		t.Error("the model was never asked: the smoke test measures nothing")
	}
}

type llmBurstResult struct {
	srv           *slacktest.Server
	fake          *llmtest.Server
	acks, answers []time.Duration
}

// llmBurst runs `socbot run` with a model answering as h does (nil: no model)
// and sends mentions spread over the given time, each in its own channel; it
// waits for every ack and every rules-only answer. extra are more variables, as
// name, value pairs.
func llmBurst(t *testing.T, h func(llmtest.Request) llmtest.Reply, mentions int, over time.Duration, extra ...string) llmBurstResult {
	t.Helper()
	srv := slacktest.New(slacktest.WithPingInterval(5 * time.Second))
	t.Cleanup(srv.Close)
	env := map[string]string{}
	for i := 0; i+1 < len(extra); i += 2 {
		env[extra[i]] = extra[i+1]
	}
	fake := llmtest.New(t)
	if h != nil {
		fake.Handle(h)
		env["OPENAI_API_KEY"] = "sk-test-not-a-real-key"
		env["OPENAI_BASE_URL"] = fake.BaseURL()
	}
	runSocbot(t, srv, env, io.Discard)
	// Past this bound the test fails; the model's own timeout is longer.
	wait, stop := context.WithTimeout(context.Background(), 60*time.Second)
	defer stop()
	sent := map[string]time.Time{}
	var envs []string
	begin := time.Now()
	for i := range mentions {
		time.Sleep(time.Until(begin.Add(time.Duration(i) * over / time.Duration(mentions))))
		ch := fmt.Sprintf("C0LAT%04d", i)
		ts := srv.NextTS()
		sent[ch] = time.Now()
		env, _, err := srv.SendEvent(wait, slacktest.Mention(ch, "U0LOAD001", fmt.Sprintf("<@%s> %s (%d)", slacktest.BotUserID, llmQuestions, i), ts, ""), slacktest.EventOpts{})
		if err != nil {
			t.Fatal(err)
		}
		envs = append(envs, env)
	}
	r := llmBurstResult{srv: srv, fake: fake}
	for _, e := range envs {
		a, err := srv.WaitAck(wait, e)
		if err != nil {
			t.Fatal(err)
		}
		r.acks = append(r.acks, a.Latency)
	}
	calls, err := srv.WaitCalls(wait, "chat.postMessage", mentions)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range calls {
		if at, ok := sent[c.Params.Get("channel")]; ok {
			r.answers = append(r.answers, c.At.Sub(at))
		}
	}
	return r
}

// TestModelCacheSharedByReplicas wires two replicas the way `socbot run` does,
// both on one Redis: the second replica's model pass over the same questions
// is answered from the cache the first one filled, not by the model.
func TestModelCacheSharedByReplicas(t *testing.T) {
	rd := newTestRedis(t, true)
	fake := llmtest.New(t)
	ok, _ := llmtest.Scenario("ok")
	fake.Handle(ok)
	env := validEnv()
	env["REDIS_URL"] = rd.url
	env["SOC_STATE_PREFIX"] = rd.prefix
	env["OPENAI_API_KEY"] = "sk-test-not-a-real-key"
	env["OPENAI_BASE_URL"] = fake.BaseURL()
	setEnv(t, env)
	cfg, err := loadConfig()
	if err != nil {
		t.Fatal(err)
	}
	eng, err := triage.NewEngine()
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.DiscardHandler)
	var requests []int
	for range 2 {
		var deps bot.Deps
		// Each replica's store as state.Open builds it, with seconds per Redis call:
		// a call past SOC_REDIS_TIMEOUT falls back to process memory, which is not shared.
		st := openStore(t, replicaOpts{redisURL: rd.url, prefix: rd.prefix}, log)
		defer st.Close()
		if err := wireLLM(cfg.LLMConfig, st.ModelCache(), &deps, llm.Hooks{}, log); err != nil {
			t.Fatal(err)
		}
		res := eng.TriageQuestions(split.Split(llmQuestions))
		if _, _, err := deps.Enricher.Enrich(context.Background(), &res); err != nil {
			t.Fatal(err)
		}
		requests = append(requests, fake.Count())
	}
	if requests[0] == 0 || requests[1] != requests[0] {
		t.Errorf("model requests after each replica = %v, want the second replica to add none (one shared cache)", requests)
	}
}
