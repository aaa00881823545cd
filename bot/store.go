package bot

import (
	"context"
	"strings"
	"sync"
	"time"

	"github.com/socbot/socbot/internal/triage"
)

// Store is the state the bot keeps between events. The in-process MemStore is
// the default; a shared implementation (Redis) lets several replicas answer each
// event once. Every method is team-scoped, so one store can serve several
// workspaces. Implementations must be safe for concurrent use; a store that
// cannot answer returns an error and the bot carries on (answering rather than
// staying silent).
type Store interface {
	// ClaimEvent atomically claims an event by its event_id and by its message
	// (channel and ts: the same message arrives as app_mention and message). It
	// reports false when an earlier delivery claimed either. eventID or ts may
	// be empty; claims live at least 10 minutes (Slack retries for ~5).
	ClaimEvent(ctx context.Context, team, eventID, channel, ts string) (bool, error)
	// ReleaseEvent undoes ClaimEvent after a failure that posted nothing, so
	// that Slack's retry can do the work.
	ReleaseEvent(ctx context.Context, team, eventID, channel, ts string) error
	// Claim records an arbitrary key (a button click, a triaged message) for
	// ttl and reports whether this caller was first.
	Claim(ctx context.Context, team, key string, ttl time.Duration) (bool, error)
	// Release forgets a claim.
	Release(ctx context.Context, team, key string) error
	// AppendQuestions appends texts to conversation id (a DM thread:
	// "channel:thread_ts") and returns the whole conversation, atomically.
	AppendQuestions(ctx context.Context, team, id, user, surface string, texts []string) (Conversation, error)
	// GetConversation returns conversation id; ok is false when there is none.
	GetConversation(ctx context.Context, team, id string) (c Conversation, ok bool, err error)
	// SaveAnswer records where the conversation's latest answer was posted.
	SaveAnswer(ctx context.Context, team, id, channel, ts string) error
}

// Conversation is a DM thread (or a stored /soc text): what the user sent, in
// order, and where socbot's last answer is.
type Conversation struct {
	Questions     []string
	AnswerChannel string
	AnswerTS      string
	UpdatedAt     time.Time
}

// Forgetter is a Store that can delete a user's conversations at once, for
// /soc forget. It fails when it cannot be sure the data is gone (a shared
// store that is unreachable), so the user is never told otherwise.
type Forgetter interface {
	ForgetUser(ctx context.Context, team, user string) (int, error)
}

// FeedbackStore is a Store that keeps 👍/👎 votes for the rule maintainers.
type FeedbackStore interface {
	RecordFeedback(ctx context.Context, team string, v Vote) error
}

// Vote is one 👍/👎 on an answer: who voted and the rules behind the answer,
// never the message text.
type Vote struct {
	Up          bool
	User        string
	Rules       []string
	Report      string
	QuestionIDs []string
	At          time.Time
}

// TurnStore is a Store that claims an event, applies the asker's rate limit
// and appends the turn's questions to its conversation in one step (one
// round trip to a shared store). The bot uses it for DMs when the Store has
// it; otherwise it calls ClaimEvent, the Limiter and AppendQuestions in turn.
type TurnStore interface {
	BeginTurn(ctx context.Context, team string, t Turn) (TurnResult, error)
}

// Turn is one message that brings questions to a conversation.
type Turn struct {
	EventID      string
	Channel, TS  string // the message, de-duplicated across app_mention and message
	Conversation string // conversation id; "" keeps no history
	User         string
	Surface      string
	Questions    []string
	// Cost is what the turn charges to the rate limit (its question count).
	Cost int
}

// TurnResult says whether this process owns the turn, whether the user may
// ask now, and the conversation with the turn's questions last.
type TurnResult struct {
	Owned, Allowed bool
	RetryAfter     time.Duration
	Conversation   Conversation
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
	now       func() time.Time
	dedupeTTL time.Duration
	convTTL   time.Duration

	mu     sync.Mutex
	claims map[string]time.Time
	convs  map[string]memConv
	ops    int
}

type memConv struct {
	c       Conversation
	users   map[string]bool // who took part, for ForgetUser
	expires time.Time
}

var (
	_ Store     = (*MemStore)(nil)
	_ Forgetter = (*MemStore)(nil)
)

// NewMemStore returns an empty in-process store; now may be nil for time.Now.
// Event claims live 15 minutes and conversations 24 hours.
func NewMemStore(now func() time.Time) *MemStore {
	if now == nil {
		now = time.Now
	}
	return &MemStore{now: now, dedupeTTL: 15 * time.Minute, convTTL: 24 * time.Hour,
		claims: make(map[string]time.Time), convs: make(map[string]memConv)}
}

