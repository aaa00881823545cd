package state

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/socbot/socbot/internal/triage"
)

// Hooks let metrics follow the store. Both are optional and must not block.
type Hooks struct {
	// Error is called for each failed Redis call, with the operation name.
	Error func(op string, err error)
	// Degraded is called when the store enters (true) or leaves (false)
	// degraded mode.
	Degraded func(degraded bool)
}

// Resilient is the store socbot uses. With Redis configured it calls Redis
// through a circuit breaker and, while Redis fails, carries on from process
// memory: de-dup and rate limits use the in-process Memory (so this process
// still answers each event once), conversations read as empty and their writes
// are dropped, feedback goes to the log. Without Redis it is Memory alone.
type Resilient struct {
	redis *Redis // nil: memory only
	mem   *Memory
	br    *breaker
	log   *slog.Logger

	errs     atomic.Uint64
	hooksMu  sync.RWMutex
	hooks    Hooks
	degraded atomic.Bool

	stop      chan struct{} // closed by Close; ends the prober
	closeOnce sync.Once
	probing   atomic.Bool
}

// NewResilient wraps r (nil for memory only) with mem as its fallback.
func NewResilient(r *Redis, mem *Memory, log *slog.Logger) *Resilient {
	cfg := mem.cfg
	if r != nil {
		cfg = r.cfg
	}
	return &Resilient{redis: r, mem: mem, br: newBreaker(cfg.BreakerFailures, cfg.BreakerCooldown), log: log,
		stop: make(chan struct{})}
}

// SetHooks attaches metrics callbacks.
func (s *Resilient) SetHooks(h Hooks) {
	s.hooksMu.Lock()
	defer s.hooksMu.Unlock()
	s.hooks = h
}

// Shared reports whether state is kept in Redis (shared between replicas).
func (s *Resilient) Shared() bool { return s.redis != nil }

// Degraded reports whether Redis is configured but currently not used.
func (s *Resilient) Degraded() bool { return s.degraded.Load() }

// Errors counts failed Redis calls since start.
func (s *Resilient) Errors() uint64 { return s.errs.Load() }

// Ping checks Redis directly (not through the breaker), for readiness probes and
// operator commands. An answer ends degraded mode at once, as the prober's does:
// otherwise one slow call at start-up (Open loads the scripts) left the breaker
// open, and `socbot feedback` refused to read a Redis that had just answered.
func (s *Resilient) Ping(ctx context.Context) error {
	if s.redis == nil {
		return nil
	}
	if err := s.redis.Ping(ctx); err != nil {
		return err
	}
	if s.br.reopen() {
		s.setDegraded(false, nil)
	}
	return nil
}

// Close stops the prober and closes the Redis client.
func (s *Resilient) Close() error {
	if s.redis == nil {
		return nil
	}
	s.closeOnce.Do(func() { close(s.stop) })
	return s.redis.Close()
}

// probe pings Redis after each cool-down while degraded, so the store (and its
// Degraded metric) recovers even when no event arrives to make the probe call.
func (s *Resilient) probe() {
	if !s.probing.CompareAndSwap(false, true) {
		return
	}
	defer func() {
		s.probing.Store(false)
		select {
		case <-s.stop:
		default:
			if s.Degraded() { // degraded again while this prober was leaving
				go s.probe()
			}
		}
	}()
	t := time.NewTicker(s.redis.cfg.BreakerCooldown)
	defer t.Stop()
	for s.Degraded() {
		select {
		case <-s.stop:
			return
		case <-t.C:
			ctx := context.Background()
			s.call(ctx, "ping", func() error { return s.redis.Ping(ctx) })
		}
	}
}

