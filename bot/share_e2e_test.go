package bot

import (
	"context"
	"encoding/json"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/socbot/socbot/internal/llm"
	"github.com/socbot/socbot/internal/slacktest"
	"github.com/socbot/socbot/internal/state"
)

// sharedBody decodes a response_url post.
func sharedBody(t *testing.T, c slacktest.Call) (responseType, text string) {
	t.Helper()
	var m struct {
		ResponseType string `json:"response_type"`
	}
	if err := json.Unmarshal(c.Body, &m); err != nil {
		t.Fatal(err)
	}
	return m.ResponseType, strings.NewReplacer(`\u003c`, "<", `\u003e`, ">", `\u0026`, "&").Replace(string(c.Body))
}

// Share from /soc posts the answer visibly through the click's response_url,
// which Slack accepts wherever /soc can run: a channel the bot is in, one it
// is not in, a DM and a group DM. Nothing advises an invite.
func TestShareWorksEverywhere(t *testing.T) {
	for _, tt := range []struct {
		name, channel, channelName string
	}{
		{"channel the bot is in", "C0SALES01", "sales"},
		{"channel the bot is not in", "C0OTHER01", "other"},
		{"DM", "D0BOB0001", "directmessage"},
		{"group DM", "G0GROUP01", "mpdm-alice--bob--carol-1"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			h := start(t, Config{Workers: 1}, Deps{})
			// Posting as the bot would fail outside the sales channel.
			if tt.channel != "C0SALES01" {
				h.srv.Fail("chat.postMessage", 5, slacktest.Failure{SlackError: "channel_not_found"})
			}
			if _, _, err := h.srv.SendBlockAction(h.wctx(), slacktest.Action{Channel: tt.channel, ChannelName: tt.channelName,
				User: "U0ALICE01", ActionID: actionShare, Value: shareValue("Do you encrypt backups? <!channel>"), Ephemeral: true}); err != nil {
				t.Fatal(err)
			}
			typ, body := sharedBody(t, h.waitCalls("response_url", 1)[0])
			if typ != "in_channel" {
				t.Errorf("shared with response_type %q, want in_channel", typ)
			}
			for _, want := range []string{"Shared by <@U0ALICE01>", "SOC 2 Type 2"} {
				if !strings.Contains(body, want) {
					t.Errorf("shared answer lacks %q:\n%s", want, body)
				}
			}
			if strings.Contains(body, "<!channel>") {
				t.Errorf("shared answer pings the channel:\n%s", body)
			}
			h.sentinel()
			if n := len(h.calls("chat.postMessage")); n != 0 {
				t.Errorf("%d chat.postMessage calls; response_url serves here", n)
			}
			if n := len(h.srv.Calls("response_url")); n != 1 {
				t.Errorf("%d response_url posts, want the answer alone", n)
			}
		})
	}
}

// When the response_url has expired, the bot posts as itself; where it
// cannot, it says so, and advises /invite only where an invite is possible.
func TestShareAfterResponseURLExpired(t *testing.T) {
	for _, tt := range []struct {
		name, channel, channelName string
		postFails                  string // chat.postMessage's error, "" for none
		want, never                string
	}{
		{"channel the bot is in", "C0SALES01", "sales", "", "", "/invite"},
		{"channel the bot is not in", "C0OTHER01", "other", "not_in_channel", "/invite @socbot", ""},
		{"DM", "D0BOB0001", "directmessage", "channel_not_found", "Run `/soc` again", "/invite"},
		{"group DM", "G0GROUP01", "mpdm-alice--bob--carol-1", "channel_not_found", "Run `/soc` again", "/invite"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			h := start(t, Config{Workers: 1}, Deps{})
			h.srv.Fail("response_url", 1, slacktest.Failure{Status: 404})
			if tt.postFails != "" {
				h.srv.Fail("chat.postMessage", 1, slacktest.Failure{SlackError: tt.postFails})
			}
			if _, _, err := h.srv.SendBlockAction(h.wctx(), slacktest.Action{Channel: tt.channel, ChannelName: tt.channelName,
				User: "U0ALICE01", ActionID: actionShare, Value: shareValue("Do you encrypt backups?"), Ephemeral: true}); err != nil {
				t.Fatal(err)
			}
			posts := h.waitCalls("chat.postMessage", 1)
			if tt.postFails == "" {
				if p := posts[0].Params; p.Get("channel") != tt.channel || !strings.Contains(posts[0].Text(), "SOC 2 Type 2") {
					t.Errorf("fallback post %v", p)
				}
				h.sentinel()
				if n := len(h.srv.Calls("response_url")); n != 1 {
					t.Errorf("%d response_url calls after a good fallback post, want the expired one only", n)
				}
				return
			}
			told := string(h.waitCalls("response_url", 2)[1].Body)
			if !strings.Contains(told, tt.want) {
				t.Errorf("user told %s, want %q", told, tt.want)
			}
			if tt.never != "" && strings.Contains(told, tt.never) {
				t.Errorf("user told %s; %q is impossible here", told, tt.never)
			}
		})
	}
}

