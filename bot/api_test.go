package bot

import (
	"net/http"
	"testing"

	"github.com/socbot/socbot/internal/slacktest"
)

// A post whose outcome is unknown is looked for to the end of a long thread
// (conversations.replies lists it oldest first, a page at a time), so an
// answer that landed is not posted twice.
func TestPostOnceFindsLandedAnswerInLongThread(t *testing.T) {
	tests := []struct {
		name    string
		replies int
	}{
		{"short thread", 3},
		{"one page", 199},
		{"several pages", 450},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := start(t, Config{}, Deps{})
			thread := h.srv.NextTS()
			h.srv.AddMessage(slacktest.Message{Channel: "C0SALES01", TS: thread, User: "U0ALICE01", Text: "questionnaire"})
			for range tt.replies {
				h.srv.AddMessage(slacktest.Message{Channel: "C0SALES01", ThreadTS: thread, User: "U0BOB0001", Text: "chatter"})
			}
			const key = "mention:T:C:long"
			landed := h.srv.AddMessage(slacktest.Message{Channel: "C0SALES01", ThreadTS: thread, User: slacktest.BotUserID, Text: "answer",
				Metadata: []byte(`{"event_type":"socbot_answer","event_payload":{"key":"` + key + `"}}`)})
			// The post "fails" with a 500 after the answer landed.
			h.srv.Fail("chat.postMessage", 1, slacktest.Failure{Status: http.StatusInternalServerError})
			p := post{channel: "C0SALES01", thread: thread, key: key, blocks: noticeBlocks("answer"), text: "answer"}
			ts, err := h.bot.postOnce(h.wctx(), testLogger(), p)
			if err != nil || ts != landed.TS {
				t.Errorf("postOnce = %q, %v; want the landed answer %s", ts, err, landed.TS)
			}
			if n := len(h.srv.Calls("chat.postMessage")); n != 1 {
				t.Errorf("chat.postMessage called %d times, want 1 (no second post)", n)
			}
		})
	}
}