// call runs fn against Redis unless the breaker is open; it reports whether
// Redis answered. A failure is counted, logged at debug and fed to the breaker.
func (s *Resilient) call(ctx context.Context, op string, fn func() error) bool {
	if s.redis == nil || !s.br.allow() {
		return false
	}
	err := fn()
	if err == nil || isMiss(err) {
		if s.br.success() {
			s.setDegraded(false, nil)
		}
		return true
	}
	if ctx.Err() != nil { // the caller gave up; that says nothing about Redis
		s.br.abort()
		return false
	}
	s.errs.Add(1)
	s.hooksMu.RLock()
	h := s.hooks.Error
	s.hooksMu.RUnlock()
	if h != nil {
		h(op, err)
	}
	s.log.Debug("redis call failed", "op", op, "err", err)
	if s.br.failure() {
		s.setDegraded(true, err)
	}
	return false
}

func (s *Resilient) setDegraded(on bool, cause error) {
	if s.degraded.Swap(on) == on {
		return
	}
	if on {
		s.log.Warn("state store degraded: redis unavailable, using process memory", "err", cause)
		go s.probe()
	} else {
		s.log.Info("state store recovered: redis available again")
	}
	s.hooksMu.RLock()
	h := s.hooks.Degraded
	s.hooksMu.RUnlock()
	if h != nil {
		h(on)
	}
}

// Claim claims key for ttl. Claims Redis grants are mirrored in memory, so a retry
// arriving while Redis is down is still refused by this process; a claim the memory
// already holds (handled here during an outage, before Redis lost it) is refused too.
// Claims Redis refuses are not mirrored: a duplicate that loses the race in Redis
// must not veto, in memory, the copy Redis granted.
func (s *Resilient) Claim(ctx context.Context, team, key string, ttl time.Duration) (bool, error) {
	var ok bool
	if s.call(ctx, "claim", func() (err error) { ok, err = s.redis.Claim(ctx, team, key, ttl); return err }) {
		if !ok {
			return false, nil
		}
		return s.mem.Claim(ctx, team, key, ttl)
	}
	return s.mem.Claim(ctx, team, key, ttl)
}

// Release drops a claim everywhere it may be held.
func (s *Resilient) Release(ctx context.Context, team, key string) error {
	_ = s.mem.Release(ctx, team, key)
	s.call(ctx, "release", func() error { return s.redis.Release(ctx, team, key) })
	return nil
}

// ClaimEvent reports whether this process should handle the event.
func (s *Resilient) ClaimEvent(ctx context.Context, team, eventID, channel, ts string) (bool, error) {
	var ok bool
	if s.call(ctx, "claim_event", func() (err error) { ok, err = s.redis.ClaimEvent(ctx, team, eventID, channel, ts); return err }) {
		if !ok { // see Claim: only granted claims are mirrored
			return false, nil
		}
		return s.mem.ClaimEvent(ctx, team, eventID, channel, ts)
	}
	return s.mem.ClaimEvent(ctx, team, eventID, channel, ts)
}

// ReleaseEvent drops an event's claim everywhere it may be held.
func (s *Resilient) ReleaseEvent(ctx context.Context, team, eventID, channel, ts string) error {
	_ = s.mem.ReleaseEvent(ctx, team, eventID, channel, ts)
	s.call(ctx, "release_event", func() error { return s.redis.ReleaseEvent(ctx, team, eventID, channel, ts) })
	return nil
}

// GetConversation reads a conversation; while degraded there is none.
func (s *Resilient) GetConversation(ctx context.Context, team, id string) (triage.Conversation, bool, error) {
	if s.redis == nil {
		return s.mem.GetConversation(ctx, team, id)
	}
	var c triage.Conversation
	var ok bool
	if s.call(ctx, "get_conversation", func() (err error) { c, ok, err = s.redis.GetConversation(ctx, team, id); return err }) {
		return c, ok, nil
	}
	return triage.Conversation{ID: id}, false, nil
}

// AppendQuestions appends and returns the conversation; while degraded it
// returns only the new questions and keeps nothing.
func (s *Resilient) AppendQuestions(ctx context.Context, team, id, user, surface string, questions []string) (triage.Conversation, error) {
	if s.redis == nil {
		return s.mem.AppendQuestions(ctx, team, id, user, surface, questions)
	}
	var c triage.Conversation
	if s.call(ctx, "append_questions", func() (err error) {
		c, err = s.redis.AppendQuestions(ctx, team, id, user, surface, questions)
		return err
	}) {
		return c, nil
	}
	s.log.Debug("conversation not kept: redis unavailable", "conversation", id)
	return triage.Conversation{ID: id, Questions: slices.Clone(questions), UserID: user, Surface: surface, UpdatedAt: time.Now().UTC()}, nil
}

