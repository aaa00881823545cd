package telemetry

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"regexp"
	"strings"
	"sync"
)

// NewLogger returns the process logger: JSON lines by default ("json" or ""),
// logfmt-style text with "text"; level is debug, info (the default, ""), warn
// or error. Every record passes through RedactingHandler, and the bytes the
// handler writes are scanned once more, so secrets never reach w.
func NewLogger(w io.Writer, format, level string) (*slog.Logger, error) {
	var lv slog.Level
	switch strings.ToLower(strings.TrimSpace(level)) {
	case "debug":
		lv = slog.LevelDebug
	case "", "info":
		lv = slog.LevelInfo
	case "warn", "warning":
		lv = slog.LevelWarn
	case "error":
		lv = slog.LevelError
	default:
		return nil, fmt.Errorf("log level %q: want debug, info, warn or error", level)
	}
	opts := &slog.HandlerOptions{Level: lv}
	w = &redactWriter{w: w}
	var h slog.Handler
	switch strings.ToLower(strings.TrimSpace(format)) {
	case "", "json":
		h = slog.NewJSONHandler(w, opts)
	case "text":
		h = slog.NewTextHandler(w, opts)
	default:
		return nil, fmt.Errorf("log format %q: want json or text", format)
	}
	return slog.New(NewRedactingHandler(h)), nil
}

// secretPatterns match credentials socbot handles or could meet in a message
// or an error. The first group of each, when present, is kept so that a log
// line still says which kind of token it was ("xoxb-[REDACTED]" tells an
// operator the bot token was used where the app token belongs).
var secretPatterns = []struct {
	re   *regexp.Regexp
	repl string
}{
	// Slack bot, user, app-level config, refresh and rotated tokens:
	// xoxb-…, xoxp-…, xoxa-…, xoxo-…, xoxs-…, xoxr-…, xoxe-…, xoxe.xoxb-…
	// No word boundary: a token glued to other text ("token%3Dxoxb-…" in an
	// encoded form, "_xoxb-…") is still a token.
	{regexp.MustCompile(`(xox(?:e\.xox)?[abeoprs]-)[A-Za-z0-9-]+`), "${1}[REDACTED]"},
	// Slack app-level (Socket Mode) tokens.
	{regexp.MustCompile(`(xapp-)[A-Za-z0-9-]+`), "${1}[REDACTED]"},
	// OpenAI keys: sk-…, sk-proj-…, sk-svcacct-…. Preceded by a non-letter or
	// a percent-escape, so that words such as "task-…" are left alone.
	{regexp.MustCompile(`(^|[^A-Za-z0-9]|%[0-9A-Fa-f]{2})(sk-)[A-Za-z0-9_-]{16,}`), "${1}${2}[REDACTED]"},
	// Authorization headers.
	{regexp.MustCompile(`(?i)\b(bearer\s+)[A-Za-z0-9._~+/=-]+`), "${1}[REDACTED]"},
	// Slack webhook and response_url paths: whoever holds one can post.
	{regexp.MustCompile(`\b(hooks\.slack\.com/(?:services|commands|actions|workflows|triggers)/)[A-Za-z0-9/_%-]+`), "${1}[REDACTED]"},
	// Passwords inside Redis URLs: redis://:pass@host, rediss://user:pass@host.
	{regexp.MustCompile(`\b(rediss?://[^:/@\s"]*:)[^@\s"]+@`), "${1}[REDACTED]@"},
}

// Redact masks every secret secretPatterns recognise in s.
func Redact(s string) string {
	if !mayHoldSecret(s) {
		return s
	}
	for _, p := range secretPatterns {
		s = p.re.ReplaceAllString(s, p.repl)
	}
	return s
}

