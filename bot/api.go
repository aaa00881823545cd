package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/slack-go/slack"
)

// Web API retry policy. A 429 is always retried after its Retry-After (Slack did
// not act on the request). A 5xx, a timeout or a broken connection leaves the
// outcome of a call unknown: calls whose repetition is harmless (reads,
// reactions, views, updates) are retried with capped exponential backoff; a
// chat.postMessage is retried only after conversations.replies shows that the
// first try did not land (answers carry a metadata marker to look for), and an
// ephemeral or response_url post, which cannot be checked, is not retried.
const (
	maxAttempts     = 4
	backoffInitial  = 200 * time.Millisecond
	backoffMax      = 3 * time.Second
	maxRetryAfter   = 60 * time.Second
	answerEventType = "socbot_answer"
)

// NewHTTPClient returns the HTTP client the Slack Web API client should use:
// an overall timeout per request, and enough idle connections kept per host
// for every worker, so a burst reuses connections instead of opening (and
// leaving in TIME_WAIT) one per answer.
func NewHTTPClient(timeout time.Duration) *http.Client {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConns = 256
	tr.MaxIdleConnsPerHost = 128
	tr.IdleConnTimeout = 90 * time.Second
	return &http.Client{Timeout: timeout, Transport: tr, CheckRedirect: limitRedirects}
}

// maxRedirects bounds the redirects a file download follows (Go's default is 10).
const maxRedirects = 3

func limitRedirects(_ *http.Request, via []*http.Request) error {
	if len(via) > maxRedirects {
		return fmt.Errorf("stopped after %d redirects", maxRedirects)
	}
	return nil
}

// repeat says what repeating a call may do.
type repeat int

const (
	idempotent repeat = iota // repeating has no visible effect
	once                     // repeating may duplicate a message
)

// unknownOutcomeError marks a non-idempotent call that failed in a way that
// leaves open whether Slack acted on it.
type unknownOutcomeError struct{ err error }

func (e unknownOutcomeError) Error() string { return "outcome unknown: " + e.err.Error() }
func (e unknownOutcomeError) Unwrap() error { return e.err }

// call runs fn with a per-attempt deadline and the retry policy above.
func (b *Bot) call(ctx context.Context, method string, kind repeat, fn func(ctx context.Context) error) error {
	return b.callWithin(ctx, method, kind, b.cfg.APITimeout, fn)
}

// callWithin is call with its own per-attempt deadline (file transfers).
func (b *Bot) callWithin(ctx context.Context, method string, kind repeat, perAttempt time.Duration, fn func(ctx context.Context) error) error {
	backoff := backoffInitial
	for attempt := 1; ; attempt++ {
		actx, cancel := context.WithTimeout(ctx, perAttempt)
		err := fn(actx)
		cancel()
		b.metrics.APICall(method, err)
		if err == nil {
			return nil
		}
		wait, retry, unknown := classify(err, kind)
		if unknown {
			err = unknownOutcomeError{err}
		}
		if rl := (*slack.RateLimitedError)(nil); errors.As(err, &rl) {
			b.logFor(ctx).Warn("slack rate limited", "method", method, "retry_after", rl.RetryAfter.String(), "attempt", attempt)
		}
		if !retry || attempt >= maxAttempts || ctx.Err() != nil {
			return fmt.Errorf("%s: %w", method, err)
		}
		if wait == 0 {
			wait = backoff
			backoff = min(backoff*2, backoffMax)
		}
		if !sleep(ctx, wait) {
			return fmt.Errorf("%s: %w", method, err)
		}
	}
}

// classify decides whether err is worth another attempt, after how long (0:
// the backoff), and whether the outcome of a once-call is unknown.
func classify(err error, kind repeat) (wait time.Duration, retry, unknown bool) {
	var rl *slack.RateLimitedError
	if errors.As(err, &rl) {
		return min(max(rl.RetryAfter, time.Second), maxRetryAfter), true, false
	}
	var sc slack.StatusCodeError
	if errors.As(err, &sc) {
		switch {
		case sc.Code == 429:
			return time.Second, true, false
		case sc.Code >= 500:
			return 0, kind == idempotent, kind == once
		}
		return 0, false, false
	}
	var se slack.SlackErrorResponse
	if errors.As(err, &se) {
		switch se.Err {
		case "ratelimited":
			return time.Second, true, false
		case "internal_error", "fatal_error", "service_unavailable", "request_timeout":
			return 0, kind == idempotent, kind == once
		}
		return 0, false, false
	}
	if notSent(err) {
		return 0, true, false
	}
	if errors.Is(err, context.Canceled) {
		return 0, false, kind == once
	}
	var ne net.Error
	if errors.As(err, &ne) || errors.Is(err, context.DeadlineExceeded) {
		return 0, kind == idempotent, kind == once
	}
	// Anything else (a body that failed to parse, a connection reset while
	// reading) happened after the request left: unknown for once-calls.
	return 0, kind == idempotent, kind == once
}

// notSent reports an error from before the request reached Slack (dialling).
func notSent(err error) bool {
	var op *net.OpError
	if errors.As(err, &op) && op.Op == "dial" {
		return true
	}
	var dns *net.DNSError
	return errors.As(err, &dns)
}

func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}

// post is one answer to post in a conversation, posted at most once.
type post struct {
	channel string
	thread  string // thread to answer in; "" posts at top level
	key     string // what makes this answer unique, e.g. "mention:T1:C1:1700.1"
	conv    string // the DM conversation the answer covers, if any
	blocks  []slack.Block
	text    string
}

