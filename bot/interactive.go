package bot

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"

	"github.com/socbot/socbot/internal/triage"
)

// onInteractive routes an acked button click to a worker.
func (b *Bot) onInteractive(evt socketmode.Event) {
	cb, ok := evt.Data.(slack.InteractionCallback)
	if !ok || cb.Type != slack.InteractionTypeBlockActions {
		return
	}
	received := time.Now()
	var eventID string // interactions have no event id; the envelope id plays that part
	if evt.Request != nil {
		eventID = evt.Request.EnvelopeID
	}
	for _, act := range cb.ActionCallback.BlockActions {
		if act == nil {
			continue
		}
		act := *act
		log := b.log.With("event_id", eventID, "team", cb.Team.ID, "channel", cb.Channel.ID, "surface", "button", "action", act.ActionID, "user", cb.User.ID)
		var run func(ctx context.Context)
		switch act.ActionID {
		case actionFeedbackUp, actionFeedbackDown, actionWrong:
			run = func(ctx context.Context) { b.handleFeedback(ctx, log, cb, act) }
		case actionDetail:
			run = func(ctx context.Context) { b.handleDetail(ctx, log, cb, act) }
		case actionShare:
			run = func(ctx context.Context) { b.handleShare(ctx, log, cb, act, received) }
		case actionTriage:
			run = func(ctx context.Context) { b.handleTriageButton(ctx, log, cb, act, received) }
		default:
			continue
		}
		b.enqueue("button", log, run, nil)
	}
}

// actionKey identifies one click, so a redelivered interaction acts once.
func actionKey(cb slack.InteractionCallback, act slack.BlockAction) string {
	return "action:" + cb.User.ID + ":" + act.ActionID + ":" + act.ActionTs
}

// handleFeedback logs a 👍/👎 with the rules behind the answer.
func (b *Bot) handleFeedback(ctx context.Context, log *slog.Logger, cb slack.InteractionCallback, act slack.BlockAction) {
	if !b.claim(ctx, log, cb.Team.ID, actionKey(cb, act)) {
		return
	}
	vote := triage.VoteUp
	if act.ActionID == actionFeedbackDown || act.ActionID == actionWrong {
		vote = triage.VoteDown
	}
	rules, report, qids := parseFeedbackValue(act.Value)
	b.metrics.Feedback(string(vote))
	b.recordFeedback(ctx, log, cb.Team.ID, triage.Feedback{Vote: vote, UserID: cb.User.ID, Rules: rules, Report: report, QuestionIDs: qids})
	log.Info("feedback", "vote", string(vote), "rules", strings.Join(rules, ","), "report", report, "questions", strings.Join(qids, ","),
		"message_ts", cb.Container.MessageTs)
	msg := "Thanks, noted."
	switch {
	case act.ActionID == actionWrong && len(qids) == 1:
		msg = "Thanks. I've logged the verdict on " + qids[0] + " as wrong, with the rules behind it, so they can be fixed."
	case vote == triage.VoteDown:
		msg = "Thanks. I've logged which rules gave this answer so they can be fixed."
	}
	if err := b.respond(ctx, cb.ResponseURL, &slack.WebhookMessage{ResponseType: slack.ResponseTypeEphemeral, Text: msg}); err != nil {
		log.Warn("feedback acknowledgement not sent", "err", err)
	}
}

var slackUserID = regexp.MustCompile(`^[UW][A-Z0-9]{2,}$`)

