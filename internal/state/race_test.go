package state

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/socbot/socbot/internal/triage"
)

// twoReplicas returns two Redis stores with their own clients on one server,
// as two socbot processes would have.
func twoReplicas(t *testing.T) (*Redis, *Redis) {
	srv := startRedis(t)
	cfg := testConfig()
	// These tests are about atomicity, not speed: allow a slow server (miniredis
	// under -race on two shared cores) its time.
	cfg.OpTimeout = 10 * time.Second
	return NewRedis(srv.client(t, cfg), cfg), NewRedis(srv.client(t, cfg), cfg)
}

// TestClaimEventExactlyOnce delivers every event to both replicas several
// times at once, under both of its identities (event_id and channel:ts, as an
// app_mention and a message event); exactly one delivery may own each message.
func TestClaimEventExactlyOnce(t *testing.T) {
	a, b := twoReplicas(t)
	const events, deliveries = 40, 8
	ctx := context.Background()
	var owners [events]atomic.Int32
	var errs atomic.Int32
	var wg sync.WaitGroup
	for e := range events {
		for d := range deliveries {
			wg.Add(1)
			go func() {
				defer wg.Done()
				s := a
				if d%2 == 1 {
					s = b
				}
				eventID := fmt.Sprintf("Ev%d-%d", e, d%3) // three event ids for one message
				var ok bool
				var err error
				if d%4 < 2 {
					ok, err = s.ClaimEvent(ctx, "T1", eventID, "C1", fmt.Sprintf("%d.0001", e))
				} else {
					var res triage.TurnResult
					res, err = s.Begin(ctx, "T1", triage.Turn{EventID: eventID, Channel: "C1", TS: fmt.Sprintf("%d.0001", e),
						Conversation: fmt.Sprintf("C1:%d", e), UserID: "U1", Questions: []string{"q"}})
					ok = res.Owned
				}
				if err != nil {
					errs.Add(1)
					t.Errorf("claim: %v", err)
				}
				if ok {
					owners[e].Add(1)
				}
			}()
		}
	}
	wg.Wait()
	for e := range events {
		if n := owners[e].Load(); n != 1 {
			t.Errorf("event %d owned %d times, want exactly 1", e, n)
		}
	}
}

// TestConcurrentAppendsKeepEveryQuestion appends from two replicas at once to
// one conversation; no question may be lost or doubled.
func TestConcurrentAppendsKeepEveryQuestion(t *testing.T) {
	a, b := twoReplicas(t)
	ctx := context.Background()
	const perReplica = 50
	var wg sync.WaitGroup
	for i := range 2 * perReplica {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := a
			if i%2 == 1 {
				s = b
			}
			q := fmt.Sprintf("question %d", i)
			var err error
			if i%3 == 0 {
				_, err = s.Begin(ctx, "T1", triage.Turn{EventID: fmt.Sprintf("E%d", i), Conversation: "D1:1.1", UserID: "U1", Questions: []string{q}})
			} else {
				_, err = s.AppendQuestions(ctx, "T1", "D1:1.1", "U1", "dm", []string{q})
			}
			if err != nil {
				t.Errorf("append %d: %v", i, err)
			}
		}()
	}
	wg.Wait()
	c, ok, err := a.GetConversation(ctx, "T1", "D1:1.1")
	if err != nil || !ok {
		t.Fatalf("GetConversation: ok %v, err %v", ok, err)
	}
	got := slices.Clone(c.Questions)
	slices.Sort(got)
	var want []string
	for i := range 2 * perReplica {
		want = append(want, fmt.Sprintf("question %d", i))
	}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("conversation has %d questions, want %d (every one once)", len(got), len(want))
	}
}

// TestMemoryConcurrent checks the in-process store under the race detector.
func TestMemoryConcurrent(t *testing.T) {
	m := NewMemory(testConfig())
	ctx := context.Background()
	var owned atomic.Int32
	var wg sync.WaitGroup
	for i := range 64 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if ok, _ := m.ClaimEvent(ctx, "T1", fmt.Sprintf("E%d", i%4), "C1", "1.1"); ok {
				owned.Add(1)
			}
			_, _ = m.AppendQuestions(ctx, "T1", "C1:1.1", "U1", "mention", []string{fmt.Sprint(i)})
			_, _, _ = m.Allow(ctx, "T1", "U1", 1, 1000)
		}()
	}
	wg.Wait()
	if owned.Load() != 1 {
		t.Errorf("message owned %d times, want 1", owned.Load())
	}
	if c, _, _ := m.GetConversation(ctx, "T1", "C1:1.1"); len(c.Questions) != 64 {
		t.Errorf("conversation has %d questions, want 64", len(c.Questions))
	}
}
