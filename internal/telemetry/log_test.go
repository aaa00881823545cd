package telemetry

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"
)

// Fake credentials shaped like the real ones. The secret parts are distinct
// so that a leak of any fragment is found.
var secrets = map[string]string{
	"bot token":      "xoxb-1111111111-2222222222222-AbCdEfGhIjKlMnOpQrStUvWx",
	"user token":     "xoxp-3333333333-4444444444444-ZyXwVuTsRqPoNmLkJiHgFeDc",
	"app token":      "xapp-1-A0123456789-5555555555555-0a1b2c3d4e5f60718293a4b5c6d7e8f9",
	"rotated token":  "xoxe.xoxb-1-MS0yLTEyMzQ1Njc4OTAtUm90YXRlZFRva2Vu",
	"refresh token":  "xoxe-1-My0xLTk4NzY1NDMyMTAtUmVmcmVzaFRva2Vu",
	"openai key":     "sk-proj-Q9w8E7r6T5y4U3i2O1pAsDfGhJkLzXcVbNm",
	"legacy openai":  "sk-T3BlbkFJabcdefghijklmnopqrstuv",
	"bearer":         "Bearer eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LXBheWxvYWQ.sIgNaTuRe",
	"webhook":        "https://hooks.slack.com/services/T000AAAA/B000BBBB/WebhookSecretXYZ123",
	"response url":   "https://hooks.slack.com/commands/T000AAAA/123456/ResponseUrlSecret789",
	"redis password": "rediss://default:RedisPassw0rdSecret@cache.internal:6380/2",
}

// fragments are the parts that must never be printed.
var fragments = []string{
	"AbCdEfGhIjKlMnOpQrStUvWx", "ZyXwVuTsRqPoNmLkJiHgFeDc", "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
	"MS0yLTEyMzQ1Njc4OTAtUm90YXRlZFRva2Vu", "My0xLTk4NzY1NDMyMTAtUmVmcmVzaFRva2Vu",
	"Q9w8E7r6T5y4U3i2O1pAsDfGhJkLzXcVbNm", "T3BlbkFJabcdefghijklmnopqrstuv",
	"c2VjcmV0LXBheWxvYWQ", "WebhookSecretXYZ123", "ResponseUrlSecret789", "RedisPassw0rdSecret",
}

type config struct {
	BotToken string `json:"bot_token"`
	Channel  string `json:"channel"`
}

type stringer struct{ s string }

func (s stringer) String() string { return "conn(" + s.s + ")" }

type valuer struct{ tok string }

func (v valuer) LogValue() slog.Value {
	return slog.GroupValue(slog.String("token", v.tok), slog.Int("n", 1))
}

// logEverything writes each secret through every path a log line can take.
func logEverything(log *slog.Logger, secret string) {
	ctx := context.Background()
	log.Info("connecting with " + secret)
	log.Info("attr", "token", secret)
	log.Info("nested", slog.Group("slack", slog.Group("auth", slog.String("token", secret))))
	log.Error("failed", "err", fmt.Errorf("auth.test with %s: %w", secret, errors.New("invalid_auth")))
	log.With("token", secret).Info("with attrs")
	log.WithGroup("req").With("hdr", secret).Info("group then attrs", "again", secret)
	log.Info("struct", "cfg", config{BotToken: secret, Channel: "C1"})
	log.Info("pointer", "cfg", &config{BotToken: secret})
	log.Info("slice", "args", []string{"run", secret})
	log.Info("map", "env", map[string]string{"SLACK_BOT_TOKEN": secret})
	log.Info("bytes", "raw", []byte("payload "+secret))
	log.Info("stringer", "conn", stringer{secret})
	log.Info("valuer", "v", valuer{secret})
	log.Info("any", slog.Any("x", secret))
	log.LogAttrs(ctx, slog.LevelWarn, "attrs", slog.String("k", secret))
	log.Info("key", secret, "value in key position")
}

// logLines is how many lines logEverything writes.
const logLines = 16

// checkClean checks that out holds exactly lines log lines, each of which had a
// secret in it and says where it was redacted, and that no secret fragment is left.
// Counting the lines keeps a logger that writes nothing from passing.
func checkClean(t *testing.T, out string, lines int) {
	t.Helper()
	got := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if out == "" {
		got = nil
	}
	if len(got) != lines {
		t.Errorf("%d log lines written, want %d:\n%s", len(got), lines, out)
	}
	for _, l := range got {
		if !strings.Contains(l, "[REDACTED]") {
			t.Errorf("a line that held a secret says nothing was redacted: %s", l)
		}
	}
	for _, f := range fragments {
		if strings.Contains(out, f) {
			t.Errorf("secret fragment %q leaked into log output:\n%s", f, out)
		}
	}
}

func TestRedactingHandlerEveryPath(t *testing.T) {
	t.Parallel()
	for _, format := range []string{"json", "text"} {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			var inner slog.Handler = slog.NewJSONHandler(&buf, nil)
			if format == "text" {
				inner = slog.NewTextHandler(&buf, nil)
			}
			// The handler alone, without NewLogger's writer guard, must be enough.
			log := slog.New(NewRedactingHandler(inner))
			for _, s := range secrets {
				logEverything(log, s)
			}
			out := buf.String()
			checkClean(t, out, logLines*len(secrets))
			if !strings.Contains(out, "xoxb-[REDACTED]") || !strings.Contains(out, "xapp-[REDACTED]") {
				t.Errorf("redacted tokens should keep their kind prefix:\n%s", out)
			}
			if !strings.Contains(out, "invalid_auth") || !strings.Contains(out, `C1`) {
				t.Errorf("redaction removed more than the secret:\n%s", out)
			}
		})
	}
}

