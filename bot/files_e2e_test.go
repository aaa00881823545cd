package bot

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/socbot/socbot/internal/questionnaire"
	"github.com/socbot/socbot/internal/slacktest"
	"github.com/socbot/socbot/internal/state"
	"github.com/socbot/socbot/internal/triage"
)

// vendorXLSX builds a small vendor questionnaire: a title block, a header row
// with an ID column and an empty answer column.
func vendorXLSX(t *testing.T) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	sh := "Security"
	if err := f.SetSheetName("Sheet1", sh); err != nil {
		t.Fatal(err)
	}
	rows := [][]any{
		{"Acme vendor security questionnaire"},
		{},
		{"ID", "Question", "Answer"},
		{"ENC-01", "Do you encrypt customer data at rest?", ""},
		{"PAY-01", "Do you process payroll for your customers?", ""},
		{"ACC-01", "Are user access reviews performed quarterly?", ""},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow(sh, cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// zipBomb is an XLSX-shaped zip whose sheet inflates to n MB of zeros.
func zipBomb(t *testing.T, mb int) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range []string{"[Content_Types].xml", "xl/workbook.xml"} {
		w, _ := zw.Create(name)
		_, _ = w.Write([]byte("<x/>"))
	}
	w, err := zw.Create("xl/worksheets/sheet1.xml")
	if err != nil {
		t.Fatal(err)
	}
	zero := make([]byte, 1<<20)
	for range mb {
		_, _ = w.Write(zero)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// sheetRows opens an uploaded workbook and returns its first sheet's rows.
func sheetRows(t *testing.T, data []byte) [][]string {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("uploaded file is not a workbook: %v", err)
	}
	defer f.Close()
	rows, err := f.GetRows(f.GetSheetName(0))
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// dropMetrics records the reasons of Dropped.
type dropMetrics struct {
	nopMetrics
	mu      sync.Mutex
	reasons []string
}

func (m *dropMetrics) Dropped(reason string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.reasons = append(m.reasons, reason)
}

func (m *dropMetrics) all() []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	return slices.Clone(m.reasons)
}

// noticeIn waits for the n-th post and checks it is in thread and says want.
func (h *harness) noticeIn(n int, thread, want string) slacktest.Call {
	h.t.Helper()
	c := h.waitCalls("chat.postMessage", n)[n-1]
	if got := c.Params.Get("thread_ts"); got != thread {
		h.t.Errorf("posted in thread %q, want %q", got, thread)
	}
	if !strings.Contains(c.Text(), want) {
		h.t.Errorf("message lacks %q:\n%s", want, c.Text())
	}
	return c
}

func TestFileInDMTriagedAndUploaded(t *testing.T) {
	eng, err := triage.NewEngine()
	if err != nil {
		t.Fatal(err)
	}
	h := start(t, Config{}, Deps{Engine: eng, Inventory: testInventory(time.Now())})
	f := h.srv.AddFile(slacktest.File{Name: "vendor.xlsx", Filetype: "xlsx", Content: vendorXLSX(t)})
	ts := h.srv.NextTS()
	h.event(h.srv.WithFiles(slacktest.DirectMessage("D0ALICE01", "U0ALICE01", "", ts, ""), f), slacktest.EventOpts{})

	up := h.waitCalls("files.completeUploadExternal", 1)[0]
	dl := h.srv.Calls("download")
	if len(dl) != 1 || dl[0].Params.Get("authorization") != "Bearer "+slacktest.BotToken {
		t.Fatalf("downloads = %+v, want one with the bot token", dl)
	}
	if up.Params.Get("channel_id") != "D0ALICE01" || up.Params.Get("thread_ts") != "" {
		t.Errorf("file shared to %v, want the top of D0ALICE01", up.Params)
	}
	uploads := h.srv.Calls("upload")
	if len(uploads) != 1 || uploads[0].Params.Get("filename") != "vendor-triaged.xlsx" {
		t.Fatalf("uploads = %v, want one vendor-triaged.xlsx", uploads)
	}
	rows := sheetRows(t, uploads[0].Body)
	header := strings.Join(rows[2], "|")
	for _, col := range []string{"Question", "SOC report", "Criteria", "Why"} {
		if !strings.Contains(header, col) {
			t.Errorf("header row %q lacks %q", header, col)
		}
	}
	if enc := strings.Join(rows[3], "|"); !strings.Contains(enc, "SOC 2") || !strings.Contains(enc, "CC6") {
		t.Errorf("encryption row not answered: %q", enc)
	}
	if cov := slices.Index(rows[2], "Coverage"); cov < 0 || cov >= len(rows[3]) || rows[3][cov] == "" {
		t.Errorf("no coverage from the inventory: header %q, row %q", rows[2], rows[3])
	}

	sum := h.noticeIn(1, "", "SOC triage: 3 questions")
	if !strings.Contains(sum.Text(), "vendor-triaged.xlsx") || !strings.Contains(sum.Text(), "3 questions") {
		t.Errorf("summary does not name the file:\n%s", sum.Text())
	}
	add := h.waitCalls("reactions.add", 1)[0]
	rm := h.waitCalls("reactions.remove", 1)[0]
	for _, c := range []slacktest.Call{add, rm} {
		if c.Params.Get("name") != workingReaction || c.Params.Get("timestamp") != ts {
			t.Errorf("%s = %v, want %s on %s", c.Method, c.Params, workingReaction, ts)
		}
	}
	if !add.At.Before(up.At) || rm.At.Before(up.At) {
		t.Errorf("working reaction at %v–%v does not span the upload at %v", add.At, rm.At, up.At)
	}
}

// A file shared at the top of a DM is answered at the top of the DM, as a
// text DM is; one shared in a DM thread is answered in that thread. Either
// way the answer, the filled file and a refusal's line are in the same place.
func TestFileInDMAnsweredWhereShared(t *testing.T) {
	for _, tc := range []struct {
		name     string
		inThread bool
	}{
		{"top of the DM", false},
		{"in a DM thread", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h := start(t, Config{Workers: 1}, Deps{})
			good := h.srv.AddFile(slacktest.File{Name: "q.csv", Content: []byte("question\nDo you encrypt backups?\n")})
			pdf := h.srv.AddFile(slacktest.File{Name: "q.pdf", Content: []byte("%PDF-1.7\n1 0 obj <<>> endobj\n")})
			root := h.srv.NextTS()
			ts, thread := root, ""
			if tc.inThread {
				ts, thread = h.srv.NextTS(), root
			}
			h.event(h.srv.WithFiles(slacktest.DirectMessage("D0ALICE01", "U0ALICE01", "", ts, thread), good, pdf), slacktest.EventOpts{})

			up := h.waitCalls("files.completeUploadExternal", 1)[0]
			if up.Params.Get("channel_id") != "D0ALICE01" || up.Params.Get("thread_ts") != thread {
				t.Errorf("filled file shared to %v, want D0ALICE01 thread %q", up.Params, thread)
			}
			posts := h.waitCalls("chat.postMessage", 2)
			h.waitCalls("reactions.remove", 1)
			h.sentinel()
			if n := len(h.calls("chat.postMessage")); n != 2 {
				t.Errorf("%d messages, want the answer and the PDF line", n)
			}
			for i, want := range []string{"From `q.csv`", "PDF files cannot be read"} {
				p := posts[i].Params
				if p.Get("channel") != "D0ALICE01" || p.Get("thread_ts") != thread {
					t.Errorf("message %d posted at %v, want D0ALICE01 thread %q", i, p, thread)
				}
				if !strings.Contains(posts[i].Text(), want) {
					t.Errorf("message %d lacks %q:\n%s", i, want, posts[i].Text())
				}
			}
			if add := h.calls("reactions.add"); len(add) != 1 || add[0].Params.Get("timestamp") != ts {
				t.Errorf("working reaction on %v, want the message %s", add, ts)
			}
		})
	}
}

func TestFileMentionInThreadCSV(t *testing.T) {
	h := start(t, Config{Workers: 1}, Deps{})
	csv := "id,question\nQ1,Do you encrypt backups?\nQ2,Do you process payroll?\nQ3,=HYPERLINK(\"x\")\n"
	f := h.srv.AddFile(slacktest.File{Name: "acme.csv", Filetype: "csv", Content: []byte(csv)})
	root := h.srv.NextTS()
	ts := h.srv.NextTS()
	// In a channel, a shared file that mentions socbot arrives as app_mention
	// and as message.channels; the message is left to the mention.
	h.event(h.srv.WithFiles(slacktest.Mention("C0SALES01", "U0ALICE01", mention+" please", ts, root), f), slacktest.EventOpts{})
	h.event(h.srv.WithFiles(slacktest.ChannelMessage("C0SALES01", "U0ALICE01", mention+" please", ts, root), f), slacktest.EventOpts{})

	h.waitCalls("files.completeUploadExternal", 1)
	sum := h.noticeIn(1, root, "SOC 2")
	if strings.Contains(sum.Text(), "Mention me with the questions") {
		t.Errorf("file mention answered as a bare mention:\n%s", sum.Text())
	}
	up := h.srv.Calls("upload")[0]
	if up.Params.Get("filename") != "acme-triaged.csv" {
		t.Errorf("uploaded %q, want acme-triaged.csv", up.Params.Get("filename"))
	}
	body := string(up.Body)
	if !strings.Contains(body, "CC6.1") || strings.Contains(body, "\n=HYPERLINK") || !strings.Contains(body, "'=HYPERLINK") {
		t.Errorf("uploaded CSV not answered or not neutralised:\n%s", body)
	}
	h.sentinel()
	if n := len(h.srv.Calls("upload")); n != 1 {
		t.Errorf("%d uploads, want 1", n)
	}
}

func TestFileRefusals(t *testing.T) {
	for _, tc := range []struct {
		name     string
		file     slacktest.File
		fail     int // download status injected for every try
		want     string
		reason   string // socbot_dropped_total reason
		download bool   // whether a download may happen
	}{
		{name: "pdf", file: slacktest.File{Name: "q.pdf", Content: []byte("%PDF-1.7\n1 0 obj <<>> endobj\n")},
			want: "PDF files cannot be read", reason: "file_pdf", download: true},
		{name: "zip bomb", file: slacktest.File{Name: "bomb.xlsx", Content: zipBomb(t, 16)},
			want: "`bomb.xlsx`:", reason: "file_zip_bomb", download: true},
		{name: "size field over limit", file: slacktest.File{Name: "big.xlsx", Size: 21 << 20, Content: []byte("small")},
			want: "larger than 20 MB", reason: "file_too_large"},
		{name: "not found", file: slacktest.File{Name: "gone.xlsx", Status: 404, Content: []byte("x")},
			want: "couldn't download `gone.xlsx`", reason: "file_download", download: true},
		{name: "server error", file: slacktest.File{Name: "flaky.csv", Content: []byte("x")}, fail: 500,
			want: "couldn't download `flaky.csv`", reason: "file_download", download: true},
		{name: "image", file: slacktest.File{Name: "cat.png", Content: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")},
			want: "`cat.png`:", reason: "file_unsupported", download: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			m := &dropMetrics{}
			h := start(t, Config{Workers: 1}, Deps{Metrics: m})
			if tc.fail != 0 {
				h.srv.Fail("download", maxAttempts, slacktest.Failure{Status: tc.fail})
			}
			f := h.srv.AddFile(tc.file)
			ts := h.srv.NextTS()
			h.event(h.srv.WithFiles(slacktest.DirectMessage("D0ALICE01", "U0ALICE01", "", ts, ""), f), slacktest.EventOpts{})
			h.noticeIn(1, "", tc.want)
			h.waitCalls("reactions.remove", 1)
			if got := m.all(); !slices.Contains(got, tc.reason) {
				t.Errorf("dropped reasons %v lack %q", got, tc.reason)
			}
			if n := len(h.srv.Calls("upload")); n != 0 {
				t.Errorf("%d uploads, want none", n)
			}
			if n := len(h.srv.Calls("download")); !tc.download && n != 0 {
				t.Errorf("%d downloads, want none (refused on the size field)", n)
			}
			h.sentinel()
			if n := len(h.calls("chat.postMessage")); n != 1 {
				t.Errorf("%d messages, want 1", n)
			}
		})
	}
}

// A file whose size field understates it is cut off while streaming: the
// download stops long before the end of the content.
func TestFileStreamCappedAtLimit(t *testing.T) {
	lim := questionnaire.DefaultLimits()
	lim.MaxFileSize = 64 << 10
	h := start(t, Config{Files: FileConfig{Limits: lim}}, Deps{})
	content := bytes.Repeat([]byte("Do you encrypt?\n"), 2<<20) // 32 MB
	f := h.srv.AddFile(slacktest.File{Name: "liar.csv", Size: 100, Content: content})
	ts := h.srv.NextTS()
	h.event(h.srv.WithFiles(slacktest.DirectMessage("D0ALICE01", "U0ALICE01", "", ts, ""), f), slacktest.EventOpts{})
	h.noticeIn(1, "", "larger than 64 KB")
	if n := len(h.srv.Calls("download")); n != 1 {
		t.Errorf("%d downloads, want 1 (no retry of an oversized file)", n)
	}
	// Once the server's write of the download has ended, Served is final.
	if err := h.srv.WaitStreamed(h.wctx(), f.ID, 1); err != nil {
		t.Fatal(err)
	}
	// Loopback socket buffers may take a few MB beyond what the bot read.
	if served := h.srv.Served(f.ID); served >= int64(len(content))/2 {
		t.Errorf("server wrote %d of %d bytes: the download was not cut short", served, len(content))
	}
}

func TestFileDuplicateDeliveryOneUpload(t *testing.T) {
	h := start(t, Config{Workers: 1}, Deps{})
	f := h.srv.AddFile(slacktest.File{Name: "q.csv", Content: []byte("question\nDo you encrypt backups?\n")})
	ts := h.srv.NextTS()
	ev := func() map[string]any {
		return h.srv.WithFiles(slacktest.DirectMessage("D0ALICE01", "U0ALICE01", "", ts, ""), f)
	}
	// A redelivery of the same event, and the same message under another event id.
	h.event(ev(), slacktest.EventOpts{EventID: "Ev0FILE1"})
	h.event(ev(), slacktest.EventOpts{EventID: "Ev0FILE1", RetryAttempt: 1})
	h.event(ev(), slacktest.EventOpts{EventID: "Ev0FILE2"})
	h.waitCalls("files.completeUploadExternal", 1)
	h.sentinel()
	if n := len(h.srv.Calls("upload")); n != 1 {
		t.Errorf("%d uploads, want 1", n)
	}
	if n := len(h.calls("chat.postMessage")); n != 1 {
		t.Errorf("%d summaries, want 1", n)
	}
}

// files.info fills in a file object that arrives without its download URL,
// and a redirect or two on the way to the content is followed.
func TestFilePartialObjectAndRedirects(t *testing.T) {
	h := start(t, Config{}, Deps{})
	f := h.srv.AddFile(slacktest.File{Name: "q.csv", Partial: true, Redirects: 2, Content: []byte("question\nDo you encrypt backups?\n")})
	ts := h.srv.NextTS()
	h.event(h.srv.WithFiles(slacktest.DirectMessage("D0ALICE01", "U0ALICE01", "", ts, ""), f), slacktest.EventOpts{})
	h.waitCalls("files.completeUploadExternal", 1)
	if n := len(h.srv.Calls("files.info")); n != 1 {
		t.Errorf("%d files.info calls, want 1", n)
	}
	h.noticeIn(1, "", "From `q.csv`")
	if n := len(h.srv.Calls("download")); n != 3 {
		t.Errorf("%d download requests, want 3 (two redirects)", n)
	}
}

func TestFileTooManyRedirects(t *testing.T) {
	h := start(t, Config{}, Deps{})
	f := h.srv.AddFile(slacktest.File{Name: "loop.csv", Redirects: 10, Content: []byte("question\nDo you encrypt?\n")})
	ts := h.srv.NextTS()
	h.event(h.srv.WithFiles(slacktest.DirectMessage("D0ALICE01", "U0ALICE01", "", ts, ""), f), slacktest.EventOpts{})
	h.noticeIn(1, "", "couldn't download")
	if n := len(h.srv.Calls("download")); n > maxAttempts*(maxRedirects+1) {
		t.Errorf("%d download requests, want at most %d", n, maxAttempts*(maxRedirects+1))
	}
}

// With every file slot and waiting place taken, a new file gets a busy reply
// at once instead of holding a worker.
func TestFileBusyWhenGateFull(t *testing.T) {
	h := start(t, Config{Files: FileConfig{Jobs: 1, Waiting: 1}}, Deps{})
	for range 2 {
		if !h.bot.fileGate.enter() {
			t.Fatal("gate full too early")
		}
	}
	defer func() { h.bot.fileGate.leave(); h.bot.fileGate.leave() }()
	f := h.srv.AddFile(slacktest.File{Name: "q.csv", Content: []byte("question\nDo you encrypt backups?\n")})
	ts := h.srv.NextTS()
	h.event(h.srv.WithFiles(slacktest.DirectMessage("D0ALICE01", "U0ALICE01", "", ts, ""), f), slacktest.EventOpts{})
	h.noticeIn(1, "", "reading other questionnaire files")
	if n := len(h.srv.Calls("download")); n != 0 {
		t.Errorf("%d downloads while busy, want none", n)
	}
	// Text questions still get answered.
	h.event(slacktest.DirectMessage("D0ALICE01", "U0ALICE01", "Do you encrypt backups?", h.srv.NextTS(), ""), slacktest.EventOpts{})
	if c := h.waitCalls("chat.postMessage", 2)[1]; !strings.Contains(c.Text(), "SOC 2") {
		t.Errorf("text answer while files busy:\n%s", c.Text())
	}
}

func TestFileEventsIgnored(t *testing.T) {
	h := start(t, Config{WatchChannels: []string{"C0WATCH01"}, Workers: 1}, Deps{})
	f := h.srv.AddFile(slacktest.File{Name: "q.csv", Content: []byte("question\nDo you encrypt backups?\n")})
	own := h.srv.WithFiles(slacktest.DirectMessage("D0ALICE01", slacktest.BotUserID, "", h.srv.NextTS(), ""), f)
	bot := h.srv.WithFiles(slacktest.DirectMessage("D0ALICE01", "U0ALICE01", "", h.srv.NextTS(), ""), f)
	bot["bot_id"] = "B0OTHER01"
	channel := h.srv.WithFiles(slacktest.ChannelMessage("C0WATCH01", "U0ALICE01", "", h.srv.NextTS(), ""), f)
	for _, e := range []map[string]any{own, bot, channel} {
		h.waitAck(h.event(e, slacktest.EventOpts{}))
	}
	h.sentinel()
	for _, m := range []string{"download", "chat.postMessage", "reactions.add"} {
		if n := len(h.calls(m)); n != 0 {
			t.Errorf("%d %s calls, want none", n, m)
		}
	}
}

// The file object in events decodes into what the bot reads.
func TestFileObjectShape(t *testing.T) {
	srv := slacktest.New()
	defer srv.Close()
	f := srv.AddFile(slacktest.File{Name: "v.xlsx", Content: []byte("abc")})
	raw, _ := json.Marshal(srv.FileObject(f))
	var got struct {
		Size int    `json:"size"`
		URL  string `json:"url_private_download"`
	}
	if err := json.Unmarshal(raw, &got); err != nil || got.Size != 3 || !strings.HasPrefix(got.URL, "http://127.0.0.1") {
		t.Errorf("file object %s: %+v %v", raw, got, err)
	}
}

// "@socbot" alone in the thread of a shared file triages the file; a later
// mention in the same thread is a new request and is answered again.
func TestFileBareMentionOnThreadRoot(t *testing.T) {
	h := start(t, Config{}, Deps{})
	f := h.srv.AddFile(slacktest.File{Name: "acme.csv", Content: []byte("question\nDo you encrypt backups?\n")})
	root := h.srv.AddMessage(slacktest.Message{Channel: "C0SALES01", User: "U0BOB0001", Text: "From Acme", Files: []slacktest.File{f}})
	for i := 1; i <= 2; i++ {
		h.event(slacktest.Mention("C0SALES01", "U0ALICE01", mention, h.srv.NextTS(), root.TS), slacktest.EventOpts{})
		up := h.waitCalls("files.completeUploadExternal", i)[i-1]
		if up.Params.Get("thread_ts") != root.TS {
			t.Errorf("upload %d in thread %q, want %q", i, up.Params.Get("thread_ts"), root.TS)
		}
		h.noticeIn(i, root.TS, "acme-triaged.csv")
		if r := h.waitCalls("reactions.add", i)[i-1]; r.Params.Get("timestamp") != root.TS {
			t.Errorf("working reaction on %q, want the file's message %q", r.Params.Get("timestamp"), root.TS)
		}
	}
}

// A file arriving while every running slot is taken waits its turn, showing
// the working reaction, and is answered once a slot frees.
func TestFileWaitsForTurn(t *testing.T) {
	h := start(t, Config{Files: FileConfig{Jobs: 1, Waiting: 1}}, Deps{})
	h.bot.fileGate.run <- struct{}{} // another file is being read
	f := h.srv.AddFile(slacktest.File{Name: "q.csv", Content: []byte("question\nDo you encrypt backups?\n")})
	ts := h.srv.NextTS()
	h.event(h.srv.WithFiles(slacktest.DirectMessage("D0ALICE01", "U0ALICE01", "", ts, ""), f), slacktest.EventOpts{})
	h.waitCalls("reactions.add", 1)
	// The handler is waiting for its turn: whatever it did before, it did.
	h.waitBlocked("bot.(*fileGate).start")
	if n := len(h.srv.Calls("download")); n != 0 {
		t.Fatalf("%d downloads before a slot was free, want none", n)
	}
	<-h.bot.fileGate.run
	h.waitCalls("files.completeUploadExternal", 1)
	h.waitCalls("reactions.remove", 1)
}

// A rate-limited person is told so in the thread and the file is never downloaded.
func TestFileRateLimitedBeforeDownload(t *testing.T) {
	store := state.NewMemory(state.Config{})
	h := start(t, Config{RateLimit: 1, Workers: 1}, Deps{Store: store})
	if ok, _, _ := store.Allow(t.Context(), slacktest.TeamID, "U0ALICE01", 1, 1); !ok {
		t.Fatal("the first question of the minute was refused")
	}
	f := h.srv.AddFile(slacktest.File{Name: "q.csv", Content: []byte("question\nDo you encrypt backups?\n")})
	ts := h.srv.NextTS()
	h.event(h.srv.WithFiles(slacktest.DirectMessage("D0ALICE01", "U0ALICE01", "", ts, ""), f), slacktest.EventOpts{})
	h.waitCalls("reactions.remove", 1)
	h.sentinel()
	if n := len(h.srv.Calls("download")) + len(h.srv.Calls("upload")); n != 0 {
		t.Errorf("%d downloads and uploads for a rate-limited person, want none", n)
	}
	if n := len(h.calls("chat.postMessage")) + len(h.calls("chat.postEphemeral")); n != 1 {
		t.Errorf("%d notices, want 1 (the rate limit)", n)
	}
}

// A file's answer in a DM stands on its own: it names no set of questions, so
// a reply written under it is answered alone, in that thread, as a new set,
// and the file's answer is left as it was (docs/slack.md says so).
func TestFileAnswerInDMReplyStartsNewSet(t *testing.T) {
	h := start(t, Config{Workers: 1}, Deps{})
	f := h.srv.AddFile(slacktest.File{Name: "q.csv", Content: []byte("question\nDo you encrypt backups?\n")})
	h.event(h.srv.WithFiles(slacktest.DirectMessage("D0ALICE01", "U0ALICE01", "", h.srv.NextTS(), ""), f), slacktest.EventOpts{})
	h.waitCalls("files.completeUploadExternal", 1)
	h.waitCalls("reactions.remove", 1)
	answerTS := ""
	for _, m := range h.srv.History("D0ALICE01") {
		if m.BotID != "" && answerTS == "" {
			answerTS = m.TS // the file's answer is the bot's first message
		}
	}
	if first := h.calls("chat.postMessage"); answerTS == "" || len(first) != 1 || !strings.Contains(first[0].Text(), "q.csv") {
		t.Fatalf("no answer to the file in the DM (answer ts %q)", answerTS)
	}
	h.event(slacktest.DirectMessage("D0ALICE01", "U0ALICE01", "Do you process payroll?", h.srv.NextTS(), answerTS), slacktest.EventOpts{})
	posts := h.waitCalls("chat.postMessage", 2)
	h.sentinel()
	p := posts[1]
	if p.Params.Get("thread_ts") != answerTS || !strings.Contains(p.Text(), "SOC 1 Type 2") || strings.Contains(p.Text(), "messages of this thread") {
		t.Errorf("reply answered in thread %q with:\n%s\nwant an answer of its own under the file's answer %s", p.Params.Get("thread_ts"), p.Text(), answerTS)
	}
	if n := len(h.calls("chat.update")); n != 0 {
		t.Errorf("%d updates, want the file's answer left alone", n)
	}
}
