package bot

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/socbot/socbot/internal/slacktest"
	"github.com/socbot/socbot/internal/state"
)

// chargeStore is the in-process store that also lets a test see, and wait for, the
// questions charged to each user's rate limit.
type chargeStore struct {
	*state.Memory
	mu      sync.Mutex
	used    map[string]int
	changed chan struct{}
}

func newChargeStore() *chargeStore {
	return &chargeStore{Memory: state.NewMemory(state.Config{}), used: map[string]int{}, changed: make(chan struct{})}
}

func (s *chargeStore) Allow(ctx context.Context, team, user string, n, limit int) (bool, time.Duration, error) {
	ok, after, err := s.Memory.Allow(ctx, team, user, n, limit)
	if ok && err == nil {
		s.mu.Lock()
		s.used[user] += n
		close(s.changed)
		s.changed = make(chan struct{})
		s.mu.Unlock()
	}
	return ok, after, err
}

// waitUsed waits until user has been charged at least n questions.
func (s *chargeStore) waitUsed(t *testing.T, user string, n int) {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		s.mu.Lock()
		used, ch := s.used[user], s.changed
		s.mu.Unlock()
		if used >= n {
			return
		}
		select {
		case <-ch:
		case <-deadline:
			t.Fatalf("%s charged %d questions, want %d", user, used, n)
		}
	}
}

func (s *chargeStore) usedBy(user string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.used[user]
}

// The rate limit counts questions, not messages: a mention holding three questions
// uses three of the asker's allowance, so a fourth is refused.
func TestMentionChargedPerQuestion(t *testing.T) {
	lim := newChargeStore()
	h := start(t, Config{RateLimit: 3}, Deps{Store: lim})
	h.event(slacktest.Mention("C0SALES01", "U0ALICE01", mention+" Do you encrypt backups?\nDo you process payroll?\nDo you encrypt laptops?", h.srv.NextTS(), ""), slacktest.EventOpts{})
	h.waitCalls("chat.postMessage", 1)
	if got := lim.usedBy("U0ALICE01"); got != 3 {
		t.Errorf("a three-question mention charged %d, want 3", got)
	}
	second := h.srv.NextTS()
	h.event(slacktest.Mention("C0SALES01", "U0ALICE01", mention+" Do you encrypt phones?", second, ""), slacktest.EventOpts{})
	p := h.waitCalls("chat.postMessage", 2)[1].Params
	if p.Get("thread_ts") != second || !retryIn.MatchString(p.Get("text")) {
		t.Errorf("a fourth question got %q, want the rate-limit notice", p.Get("text"))
	}
}

// A short /soc is answered in its ack, before the limiter is asked, but its
// questions still count: they are charged afterwards and a later question is refused.
func TestSlashAnsweredInAckIsCharged(t *testing.T) {
	lim := newChargeStore()
	h := start(t, Config{RateLimit: 2}, Deps{Store: lim})
	env, _, err := h.srv.SendSlash(h.wctx(), slacktest.Slash{Channel: "C0SALES01", User: "U0ALICE01", Text: "Do you encrypt backups?\nDo you process payroll?"})
	if err != nil {
		t.Fatal(err)
	}
	if a := h.waitAck(env); !strings.Contains(string(a.Payload), "SOC 2 Type 2") {
		t.Fatalf("the /soc was not answered in its ack: %s", a.Payload)
	}
	lim.waitUsed(t, "U0ALICE01", 2)
	if got := lim.usedBy("U0ALICE01"); got != 2 {
		t.Errorf("a two-question /soc charged %d, want 2", got)
	}
	ts := h.srv.NextTS()
	h.event(slacktest.Mention("C0SALES01", "U0ALICE01", mention+" Do you encrypt phones?", ts, ""), slacktest.EventOpts{})
	p := h.waitCalls("chat.postMessage", 1)[0].Params
	if !retryIn.MatchString(p.Get("text")) {
		t.Errorf("a question past the allowance got %q, want the rate-limit notice", p.Get("text"))
	}
}

// An answer that could not be posted releases the event, so Slack's retry of it
// is answered instead of dropped as a duplicate.
func TestFailedAnswerLeavesRetryToBeAnswered(t *testing.T) {
	store := &doneStore{Memory: state.NewMemory(state.Config{}), done: make(chan struct{}, 1)}
	h := start(t, Config{}, Deps{Store: store})
	h.srv.Fail("chat.postMessage", 1, slacktest.Failure{SlackError: "channel_not_found"})
	ts := h.srv.NextTS()
	ev := slacktest.Mention("C0SALES01", "U0ALICE01", mention+" Do you encrypt backups?", ts, "")
	h.waitAck(h.event(ev, slacktest.EventOpts{EventID: "Ev0FAILED01"}))
	h.waitCalls("chat.postEphemeral", 1) // the asker is told it failed
	// The failed delivery is over: Slack's retry comes after it.
	select {
	case <-store.done:
	case <-h.wctx().Done():
		t.Fatal("the failed answer never let go of its event")
	}
	h.event(ev, slacktest.EventOpts{EventID: "Ev0FAILED01", RetryAttempt: 1, RetryReason: "http_error"})
	calls := h.waitCalls("chat.postMessage", 2)
	if p := calls[1].Params; p.Get("thread_ts") != ts || !strings.Contains(calls[1].Text(), "SOC 2 Type 2") {
		t.Errorf("the retry got %v, want the answer in the thread", p)
	}
}

// Share of an answer whose text was too long for the button shares every question
// kept for it, not just the first.
func TestShareStoredConversationPostsEveryQuestion(t *testing.T) {
	h := start(t, Config{}, Deps{})
	ctx := context.Background()
	id := "share:contract"
	for _, q := range []string{"Do you encrypt backups?", "Do you process payroll?"} {
		if _, err := h.bot.store.AppendQuestions(ctx, slacktest.TeamID, id, "U0ALICE01", "slash", []string{q}); err != nil {
			t.Fatal(err)
		}
	}
	if _, _, err := h.srv.SendBlockAction(h.wctx(), slacktest.Action{Channel: "C0SALES01", User: "U0ALICE01",
		ActionID: actionShare, Value: "k:" + id, Ephemeral: true}); err != nil {
		t.Fatal(err)
	}
	text := string(h.waitCalls("response_url", 1)[0].Body)
	for _, want := range []string{"Do you encrypt backups?", "Do you process payroll?", "SOC 2 Type 2", "SOC 1 Type 2"} {
		if !strings.Contains(text, want) {
			t.Errorf("shared answer lacks %q:\n%s", want, text)
		}
	}
}

// doneStore tells a test when an event has been let go after a failure, the moment
// after which Slack's retry of it arrives.
type doneStore struct {
	*state.Memory
	done chan struct{}
}

func (s *doneStore) ReleaseEvent(ctx context.Context, team, eventID, channel, ts string) error {
	err := s.Memory.ReleaseEvent(ctx, team, eventID, channel, ts)
	s.done <- struct{}{}
	return err
}
