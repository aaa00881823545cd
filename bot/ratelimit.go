package bot

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/slack-go/slack"

	"github.com/socbot/socbot/internal/triage"
)

// beginTurn claims a DM message, applies the asker's rate limit and appends
// the message to its conversation, in one store call (one Redis round trip).
// A store failure lets the message through, answered alone: an unlikely
// double answer beats a certain silence.
func (b *Bot) beginTurn(ctx context.Context, log *slog.Logger, m eventMeta, t triage.Turn) triage.TurnResult {
	t.RateLimit = b.cfg.RateLimit
	res, err := b.store.Begin(ctx, m.team, t)
	if err != nil {
		log.Warn("state store failed; answering this message alone", "err", err)
		return triage.TurnResult{Owned: true, Allowed: true, Conversation: triage.Conversation{Questions: t.Questions}}
	}
	if !res.Owned {
		log.Debug("duplicate event ignored")
	}
	return res
}

// limit asks the store whether user may ask n more questions now. An
// unavailable store allows.
func (b *Bot) limit(ctx context.Context, log *slog.Logger, team, user string, n int) (bool, time.Duration) {
	if b.cfg.RateLimit <= 0 || user == "" {
		return true, 0
	}
	ok, after, err := b.store.Allow(ctx, team, user, max(n, 1), b.cfg.RateLimit)
	if err != nil {
		log.Warn("rate limiter unavailable; allowing", "err", err)
		return true, 0
	}
	return ok, after
}

// limitedText tells a user over the rate limit when to come back.
func limitedText(after time.Duration) string {
	secs := int((after + time.Second - 1) / time.Second)
	if secs < 1 {
		secs = 1
	}
	return fmt.Sprintf("You've asked a lot of questions in the last minute, so I'm pausing for you. Please try again in %d seconds.", secs)
}

// limitNoticeEvery is how often one person is told about the rate limit: once
// per window of the limit, however many messages they send meanwhile.
const limitNoticeEvery = time.Minute

// sayLimited tells the asker they are over the rate limit: privately through
// the response_url for /soc, as a reply in the thread otherwise. Past the
// first notice in a window, messages are dropped without one (a /soc, which
// the asker waits on and only they see, is always answered).
func (b *Bot) sayLimited(ctx context.Context, log *slog.Logger, a threadAnswer, after time.Duration) {
	b.metrics.Dropped("rate_limited")
	log.Info("rate limited", "user", a.user, "retry_after", after.Round(time.Second).String())
	if a.responseURL == "" && !b.firstLimitNotice(ctx, log, a) {
		log.Debug("already told about the rate limit in this window", "user", a.user)
		return
	}
	msg := limitedText(after)
	var err error
	switch {
	case a.responseURL != "":
		err = b.respond(ctx, a.responseURL, &slack.WebhookMessage{ResponseType: slack.ResponseTypeEphemeral, Text: msg})
	case a.surface == "watch":
		// The poster did not ask socbot anything: tell them alone.
		err = b.postEphemeral(ctx, a.channel, a.user, a.thread, noticeBlocks(msg), msg)
	case a.channel != "" && a.thread != "":
		_, err = b.postOnce(ctx, log, post{channel: a.channel, thread: a.thread, key: a.key + ":limited", blocks: noticeBlocks(msg), text: msg})
	case a.channel != "":
		err = b.postEphemeral(ctx, a.channel, a.user, "", noticeBlocks(msg), msg)
	}
	if err != nil {
		log.Warn("cannot tell user about rate limit", "err", err)
	}
}

// firstLimitNotice claims the person's one rate-limit notice of the window,
// in the shared store so that replicas agree. An unavailable store allows it.
func (b *Bot) firstLimitNotice(ctx context.Context, log *slog.Logger, a threadAnswer) bool {
	ok, err := b.store.Claim(ctx, a.team, "limited:"+a.user, limitNoticeEvery)
	if err != nil {
		log.Warn("state store failed; telling about the rate limit anyway", "err", err)
		return true
	}
	return ok
}

// countInline charges a /soc answered inside its ack to the user's allowance.
// The ack cannot wait for the store, so the check happens after the answer:
// short /soc answers are never refused, but they count against later ones.
func (b *Bot) countInline(log *slog.Logger, team, user string, n int) {
	if b.cfg.RateLimit <= 0 || user == "" {
		return
	}
	b.enqueue("slash", log, func(ctx context.Context) {
		if ok, _ := b.limit(ctx, log, team, user, n); !ok {
			log.Info("rate limit reached by questions answered in the ack", "user", user)
		}
	}, nil)
}
