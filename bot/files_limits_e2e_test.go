package bot

import (
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/socbot/socbot/internal/slacktest"
	"github.com/socbot/socbot/internal/triage"
)

// stuckEngine is fakeEngine whose Classify, for a question that says "stuck",
// waits until release is closed, and panics for one that says "panic": work
// that ignores every deadline, and work that breaks.
type stuckEngine struct {
	fakeEngine
	release chan struct{}
	once    sync.Once
	stuck   atomic.Int32 // classifications waiting on release
}

// free lets the stuck classifications go; it may be called more than once.
func (e *stuckEngine) free() { e.once.Do(func() { close(e.release) }) }

func (e *stuckEngine) Classify(q triage.Question) triage.Verdict {
	switch low := strings.ToLower(q.Text); {
	case strings.Contains(low, "stuck"):
		e.stuck.Add(1)
		<-e.release
		e.stuck.Add(-1)
	case strings.Contains(low, "panic"):
		panic("classifier broke")
	}
	return e.fakeEngine.Classify(q)
}

// postsIn returns the messages posted in a conversation's thread, or at its
// top level when thread is "".
func postsIn(srv *slacktest.Server, channel, thread string) []slacktest.Call {
	var out []slacktest.Call
	for _, c := range srv.Calls("chat.postMessage") {
		if c.Params.Get("channel") == channel && c.Params.Get("thread_ts") == thread {
			out = append(out, c)
		}
	}
	return out
}

