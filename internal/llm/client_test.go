package llm

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/socbot/socbot/internal/llmtest"
)

func TestDisabledClientNeverCallsOut(t *testing.T) {
	t.Parallel()
	srv := llmtest.New(t)
	c, err := New(Config{BaseURL: srv.BaseURL()}, NewMemoryCache(0), nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.Enabled() || c.AllowedChannel("C1") {
		t.Fatal("a client without a key is enabled")
	}
	res := sample()
	before := sample()
	ctx := context.Background()
	if s, n, err := c.Enrich(ctx, &res); s != "" || n != 0 || err != nil {
		t.Errorf("Enrich = %q, %d, %v", s, n, err)
	}
	if f, err := c.FillGaps(ctx, res.Items); f != nil || err != nil {
		t.Errorf("FillGaps = %v, %v", f, err)
	}
	if s, err := c.Summarise(ctx, res); s != "" || err != nil {
		t.Errorf("Summarise = %q, %v", s, err)
	}
	var nilClient *Client
	if nilClient.Enabled() {
		t.Error("nil client is enabled")
	}
	if srv.Count() != 0 {
		t.Errorf("%d requests from a disabled client", srv.Count())
	}
	if len(res.Items) != len(before.Items) || res.Items[1].Verdict.Suggested() {
		t.Error("disabled client changed the result")
	}
}

func TestCacheHitSendsNoRequest(t *testing.T) {
	t.Parallel()
	srv := llmtest.New(t)
	srv.Handle(func(r llmtest.Request) llmtest.Reply {
		if r.FormatType() != "" {
			return llmtest.Reply{Content: answersJSON(t, ans(1, "soc2", "type2", "CC6.1"), ans(2, "none", ""))}
		}
		return llmtest.Reply{Content: "A summary."}
	})
	cache := NewMemoryCache(10)
	hits := 0
	c, _ := newTestClient(t, srv, cache, nil, WithHooks(Hooks{CacheHit: func(string) { hits++ }}))
	ctx := context.Background()
	var got [2]struct {
		summary string
		filled  int
	}
	for i := range got {
		res := sample()
		s, n, err := c.Enrich(ctx, &res)
		if err != nil {
			t.Fatal(err)
		}
		got[i].summary, got[i].filled = s, n
	}
	if got[0] != got[1] || got[0].filled != 2 || got[0].summary != "A summary." {
		t.Errorf("first %+v, second %+v", got[0], got[1])
	}
	if srv.Count() != 2 || hits != 2 || c.Stats().CacheHits != 2 {
		t.Errorf("%d requests, %d hits; want 2 requests (first paste) and 2 hits (second)", srv.Count(), hits)
	}

	// Another model is another key.
	c2, _ := newTestClient(t, srv, cache, func(cfg *Config) { cfg.Model = "other-model" })
	res := sample()
	if _, _, err := c2.Enrich(ctx, &res); err != nil {
		t.Fatal(err)
	}
	if srv.Count() != 4 {
		t.Errorf("%d requests after switching model, want 4", srv.Count())
	}
}

func TestCachedEmptyAnswerIsAHit(t *testing.T) {
	t.Parallel()
	srv := llmtest.New(t)
	srv.SetDefault(llmtest.Reply{Content: answersJSON(t, ans(9, "soc2", "type2"))}) // only an invalid answer
	c, _ := newTestClient(t, srv, NewMemoryCache(10), nil)
	for i := 0; i < 2; i++ {
		if fills, err := c.FillGaps(context.Background(), sample().Items); len(fills) != 0 || err != nil {
			t.Fatalf("call %d: fills %v err %v", i, fills, err)
		}
	}
	if srv.Count() != 1 || c.Stats().CacheHits != 1 {
		t.Errorf("%d requests, stats %+v; want the second call served from the cache", srv.Count(), c.Stats())
	}
}

func TestMemoryCache(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	m := NewMemoryCache(2)
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	m.now = func() time.Time { return now }
	_ = m.Set(ctx, "a", []byte("1"), time.Minute)
	_ = m.Set(ctx, "b", []byte("2"), 2*time.Minute)
	if v, ok, _ := m.Get(ctx, "a"); !ok || string(v) != "1" {
		t.Errorf("Get(a) = %q, %v", v, ok)
	}
	_ = m.Set(ctx, "c", []byte("3"), 3*time.Minute) // full: drops a, the nearest expiry
	if _, ok, _ := m.Get(ctx, "a"); ok || m.Len() != 2 {
		t.Errorf("a survived eviction; len %d", m.Len())
	}
	now = now.Add(2 * time.Minute)
	if _, ok, _ := m.Get(ctx, "b"); ok {
		t.Error("b outlived its TTL")
	}
	if v, ok, _ := m.Get(ctx, "c"); !ok || string(v) != "3" {
		t.Errorf("Get(c) = %q, %v", v, ok)
	}
	_ = m.Set(ctx, "d", []byte("4"), 0)
	if _, ok, _ := m.Get(ctx, "d"); ok {
		t.Error("a zero TTL was stored")
	}
}

func TestAllowedChannel(t *testing.T) {
	t.Parallel()
	cases := []struct {
		channels []string
		ask      []string
		want     bool
	}{
		{nil, []string{"C1"}, true},
		{[]string{"C1", "#sales"}, []string{"C1"}, true},
		{[]string{"C1", "#sales"}, []string{"C2", "sales"}, true},
		{[]string{"C1", "#sales"}, []string{"C2", "#SALES"}, true},
		{[]string{"C1", "#sales"}, []string{"C2", "security"}, false},
		{[]string{"C1"}, nil, false},
	}
	for _, tc := range cases {
		c, err := New(Config{APIKey: "k", Channels: tc.channels}, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := c.AllowedChannel(tc.ask...); got != tc.want {
			t.Errorf("channels %v, AllowedChannel(%v) = %v, want %v", tc.channels, tc.ask, got, tc.want)
		}
	}
}

func TestNewValidatesConfig(t *testing.T) {
	t.Parallel()
	for _, bad := range []string{"localhost:11434", "ftp://x/v1", "https://user:pw@api.example/v1"} {
		if _, err := New(Config{APIKey: "k", BaseURL: bad}, nil, nil); err == nil {
			t.Errorf("BaseURL %q accepted", bad)
		}
	}
	c, err := New(Config{APIKey: " k "}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := c.Config()
	if got.Model != DefaultModel || got.Timeout != DefaultTimeout || got.MaxQuestions != DefaultMaxQuestions || got.APIKey != "***" {
		t.Errorf("defaults = %+v", got)
	}
	// Without a key, a bad URL is not an error: nothing will use it.
	if _, err := New(Config{BaseURL: "nonsense"}, nil, nil); err != nil {
		t.Errorf("disabled client rejected its URL: %v", err)
	}
}

func TestConcurrentUse(t *testing.T) {
	t.Parallel()
	srv := llmtest.New(t)
	srv.Handle(func(r llmtest.Request) llmtest.Reply {
		if r.FormatType() != "" {
			return llmtest.Reply{Content: answersJSON(t, ans(1, "soc2", "type2"), ans(2, "none", ""))}
		}
		return llmtest.Reply{Content: "Summary."}
	})
	c, _ := newTestClient(t, srv, NewMemoryCache(10), nil)
	errs := make(chan error, 8)
	for range 8 {
		go func() {
			res := sample()
			_, n, err := c.Enrich(context.Background(), &res)
			if err == nil && n != 2 {
				err = fmt.Errorf("filled %d, want 2", n)
			}
			errs <- err
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
