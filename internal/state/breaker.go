package state

import (
	"sync"
	"time"
)

type breakerState int

const (
	closed   breakerState = iota // calls go to Redis
	open                         // calls skip Redis until the cool-down ends
	halfOpen                     // one probe call is in flight
)

func (s breakerState) String() string {
	return [...]string{"closed", "open", "half-open"}[s]
}

// breaker stops calling a Redis that keeps failing: after `threshold`
// consecutive failures it opens; after `cooldown` it lets one call through as a
// probe, whose outcome closes or re-opens it.
type breaker struct {
	threshold int
	cooldown  time.Duration
	now       func() time.Time

	mu       sync.Mutex
	state    breakerState
	failures int
	openedAt time.Time
}

func newBreaker(threshold int, cooldown time.Duration) *breaker {
	return &breaker{threshold: threshold, cooldown: cooldown, now: time.Now}
}

// allow reports whether a call may go to Redis now.
func (b *breaker) allow() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch b.state {
	case closed:
		return true
	case open:
		if b.now().Sub(b.openedAt) >= b.cooldown {
			b.state = halfOpen
			return true
		}
	}
	return false
}

// success records a call that Redis answered; it reports whether the breaker
// was not closed before (Redis is back).
func (b *breaker) success() (recovered bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	recovered = b.state != closed
	b.state, b.failures = closed, 0
	return recovered
}

// reopen closes an open or half-open breaker after a direct check found Redis
// answering, and reports whether it did. A closed breaker keeps its count of
// failures: a fast PING says nothing of the calls that are timing out.
func (b *breaker) reopen() (recovered bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.state == closed {
		return false
	}
	b.state, b.failures = closed, 0
	return true
}

// failure records a failed call; it reports whether this one opened the breaker
// from closed (Redis has just gone away).
func (b *breaker) failure() (opened bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch b.state {
	case closed:
		if b.failures++; b.failures >= b.threshold {
			b.state, b.openedAt = open, b.now()
			return true
		}
	case halfOpen, open:
		b.state, b.openedAt = open, b.now()
	}
	return false
}

// abort records a call that ended for a reason that says nothing about Redis
// (the caller gave up); a probe slot it held is given back.
func (b *breaker) abort() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.state == halfOpen {
		b.state = open // openedAt is past the cool-down, so the next call probes
	}
}

// trip opens the breaker at once, as when Redis is unreachable at start-up.
func (b *breaker) trip() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.state, b.openedAt = open, b.now()
}

func (b *breaker) current() breakerState {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.state
}
