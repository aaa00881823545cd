package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/socbot/socbot/internal/slacktest"
	"github.com/socbot/socbot/internal/state"
	"github.com/socbot/socbot/internal/triage"
)

type postedBlock struct {
	Type    string `json:"type"`
	BlockID string `json:"block_id"`
	Text    *struct {
		Text string `json:"text"`
	} `json:"text"`
	Accessory *struct {
		ActionID string `json:"action_id"`
		Value    string `json:"value"`
	} `json:"accessory"`
	Elements []struct {
		ActionID string `json:"action_id"`
		Value    string `json:"value"`
	} `json:"elements"`
}

func postedBlocks(t *testing.T, c slacktest.Call) []postedBlock {
	t.Helper()
	var out []postedBlock
	if err := json.Unmarshal([]byte(c.Params.Get("blocks")), &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// A 60-question answer is one screen with its file attached; on request each
// question goes to the thread with its own Wrong? button, and a click there
// records a vote with that question's rules, which `socbot feedback` ranks.
func TestLongAnswerDetailAndQuestionVotes(t *testing.T) {
	h := start(t, Config{}, Deps{})
	var paste strings.Builder
	for i := range 60 {
		if i == 41 {
			fmt.Fprintf(&paste, "Do you process payroll for client %d?\n", i)
			continue
		}
		fmt.Fprintf(&paste, "Do you encrypt backups of system %d?\n", i)
	}
	ts := h.srv.NextTS()
	text := mention + " " + paste.String()
	h.srv.AddMessage(slacktest.Message{Channel: "C0SALES01", TS: ts, User: "U0ALICE01", Text: text})
	h.event(slacktest.Mention("C0SALES01", "U0ALICE01", text, ts, ""), slacktest.EventOpts{})

	answer := h.waitCalls("chat.postMessage", 1)[0]
	blocks := postedBlocks(t, answer)
	var detail string
	for _, b := range blocks {
		if b.Accessory != nil {
			t.Errorf("a 60-question answer lists question %s", b.BlockID)
		}
		for _, e := range b.Elements {
			if e.ActionID == actionDetail {
				detail = e.Value
			}
		}
	}
	if len(blocks) > 8 || detail != "m:"+ts {
		t.Fatalf("60-question answer: %d blocks, detail button %q; want one screen and the button", len(blocks), detail)
	}
	if !strings.Contains(answer.Text(), "attached file") {
		t.Errorf("answer does not say where the questions are:\n%s", answer.Text())
	}
	h.waitCalls("files.completeUploadExternal", 1)

	answerTS := botTS(t, h.srv, "C0SALES01")
	if _, _, err := h.srv.SendBlockAction(h.wctx(), slacktest.Action{Channel: "C0SALES01", User: "U0BOB0001",
		ActionID: actionDetail, Value: detail, MessageTS: answerTS, ThreadTS: ts}); err != nil {
		t.Fatal(err)
	}
	posts := h.waitCalls("chat.postMessage", 3) // the answer, then 40 + 20 questions
	var wrong string
	questions := 0
	for _, p := range posts[1:] {
		if p.Params.Get("thread_ts") != ts {
			t.Errorf("detail posted in thread %q, want %q", p.Params.Get("thread_ts"), ts)
		}
		for _, b := range postedBlocks(t, p) {
			if b.Accessory == nil || b.Accessory.ActionID != actionWrong {
				continue
			}
			questions++
			if strings.Contains(b.Text.Text, "client 41") {
				wrong = b.Accessory.Value
			}
		}
	}
	if questions != 60 || wrong == "" {
		t.Fatalf("detail lists %d questions (want 60), payroll question's button %q", questions, wrong)
	}

	if _, _, err := h.srv.SendBlockAction(h.wctx(), slacktest.Action{Channel: "C0SALES01", User: "U0BOB0001",
		ActionID: actionWrong, Value: wrong, MessageTS: answerTS}); err != nil {
		t.Fatal(err)
	}
	resp := h.waitCalls("response_url", 1)
	if !strings.Contains(string(resp[0].Body), "logged the verdict on q42 as wrong") {
		t.Errorf("vote reply %s", resp[0].Body)
	}
	var fb []triage.Feedback
	for deadline := time.Now().Add(5 * time.Second); len(fb) == 0 && time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		fb, _ = h.bot.store.(interface {
			ListFeedback(context.Context, time.Time) ([]triage.Feedback, error)
		}).ListFeedback(context.Background(), time.Now().Add(-time.Hour))
	}
	if len(fb) != 1 || fb[0].Vote != triage.VoteDown || !slices.Equal(fb[0].Rules, []string{"soc1.payroll"}) ||
		!slices.Equal(fb[0].QuestionIDs, []string{"q42"}) {
		t.Fatalf("votes = %+v, want one 👎 on q42 with rule soc1.payroll", fb)
	}
	if scores := state.RankRules(fb); len(scores) != 1 || scores[0].Rule != "soc1.payroll" || scores[0].Down != 1 {
		t.Errorf("socbot feedback ranks %+v, want soc1.payroll with one 👎", scores)
	}
}

// longPaste is n questions, one per line.
func longPaste(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "Do you encrypt backups of system %d?\n", i)
	}
	return b.String()
}