func TestNewLoggerRedacts(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	log, err := NewLogger(&buf, "json", "debug")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range secrets {
		logEverything(log, s)
		log.Debug("debug too", "token", s)
	}
	checkClean(t, buf.String(), (logLines+1)*len(secrets))
}

// Structured values without secrets keep their shape in JSON.
func TestRedactKeepsCleanValues(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	log := slog.New(NewRedactingHandler(slog.NewJSONHandler(&buf, nil)))
	log.Info("clean", "cfg", config{BotToken: "unset", Channel: "C9"}, "n", 3, "task", "task-1234567890abcdefghij")
	var rec struct {
		Cfg  config `json:"cfg"`
		N    int    `json:"n"`
		Task string `json:"task"`
	}
	if err := json.Unmarshal(buf.Bytes(), &rec); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, buf.String())
	}
	if rec.Cfg.Channel != "C9" || rec.N != 3 || rec.Task != "task-1234567890abcdefghij" {
		t.Errorf("clean values changed: %+v", rec)
	}
}

func TestRedact(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"token xoxb-123-456-abc done", "token xoxb-[REDACTED] done"},
		{"xapp-1-A1-2-ff", "xapp-[REDACTED]"},
		{"key=sk-abcdefghijklmnopqrst", "key=sk-[REDACTED]"},
		{"sk-learn is a word, not a key", "sk-learn is a word, not a key"},
		{"Authorization: Bearer abc.def-ghi", "Authorization: Bearer [REDACTED]"},
		{"a b authorization: bearer abc", "a b authorization: bearer [REDACTED]"},
		{"BEARER xyz", "BEARER [REDACTED]"},
		{"bbb", "bbb"},
		{"body token%3Dxoxb-12-34-abc&x=1", "body token%3Dxoxb-[REDACTED]&x=1"},
		{"key%3Dsk-proj-abcdefghijklmnopqrst", "key%3Dsk-[REDACTED]"},
		{"_xapp-1-A1-2-ff", "_xapp-[REDACTED]"},
		{"sk-abcdefghijklmnopqrst at start", "sk-[REDACTED] at start"},
		{"task-abcdefghijklmnopqrstuvwx is an id", "task-abcdefghijklmnopqrstuvwx is an id"},
		{"redis://:pw@h:6379/0", "redis://:[REDACTED]@h:6379/0"},
		{"redis://h:6379/0", "redis://h:6379/0"},
		{"no secrets here: SOC 2 Type 2", "no secrets here: SOC 2 Type 2"},
	}
	for _, tt := range tests {
		if got := Redact(tt.in); got != tt.want {
			t.Errorf("Redact(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNewLoggerFormatsAndLevels(t *testing.T) {
	t.Parallel()
	tests := []struct {
		format, level string
		wantErr       bool
		wantJSON      bool
		debugShown    bool
		infoShown     bool
		warnShown     bool
	}{
		{"", "", false, true, false, true, true},
		{"json", "info", false, true, false, true, true},
		{"text", "debug", false, false, true, true, true},
		{"TEXT", "WARN", false, false, false, false, true},
		{"json", "error", false, true, false, false, false},
		{"yaml", "info", true, false, false, false, false},
		{"json", "verbose", true, false, false, false, false},
	}
	for _, tt := range tests {
		name := tt.format + "/" + tt.level
		var buf bytes.Buffer
		log, err := NewLogger(&buf, tt.format, tt.level)
		if tt.wantErr {
			if err == nil {
				t.Errorf("%s: want an error", name)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		log.Debug("d-line", "event_id", "Ev1")
		log.Info("i-line", "event_id", "Ev2")
		log.Warn("w-line", "event_id", "Ev3")
		out := buf.String()
		for _, c := range []struct {
			msg   string
			shown bool
		}{{"d-line", tt.debugShown}, {"i-line", tt.infoShown}, {"w-line", tt.warnShown}} {
			if strings.Contains(out, c.msg) != c.shown {
				t.Errorf("%s: %s shown = %v, want %v\n%s", name, c.msg, !c.shown, c.shown, out)
			}
		}
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			if line == "" {
				continue
			}
			isJSON := json.Valid([]byte(line))
			if isJSON != tt.wantJSON {
				t.Errorf("%s: line %q JSON = %v, want %v", name, line, isJSON, tt.wantJSON)
			}
			if !tt.wantJSON && !strings.Contains(line, "event_id=") {
				t.Errorf("%s: text line lacks key=value attrs: %q", name, line)
			}
		}
	}
}

func TestForEvent(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	log, err := NewLogger(&buf, "json", "info")
	if err != nil {
		t.Fatal(err)
	}
	ForEvent(log, "Ev1", "T1", "C1", "dm").Info("answered")
	var rec map[string]any
	if err := json.Unmarshal(buf.Bytes(), &rec); err != nil {
		t.Fatal(err)
	}
	for k, want := range map[string]string{"event_id": "Ev1", "team": "T1", "channel": "C1", "surface": "dm"} {
		if rec[k] != want {
			t.Errorf("%s = %v, want %q", k, rec[k], want)
		}
	}
}