// A double click on Share (two clicks, two action_ts) shares the answer once;
// the second click is told it is already shared.
func TestShareDoubleClickPostsOnce(t *testing.T) {
	h := start(t, Config{Workers: 1}, Deps{})
	value := shareValue("Do you encrypt backups?")
	for range 2 {
		if _, _, err := h.srv.SendBlockAction(h.wctx(), slacktest.Action{Channel: "C0SALES01", User: "U0ALICE01",
			ActionID: actionShare, Value: value, Ephemeral: true, MessageTS: "1700000000.000001"}); err != nil {
			t.Fatal(err)
		}
	}
	calls := h.waitCalls("response_url", 2)
	h.sentinel()
	var shared, told int
	for _, c := range h.srv.Calls("response_url") {
		typ, body := sharedBody(t, c)
		switch {
		case typ == "in_channel":
			shared++
		case strings.Contains(body, "already shared"):
			told++
		}
	}
	if shared != 1 || told != 1 {
		t.Errorf("%d shared and %d told already shared, want 1 and 1: %v", shared, told, calls)
	}
}

// When the response_url post ends with its outcome unknown (a 5xx, or no reply
// before the timeout), Slack may still have posted it: the answer is not
// posted again as the bot, and the sharer is told what to do if it never
// shows. A second click on the same answer does not share it again.
func TestShareWithUnknownOutcomePostsAtMostOnce(t *testing.T) {
	for _, tt := range []struct {
		name string
		fail slacktest.Failure
	}{
		{"server error", slacktest.Failure{Status: 502}},
		{"timeout", slacktest.Failure{Stall: true}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			h := start(t, Config{Workers: 1, APITimeout: time.Second}, Deps{})
			h.srv.Fail("response_url", 1, tt.fail)
			click := slacktest.Action{Channel: "C0SALES01", ChannelName: "sales", User: "U0ALICE01", ActionID: actionShare,
				Value: shareValue("Do you encrypt backups?"), Ephemeral: true, MessageTS: "1700000000.000001"}
			if _, _, err := h.srv.SendBlockAction(h.wctx(), click); err != nil {
				t.Fatal(err)
			}
			told := h.waitCalls("response_url", 2)[1]
			if typ, body := sharedBody(t, told); typ != "ephemeral" || !strings.Contains(body, "didn't confirm") {
				t.Errorf("sharer told %s (%s), want privately that Slack did not confirm", body, typ)
			}
			if _, _, err := h.srv.SendBlockAction(h.wctx(), click); err != nil {
				t.Fatal(err)
			}
			h.sentinel()
			if n := len(h.calls("chat.postMessage")); n != 0 {
				t.Errorf("%d posts as the bot after a share that may have landed, want none", n)
			}
			if n := len(h.srv.Calls("response_url")); n != 3 {
				t.Errorf("%d response_url posts, want the share, the notice and 'already shared'", n)
			}
		})
	}
}

// A shared answer carries what the private answer shows once the model's pass
// has edited it: the summary, the suggestions, and coverage from the
// inventory, the suggestions' included.
func TestSharedAnswerIsEnriched(t *testing.T) {
	c, _, _ := newLLM(t, llm.Config{}, scenario(t, "ok"))
	h := start(t, Config{Workers: 1}, Deps{Enricher: c, Inventory: testInventory(time.Now())})
	if _, _, err := h.srv.SendBlockAction(h.wctx(), slacktest.Action{Channel: "C0SALES01", ChannelName: "sales", User: "U0ALICE01",
		ActionID: actionShare, Value: shareValue(fourQuestions), Ephemeral: true}); err != nil {
		t.Fatal(err)
	}
	typ, body := sharedBody(t, h.waitCalls("response_url", 1)[0])
	if typ != "in_channel" {
		t.Fatalf("shared with response_type %q", typ)
	}
	for _, want := range []string{"Mostly SOC 2 Type 2", "written by the language model", "suggested by the language model", "_Covered_"} {
		if !strings.Contains(body, want) {
			t.Errorf("shared answer lacks %q:\n%s", want, body)
		}
	}
}

