package state

import (
	"context"
	"testing"

	"github.com/socbot/socbot/internal/triage"
)

// A redelivered event that loses the claim in Redis must not veto, through the
// in-memory mirror, the copy that Redis granted: the original copy is still answered.
func TestResilientRefusedClaimDoesNotVetoGrantedCopy(t *testing.T) {
	cfg, clk := testConfig(), newClock()
	r, _ := newTestRedis(t, cfg, clk)
	m := NewMemory(cfg)
	m.now = clk.Now
	s := NewResilient(r, m, quietLog())
	ctx := context.Background()

	// The original copy wins in Redis but has not yet reached the mirror …
	if ok, err := r.ClaimEvent(ctx, "T1", "Ev1", "C1", "1.000"); err != nil || !ok {
		t.Fatalf("redis claim = %v, %v", ok, err)
	}
	// … when the retry arrives and loses in Redis.
	if ok, err := s.ClaimEvent(ctx, "T1", "Ev1", "C1", "1.000"); err != nil || ok {
		t.Fatalf("retry claim = %v, %v; want refused", ok, err)
	}
	// The original copy's mirror claim must still succeed.
	if ok, _ := m.ClaimEvent(ctx, "T1", "Ev1", "C1", "1.000"); !ok {
		t.Fatal("the refused retry vetoed the granted copy in memory")
	}
	// Begin follows the same rule.
	turn := triage.Turn{EventID: "Ev2", Channel: "C1", TS: "2.000", UserID: "U1", Surface: "mention", Conversation: "C1:2.000", Questions: []string{"Do you encrypt backups?"}}
	if res, err := r.Begin(ctx, "T1", turn); err != nil || !res.Owned {
		t.Fatalf("redis begin = %+v, %v", res, err)
	}
	if res, err := s.Begin(ctx, "T1", turn); err != nil || res.Owned {
		t.Fatalf("retry begin = %+v, %v; want not owned", res, err)
	}
	if ok, _ := m.ClaimEvent(ctx, "T1", "Ev2", "C1", "2.000"); !ok {
		t.Fatal("the refused retry vetoed the granted copy in memory (Begin)")
	}
}
