package bot

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/socbot/socbot/internal/slacktest"
)

// chargeLimiter is countingLimiter that also lets a test wait until a user has
// been charged a given number of questions.
type chargeLimiter struct {
	mu      sync.Mutex
	limit   int
	used    map[string]int
	changed chan struct{}
}

func newChargeLimiter(limit int) *chargeLimiter {
	return &chargeLimiter{limit: limit, used: map[string]int{}, changed: make(chan struct{})}
}

func (l *chargeLimiter) Allow(_ context.Context, _, user string, n int) (bool, time.Duration, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.used[user]+n > l.limit {
		return false, 42 * time.Second, nil
	}
	l.used[user] += n
	close(l.changed)
	l.changed = make(chan struct{})
	return true, 0, nil
}

// waitUsed waits until user has been charged at least n questions.
func (l *chargeLimiter) waitUsed(t *testing.T, user string, n int) {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		l.mu.Lock()
		used, ch := l.used[user], l.changed
		l.mu.Unlock()
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

func (l *chargeLimiter) usedBy(user string) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.used[user]
}

// The rate limit counts questions, not messages: a mention holding three questions
// uses three of the asker's allowance, so a fourth is refused.
func TestMentionChargedPerQuestion(t *testing.T) {
	lim := newChargeLimiter(3)
	h := start(t, Config{}, Deps{Limiter: lim})
	h.event(slacktest.Mention("C0SALES01", "U0ALICE01", mention+" Do you encrypt backups?\nDo you process payroll?\nDo you encrypt laptops?", h.srv.NextTS(), ""), slacktest.EventOpts{})
	h.waitCalls("chat.postMessage", 1)
	if got := lim.usedBy("U0ALICE01"); got != 3 {
		t.Errorf("a three-question mention charged %d, want 3", got)
	}
	second := h.srv.NextTS()
	h.event(slacktest.Mention("C0SALES01", "U0ALICE01", mention+" Do you encrypt phones?", second, ""), slacktest.EventOpts{})
	p := h.waitCalls("chat.postMessage", 2)[1].Params
	if p.Get("thread_ts") != second || !strings.Contains(p.Get("text"), "try again in 42 seconds") {
		t.Errorf("a fourth question got %q, want the rate-limit notice", p.Get("text"))
	}
}

// A short /soc is answered in its ack, before the limiter is asked, but its
// questions still count: they are charged afterwards and a later question is refused.
func TestSlashAnsweredInAckIsCharged(t *testing.T) {
	lim := newChargeLimiter(2)
	h := start(t, Config{}, Deps{Limiter: lim})
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
	if !strings.Contains(p.Get("text"), "try again in 42 seconds") {
		t.Errorf("a question past the allowance got %q, want the rate-limit notice", p.Get("text"))
	}
}

// An answer that could not be posted releases the event, so Slack's retry of it
// is answered instead of dropped as a duplicate.
func TestFailedAnswerLeavesRetryToBeAnswered(t *testing.T) {
	store := &doneStore{MemStore: NewMemStore(time.Now), done: make(chan struct{}, 1)}
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
	text := h.waitCalls("chat.postMessage", 1)[0].Text()
	for _, want := range []string{"Do you encrypt backups?", "Do you process payroll?", "SOC 2 Type 2", "SOC 1 Type 2"} {
		if !strings.Contains(text, want) {
			t.Errorf("shared answer lacks %q:\n%s", want, text)
		}
	}
}

// doneStore tells a test when an event has been let go after a failure, the moment
// after which Slack's retry of it arrives.
type doneStore struct {
	*MemStore
	done chan struct{}
}

func (s *doneStore) ReleaseEvent(ctx context.Context, team, eventID, channel, ts string) error {
	err := s.MemStore.ReleaseEvent(ctx, team, eventID, channel, ts)
	s.done <- struct{}{}
	return err
}
