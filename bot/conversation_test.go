package bot

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/socbot/socbot/internal/slacktest"
	"github.com/socbot/socbot/internal/state"
	"github.com/socbot/socbot/internal/triage"
)

func TestRecentMessages(t *testing.T) {
	tests := []struct {
		name string
		msgs []string
		max  int
		want []string
	}{
		{"none", nil, 10, nil},
		{"all fit", []string{"ab", "cd"}, 10, []string{"ab", "cd"}},
		{"oldest dropped", []string{"aaaa", "bb", "cc"}, 6, []string{"bb", "cc"}},
		{"latest always kept", []string{"aa", "a very long last message"}, 4, []string{"a very long last message"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := recentMessages(tt.msgs, tt.max); !slices.Equal(got, tt.want) {
				t.Errorf("recentMessages = %q, want %q", got, tt.want)
			}
		})
	}
}

// sizeEngine counts the question text it classifies.
type sizeEngine struct {
	mu    sync.Mutex
	total int
}

func (e *sizeEngine) Classify(q triage.Question) triage.Verdict {
	e.mu.Lock()
	e.total += len(q.Text) + 1
	e.mu.Unlock()
	return fakeEngine{}.Classify(q)
}

// A DM thread that has grown for days is triaged only as far as its latest
// messages, and the answer says so.
func TestDMFollowUpOnLongThreadIsBounded(t *testing.T) {
	store := state.NewMemory(state.Config{})
	eng := &sizeEngine{}
	h := start(t, Config{}, Deps{Store: store, Engine: eng})
	root := h.srv.NextTS()
	id := convID("D0ALICE01", root)
	msg := strings.Repeat("Do you encrypt backups at rest with customer keys? ", 80) // ~4 KB
	for range 200 {
		if _, err := store.AppendQuestions(context.Background(), slacktest.TeamID, id, "U0ALICE01", "dm", []string{msg}); err != nil {
			t.Fatal(err)
		}
	}
	const followUp = "also: do you process payroll?"
	h.event(slacktest.DirectMessage("D0ALICE01", "U0ALICE01", followUp, h.srv.NextTS(), root), slacktest.EventOpts{})
	post := h.waitCalls("chat.postMessage", 1)[0]
	// The store keeps a conversation's newest 256 KB; the answer covers
	// the newest 128 KB of those.
	if !regexp.MustCompile(`the last \d+ of the \d+ messages of this thread`).MatchString(post.Text()) {
		t.Errorf("answer does not say it covers the latest messages:\n%s", post.Text())
	}
	eng.mu.Lock()
	defer eng.mu.Unlock()
	// The follow-up is classified alone (to charge the rate limit), then the
	// thread's latest messages.
	if limit := len(followUp) + 1 + maxConversationBytes; eng.total > limit {
		t.Errorf("classified %d bytes for one follow-up, want at most %d", eng.total, limit)
	}
}

// beginCounter is the in-process store, counting the calls a DM makes (the
// sentinel's are left out).
type beginCounter struct {
	*state.Memory
	mu    sync.Mutex
	calls []string
}

