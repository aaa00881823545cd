package triage

import (
	"encoding/json"
	"fmt"
	"time"
)

// Conversation is what socbot remembers of a thread or DM: the questions asked
// in order, who asked last, the last verdicts and where the answer was posted,
// so that a follow-up can update that answer. The bot reads it; the state
// store keeps it (in Redis as this JSON).
type Conversation struct {
	ID            string          `json:"id"`
	Questions     []string        `json:"questions"`
	UserID        string          `json:"user,omitempty"`
	Surface       string          `json:"surface,omitempty"`
	AnswerChannel string          `json:"answer_channel,omitempty"`
	AnswerTS      string          `json:"answer_ts,omitempty"`
	LastResult    json.RawMessage `json:"last_result,omitempty"`
	UpdatedAt     time.Time       `json:"updated_at"`
}

// Turn is one incoming message that brings questions: the keys that
// de-duplicate it, the conversation it belongs to and the questions it brings.
type Turn struct {
	EventID string // Slack event_id; may be empty (slash commands)
	Channel string // with TS, identifies the message across app_mention and message events
	TS      string

	Conversation string // conversation id, e.g. channel:thread_ts; empty to keep no history
	UserID       string
	Surface      string
	Questions    []string

	// RateLimit is the asker's allowance in questions per minute; 0 disables it.
	RateLimit int
	// Cost is how many questions the turn charges to the rate limit; 0 means
	// one per entry of Questions (a message holding ten questions costs ten).
	Cost int
}

// Charge is what the turn charges to the rate limit.
func (t Turn) Charge() int {
	if t.Cost > 0 {
		return t.Cost
	}
	return len(t.Questions)
}

// TurnResult says what to do with a Turn.
type TurnResult struct {
	// Owned is false when another replica (or an earlier delivery) has the event.
	Owned bool
	// Allowed is false when the user is over the rate limit; try after RetryAfter.
	Allowed    bool
	RetryAfter time.Duration
	// Conversation holds every question of the conversation, this turn's last.
	Conversation Conversation
}

// Vote is a 👍 or a 👎.
type Vote string

// Votes.
const (
	VoteUp   Vote = "up"
	VoteDown Vote = "down"
)

// Feedback is one vote on an answer. It names the rules and question ids the
// answer rested on, never the message text.
type Feedback struct {
	Team        string    `json:"team,omitempty"`
	Vote        Vote      `json:"vote"`
	UserID      string    `json:"user,omitempty"`
	Rules       []string  `json:"rules,omitempty"`
	Report      string    `json:"report,omitempty"`
	QuestionIDs []string  `json:"questions,omitempty"`
	At          time.Time `json:"at"`
}

// Validate reports a vote that is neither up nor down.
func (f Feedback) Validate() error {
	if f.Vote != VoteUp && f.Vote != VoteDown {
		return fmt.Errorf("feedback vote %q: want %q or %q", f.Vote, VoteUp, VoteDown)
	}
	return nil
}
