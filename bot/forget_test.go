package bot

import (
	"context"
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/socbot/socbot/internal/slacktest"
	"github.com/socbot/socbot/internal/state"
)

// failingForget is a store whose backend is down for /soc forget.
type failingForget struct{ *state.Memory }

func (failingForget) ForgetUser(context.Context, string, string) (int, error) {
	return 0, errors.New("state store unavailable")
}

func TestSlashForgetInProcess(t *testing.T) {
	for _, tt := range []struct {
		name  string
		store Store
		want  string
	}{
		{"deleted", state.NewMemory(state.Config{}), "deleted 1 conversation"},
		{"store down", failingForget{state.NewMemory(state.Config{})}, "couldn't delete"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			h := start(t, Config{}, Deps{Store: tt.store})
			root := h.srv.NextTS()
			h.event(slacktest.DirectMessage("D0ALICE01", "U0ALICE01", "Do you encrypt backups?", root, ""), slacktest.EventOpts{})
			h.waitCalls("chat.postMessage", 1)
			env, _, err := h.srv.SendSlash(h.wctx(), slacktest.Slash{Channel: "C0SALES01", User: "U0ALICE01", Text: "forget"})
			if err != nil {
				t.Fatal(err)
			}
			if a := h.waitAck(env); a.Payload != nil {
				t.Errorf("forget acked with a payload %s; want a bare ack", a.Payload)
			}
			body := string(h.waitCalls("response_url", 1)[0].Body)
			if !strings.Contains(body, tt.want) || !strings.Contains(body, `"ephemeral"`) {
				t.Errorf("forget said %s, want an ephemeral %q", body, tt.want)
			}
		})
	}
}

// retryIn matches the rate-limit notice: one question a minute is allowed,
// so the next comes within the minute.
var retryIn = regexp.MustCompile(`try again in ([1-5]?[0-9]|60) seconds`)

// TestRateLimitNotices: over the limit, a mention gets a reply in its thread
// and a long /soc an ephemeral response, both saying when to retry.
func TestRateLimitNotices(t *testing.T) {
	h := start(t, Config{RateLimit: 1}, Deps{})
	first, second := h.srv.NextTS(), h.srv.NextTS()
	h.event(slacktest.Mention("C0SALES01", "U0ALICE01", mention+" Do you encrypt backups?", first, ""), slacktest.EventOpts{})
	h.waitCalls("chat.postMessage", 1)
	h.event(slacktest.Mention("C0SALES01", "U0ALICE01", mention+" Do you process payroll?", second, ""), slacktest.EventOpts{})
	p := h.waitCalls("chat.postMessage", 2)[1].Params
	if p.Get("thread_ts") != second || !retryIn.MatchString(p.Get("text")) {
		t.Errorf("limited mention got %q in thread %s", p.Get("text"), p.Get("thread_ts"))
	}
	long := strings.Repeat("Do you encrypt backups at rest and in transit across every region?\n", 40)
	if _, _, err := h.srv.SendSlash(h.wctx(), slacktest.Slash{Channel: "C0SALES01", User: "U0ALICE01", Text: long}); err != nil {
		t.Fatal(err)
	}
	body := string(h.waitCalls("response_url", 1)[0].Body)
	if !retryIn.MatchString(body) || !strings.Contains(body, `"ephemeral"`) {
		t.Errorf("limited /soc got %s", body)
	}
}

// A rate-limited poster in a watched channel did not ask socbot anything:
// the notice goes to them alone, never into the channel.
func TestRateLimitInWatchedChannelIsPrivate(t *testing.T) {
	h := start(t, Config{WatchChannels: []string{"C0WATCH01"}, RateLimit: 1, Workers: 1}, Deps{})
	h.event(slacktest.ChannelMessage("C0WATCH01", "U0ALICE01", "Security questionnaire item: do you encrypt backups?", h.srv.NextTS(), ""), slacktest.EventOpts{})
	h.waitCalls("chat.postMessage", 1)
	h.event(slacktest.ChannelMessage("C0WATCH01", "U0ALICE01", "Security questionnaire item: do you encrypt laptops?", h.srv.NextTS(), ""), slacktest.EventOpts{})
	eph := h.waitCalls("chat.postEphemeral", 1)[0].Params
	if eph.Get("user") != "U0ALICE01" || !retryIn.MatchString(eph.Get("text")) {
		t.Errorf("limited poster told %q (user %s)", eph.Get("text"), eph.Get("user"))
	}
	h.sentinel()
	if n := len(h.calls("chat.postMessage")); n != 1 {
		t.Errorf("%d posts in the watched channel, want 1 (the notice is private)", n)
	}
}

// One rate-limit notice per person per window: a burst over the limit gets
// one reply, not one per message; another person gets their own; once the
// window's notice is gone, the next limited message is told again.
func TestRateLimitOneNoticePerWindow(t *testing.T) {
	store := state.NewMemory(state.Config{})
	h := start(t, Config{RateLimit: 1, Workers: 1}, Deps{Store: store})
	ask := func(user string) {
		h.event(slacktest.Mention("C0SALES01", user, mention+" Do you encrypt backups?", h.srv.NextTS(), ""), slacktest.EventOpts{})
	}
	notices := func() (n int) {
		for _, c := range h.calls("chat.postMessage") {
			if retryIn.MatchString(c.Params.Get("text")) {
				n++
			}
		}
		return n
	}
	ask("U0ALICE01")
	h.waitCalls("chat.postMessage", 1)
	for range 8 {
		ask("U0ALICE01")
	}
	h.waitCalls("chat.postMessage", 2)
	ask("U0BOB0001")
	ask("U0BOB0001")
	h.waitCalls("chat.postMessage", 4)
	h.sentinel()
	if n, all := notices(), len(h.calls("chat.postMessage")); n != 2 || all != 4 {
		t.Errorf("%d rate-limit notices in %d posts, want 2 (one each for Alice and Bob) in 4", n, all)
	}
	if err := store.Release(t.Context(), slacktest.TeamID, "limited:U0ALICE01"); err != nil {
		t.Fatal(err)
	}
	ask("U0ALICE01")
	h.waitFor("the fifth post", func() bool { return len(h.calls("chat.postMessage")) == 5 })
	if n := notices(); n != 3 {
		t.Errorf("%d notices after Alice's window ended, want 3", n)
	}
}
