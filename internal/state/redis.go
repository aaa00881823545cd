package state

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/socbot/socbot/internal/triage"
)

// Redis keeps state in Redis, shared by every replica. Each call runs under
// Config.OpTimeout and returns Redis's errors as they are; Resilient adds the
// fallback.
type Redis struct {
	c     redis.UniversalClient
	cfg   Config
	k     keys
	owner string // written into claims, to tell in a debugger which replica holds one
	now   func() time.Time
}

// NewRedis uses c, which the caller built (see Open for fail-fast options).
func NewRedis(c redis.UniversalClient, cfg Config) *Redis {
	cfg = cfg.withDefaults()
	return &Redis{c: c, cfg: cfg, k: keys{cfg.Prefix}, owner: randomID(), now: time.Now}
}

// Client returns the underlying client, for hooks and readiness checks.
func (r *Redis) Client() redis.UniversalClient { return r.c }

func (r *Redis) op(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, r.cfg.OpTimeout)
}

// LoadScripts loads the Lua scripts, so that the first call of each is one
// round trip (EVALSHA) rather than two (EVALSHA, then EVAL on NOSCRIPT).
func (r *Redis) LoadScripts(ctx context.Context) error {
	ctx, cancel := r.op(ctx)
	defer cancel()
	for _, s := range allScripts {
		if err := s.Load(ctx, r.c).Err(); err != nil {
			return fmt.Errorf("load scripts: %w", err)
		}
	}
	return nil
}

// Ping checks that Redis answers.
func (r *Redis) Ping(ctx context.Context) error {
	ctx, cancel := r.op(ctx)
	defer cancel()
	if err := r.c.Ping(ctx).Err(); err != nil {
		return fmt.Errorf("ping redis: %w", err)
	}
	return nil
}

// Close closes the client.
func (r *Redis) Close() error { return r.c.Close() }

// Claim sets key for ttl unless it exists (SET NX PX).
func (r *Redis) Claim(ctx context.Context, team, key string, ttl time.Duration) (bool, error) {
	ctx, cancel := r.op(ctx)
	defer cancel()
	k := r.k.dedupe(team, key)
	ok, err := r.c.SetNX(ctx, k, r.owner, ttl).Result()
	if err != nil {
		return false, fmt.Errorf("claim %s: %w", k, err)
	}
	return ok, nil
}

// Release deletes a claim so that Slack's retry can redo failed work.
func (r *Redis) Release(ctx context.Context, team, key string) error {
	ctx, cancel := r.op(ctx)
	defer cancel()
	k := r.k.dedupe(team, key)
	if err := r.c.Del(ctx, k).Err(); err != nil {
		return fmt.Errorf("release %s: %w", k, err)
	}
	return nil
}

// ClaimEvent claims the event_id key and the channel:ts key in one script: the
// replica that sets both owns the event; if either exists nothing is set.
func (r *Redis) ClaimEvent(ctx context.Context, team, eventID, channel, ts string) (bool, error) {
	ks := r.k.eventKeys(team, eventID, channel, ts)
	if len(ks) == 0 {
		return true, nil
	}
	ctx, cancel := r.op(ctx)
	defer cancel()
	n, err := claimScript.Run(ctx, r.c, ks, r.cfg.DedupeTTL.Milliseconds(), r.owner).Int()
	if err != nil {
		return false, fmt.Errorf("claim event %s: %w", ks[0], err)
	}
	return n == 1, nil
}

// ReleaseEvent deletes the keys ClaimEvent set.
func (r *Redis) ReleaseEvent(ctx context.Context, team, eventID, channel, ts string) error {
	ks := r.k.eventKeys(team, eventID, channel, ts)
	if len(ks) == 0 {
		return nil
	}
	ctx, cancel := r.op(ctx)
	defer cancel()
	if err := r.c.Del(ctx, ks...).Err(); err != nil {
		return fmt.Errorf("release event %s: %w", ks[0], err)
	}
	return nil
}

// GetConversation reads a conversation; ok is false if there is none.
func (r *Redis) GetConversation(ctx context.Context, team, id string) (triage.Conversation, bool, error) {
	ctx, cancel := r.op(ctx)
	defer cancel()
	k := r.k.conv(team, id)
	m, err := r.c.HGetAll(ctx, k).Result()
	if err != nil {
		return triage.Conversation{ID: id}, false, fmt.Errorf("get conversation %s: %w", k, err)
	}
	if len(m) == 0 {
		return triage.Conversation{ID: id}, false, nil
	}
	c, err := decodeConversation(id, m)
	if err != nil {
		return triage.Conversation{ID: id}, false, fmt.Errorf("get conversation %s: %w", k, err)
	}
	return c, true, nil
}

