package state

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"time"

	"github.com/redis/go-redis/v9"
	"github.com/redis/go-redis/v9/maintnotifications"

	"github.com/socbot/socbot/internal/triage"
)

// Compile-time checks that the three stores have the same method set.
var (
	_ store = (*Memory)(nil)
	_ store = (*Redis)(nil)
	_ store = (*Resilient)(nil)
)

// store is the method set the implementations share; consumers declare the
// subset they use.
type store interface {
	Claim(ctx context.Context, team, key string, ttl time.Duration) (bool, error)
	Release(ctx context.Context, team, key string) error
	ClaimEvent(ctx context.Context, team, eventID, channel, ts string) (bool, error)
	ReleaseEvent(ctx context.Context, team, eventID, channel, ts string) error
	GetConversation(ctx context.Context, team, id string) (triage.Conversation, bool, error)
	AppendQuestions(ctx context.Context, team, id, user, surface string, questions []string) (triage.Conversation, error)
	SaveAnswer(ctx context.Context, team, id, channel, ts string, result json.RawMessage) error
	ForgetUser(ctx context.Context, team, user string) (int, error)
	Allow(ctx context.Context, team, user string, n, limit int) (bool, time.Duration, error)
	Begin(ctx context.Context, team string, t triage.Turn) (triage.TurnResult, error)
	Record(ctx context.Context, team string, f triage.Feedback) error
	ListFeedback(ctx context.Context, since time.Time) ([]triage.Feedback, error)
	CacheGet(ctx context.Context, key string) ([]byte, bool, error)
	CacheSet(ctx context.Context, key string, val []byte, ttl time.Duration) error
	Ping(ctx context.Context) error
	Close() error
}

// Open validates cfg and returns the store: Memory alone when no Redis is
// configured, otherwise Redis with a Memory fallback. An unreachable Redis is
// not an error: the store starts degraded and recovers when Redis answers.
func Open(ctx context.Context, cfg Config, log *slog.Logger) (*Resilient, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("state config: %w", err)
	}
	cfg = cfg.withDefaults()
	mem := NewMemory(cfg)
	if !cfg.Redis() {
		log.Info("state kept in process memory (set REDIS_URL or REDIS_ADDRS to share it between replicas)")
		return NewResilient(nil, mem, log), nil
	}
	c, err := newClient(cfg)
	if err != nil {
		return nil, err
	}
	// go-redis writes pool errors to stderr on its own; while Redis is down that
	// is a line per event. Route them to our log at debug: the breaker already
	// says once that the store is degraded.
	redis.SetLogger(redisLog{log})
	r := NewRedis(c, cfg)
	s := NewResilient(r, mem, log)
	if err := r.LoadScripts(ctx); err != nil {
		s.br.trip()
		s.setDegraded(true, err)
		return s, nil
	}
	log.Info("state kept in redis", "prefix", cfg.Prefix, "state_ttl", cfg.StateTTL, "dedupe_ttl", cfg.DedupeTTL)
	return s, nil
}

// newClient builds a client that fails fast: one retry, short dial and I/O
// timeouts, so a dead Redis costs an event at most about one OpTimeout.
func newClient(cfg Config) (redis.UniversalClient, error) {
	var o redis.UniversalOptions
	if cfg.URL != "" {
		u, err := redis.ParseURL(cfg.URL)
		if err != nil {
			return nil, fmt.Errorf("REDIS_URL: %w", err) // ParseURL's errors do not include the password
		}
		o = redis.UniversalOptions{
			Addrs: []string{u.Addr}, Username: u.Username, Password: u.Password,
			DB: u.DB, TLSConfig: u.TLSConfig, ClientName: u.ClientName,
		}
	} else {
		o = redis.UniversalOptions{Addrs: cfg.Addrs, MasterName: cfg.MasterName,
			Username: cfg.Username, Password: cfg.Password, DB: cfg.DB}
	}
	if cfg.Username != "" {
		o.Username = cfg.Username
	}
	if cfg.Password != "" {
		o.Password = cfg.Password
	}
	o.MaxRetries = 1
	o.MinRetryBackoff = 8 * time.Millisecond
	o.MaxRetryBackoff = 32 * time.Millisecond
	o.DialTimeout = 200 * time.Millisecond
	o.DialerRetries = 1
	o.DialerRetryTimeout = 10 * time.Millisecond
	o.ReadTimeout = cfg.OpTimeout
	o.WriteTimeout = cfg.OpTimeout
	o.PoolTimeout = cfg.OpTimeout
	o.ContextTimeoutEnabled = true
	o.DisableIdentity = true
	o.MaintNotificationsConfig = &maintnotifications.Config{Mode: maintnotifications.ModeDisabled}
	return redis.NewUniversalClient(&o), nil
}

type redisLog struct{ log *slog.Logger }

func (l redisLog) Printf(ctx context.Context, format string, v ...any) {
	l.log.DebugContext(ctx, "redis client: "+fmt.Sprintf(format, v...))
}