// detailButton returns the value of an answer's Each question in the thread
// button, "" when it has none.
func detailButton(t *testing.T, c slacktest.Call) string {
	t.Helper()
	for _, b := range postedBlocks(t, c) {
		for _, e := range b.Elements {
			if e.ActionID == actionDetail {
				return e.Value
			}
		}
	}
	return ""
}

// detailQuestions counts the questions listed by detail posts, each with its
// Wrong? button.
func detailQuestions(t *testing.T, posts []slacktest.Call) int {
	t.Helper()
	n := 0
	for _, p := range posts {
		for _, b := range postedBlocks(t, p) {
			if b.Accessory != nil && b.Accessory.ActionID == actionWrong {
				n++
			}
		}
	}
	return n
}

// "@socbot" alone in a questionnaire's thread triages the thread's first
// message, so its Each question in the thread button re-reads that message,
// not the bare mention (which holds no question).
func TestBareMentionDetailRereadsThreadRoot(t *testing.T) {
	h := start(t, Config{Workers: 1}, Deps{})
	root, bare := h.srv.NextTS(), h.srv.NextTS()
	h.srv.AddMessage(slacktest.Message{Channel: "C0SALES01", TS: root, User: "U0ALICE01", Text: longPaste(60)})
	h.srv.AddMessage(slacktest.Message{Channel: "C0SALES01", TS: bare, ThreadTS: root, User: "U0BOB0001", Text: mention})
	h.event(slacktest.Mention("C0SALES01", "U0BOB0001", mention, bare, root), slacktest.EventOpts{})

	answer := h.waitCalls("chat.postMessage", 1)[0]
	if detail := detailButton(t, answer); detail != "m:"+root {
		t.Fatalf("detail button carries %q, want the thread's first message m:%s", detail, root)
	}
	h.waitCalls("files.completeUploadExternal", 1)
	if _, _, err := h.srv.SendBlockAction(h.wctx(), slacktest.Action{Channel: "C0SALES01", User: "U0BOB0001",
		ActionID: actionDetail, Value: "m:" + root, MessageTS: botTS(t, h.srv, "C0SALES01"), ThreadTS: root}); err != nil {
		t.Fatal(err)
	}
	posts := h.waitCalls("chat.postMessage", 3) // the answer, then 40 + 20 questions
	if n := detailQuestions(t, posts[1:]); n != 60 {
		t.Errorf("detail lists %d questions, want the root's 60", n)
	}
	for _, p := range posts[1:] {
		if p.Params.Get("thread_ts") != root {
			t.Errorf("detail posted in thread %q, want %q", p.Params.Get("thread_ts"), root)
		}
	}
}