// handleShare posts a private /soc answer visibly in the channel.
func (b *Bot) handleShare(ctx context.Context, log *slog.Logger, cb slack.InteractionCallback, act slack.BlockAction, received time.Time) {
	if !b.claim(ctx, log, cb.Team.ID, actionKey(cb, act)) {
		return
	}
	text, err := b.shareText(ctx, cb.Team.ID, act.Value)
	if err != nil {
		log.Warn("share text unavailable", "err", err)
		b.respondText(ctx, log, cb.ResponseURL, "That answer has expired. Run `/soc` again to share it.")
		return
	}
	note := "Shared from `/soc`."
	if slackUserID.MatchString(cb.User.ID) {
		note = "Shared by <@" + cb.User.ID + "> from `/soc`."
	}
	// A second click on the same Share button (a double click) has its own
	// action_ts: the answer, not the click, is shared once. The claim holds
	// for both ways of sharing, so whatever happens the answer is posted at
	// most once; a new /soc answer (a new private message) can be shared anew.
	sum := sha256.Sum256([]byte(act.Value))
	once := "shared:" + cb.Channel.ID + ":" + cb.User.ID + ":" + cb.Container.MessageTs + ":" + hex.EncodeToString(sum[:12])
	if !b.claim(ctx, log, cb.Team.ID, once) {
		b.respondText(ctx, log, cb.ResponseURL, "I've already shared this answer here.")
		return
	}
	a := threadAnswer{surface: "share", team: cb.Team.ID, channel: cb.Channel.ID, user: cb.User.ID,
		key: "share:" + cb.Team.ID + ":" + cb.User.ID + ":" + act.ActionTs, text: text, note: note, received: received,
		responseURL: cb.ResponseURL}
	switch b.shareViaResponseURL(ctx, log, a, cb.ResponseURL, cb.Channel.Name) {
	case shareDone:
		return
	case shareLimited:
		// Nothing was shared: the sharer may try again once told when.
		b.release(ctx, log, cb.Team.ID, once)
		return
	case shareUnknown:
		// Slack may have posted it and only the reply was lost (a timeout,
		// a 5xx): posting as the bot too could show the answer twice.
		b.respondText(ctx, log, cb.ResponseURL, "Slack didn't confirm that the answer was shared. "+
			"If it doesn't appear here in a minute, run `/soc` again and share the new answer.")
		return
	}
	// The response_url refused the post (expired after 30 minutes or five
	// uses): post as the bot, which works only where the bot is a member.
	a.user = ""
	if _, err := b.answerThread(ctx, log, a); err != nil {
		log.Error("share failed", "err", err)
		msg := userMessage(err)
		if !canInvite(cb.Channel.ID, cb.Channel.Name) {
			msg = "I can't post in this conversation any more. Run `/soc` again here and share the new answer."
		}
		b.respondText(ctx, log, cb.ResponseURL, msg)
		// A refused post frees the answer (e.g. not in channel: sharing again
		// after /invite works); one that may have landed keeps it claimed.
		if !errors.As(err, new(unknownOutcomeError)) {
			b.release(ctx, log, cb.Team.ID, once)
		}
	}
}

// shareOutcome is what became of a share through response_url.
type shareOutcome int

const (
	shareRefused shareOutcome = iota // not posted: post as the bot instead
	shareDone                        // posted (or the sharer was told why not)
	shareUnknown                     // perhaps posted: posting again may duplicate it
	shareLimited                     // not posted: the sharer is over the rate limit
)

// shareModelWait bounds how long a share waits for the language model's
// summary and suggestions. The private answer's pass usually asked the model
// the same already, so its cache answers at once; past the wait the answer is
// shared with the rules alone, since a response_url post cannot be edited.
const shareModelWait = 5 * time.Second

// shareViaResponseURL posts the answer visibly through the response_url of
// the click, which Slack accepts in DMs, group DMs and channels the bot has
// not joined. The answer carries what the private one shows once the model's
// pass edits it: coverage, the model's summary and suggestions. A long
// answer's file follows in the channel where the bot may upload; where it may
// not, the sharer is told privately.
func (b *Bot) shareViaResponseURL(ctx context.Context, log *slog.Logger, a threadAnswer, url, channelName string) shareOutcome {
	if url == "" {
		return shareRefused
	}
	res := b.triageAnswer(a)
	if len(res.Items) == 0 {
		return shareRefused
	}
	if !b.allow(ctx, log, a, len(res.Items)) {
		return shareLimited
	}
	b.enrichNow(ctx, log, &res, a.channel, channelName)
	r := renderAnswer(res, answerOpts{Note: a.note, Detail: ""})
	blocks := slack.Blocks{BlockSet: r.Blocks}
	err := b.respond(ctx, url, &slack.WebhookMessage{ResponseType: slack.ResponseTypeInChannel, Text: r.Text, Blocks: &blocks})
	var unknown unknownOutcomeError
	switch {
	case errors.As(err, &unknown):
		log.Warn("share through response_url may have been posted; not posting as the bot", "err", err)
		return shareUnknown
	case err != nil:
		log.Warn("share through response_url refused; posting as the bot", "err", err)
		return shareRefused
	}
	log.Info("answered", "questions", len(res.Items), "shown", r.Shown, "via", "response_url",
		"latency_ms", time.Since(a.received).Milliseconds())
	b.metrics.Answered(a.surface, time.Since(a.received), &res)
	if r.Truncated {
		if err := b.uploadCSV(ctx, a.channel, "", res); err != nil {
			log.Warn("shared answer's file not attached", "err", err)
			b.respondText(ctx, log, url, "I shared the answer, but I can't attach its file in this conversation. "+
				"Send me the questions in a direct message to get the file.")
		}
	}
	return shareDone
}