// mayHoldSecret is a cheap prefilter: every pattern above contains one of
// these markers, and almost no log text does, so most strings skip the
// regular expressions.
func mayHoldSecret(s string) bool {
	for _, marker := range []string{"xox", "xapp-", "sk-", "hooks.slack.com", "redis"} {
		if strings.Contains(s, marker) {
			return true
		}
	}
	// Bearer in any case.
	for i := strings.IndexAny(s, "bB"); i >= 0 && i+6 <= len(s); {
		if strings.EqualFold(s[i:i+6], "bearer") {
			return true
		}
		j := strings.IndexAny(s[i+1:], "bB")
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// RedactingHandler masks secrets in the message and in every attribute value
// (strings, errors, Stringers, LogValuers, groups, and any other value whose
// printed or JSON form would carry one) before next sees the record.
type RedactingHandler struct{ next slog.Handler }

// NewRedactingHandler wraps next.
func NewRedactingHandler(next slog.Handler) *RedactingHandler {
	return &RedactingHandler{next: next}
}

var _ slog.Handler = (*RedactingHandler)(nil)

// Enabled implements slog.Handler.
func (h *RedactingHandler) Enabled(ctx context.Context, l slog.Level) bool {
	return h.next.Enabled(ctx, l)
}

// Handle implements slog.Handler.
func (h *RedactingHandler) Handle(ctx context.Context, r slog.Record) error {
	out := slog.NewRecord(r.Time, r.Level, Redact(r.Message), r.PC)
	r.Attrs(func(a slog.Attr) bool {
		out.AddAttrs(redactAttr(a))
		return true
	})
	return h.next.Handle(ctx, out)
}

// WithAttrs implements slog.Handler.
func (h *RedactingHandler) WithAttrs(as []slog.Attr) slog.Handler {
	red := make([]slog.Attr, len(as))
	for i, a := range as {
		red[i] = redactAttr(a)
	}
	return &RedactingHandler{next: h.next.WithAttrs(red)}
}

// WithGroup implements slog.Handler.
func (h *RedactingHandler) WithGroup(name string) slog.Handler {
	return &RedactingHandler{next: h.next.WithGroup(Redact(name))}
}

func redactAttr(a slog.Attr) slog.Attr {
	a.Key = Redact(a.Key)
	v := a.Value.Resolve()
	switch v.Kind() {
	case slog.KindString:
		a.Value = slog.StringValue(Redact(v.String()))
	case slog.KindGroup:
		g := v.Group()
		red := make([]slog.Attr, len(g))
		for i, ga := range g {
			red[i] = redactAttr(ga)
		}
		a.Value = slog.GroupValue(red...)
	case slog.KindAny:
		a.Value = redactAny(v)
	default: // numbers, bools, times, durations carry no secrets
		a.Value = v
	}
	return a
}

// redactAny handles values the handler would print with their Error or
// String method, json.Marshal or %+v. When any of those forms holds a
// secret, the value is replaced by its redacted printed form; otherwise it is
// left alone so that structured values keep their shape.
func redactAny(v slog.Value) slog.Value {
	x := v.Any()
	switch t := x.(type) {
	case nil:
		return v
	case error:
		return slog.StringValue(Redact(t.Error()))
	case []byte:
		return slog.StringValue(Redact(string(t)))
	}
	if st, ok := x.(fmt.Stringer); ok {
		if s := st.String(); Redact(s) != s {
			return slog.StringValue(Redact(s))
		}
	}
	printed := fmt.Sprintf("%+v", x)
	clean := Redact(printed)
	if clean != printed {
		return slog.StringValue(clean)
	}
	if j, err := json.Marshal(x); err == nil {
		if js := string(j); Redact(js) != js {
			return slog.StringValue(Redact(js))
		}
	}
	return v
}

// redactWriter is the last line of defence: slog handlers write one whole
// record per Write, so each write is masked as a unit.
type redactWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (r *redactWriter) Write(p []byte) (int, error) {
	clean := Redact(string(p))
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, err := io.WriteString(r.w, clean); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Attribute keys every log line about a Slack event carries, so that one
// event can be followed across replicas with a single query.
const (
	KeyEventID = "event_id"
	KeyTeam    = "team"
	KeyChannel = "channel"
	KeySurface = "surface"
)

// ForEvent scopes log to one Slack event.
//
//	log := telemetry.ForEvent(b.log, ev.EventID, ev.TeamID, ev.Channel, "mention")
func ForEvent(log *slog.Logger, eventID, team, channel, surface string) *slog.Logger {
	return log.With(KeyEventID, eventID, KeyTeam, team, KeyChannel, channel, KeySurface, surface)
}
