package bot

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/socbot/socbot/internal/slacktest"
	"github.com/socbot/socbot/internal/testlog"
	"github.com/socbot/socbot/internal/triage"
)

func TestMentionAnsweredInThread(t *testing.T) {
	h := start(t, Config{Workers: 1}, Deps{})
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
	h.sentinel()
	if n := len(postsTo(h.srv, "C0SALES01")); n != 1 {
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

func TestMentionWithoutTextTriagesThreadRoot(t *testing.T) {
	h := start(t, Config{}, Deps{})
	root := h.srv.AddMessage(slacktest.Message{Channel: "C0SALES01", User: "U0BOB0001", Text: "From the customer:\nDo you encrypt backups?"})
	ts := h.srv.NextTS()
	h.event(slacktest.Mention("C0SALES01", "U0ALICE01", mention, ts, root.TS), slacktest.EventOpts{})
	calls := h.waitCalls("chat.postMessage", 1)
	if got := calls[0].Params.Get("thread_ts"); got != root.TS {
		t.Errorf("thread_ts = %q, want the root %q", got, root.TS)
	}
	text := calls[0].Text()
	if !strings.Contains(text, "Do you encrypt backups?") || !strings.Contains(text, "first message") {
		t.Errorf("answer does not triage the root:\n%s", text)
	}
	if len(h.srv.Calls("conversations.replies")) == 0 {
		t.Error("conversations.replies not called")
	}
}

func TestBareMentionOutsideThreadExplains(t *testing.T) {
	h := start(t, Config{}, Deps{})
	ts := h.srv.NextTS()
	h.event(slacktest.Mention("C0SALES01", "U0ALICE01", mention+"  ", ts, ""), slacktest.EventOpts{})
	calls := h.waitCalls("chat.postMessage", 1)
	if !strings.Contains(calls[0].Text(), "Mention me with the questions") {
		t.Errorf("bare mention answer:\n%s", calls[0].Text())
	}
}

func TestDuplicatesAnsweredOnce(t *testing.T) {
	h := start(t, Config{WatchChannels: []string{"C0WATCH01"}, Workers: 1}, Deps{})
	ts := h.srv.NextTS()
	text := mention + " Do you encrypt backups?"
	// The same message as app_mention and as message.channels (watched).
	e1 := h.event(slacktest.Mention("C0WATCH01", "U0ALICE01", text, ts, ""), slacktest.EventOpts{EventID: "Ev0MENTION"})
	e2 := h.event(slacktest.ChannelMessage("C0WATCH01", "U0ALICE01", text, ts, ""), slacktest.EventOpts{EventID: "Ev0MESSAGE"})
	// Slack's redeliveries of the mention, with retry_attempt > 0.
	e3 := h.event(slacktest.Mention("C0WATCH01", "U0ALICE01", text, ts, ""), slacktest.EventOpts{EventID: "Ev0MENTION", RetryAttempt: 1, RetryReason: "timeout"})
	e4 := h.event(slacktest.Mention("C0WATCH01", "U0ALICE01", text, ts, ""), slacktest.EventOpts{EventID: "Ev0MENTION", RetryAttempt: 2, RetryReason: "http_timeout"})
	for _, e := range []string{e1, e2, e3, e4} {
		h.waitAck(e)
	}
	h.waitCalls("chat.postMessage", 1)
	h.sentinel()
	if n := len(postsTo(h.srv, "C0WATCH01")); n != 1 {
		t.Errorf("%d answers, want exactly 1", n)
	}
}

func TestIgnoredMessages(t *testing.T) {
	h := start(t, Config{WatchChannels: []string{"C0WATCH01"}, Workers: 1}, Deps{})
	q := "Please fill in the security questionnaire: do you encrypt backups?"
	ts := h.srv.NextTS()
	events := []map[string]any{
		slacktest.BotMessage("C0WATCH01", "B0OTHER01", q, h.srv.NextTS()),
		slacktest.ChannelMessage("C0WATCH01", slacktest.BotUserID, q, h.srv.NextTS(), ""), // itself
		slacktest.EditedMessage("C0WATCH01", "U0ALICE01", q, ts),
		slacktest.DeletedMessage("C0WATCH01", ts),
		slacktest.JoinMessage("C0WATCH01", "U0ALICE01", h.srv.NextTS()),
		slacktest.ChannelMessage("C0OTHER01", "U0ALICE01", q, h.srv.NextTS(), ""), // not watched
		{"type": "reaction_added", "user": "U0ALICE01", "reaction": "eyes", "item": map[string]any{"type": "message", "channel": "C0WATCH01", "ts": ts}, "event_ts": ts},
	}
	bot := slacktest.Mention("C0WATCH01", "U0ALICE01", mention+" "+q, h.srv.NextTS(), "")
	bot["bot_id"] = "B0OTHER01"
	events = append(events, bot)
	var envs []string
	for _, e := range events {
		envs = append(envs, h.event(e, slacktest.EventOpts{}))
	}
	for _, e := range envs {
		h.waitAck(e)
	}
	h.sentinel()
	for _, m := range []string{"chat.postMessage", "chat.postEphemeral", "reactions.add"} {
		if n := len(h.calls(m)); n != 0 {
			t.Errorf("%d %s calls, want none: %v", n, m, h.calls(m)[0].Params)
		}
	}
}

func TestWatchedChannelReply(t *testing.T) {
	h := start(t, Config{WatchChannels: []string{"C0WATCH01"}, Workers: 1}, Deps{})
	chatter := h.srv.NextTS()
	h.event(slacktest.ChannelMessage("C0WATCH01", "U0ALICE01", "lunch at noon?", chatter, ""), slacktest.EventOpts{})
	ts := h.srv.NextTS()
	h.event(slacktest.ChannelMessage("C0WATCH01", "U0ALICE01", "Customer sent their SIG Lite, first item: do you encrypt backups?", ts, ""), slacktest.EventOpts{})
	calls := h.waitCalls("chat.postMessage", 1)
	if calls[0].Params.Get("thread_ts") != ts {
		t.Errorf("reply in thread %q, want %q", calls[0].Params.Get("thread_ts"), ts)
	}
	h.sentinel()
	if n := len(postsTo(h.srv, "C0WATCH01")); n != 1 {
		t.Errorf("%d posts, want 1 (small talk ignored)", n)
	}
}

func TestWatchedChannelReactAndTriageButton(t *testing.T) {
	h := start(t, Config{WatchChannels: []string{"C0WATCH01"}, WatchMode: WatchReact, Workers: 1}, Deps{})
	msg := h.srv.AddMessage(slacktest.Message{Channel: "C0WATCH01", User: "U0ALICE01", Text: "Security questionnaire from Acme:\nDo you encrypt backups?"})
	h.event(slacktest.ChannelMessage("C0WATCH01", "U0ALICE01", msg.Text, msg.TS, ""), slacktest.EventOpts{})
	r := h.waitCalls("reactions.add", 1)
	if r[0].Params.Get("timestamp") != msg.TS || r[0].Params.Get("name") != "mag" {
		t.Errorf("reaction = %v", r[0].Params)
	}
	eph := h.waitCalls("chat.postEphemeral", 1)
	if eph[0].Params.Get("user") != "U0ALICE01" || !strings.Contains(eph[0].Params.Get("blocks"), actionTriage) {
		t.Errorf("offer = %v", eph[0].Params)
	}
	if n := len(h.srv.Calls("chat.postMessage")); n != 0 {
		t.Fatalf("react mode posted %d messages before the click", n)
	}
	// Two clicks (two people, or a double click): one answer.
	for range 2 {
		if _, _, err := h.srv.SendBlockAction(h.wctx(), slacktest.Action{Channel: "C0WATCH01", User: "U0ALICE01",
			ActionID: actionTriage, Value: msg.TS, Ephemeral: true}); err != nil {
			t.Fatal(err)
		}
	}
	calls := h.waitCalls("chat.postMessage", 1)
	if calls[0].Params.Get("thread_ts") != msg.TS || !strings.Contains(calls[0].Text(), "SOC 2 Type 2") {
		t.Errorf("triage answer = %v", calls[0].Params)
	}
	h.sentinel()
	if n := len(h.calls("chat.postMessage")); n != 1 {
		t.Errorf("%d answers, want 1", n)
	}
}

func TestDMFollowUpsAddToTheSet(t *testing.T) {
	h := start(t, Config{}, Deps{})
	root := h.srv.NextTS()
	h.event(slacktest.DirectMessage("D0ALICE01", "U0ALICE01", "Do you encrypt backups?", root, ""), slacktest.EventOpts{})
	first := h.waitCalls("chat.postMessage", 1)[0]
	// A message at the top of the DM is answered there, not in a thread.
	if first.Params.Get("thread_ts") != "" || first.Params.Get("channel") != "D0ALICE01" {
		t.Errorf("first answer at %v, want the top of the DM", first.Params)
	}
	// The follow-up updates that answer once the thread records where it is.
	answerTS := h.waitAnswerSaved("D0ALICE01:" + root)
	h.event(slacktest.DirectMessage("D0ALICE01", "U0ALICE01", "Do you process payroll?", h.srv.NextTS(), root), slacktest.EventOpts{})
	second := h.waitCalls("chat.update", 1)[0]
	text := second.Text()
	if second.Params.Get("ts") != answerTS || answerTS == "" || !strings.Contains(text, "SOC 2 Type 2") || !strings.Contains(text, "SOC 1 Type 2") ||
		!strings.Contains(text, "2 messages") {
		t.Errorf("follow-up did not update the answer %q to cover both messages (updated %q):\n%s", answerTS, second.Params.Get("ts"), text)
	}
	// A new DM thread starts a new set.
	other := h.srv.NextTS()
	h.event(slacktest.DirectMessage("D0ALICE01", "U0ALICE01", "do you process payroll?", other, ""), slacktest.EventOpts{})
	third := h.waitCalls("chat.postMessage", 2)[1]
	if strings.Contains(third.Text(), "SOC 2") {
		t.Errorf("new thread carried the old questions:\n%s", third.Text())
	}
}

func TestHomeTabPublished(t *testing.T) {
	h := start(t, Config{}, Deps{})
	h.event(slacktest.HomeOpened("U0ALICE01"), slacktest.EventOpts{})
	calls := h.waitCalls("views.publish", 1)
	var req struct {
		UserID string `json:"user_id"`
		View   struct {
			Type string `json:"type"`
		} `json:"view"`
	}
	if err := json.Unmarshal(calls[0].Body, &req); err != nil {
		t.Fatal(err)
	}
	if req.UserID != "U0ALICE01" || req.View.Type != "home" || !strings.Contains(calls[0].Text(), "/soc") {
		t.Errorf("views.publish = %s", calls[0].Body)
	}
}

func TestSlashHelpAndReports(t *testing.T) {
	h := start(t, Config{}, Deps{})
	for _, tc := range []struct{ text, want string }{
		{"", "Ask privately"},
		{"help", "Ask privately"},
		{"reports", "No report inventory is configured"},
	} {
		env, _, err := h.srv.SendSlash(h.wctx(), slacktest.Slash{Channel: "C0SALES01", User: "U0ALICE01", Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		a := h.waitAck(env)
		if !strings.Contains(string(a.Payload), tc.want) {
			t.Errorf("/soc %s ack = %s, want %q", tc.text, a.Payload, tc.want)
		}
	}
}

func TestFeedbackLoggedWithRules(t *testing.T) {
	var logs testlog.Buffer
	h := startWithLog(t, Config{}, Deps{}, &logs)
	_, _, err := h.srv.SendBlockAction(h.wctx(), slacktest.Action{Channel: "C0SALES01", User: "U0ALICE01",
		ActionID: actionFeedbackDown, Value: "rules:encryption.at_rest,soc1.payroll", MessageTS: "1700000000.000100"})
	if err != nil {
		t.Fatal(err)
	}
	resp := h.waitCalls("response_url", 1)
	if !strings.Contains(string(resp[0].Body), "logged which rules") {
		t.Errorf("feedback reply %s", resp[0].Body)
	}
	if !strings.Contains(logs.String(), "vote=down rules=encryption.at_rest,soc1.payroll") {
		t.Errorf("feedback not logged with rules:\n%s", logs.String())
	}
}

func TestUnknownEnvelopesAreAcked(t *testing.T) {
	h := start(t, Config{}, Deps{})
	// An inner event type slack-go does not know, and an envelope type it does
	// not know: both must still be acknowledged, or Slack redelivers them.
	env1 := h.event(map[string]any{"type": "brand_new_event", "event_ts": "1.2"}, slacktest.EventOpts{})
	if err := h.srv.Send(h.wctx(), map[string]any{"envelope_id": "env-future", "type": "future_type", "payload": map[string]any{}}); err != nil {
		t.Fatal(err)
	}
	h.waitAck(env1)
	h.waitAck("env-future")
}

func TestDMSmallTalk(t *testing.T) {
	h := start(t, Config{Workers: 1}, Deps{})
	h.event(slacktest.DirectMessage("D0ALICE01", "U0ALICE01", "thanks!", h.srv.NextTS(), ""), slacktest.EventOpts{})
	h.event(slacktest.DirectMessage("D0ALICE01", "U0ALICE01", "hi", h.srv.NextTS(), ""), slacktest.EventOpts{})
	calls := h.waitCalls("chat.postMessage", 1)
	if !strings.Contains(calls[0].Text(), "Ask privately") {
		t.Errorf("greeting answered with %s", calls[0].Text())
	}
	h.sentinel()
	if n := len(h.calls("chat.postMessage")); n != 1 {
		t.Errorf("%d posts, want 1 (thanks needs no answer)", n)
	}
}

// Each message of a DM thread is split on its own: a follow-up in lower case
// ("also: …") is a question of its own, not the end of the message before it.
func TestDMFollowUpIsANewQuestion(t *testing.T) {
	h := start(t, Config{}, Deps{})
	root := h.srv.NextTS()
	h.event(slacktest.DirectMessage("D0ALICE01", "U0ALICE01", "Do you encrypt backups?", root, ""), slacktest.EventOpts{})
	h.waitCalls("chat.postMessage", 1)
	h.waitAnswerSaved("D0ALICE01:" + root)
	h.event(slacktest.DirectMessage("D0ALICE01", "U0ALICE01", "also: do you have a SOC 1 for payroll?", h.srv.NextTS(), root), slacktest.EventOpts{})
	text := h.waitCalls("chat.update", 1)[0].Text()
	for _, want := range []string{"SOC 2 Type 2", "SOC 1 Type 2", "Do you encrypt backups?", "also: do you have a SOC 1 for payroll?"} {
		if !strings.Contains(text, want) {
			t.Errorf("answer lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "backups? also:") {
		t.Errorf("the follow-up was glued to the first message:\n%s", text)
	}
}

// The example of the help text, two questions on one line, is answered with both
// reports, by /soc and by a mention alike.
func TestHelpExampleAnsweredWithBothReports(t *testing.T) {
	const example = "Do you encrypt backups? Do you have a SOC 1 for payroll?"
	eng, err := triage.NewEngine()
	if err != nil {
		t.Fatal(err)
	}
	h := start(t, Config{}, Deps{Engine: eng})
	env, _, err := h.srv.SendSlash(h.wctx(), slacktest.Slash{Channel: "C0SALES01", User: "U0ALICE01", Text: example})
	if err != nil {
		t.Fatal(err)
	}
	ack := string(h.waitAck(env).Payload)
	ts := h.srv.NextTS()
	h.event(slacktest.Mention("C0SALES01", "U0ALICE01", mention+" "+example, ts, ""), slacktest.EventOpts{})
	post := h.waitCalls("chat.postMessage", 1)[0].Text()
	for name, text := range map[string]string{"/soc": ack, "mention": post} {
		for _, want := range []string{"SOC 2 Type 2", "SOC 1 Type 2"} {
			if !strings.Contains(text, want) {
				t.Errorf("%s answer lacks %q:\n%s", name, want, text)
			}
		}
	}
}
