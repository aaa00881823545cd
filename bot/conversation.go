package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/socbot/socbot/internal/triage"
)

// handleDM answers in the DM thread. Every message of the thread adds to the
// thread's conversation, and the answer covers them all, each message split on
// its own ("also: do you have a SOC 1?" is a new question, not the end of the one
// before): a follow-up updates
// socbot's earlier answer in place (chat.update) and, if that answer is gone,
// replies in the thread. The claim, the rate limit and the append are one
// store call, so two replicas appending at once both keep their questions;
// only a reply whose conversation must be read from Slack is claimed on its
// own, before that read. Small talk is told apart before any of it.
func (b *Bot) handleDM(ctx context.Context, log *slog.Logger, m eventMeta, e *slackevents.MessageEvent) error {
	me := b.Identity()
	a := threadAnswer{surface: "dm", team: m.team, channel: e.Channel, thread: e.ThreadTimeStamp, user: e.User,
		key: "dm:" + m.team + ":" + e.Channel + ":" + e.TimeStamp, text: plainText(e.Text, me.UserID), received: m.received,
		source: e.TimeStamp}
	// Small talk needs no conversation: it is answered (or not) before
	// anything is read.
	switch smallTalk(a.text) {
	case talkThanks:
		return nil
	case talkGreeting:
		if !b.claimEvent(ctx, log, m, e.TimeStamp) {
			return nil
		}
		_, err := b.postOnce(ctx, log, post{channel: a.channel, thread: a.thread, key: a.key, blocks: b.helpBlocks(), text: "How to use socbot"})
		return err
	}
	// A message at the top of the DM is answered there, as a person would;
	// one written in a thread is answered in that thread. Either way the
	// conversation is the thread the message starts or belongs to, and the
	// thread of socbot's own answer belongs to the conversation it answers.
	t := triage.Turn{EventID: m.eventID, Channel: e.Channel, TS: e.TimeStamp,
		Conversation: convID(e.Channel, e.TimeStamp), UserID: e.User, Surface: "dm", Questions: []string{a.text},
		Cost: len(b.triageText(a.text).Items)}
	if e.ThreadTimeStamp != "" {
		parent := ""
		if e.Message != nil {
			parent = e.Message.ParentUserId
		}
		id, known := b.knownDMConversation(ctx, m.team, e.Channel, e.ThreadTimeStamp, parent)
		if !known {
			// Finding the conversation reads the thread from Slack: the
			// event is claimed first, so that a redelivery is turned away
			// before that read, and Begin is not asked to claim it again.
			if !b.claimEvent(ctx, log, m, e.TimeStamp) {
				return nil
			}
			t.EventID, t.Channel, t.TS = "", "", ""
			id = b.answerConversation(ctx, log, e.Channel, e.ThreadTimeStamp)
		}
		t.Conversation = id
	}
	id := t.Conversation
	a.conv = id
	turn := b.beginTurn(ctx, log, m, t)
	if !turn.Owned {
		return nil
	}
	if !turn.Allowed {
		b.sayLimited(ctx, log, a, turn.RetryAfter)
		return nil
	}
	a.allowed = true
	conv := turn.Conversation
	if n := len(conv.Questions); n > 1 {
		recent := recentMessages(conv.Questions, maxConversationBytes)
		a.msgs = recent
		covers := fmt.Sprintf("the %d messages of this thread", n)
		if len(recent) < n {
			covers = fmt.Sprintf("the last %d of the %d messages of this thread", len(recent), n)
		}
		a.note = "Covers " + covers + "."
		if conv.AnswerTS != "" {
			a.note = "Updated: covers " + covers + "."
			channel := conv.AnswerChannel
			if channel == "" {
				channel = e.Channel
			}
			err := b.updateAnswer(ctx, log, a, channel, conv.AnswerTS)
			if err == nil {
				return nil
			}
			log.Warn("earlier answer not updated; replying in the thread", "answer_ts", conv.AnswerTS, "err", err)
			a.note = "Covers " + covers + "."
		}
	}
	ts, err := b.answerThread(ctx, log, a)
	if err != nil || ts == "" {
		return err
	}
	if err := b.store.SaveAnswer(ctx, m.team, id, e.Channel, ts, nil); err != nil {
		log.Warn("conversation answer not recorded", "err", err)
	}
	return nil
}

