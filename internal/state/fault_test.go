package state

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"os/exec"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/socbot/socbot/internal/netfault"

	"github.com/socbot/socbot/internal/testlog"
	"github.com/socbot/socbot/internal/triage"
)

func startProxy(t *testing.T, backend string) *netfault.Proxy {
	t.Helper()
	p, err := netfault.New(backend)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.Close)
	return p
}

// outage describes a Redis a test can take away and bring back.
type outage struct {
	url     string // what socbot connects to
	cut     func()
	restore func()
	direct  redis.UniversalClient // straight to the server, to inspect it
	// quiet: no events arrive after Redis returns; the store must notice by itself.
	quiet bool
}

// TestOutageProxy cuts Redis with a TCP proxy: always runs (miniredis behind
// it, or the server in REDIS_TEST_URL, which is never stopped).
func TestOutageProxy(t *testing.T) {
	for _, tc := range []struct {
		name string
		mode netfault.Mode
	}{{"refuse", netfault.Refuse}, {"blackhole", netfault.Blackhole}} {
		t.Run(tc.name, func(t *testing.T) {
			srv := startRedis(t)
			u, err := url.Parse(srv.url)
			if err != nil {
				t.Fatal(err)
			}
			p := startProxy(t, u.Host)
			direct := srv.client(t, testConfig())
			u.Host = p.Addr()
			runOutage(t, outage{url: u.String(), direct: direct, quiet: tc.mode == netfault.Refuse,
				cut: func() { p.Set(tc.mode) }, restore: func() { p.Set(netfault.Up) }})
		})
	}
}

