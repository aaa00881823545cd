package bot

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"log/slog"
	"runtime/debug"
	"strings"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"
)

// onSlash answers /soc on the reader goroutine when it can do so in the ack
// (help, reports, short questionnaires); otherwise it acks empty and leaves the
// answer to a worker, which posts it to response_url. "Short" is text that fits
// the Share button's value (under 2,000 characters): its triage is pure CPU,
// well under a millisecond, so the ack is not delayed.
func (b *Bot) onSlash(evt socketmode.Event) {
	start := time.Now()
	cmd, ok := evt.Data.(slack.SlashCommand)
	if !ok {
		b.ack(evt.Request, nil, "slash_commands", start)
		return
	}
	log := b.log.With("team", cmd.TeamID, "channel", cmd.ChannelID, "surface", "slash", "user", cmd.UserID)
	if evt.Request != nil {
		// A slash command has no event id; its envelope id plays that part.
		log = log.With("event_id", evt.Request.EnvelopeID)
	}
	sub, _, _ := strings.Cut(strings.TrimSpace(cmd.Text), " ")
	switch strings.ToLower(sub) {
	case "", "help":
		b.ack(evt.Request, ephemeral(b.helpBlocks(), "How to use socbot"), "slash_commands", start)
		return
	case "forget":
		b.ack(evt.Request, nil, "slash_commands", start)
		b.onForget(log, cmd)
		return
	case "reports":
		text := b.reportsText(b.now())
		b.ack(evt.Request, ephemeral(noticeBlocks(text), "Reports on hand"), "slash_commands", start)
		return
	}
	text := plainText(cmd.Text, "")
	log.Debug("question received", "text", text) // question text: debug only
	if b.answerInline(evt, cmd, text, start, log) {
		return
	}
	b.ack(evt.Request, nil, "slash_commands", start)
	b.enqueue("slash", log, func(ctx context.Context) {
		if b.claimSlash(ctx, log, cmd) {
			b.slashLater(ctx, log, cmd, text, start)
		}
	}, func(ctx context.Context) {
		const msg = "I'm swamped right now. Please try again in a minute."
		if err := b.respond(ctx, cmd.ResponseURL, &slack.WebhookMessage{ResponseType: slack.ResponseTypeEphemeral, Text: msg}); err != nil {
			log.Warn("busy notice not sent", "err", err)
		}
	})
}

// answerInline answers a short /soc in its ack and reports whether the
// envelope is acked. It runs on the reader goroutine, where a panic would
// take the process down: one in the engine or the rendering is logged, and
// the command goes to a worker like a long one.
func (b *Bot) answerInline(evt socketmode.Event, cmd slack.SlashCommand, text string, start time.Time, log *slog.Logger) (acked bool) {
	defer func() {
		if r := recover(); r != nil {
			log.Error("panic while answering in the ack", "panic", r, "stack", string(debug.Stack()))
			b.metrics.Panicked("slash")
		}
	}()
	if len(shareValue(text)) == 0 {
		return false
	}
	res := b.triageText(text)
	if len(res.Items) == 0 {
		return false
	}
	for _, budget := range []int{defaultLineChars, defaultLineChars / 3, 1000} {
		o := answerOpts{ShareText: shareValue(text), Ephemeral: true, LineChars: budget}
		r := renderAnswer(res, o)
		payload := ephemeral(r.Blocks, r.Text)
		if fitsAck(evt.Request, payload) {
			b.ack(evt.Request, payload, "slash_commands", start)
			acked = true
			b.metrics.Answered("slash", time.Since(start), &res)
			b.countInline(log, cmd.TeamID, cmd.UserID, len(res.Items))
			log.Info("answered in ack", "questions", len(res.Items), "shown", r.Shown)
			b.enrichLater(log, res, o, answerRef{channel: cmd.ChannelID, responseURL: cmd.ResponseURL}, cmd.ChannelName)
			return true
		}
	}
	return false
}

func ephemeral(blocks []slack.Block, text string) map[string]any {
	return map[string]any{"response_type": slack.ResponseTypeEphemeral, "text": text, "blocks": blocks}
}

// fitsAck reports whether the ack carrying payload stays under Slack's limit.
func fitsAck(req *socketmode.Request, payload any) bool {
	if req == nil {
		return false
	}
	js, err := json.Marshal(socketmode.Response{EnvelopeID: req.EnvelopeID, Payload: payload})
	return err == nil && len(js) < maxAckPayload
}

// slashLater answers a long /soc through response_url. The text behind the
// Share button is kept in the store when it is too long for a button value.
func (b *Bot) slashLater(ctx context.Context, log *slog.Logger, cmd slack.SlashCommand, text string, start time.Time) {
	res := b.triageText(text)
	if len(res.Items) == 0 {
		msg := "I didn't find a question in that. Paste the questionnaire lines, one per line, or try `/soc help`."
		if err := b.respond(ctx, cmd.ResponseURL, &slack.WebhookMessage{ResponseType: slack.ResponseTypeEphemeral, Text: msg}); err != nil {
			log.Error("slash answer not sent", "err", err)
		}
		return
	}
	a := threadAnswer{team: cmd.TeamID, channel: cmd.ChannelID, user: cmd.UserID, responseURL: cmd.ResponseURL}
	if !b.allow(ctx, log, a, len(res.Items)) {
		return
	}
	share := shareValue(text)
	if share == "" {
		id := "share:" + randomID()
		if _, err := b.store.AppendQuestions(ctx, cmd.TeamID, id, cmd.UserID, "slash", []string{text}); err != nil {
			log.Warn("share text not stored; no Share button", "err", err)
		} else {
			share = "k:" + id
		}
	}
	opts := answerOpts{ShareText: share, Ephemeral: true}
	r := renderAnswer(res, opts)
	blocks := slack.Blocks{BlockSet: r.Blocks}
	err := b.respond(ctx, cmd.ResponseURL, &slack.WebhookMessage{ResponseType: slack.ResponseTypeEphemeral, Text: r.Text, Blocks: &blocks})
	if err != nil {
		log.Error("slash answer not sent", "err", err)
		return
	}
	b.metrics.Answered("slash", time.Since(start), &res)
	log.Info("answered via response_url", "questions", len(res.Items), "shown", r.Shown)
	b.enrichLater(log, res, opts, answerRef{channel: cmd.ChannelID, responseURL: cmd.ResponseURL}, cmd.ChannelName)
}

// claimSlash claims a /soc answered through response_url by its trigger_id,
// which every delivery of the command carries (a redelivery after a lost ack,
// or the same envelope reaching two replicas), so it is answered once.
func (b *Bot) claimSlash(ctx context.Context, log *slog.Logger, cmd slack.SlashCommand) bool {
	if cmd.TriggerID == "" {
		return true
	}
	if !b.claim(ctx, log, cmd.TeamID, "slash:"+cmd.TriggerID) {
		log.Debug("duplicate slash command ignored")
		return false
	}
	return true
}

func randomID() string {
	var b [12]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}
