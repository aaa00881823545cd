package state

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/socbot/socbot/internal/triage"
)

func countedRedis(t testing.TB) (*Redis, *countHook) {
	srv := startRedis(t)
	cfg := testConfig()
	cfg.OpTimeout = 5 * time.Second // counts and speed, not faults: a busy machine must not fail them
	h := &countHook{}
	r := NewRedis(srv.client(t, cfg, h), cfg)
	if err := r.LoadScripts(context.Background()); err != nil {
		t.Fatalf("LoadScripts: %v", err)
	}
	return r, h
}

// TestRoundTrips counts what a new question costs in Redis round trips.
func TestRoundTrips(t *testing.T) {
	r, h := countedRedis(t)
	ctx := context.Background()
	ops := []struct {
		name string
		max  int64
		run  func(i int) error
	}{
		{"Begin (claim + rate limit + append + read)", 1, func(i int) error {
			_, err := r.Begin(ctx, "T1", triage.Turn{EventID: fmt.Sprint("B", i), Channel: "C1", TS: fmt.Sprint(i, ".1"),
				Conversation: "C1:1.1", UserID: "U1", Questions: []string{"q"}, RateLimit: 1000})
			return err
		}},
		{"ClaimEvent then AppendQuestions", 2, func(i int) error {
			if _, err := r.ClaimEvent(ctx, "T1", fmt.Sprint("A", i), "C2", fmt.Sprint(i, ".1")); err != nil {
				return err
			}
			_, err := r.AppendQuestions(ctx, "T1", "C2:1.1", "U1", "mention", []string{"q"})
			return err
		}},
		{"SaveAnswer (after posting)", 1, func(int) error {
			return r.SaveAnswer(ctx, "T1", "C1:1.1", "C1", "9.9", json.RawMessage(`{}`))
		}},
		{"Allow", 1, func(int) error { _, _, err := r.Allow(ctx, "T1", "U9", 1, 1000); return err }},
		{"Record", 1, func(int) error {
			return r.Record(ctx, "T1", triage.Feedback{Vote: triage.VoteDown, Rules: []string{"r"}})
		}},
	}
	for _, op := range ops {
		for i := range 3 { // the first call must cost no more than later ones
			h.n.Store(0)
			if err := op.run(i); err != nil {
				t.Fatalf("%s: %v", op.name, err)
			}
			if got := h.n.Load(); got > op.max {
				t.Errorf("%s: call %d took %d round trips, want at most %d", op.name, i, got, op.max)
			}
		}
	}
}

// BenchmarkClaimEventAppend is the two-call path for a new question.
func BenchmarkClaimEventAppend(b *testing.B) {
	r, h := countedRedis(b)
	ctx := context.Background()
	h.n.Store(0)
	for i := 0; b.Loop(); i++ {
		if ok, err := r.ClaimEvent(ctx, "T1", fmt.Sprint("E", i), "C1", fmt.Sprint(i, ".1")); err != nil || !ok {
			b.Fatalf("ClaimEvent = %v, %v", ok, err)
		}
		if _, err := r.AppendQuestions(ctx, "T1", fmt.Sprint("C1:", i%100), "U1", "mention", []string{"Do you have a SOC 2?"}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(h.n.Load())/float64(b.N), "roundtrips/op")
}

// BenchmarkBegin is the one-call path for a new question.
func BenchmarkBegin(b *testing.B) {
	r, h := countedRedis(b)
	ctx := context.Background()
	h.n.Store(0)
	for i := 0; b.Loop(); i++ {
		res, err := r.Begin(ctx, "T1", triage.Turn{EventID: fmt.Sprint("E", i), Channel: "C1", TS: fmt.Sprint(i, ".1"),
			Conversation: fmt.Sprint("C1:", i%100), UserID: fmt.Sprint("U", i%500), Questions: []string{"Do you have a SOC 2?"}, RateLimit: 30})
		if err != nil || !res.Owned || !res.Allowed {
			b.Fatalf("Begin = %+v, %v", res, err)
		}
	}
	b.ReportMetric(float64(h.n.Load())/float64(b.N), "roundtrips/op")
}

// BenchmarkMemoryBegin is the in-process store's cost for the same work.
func BenchmarkMemoryBegin(b *testing.B) {
	m := NewMemory(testConfig())
	ctx := context.Background()
	for i := 0; b.Loop(); i++ {
		if _, err := m.Begin(ctx, "T1", triage.Turn{EventID: fmt.Sprint("E", i), Channel: "C1", TS: fmt.Sprint(i, ".1"),
			Conversation: fmt.Sprint("C1:", i%100), UserID: fmt.Sprint("U", i%50), Questions: []string{"q"}, RateLimit: 1 << 30}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDegradedBegin is the cost of a turn while Redis is down and the
// breaker open: no network at all.
func BenchmarkDegradedBegin(b *testing.B) {
	cfg := testConfig()
	cfg.URL = "redis://127.0.0.1:1" // nothing listens there
	cfg.OpTimeout = 100 * time.Millisecond
	s, err := Open(context.Background(), cfg, quietLog())
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if !s.Degraded() {
		b.Fatal("store not degraded")
	}
	ctx := context.Background()
	for i := 0; b.Loop(); i++ {
		res, err := s.Begin(ctx, "T1", triage.Turn{EventID: fmt.Sprint("E", i), Channel: "C1", TS: fmt.Sprint(i, ".1"),
			Conversation: fmt.Sprint("C1:", i%100), UserID: fmt.Sprint("U", i%500), Questions: []string{"q"}, RateLimit: 30})
		if err != nil || !res.Owned {
			b.Fatalf("Begin = %+v, %v", res, err)
		}
	}
}