// A detail post Slack refuses frees the button: the clicker is told why, and a
// later click posts the questions.
func TestFailedDetailPostFreesTheButton(t *testing.T) {
	h := start(t, Config{Workers: 1}, Deps{})
	ts := h.srv.NextTS()
	text := mention + " " + longPaste(30)
	h.srv.AddMessage(slacktest.Message{Channel: "C0SALES01", TS: ts, User: "U0ALICE01", Text: text})
	h.event(slacktest.Mention("C0SALES01", "U0ALICE01", text, ts, ""), slacktest.EventOpts{})
	detail := detailButton(t, h.waitCalls("chat.postMessage", 1)[0])
	if detail == "" {
		t.Fatal("a 30-question answer has no detail button")
	}
	h.waitCalls("files.completeUploadExternal", 1)
	answerTS := botTS(t, h.srv, "C0SALES01")
	click := func() {
		t.Helper()
		if _, _, err := h.srv.SendBlockAction(h.wctx(), slacktest.Action{Channel: "C0SALES01", User: "U0BOB0001",
			ActionID: actionDetail, Value: detail, MessageTS: answerTS, ThreadTS: ts}); err != nil {
			t.Fatal(err)
		}
	}

	h.srv.Fail("chat.postMessage", 1, slacktest.Failure{SlackError: "is_archived"})
	click()
	told := h.waitCalls("response_url", 1)[0]
	if !strings.Contains(string(told.Body), "archived") {
		t.Errorf("clicker told %s, want why the post failed", told.Body)
	}
	click()
	posts := h.waitCalls("chat.postMessage", 3) // the answer, the refused post, the questions
	if n := detailQuestions(t, posts[2:]); n != 30 {
		t.Errorf("second click lists %d questions, want 30", n)
	}
}

// A detail post that fails after its first part is retried from the part that
// failed: a later click never posts a part already in the thread, whether the
// state store remembers the parts or, being down, the thread is searched.
func TestFailedDetailPartIsNotPostedTwice(t *testing.T) {
	for _, down := range []bool{false, true} {
		t.Run(fmt.Sprintf("store down %v", down), func(t *testing.T) { testFailedDetailPart(t, down) })
	}
}

// claimOutageStore fails every Claim while down is set.
type claimOutageStore struct {
	*state.Memory
	down atomic.Bool
}

func (s *claimOutageStore) Claim(ctx context.Context, team, key string, ttl time.Duration) (bool, error) {
	if s.down.Load() {
		return false, errors.New("store unavailable")
	}
	return s.Memory.Claim(ctx, team, key, ttl)
}

func testFailedDetailPart(t *testing.T, storeDown bool) {
	store := &claimOutageStore{Memory: state.NewMemory(state.Config{})}
	h := start(t, Config{Workers: 1}, Deps{Store: store})
	const n = 2*detailPerMessage + 10 // three parts
	ts := h.srv.NextTS()
	text := mention + " " + longPaste(n)
	h.srv.AddMessage(slacktest.Message{Channel: "C0SALES01", TS: ts, User: "U0ALICE01", Text: text})
	h.event(slacktest.Mention("C0SALES01", "U0ALICE01", text, ts, ""), slacktest.EventOpts{})
	detail := detailButton(t, h.waitCalls("chat.postMessage", 1)[0])
	if detail == "" {
		t.Fatalf("a %d-question answer has no detail button", n)
	}
	h.waitCalls("files.completeUploadExternal", 1)
	answerTS := botTS(t, h.srv, "C0SALES01")
	click := func() {
		t.Helper()
		if _, _, err := h.srv.SendBlockAction(h.wctx(), slacktest.Action{Channel: "C0SALES01", User: "U0BOB0001",
			ActionID: actionDetail, Value: detail, MessageTS: answerTS, ThreadTS: ts}); err != nil {
			t.Fatal(err)
		}
	}

	h.srv.FailAfter("chat.postMessage", 1, 1, slacktest.Failure{SlackError: "is_archived"})
	click()
	h.waitCalls("response_url", 1)
	store.down.Store(storeDown)
	click()
	h.sentinel()

	var listed []string
	for _, p := range h.srv.Calls("chat.postMessage")[1:] {
		if p.Params.Get("channel") != "C0SALES01" || p.Params.Get("thread_ts") != ts {
			continue
		}
		for _, b := range postedBlocks(t, p) {
			if b.Accessory != nil && b.Accessory.ActionID == actionWrong {
				listed = append(listed, b.BlockID)
			}
		}
	}
	// The refused post is recorded too: its questions count once more.
	if want := n + detailPerMessage; len(listed) != want {
		t.Errorf("detail posts list %d questions, want %d (each part once, the refused one twice)", len(listed), want)
	}
	seen := map[string]int{}
	for _, id := range listed {
		seen[id]++
	}
	for i := range n {
		id := fmt.Sprintf("socbot_d%d", i)
		want := 1
		if i >= detailPerMessage && i < 2*detailPerMessage {
			want = 2 // refused once, then posted
		}
		if seen[id] != want {
			t.Errorf("question %d sent %d times, want %d", i, seen[id], want)
		}
	}
}