func (c *beginCounter) note(name, channel string) {
	if strings.HasPrefix(channel, sentinelChannel) {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.calls = append(c.calls, name)
}

func (c *beginCounter) Begin(ctx context.Context, team string, t triage.Turn) (triage.TurnResult, error) {
	c.note("Begin", t.Channel)
	return c.Memory.Begin(ctx, team, t)
}

func (c *beginCounter) ClaimEvent(ctx context.Context, team, eventID, channel, ts string) (bool, error) {
	c.note("ClaimEvent", channel)
	return c.Memory.ClaimEvent(ctx, team, eventID, channel, ts)
}

func (c *beginCounter) AppendQuestions(ctx context.Context, team, id, user, surface string, texts []string) (triage.Conversation, error) {
	c.note("AppendQuestions", id)
	return c.Memory.AppendQuestions(ctx, team, id, user, surface, texts)
}

// A DM question is claimed, rate-limited and appended in one store call, the
// path production takes with Redis: tests run on the real in-process store.
func TestDMTurnIsOneStoreCall(t *testing.T) {
	store := &beginCounter{Memory: state.NewMemory(state.Config{})}
	h := start(t, Config{RateLimit: 10, Workers: 1}, Deps{Store: store})
	root := h.srv.NextTS()
	h.event(slacktest.DirectMessage("D0ALICE01", "U0ALICE01", "Do you encrypt backups?", root, ""), slacktest.EventOpts{})
	h.waitCalls("chat.postMessage", 1)
	h.waitAnswerSaved("D0ALICE01:" + root)
	h.event(slacktest.DirectMessage("D0ALICE01", "U0ALICE01", "Do you process payroll?", h.srv.NextTS(), root), slacktest.EventOpts{})
	h.waitCalls("chat.update", 1)
	h.sentinel()
	store.mu.Lock()
	defer store.mu.Unlock()
	if want := []string{"Begin", "Begin"}; !slices.Equal(store.calls, want) {
		t.Errorf("store calls for two DM messages = %v, want %v", store.calls, want)
	}
	c, ok, err := store.GetConversation(t.Context(), slacktest.TeamID, convID("D0ALICE01", root))
	if err != nil || !ok || len(c.Questions) != 2 || c.AnswerTS == "" {
		t.Errorf("conversation = %+v, %v, %v; want both questions and the answer's ts", c, ok, err)
	}
}

// A reply written in the thread of socbot's answer (the answer to a message at
// the top of the DM) continues the conversation that answer covers: the
// answer is updated to cover both messages, and no new conversation starts.
// Slack's event names the thread's parent (parent_user_id); without it socbot
// finds out by reading the thread's first message.
func TestDMReplyInAnswerThreadIsAFollowUp(t *testing.T) {
	for _, parentNamed := range []bool{false, true} {
		t.Run(map[bool]string{false: "parent unnamed", true: "parent named"}[parentNamed], func(t *testing.T) {
			dmReplyInAnswerThread(t, parentNamed)
		})
	}
}

func dmReplyInAnswerThread(t *testing.T, parentNamed bool) {
	h := start(t, Config{Workers: 1}, Deps{})
	root := h.srv.NextTS()
	h.event(slacktest.DirectMessage("D0ALICE01", "U0ALICE01", "Do you encrypt backups?", root, ""), slacktest.EventOpts{})
	answerTS := h.waitAnswerSaved("D0ALICE01:" + root)
	reply := slacktest.DirectMessage("D0ALICE01", "U0ALICE01", "Do you process payroll?", h.srv.NextTS(), answerTS)
	if parentNamed {
		reply["parent_user_id"] = slacktest.BotUserID
	}
	h.event(reply, slacktest.EventOpts{})
	h.sentinel()
	if n := len(h.calls("chat.postMessage")); n != 1 {
		t.Errorf("%d posts, want the first answer alone (the reply updates it)", n)
	}
	updates := h.calls("chat.update")
	if len(updates) != 1 {
		t.Fatalf("%d updates, want 1", len(updates))
	}
	text := updates[0].Text()
	if updates[0].Params.Get("ts") != answerTS || !strings.Contains(text, "SOC 2 Type 2") || !strings.Contains(text, "SOC 1 Type 2") ||
		!strings.Contains(text, "2 messages") {
		t.Errorf("update of %q, want the answer %q covering both messages:\n%s", updates[0].Params.Get("ts"), answerTS, text)
	}
	if _, ok, _ := h.bot.store.GetConversation(context.Background(), slacktest.TeamID, "D0ALICE01:"+answerTS); ok {
		t.Error("the reply started a conversation of its own")
	}
}

// A reply in the thread of the person's own message, as Slack names its
// parent, is that thread's conversation with no read of the thread.
func TestDMReplyInOwnThreadReadsNothing(t *testing.T) {
	h := start(t, Config{Workers: 1}, Deps{})
	root := h.srv.NextTS()
	h.event(slacktest.DirectMessage("D0ALICE01", "U0ALICE01", "Do you encrypt backups?", root, ""), slacktest.EventOpts{})
	h.waitAnswerSaved("D0ALICE01:" + root)
	reply := slacktest.DirectMessage("D0ALICE01", "U0ALICE01", "Do you process payroll?", h.srv.NextTS(), root)
	reply["parent_user_id"] = "U0ALICE01"
	h.event(reply, slacktest.EventOpts{})
	h.sentinel()
	if n := len(h.calls("conversations.replies")); n != 0 {
		t.Errorf("%d reads of the thread, want none", n)
	}
	if n := len(h.calls("chat.update")); n != 1 {
		t.Errorf("%d updates, want the answer updated once", n)
	}
}

// A reply under socbot's answer is checked for small talk and for being a
// redelivery before its thread is read from Slack: a "thanks" reads nothing,
// and a question delivered twice reads the thread once.
func TestDMReplyInAnswerThreadCheapChecksFirst(t *testing.T) {
	h := start(t, Config{Workers: 1}, Deps{})
	root := h.srv.NextTS()
	h.event(slacktest.DirectMessage("D0ALICE01", "U0ALICE01", "Do you encrypt backups?", root, ""), slacktest.EventOpts{})
	answerTS := h.waitAnswerSaved("D0ALICE01:" + root)
	h.event(slacktest.DirectMessage("D0ALICE01", "U0ALICE01", "thanks!", h.srv.NextTS(), answerTS), slacktest.EventOpts{})
	h.sentinel()
	if n := len(h.calls("conversations.replies")); n != 0 {
		t.Errorf("%d reads of the thread for a thanks, want none", n)
	}
	reply := slacktest.DirectMessage("D0ALICE01", "U0ALICE01", "Do you process payroll?", h.srv.NextTS(), answerTS)
	for range 2 {
		h.event(reply, slacktest.EventOpts{EventID: "Ev0REPLY01"})
	}
	h.waitCalls("chat.update", 1)
	h.sentinel()
	if n := len(h.calls("conversations.replies")); n != 1 {
		t.Errorf("%d reads of the thread for a reply delivered twice, want 1", n)
	}
	if n := len(h.calls("chat.update")); n != 1 {
		t.Errorf("%d updates, want the answer updated once", n)
	}
}