// waitFor polls cond until it holds or the test's wait bound passes.
func (h *harness) waitFor(what string, cond func() bool) {
	h.t.Helper()
	ctx := h.wctx()
	for !cond() {
		select {
		case <-ctx.Done():
			h.t.Fatalf("gave up waiting for %s", what)
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// A file whose work runs past the file timeout frees its slot at the
// deadline, though the work itself is still stuck: another person's file,
// waiting for that slot, is answered meanwhile, and the first person is told
// in one line.
func TestFileTimeoutFreesSlotForAnotherUser(t *testing.T) {
	eng := &stuckEngine{release: make(chan struct{})}
	m := &dropMetrics{}
	h := start(t, Config{Files: FileConfig{Jobs: 1, Waiting: 2, Timeout: 500 * time.Millisecond}}, Deps{Engine: eng, Metrics: m})
	t.Cleanup(eng.free) // before the bot stops

	stuck := h.srv.AddFile(slacktest.File{Name: "stuck.csv", Content: []byte("question\nStuck: do you encrypt backups?\n")})
	quick := h.srv.AddFile(slacktest.File{Name: "quick.csv", Content: []byte("question\nDo you encrypt backups?\n")})
	alice := h.srv.NextTS()
	h.event(h.srv.WithFiles(slacktest.DirectMessage("D0ALICE01", "U0ALICE01", "", alice, ""), stuck), slacktest.EventOpts{})
	h.waitFor("the stuck classification", func() bool { return eng.stuck.Load() == 1 })
	bob := h.srv.NextTS()
	h.event(h.srv.WithFiles(slacktest.DirectMessage("D0BOB0001", "U0BOB0001", "", bob, ""), quick), slacktest.EventOpts{})

	up := h.waitCalls("files.completeUploadExternal", 1)[0]
	if up.Params.Get("channel_id") != "D0BOB0001" || up.Params.Get("thread_ts") != "" {
		t.Fatalf("uploaded to %v, want the top of Bob's DM", up.Params)
	}
	h.waitFor("Bob's answer", func() bool { return len(postsIn(h.srv, "D0BOB0001", "")) == 1 })
	if got := postsIn(h.srv, "D0BOB0001", "")[0].Text(); !strings.Contains(got, "From `quick.csv`") {
		t.Errorf("Bob's answer:\n%s", got)
	}
	told := postsIn(h.srv, "D0ALICE01", "")
	if len(told) != 1 {
		t.Fatalf("%d messages to Alice, want the one timeout line", len(told))
	}
	if got := strings.TrimSpace(told[0].Params.Get("text")); !strings.Contains(got, "`stuck.csv` took too long") || strings.Contains(got, "\n") {
		t.Errorf("Alice was told %q, want one line saying her file took too long", got)
	}
	// All of this happened while Alice's work was still stuck.
	if n := eng.stuck.Load(); n != 1 {
		t.Errorf("%d stuck classifications, want 1: the slot waited for the work", n)
	}
	if reasons := m.all(); !containsString(reasons, "file_timeout") {
		t.Errorf("dropped reasons %v lack file_timeout", reasons)
	}

	// Released, the abandoned work ends without a word. Its last step gives
	// back its work token, so once every token is back it has done all it
	// will ever do.
	eng.free()
	h.waitFor("the abandoned work", func() bool { return eng.stuck.Load() == 0 && len(h.bot.fileGate.work) == 0 })
	if n := len(postsIn(h.srv, "D0ALICE01", "")); n != 1 {
		t.Errorf("%d messages to Alice after the work ended, want still 1", n)
	}
	if n := len(h.srv.Calls("upload")); n != 1 {
		t.Errorf("%d uploads, want Bob's only", n)
	}
}

func containsString(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// panicMetrics records panics, and panics itself on Dropped when asked.
type panicMetrics struct {
	nopMetrics
	panicOnDrop bool
	mu          sync.Mutex
	panicked    []string
}

func (m *panicMetrics) Dropped(string) {
	if m.panicOnDrop {
		panic("metrics broke")
	}
}

func (m *panicMetrics) Panicked(surface string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.panicked = append(m.panicked, surface)
}

func (m *panicMetrics) all() []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]string(nil), m.panicked...)
}

// A panic anywhere in a file job is recovered and the person still hears back:
// one line of apology where the file was shared, the working reaction taken off.
func TestFilePanicApologises(t *testing.T) {
	for _, tc := range []struct {
		name    string
		file    slacktest.File
		metrics *panicMetrics
	}{
		{"in the reading and classifying", slacktest.File{Name: "boom.csv", Content: []byte("question\nPanic: do you encrypt backups?\n")}, &panicMetrics{}},
		{"in answering", slacktest.File{Name: "q.pdf", Content: []byte("%PDF-1.7\n")}, &panicMetrics{panicOnDrop: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h := start(t, Config{Workers: 1}, Deps{Engine: &stuckEngine{}, Metrics: tc.metrics})
			f := h.srv.AddFile(tc.file)
			ts := h.srv.NextTS()
			h.event(h.srv.WithFiles(slacktest.DirectMessage("D0ALICE01", "U0ALICE01", "", ts, ""), f), slacktest.EventOpts{})
			c := h.noticeIn(1, "", "Sorry, something went wrong on my side with `"+tc.file.Name+"`")
			if strings.Contains(strings.TrimSpace(c.Params.Get("text")), "\n") {
				t.Errorf("apology is more than one line: %q", c.Params.Get("text"))
			}
			h.waitCalls("reactions.remove", 1)
			h.sentinel()
			if n := len(h.calls("chat.postMessage")); n != 1 {
				t.Errorf("%d messages, want the apology only", n)
			}
			if got := tc.metrics.all(); len(got) != 1 || got[0] != "file" {
				t.Errorf("panics counted %v, want one for file", got)
			}
		})
	}
}

// Work left behind at a deadline still holds memory until it ends, so only as
// many works as running slots may be left behind: past that, a new file waits
// for one to end and, when its own deadline comes first, is told socbot is
// busy, without being downloaded. Once the work ends, files are answered.
func TestFileWorkLeftBehindIsBounded(t *testing.T) {
	eng := &stuckEngine{release: make(chan struct{})}
	m := &dropMetrics{}
	h := start(t, Config{Files: FileConfig{Jobs: 1, Waiting: 3, Timeout: 300 * time.Millisecond}}, Deps{Engine: eng, Metrics: m})
	t.Cleanup(eng.free)
	share := func(user, name, question string) string {
		f := h.srv.AddFile(slacktest.File{Name: name, Content: []byte("question\n" + question + "\n")})
		h.event(h.srv.WithFiles(slacktest.DirectMessage("D0"+user, "U0"+user, "", h.srv.NextTS(), ""), f), slacktest.EventOpts{})
		return "D0" + user // a file at the top of a DM is answered there
	}
	for i, user := range []string{"ALICE01", "BOB0001"} {
		dm := share(user, "stuck.csv", "Stuck: do you encrypt backups?")
		h.waitFor("the stuck classification", func() bool { return eng.stuck.Load() == int32(i+1) })
		h.waitFor("the timeout notice", func() bool { return len(postsIn(h.srv, dm, "")) == 1 })
	}
	carol := share("CAROL01", "quick.csv", "Do you encrypt backups?")
	h.waitFor("Carol's notice", func() bool { return len(postsIn(h.srv, carol, "")) == 1 })
	if got := postsIn(h.srv, carol, "")[0].Params.Get("text"); !strings.Contains(got, "still finishing other questionnaire files") {
		t.Errorf("Carol was told %q, want the busy line", got)
	}
	if n := len(h.srv.Calls("download")); n != 2 {
		t.Errorf("%d downloads, want 2: Carol's file waits for the left-behind work", n)
	}
	if reasons := m.all(); !containsString(reasons, "file_busy") {
		t.Errorf("dropped reasons %v lack file_busy", reasons)
	}

	eng.free()
	h.waitFor("the left-behind work", func() bool { return eng.stuck.Load() == 0 })
	dave := share("DAVE001", "quick.csv", "Do you encrypt backups?")
	h.waitCalls("files.completeUploadExternal", 1)
	h.waitFor("Dave's answer", func() bool { return len(postsIn(h.srv, dave, "")) == 1 })
}

// The file's deadline covers posting the answer and uploading the filled
// file too: a Slack call that hangs past it is given up, and the person is
// told in one line.
func TestFileDeadlineCoversPostAndUpload(t *testing.T) {
	for _, tc := range []struct {
		name, method, want string
		posts              int // messages in the thread, the line included
	}{
		{"posting the answer", "chat.postMessage", "`q.csv` took too long", 1},
		{"uploading the file", "files.completeUploadExternal", "I couldn't attach `q-triaged.csv`: it took too long", 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			m := &dropMetrics{}
			h := start(t, Config{Files: FileConfig{Timeout: time.Second}, Workers: 1}, Deps{Metrics: m})
			h.srv.Fail(tc.method, 1, slacktest.Failure{Stall: true})
			f := h.srv.AddFile(slacktest.File{Name: "q.csv", Content: []byte("question\nDo you encrypt backups?\n")})
			ts := h.srv.NextTS()
			h.event(h.srv.WithFiles(slacktest.DirectMessage("D0ALICE01", "U0ALICE01", "", ts, ""), f), slacktest.EventOpts{})
			h.waitFor("the line", func() bool {
				p := postsIn(h.srv, "D0ALICE01", "")
				return len(p) > 0 && strings.Contains(p[len(p)-1].Params.Get("text"), tc.want)
			})
			h.waitCalls("reactions.remove", 1)
			h.sentinel()
			if n := len(h.calls("chat.postMessage")); n != tc.posts+boolInt(tc.method == "chat.postMessage") {
				t.Errorf("%d postMessage calls, want the stalled one and %d more", n, tc.posts)
			}
			if reasons := m.all(); !containsString(reasons, "file_timeout") {
				t.Errorf("dropped reasons %v lack file_timeout", reasons)
			}
		})
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
