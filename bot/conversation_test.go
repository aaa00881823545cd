package bot

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/socbot/socbot/internal/slacktest"
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

// sizeEngine records the most question text it was asked to triage at once.
type sizeEngine struct {
	mu      sync.Mutex
	longest int
}

func (e *sizeEngine) TriageQuestions(qs []triage.Question) triage.Result {
	e.mu.Lock()
	e.longest = max(e.longest, len(questionText(qs)))
	e.mu.Unlock()
	return fakeEngine{}.TriageQuestions(qs)
}

// A DM thread that has grown for days is triaged only as far as its latest
// messages, and the answer says so.
func TestDMFollowUpOnLongThreadIsBounded(t *testing.T) {
	store := NewMemStore(nil)
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
	h.event(slacktest.DirectMessage("D0ALICE01", "U0ALICE01", "also: do you process payroll?", h.srv.NextTS(), root), slacktest.EventOpts{})
	post := h.waitCalls("chat.postMessage", 1)[0]
	if !strings.Contains(post.Text(), "of the 201 messages of this thread") {
		t.Errorf("answer does not say it covers the latest messages:\n%s", post.Text())
	}
	eng.mu.Lock()
	defer eng.mu.Unlock()
	if eng.longest > maxConversationBytes {
		t.Errorf("triaged %d bytes of one thread, want at most %d", eng.longest, maxConversationBytes)
	}
}
