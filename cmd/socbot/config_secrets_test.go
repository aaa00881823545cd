package main

import (
	"strings"
	"testing"
)

// A credential pasted into the wrong variable is never printed back: the
// error names the variable and the kind of value, not the value.
func TestConfigErrorsHideTokens(t *testing.T) {
	const (
		bot    = "xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx"
		app    = "xapp-1-A0123ABCD-1234567890-0123456789abcdef0123456789abcdef"
		openai = "sk-proj-Abc123Def456Ghi789Jkl012Mno345"
		opaque = "9f8e7d6c5b4a39281706f5e4d3c2b1a0"
	)
	tests := []struct {
		name, key, value, secret, want string
	}{
		{"bot token in watch channels", "SOC_WATCH_CHANNELS", "C0AAA1111," + bot, bot, "SOC_WATCH_CHANNELS"},
		{"app token in watch mode", "SOC_WATCH_MODE", app, app, "SOC_WATCH_MODE"},
		{"model key in log level", "SOC_LOG_LEVEL", openai, openai, "SOC_LOG_LEVEL"},
		{"opaque secret in log format", "SOC_LOG_FORMAT", opaque, opaque, "SOC_LOG_FORMAT"},
		{"token in a number", "SOC_WORKERS", bot, bot, "SOC_WORKERS"},
		{"token in the http address", "SOC_HTTP_ADDR", bot, bot, "SOC_HTTP_ADDR"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			env := validEnv()
			env[tc.key] = tc.value
			setEnv(t, env)
			_, err := loadConfig()
			if err == nil {
				t.Fatal("loadConfig accepted the value")
			}
			msg := err.Error()
			if !strings.Contains(msg, tc.want) {
				t.Errorf("error %q does not name %s", msg, tc.want)
			}
			for _, part := range []string{tc.secret, tc.secret[len(tc.secret)-12:]} {
				if strings.Contains(msg, part) {
					t.Errorf("error echoes the secret: %q", msg)
				}
			}
		})
	}
}

func TestHideTokens(t *testing.T) {
	tests := []struct{ in, want string }{
		{`SOC_WATCH_CHANNELS: "xoxb-123-456-abc" is not a channel id`, `SOC_WATCH_CHANNELS: "xoxb-… (a token, not shown)" is not a channel id`},
		{`SOC_WATCH_CHANNELS: "general" is not a channel id`, `SOC_WATCH_CHANNELS: "general" is not a channel id`},
		{`got a xoxp- token`, `got a xoxp- token`},
		{`the task-force channel`, `the task-force channel`},
		{`SOC_SHUTDOWN_TIMEOUT_SECONDS_IN_TOTAL: bad`, `SOC_SHUTDOWN_TIMEOUT_SECONDS_IN_TOTAL: bad`},
		{`SOC_QUEUE_SIZE: 100000000000000000000000000: want at least 1`, `SOC_QUEUE_SIZE: 100000000000000000000000000: want at least 1`},
		{`key 9f8e7d6c5b4a39281706f5e4d3c2b1a0 here`, `key … (a token-like value, not shown) here`},
	}
	for _, tc := range tests {
		if got := hideTokens(tc.in); got != tc.want {
			t.Errorf("hideTokens(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