// SaveAnswer records the answer; while degraded the write is dropped.
func (s *Resilient) SaveAnswer(ctx context.Context, team, id, channel, ts string, result json.RawMessage) error {
	if s.redis == nil {
		return s.mem.SaveAnswer(ctx, team, id, channel, ts, result)
	}
	if !s.call(ctx, "save_answer", func() error { return s.redis.SaveAnswer(ctx, team, id, channel, ts, result) }) {
		s.log.Debug("answer not kept: redis unavailable", "conversation", id)
	}
	return nil
}

// ForgetUser deletes the user's conversations. While degraded it fails with
// ErrUnavailable: the user must not be told their data is gone when it is not.
func (s *Resilient) ForgetUser(ctx context.Context, team, user string) (int, error) {
	if s.redis == nil {
		return s.mem.ForgetUser(ctx, team, user)
	}
	var n int
	if s.call(ctx, "forget_user", func() (err error) { n, err = s.redis.ForgetUser(ctx, team, user); return err }) {
		return n, nil
	}
	return 0, fmt.Errorf("forget user %s: %w", user, ErrUnavailable)
}

// Allow applies the rate limit, in process memory while degraded.
func (s *Resilient) Allow(ctx context.Context, team, user string, n, limit int) (bool, time.Duration, error) {
	var ok bool
	var after time.Duration
	if s.call(ctx, "allow", func() (err error) { ok, after, err = s.redis.Allow(ctx, team, user, n, limit); return err }) {
		return ok, after, nil
	}
	return s.mem.Allow(ctx, team, user, n, limit)
}

// Begin claims the event, applies the rate limit and appends the questions. While
// degraded, claim and limit come from process memory and the conversation holds
// only this turn's questions.
func (s *Resilient) Begin(ctx context.Context, team string, t triage.Turn) (triage.TurnResult, error) {
	if s.redis == nil {
		return s.mem.Begin(ctx, team, t)
	}
	var res triage.TurnResult
	if s.call(ctx, "begin", func() (err error) { res, err = s.redis.Begin(ctx, team, t); return err }) {
		if res.Owned { // see Claim: only granted claims are mirrored
			res.Owned, _ = s.mem.ClaimEvent(ctx, team, t.EventID, t.Channel, t.TS)
		}
		return res, nil
	}
	noHistory := t
	noHistory.Conversation = ""
	res, err := s.mem.Begin(ctx, team, noHistory)
	res.Conversation.ID = t.Conversation
	return res, err
}

// Record keeps a vote; while degraded it is written to the log instead.
func (s *Resilient) Record(ctx context.Context, team string, f triage.Feedback) error {
	if err := f.Validate(); err != nil {
		return err
	}
	if s.redis == nil {
		return s.mem.Record(ctx, team, f)
	}
	if !s.call(ctx, "record_feedback", func() error { return s.redis.Record(ctx, team, f) }) {
		s.log.Info("feedback logged, not stored: redis unavailable", "team", team, "vote", f.Vote,
			"user", f.UserID, "rules", f.Rules, "report", f.Report, "questions", f.QuestionIDs)
	}
	return nil
}

// ListFeedback reads votes since the given time; it fails while degraded.
func (s *Resilient) ListFeedback(ctx context.Context, since time.Time) ([]triage.Feedback, error) {
	if s.redis == nil {
		return s.mem.ListFeedback(ctx, since)
	}
	var fb []triage.Feedback
	if s.call(ctx, "list_feedback", func() (err error) { fb, err = s.redis.ListFeedback(ctx, since); return err }) {
		return fb, nil
	}
	return nil, fmt.Errorf("list feedback: %w", ErrUnavailable)
}
