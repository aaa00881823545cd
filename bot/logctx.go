package bot

import (
	"context"
	"log/slog"
)

// logKey carries an event's scoped logger in the context its work runs with,
// so that code far from the handler (the Web API retry loop) logs with the
// event's event_id, team, channel and surface.
type logKey struct{}

// withLog returns ctx carrying log (ctx itself when log is nil).
func withLog(ctx context.Context, log *slog.Logger) context.Context {
	if log == nil {
		return ctx
	}
	return context.WithValue(ctx, logKey{}, log)
}

// logFor is the event's logger when ctx carries one, else the bot's.
func (b *Bot) logFor(ctx context.Context) *slog.Logger {
	if l, ok := ctx.Value(logKey{}).(*slog.Logger); ok {
		return l
	}
	return b.log
}
