package llm

import (
	"context"
	"errors"
	"net"
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/socbot/socbot/internal/llmtest"
)

func TestTimeoutLeavesNothingApplied(t *testing.T) {
	t.Parallel()
	srv := llmtest.New(t)
	srv.SetDefault(llmtest.Reply{Hang: true})
	c, _ := newTestClient(t, srv, nil, func(cfg *Config) { cfg.Timeout = 200 * time.Millisecond })
	res := sample()
	before := sample()

	start := time.Now()
	summary, filled, err := c.Enrich(context.Background(), &res)
	elapsed := time.Since(start)
	var e *Error
	if !errors.As(err, &e) || e.Kind != OutcomeTimeout {
		t.Fatalf("err = %v, want a timeout *Error", err)
	}
	if summary != "" || filled != 0 {
		t.Errorf("summary %q filled %d, want nothing", summary, filled)
	}
	for i := range res.Items {
		if res.Items[i].Report != before.Items[i].Report || res.Items[i].Verdict.Suggested() {
			t.Errorf("item %d changed after a timeout", i)
		}
	}
	// Two calls (classify, summary), each gives up when its budget runs out:
	// the budget is spent, so there is no retry.
	if n := srv.Count(); n != 2 {
		t.Errorf("%d requests, want 2", n)
	}
	if s := c.Stats(); s.Timeouts != 2 || s.Retries != 0 {
		t.Errorf("stats = %+v, want 2 timeouts, 0 retries", s)
	}
	if elapsed > 10*time.Second { // generous: only catches a call that ignores its budget
		t.Errorf("Enrich took %v with a 200ms budget per call", elapsed)
	}
}

func TestRetryAfterThenSuccess(t *testing.T) {
	t.Parallel()
	srv := llmtest.New(t)
	srv.Enqueue(
		llmtest.Reply{Status: 429, RetryAfter: "2", ErrorMessage: "Rate limit reached", ErrorCode: "rate_limit_exceeded"},
		llmtest.Reply{Content: answersJSON(t, ans(1, "soc2", "type2", "CC6.1"))},
	)
	var outcomes []string
	var mu sync.Mutex
	c, waits := newTestClient(t, srv, nil, nil, WithHooks(Hooks{Attempt: func(op, outcome string, _ time.Duration) {
		mu.Lock()
		outcomes = append(outcomes, op+":"+outcome)
		mu.Unlock()
	}}))
	fills, err := c.FillGaps(context.Background(), sample().Items)
	if err != nil || len(fills) != 1 {
		t.Fatalf("fills %v err %v", fills, err)
	}
	if want := []time.Duration{2 * time.Second}; !slices.Equal(*waits, want) {
		t.Errorf("waited %v, want %v (Retry-After)", *waits, want)
	}
	if want := []string{"classify:rate_limited", "classify:ok"}; !slices.Equal(outcomes, want) {
		t.Errorf("outcomes = %v, want %v", outcomes, want)
	}
	if s := c.Stats(); s.RateLimited != 1 || s.Retries != 1 || s.Attempts != 2 {
		t.Errorf("stats = %+v", s)
	}
}

func TestRetryAfterBeyondBudgetIsNotWaitedFor(t *testing.T) {
	t.Parallel()
	srv := llmtest.New(t)
	srv.Enqueue(llmtest.Reply{Status: 429, RetryAfter: "30"}, llmtest.Reply{Content: answersJSON(t)})
	c, waits := newTestClient(t, srv, nil, func(cfg *Config) { cfg.Timeout = 2 * time.Second })
	_, err := c.FillGaps(context.Background(), sample().Items)
	var e *Error
	if !errors.As(err, &e) || e.Kind != OutcomeRateLimited || e.Status != 429 {
		t.Fatalf("err = %v, want rate_limited", err)
	}
	if srv.Count() != 1 || len(*waits) != 0 {
		t.Errorf("%d requests, waits %v: want 1 request and no wait", srv.Count(), *waits)
	}
}

