package bot

import (
	"context"
	"encoding/json"
	"time"

	"github.com/socbot/socbot/internal/triage"
)

// Store is the state the bot keeps between events; *state.Resilient (Redis
// with an in-process fallback, or process memory alone) is the one socbot
// runs with, and tests use *state.Memory. Every method is team-scoped, so one
// store can serve several workspaces. Implementations must be safe for
// concurrent use; a store that cannot answer returns an error and the bot
// carries on (answering rather than staying silent).
type Store interface {
	// ClaimEvent atomically claims an event by its event_id and by its message
	// (channel and ts: the same message arrives as app_mention and message). It
	// reports false when an earlier delivery claimed either.
	ClaimEvent(ctx context.Context, team, eventID, channel, ts string) (bool, error)
	// ReleaseEvent undoes ClaimEvent after a failure that posted nothing, so
	// that Slack's retry can do the work.
	ReleaseEvent(ctx context.Context, team, eventID, channel, ts string) error
	// Claim records an arbitrary key (a button click, a triaged message) for
	// ttl and reports whether this caller was first.
	Claim(ctx context.Context, team, key string, ttl time.Duration) (bool, error)
	// Release forgets a claim.
	Release(ctx context.Context, team, key string) error
	// Begin claims a message, applies the asker's rate limit and appends the
	// turn's questions to its conversation in one step (one round trip to a
	// shared store).
	Begin(ctx context.Context, team string, t triage.Turn) (triage.TurnResult, error)
	// Allow takes n questions from the user's allowance of limit per minute;
	// when the user is over, it says how long to wait.
	Allow(ctx context.Context, team, user string, n, limit int) (ok bool, retryAfter time.Duration, err error)
	// AppendQuestions appends texts to conversation id and returns the whole
	// conversation, atomically.
	AppendQuestions(ctx context.Context, team, id, user, surface string, texts []string) (triage.Conversation, error)
	// GetConversation returns conversation id; ok is false when there is none.
	GetConversation(ctx context.Context, team, id string) (c triage.Conversation, ok bool, err error)
	// SaveAnswer records where the conversation's latest answer was posted.
	SaveAnswer(ctx context.Context, team, id, channel, ts string, result json.RawMessage) error
	// ForgetUser deletes the user's conversations at once, for /soc forget. It
	// fails when it cannot be sure the data is gone (a shared store that is
	// unreachable), so the user is never told otherwise.
	ForgetUser(ctx context.Context, team, user string) (int, error)
	// Record keeps a 👍/👎 for the rule maintainers.
	Record(ctx context.Context, team string, f triage.Feedback) error
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
	// SocketMode tells whether the Socket Mode connection is up.
	SocketMode(connected bool)
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
func (nopMetrics) SocketMode(bool)                                {}
