package bot

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/socbot/socbot/internal/slacktest"
	"github.com/socbot/socbot/internal/triage"
)

// numberedQuestion finds the "12. Question text" lines of a pasted questionnaire.
var numberedQuestion = regexp.MustCompile(`(?m)^\d+\. (.+)$`)

// TestRealQuestionnairePastedInDM pastes a 150-question questionnaire into a
// DM and checks what a user gets back: an answer Slack accepts, a summary of
// what to send, and every question in the CSV attached to the thread.
//
// testdata/vsaq_paste.txt: from Google's Vendor Security Assessment
// Questionnaire (github.com/google/vsaq), Copyright 2016 Google Inc., Apache
// License 2.0.
func TestRealQuestionnairePastedInDM(t *testing.T) {
	paste, err := os.ReadFile("testdata/vsaq_paste.txt")
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, m := range numberedQuestion.FindAllStringSubmatch(string(paste), -1) {
		want = append(want, strings.TrimSpace(m[1]))
	}
	if len(want) != 150 {
		t.Fatalf("test data has %d numbered questions, want 150", len(want))
	}
	eng, err := triage.NewEngine()
	if err != nil {
		t.Fatal(err)
	}
	h := start(t, Config{}, Deps{Engine: eng})
	ts := h.srv.NextTS()
	h.waitAck(h.event(slacktest.DirectMessage("D0ALICE01", "U0ALICE01", string(paste), ts, ""), slacktest.EventOpts{}))

	post := h.noticeIn(1, "", "SOC triage: ") // a top-level DM is answered at the top
	var blocks []struct {
		Type string `json:"type"`
		Text *struct {
			Text string `json:"text"`
		} `json:"text"`
		BlockID string `json:"block_id"`
	}
	if err := json.Unmarshal([]byte(post.Params.Get("blocks")), &blocks); err != nil {
		t.Fatalf("answer blocks: %v", err)
	}
	if len(blocks) == 0 || len(blocks) > 50 {
		t.Errorf("%d blocks, Slack accepts 1 to 50", len(blocks))
	}
	var summary string
	for _, b := range blocks {
		if b.Type == "section" && b.Text != nil {
			if n := len([]rune(b.Text.Text)); n > 3000 {
				t.Errorf("section %s has %d characters, Slack accepts 3000", b.BlockID, n)
			}
			if b.BlockID == "socbot_send" {
				summary = b.Text.Text
			}
		}
	}
	t.Logf("headline: %s\nwhat to send (%d characters):\n%s", post.Params.Get("text"), len(summary), summary)
	if !strings.Contains(summary, "What to send") || !strings.Contains(summary, "SOC 2 Type 2") {
		t.Errorf("summary lacks what to send or the SOC 2 Type 2 report:\n%s", summary)
	}
	if text := post.Text(); !strings.Contains(text, "attached file") {
		t.Errorf("answer does not point to the CSV for the questions it leaves out:\n%s", text)
	}

	up := h.waitCalls("files.completeUploadExternal", 1)[0]
	if up.Params.Get("channel_id") != "D0ALICE01" || up.Params.Get("thread_ts") == "" {
		t.Errorf("CSV shared to %v, want the thread of the answer in D0ALICE01", up.Params)
	}
	uploads := h.srv.Calls("upload")
	if len(uploads) != 1 || !strings.HasSuffix(uploads[0].Params.Get("filename"), ".csv") {
		t.Fatalf("uploads = %v, want one CSV", uploads)
	}
	rows, err := csv.NewReader(bytes.NewReader(uploads[0].Body)).ReadAll()
	if err != nil {
		t.Fatalf("uploaded CSV: %v", err)
	}
	if len(rows) < 1+len(want) {
		t.Fatalf("CSV has %d rows, want a header and at least %d questions", len(rows), len(want))
	}
	col := map[string]int{}
	for i, name := range rows[0] {
		col[name] = i
	}
	got := map[string]bool{}
	for _, r := range rows[1:] {
		got[r[col["question"]]] = true
		if r[col["report"]] == "" {
			t.Errorf("question %s has no report: %v", r[col["id"]], r)
		}
	}
	for _, q := range want {
		if !got[q] {
			t.Errorf("question missing from the CSV (merged or cut by the splitter?): %q", q)
		}
	}
}