// AppendQuestions adds questions to a conversation and returns all of it, in
// one script: two replicas appending at once both keep their questions.
func (r *Redis) AppendQuestions(ctx context.Context, team, id, user, surface string, questions []string) (triage.Conversation, error) {
	items, err := jsonItems(questions)
	if err != nil {
		return triage.Conversation{ID: id}, err
	}
	ctx, cancel := r.op(ctx)
	defer cancel()
	k := r.k.conv(team, id)
	v, err := appendScript.Run(ctx, r.c, []string{k, r.k.userConvs(team, user)},
		id, user, surface, items, r.now().UnixMilli(), r.cfg.StateTTL.Milliseconds()).Slice()
	if err != nil {
		return triage.Conversation{ID: id}, fmt.Errorf("append to conversation %s: %w", k, err)
	}
	c, err := decodeConversation(id, pairs(v))
	if err != nil {
		return triage.Conversation{ID: id}, fmt.Errorf("append to conversation %s: %w", k, err)
	}
	return c, nil
}

// SaveAnswer records where the answer was posted and its result, unless the
// conversation was deleted meanwhile.
func (r *Redis) SaveAnswer(ctx context.Context, team, id, channel, ts string, result json.RawMessage) error {
	ctx, cancel := r.op(ctx)
	defer cancel()
	k := r.k.conv(team, id)
	err := saveScript.Run(ctx, r.c, []string{k}, channel, ts, string(result),
		r.now().UnixMilli(), r.cfg.StateTTL.Milliseconds()).Err()
	if err != nil {
		return fmt.Errorf("save answer of %s: %w", k, err)
	}
	return nil
}