// enrichNow runs the language model's pass over res before it is posted, for
// an answer that cannot be edited afterwards, waiting at most shareModelWait.
// It runs on the event worker but counts against the model pool's size: with
// no slot free at once (the pool busy, or not running), the answer keeps the
// rules alone rather than hold the worker. What the model failed at stays as
// the rules gave it.
func (b *Bot) enrichNow(ctx context.Context, log *slog.Logger, res *triage.Result, channel, channelName string) {
	e := b.llm.enricher
	if e == nil || !e.Worthwhile(*res) || !e.AllowedChannel(channel, channelName) {
		return
	}
	if !b.llm.trySlot() {
		b.metrics.Dropped("llm_busy")
		log.Warn("language model busy; sharing the rules-only answer")
		return
	}
	defer b.llm.freeSlot()
	mctx, cancel := context.WithTimeout(ctx, shareModelWait)
	defer cancel()
	enriched := *res
	enriched.Items = slices.Clone(res.Items)
	suggested, err := b.pipe.Suggest(mctx, &enriched)
	if err != nil {
		log.Warn("language model pass before sharing failed in part or whole; the rules-only answer stands for the rest", "err", err)
	}
	if suggested > 0 || enriched.Summary.Narrative != "" {
		*res = enriched
	}
}

// canInvite reports whether /invite @socbot could let the bot post in the
// conversation: never in a DM (D…) or a group DM (named mpdm-…).
func canInvite(id, name string) bool {
	return !strings.HasPrefix(id, "D") && name != "directmessage" && !strings.HasPrefix(name, "mpdm-")
}

// answerThreadOrRespond is answerThread for a user who came through a
// response_url: failures are told there (an ephemeral post may fail for the
// same reason the answer did, e.g. not_in_channel).
func (b *Bot) answerThreadOrRespond(ctx context.Context, log *slog.Logger, a threadAnswer, responseURL string) (string, error) {
	a.user = ""
	ts, err := b.answerThread(ctx, log, a)
	if err != nil {
		b.respondText(ctx, log, responseURL, userMessage(err))
	}
	return ts, err
}

func (b *Bot) respondText(ctx context.Context, log *slog.Logger, url, msg string) {
	if err := b.respond(ctx, url, &slack.WebhookMessage{ResponseType: slack.ResponseTypeEphemeral, Text: msg}); err != nil {
		log.Warn("response not sent", "err", err)
	}
}

// shareText decodes a Share button value: the text itself, or the id of a
// conversation holding it.
func (b *Bot) shareText(ctx context.Context, team, value string) (string, error) {
	if t, ok := strings.CutPrefix(value, "t:"); ok {
		return unescaper.Replace(t), nil
	}
	if id, ok := strings.CutPrefix(value, "k:"); ok {
		c, found, err := b.store.GetConversation(ctx, team, id)
		if err != nil {
			return "", err
		}
		if found && len(c.Questions) > 0 {
			return strings.Join(c.Questions, "\n"), nil
		}
	}
	return "", errors.New("unknown or expired share value")
}

// handleTriageButton answers a watched message (react mode) in its thread.
func (b *Bot) handleTriageButton(ctx context.Context, log *slog.Logger, cb slack.InteractionCallback, act slack.BlockAction, received time.Time) {
	channel, ts := cb.Channel.ID, act.Value
	if channel == "" {
		channel = cb.Container.ChannelID
	}
	// One answer per message, however many people click.
	key := "triaged:" + channel + ":" + ts
	if !b.claim(ctx, log, cb.Team.ID, key) {
		b.respondDelete(ctx, log, cb.ResponseURL)
		return
	}
	msg, err := b.fetchMessage(ctx, channel, ts)
	if err != nil {
		log.Error("cannot read message to triage", "err", err)
		b.release(ctx, log, cb.Team.ID, key)
		b.respondText(ctx, log, cb.ResponseURL, "I couldn't read that message. Mention me in its thread instead.")
		return
	}
	thread := msg.ThreadTimestamp
	if thread == "" {
		thread = ts
	}
	a := threadAnswer{surface: "triage_button", team: cb.Team.ID, channel: channel, thread: thread, user: cb.User.ID,
		key: "triaged:" + cb.Team.ID + ":" + channel + ":" + ts, text: plainText(msg.Text, b.Identity().UserID), received: received, source: ts}
	if _, err := b.answerThreadOrRespond(ctx, log, a, cb.ResponseURL); err != nil {
		b.release(ctx, log, cb.Team.ID, key)
		return
	}
	b.respondDelete(ctx, log, cb.ResponseURL)
}

