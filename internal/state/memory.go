package state

import (
	"context"
	"encoding/json"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/socbot/socbot/internal/triage"
)

// Memory keeps state in this process. It honours every TTL with the wall clock,
// sweeps expired entries as it goes and holds at most Config.MaxEntries keys, so
// nothing lives forever. It is the default store and Redis's fallback.
type Memory struct {
	cfg Config
	k   keys
	now func() time.Time

	mu        sync.Mutex
	items     map[string]*memItem
	feedback  []triage.Feedback // oldest first
	lastSweep time.Time
}

type memItem struct {
	exp  time.Time
	conv *triage.Conversation
	set  map[string]struct{} // a user's conversation ids
	hits []rateHit           // rate-limit window
	val  []byte              // a cached value
}

type rateHit struct {
	at   time.Time
	cost int
}

// sweepEvery bounds how often a write scans the whole map for expired entries.
const sweepEvery = time.Minute

// NewMemory returns an empty in-process store.
func NewMemory(cfg Config) *Memory {
	cfg = cfg.withDefaults()
	return &Memory{cfg: cfg, k: keys{cfg.Prefix}, now: time.Now, items: map[string]*memItem{}}
}

// get returns a live item, dropping it if it has expired. Callers hold mu.
func (m *Memory) get(key string, now time.Time) *memItem {
	it := m.items[key]
	if it == nil {
		return nil
	}
	if !now.Before(it.exp) {
		delete(m.items, key)
		return nil
	}
	return it
}

// put stores an item, making room first. Callers hold mu.
func (m *Memory) put(key string, it *memItem, now time.Time) {
	if _, ok := m.items[key]; !ok {
		m.makeRoom(now)
	}
	m.items[key] = it
}

func (m *Memory) makeRoom(now time.Time) {
	if now.Sub(m.lastSweep) >= sweepEvery || len(m.items) >= m.cfg.MaxEntries {
		m.lastSweep = now
		for k, it := range m.items {
			if !now.Before(it.exp) {
				delete(m.items, k)
			}
		}
	}
	// Still full: evict the soonest-expiring of a few arbitrary keys, as Redis's
	// volatile-ttl policy does, rather than scan everything on each insert.
	for len(m.items) >= m.cfg.MaxEntries {
		var victim string
		var exp time.Time
		n := 0
		for k, it := range m.items {
			if victim == "" || it.exp.Before(exp) {
				victim, exp = k, it.exp
			}
			if n++; n == 5 {
				break
			}
		}
		delete(m.items, victim)
	}
}

// Len reports how many keys are held, expired or not yet swept included.
func (m *Memory) Len() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.items)
}

// Claim records key for ttl unless it is already recorded.
func (m *Memory) Claim(_ context.Context, team, key string, ttl time.Duration) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.claim(m.now(), ttl, m.k.dedupe(team, key)), nil
}

func (m *Memory) claim(now time.Time, ttl time.Duration, ks ...string) bool {
	for _, k := range ks {
		if m.get(k, now) != nil {
			return false
		}
	}
	for _, k := range ks {
		m.put(k, &memItem{exp: now.Add(ttl)}, now)
	}
	return true
}

// Release forgets a claim so that a retry can do the work.
func (m *Memory) Release(_ context.Context, team, key string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.items, m.k.dedupe(team, key))
	return nil
}

// ClaimEvent claims an event by its event_id and by channel and ts together;
// it reports false if either was claimed before.
func (m *Memory) ClaimEvent(_ context.Context, team, eventID, channel, ts string) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.claim(m.now(), m.cfg.DedupeTTL, m.k.eventKeys(team, eventID, channel, ts)...), nil
}

// ReleaseEvent undoes ClaimEvent.
func (m *Memory) ReleaseEvent(_ context.Context, team, eventID, channel, ts string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, k := range m.k.eventKeys(team, eventID, channel, ts) {
		delete(m.items, k)
	}
	return nil
}

// GetConversation returns a copy of a conversation; ok is false if there is none.
func (m *Memory) GetConversation(_ context.Context, team, id string) (triage.Conversation, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	it := m.get(m.k.conv(team, id), m.now())
	if it == nil {
		return triage.Conversation{ID: id}, false, nil
	}
	return cloneConv(it.conv), true, nil
}

// AppendQuestions adds questions to a conversation and returns all of it.
func (m *Memory) AppendQuestions(_ context.Context, team, id, user, surface string, questions []string) (triage.Conversation, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.appendQuestions(m.now(), team, id, user, surface, questions), nil
}

func (m *Memory) appendQuestions(now time.Time, team, id, user, surface string, questions []string) triage.Conversation {
	key := m.k.conv(team, id)
	it := m.get(key, now)
	if it == nil {
		it = &memItem{conv: &triage.Conversation{ID: id}}
		m.put(key, it, now)
	}
	it.exp = now.Add(m.cfg.StateTTL)
	c := it.conv
	c.Questions = trimQuestions(append(c.Questions, questions...))
	c.UserID, c.Surface, c.UpdatedAt = user, surface, now.UTC().Truncate(time.Millisecond)
	if user != "" {
		ukey := m.k.userConvs(team, user)
		u := m.get(ukey, now)
		if u == nil {
			u = &memItem{set: map[string]struct{}{}}
			m.put(ukey, u, now)
		}
		u.exp = now.Add(m.cfg.StateTTL)
		u.set[id] = struct{}{}
	}
	return cloneConv(c)
}

