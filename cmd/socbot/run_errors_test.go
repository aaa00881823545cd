package main

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
)

func TestRunConfigErrorsExit2(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		want string
	}{
		{"swapped tokens", map[string]string{"SLACK_APP_TOKEN": "xoxb-1-2", "SLACK_BOT_TOKEN": "xapp-1-2"}, "look swapped"},
		{"missing inventory", map[string]string{"SLACK_APP_TOKEN": "xapp-1-2", "SLACK_BOT_TOKEN": "xoxb-1-2", "SOC_REPORTS_FILE": "/no/such/reports.yaml"}, "SOC_REPORTS_FILE:"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("SOC_HTTP_ADDR", "127.0.0.1:0")
			for k, v := range tc.env {
				t.Setenv(k, v)
			}
			var stderr bytes.Buffer
			code := realMain(context.Background(), []string{"run"}, nil, &bytes.Buffer{}, &stderr)
			if code != 2 || !strings.Contains(stderr.String(), tc.want) {
				t.Errorf("exit %d, stderr %q; want 2 and %q", code, stderr.String(), tc.want)
			}
		})
	}
}

func TestSlackHintNamesTheVariable(t *testing.T) {
	tests := []struct{ err, want string }{
		{"auth.test: invalid_auth", "SLACK_BOT_TOKEN"},
		{"socket mode: invalid_auth", "SLACK_APP_TOKEN"},
		{"apps.connections.open: not_allowed_token_type", "xapp-"},
		{"dial tcp 127.0.0.1:1: connect: connection refused", "SLACK_API_URL"},
		{"context canceled", ""},
	}
	for _, tc := range tests {
		got := slackHint(errors.New(tc.err))
		if (tc.want == "") != (got == "") || !strings.Contains(got, tc.want) {
			t.Errorf("slackHint(%q) = %q, want it to mention %q", tc.err, got, tc.want)
		}
	}
}
