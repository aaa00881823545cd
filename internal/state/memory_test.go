package state

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/socbot/socbot/internal/triage"
)

func TestMemoryBounded(t *testing.T) {
	cfg := testConfig()
	cfg.MaxEntries = 100
	m := NewMemory(cfg)
	ctx := context.Background()
	for i := range 1000 {
		if ok, _ := m.ClaimEvent(ctx, "T1", fmt.Sprint("E", i), "C1", fmt.Sprint(i)); !ok {
			t.Fatalf("event %d refused", i)
		}
		_, _ = m.AppendQuestions(ctx, "T1", fmt.Sprint("C1:", i), fmt.Sprint("U", i), "mention", []string{"q"})
	}
	if n := m.Len(); n > cfg.MaxEntries {
		t.Errorf("memory holds %d keys, want at most %d", n, cfg.MaxEntries)
	}
	for range 1000 {
		_ = m.Record(ctx, "T1", triage.Feedback{Vote: triage.VoteUp})
	}
	if fb, _ := m.ListFeedback(ctx, time.Time{}); len(fb) > cfg.MaxEntries {
		t.Errorf("memory holds %d votes, want at most %d", len(fb), cfg.MaxEntries)
	}
}

// TestMemorySweeps checks that expired entries are removed, not merely hidden,
// even if nobody reads them again.
func TestMemorySweeps(t *testing.T) {
	clk := newClock()
	m := NewMemory(testConfig())
	m.now = clk.Now
	ctx := context.Background()
	for i := range 50 {
		_, _ = m.ClaimEvent(ctx, "T1", fmt.Sprint("E", i), "", "")
	}
	if m.Len() != 50 {
		t.Fatalf("Len = %d, want 50", m.Len())
	}
	clk.Add(m.cfg.DedupeTTL + sweepEvery)
	_, _ = m.ClaimEvent(ctx, "T1", "later", "", "")
	if n := m.Len(); n != 1 {
		t.Errorf("after expiry and a write, Len = %d, want 1", n)
	}
}

// TestMemoryRealClock checks that the default clock is the wall clock: a claim
// made with a tiny TTL lapses without any test hook.
func TestMemoryRealClock(t *testing.T) {
	m := NewMemory(testConfig())
	ctx := context.Background()
	if ok, _ := m.Claim(ctx, "T1", "k", time.Millisecond); !ok {
		t.Fatal("first claim refused")
	}
	time.Sleep(5 * time.Millisecond)
	if ok, _ := m.Claim(ctx, "T1", "k", time.Minute); !ok {
		t.Error("claim with a 1ms TTL still held after 5ms")
	}
}
