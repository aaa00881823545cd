package main

import (
	"context"
	"log/slog"
	"time"

	"github.com/socbot/socbot/bot"
	"github.com/socbot/socbot/internal/llm"
	"github.com/socbot/socbot/internal/state"
)

// stateStore adapts internal/state's store to the bot: it is the bot's Store
// (with the TurnStore, Forgetter and FeedbackStore extensions) and its Limiter
// (SOC_RATE_LIMIT questions per minute per user). It also offers SetHooks,
// Degraded and Ping for metrics and readiness, and Get/Set (llm.Cache) for
// the model client.
type stateStore struct {
	s     *state.Resilient
	limit int
}

var (
	_ bot.Store         = (*stateStore)(nil)
	_ bot.Limiter       = (*stateStore)(nil)
	_ bot.TurnStore     = (*stateStore)(nil)
	_ bot.Forgetter     = (*stateStore)(nil)
	_ bot.FeedbackStore = (*stateStore)(nil)
	// What instrumentStore and readiness (run_telemetry.go) look for.
	_ interface {
		SetHooks(state.Hooks)
		Degraded() bool
		Ping(context.Context) error
	} = (*stateStore)(nil)
)

// openState opens the store REDIS_URL or REDIS_ADDRS names, or an in-process
// one when neither is set. An unreachable Redis is not an error: the store
// starts degraded and switches to Redis when it answers.
func openState(ctx context.Context, cfg Config, log *slog.Logger) (*stateStore, error) {
	s, err := state.Open(ctx, cfg.RedisConfig.Config, log)
	if err != nil {
		return nil, err
	}
	return &stateStore{s: s, limit: cfg.RateLimit}, nil
}

// wireState puts the store into deps: Store always, Limiter when
// SOC_RATE_LIMIT is above 0. Close the returned store after the bot stops.
func wireState(ctx context.Context, cfg Config, log *slog.Logger, deps *bot.Deps) (*stateStore, error) {
	st, err := openState(ctx, cfg, log)
	if err != nil {
		return nil, err
	}
	deps.Store = st
	if st.limit > 0 {
		deps.Limiter = st
	}
	return st, nil
}

// Close stops the store's prober and closes the Redis client.
func (a *stateStore) Close() error { return a.s.Close() }

// SetHooks lets metrics follow Redis failures and degraded mode.
func (a *stateStore) SetHooks(h state.Hooks) { a.s.SetHooks(h) }

// Degraded reports whether Redis is configured but not in use right now.
func (a *stateStore) Degraded() bool { return a.s.Degraded() }

// Ping checks Redis (nil for the in-process store), for /readyz.
func (a *stateStore) Ping(ctx context.Context) error { return a.s.Ping(ctx) }

func (a *stateStore) ClaimEvent(ctx context.Context, team, eventID, channel, ts string) (bool, error) {
	return a.s.ClaimEvent(ctx, team, eventID, channel, ts)
}

func (a *stateStore) ReleaseEvent(ctx context.Context, team, eventID, channel, ts string) error {
	return a.s.ReleaseEvent(ctx, team, eventID, channel, ts)
}

func (a *stateStore) Claim(ctx context.Context, team, key string, ttl time.Duration) (bool, error) {
	return a.s.Claim(ctx, team, key, ttl)
}

func (a *stateStore) Release(ctx context.Context, team, key string) error {
	return a.s.Release(ctx, team, key)
}

func (a *stateStore) AppendQuestions(ctx context.Context, team, id, user, surface string, texts []string) (bot.Conversation, error) {
	c, err := a.s.AppendQuestions(ctx, team, id, user, surface, texts)
	return botConv(c), err
}

func (a *stateStore) GetConversation(ctx context.Context, team, id string) (bot.Conversation, bool, error) {
	c, ok, err := a.s.GetConversation(ctx, team, id)
	return botConv(c), ok, err
}

func (a *stateStore) SaveAnswer(ctx context.Context, team, id, channel, ts string) error {
	return a.s.SaveAnswer(ctx, team, id, channel, ts, nil)
}

// BeginTurn is state's Begin: claim, rate limit and append in one Redis script.
func (a *stateStore) BeginTurn(ctx context.Context, team string, t bot.Turn) (bot.TurnResult, error) {
	res, err := a.s.Begin(ctx, team, state.Turn{EventID: t.EventID, Channel: t.Channel, TS: t.TS,
		Conversation: t.Conversation, UserID: t.User, Surface: t.Surface, Questions: t.Questions,
		RateLimit: a.limit, Cost: t.Cost})
	return bot.TurnResult{Owned: res.Owned, Allowed: res.Allowed, RetryAfter: res.RetryAfter,
		Conversation: botConv(res.Conversation)}, err
}

// Allow is the bot's Limiter: SOC_RATE_LIMIT questions per minute per user.
func (a *stateStore) Allow(ctx context.Context, team, user string, n int) (bool, time.Duration, error) {
	return a.s.Allow(ctx, team, user, n, a.limit)
}

// ForgetUser deletes the user's conversations; it fails while Redis is down.
func (a *stateStore) ForgetUser(ctx context.Context, team, user string) (int, error) {
	return a.s.ForgetUser(ctx, team, user)
}

// RecordFeedback keeps a vote (rule ids, no text) for `socbot feedback`.
func (a *stateStore) RecordFeedback(ctx context.Context, team string, v bot.Vote) error {
	vote := state.Down
	if v.Up {
		vote = state.Up
	}
	return a.s.Record(ctx, team, state.Feedback{Vote: vote, UserID: v.User, Rules: v.Rules,
		Report: v.Report, QuestionIDs: v.QuestionIDs, At: v.At})
}

func botConv(c state.Conversation) bot.Conversation {
	return bot.Conversation{Questions: c.Questions, AnswerChannel: c.AnswerChannel, AnswerTS: c.AnswerTS, UpdatedAt: c.UpdatedAt}
}

// Get and Set make the store the model client's llm.Cache (serve passes it
// to wireLLM): Redis shared by every replica, keys PREFIX:cache:llm:…,
// when configured; process memory otherwise or while Redis is down.
var _ llm.Cache = (*stateStore)(nil)

// Get reads a cached model answer; a miss is (nil, false, nil).
func (a *stateStore) Get(ctx context.Context, key string) ([]byte, bool, error) {
	return a.s.CacheGet(ctx, key)
}

// Set caches a model answer for ttl.
func (a *stateStore) Set(ctx context.Context, key string, val []byte, ttl time.Duration) error {
	return a.s.CacheSet(ctx, key, val, ttl)
}
