package llm

import (
	"sync/atomic"
	"time"
)

// Outcomes of one HTTP attempt, as passed to Hooks.Attempt and counted in Stats.
const (
	OutcomeOK          = "ok"
	OutcomeTimeout     = "timeout"      // the call's time budget ran out, or the network timed out
	OutcomeRateLimited = "rate_limited" // 429
	OutcomeServerError = "server_error" // 5xx
	OutcomeClientError = "client_error" // other 4xx: bad key, bad model, unsupported parameter
	OutcomeMalformed   = "malformed"    // a 2xx whose body or content did not parse
	OutcomeTransport   = "transport"    // connection refused, reset, DNS
	OutcomeCanceled    = "canceled"     // the caller gave up
)

// Operations, as passed to Hooks.
const (
	OpSummary  = "summary"
	OpClassify = "classify"
)

// Hooks are optional metrics callbacks; any of them may be nil. They are called
// synchronously, so keep them cheap (a Prometheus counter or histogram).
type Hooks struct {
	// Attempt is called once per HTTP request to the model.
	Attempt func(op, outcome string, latency time.Duration)
	// CacheHit is called when an answer came from the cache instead of the model.
	CacheHit func(op string)
	// Dropped is called once per model answer thrown away by validation, with a
	// short reason ("report", "criteria", "index", "duplicate", "unmatched", …).
	Dropped func(op, reason string)
}

// Stats are the client's counters since it was built.
type Stats struct {
	Attempts    int64 // HTTP requests sent
	Retries     int64 // of which second attempts
	CacheHits   int64
	Timeouts    int64
	RateLimited int64
	ServerError int64
	ClientError int64
	Malformed   int64
	Transport   int64
	Dropped     int64 // answers rejected by validation
	Filled      int64 // suggestions returned by FillGaps
}

type counters struct {
	attempts, retries, cacheHits, timeouts, rateLimited, serverError,
	clientError, malformed, transport, dropped, filled atomic.Int64
}

// Stats returns a snapshot of the counters.
func (c *Client) Stats() Stats {
	s := &c.stats
	return Stats{
		Attempts: s.attempts.Load(), Retries: s.retries.Load(), CacheHits: s.cacheHits.Load(),
		Timeouts: s.timeouts.Load(), RateLimited: s.rateLimited.Load(), ServerError: s.serverError.Load(),
		ClientError: s.clientError.Load(), Malformed: s.malformed.Load(), Transport: s.transport.Load(),
		Dropped: s.dropped.Load(), Filled: s.filled.Load(),
	}
}

func (c *Client) observeAttempt(op, outcome string, d time.Duration) {
	c.stats.attempts.Add(1)
	switch outcome {
	case OutcomeTimeout:
		c.stats.timeouts.Add(1)
	case OutcomeRateLimited:
		c.stats.rateLimited.Add(1)
	case OutcomeServerError:
		c.stats.serverError.Add(1)
	case OutcomeClientError:
		c.stats.clientError.Add(1)
	case OutcomeMalformed:
		c.stats.malformed.Add(1)
	case OutcomeTransport:
		c.stats.transport.Add(1)
	}
	if c.hooks.Attempt != nil {
		c.hooks.Attempt(op, outcome, d)
	}
}

// malformedContent counts a 2xx reply whose content could not be used at all.
func (c *Client) malformedContent(op string) {
	c.stats.malformed.Add(1)
	if c.hooks.Dropped != nil {
		c.hooks.Dropped(op, "malformed")
	}
}

func (c *Client) observeCacheHit(op string) {
	c.stats.cacheHits.Add(1)
	if c.hooks.CacheHit != nil {
		c.hooks.CacheHit(op)
	}
}

func (c *Client) observeDropped(op, reason string) {
	c.stats.dropped.Add(1)
	if c.hooks.Dropped != nil {
		c.hooks.Dropped(op, reason)
	}
}
