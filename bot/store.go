package bot

import (
	"context"
	"sync"
	"time"

	"github.com/socbot/socbot/internal/triage"
)

// Store is the state the bot keeps between events. The in-process MemStore is
// the default; a shared implementation (Redis) lets several replicas answer each
// event once. Implementations must be safe for concurrent use.
type Store interface {
	// Claim records key for ttl and reports whether this caller is the first to
	// claim it (an atomic set-if-absent). The bot claims "event:{team}:{event_id}"
	// and "msg:{team}:{channel}:{ts}" before answering.
	Claim(ctx context.Context, key string, ttl time.Duration) (bool, error)
	// Release forgets a claim, so that a redelivery of an event whose answer
	// failed before anything was posted can be answered.
	Release(ctx context.Context, key string) error
	// Conversation returns the conversation kept under key ("conv:{team}:{channel}:{thread_ts}").
	Conversation(ctx context.Context, key string) (Conversation, bool, error)
	// SaveConversation stores c under key for ttl.
	SaveConversation(ctx context.Context, key string, c Conversation, ttl time.Duration) error
}

// Conversation is a DM thread: the texts the user sent, in order, and socbot's
// last answer in it.
type Conversation struct {
	Texts    []string  `json:"texts"`
	AnswerTS string    `json:"answer_ts,omitempty"`
	Updated  time.Time `json:"updated"`
}

// Limiter decides whether a user may ask n more questions now; when not, it
// says how long to wait.
type Limiter interface {
	Allow(ctx context.Context, team, user string, n int) (ok bool, retryAfter time.Duration, err error)
}

// Metrics receives what the bot observes. Every method must be cheap and
// non-blocking: Acked is called on the reader goroutine.
type Metrics interface {
	Envelope(kind string)
	Acked(kind string, d time.Duration)
	Answered(surface string, d time.Duration, res *triage.Result)
	APICall(method string, err error)
	Dropped(reason string)
	Panicked(surface string)
	Feedback(vote string)
}

// Summariser writes a short prose summary of a triage (an LLM, typically). It
// is called from workers with a deadline; errors are logged and the answer goes
// out without the summary.
type Summariser interface {
	Summarise(ctx context.Context, text string, res triage.Result) (string, error)
}

// Inventory is the organisation's report inventory as the bot uses it.
type Inventory interface {
	// Apply fills the coverage fields of res for the reports on hand at now.
	Apply(res *triage.Result, now time.Time)
	// Describe lists the reports on hand as plain text (one line each).
	Describe(now time.Time) string
}

type nopMetrics struct{}

func (nopMetrics) Envelope(string)                                {}
func (nopMetrics) Acked(string, time.Duration)                    {}
func (nopMetrics) Answered(string, time.Duration, *triage.Result) {}
func (nopMetrics) APICall(string, error)                          {}
func (nopMetrics) Dropped(string)                                 {}
func (nopMetrics) Panicked(string)                                {}
func (nopMetrics) Feedback(string)                                {}

// MemStore is the in-process Store: claims and conversations live in maps
// whose entries expire with real (or injected) time.
type MemStore struct {
	now func() time.Time

	mu     sync.Mutex
	claims map[string]time.Time
	convs  map[string]memConv
	ops    int
}

type memConv struct {
	c       Conversation
	expires time.Time
}

var _ Store = (*MemStore)(nil)

// NewMemStore returns an empty in-process store; now may be nil for time.Now.
func NewMemStore(now func() time.Time) *MemStore {
	if now == nil {
		now = time.Now
	}
	return &MemStore{now: now, claims: make(map[string]time.Time), convs: make(map[string]memConv)}
}

// Claim implements Store.
func (m *MemStore) Claim(_ context.Context, key string, ttl time.Duration) (bool, error) {
	now := m.now()
	m.mu.Lock()
	defer m.mu.Unlock()
	m.sweep(now)
	if exp, ok := m.claims[key]; ok && now.Before(exp) {
		return false, nil
	}
	m.claims[key] = now.Add(ttl)
	return true, nil
}

// Release implements Store.
func (m *MemStore) Release(_ context.Context, key string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.claims, key)
	return nil
}

// Conversation implements Store.
func (m *MemStore) Conversation(_ context.Context, key string) (Conversation, bool, error) {
	now := m.now()
	m.mu.Lock()
	defer m.mu.Unlock()
	mc, ok := m.convs[key]
	if !ok || !now.Before(mc.expires) {
		return Conversation{}, false, nil
	}
	c := mc.c
	c.Texts = append([]string(nil), c.Texts...)
	return c, true, nil
}

// SaveConversation implements Store.
func (m *MemStore) SaveConversation(_ context.Context, key string, c Conversation, ttl time.Duration) error {
	now := m.now()
	c.Texts = append([]string(nil), c.Texts...)
	m.mu.Lock()
	defer m.mu.Unlock()
	m.convs[key] = memConv{c: c, expires: now.Add(ttl)}
	return nil
}

// sweep drops expired entries every 1024 operations, so memory stays bounded
// by the traffic of one TTL. Callers hold m.mu.
func (m *MemStore) sweep(now time.Time) {
	m.ops++
	if m.ops%1024 != 0 {
		return
	}
	for k, exp := range m.claims {
		if !now.Before(exp) {
			delete(m.claims, k)
		}
	}
	for k, mc := range m.convs {
		if !now.Before(mc.expires) {
			delete(m.convs, k)
		}
	}
}