// ForgetUser deletes every conversation the user took part in. It costs two
// round trips; it runs only on /soc forget.
func (r *Redis) ForgetUser(ctx context.Context, team, user string) (int, error) {
	ctx, cancel := r.op(ctx)
	defer cancel()
	idx := r.k.userConvs(team, user)
	ids, err := r.c.SMembers(ctx, idx).Result()
	if err != nil {
		return 0, fmt.Errorf("forget user %s: %w", idx, err)
	}
	ks := make([]string, 0, len(ids)+1)
	for _, id := range ids {
		ks = append(ks, r.k.conv(team, id))
	}
	var del *redis.IntCmd
	_, err = r.c.TxPipelined(ctx, func(p redis.Pipeliner) error {
		if len(ks) > 0 {
			del = p.Del(ctx, ks...)
		}
		p.Del(ctx, idx)
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("forget user %s: %w", idx, err)
	}
	if del == nil {
		return 0, nil
	}
	return int(del.Val()), nil
}

// Allow takes n questions from the user's allowance of limit per minute, in a
// sliding window kept by a script.
func (r *Redis) Allow(ctx context.Context, team, user string, n, limit int) (bool, time.Duration, error) {
	if limit <= 0 {
		return true, 0, nil
	}
	ctx, cancel := r.op(ctx)
	defer cancel()
	k := r.k.rate(team, user)
	now := r.now().UnixMilli()
	cost := rateCost(n, limit)
	wait, err := allowScript.Run(ctx, r.c, []string{k}, now, rateWindow.Milliseconds(), limit, cost, rateMember(now, cost)).Int64()
	if err != nil {
		return false, 0, fmt.Errorf("rate limit %s: %w", k, err)
	}
	if wait < 0 {
		return true, 0, nil
	}
	return false, time.Duration(wait) * time.Millisecond, nil
}

// Begin claims the event, checks the rate limit and appends the questions in
// one script, so a new question costs one round trip before it is triaged.
func (r *Redis) Begin(ctx context.Context, team string, t triage.Turn) (triage.TurnResult, error) {
	res := triage.TurnResult{Conversation: triage.Conversation{ID: t.Conversation}}
	items, err := jsonItems(t.Questions)
	if err != nil {
		return res, err
	}
	ks := r.k.eventKeys(team, t.EventID, t.Channel, t.TS)
	n := len(ks)
	ks = append(ks, r.k.rate(team, t.UserID), r.k.conv(team, t.Conversation), r.k.userConvs(team, t.UserID))
	now := r.now().UnixMilli()
	limit := max(t.RateLimit, 0)
	cost := 0
	if limit > 0 {
		cost = rateCost(t.Charge(), limit)
	}
	ctx, cancel := r.op(ctx)
	defer cancel()
	v, err := beginScript.Run(ctx, r.c, ks, n, r.cfg.DedupeTTL.Milliseconds(), r.owner,
		now, rateWindow.Milliseconds(), limit, cost, rateMember(now, cost),
		t.Conversation, t.UserID, t.Surface, items, r.cfg.StateTTL.Milliseconds()).Slice()
	if err != nil {
		return res, fmt.Errorf("begin turn in %s: %w", ks[n+1], err)
	}
	if len(v) < 2 {
		return res, fmt.Errorf("begin turn in %s: short reply %v", ks[n+1], v)
	}
	owned, _ := v[0].(int64)
	wait, _ := v[1].(int64)
	res.Owned = owned == 1
	if !res.Owned {
		return res, nil
	}
	if wait >= 0 {
		res.RetryAfter = time.Duration(wait) * time.Millisecond
		return res, nil
	}
	res.Allowed = true
	if t.Conversation == "" {
		res.Conversation.Questions = append([]string(nil), t.Questions...)
		return res, nil
	}
	if res.Conversation, err = decodeConversation(t.Conversation, pairs(v[2:])); err != nil {
		return res, fmt.Errorf("begin turn in %s: %w", ks[n+1], err)
	}
	return res, nil
}

// Record keeps one vote in the team's feedback set (scored by time) and notes
// the team, so ListFeedback can find it without scanning keys.
func (r *Redis) Record(ctx context.Context, team string, f triage.Feedback) error {
	if err := f.Validate(); err != nil {
		return err
	}
	now := r.now()
	if f.At.IsZero() {
		f.At = now
	}
	f.Team = team
	b, err := json.Marshal(struct {
		triage.Feedback
		Nonce string `json:"n"` // keeps two identical votes apart in the set
	}{f, randomID()})
	if err != nil {
		return fmt.Errorf("record feedback: %w", err)
	}
	ctx, cancel := r.op(ctx)
	defer cancel()
	k, teams := r.k.feedback(team), r.k.feedbackTeams()
	ttl := r.cfg.FeedbackTTL
	// A plain pipeline, not MULTI: the teams set lives in another Cluster slot.
	_, err = r.c.Pipelined(ctx, func(p redis.Pipeliner) error {
		p.ZAdd(ctx, k, redis.Z{Score: float64(f.At.UnixMilli()), Member: b})
		p.ZRemRangeByScore(ctx, k, "-inf", strconv.FormatInt(now.Add(-ttl).UnixMilli(), 10))
		p.PExpire(ctx, k, ttl)
		p.SAdd(ctx, teams, team)
		p.PExpire(ctx, teams, ttl)
		return nil
	})
	if err != nil {
		return fmt.Errorf("record feedback in %s: %w", k, err)
	}
	return nil
}

// ListFeedback returns the votes cast since the given time, across teams,
// oldest first.
func (r *Redis) ListFeedback(ctx context.Context, since time.Time) ([]triage.Feedback, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*r.cfg.OpTimeout) // an operator command, not an event
	defer cancel()
	teams, err := r.c.SMembers(ctx, r.k.feedbackTeams()).Result()
	if err != nil {
		return nil, fmt.Errorf("list feedback teams: %w", err)
	}
	cmds := make([]*redis.StringSliceCmd, len(teams))
	_, err = r.c.Pipelined(ctx, func(p redis.Pipeliner) error {
		for i, t := range teams {
			cmds[i] = p.ZRangeByScore(ctx, r.k.feedback(t), &redis.ZRangeBy{
				Min: strconv.FormatInt(since.UnixMilli(), 10), Max: "+inf"})
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list feedback: %w", err)
	}
	var out []triage.Feedback
	for _, c := range cmds {
		for _, s := range c.Val() {
			var f triage.Feedback
			if err := json.Unmarshal([]byte(s), &f); err != nil {
				return nil, fmt.Errorf("list feedback: decode %q: %w", s, err)
			}
			out = append(out, f)
		}
	}
	sortFeedback(out)
	return out, nil
}

// jsonItems encodes questions as a comma-separated list of JSON strings, ready
// to splice into the stored JSON array.
func jsonItems(qs []string) (string, error) {
	var b strings.Builder
	for i, q := range qs {
		j, err := json.Marshal(q)
		if err != nil {
			return "", fmt.Errorf("encode question: %w", err)
		}
		if i > 0 {
			b.WriteByte(',')
		}
		b.Write(j)
	}
	return b.String(), nil
}

// pairs turns a flat HGETALL reply from a script into a map.
func pairs(v []any) map[string]string {
	m := make(map[string]string, len(v)/2)
	for i := 0; i+1 < len(v); i += 2 {
		k, _ := v[i].(string)
		val, _ := v[i+1].(string)
		m[k] = val
	}
	return m
}

func decodeConversation(id string, m map[string]string) (triage.Conversation, error) {
	c := triage.Conversation{ID: id, UserID: m["user"], Surface: m["surface"], AnswerChannel: m["ach"], AnswerTS: m["ats"]}
	if q := m["q"]; q != "" {
		if err := json.Unmarshal([]byte(q), &c.Questions); err != nil {
			return c, fmt.Errorf("decode questions: %w", err)
		}
	}
	if res := m["res"]; res != "" {
		c.LastResult = json.RawMessage(res)
	}
	if ms, err := strconv.ParseInt(m["upd"], 10, 64); err == nil {
		c.UpdatedAt = time.UnixMilli(ms).UTC()
	}
	return c, nil
}

func rateMember(nowMS int64, cost int) string {
	return strconv.FormatInt(nowMS, 10) + ":" + randomID() + ":" + strconv.Itoa(cost)
}

func randomID() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// isMiss reports whether err only says a key was absent.
func isMiss(err error) bool { return errors.Is(err, redis.Nil) }
