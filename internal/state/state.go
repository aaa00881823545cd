// Package state keeps what socbot must remember between events and share between
// replicas: which events were already claimed, the conversation of each thread or
// DM, per-user rate limits and 👍/👎 feedback. Redis holds it when configured; an
// in-process store is the default. Every entry carries a TTL.
package state

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Defaults for Config fields left at their zero value.
const (
	DefaultPrefix          = "socbot"
	DefaultStateTTL        = 7 * 24 * time.Hour
	DefaultDedupeTTL       = 15 * time.Minute
	DefaultFeedbackTTL     = 30 * 24 * time.Hour
	DefaultOpTimeout       = 250 * time.Millisecond
	DefaultBreakerFailures = 3
	DefaultBreakerCooldown = 2 * time.Second
	DefaultMaxEntries      = 100_000

	// MinDedupeTTL covers Slack's retries: the last one comes about five
	// minutes after the first delivery.
	MinDedupeTTL = 10 * time.Minute
	// MaxOpTimeout bounds a single Redis call; a slower Redis is treated as down.
	MaxOpTimeout = 300 * time.Millisecond

	rateWindow = time.Minute
)

// ErrUnavailable is returned by operations that cannot be answered from the
// in-process fallback while Redis is unreachable (ForgetUser, ListFeedback).
var ErrUnavailable = errors.New("state store unavailable")

// Config selects and tunes the store. With neither URL nor Addrs set, state is
// kept in process memory. Zero fields take the Default constants above.
type Config struct {
	// URL is redis://[:password@]host:port/db, or rediss:// for TLS.
	URL string `envconfig:"REDIS_URL"`
	// Addrs lists Sentinel or Cluster nodes (comma separated in the environment).
	Addrs []string `envconfig:"REDIS_ADDRS"`
	// MasterName selects Sentinel mode with Addrs.
	MasterName string `envconfig:"REDIS_MASTER_NAME"`
	Username   string `envconfig:"REDIS_USERNAME"`
	Password   string `envconfig:"REDIS_PASSWORD"`
	// DB applies to Addrs in Sentinel or single-node mode.
	DB int `envconfig:"REDIS_DB"`

	// Prefix namespaces every key: PREFIX:{team}:… .
	Prefix      string        `envconfig:"SOC_STATE_PREFIX"`
	StateTTL    time.Duration `envconfig:"SOC_STATE_TTL"`
	DedupeTTL   time.Duration `envconfig:"SOC_DEDUPE_TTL"`
	FeedbackTTL time.Duration `envconfig:"SOC_FEEDBACK_TTL"`
	// OpTimeout is the deadline of each Redis call.
	OpTimeout time.Duration `envconfig:"SOC_REDIS_TIMEOUT"`
	// BreakerFailures consecutive failures open the breaker; after
	// BreakerCooldown one call probes Redis again.
	BreakerFailures int           `envconfig:"SOC_REDIS_BREAKER_FAILURES"`
	BreakerCooldown time.Duration `envconfig:"SOC_REDIS_BREAKER_COOLDOWN"`
	// MaxEntries bounds the in-process store (and the fallback beside Redis).
	MaxEntries int `envconfig:"SOC_STATE_MAX_ENTRIES"`
}

// Redis reports whether a Redis server is configured.
func (c Config) Redis() bool { return c.URL != "" || len(nonBlank(c.Addrs)) > 0 }

