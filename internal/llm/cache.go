package llm

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"sync"
	"time"

	"github.com/socbot/socbot/prompts"
)

// Cache stores model answers so the same questionnaire pasted twice costs one
// call. Keys are "llm:<op>:<sha256 hex>" over the redacted prompt, the model and
// prompts.Version; values are small JSON documents. A miss is (nil, false, nil).
// Errors are logged and treated as misses: a broken cache never fails a call.
type Cache interface {
	Get(ctx context.Context, key string) ([]byte, bool, error)
	Set(ctx context.Context, key string, val []byte, ttl time.Duration) error
}

// cacheKey hashes everything that decides the answer. The prompt is already
// redacted, so no questionnaire text is recoverable from the key.
func cacheKey(op, model string, p prompts.Rendered) string {
	h := sha256.New()
	for _, part := range []string{op, model, prompts.Version, p.System, p.User} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return "llm:" + op + ":" + hex.EncodeToString(h.Sum(nil))
}

// MemoryCache is an in-process Cache with a TTL per entry and a size bound, for
// the CLI and for a bot without Redis.
type MemoryCache struct {
	mu      sync.Mutex
	max     int
	entries map[string]memEntry
	now     func() time.Time
}

type memEntry struct {
	val     []byte
	expires time.Time
}

var _ Cache = (*MemoryCache)(nil)

// NewMemoryCache returns a cache holding at most max entries (default 1000).
func NewMemoryCache(max int) *MemoryCache {
	if max <= 0 {
		max = 1000
	}
	return &MemoryCache{max: max, entries: make(map[string]memEntry), now: time.Now}
}

// Get returns a live entry.
func (m *MemoryCache) Get(_ context.Context, key string) ([]byte, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	e, ok := m.entries[key]
	if !ok {
		return nil, false, nil
	}
	if !m.now().Before(e.expires) {
		delete(m.entries, key)
		return nil, false, nil
	}
	return append([]byte(nil), e.val...), true, nil
}

// Set stores val for ttl. When full it drops expired entries first, then the
// entry closest to expiry.
func (m *MemoryCache) Set(_ context.Context, key string, val []byte, ttl time.Duration) error {
	if ttl <= 0 {
		return nil
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	now := m.now()
	if _, ok := m.entries[key]; !ok && len(m.entries) >= m.max {
		m.evict(now)
	}
	m.entries[key] = memEntry{val: append([]byte(nil), val...), expires: now.Add(ttl)}
	return nil
}

func (m *MemoryCache) evict(now time.Time) {
	var oldest string
	var oldestAt time.Time
	for k, e := range m.entries {
		if !now.Before(e.expires) {
			delete(m.entries, k)
			continue
		}
		if oldest == "" || e.expires.Before(oldestAt) {
			oldest, oldestAt = k, e.expires
		}
	}
	if len(m.entries) >= m.max && oldest != "" {
		delete(m.entries, oldest)
	}
}

// Len is the number of entries held, expired or not.
func (m *MemoryCache) Len() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.entries)
}
