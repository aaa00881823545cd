package state

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/socbot/socbot/internal/triage"
)

// A conversation keeps its newest questions within maxConversationBytes, in
// memory and in Redis alike, so a week-long DM thread does not grow without end.
func TestConversationKeepsNewestWithinCap(t *testing.T) {
	if !strings.Contains(luaLib, "MAXQ = "+strconv.Itoa(maxConversationBytes)) {
		t.Fatalf("the scripts' MAXQ differs from maxConversationBytes (%d)", maxConversationBytes)
	}
	for _, mk := range backends(t) {
		b := mk(t)
		t.Run(b.name, func(t *testing.T) {
			ctx := context.Background()
			q := strings.Repeat("Do you encrypt backups? ", 400) // ~9.6 KB per question
			var c triage.Conversation
			var err error
			for i := range 40 {
				c, err = b.s.AppendQuestions(ctx, "T1", "D1:1.0", "U1", "dm", []string{strconv.Itoa(i) + " " + q})
				if err != nil {
					t.Fatal(err)
				}
			}
			raw, _ := json.Marshal(c.Questions)
			if len(raw) > maxConversationBytes {
				t.Errorf("conversation keeps %d bytes, cap %d", len(raw), maxConversationBytes)
			}
			if n := len(c.Questions); n < 20 || n == 40 || !strings.HasPrefix(c.Questions[n-1], "39 ") {
				t.Errorf("kept %d questions, last %.10q; want the newest, fewer than all 40", n, c.Questions[n-1])
			}
		})
	}
}