// SaveAnswer records where the answer was posted and its result. It does nothing
// if the conversation is gone (expired or forgotten meanwhile).
func (m *Memory) SaveAnswer(_ context.Context, team, id, channel, ts string, result json.RawMessage) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	now := m.now()
	it := m.get(m.k.conv(team, id), now)
	if it == nil {
		return nil
	}
	it.exp = now.Add(m.cfg.StateTTL)
	c := it.conv
	c.AnswerChannel, c.AnswerTS, c.UpdatedAt = channel, ts, now.UTC().Truncate(time.Millisecond)
	c.LastResult = slices.Clone(result)
	return nil
}

// ForgetUser deletes every conversation the user took part in and returns how
// many there were.
func (m *Memory) ForgetUser(_ context.Context, team, user string) (int, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	now := m.now()
	ukey := m.k.userConvs(team, user)
	u := m.get(ukey, now)
	if u == nil {
		return 0, nil
	}
	n := 0
	for id := range u.set {
		if m.get(m.k.conv(team, id), now) != nil {
			delete(m.items, m.k.conv(team, id))
			n++
		}
	}
	delete(m.items, ukey)
	return n, nil
}

// Allow takes n questions from the user's allowance of limit per minute (a
// sliding window). When the user is over, it says how long until enough of the
// window frees up.
func (m *Memory) Allow(_ context.Context, team, user string, n, limit int) (bool, time.Duration, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	ok, after := m.allow(m.now(), team, user, n, limit)
	return ok, after, nil
}

func (m *Memory) allow(now time.Time, team, user string, n, limit int) (bool, time.Duration) {
	if limit <= 0 {
		return true, 0
	}
	cost := rateCost(n, limit)
	key := m.k.rate(team, user)
	it := m.get(key, now)
	if it == nil {
		it = &memItem{}
		m.put(key, it, now)
	}
	cut := now.Add(-rateWindow)
	it.hits = slices.DeleteFunc(it.hits, func(h rateHit) bool { return !h.at.After(cut) })
	used := 0
	for _, h := range it.hits {
		used += h.cost
	}
	if used+cost <= limit {
		it.hits = append(it.hits, rateHit{at: now, cost: cost})
		it.exp = now.Add(rateWindow)
		return true, 0
	}
	need := used + cost - limit
	for _, h := range it.hits {
		if need -= h.cost; need <= 0 {
			return false, h.at.Add(rateWindow).Sub(now)
		}
	}
	return false, rateWindow
}

// Begin claims the event, checks the rate limit and appends the questions, all
// at once. A rate-limited turn keeps its claim (the user is told to wait) but
// adds nothing to the conversation.
func (m *Memory) Begin(_ context.Context, team string, t triage.Turn) (triage.TurnResult, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	now := m.now()
	res := triage.TurnResult{Conversation: triage.Conversation{ID: t.Conversation}}
	if !m.claim(now, m.cfg.DedupeTTL, m.k.eventKeys(team, t.EventID, t.Channel, t.TS)...) {
		return res, nil
	}
	res.Owned = true
	if res.Allowed, res.RetryAfter = m.allow(now, team, t.UserID, t.Charge(), t.RateLimit); !res.Allowed {
		return res, nil
	}
	if t.Conversation != "" {
		res.Conversation = m.appendQuestions(now, team, t.Conversation, t.UserID, t.Surface, t.Questions)
	} else {
		res.Conversation.Questions = slices.Clone(t.Questions)
	}
	return res, nil
}

// Record keeps one vote for the feedback TTL.
func (m *Memory) Record(_ context.Context, team string, f triage.Feedback) error {
	if err := f.Validate(); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	now := m.now()
	if f.At.IsZero() {
		f.At = now
	}
	f.Team = team
	m.feedback = append(m.trimFeedback(now), f)
	if over := len(m.feedback) - m.cfg.MaxEntries; over > 0 {
		m.feedback = slices.Delete(m.feedback, 0, over)
	}
	return nil
}

func (m *Memory) trimFeedback(now time.Time) []triage.Feedback {
	cut := now.Add(-m.cfg.FeedbackTTL)
	return slices.DeleteFunc(m.feedback, func(f triage.Feedback) bool { return f.At.Before(cut) })
}

// ListFeedback returns the votes cast since the given time, across teams, oldest first.
func (m *Memory) ListFeedback(_ context.Context, since time.Time) ([]triage.Feedback, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.feedback = m.trimFeedback(m.now())
	var out []triage.Feedback
	for _, f := range m.feedback {
		if !f.At.Before(since) {
			out = append(out, f)
		}
	}
	sortFeedback(out)
	return out, nil
}

// Ping always succeeds.
func (m *Memory) Ping(context.Context) error { return nil }

// Close does nothing; it exists so Memory and Redis are used alike.
func (m *Memory) Close() error { return nil }

func cloneConv(c *triage.Conversation) triage.Conversation {
	out := *c
	out.Questions = slices.Clone(c.Questions)
	out.LastResult = slices.Clone(c.LastResult)
	return out
}

func sortFeedback(fb []triage.Feedback) {
	sort.SliceStable(fb, func(i, j int) bool { return fb[i].At.Before(fb[j].At) })
}

// trimQuestions keeps the newest questions whose JSON array fits in
// maxConversationBytes, as the Redis scripts do; the newest one is always kept.
func trimQuestions(qs []string) []string {
	size, first := 2, len(qs)
	for first > 0 {
		b, _ := json.Marshal(qs[first-1])
		if size+len(b)+1 > maxConversationBytes {
			break
		}
		size += len(b) + 1
		first--
	}
	if first == len(qs) && first > 0 {
		first--
	}
	if first == 0 {
		return qs
	}
	return append([]string(nil), qs[first:]...)
}
