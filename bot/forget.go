package bot

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/slack-go/slack"

	"github.com/socbot/socbot/internal/triage"
)

// forget is /soc forget: it deletes the caller's conversations (the questions
// they sent socbot in DMs and long /soc texts) at once and says so, privately.
// It runs on a worker: the store is never called before an ack.
func (b *Bot) forget(ctx context.Context, log *slog.Logger, cmd slack.SlashCommand) {
	var msg string
	if n, err := b.store.ForgetUser(ctx, cmd.TeamID, cmd.UserID); err != nil {
		log.Warn("forget failed", "err", err)
		msg = "I couldn't delete your conversations right now: my storage is unavailable. Nothing was deleted; please try `/soc forget` again in a few minutes."
	} else {
		log.Info("forgot user's conversations", "conversations", n)
		switch n {
		case 0:
			msg = "Done. I had no conversations of yours to delete."
		case 1:
			msg = "Done. I deleted 1 conversation of yours, with the questions you sent in it."
		default:
			msg = fmt.Sprintf("Done. I deleted %d conversations of yours, with the questions you sent in them.", n)
		}
		msg += " 👍/👎 votes keep only rule ids, never your text, and stay for the rule maintainers."
	}
	if err := b.respond(ctx, cmd.ResponseURL, &slack.WebhookMessage{ResponseType: slack.ResponseTypeEphemeral, Text: msg}); err != nil {
		log.Warn("forget answer not sent", "err", err)
	}
}

// onForget acks /soc forget empty and leaves the work to a worker.
func (b *Bot) onForget(log *slog.Logger, cmd slack.SlashCommand) {
	b.enqueue("slash", log, func(ctx context.Context) {
		if b.claimSlash(ctx, log, cmd) {
			b.forget(ctx, log, cmd)
		}
	}, func(ctx context.Context) {
		const msg = "I'm swamped right now and couldn't delete your conversations. Please try `/soc forget` again in a minute."
		if err := b.respond(ctx, cmd.ResponseURL, &slack.WebhookMessage{ResponseType: slack.ResponseTypeEphemeral, Text: msg}); err != nil {
			log.Warn("busy notice not sent", "err", err)
		}
	})
}

// recordFeedback keeps a 👍/👎 in the store, so that `socbot feedback` can
// rank the rules. No message text is kept.
func (b *Bot) recordFeedback(ctx context.Context, log *slog.Logger, team string, f triage.Feedback) {
	if f.At.IsZero() {
		f.At = b.now()
	}
	if err := b.store.Record(ctx, team, f); err != nil {
		log.Warn("feedback not stored", "err", err)
	}
}