// postOnce posts p with chat.postMessage and returns its ts. When a try ends
// with its outcome unknown, it looks for the answer's marker in the thread
// and posts again only if it is not there. Top-level posts cannot be looked up
// cheaply and are not repeated.
func (b *Bot) postOnce(ctx context.Context, log *slog.Logger, p post) (string, error) {
	opts := []slack.MsgOption{
		slack.MsgOptionBlocks(p.blocks...),
		slack.MsgOptionText(p.text, false),
		slack.MsgOptionDisableLinkUnfurl(),
		slack.MsgOptionDisableMediaUnfurl(),
		slack.MsgOptionMetadata(answerMetadata(p.key, p.conv)),
	}
	if p.thread != "" {
		opts = append(opts, slack.MsgOptionTS(p.thread))
	}
	for try := 1; ; try++ {
		var ts string
		err := b.call(ctx, "chat.postMessage", once, func(ctx context.Context) error {
			var err error
			_, ts, err = b.api.PostMessageContext(ctx, p.channel, opts...)
			return err
		})
		var unknown unknownOutcomeError
		if err == nil || !errors.As(err, &unknown) || p.thread == "" || try >= 3 {
			return ts, err
		}
		found, ferr := b.findAnswer(ctx, p)
		if ferr != nil {
			log.Warn("cannot tell whether the answer was posted; not posting again", "err", ferr, "post_err", err)
			return "", err
		}
		if found != "" {
			log.Info("answer had been posted despite the error", "ts", found, "post_err", err)
			return found, nil
		}
		log.Warn("answer not posted; posting again", "post_err", err)
	}
}

// answerMetadata is the marker every answer carries: its unique key, and the
// DM conversation it covers (see answerConversation).
func answerMetadata(key, conv string) slack.SlackMetadata {
	payload := map[string]any{"key": key}
	if conv != "" {
		payload["conversation"] = conv
	}
	return slack.SlackMetadata{EventType: answerEventType, EventPayload: payload}
}

// findAnswerPages bounds the pages of 200 replies findAnswer reads: the
// answer is the newest message, at the end of a thread read oldest first.
const findAnswerPages = 25

// findAnswer looks in p's thread for a message carrying p's marker. A thread
// it cannot read to the end is an error: "not there" must be certain before
// posting again.
func (b *Bot) findAnswer(ctx context.Context, p post) (string, error) {
	cursor := ""
	for range findAnswerPages {
		var (
			msgs    []slack.Message
			hasMore bool
			next    string
		)
		err := b.call(ctx, "conversations.replies", idempotent, func(ctx context.Context) error {
			var err error
			msgs, hasMore, next, err = b.api.GetConversationRepliesContext(ctx, &slack.GetConversationRepliesParameters{
				ChannelID: p.channel, Timestamp: p.thread, Limit: 200, Cursor: cursor, IncludeAllMetadata: true,
			})
			return err
		})
		if err != nil {
			return "", err
		}
		for _, m := range msgs {
			if m.Metadata.EventType == answerEventType && m.Metadata.EventPayload["key"] == p.key {
				return m.Timestamp, nil
			}
		}
		if !hasMore || next == "" {
			return "", nil
		}
		cursor = next
	}
	return "", fmt.Errorf("thread %s longer than %d pages", p.thread, findAnswerPages)
}

// postEphemeral shows blocks to one user; it is not retried on an unknown
// outcome (an ephemeral message cannot be looked up afterwards).
func (b *Bot) postEphemeral(ctx context.Context, channel, user, thread string, blocks []slack.Block, text string) error {
	opts := []slack.MsgOption{slack.MsgOptionBlocks(blocks...), slack.MsgOptionText(text, false)}
	if thread != "" {
		opts = append(opts, slack.MsgOptionTS(thread))
	}
	return b.call(ctx, "chat.postEphemeral", once, func(ctx context.Context) error {
		_, err := b.api.PostEphemeralContext(ctx, channel, user, opts...)
		return err
	})
}

// respond posts to an interaction's or command's response_url.
func (b *Bot) respond(ctx context.Context, url string, msg *slack.WebhookMessage) error {
	if url == "" {
		return errors.New("no response_url")
	}
	return b.call(ctx, "response_url", once, func(ctx context.Context) error {
		return slack.PostWebhookCustomHTTPContext(ctx, url, b.cfg.HTTPClient, msg)
	})
}

// userMessage turns an error into a short sentence for the person who asked.
func userMessage(err error) string {
	var se slack.SlackErrorResponse
	if errors.As(err, &se) {
		switch se.Err {
		case "not_in_channel", "channel_not_found":
			return "I can't post in this channel. Invite me with `/invite @socbot` and try again."
		case "is_archived":
			return "This channel is archived, so I can't post in it."
		case "msg_too_long", "invalid_blocks":
			return "The answer was too large for Slack. Try fewer questions at a time."
		case "missing_scope":
			return "I'm missing a Slack permission for this; ask the app's admin to reinstall it from the manifest."
		}
	}
	var rl *slack.RateLimitedError
	if errors.As(err, &rl) {
		return fmt.Sprintf("Slack is rate-limiting me. Please try again in %d seconds.", int(rl.RetryAfter.Seconds())+1)
	}
	return "Slack didn't accept my answer just now. Please try again in a minute."
}
