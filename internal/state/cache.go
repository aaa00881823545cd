package state

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"
)

// The cache holds derived, shareable values (model answers keyed by a hash of
// the redacted prompt) under PREFIX:cache:KEY. It is not team-scoped: the key
// already says everything that decides the value.

func (k keys) cache(key string) string { return k.prefix + ":cache:" + key }

// CacheGet returns a live cached value; a miss is (nil, false, nil).
func (m *Memory) CacheGet(_ context.Context, key string) ([]byte, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	it := m.get(m.k.cache(key), m.now())
	if it == nil {
		return nil, false, nil
	}
	return append([]byte(nil), it.val...), true, nil
}

// CacheSet stores a value for ttl.
func (m *Memory) CacheSet(_ context.Context, key string, val []byte, ttl time.Duration) error {
	if ttl <= 0 {
		return nil
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	now := m.now()
	m.put(m.k.cache(key), &memItem{exp: now.Add(ttl), val: append([]byte(nil), val...)}, now)
	return nil
}

// CacheGet reads a cached value (GET); a miss is (nil, false, nil).
func (r *Redis) CacheGet(ctx context.Context, key string) ([]byte, bool, error) {
	ctx, cancel := r.op(ctx)
	defer cancel()
	k := r.k.cache(key)
	v, err := r.c.Get(ctx, k).Bytes()
	if errors.Is(err, redis.Nil) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("cache get %s: %w", k, err)
	}
	return v, true, nil
}

// CacheSet stores a value for ttl (SET PX).
func (r *Redis) CacheSet(ctx context.Context, key string, val []byte, ttl time.Duration) error {
	if ttl <= 0 {
		return nil
	}
	ctx, cancel := r.op(ctx)
	defer cancel()
	k := r.k.cache(key)
	if err := r.c.Set(ctx, k, val, ttl).Err(); err != nil {
		return fmt.Errorf("cache set %s: %w", k, err)
	}
	return nil
}

// CacheGet reads the shared cache; while degraded it reads this process's
// memory, so a cached answer is still reused within the process.
func (s *Resilient) CacheGet(ctx context.Context, key string) ([]byte, bool, error) {
	if s.redis == nil {
		return s.mem.CacheGet(ctx, key)
	}
	var (
		v  []byte
		ok bool
	)
	if s.call(ctx, "cache_get", func() (err error) { v, ok, err = s.redis.CacheGet(ctx, key); return err }) {
		return v, ok, nil
	}
	return s.mem.CacheGet(ctx, key)
}

// CacheSet writes the shared cache, or this process's memory while degraded.
func (s *Resilient) CacheSet(ctx context.Context, key string, val []byte, ttl time.Duration) error {
	if s.redis == nil {
		return s.mem.CacheSet(ctx, key, val, ttl)
	}
	if s.call(ctx, "cache_set", func() error { return s.redis.CacheSet(ctx, key, val, ttl) }) {
		return nil
	}
	return s.mem.CacheSet(ctx, key, val, ttl)
}

// ModelCache is s seen as a cache of derived values with Get and Set (the
// language-model client's llm.Cache): in Redis, shared by every replica, when
// configured; in process memory otherwise or while Redis is down.
func (s *Resilient) ModelCache() Cache { return Cache{s} }

// Cache is a Resilient store's cache; see ModelCache.
type Cache struct{ s *Resilient }

// Get reads a cached value; a miss is (nil, false, nil).
func (c Cache) Get(ctx context.Context, key string) ([]byte, bool, error) {
	return c.s.CacheGet(ctx, key)
}

// Set caches a value for ttl.
func (c Cache) Set(ctx context.Context, key string, val []byte, ttl time.Duration) error {
	return c.s.CacheSet(ctx, key, val, ttl)
}
