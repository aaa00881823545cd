package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"runtime/debug"
	"strings"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"
)

// dispatch runs on the reader goroutine for every Socket Mode event. It acks
// envelopes first and then only enqueues; the one exception is a short /soc,
// whose answer is computed here (pure CPU, bounded by inlineSlashMax) so that it
// can travel in the ack itself.
func (b *Bot) dispatch(evt socketmode.Event) {
	defer func() {
		// The reader must outlive any odd envelope: a panic here would end
		// the process, with every in-flight answer.
		if r := recover(); r != nil {
			b.log.Error("panic while reading an envelope", "type", string(evt.Type), "panic", r, "stack", string(debug.Stack()))
			b.metrics.Panicked("reader")
		}
	}()
	switch evt.Type {
	case socketmode.EventTypeEventsAPI:
		start := time.Now()
		b.ack(evt.Request, nil, "events_api", start)
		b.onEventsAPI(evt)
	case socketmode.EventTypeSlashCommand:
		b.onSlash(evt)
	case socketmode.EventTypeInteractive:
		start := time.Now()
		b.ack(evt.Request, nil, "interactive", start)
		b.onInteractive(evt)
	case socketmode.EventTypeErrorBadMessage:
		b.onBadMessage(evt)
	case socketmode.EventTypeConnecting:
		b.setConn(connConnecting)
		b.log.Debug("socket mode connecting")
	case socketmode.EventTypeConnected:
		b.setConn("")
		b.log.Info("socket mode connected")
	case socketmode.EventTypeHello:
		b.log.Debug("socket mode hello")
	case socketmode.EventTypeDisconnect:
		b.setConn(connReconnecting)
		b.log.Info("socket mode disconnect requested")
	case socketmode.EventTypeConnectionError:
		b.setConn(connReconnecting)
		if e, ok := evt.Data.(*slack.ConnectionErrorEvent); ok {
			if code := refusedToken(e.ErrorObj); code != "" {
				b.setConn(connRefused)
				b.log.Error("socket mode: Slack refused the app token", "code", code)
				select {
				case b.refused <- fmt.Errorf("apps.connections.open: %s", code):
				default:
				}
				return
			}
			b.log.Warn("socket mode connection error", "attempt", e.Attempt, "backoff", e.Backoff.String(), "err", e.ErrorObj)
		}
	case socketmode.EventTypeInvalidAuth:
		b.setConn(connRefused)
		b.log.Error("socket mode: invalid app token")
	case socketmode.EventTypeIncomingError, socketmode.EventTypeErrorWriteFailed:
		b.log.Warn("socket mode I/O error", "type", string(evt.Type), "data", evt.Data)
	default:
		b.log.Debug("socket mode event ignored", "type", string(evt.Type))
	}
}

// ackWait bounds how long the reader waits to queue one ack.
const ackWait = 2 * time.Second

// ack acknowledges one envelope, with an optional response payload.
func (b *Bot) ack(req *socketmode.Request, payload any, kind string, start time.Time) {
	b.metrics.Envelope(kind)
	if req == nil || req.EnvelopeID == "" {
		return
	}
	// The ack waits for room in slack-go's response queue, which drains only
	// while a connection is up; bound the wait so a long reconnect cannot
	// wedge the reader (an ack lost here makes Slack redeliver, and the
	// redelivery is de-duplicated).
	ctx, cancel := context.WithTimeout(context.Background(), ackWait)
	err := b.sm.AckCtx(ctx, req.EnvelopeID, payload)
	cancel()
	if err != nil {
		b.log.Error("ack failed", "envelope_id", req.EnvelopeID, "kind", kind, "err", err)
		return
	}
	b.metrics.Acked(kind, time.Since(start))
}

