package state

import (
	"context"
	"io"
	"log/slog"
	"os"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"
)

// clock is a settable time source for TTLs and rate windows.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock() *clock { return &clock{t: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func quietLog() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// testConfig gives each test its own key prefix, so tests never see (or
// delete) each other's keys on a shared server.
// OpTimeout is long: these tests check behaviour, and a loaded machine must
// not turn a slow reply into a failure. The fault tests set their own.
func testConfig() Config {
	return Config{Prefix: "sbtest-" + randomID(), OpTimeout: 5 * time.Second}.withDefaults()
}

func init() { redis.SetLogger(redisLog{quietLog()}) }

// redisServer is a Redis to test against: the one in REDIS_TEST_URL when set,
// else a fresh miniredis. mr is nil for a real server.
type redisServer struct {
	url string
	mr  *miniredis.Miniredis
}

func startRedis(t testing.TB) redisServer {
	t.Helper()
	if u := os.Getenv("REDIS_TEST_URL"); u != "" {
		return redisServer{url: u}
	}
	mr := miniredis.RunT(t)
	return redisServer{url: "redis://" + mr.Addr() + "/0", mr: mr}
}

// client builds a fail-fast client like Open does and deletes the test's keys
// (and only those) when the test ends.
func (s redisServer) client(t testing.TB, cfg Config, hooks ...redis.Hook) redis.UniversalClient {
	t.Helper()
	cfg.URL = s.url
	c, err := newClient(cfg)
	if err != nil {
		t.Fatalf("client: %v", err)
	}
	for _, h := range hooks {
		c.AddHook(h)
	}
	t.Cleanup(func() {
		if s.mr == nil {
			deleteKeys(t, c, cfg.Prefix)
		}
		c.Close()
	})
	return c
}

func deleteKeys(t testing.TB, c redis.UniversalClient, prefix string) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	ks, err := scanKeys(ctx, c, prefix)
	if err != nil {
		t.Logf("cleanup: %v", err)
		return
	}
	if len(ks) > 0 {
		if err := c.Del(ctx, ks...).Err(); err != nil {
			t.Logf("cleanup: %v", err)
		}
	}
}

func scanKeys(ctx context.Context, c redis.UniversalClient, prefix string) ([]string, error) {
	var ks []string
	iter := c.Scan(ctx, 0, prefix+":*", 1000).Iterator()
	for iter.Next(ctx) {
		ks = append(ks, iter.Val())
	}
	return ks, iter.Err()
}

// countHook counts round trips: each command or pipeline sent is one. The
// handshake of a new connection (HELLO, AUTH, SELECT) is not counted: it is paid
// once per pooled connection, not per call.
type countHook struct{ n atomic.Int64 }

var handshake = map[string]bool{"hello": true, "auth": true, "select": true, "client": true}

func (h *countHook) DialHook(next redis.DialHook) redis.DialHook { return next }
func (h *countHook) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		if !handshake[cmd.Name()] {
			h.n.Add(1)
		}
		return next(ctx, cmd)
	}
}
func (h *countHook) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []redis.Cmder) error {
		if !handshake[cmds[0].Name()] {
			h.n.Add(1)
		}
		return next(ctx, cmds)
	}
}

// backend is one store under test with the means to move its time.
type backend struct {
	name string
	s    store
	cfg  Config
	// advance moves time forward for TTLs and rate windows; nil when the store
	// runs on a real server's clock.
	advance func(time.Duration)
	// tick moves only the store's own clock (rate windows, timestamps).
	tick func(time.Duration)
	// keys lists the test's keys, in Redis or in process memory.
	keys func() []string
	pttl func(key string) time.Duration
}

func backends(t *testing.T) []func(t *testing.T) backend {
	return []func(t *testing.T) backend{memoryBackend, redisBackend, resilientBackend}
}

func memoryBackend(t *testing.T) backend {
	cfg, clk := testConfig(), newClock()
	m := NewMemory(cfg)
	m.now = clk.Now
	return backend{name: "memory", s: m, cfg: cfg, advance: clk.Add, tick: clk.Add,
		keys: func() []string {
			m.mu.Lock()
			defer m.mu.Unlock()
			var ks []string
			for k := range m.items {
				ks = append(ks, k)
			}
			return ks
		},
		pttl: func(k string) time.Duration {
			m.mu.Lock()
			defer m.mu.Unlock()
			if it := m.items[k]; it != nil {
				return it.exp.Sub(clk.Now())
			}
			return -2 * time.Millisecond // as PTTL answers for a missing key
		},
	}
}

func newTestRedis(t *testing.T, cfg Config, clk *clock) (*Redis, backend) {
	srv := startRedis(t)
	c := srv.client(t, cfg)
	r := NewRedis(c, cfg)
	r.now = clk.Now
	ctx := context.Background()
	b := backend{name: "redis", s: r, cfg: cfg, tick: clk.Add,
		keys: func() []string {
			ks, err := scanKeys(ctx, c, cfg.Prefix)
			if err != nil {
				t.Fatalf("scan: %v", err)
			}
			return ks
		},
		pttl: func(k string) time.Duration { return c.PTTL(ctx, k).Val() },
	}
	if srv.mr != nil {
		b.name = "miniredis"
		b.advance = func(d time.Duration) { clk.Add(d); srv.mr.FastForward(d) }
	} else {
		b.name = "redis-server"
	}
	return r, b
}

func redisBackend(t *testing.T) backend {
	_, b := newTestRedis(t, testConfig(), newClock())
	return b
}

func resilientBackend(t *testing.T) backend {
	cfg, clk := testConfig(), newClock()
	r, b := newTestRedis(t, cfg, clk)
	m := NewMemory(cfg)
	m.now = clk.Now
	b.s = NewResilient(r, m, quietLog())
	b.name = "resilient-" + b.name
	return b
}