// handleDetail posts each question of a long answer in its thread, with its
// own Wrong? button, once per answer however many people click.
func (b *Bot) handleDetail(ctx context.Context, log *slog.Logger, cb slack.InteractionCallback, act slack.BlockAction) {
	channel, answer := cb.Channel.ID, cb.Container.MessageTs
	if channel == "" {
		channel = cb.Container.ChannelID
	}
	key := "detail:" + cb.Team.ID + ":" + channel + ":" + answer
	if !b.claim(ctx, log, cb.Team.ID, key) {
		return
	}
	text, err := b.detailText(ctx, cb.Team.ID, channel, act.Value)
	if err != nil {
		log.Warn("detail text unavailable", "err", err)
		b.release(ctx, log, cb.Team.ID, key)
		b.respondText(ctx, log, cb.ResponseURL, "I couldn't read the question any more. Each question is in the attached file.")
		return
	}
	thread := cb.Container.ThreadTs
	if thread == "" {
		thread = answer
	}
	res := b.triageText(text)
	for i, blocks := range detailMessages(res) {
		err := b.postPart(ctx, log, cb.Team.ID, post{channel: channel, thread: thread, key: fmt.Sprintf("%s:%d", key, i), blocks: blocks,
			text: fmt.Sprintf("Each question of the answer above (%d)", len(res.Items))})
		if err != nil {
			log.Error("detail not posted", "part", i, "err", err)
			b.respondText(ctx, log, cb.ResponseURL, userMessage(err))
			b.release(ctx, log, cb.Team.ID, key) // a later click posts the parts not yet in the thread
			return
		}
	}
	log.Info("detail posted", "questions", len(res.Items))
}

// postPart posts one message of a multi-message answer unless an earlier try
// already did. Each part claims its own key in the state store and keeps it
// once the part is, or may be, in the thread; only a post Slack surely
// refused gives its key back. A later try then posts the missing parts only:
// a part possibly posted is skipped rather than risk showing it twice. When
// the store cannot say, the thread is searched for the part's marker.
func (b *Bot) postPart(ctx context.Context, log *slog.Logger, team string, p post) error {
	ok, err := b.store.Claim(ctx, team, p.key, b.cfg.DedupeTTL)
	if err != nil {
		found, ferr := b.findAnswer(ctx, p)
		if ferr != nil {
			return fmt.Errorf("cannot tell whether part %s was posted: store: %w; thread: %w", p.key, err, ferr)
		}
		ok = found == ""
	}
	if !ok {
		log.Debug("part already posted", "key", p.key)
		return nil
	}
	if _, err := b.postOnce(ctx, log, p); err != nil {
		if !errors.As(err, new(unknownOutcomeError)) {
			b.release(ctx, log, team, p.key)
		}
		return err
	}
	return nil
}

// detailText decodes an Each question in the thread value: a message of the
// channel ("m:ts"), or what a Share button carries.
func (b *Bot) detailText(ctx context.Context, team, channel, value string) (string, error) {
	if ts, ok := strings.CutPrefix(value, "m:"); ok {
		msg, err := b.fetchMessage(ctx, channel, ts)
		if err != nil {
			return "", err
		}
		return plainText(msg.Text, b.Identity().UserID), nil
	}
	return b.shareText(ctx, team, value)
}

// respondDelete removes the ephemeral offer the button was on.
func (b *Bot) respondDelete(ctx context.Context, log *slog.Logger, url string) {
	if url == "" {
		return
	}
	if err := b.respond(ctx, url, &slack.WebhookMessage{DeleteOriginal: true}); err != nil {
		log.Debug("offer not deleted", "err", err)
	}
}