// knownDMConversation is the conversation of a DM message written in the
// thread at threadTS, whose first message Slack says is by parent ("" when the
// event does not say), when it is known without reading the thread: the
// thread of a person's message is that message's conversation, and so is a
// thread that already has one. known is false for a reply under socbot's
// answer, or one whose event names no parent and whose thread has no
// conversation yet: answerConversation reads the thread to find out.
func (b *Bot) knownDMConversation(ctx context.Context, team, channel, threadTS, parent string) (id string, known bool) {
	id = convID(channel, threadTS)
	switch {
	case parent != "" && parent != b.Identity().UserID:
		return id, true
	case parent == "":
		if _, ok, err := b.store.GetConversation(ctx, team, id); ok || err != nil {
			return id, true
		}
	}
	return id, false
}

// answerConversation is the conversation of a reply in the DM thread at
// threadTS. The thread of socbot's answer to a message at the top of the DM
// belongs to the conversation the answer covers, which the answer's metadata
// names: a reply there is a follow-up, not a new set of questions. Any other
// thread, or one that cannot be read, starts its own conversation.
func (b *Bot) answerConversation(ctx context.Context, log *slog.Logger, channel, threadTS string) string {
	id := convID(channel, threadTS)
	me := b.Identity()
	msg, err := b.fetchMessage(ctx, channel, threadTS)
	if err != nil {
		log.Warn("cannot read the thread's first message; the reply starts its own conversation", "err", err)
		return id
	}
	if msg.BotID == "" || msg.BotID != me.BotID || msg.Metadata.EventType != answerEventType {
		return id
	}
	conv, _ := msg.Metadata.EventPayload["conversation"].(string)
	if !strings.HasPrefix(conv, channel+":") {
		return id
	}
	return conv
}

// maxConversationBytes bounds the text of a DM thread that one answer
// triages: a thread can run for days, and every follow-up triages it whole.
const maxConversationBytes = 128 << 10

// recentMessages keeps the latest messages whose text fits in max bytes; the
// last message is always kept.
func recentMessages(msgs []string, max int) []string {
	i, total := len(msgs), 0
	for i > 0 && total+len(msgs[i-1])+1 <= max {
		total += len(msgs[i-1]) + 1
		i--
	}
	if i == len(msgs) && i > 0 {
		i--
	}
	return msgs[i:]
}

// errNeedsNewAnswer makes a follow-up reply in the thread instead of updating.
var errNeedsNewAnswer = errors.New("answer too long to update in place")

// updateAnswer triages a's messages and replaces socbot's message at ts with the
// answer. An answer that needs its CSV attachment is posted anew instead.
func (b *Bot) updateAnswer(ctx context.Context, log *slog.Logger, a threadAnswer, channel, ts string) error {
	res := b.triageAnswer(a)
	if len(res.Items) == 0 {
		return errNeedsNewAnswer
	}
	opts := answerOpts{Note: a.note}
	r := renderAnswer(res, opts)
	if r.Truncated {
		return errNeedsNewAnswer
	}
	// Mark the older version stale before editing, so that a model pass over
	// it that finishes meanwhile does not put it back.
	b.llm.written(answerRef{channel: channel, ts: ts}.id(), false)
	err := b.call(ctx, "chat.update", idempotent, func(ctx context.Context) error {
		_, _, _, err := b.api.UpdateMessageContext(ctx, channel, ts,
			slack.MsgOptionBlocks(r.Blocks...), slack.MsgOptionText(r.Text, false))
		return err
	})
	if err != nil {
		return err
	}
	log.Info("answer updated", "questions", len(res.Items), "shown", r.Shown, "answer_ts", ts,
		"latency_ms", time.Since(a.received).Milliseconds())
	b.metrics.Answered(a.surface, time.Since(a.received), &res)
	b.enrichLater(log, res, opts, answerRef{channel: channel, ts: ts})
	return nil
}
