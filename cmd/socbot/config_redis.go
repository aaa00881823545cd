package main

import (
	"fmt"
	"strings"

	"github.com/socbot/socbot/internal/state"
)

// RedisConfig is where socbot keeps what it remembers (event claims,
// conversations, rate limits, votes) and how many questions a user may ask.
// With neither REDIS_URL nor REDIS_ADDRS set, state stays in process memory.
// The store's own variables (REDIS_URL, REDIS_ADDRS, REDIS_MASTER_NAME,
// SOC_STATE_TTL, SOC_DEDUPE_TTL, SOC_REDIS_TIMEOUT, …) come from state.Config.
type RedisConfig struct {
	state.Config
	// RateLimit is how many questions one user may ask per minute (0: no limit).
	// Off unless set: a limit is a deployment's policy (the compose file and the
	// Kubernetes manifests set 60), and a burst from one integration or test user
	// must not be refused by a number socbot picked.
	RateLimit int `envconfig:"SOC_RATE_LIMIT"`
	// OldConversationTTL is read only to say it is gone: conversations now live
	// for SOC_STATE_TTL like the rest of the state.
	OldConversationTTL string `envconfig:"SOC_CONVERSATION_TTL"`
}

// validate reports each problem naming its variable.
func (c RedisConfig) validate() []error {
	var errs []error
	if err := c.Config.Validate(); err != nil {
		errs = append(errs, err)
	}
	if c.RateLimit < 0 || c.RateLimit > 100_000 {
		errs = append(errs, fmt.Errorf("SOC_RATE_LIMIT: %d: want questions per minute per user, 0 (no limit) to 100000", c.RateLimit))
	}
	if strings.TrimSpace(c.OldConversationTTL) != "" {
		errs = append(errs, fmt.Errorf("SOC_CONVERSATION_TTL: no longer read; conversations live for SOC_STATE_TTL"))
	}
	return errs
}
