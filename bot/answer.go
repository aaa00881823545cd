package bot

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/slack-go/slack"

	"github.com/socbot/socbot/internal/split"
	"github.com/socbot/socbot/internal/triage"
)

// threadAnswer is an answer to post in a channel thread (mention, DM, watched
// channel, share, triage button).
type threadAnswer struct {
	surface string
	team    string
	channel string
	thread  string // "" posts at top level
	user    string // who asked; told about failures privately
	key     string // unique per answer, for the post-once marker
	// conv is the DM conversation the answer covers, named in the answer's
	// metadata so that a reply in the answer's thread continues it.
	conv string
	text string // questionnaire text to triage
	// msgs, when set, are a conversation's messages, triaged each on its own
	// instead of text: a follow-up is never read as the end of the message before.
	msgs []string
	// source is the ts of the message text came from, for the Each question
	// in the thread button of a long answer ("" when there is none).
	source   string
	note     string // socbot's own mrkdwn shown under the headline
	received time.Time
	// allowed is set when the rate limit was already applied (beginTurn).
	allowed bool
	// responseURL is where a /soc asker is told about the rate limit.
	responseURL string
}

// triageText splits text into questions and triages them.
func (b *Bot) triageText(text string) triage.Result { return b.triageQuestions(split.Split(text)) }

// triageAnswer triages what a is about: its messages, each split on its own, or
// its text.
func (b *Bot) triageAnswer(a threadAnswer) triage.Result {
	if a.msgs != nil {
		return b.triageQuestions(split.Messages(a.msgs))
	}
	return b.triageText(a.text)
}

// triageQuestions is the rules-only answer to qs: the pipeline without the
// model (the bot posts this answer at once; the model's pass edits it later).
func (b *Bot) triageQuestions(qs []triage.Question) triage.Result {
	// Without the model and with a context that never ends, Run cannot fail.
	res, _ := b.pipe.RulesOnly().Run(context.Background(), qs, nil)
	return res
}

// answerThread triages a and posts the answer; it returns the answer's ts.
// A failure is logged and told to the asker; the returned error says whether
// anything still needs doing.
func (b *Bot) answerThread(ctx context.Context, log *slog.Logger, a threadAnswer) (string, error) {
	log.Debug("question received", "text", a.text) // question text: debug only
	res := b.triageAnswer(a)
	if len(res.Items) == 0 {
		return b.postNotice(ctx, log, a, "I didn't find a question in that. Paste the questionnaire lines, one per line, or try `/soc help`.")
	}
	if ok := b.allow(ctx, log, a, len(res.Items)); !ok {
		return "", nil
	}
	opts := answerOpts{Note: a.note, Detail: a.detailValue()}
	r := renderAnswer(res, opts)
	ts, err := b.postOnce(ctx, log, post{channel: a.channel, thread: a.thread, key: a.key, conv: a.conv, blocks: r.Blocks, text: r.Text})
	blocksPosted := err == nil
	if err != nil {
		var se slack.SlackErrorResponse
		if errors.As(err, &se) && (se.Err == "invalid_blocks" || se.Err == "msg_too_long") {
			// Rendering bug or a limit we misjudged: plain text beats silence.
			log.Error("blocks refused; posting text only", "err", err)
			ts, err = b.postOnce(ctx, log, post{channel: a.channel, thread: a.thread, key: a.key + ":text", conv: a.conv,
				blocks: noticeBlocks(r.Text + "\n(The detailed answer could not be shown; the full result is attached as CSV.)"), text: r.Text})
			r.Truncated = true
		}
	}
	if err != nil {
		b.tellFailure(ctx, log, a, err)
		return "", err
	}
	log.Info("answered", "questions", len(res.Items), "shown", r.Shown, "latency_ms", time.Since(a.received).Milliseconds())
	b.metrics.Answered(a.surface, time.Since(a.received), &res)
	if blocksPosted {
		b.enrichLater(log, res, opts, answerRef{channel: a.channel, ts: ts, key: a.key, conv: a.conv})
	}
	if r.Truncated {
		thread := a.thread
		if thread == "" {
			thread = ts
		}
		if err := b.uploadCSV(ctx, a.channel, thread, res); err != nil {
			log.Error("CSV upload failed", "err", err)
			b.tellFailure(ctx, log, a, err)
		}
	}
	return ts, nil
}

// detailValue is the value of a long answer's "Each question in the thread"
// button: the message to triage again, or the text itself when short.
func (a threadAnswer) detailValue() string {
	switch {
	case a.msgs != nil:
		return "" // a conversation: its messages are not one message
	case a.source != "":
		return "m:" + a.source
	}
	return shareValue(a.text)
}

// postNotice posts socbot's own short text as the answer.
func (b *Bot) postNotice(ctx context.Context, log *slog.Logger, a threadAnswer, text string) (string, error) {
	ts, err := b.postOnce(ctx, log, post{channel: a.channel, thread: a.thread, key: a.key, blocks: noticeBlocks(text), text: text})
	if err != nil {
		b.tellFailure(ctx, log, a, err)
	}
	return ts, err
}

// allow applies the rate limit; a limited user is told when to come back.
func (b *Bot) allow(ctx context.Context, log *slog.Logger, a threadAnswer, n int) bool {
	if a.allowed {
		return true
	}
	ok, after := b.limit(ctx, log, a.team, a.user, n)
	if !ok {
		b.sayLimited(ctx, log, a, after)
	}
	return ok
}

// tellFailure shows the asker a short reason, privately, when an answer could
// not be posted.
func (b *Bot) tellFailure(ctx context.Context, log *slog.Logger, a threadAnswer, err error) {
	if a.user == "" || ctx.Err() != nil {
		return
	}
	msg := userMessage(err)
	if perr := b.postEphemeral(ctx, a.channel, a.user, a.thread, noticeBlocks(msg), msg); perr != nil {
		log.Warn("cannot tell user about failure", "err", perr)
	}
}

// uploadCSV attaches the full per-question result to a thread.
func (b *Bot) uploadCSV(ctx context.Context, channel, thread string, res triage.Result) error {
	var buf bytes.Buffer
	if err := writeCSV(&buf, res); err != nil {
		return fmt.Errorf("render CSV: %w", err)
	}
	content := buf.String()
	return b.upload(ctx, b.api, b.cfg.APITimeout, slack.UploadFileParameters{
		Filename:        "socbot-triage.csv",
		Title:           fmt.Sprintf("SOC triage of %d questions", len(res.Items)),
		Content:         content,
		FileSize:        len(content),
		Channel:         channel,
		ThreadTimestamp: thread,
		SnippetType:     "csv",
	})
}

// claim claims key in the store. A store failure lets the event through: an
// unlikely double answer beats a certain silence.
func (b *Bot) claim(ctx context.Context, log *slog.Logger, team, key string) bool {
	ok, err := b.store.Claim(ctx, team, key, b.cfg.DedupeTTL)
	if err != nil {
		log.Warn("de-duplication store failed; answering anyway", "key", key, "err", err)
		return true
	}
	return ok
}

func (b *Bot) release(ctx context.Context, log *slog.Logger, team, key string) {
	if err := b.store.Release(ctx, team, key); err != nil {
		log.Warn("release claim", "key", key, "err", err)
	}
}
