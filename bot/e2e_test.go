package bot

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/socbot/socbot/internal/slacktest"
)

func TestMentionAnsweredInThread(t *testing.T) {
	h := start(t, Config{}, Deps{})
	ts := h.srv.NextTS()
	env := h.event(slacktest.Mention("C0SALES01", "U0ALICE01", mention+" Do you encrypt backups?\nDo you process payroll?", ts, ""), slacktest.EventOpts{})
	h.waitAck(env)
	calls := h.waitCalls("chat.postMessage", 1)
	p := calls[0].Params
	if p.Get("channel") != "C0SALES01" || p.Get("thread_ts") != ts {
		t.Errorf("posted to channel %q thread %q, want C0SALES01 thread %q", p.Get("channel"), p.Get("thread_ts"), ts)
	}
	text := calls[0].Text()
	for _, want := range []string{"SOC 2 Type 2", "SOC 1 Type 2", "CC6.1", "“encrypt”", "Do you encrypt backups?"} {
		if !strings.Contains(text, want) {
			t.Errorf("answer lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, mention) {
		t.Errorf("answer repeats the bot mention:\n%s", text)
	}
	h.settle()
	if n := len(h.srv.Calls("chat.postMessage")); n != 1 {
		t.Errorf("%d answers, want 1", n)
	}
}

func TestSlashAnsweredInAck(t *testing.T) {
	h := start(t, Config{}, Deps{})
	env, _, err := h.srv.SendSlash(h.wctx(), slacktest.Slash{Channel: "C0SALES01", User: "U0ALICE01", Text: "Do you encrypt data at rest?"})
	if err != nil {
		t.Fatal(err)
	}
	a := h.waitAck(env)
	var payload struct {
		ResponseType string            `json:"response_type"`
		Blocks       []json.RawMessage `json:"blocks"`
	}
	if err := json.Unmarshal(a.Payload, &payload); err != nil {
		t.Fatalf("ack payload %s: %v", a.Payload, err)
	}
	if payload.ResponseType != "ephemeral" || len(payload.Blocks) == 0 {
		t.Errorf("ack payload = %s, want ephemeral blocks", a.Payload)
	}
	if !strings.Contains(string(a.Payload), "socbot_share") || !strings.Contains(string(a.Payload), "t:Do you encrypt data at rest?") {
		t.Errorf("no Share button carrying the text in %s", a.Payload)
	}
}