func TestServerErrorTwiceFails(t *testing.T) {
	t.Parallel()
	srv := llmtest.New(t)
	srv.Enqueue(llmtest.Reply{Status: 500}, llmtest.Reply{Status: 503, ErrorMessage: "The server is overloaded"}, llmtest.Reply{Content: answersJSON(t)})
	c, waits := newTestClient(t, srv, nil, nil)
	fills, err := c.FillGaps(context.Background(), sample().Items)
	var e *Error
	if !errors.As(err, &e) || e.Kind != OutcomeServerError || e.Status != 503 {
		t.Fatalf("err = %v, want server_error 503", err)
	}
	if fills != nil {
		t.Errorf("fills = %v", fills)
	}
	if srv.Count() != 2 || len(*waits) != 1 {
		t.Errorf("%d requests, %d waits; want 2 and 1 (one retry)", srv.Count(), len(*waits))
	}
	if !strings.Contains(err.Error(), "overloaded") {
		t.Errorf("error %q lost the server's message", err)
	}
}

func TestServerErrorThenSuccess(t *testing.T) {
	t.Parallel()
	srv := llmtest.New(t)
	srv.Enqueue(llmtest.Reply{Status: 502, Body: "<html>Bad Gateway</html>"}, llmtest.Reply{Content: answersJSON(t, ans(2, "none", ""))})
	c, _ := newTestClient(t, srv, nil, nil)
	fills, err := c.FillGaps(context.Background(), sample().Items)
	if err != nil || len(fills) != 1 || fills[0].Index != 3 {
		t.Fatalf("fills %+v err %v", fills, err)
	}
}

func TestClientErrorsAreNotRetried(t *testing.T) {
	t.Parallel()
	srv := llmtest.New(t)
	srv.RequireKey("another-key")
	c, waits := newTestClient(t, srv, nil, nil)
	_, err := c.FillGaps(context.Background(), sample().Items)
	var e *Error
	if !errors.As(err, &e) || e.Kind != OutcomeClientError || e.Status != 401 {
		t.Fatalf("err = %v, want client_error 401", err)
	}
	if srv.Count() != 1 || len(*waits) != 0 {
		t.Errorf("%d requests, want 1", srv.Count())
	}
}

func TestTransportErrorAndCancel(t *testing.T) {
	t.Parallel()
	srv := llmtest.New(nil)
	base := srv.BaseURL()
	srv.Close()
	c, err := New(Config{APIKey: "k", BaseURL: base}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.FillGaps(context.Background(), sample().Items)
	var e *Error
	if !errors.As(err, &e) || e.Kind != OutcomeTransport {
		t.Errorf("closed server: err = %v, want transport", err)
	}

	srv2 := llmtest.New(t)
	c2, _ := newTestClient(t, srv2, nil, nil)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = c2.FillGaps(ctx, sample().Items)
	if !errors.As(err, &e) || e.Kind != OutcomeCanceled {
		t.Errorf("canceled: err = %v, want canceled", err)
	}
}

func TestParseRetryAfter(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 11, 28, 10, 0, 0, 0, time.UTC)
	cases := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"2", 2 * time.Second, true},
		{"0.5", 500 * time.Millisecond, true},
		{" 10 ", 10 * time.Second, true},
		{"Sat, 28 Nov 2026 10:00:03 GMT", 3 * time.Second, true},
		{"Sat, 28 Nov 2026 09:00:00 GMT", 0, true},
		{"-1", 0, false},
		{"soon", 0, false},
	}
	for _, tc := range cases {
		got, ok := parseRetryAfter(tc.in, now)
		if got != tc.want || ok != tc.ok {
			t.Errorf("parseRetryAfter(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

type timeoutErr struct{}

func (timeoutErr) Error() string   { return "dial tcp: i/o timeout" }
func (timeoutErr) Timeout() bool   { return true }
func (timeoutErr) Temporary() bool { return true }

// A connect that times out early in the budget is retried once.
func TestNetworkTimeoutIsRetried(t *testing.T) {
	t.Parallel()
	srv := llmtest.New(t)
	srv.SetDefault(llmtest.Reply{Content: answersJSON(t, ans(1, "soc2", "type2"))})
	var dials atomic.Int32
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.DisableKeepAlives = true
	dial := tr.DialContext
	tr.DialContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
		if dials.Add(1) == 1 {
			return nil, timeoutErr{}
		}
		return dial(ctx, network, addr)
	}
	c, waits := newTestClient(t, srv, nil, nil, WithHTTPClient(&http.Client{Transport: tr}))
	fills, err := c.FillGaps(context.Background(), sample().Items)
	if err != nil || len(fills) != 1 {
		t.Fatalf("fills %v err %v", fills, err)
	}
	if s := c.Stats(); s.Timeouts != 1 || s.Retries != 1 || len(*waits) != 1 {
		t.Errorf("stats %+v waits %v; want one timeout and one retry", s, *waits)
	}
}
