package bot

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/socbot/socbot/internal/slacktest"
)

// TestMemStoreForgetUser: only the user's live conversations go, in every
// thread they took part in.
func TestMemStoreForgetUser(t *testing.T) {
	ctx := context.Background()
	m := NewMemStore(nil)
	for _, c := range []struct{ id, user string }{
		{"D1:1.1", "U1"}, {"D1:2.1", "U1"}, {"D2:1.1", "U2"}, {"D3:1.1", "U2"}, {"D3:1.1", "U1"},
	} {
		if _, err := m.AppendQuestions(ctx, "T1", c.id, c.user, "dm", []string{"q"}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := m.AppendQuestions(ctx, "T2", "D1:1.1", "U1", "dm", []string{"q"}); err != nil {
		t.Fatal(err)
	}
	n, err := m.ForgetUser(ctx, "T1", "U1")
	if err != nil || n != 3 {
		t.Fatalf("ForgetUser = %d, %v; want 3", n, err)
	}
	for id, want := range map[string]bool{"D1:1.1": false, "D1:2.1": false, "D3:1.1": false, "D2:1.1": true} {
		if _, ok, _ := m.GetConversation(ctx, "T1", id); ok != want {
			t.Errorf("T1 %s kept = %v, want %v", id, ok, want)
		}
	}
	if _, ok, _ := m.GetConversation(ctx, "T2", "D1:1.1"); !ok {
		t.Error("ForgetUser reached another workspace")
	}
}

// failingForget is a store whose backend is down for /soc forget.
type failingForget struct{ *MemStore }

func (failingForget) ForgetUser(context.Context, string, string) (int, error) {
	return 0, errors.New("state store unavailable")
}

func TestSlashForgetInProcess(t *testing.T) {
	for _, tt := range []struct {
		name  string
		store Store
		want  string
	}{
		{"deleted", NewMemStore(nil), "deleted 1 conversation"},
		{"store down", failingForget{NewMemStore(nil)}, "couldn't delete"},
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

// countingLimiter allows limit questions per user, then refuses.
type countingLimiter struct {
	mu    sync.Mutex
	limit int
	used  map[string]int
}

func (l *countingLimiter) Allow(_ context.Context, _, user string, n int) (bool, time.Duration, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.used[user]+n > l.limit {
		return false, 42 * time.Second, nil
	}
	l.used[user] += n
	return true, 0, nil
}

// TestRateLimitNotices: over the limit, a mention gets a reply in its thread
// and a long /soc an ephemeral response, both saying when to retry.
func TestRateLimitNotices(t *testing.T) {
	h := start(t, Config{}, Deps{Limiter: &countingLimiter{limit: 1, used: map[string]int{}}})
	first, second := h.srv.NextTS(), h.srv.NextTS()
	h.event(slacktest.Mention("C0SALES01", "U0ALICE01", mention+" Do you encrypt backups?", first, ""), slacktest.EventOpts{})
	h.waitCalls("chat.postMessage", 1)
	h.event(slacktest.Mention("C0SALES01", "U0ALICE01", mention+" Do you process payroll?", second, ""), slacktest.EventOpts{})
	p := h.waitCalls("chat.postMessage", 2)[1].Params
	if p.Get("thread_ts") != second || !strings.Contains(p.Get("text"), "try again in 42 seconds") {
		t.Errorf("limited mention got %q in thread %s", p.Get("text"), p.Get("thread_ts"))
	}
	long := strings.Repeat("Do you encrypt backups at rest and in transit across every region?\n", 40)
	if _, _, err := h.srv.SendSlash(h.wctx(), slacktest.Slash{Channel: "C0SALES01", User: "U0ALICE01", Text: long}); err != nil {
		t.Fatal(err)
	}
	body := string(h.waitCalls("response_url", 1)[0].Body)
	if !strings.Contains(body, "try again in 42 seconds") || !strings.Contains(body, `"ephemeral"`) {
		t.Errorf("limited /soc got %s", body)
	}
}

// A rate-limited poster in a watched channel did not ask socbot anything:
// the notice goes to them alone, never into the channel.
func TestRateLimitInWatchedChannelIsPrivate(t *testing.T) {
	h := start(t, Config{WatchChannels: []string{"C0WATCH01"}}, Deps{Limiter: &countingLimiter{limit: 1, used: map[string]int{}}})
	h.event(slacktest.ChannelMessage("C0WATCH01", "U0ALICE01", "Security questionnaire item: do you encrypt backups?", h.srv.NextTS(), ""), slacktest.EventOpts{})
	h.waitCalls("chat.postMessage", 1)
	h.event(slacktest.ChannelMessage("C0WATCH01", "U0ALICE01", "Security questionnaire item: do you encrypt laptops?", h.srv.NextTS(), ""), slacktest.EventOpts{})
	eph := h.waitCalls("chat.postEphemeral", 1)[0].Params
	if eph.Get("user") != "U0ALICE01" || !strings.Contains(eph.Get("text"), "try again in 42 seconds") {
		t.Errorf("limited poster told %q (user %s)", eph.Get("text"), eph.Get("user"))
	}
	h.settle()
	if n := len(h.srv.Calls("chat.postMessage")); n != 1 {
		t.Errorf("%d posts in the watched channel, want 1 (the notice is private)", n)
	}
}