// refuseFirst is the in-process store whose rate limit refuses the first ask.
type refuseFirst struct {
	*state.Memory
	refused atomic.Bool
}

func (s *refuseFirst) Allow(ctx context.Context, team, user string, n, limit int) (bool, time.Duration, error) {
	if s.refused.CompareAndSwap(false, true) {
		return false, 30 * time.Second, nil
	}
	return s.Memory.Allow(ctx, team, user, n, limit)
}

// A Share refused by the rate limit shares nothing, so it leaves the answer
// free to share: the sharer is told when to retry, and the retry shares it
// instead of saying it is already shared.
func TestShareRefusedByRateLimitCanBeRetried(t *testing.T) {
	h := start(t, Config{Workers: 1, RateLimit: 10}, Deps{Store: &refuseFirst{Memory: state.NewMemory(state.Config{})}})
	click := slacktest.Action{Channel: "C0SALES01", ChannelName: "sales", User: "U0ALICE01", ActionID: actionShare,
		Value: shareValue("Do you encrypt backups?"), Ephemeral: true, MessageTS: "1700000000.000001"}
	if _, _, err := h.srv.SendBlockAction(h.wctx(), click); err != nil {
		t.Fatal(err)
	}
	if typ, body := sharedBody(t, h.waitCalls("response_url", 1)[0]); typ != "ephemeral" || !retryIn.MatchString(body) {
		t.Errorf("limited sharer told %s (%s), want privately when to retry", body, typ)
	}
	if _, _, err := h.srv.SendBlockAction(h.wctx(), click); err != nil {
		t.Fatal(err)
	}
	typ, body := sharedBody(t, h.waitCalls("response_url", 2)[1])
	if typ != "in_channel" || !strings.Contains(body, "SOC 2 Type 2") {
		t.Errorf("retry got %s (%s), want the answer shared", body, typ)
	}
	h.sentinel()
	if n := len(h.srv.Calls("response_url")); n != 2 {
		t.Errorf("%d response_url posts, want the notice and the share", n)
	}
}

// Share asks the model on the event worker only with a slot of the model's
// pool free at once, so SOC_LLM_CONCURRENCY bounds its calls too: with the
// pool's one slot held by a hung pass, the answer is shared at once with the
// rules alone, and the model is asked nothing more.
func TestShareWithModelPoolBusySharesRulesOnly(t *testing.T) {
	client, fake, _ := newLLM(t, llm.Config{Timeout: time.Minute}, scenario(t, "hang"))
	h := start(t, Config{Workers: 1, EnrichWorkers: 1}, Deps{Enricher: client})
	h.event(slacktest.Mention("C0SALES01", "U0ALICE01", mention+" "+fourQuestions, h.srv.NextTS(), ""), slacktest.EventOpts{})
	h.waitCalls("chat.postMessage", 1)
	waitFor(t, "the pass's request to the model", func() bool { return fake.Count() > 0 })
	asked := fake.Count()
	clicked := time.Now()
	if _, _, err := h.srv.SendBlockAction(h.wctx(), slacktest.Action{Channel: "C0SALES01", ChannelName: "sales", User: "U0ALICE01",
		ActionID: actionShare, Value: shareValue(fourQuestions), Ephemeral: true}); err != nil {
		t.Fatal(err)
	}
	typ, body := sharedBody(t, h.waitCalls("response_url", 1)[0])
	if d := time.Since(clicked); d >= shareModelWait {
		t.Errorf("shared after %v: it waited for the model", d)
	}
	if typ != "in_channel" || !strings.Contains(body, "SOC 2 Type 2") || strings.Contains(body, "language model") {
		t.Errorf("shared %s (%s), want the rules-only answer", body, typ)
	}
	if n := fake.Count(); n != asked {
		t.Errorf("the model was asked %d times, want the pass's %d alone", n, asked)
	}
}
