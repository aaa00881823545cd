package state

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"
)

func TestValidate(t *testing.T) {
	cases := []struct {
		name    string
		cfg     Config
		wantErr string // "" for valid
	}{
		{"defaults", Config{}, ""},
		{"url", Config{URL: "redis://:pw@localhost:6379/2"}, ""},
		{"sentinel", Config{Addrs: []string{"a:26379", "b:26379"}, MasterName: "mymaster"}, ""},
		{"both", Config{URL: "redis://x", Addrs: []string{"a:1"}}, "REDIS_URL or REDIS_ADDRS"},
		{"master without addrs", Config{MasterName: "m"}, "REDIS_MASTER_NAME"},
		{"dedupe too short", Config{DedupeTTL: 5 * time.Minute}, "SOC_DEDUPE_TTL"},
		{"timeout too long", Config{OpTimeout: time.Second}, "SOC_REDIS_TIMEOUT"},
		{"state ttl too short", Config{StateTTL: time.Second}, "SOC_STATE_TTL"},
		{"breaker", Config{BreakerFailures: -1}, "SOC_REDIS_BREAKER_FAILURES"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := c.cfg.Validate()
			switch {
			case c.wantErr == "" && err != nil:
				t.Errorf("Validate() = %v, want nil", err)
			case c.wantErr != "" && (err == nil || !strings.Contains(err.Error(), c.wantErr)):
				t.Errorf("Validate() = %v, want an error naming %s", err, c.wantErr)
			}
		})
	}
}

func TestOpen(t *testing.T) {
	ctx := context.Background()
	t.Run("memory by default", func(t *testing.T) {
		s, err := Open(ctx, Config{}, quietLog())
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		if s.Shared() || s.Degraded() || s.Ping(ctx) != nil {
			t.Errorf("memory store: shared %v degraded %v", s.Shared(), s.Degraded())
		}
		if ok, _ := s.ClaimEvent(ctx, "T1", "E1", "C1", "1"); !ok {
			t.Error("claim refused")
		}
	})
	t.Run("redis url", func(t *testing.T) {
		mr := miniredis.RunT(t)
		cfg := testConfig()
		cfg.OpTimeout = MaxOpTimeout
		cfg.URL = "redis://" + mr.Addr() + "/3"
		s, err := Open(ctx, cfg, quietLog())
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		if !s.Shared() || s.Degraded() || s.Ping(ctx) != nil {
			t.Fatalf("redis store: shared %v degraded %v ping %v", s.Shared(), s.Degraded(), s.Ping(ctx))
		}
		if ok, _ := s.ClaimEvent(ctx, "T1", "E1", "C1", "1"); !ok {
			t.Fatal("claim refused")
		}
		mr.Select(3)
		if !mr.Exists(cfg.Prefix + ":{T1}:dedupe:event:E1") {
			t.Errorf("claim not in Redis DB 3; keys: %q", mr.Keys())
		}
	})
	t.Run("unreachable redis starts degraded", func(t *testing.T) {
		mr := miniredis.RunT(t)
		addr := mr.Addr()
		mr.Close()
		cfg := testConfig()
		cfg.OpTimeout = MaxOpTimeout
		cfg.URL = "redis://" + addr
		s, err := Open(ctx, cfg, quietLog())
		if err != nil {
			t.Fatalf("Open with a dead Redis: %v (want a degraded store)", err)
		}
		defer s.Close()
		if !s.Degraded() {
			t.Error("not degraded")
		}
		if ok, err := s.ClaimEvent(ctx, "T1", "E1", "C1", "1"); !ok || err != nil {
			t.Errorf("degraded claim = %v, %v", ok, err)
		}
		if ok, _ := s.ClaimEvent(ctx, "T1", "E1", "C1", "1"); ok {
			t.Error("degraded store claimed one event twice")
		}
	})
	t.Run("a ping that answers ends degraded mode", func(t *testing.T) {
		mr := miniredis.RunT(t)
		addr := mr.Addr()
		mr.Close()
		cfg := testConfig()
		cfg.OpTimeout = MaxOpTimeout
		cfg.BreakerCooldown = time.Minute // no probe before the test ends: only the ping can recover
		cfg.URL = "redis://" + addr
		s, err := Open(ctx, cfg, quietLog())
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		if !s.Degraded() {
			t.Fatal("not degraded with Redis down")
		}
		if err := mr.Restart(); err != nil {
			t.Fatal(err)
		}
		if err := s.Ping(ctx); err != nil {
			t.Fatalf("ping after Redis came back: %v", err)
		}
		if s.Degraded() {
			t.Error("still degraded after Redis answered a ping")
		}
		if _, err := s.ListFeedback(ctx, time.Now().Add(-time.Hour)); err != nil {
			t.Errorf("list feedback after Redis answered a ping: %v", err)
		}
	})
	t.Run("blank REDIS_ADDRS means memory", func(t *testing.T) {
		if (Config{Addrs: []string{"", " "}}).Redis() {
			t.Error("Redis() true for blank addresses")
		}
	})
	t.Run("bad url", func(t *testing.T) {
		if _, err := Open(ctx, Config{URL: "http://x"}, quietLog()); err == nil || !strings.Contains(err.Error(), "REDIS_URL") {
			t.Errorf("Open(http://x) = %v, want an error naming REDIS_URL", err)
		}
	})
}
