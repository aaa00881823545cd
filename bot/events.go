package bot

import (
	"context"
	"fmt"
	"log/slog"
	"strings"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
)

// convID names a DM thread's conversation.
func convID(channel, thread string) string { return channel + ":" + thread }

// claimEvent claims the event (its event_id and its message, which may also
// arrive under another event); it reports false when another delivery has it.
// A store failure lets the event through: an unlikely double answer beats a
// certain silence.
func (b *Bot) claimEvent(ctx context.Context, log *slog.Logger, m eventMeta, ts string) bool {
	ok, err := b.store.ClaimEvent(ctx, m.team, m.eventID, m.channel, ts)
	if err != nil {
		log.Warn("de-duplication store failed; answering anyway", "err", err)
		return true
	}
	if !ok {
		log.Debug("duplicate event ignored")
	}
	return ok
}

// releaseEvent lets Slack's retry of a failed event be answered.
func (b *Bot) releaseEvent(ctx context.Context, log *slog.Logger, m eventMeta, ts string) {
	if err := b.store.ReleaseEvent(ctx, m.team, m.eventID, m.channel, ts); err != nil {
		log.Warn("release event claim", "err", err)
	}
}

// handleMention answers "@socbot …" in the thread of the mention; "@socbot"
// alone inside a thread triages the thread's first message.
func (b *Bot) handleMention(ctx context.Context, log *slog.Logger, m eventMeta, e *slackevents.AppMentionEvent) {
	me := b.Identity()
	if e.BotID != "" || e.User == "" || e.User == me.UserID || e.Edited != nil {
		return
	}
	if !b.claimEvent(ctx, log, m, e.TimeStamp) {
		return
	}
	thread := threadOf(e.ThreadTimeStamp, e.TimeStamp)
	a := threadAnswer{surface: "mention", team: m.team, channel: e.Channel, thread: thread, user: e.User,
		key: "mention:" + m.team + ":" + e.Channel + ":" + e.TimeStamp, text: plainText(e.Text, me.UserID), received: m.received, source: e.TimeStamp}

	var err error
	switch {
	case len(e.Files) > 0:
		err = b.mentionFiles(ctx, log, m, e)
	case a.text != "":
		_, err = b.answerThread(ctx, log, a)
	case e.ThreadTimeStamp != "" && e.ThreadTimeStamp != e.TimeStamp:
		err = b.answerRoot(ctx, log, a, e.ThreadTimeStamp)
	default:
		_, err = b.postNotice(ctx, log, a, "Mention me with the questions after my name, or mention me alone in a questionnaire's thread and I'll triage its first message. `/soc help` has more.")
	}
	if err != nil {
		log.Error("mention not answered", "err", err)
		b.releaseEvent(ctx, log, m, e.TimeStamp)
	}
}

// answerRoot triages the first message of a thread.
func (b *Bot) answerRoot(ctx context.Context, log *slog.Logger, a threadAnswer, root string) error {
	msg, err := b.fetchMessage(ctx, a.channel, root)
	if err != nil {
		log.Error("cannot read thread root", "err", err)
		_, nerr := b.postNotice(ctx, log, a, "I couldn't read this thread's first message. Paste the questions after my name instead.")
		return nerr
	}
	if len(msg.Files) > 0 {
		return b.rootFiles(ctx, log, a, root, msg.Files)
	}
	a.text = plainText(msg.Text, b.Identity().UserID)
	a.source = root // "Each question in the thread" re-reads the message triaged, not the bare mention
	if a.text == "" {
		_, err := b.postNotice(ctx, log, a, "The thread's first message has no text I can triage. Paste the questions after my name instead.")
		return err
	}
	a.note = "Triage of this thread's first message."
	_, err = b.answerThread(ctx, log, a)
	return err
}

// fetchMessage reads one message by ts (conversations.replies works for
// thread roots and replies alike).
func (b *Bot) fetchMessage(ctx context.Context, channel, ts string) (slack.Message, error) {
	var msgs []slack.Message
	err := b.call(ctx, "conversations.replies", idempotent, func(ctx context.Context) error {
		var err error
		msgs, _, _, err = b.api.GetConversationRepliesContext(ctx, &slack.GetConversationRepliesParameters{
			ChannelID: channel, Timestamp: ts, Latest: ts, Inclusive: true, Limit: 1, IncludeAllMetadata: true,
		})
		return err
	})
	if err != nil {
		return slack.Message{}, err
	}
	for _, msg := range msgs {
		if msg.Timestamp == ts {
			return msg, nil
		}
	}
	return slack.Message{}, fmt.Errorf("conversations.replies: message %s not found", ts)
}

// wantMessage is the reader's cheap filter for message events: DMs from people,
// and people's messages in watched channels that do not mention the bot (the
// app_mention event covers those). Bots, socbot itself, edits, deletions,
// joins and every other subtype are ignored.
func (b *Bot) wantMessage(e *slackevents.MessageEvent) bool {
	if e.SubType != "" || e.BotID != "" || e.User == "" || strings.TrimSpace(e.Text) == "" {
		return false
	}
	me := b.Identity()
	if e.User == me.UserID {
		return false
	}
	if e.ChannelType == "im" {
		return true
	}
	if b.cfg.WatchMode == WatchOff || !b.isWatched(e.Channel) {
		return false
	}
	return !mentions(e.Text, me.UserID)
}