// nonBlank drops empty entries, as REDIS_ADDRS="" or "a:1," produce.
func nonBlank(ss []string) []string {
	var out []string
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// DefaultConfig is the in-process store's configuration with every default
// applied: what an empty environment means.
func DefaultConfig() Config { return Config{}.withDefaults() }

// withDefaults fills zero fields, so a Config literal in code works as well as
// one loaded from the environment.
func (c Config) withDefaults() Config {
	c.URL = strings.TrimSpace(c.URL)
	c.Addrs = nonBlank(c.Addrs)
	if c.Prefix == "" {
		c.Prefix = DefaultPrefix
	}
	if c.StateTTL == 0 {
		c.StateTTL = DefaultStateTTL
	}
	if c.DedupeTTL == 0 {
		c.DedupeTTL = DefaultDedupeTTL
	}
	if c.FeedbackTTL == 0 {
		c.FeedbackTTL = DefaultFeedbackTTL
	}
	if c.OpTimeout == 0 {
		c.OpTimeout = DefaultOpTimeout
	}
	if c.BreakerFailures == 0 {
		c.BreakerFailures = DefaultBreakerFailures
	}
	if c.BreakerCooldown == 0 {
		c.BreakerCooldown = DefaultBreakerCooldown
	}
	if c.MaxEntries == 0 {
		c.MaxEntries = DefaultMaxEntries
	}
	return c
}

// Validate checks the configuration; errors name the variable to fix.
func (c Config) Validate() error {
	c = c.withDefaults()
	var errs []error
	if c.URL != "" && len(c.Addrs) > 0 {
		errs = append(errs, errors.New("set REDIS_URL or REDIS_ADDRS, not both"))
	}
	if c.MasterName != "" && len(c.Addrs) == 0 {
		errs = append(errs, errors.New("REDIS_MASTER_NAME needs REDIS_ADDRS (the Sentinel addresses)"))
	}
	if c.StateTTL < time.Minute {
		errs = append(errs, fmt.Errorf("SOC_STATE_TTL %s: must be at least 1m", c.StateTTL))
	}
	if c.DedupeTTL < MinDedupeTTL {
		errs = append(errs, fmt.Errorf("SOC_DEDUPE_TTL %s: must be at least %s (Slack retries for about 5 minutes)", c.DedupeTTL, MinDedupeTTL))
	}
	if c.FeedbackTTL < time.Hour {
		errs = append(errs, fmt.Errorf("SOC_FEEDBACK_TTL %s: must be at least 1h", c.FeedbackTTL))
	}
	if c.OpTimeout < 0 || c.OpTimeout > MaxOpTimeout {
		errs = append(errs, fmt.Errorf("SOC_REDIS_TIMEOUT %s: must be between 1ms and %s", c.OpTimeout, MaxOpTimeout))
	}
	if c.BreakerFailures < 1 {
		errs = append(errs, fmt.Errorf("SOC_REDIS_BREAKER_FAILURES %d: must be at least 1", c.BreakerFailures))
	}
	if c.BreakerCooldown < 10*time.Millisecond || c.BreakerCooldown > time.Minute {
		errs = append(errs, fmt.Errorf("SOC_REDIS_BREAKER_COOLDOWN %s: must be between 10ms and 1m", c.BreakerCooldown))
	}
	if c.MaxEntries < 100 {
		errs = append(errs, fmt.Errorf("SOC_STATE_MAX_ENTRIES %d: must be at least 100", c.MaxEntries))
	}
	return errors.Join(errs...)
}

// keys builds namespaced key names. The team sits in a Redis Cluster hash tag, so
// a team's keys share one slot and a script may touch several of them.
type keys struct{ prefix string }

func (k keys) team(team string) string            { return k.prefix + ":{" + team + "}:" }
func (k keys) dedupe(team, key string) string     { return k.team(team) + "dedupe:" + key }
func (k keys) event(team, id string) string       { return k.dedupe(team, "event:"+id) }
func (k keys) message(team, ch, ts string) string { return k.dedupe(team, "msg:"+ch+":"+ts) }
func (k keys) conv(team, id string) string        { return k.team(team) + "conv:" + id }
func (k keys) userConvs(team, user string) string { return k.team(team) + "user:" + user + ":convs" }
func (k keys) rate(team, user string) string      { return k.team(team) + "rate:" + user }
func (k keys) feedback(team string) string        { return k.team(team) + "feedback" }
func (k keys) feedbackTeams() string              { return k.prefix + ":feedback:teams" }

// eventKeys lists the dedupe keys of an event: its event_id and its message
// identity, whichever are known.
func (k keys) eventKeys(team, eventID, channel, ts string) []string {
	var ks []string
	if eventID != "" {
		ks = append(ks, k.event(team, eventID))
	}
	if channel != "" && ts != "" {
		ks = append(ks, k.message(team, channel, ts))
	}
	return ks
}

// rateCost is what a request of n questions takes from a limit: at least one,
// and never more than the whole limit, so a long paste is still answerable.
func rateCost(n, limit int) int {
	if n < 1 {
		n = 1
	}
	if n > limit {
		n = limit
	}
	return n
}
