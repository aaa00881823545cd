package bot

import (
	"strings"
	"testing"

	"github.com/socbot/socbot/internal/slacktest"
)

// A /soc answered through response_url (too long for the ack, or forget) is
// answered once when its envelope arrives twice: Slack redelivers after a lost
// ack, and with several replicas the same command can reach two of them.
func TestSlashRedeliveredAnsweredOnce(t *testing.T) {
	tests := []struct {
		name string
		text string
	}{
		{"long questionnaire", strings.Repeat("Do you encrypt backups at rest and in transit across every region?\n", 40)},
		{"forget", "forget"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := start(t, Config{Workers: 1}, Deps{})
			url := h.srv.ResponseURL()
			payload := map[string]any{
				"token": "fake-verification-token", "team_id": slacktest.TeamID, "team_domain": "fake",
				"channel_id": "C0SALES01", "channel_name": "general", "user_id": "U0ALICE01", "user_name": "alice",
				"command": "/soc", "text": tt.text, "api_app_id": slacktest.AppID, "is_enterprise_install": "false",
				"response_url": url, "trigger_id": "trig-redelivered",
			}
			for _, env := range []string{"env-slash-1", "env-slash-2"} {
				if err := h.srv.Send(h.wctx(), map[string]any{"envelope_id": env, "type": "slash_commands",
					"payload": payload, "accepts_response_payload": true}); err != nil {
					t.Fatal(err)
				}
				h.waitAck(env)
			}
			h.waitCalls("response_url", 1)
			h.sentinel()
			if n := len(h.srv.Calls("response_url")); n != 1 {
				t.Errorf("%d response_url posts, want 1", n)
			}
		})
	}
}

// A short /soc is triaged on the reader goroutine, to answer in the ack; an
// engine panic there is contained: the envelope is acked, and the bot keeps
// answering.
func TestSlashEnginePanicContained(t *testing.T) {
	h := start(t, Config{}, Deps{Engine: panicEngine{}})
	env, _, err := h.srv.SendSlash(h.wctx(), slacktest.Slash{Channel: "C0SALES01", User: "U0ALICE01", Text: "boom: do you encrypt backups?"})
	if err != nil {
		t.Fatal(err)
	}
	h.waitAck(env)
	h.event(slacktest.Mention("C0SALES01", "U0ALICE01", mention+" Do you encrypt backups?", h.srv.NextTS(), ""), slacktest.EventOpts{})
	h.waitCalls("chat.postMessage", 1)
}