// handleMessage answers a DM or a watched channel's message.
func (b *Bot) handleMessage(ctx context.Context, log *slog.Logger, m eventMeta, e *slackevents.MessageEvent) {
	var err error
	if e.ChannelType == "im" {
		err = b.handleDM(ctx, log, m, e) // claims the event itself (see conversation.go)
	} else {
		if !b.claimEvent(ctx, log, m, e.TimeStamp) {
			return
		}
		err = b.handleWatched(ctx, log, m, e)
	}
	if err != nil {
		log.Error("message not answered", "err", err)
		b.releaseEvent(ctx, log, m, e.TimeStamp)
	}
}

type talk int

const (
	talkQuestions talk = iota
	talkGreeting       // answered with the help text
	talkThanks         // not answered
)

// smallTalk spots greetings, requests for help and thanks in a DM, which are
// not questionnaire content.
func smallTalk(s string) talk {
	switch strings.Trim(strings.ToLower(strings.TrimSpace(s)), "!.?🙏 ") {
	case "", "hi", "hello", "hey", "help", "?":
		return talkGreeting
	case "thanks", "thank you", "ty", "thx", "cheers", "ok", "great":
		return talkThanks
	}
	return talkQuestions
}

// handleWatched answers a watched channel's message that looks like
// questionnaire content: a thread reply, or a reaction and a private offer.
func (b *Bot) handleWatched(ctx context.Context, log *slog.Logger, m eventMeta, e *slackevents.MessageEvent) error {
	text := plainText(e.Text, b.Identity().UserID)
	res := b.triageText(text)
	if !looksLikeQuestionnaire(text, res) {
		return nil
	}
	thread := threadOf(e.ThreadTimeStamp, e.TimeStamp)
	if b.cfg.WatchMode == WatchReact {
		return b.offerTriage(ctx, log, e)
	}
	a := threadAnswer{surface: "watch", team: m.team, channel: e.Channel, thread: thread, user: e.User,
		key: "watch:" + m.team + ":" + e.Channel + ":" + e.TimeStamp, text: text, received: m.received, source: e.TimeStamp,
		note: "This looks like questionnaire content, so here is the triage."}
	_, err := b.answerThread(ctx, log, a)
	return err
}

// offerTriage reacts to the message and shows its author a "Triage" button.
func (b *Bot) offerTriage(ctx context.Context, log *slog.Logger, e *slackevents.MessageEvent) error {
	err := b.call(ctx, "reactions.add", idempotent, func(ctx context.Context) error {
		err := b.api.AddReactionContext(ctx, "mag", slack.NewRefToMessage(e.Channel, e.TimeStamp))
		if se, ok := err.(slack.SlackErrorResponse); ok && se.Err == "already_reacted" {
			return nil
		}
		return err
	})
	if err != nil {
		log.Warn("reaction not added", "err", err)
	}
	blocks := offerBlocks(e.TimeStamp)
	return b.postEphemeral(ctx, e.Channel, e.User, e.ThreadTimeStamp, blocks, "Triage this questionnaire?")
}

// handleHome publishes the App Home tab for the user who opened it.
func (b *Bot) handleHome(ctx context.Context, log *slog.Logger, m eventMeta, e *slackevents.AppHomeOpenedEvent) {
	if m.eventID != "" && !b.claimEvent(ctx, log, m, "") {
		return
	}
	view := b.homeView(b.now())
	err := b.call(ctx, "views.publish", idempotent, func(ctx context.Context) error {
		_, err := b.api.PublishViewContext(ctx, slack.PublishViewContextRequest{UserID: e.User, View: view})
		return err
	})
	if err != nil {
		log.Error("home tab not published", "err", err)
	}
}

// sayBusyEvent tells a person whose mention or DM could not be queued that the
// bot is overloaded, where the answer would have gone: a mention in its
// thread, a DM where it was written (the DM itself, or its thread).
func (b *Bot) sayBusyEvent(ctx context.Context, log *slog.Logger, data any) {
	const msg = "I'm swamped right now and couldn't take your question. Please ask again in a minute."
	var channel, thread string
	switch e := data.(type) {
	case *slackevents.AppMentionEvent:
		channel, thread = e.Channel, threadOf(e.ThreadTimeStamp, e.TimeStamp)
	case *slackevents.MessageEvent:
		if e.ChannelType != "im" {
			return
		}
		channel, thread = e.Channel, e.ThreadTimeStamp
	default:
		return
	}
	opts := []slack.MsgOption{slack.MsgOptionText(msg, false)}
	if thread != "" {
		opts = append(opts, slack.MsgOptionTS(thread))
	}
	err := b.call(ctx, "chat.postMessage", once, func(ctx context.Context) error {
		_, _, err := b.api.PostMessageContext(ctx, channel, opts...)
		return err
	})
	if err != nil {
		log.Warn("busy notice not posted", "err", err)
	}
}

// threadOf is the thread to answer a message in: its own thread, or the
// thread it starts.
func threadOf(threadTS, ts string) string {
	if threadTS != "" {
		return threadTS
	}
	return ts
}