// WithTTLs sets how long event claims and conversations live.
func (m *MemStore) WithTTLs(dedupe, conversation time.Duration) *MemStore {
	m.mu.Lock()
	defer m.mu.Unlock()
	if dedupe > 0 {
		m.dedupeTTL = dedupe
	}
	if conversation > 0 {
		m.convTTL = conversation
	}
	return m
}

func eventKeys(team, eventID, channel, ts string) []string {
	var ks []string
	if eventID != "" {
		ks = append(ks, team+":event:"+eventID)
	}
	if ts != "" {
		ks = append(ks, team+":msg:"+channel+":"+ts)
	}
	return ks
}

// ClaimEvent implements Store.
func (m *MemStore) ClaimEvent(_ context.Context, team, eventID, channel, ts string) (bool, error) {
	now := m.now()
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.claim(now, m.dedupeTTL, eventKeys(team, eventID, channel, ts)...), nil
}

// ReleaseEvent implements Store.
func (m *MemStore) ReleaseEvent(_ context.Context, team, eventID, channel, ts string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, k := range eventKeys(team, eventID, channel, ts) {
		delete(m.claims, k)
	}
	return nil
}

// Claim implements Store.
func (m *MemStore) Claim(_ context.Context, team, key string, ttl time.Duration) (bool, error) {
	now := m.now()
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.claim(now, ttl, team+":key:"+key), nil
}

// claim takes all keys or none. Callers hold m.mu.
func (m *MemStore) claim(now time.Time, ttl time.Duration, keys ...string) bool {
	m.sweep(now)
	for _, k := range keys {
		if exp, ok := m.claims[k]; ok && now.Before(exp) {
			return false
		}
	}
	for _, k := range keys {
		m.claims[k] = now.Add(ttl)
	}
	return true
}

// Release implements Store.
func (m *MemStore) Release(_ context.Context, team, key string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.claims, team+":key:"+key)
	return nil
}

// AppendQuestions implements Store.
func (m *MemStore) AppendQuestions(_ context.Context, team, id, user, _ string, texts []string) (Conversation, error) {
	now := m.now()
	m.mu.Lock()
	defer m.mu.Unlock()
	k := team + ":" + id
	mc, ok := m.convs[k]
	if !ok || !now.Before(mc.expires) {
		mc = memConv{}
	}
	mc.c.Questions = append(append([]string(nil), mc.c.Questions...), texts...)
	mc.c.UpdatedAt = now
	if user != "" {
		if mc.users == nil {
			mc.users = make(map[string]bool)
		}
		mc.users[user] = true
	}
	mc.expires = now.Add(m.convTTL)
	m.convs[k] = mc
	return cloneConv(mc.c), nil
}

// GetConversation implements Store.
func (m *MemStore) GetConversation(_ context.Context, team, id string) (Conversation, bool, error) {
	now := m.now()
	m.mu.Lock()
	defer m.mu.Unlock()
	mc, ok := m.convs[team+":"+id]
	if !ok || !now.Before(mc.expires) {
		return Conversation{}, false, nil
	}
	return cloneConv(mc.c), true, nil
}

// SaveAnswer implements Store.
func (m *MemStore) SaveAnswer(_ context.Context, team, id, channel, ts string) error {
	now := m.now()
	m.mu.Lock()
	defer m.mu.Unlock()
	k := team + ":" + id
	mc, ok := m.convs[k]
	if !ok || !now.Before(mc.expires) {
		return nil
	}
	mc.c.AnswerChannel, mc.c.AnswerTS, mc.c.UpdatedAt = channel, ts, now
	m.convs[k] = mc
	return nil
}

// ForgetUser implements Forgetter: it deletes every conversation the user
// took part in.
func (m *MemStore) ForgetUser(_ context.Context, team, user string) (int, error) {
	now := m.now()
	m.mu.Lock()
	defer m.mu.Unlock()
	n := 0
	for k, mc := range m.convs {
		if strings.HasPrefix(k, team+":") && mc.users[user] {
			delete(m.convs, k)
			if now.Before(mc.expires) {
				n++
			}
		}
	}
	return n, nil
}

func cloneConv(c Conversation) Conversation {
	c.Questions = append([]string(nil), c.Questions...)
	return c
}

// sweep drops expired entries every 1024 claims, so memory stays bounded by
// the traffic of one TTL. Callers hold m.mu.
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
