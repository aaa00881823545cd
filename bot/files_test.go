package bot

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"github.com/slack-go/slack"

	"github.com/socbot/socbot/internal/questionnaire"
	"github.com/socbot/socbot/internal/state"
	"github.com/socbot/socbot/internal/triage"
)

func TestFileFailure(t *testing.T) {
	done, cancel := context.WithCancel(context.Background())
	cancel()
	live := context.Background()
	pdf := &questionnaire.Error{Kind: questionnaire.KindPDF, Msg: "PDF files cannot be read reliably."}
	for _, tc := range []struct {
		name     string
		ctx      context.Context
		err      error
		want     string
		wantKind string
	}{
		{"reader message", live, fmt.Errorf("read: %w", pdf), "`q_1.pdf`: PDF files cannot be read reliably.", "pdf"},
		{"download", live, &downloadError{errors.New("slack server error: 500")}, "I couldn't download `q_1.pdf` from Slack", "download"},
		{"deadline", done, fmt.Errorf("triage: %w", context.DeadlineExceeded), "took too long", "timeout"},
		{"reader message wins over deadline", done, pdf, "PDF files", "pdf"},
		{"too large", live, questionnaire.TooLarge(20 << 20), "larger than 20 MB", "too_large"},
		{"other", live, errors.New("boom"), "Could not read this file", "other"},
		{"no name", live, &downloadError{errors.New("file_not_found")}, "I couldn't download the file from Slack", "download"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			name := "q_1.pdf"
			if tc.name == "no name" {
				name = ""
			}
			if got := fileFailure(tc.ctx, name, tc.err); !strings.Contains(got, tc.want) {
				t.Errorf("fileFailure = %q, want it to contain %q", got, tc.want)
			}
			if got := failureKind(tc.ctx, tc.err); got != tc.wantKind {
				t.Errorf("failureKind = %q, want %q", got, tc.wantKind)
			}
		})
	}
}

// A file name shows as typed: its * _ ~ are not read as markup, its < > &
// are escaped, and a backtick cannot end the code span early.
func TestFileLabel(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"vendor.xlsx", "`vendor.xlsx`"},
		{"*bold* _italic_ ~strike~.xlsx", "`*bold* _italic_ ~strike~.xlsx`"},
		{"<!channel> & co.csv", "`&lt;!channel&gt; &amp; co.csv`"},
		{"back`tick`.csv", "`backʹtickʹ.csv`"},
		{"two\nlines.csv", "`two lines.csv`"},
		{"", "the file"},
		{"  ", "the file"},
	} {
		if got := fileLabel(tc.name); got != tc.want {
			t.Errorf("fileLabel(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestCapped(t *testing.T) {
	c := capped{max: 10}
	if n, err := c.Write([]byte("0123456789")); n != 10 || err != nil {
		t.Fatalf("write up to the cap = %d, %v", n, err)
	}
	if _, err := c.Write([]byte("x")); !errors.Is(err, errOverCap) {
		t.Errorf("write past the cap: err = %v, want errOverCap", err)
	}
	if c.b.Len() != 10 {
		t.Errorf("buffer holds %d bytes, want 10", c.b.Len())
	}
}

func TestFileGate(t *testing.T) {
	g := newFileGate(FileConfig{Jobs: 1, Waiting: 1}.withDefaults())
	if !g.enter() || !g.enter() {
		t.Fatal("two jobs should be admitted (1 running, 1 waiting)")
	}
	if g.enter() {
		t.Fatal("a third job was admitted")
	}
	if !g.start(context.Background()) {
		t.Fatal("first start failed")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if g.start(ctx) {
		t.Error("second start did not wait for the running slot")
	}
	g.done()
	g.leave()
	if !g.enter() {
		t.Error("no room after a job left")
	}
}

func TestLongAnswerPointsToItsFile(t *testing.T) {
	var res triage.Result
	for i := range 400 {
		res.Items = append(res.Items, triage.Item{Question: triage.Question{ID: fmt.Sprint(i), Text: strings.Repeat("Do you encrypt backups at rest and in transit? ", 3)},
			Verdict: triage.Verdict{Report: triage.ReportNone, Unmatched: true}})
	}
	r := renderAnswer(res, answerOpts{File: "vendor-triaged.xlsx"})
	if !r.Truncated {
		t.Fatal("400 long questions were not truncated; the test needs a longer result")
	}
	var more string
	for _, blk := range r.Blocks {
		if cb, ok := blk.(*slack.ContextBlock); ok && cb.BlockID == "socbot_more" {
			more = cb.ContextElements.Elements[0].(*slack.TextBlockObject).Text
		}
	}
	if !strings.Contains(more, "is in `vendor-triaged.xlsx`.") || strings.Contains(more, "CSV") || strings.Contains(more, "attached file") {
		t.Errorf("truncation note = %q", more)
	}
	// The note is written from the answer's data, whatever else it says.
	r = renderAnswer(res, answerOpts{File: "vendor-triaged.xlsx", Detail: "m:1700000000.000100"})
	more = ""
	for _, blk := range r.Blocks {
		if cb, ok := blk.(*slack.ContextBlock); ok && cb.BlockID == "socbot_more" {
			more = cb.ContextElements.Elements[0].(*slack.TextBlockObject).Text
		}
	}
	if !strings.Contains(more, "is in `vendor-triaged.xlsx`; *Each question in the thread*") {
		t.Errorf("truncation note with the detail button = %q", more)
	}
}

// A file too large for the limits is described in one wording, whether the
// bot refuses it on Slack's size field or the reader refuses its content.
func TestTooLargeReadsAlike(t *testing.T) {
	for _, limit := range []int64{20 << 20, 64 << 10} {
		lim := questionnaire.DefaultLimits()
		lim.MaxFileSize = limit
		b, err := New(Config{Files: FileConfig{Limits: lim}}, Deps{Slack: &slack.Client{}, Engine: fakeEngine{}, Store: state.NewMemory(state.Config{})}, nil)
		if err != nil {
			t.Fatal(err)
		}
		_, botErr := b.triageFile(context.Background(), slog.New(slog.DiscardHandler), slack.File{Name: "q.csv", Size: int(limit) + 1})
		over := bytes.Repeat([]byte("Do you encrypt?\n"), int(limit/16)+1)
		_, readErr := questionnaire.Read("q.csv", bytes.NewReader(over), lim)
		if botErr == nil || readErr == nil {
			t.Fatalf("limit %d: bot %v, reader %v: want both to refuse", limit, botErr, readErr)
		}
		ctx := context.Background()
		if bot, reader := fileFailure(ctx, "q.csv", botErr), fileFailure(ctx, "q.csv", readErr); bot != reader {
			t.Errorf("limit %d: the bot says %q, the reader %q", limit, bot, reader)
		}
	}
}
