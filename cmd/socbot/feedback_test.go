package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"

	"github.com/socbot/socbot/internal/state"
	"github.com/socbot/socbot/internal/triage"
)

func TestParseSince(t *testing.T) {
	cases := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"7d", 7 * 24 * time.Hour, true},
		{"30d", 30 * 24 * time.Hour, true},
		{"2w", 14 * 24 * time.Hour, true},
		{"24h", 24 * time.Hour, true},
		{"90m", 90 * time.Minute, true},
		{"d", 0, false},
		{"0d", 0, false},
		{"-3h", 0, false},
		{"1.5d", 0, false},
		{"week", 0, false},
	}
	for _, c := range cases {
		got, err := parseSince(c.in)
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("parseSince(%q) = %v, %v; want %v, ok %v", c.in, got, err, c.want, c.ok)
		}
	}
}

// clearStateEnv makes the test independent of the caller's environment.
func clearStateEnv(t *testing.T) {
	for _, k := range []string{"REDIS_URL", "REDIS_ADDRS", "REDIS_MASTER_NAME", "REDIS_USERNAME", "REDIS_PASSWORD",
		"REDIS_DB", "SOC_STATE_PREFIX", "SOC_STATE_TTL", "SOC_DEDUPE_TTL", "SOC_FEEDBACK_TTL", "SOC_REDIS_TIMEOUT",
		"SOC_REDIS_BREAKER_FAILURES", "SOC_REDIS_BREAKER_COOLDOWN", "SOC_STATE_MAX_ENTRIES"} {
		t.Setenv(k, "")
	}
}

func runFeedbackCmd(args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = realMain(context.Background(), append([]string{"feedback"}, args...), nil, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestFeedbackWithoutRedis(t *testing.T) {
	clearStateEnv(t)
	code, out, errOut := runFeedbackCmd()
	if code != 0 || !strings.Contains(out, "memory of the running bot") {
		t.Errorf("exit %d, stdout %q, stderr %q; want 0 and a note that feedback is in memory", code, out, errOut)
	}
}

func TestFeedbackUsage(t *testing.T) {
	clearStateEnv(t)
	for _, args := range [][]string{{"--since", "soon"}, {"--format", "xml"}, {"extra"}} {
		if code, _, errOut := runFeedbackCmd(args...); code != 2 || errOut == "" {
			t.Errorf("feedback %q: exit %d, stderr %q; want 2 and a message", args, code, errOut)
		}
	}
}

func TestFeedbackUnreachableRedis(t *testing.T) {
	clearStateEnv(t)
	mr := miniredis.RunT(t)
	addr := mr.Addr()
	mr.Close()
	t.Setenv("REDIS_URL", "redis://"+addr)
	if code, _, errOut := runFeedbackCmd(); code != 1 || !strings.Contains(errOut, "redis") {
		t.Errorf("exit %d, stderr %q; want 1 and a message naming redis", code, errOut)
	}
}

func TestFeedbackTable(t *testing.T) {
	clearStateEnv(t)
	mr := miniredis.RunT(t)
	t.Setenv("REDIS_URL", "redis://"+mr.Addr()+"/0")
	t.Setenv("SOC_STATE_PREFIX", "fbtest")
	ctx := context.Background()
	// The votes are written straight to Redis, which returns its errors: the
	// store socbot runs with would log a vote instead of keeping it after a slow
	// call, and the command would then count too few.
	c := redis.NewClient(&redis.Options{Addr: mr.Addr()})
	defer c.Close()
	s := state.NewRedis(c, state.Config{Prefix: "fbtest", OpTimeout: 5 * time.Second})
	now := time.Now()
	votes := []struct {
		team string
		f    triage.Feedback
	}{
		{"T1", triage.Feedback{Vote: triage.VoteDown, Rules: []string{"soc2-encryption", "soc1-itgc"}, At: now.Add(-time.Hour)}},
		{"T2", triage.Feedback{Vote: triage.VoteDown, Rules: []string{"soc2-encryption"}, At: now.Add(-2 * time.Hour)}},
		{"T1", triage.Feedback{Vote: triage.VoteUp, Rules: []string{"soc1-itgc"}, At: now.Add(-3 * time.Hour)}},
		{"T1", triage.Feedback{Vote: triage.VoteDown, At: now.Add(-4 * time.Hour)}},
		{"T1", triage.Feedback{Vote: triage.VoteDown, Rules: []string{"old-rule"}, At: now.Add(-10 * 24 * time.Hour)}},
	}
	for _, v := range votes {
		if err := s.Record(ctx, v.team, v.f); err != nil {
			t.Fatal(err)
		}
	}

	code, out, errOut := runFeedbackCmd("--since", "7d")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	t.Logf("output:\n%s", out)
	for _, want := range []string{"4 votes, 3 👎, 1 👍, from 2 workspace(s)", "1 vote(s) on answers that named no rule"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	enc, itgc := strings.Index(out, "soc2-encryption"), strings.Index(out, "soc1-itgc")
	if enc < 0 || itgc < 0 || enc > itgc || strings.Contains(out, "old-rule") {
		t.Errorf("want soc2-encryption (2 👎) above soc1-itgc (1 👎) and no old-rule:\n%s", out)
	}

	code, out, _ = runFeedbackCmd("--since", "30d", "--format", "json")
	var got struct {
		Votes int               `json:"votes"`
		Rules []state.RuleScore `json:"rules"`
	}
	if err := json.Unmarshal([]byte(out), &got); code != 0 || err != nil {
		t.Fatalf("json output: exit %d, %v:\n%s", code, err, out)
	}
	if got.Votes != 5 || len(got.Rules) != 3 || got.Rules[0] != (state.RuleScore{Rule: "soc2-encryption", Down: 2}) {
		t.Errorf("json output = %+v, want 5 votes, 3 rules, soc2-encryption first", got)
	}
}