// onBadMessage acks an envelope that slack-go could not parse (an inner event
// type it does not know, for instance): Slack would otherwise redeliver it.
func (b *Bot) onBadMessage(evt socketmode.Event) {
	bad, ok := evt.Data.(*socketmode.ErrorBadMessage)
	if !ok {
		return
	}
	var env struct {
		Type       string `json:"type"`
		EnvelopeID string `json:"envelope_id"`
	}
	if json.Unmarshal(bad.Message, &env) != nil || env.EnvelopeID == "" {
		b.log.Warn("unreadable socket mode message", "err", bad.Cause)
		return
	}
	b.ack(&socketmode.Request{EnvelopeID: env.EnvelopeID}, nil, env.Type, time.Now())
	b.log.Debug("acked an envelope slack-go could not parse", "envelope_id", env.EnvelopeID, "type", env.Type, "err", bad.Cause)
}

// onEventsAPI routes an acked events_api envelope to a worker.
func (b *Bot) onEventsAPI(evt socketmode.Event) {
	ev, ok := evt.Data.(slackevents.EventsAPIEvent)
	if !ok || ev.Type != slackevents.CallbackEvent {
		return
	}
	var eventID string
	if cb, ok := ev.Data.(*slackevents.EventsAPICallbackEvent); ok {
		eventID = cb.EventID
	}
	retry := 0
	if evt.Request != nil {
		retry = evt.Request.RetryAttempt
	}
	meta := eventMeta{team: ev.TeamID, eventID: eventID, retry: retry, received: time.Now()}

	var (
		surface string
		run     func(ctx context.Context, log *slog.Logger)
	)
	switch e := ev.InnerEvent.Data.(type) {
	case *slackevents.AppMentionEvent:
		surface = "mention"
		meta.channel = e.Channel
		run = func(ctx context.Context, log *slog.Logger) { b.handleMention(ctx, log, meta, e) }
	case *slackevents.MessageEvent:
		meta.channel = e.Channel
		switch {
		case b.wantFileMessage(e):
			surface = "file"
			run = func(ctx context.Context, log *slog.Logger) { b.handleFileMessage(ctx, log, meta, e) }
		case b.wantMessage(e):
			surface = "message"
			run = func(ctx context.Context, log *slog.Logger) { b.handleMessage(ctx, log, meta, e) }
		default:
			return
		}
	case *slackevents.AppHomeOpenedEvent:
		if e.Tab != "home" {
			return
		}
		surface = "home"
		run = func(ctx context.Context, log *slog.Logger) { b.handleHome(ctx, log, meta, e) }
	default:
		return
	}
	log := b.log.With("event_id", eventID, "team", ev.TeamID, "channel", meta.channel, "surface", surface)
	if retry > 0 {
		log = log.With("retry_attempt", retry)
	}
	b.enqueue(surface, log, func(ctx context.Context) { run(ctx, log) }, func(ctx context.Context) {
		b.sayBusyEvent(ctx, log, ev.InnerEvent.Data)
	})
}

// eventMeta is what every events_api handler needs from the envelope.
type eventMeta struct {
	team, channel, eventID string
	retry                  int
	received               time.Time
}

// enqueue hands work to the pool; when the queue is full it logs, counts and
// runs busy (if any) on a small side budget instead of blocking the reader.
func (b *Bot) enqueue(surface string, log *slog.Logger, run, busy func(context.Context)) {
	if b.pool.submit(job{name: surface, log: log, run: run}) {
		return
	}
	b.metrics.Dropped("queue_full")
	log.Warn("work queue full: answering busy")
	if busy == nil {
		return
	}
	select {
	case b.busySlots <- struct{}{}:
		go func() {
			defer func() { <-b.busySlots }()
			ctx, cancel := context.WithTimeout(context.Background(), b.cfg.APITimeout)
			defer cancel()
			busy(ctx)
		}()
	default:
		log.Warn("busy budget exhausted: event dropped")
	}
}

// refusedToken returns Slack's error code when a connection error means the app
// token itself is refused, which no retry will cure.
func refusedToken(err error) string {
	if err == nil {
		return ""
	}
	msg := err.Error()
	for _, code := range []string{"not_allowed_token_type", "invalid_auth", "not_authed", "token_revoked", "account_inactive"} {
		if strings.Contains(msg, code) {
			return code
		}
	}
	return ""
}