// TestOutageRedisServer kills a redis-server of its own mid-run and restarts it
// on the same port.
func TestOutageRedisServer(t *testing.T) {
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		t.Skip("redis-server not on PATH; TestOutageProxy covers the outage")
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	_, port, _ := net.SplitHostPort(addr)
	var cmd *exec.Cmd
	start := func() {
		cmd = exec.Command(bin, "--port", port, "--bind", "127.0.0.1", "--save", "", "--appendonly", "no")
		if err := cmd.Start(); err != nil {
			t.Fatalf("start redis-server: %v", err)
		}
		c := redis.NewClient(&redis.Options{Addr: addr})
		defer c.Close()
		for deadline := time.Now().Add(10 * time.Second); c.Ping(context.Background()).Err() != nil; {
			if time.Now().After(deadline) {
				t.Fatal("redis-server did not start")
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	stop := func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	}
	start()
	t.Cleanup(stop)
	direct := redis.NewClient(&redis.Options{Addr: addr, MaxRetries: 5})
	t.Cleanup(func() { direct.Close() })
	runOutage(t, outage{url: "redis://" + addr + "/0", direct: direct, cut: stop, restore: start, quiet: true})
}

// runOutage runs a burst of events through one process while Redis is up, down
// and back: each event is handled once, no error reaches the caller, the log
// says once that the store is degraded and once that it recovered.
func runOutage(t *testing.T, o outage) {
	ctx := context.Background()
	logs := &testlog.Buffer{}
	log := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelInfo}))
	cfg := testConfig()
	cfg.URL = o.url
	cfg.OpTimeout = 100 * time.Millisecond
	cfg.BreakerFailures = 2
	cfg.BreakerCooldown = 200 * time.Millisecond
	t.Cleanup(func() { deleteKeys(t, o.direct, cfg.Prefix) })
	s, err := Open(ctx, cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var transitions []bool
	var tmu sync.Mutex
	var hookErrs atomic.Int64
	s.SetHooks(Hooks{
		Degraded: func(on bool) { tmu.Lock(); transitions = append(transitions, on); tmu.Unlock() },
		Error:    func(string, error) { hookErrs.Add(1) },
	})
	if s.Degraded() {
		t.Fatal("degraded before the outage")
	}

	var handled [60]atomic.Int32
	deliver := func(i int) {
		t.Helper()
		turn := triage.Turn{EventID: fmt.Sprint("Ev", i), Channel: "C1", TS: fmt.Sprint(i, ".1"),
			Conversation: "D1:1.1", UserID: "U1", Surface: "dm", Questions: []string{fmt.Sprint("q", i)}, RateLimit: 1000}
		for _, id := range []string{turn.EventID, turn.EventID + "-as-message", turn.EventID} {
			turn.EventID = id
			res, err := s.Begin(ctx, "T1", turn)
			if err != nil {
				t.Errorf("event %d: Begin: %v", i, err)
			}
			if res.Owned {
				handled[i].Add(1)
				if !res.Allowed {
					t.Errorf("event %d refused by the rate limit", i)
				}
				if err := s.SaveAnswer(ctx, "T1", turn.Conversation, "D1", fmt.Sprint(i, ".2"), nil); err != nil {
					t.Errorf("event %d: SaveAnswer: %v", i, err)
				}
			}
		}
	}

	for i := range 10 {
		deliver(i)
	}
	if c, _, _ := s.GetConversation(ctx, "T1", "D1:1.1"); len(c.Questions) != 10 {
		t.Fatalf("before the outage the conversation has %d questions, want 10", len(c.Questions))
	}

	o.cut()
	for i := 10; i < 40; i++ {
		if i == 25 { // outlast a few cool-downs: probes fail, quietly
			time.Sleep(3 * cfg.BreakerCooldown)
		}
		deliver(i)
	}
	deliver(3) // a Slack retry of an event handled before the outage
	if !s.Degraded() {
		t.Error("not degraded during the outage")
	}
	res, err := s.Begin(ctx, "T1", triage.Turn{EventID: "follow", Conversation: "D1:1.1", UserID: "U1", Questions: []string{"more"}})
	if err != nil || len(res.Conversation.Questions) != 1 {
		t.Errorf("degraded Begin = %+v, %v; want just this turn's question", res.Conversation, err)
	}
	if ok, _, err := s.Allow(ctx, "T1", "U2", 1, 1); !ok || err != nil {
		t.Errorf("degraded Allow = %v, %v", ok, err)
	}
	if ok, _, _ := s.Allow(ctx, "T1", "U2", 1, 1); ok {
		t.Error("degraded rate limit not applied from memory")
	}
	if err := s.Record(ctx, "T1", triage.Feedback{Vote: triage.VoteDown, Rules: []string{"r1"}}); err != nil {
		t.Errorf("degraded Record: %v", err)
	}
	if _, err := s.ForgetUser(ctx, "T1", "U1"); !errors.Is(err, ErrUnavailable) {
		t.Errorf("degraded ForgetUser = %v, want ErrUnavailable (never claim to have deleted)", err)
	}

	o.restore()
	back := time.Now()
	i := 40
	for s.Degraded() {
		if time.Since(back) > 20*time.Second {
			t.Fatal("store still degraded 20s after Redis came back")
		}
		if !o.quiet {
			deliver(i)
			i++
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Logf("recovered %v after Redis came back; %d Redis errors counted", time.Since(back).Round(time.Millisecond), s.Errors())
	for ; i < len(handled); i++ {
		deliver(i)
	}
	for i := range handled {
		if n := handled[i].Load(); n != 1 {
			t.Errorf("event %d handled %d times, want 1", i, n)
		}
	}
	// Back in Redis: the claim of the last event is there, and the history
	// written before the outage is readable again (unless the server was restarted empty).
	if n, err := o.direct.Exists(ctx, cfg.Prefix+fmt.Sprintf(":{T1}:dedupe:event:Ev%d", len(handled)-1)).Result(); err != nil || n != 1 {
		t.Errorf("claim after recovery not in Redis: %d, %v", n, err)
	}
	if s.Errors() < uint64(cfg.BreakerFailures) || hookErrs.Load() != int64(s.Errors()) {
		t.Errorf("Errors() = %d, Error hook called %d times; want equal and at least %d", s.Errors(), hookErrs.Load(), cfg.BreakerFailures)
	}
	out := logs.String()
	if n := strings.Count(out, "state store degraded"); n != 1 {
		t.Errorf("logged entering degraded mode %d times, want 1:\n%s", n, out)
	}
	if n := strings.Count(out, "state store recovered"); n != 1 {
		t.Errorf("logged recovery %d times, want 1:\n%s", n, out)
	}
	tmu.Lock()
	defer tmu.Unlock()
	if fmt.Sprint(transitions) != "[true false]" {
		t.Errorf("Degraded hook calls = %v, want [true false]", transitions)
	}
}
