package bot

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"strings"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/socbot/socbot/internal/questionnaire"
	"github.com/socbot/socbot/internal/triage"
)

// FileConfig bounds the questionnaire files the bot triages. Files are read
// on the same worker pool as text, but only Jobs of them at a time, so a few
// large workbooks cannot hold back short questions.
type FileConfig struct {
	// Jobs is how many files are worked on at once (default DefaultFileJobs).
	Jobs int
	// Waiting is how many more file jobs may wait for a turn (default Jobs);
	// past that, the person is told socbot is busy.
	Waiting int
	// Timeout bounds one file from download to upload (default DefaultFileTimeout).
	Timeout time.Duration
	// Limits bound reading; zero fields take questionnaire.DefaultLimits.
	Limits questionnaire.Limits
	// MaxPerMessage is how many files of one message are read (default 5).
	MaxPerMessage int
	// TransferTimeout bounds one download or upload attempt (default 1 minute).
	TransferTimeout time.Duration
	// Client, when set, is the Web API client for downloads and uploads: its
	// HTTP client should allow TransferTimeout (NewHTTPClient(TransferTimeout)),
	// where Deps.Slack's allows one API call. nil means Deps.Slack.
	Client *slack.Client
}

func (c FileConfig) withDefaults() FileConfig {
	if c.Jobs <= 0 {
		c.Jobs = DefaultFileJobs
	}
	if c.Waiting <= 0 {
		c.Waiting = c.Jobs
	}
	if c.Timeout <= 0 {
		c.Timeout = DefaultFileTimeout
	}
	if c.MaxPerMessage <= 0 {
		c.MaxPerMessage = 5
	}
	if c.TransferTimeout <= 0 {
		c.TransferTimeout = time.Minute
	}
	d := questionnaire.DefaultLimits()
	if c.Limits.MaxFileSize <= 0 {
		c.Limits.MaxFileSize = d.MaxFileSize
	}
	return c
}

// fileGate admits file jobs: at most cap(admit) in the bot at once, of which
// cap(run) run while the rest wait. A job's work holds a work token until it
// really ends: a job past its deadline gives its running slot back at once,
// but its work may go on until it notices, so cap(work) is twice cap(run):
// as many left-behind works as running jobs, and no more, hold memory.
type fileGate struct {
	admit chan struct{}
	run   chan struct{}
	work  chan struct{}
}

func newFileGate(c FileConfig) *fileGate {
	return &fileGate{admit: make(chan struct{}, c.Jobs+c.Waiting), run: make(chan struct{}, c.Jobs),
		work: make(chan struct{}, 2*c.Jobs)}
}

// enter reports whether there was room for one more file job.
func (g *fileGate) enter() bool {
	select {
	case g.admit <- struct{}{}:
		return true
	default:
		return false
	}
}

func (g *fileGate) leave() { <-g.admit }

// start waits for a running slot; it reports false when ctx ends first.
func (g *fileGate) start(ctx context.Context) bool {
	select {
	case g.run <- struct{}{}:
		return true
	case <-ctx.Done():
		return false
	}
}

func (g *fileGate) done() { <-g.run }

// workingReaction marks a message whose files are being read.
const workingReaction = "hourglass_flowing_sand"

// fileJob is a message's files and where to answer them.
type fileJob struct {
	surface  string // "file_dm" or "file_mention"
	team     string
	channel  string
	thread   string // the thread to answer in; "" answers at the top of the DM
	msgTS    string // the message carrying the files
	key      string // unique per request: a file is answered once per key
	user     string
	files    []slack.File
	received time.Time
}

// wantFileMessage is the reader's filter for files shared in a DM with socbot
// (a file_share message, or a message carrying files). Files shared in
// channels are read only when socbot is mentioned (the app_mention event).
func (b *Bot) wantFileMessage(e *slackevents.MessageEvent) bool {
	if e.SubType != "" && e.SubType != "file_share" {
		return false
	}
	if e.ChannelType != "im" || e.BotID != "" || e.User == "" || e.User == b.Identity().UserID {
		return false
	}
	return e.Message != nil && len(e.Message.Files) > 0
}

// handleFileMessage answers a file shared in a DM.
func (b *Bot) handleFileMessage(ctx context.Context, log *slog.Logger, m eventMeta, e *slackevents.MessageEvent) {
	if !b.claimEvent(ctx, log, m, e.TimeStamp) {
		return
	}
	// Like a text DM, a file shared at the top of the DM is answered there
	// (notices, the answer and the filled file); one shared in a thread is
	// answered in that thread.
	j := fileJob{surface: "file_dm", team: m.team, channel: e.Channel, thread: e.ThreadTimeStamp, msgTS: e.TimeStamp,
		key: "file:" + m.team + ":" + e.Channel + ":" + e.TimeStamp, user: e.User, files: e.Message.Files, received: m.received}
	if err := b.handleFiles(ctx, log, j); err != nil {
		log.Error("file message not answered", "err", err)
		b.releaseEvent(ctx, log, m, e.TimeStamp)
	}
}

// mentionFiles answers a mention that carries files; the caller has claimed
// the event.
func (b *Bot) mentionFiles(ctx context.Context, log *slog.Logger, m eventMeta, e *slackevents.AppMentionEvent) error {
	thread := threadOf(e.ThreadTimeStamp, e.TimeStamp)
	return b.handleFiles(ctx, log, fileJob{surface: "file_mention", team: m.team, channel: e.Channel, thread: thread,
		msgTS: e.TimeStamp, key: "file:" + m.team + ":" + e.Channel + ":" + e.TimeStamp, user: e.User, files: e.Files,
		received: m.received})
}

// rootFiles answers a bare mention in a thread whose first message carries
// files: those files are triaged, once per mention.
func (b *Bot) rootFiles(ctx context.Context, log *slog.Logger, a threadAnswer, root string, files []slack.File) error {
	return b.handleFiles(ctx, log, fileJob{surface: "file_mention", team: a.team, channel: a.channel, thread: a.thread,
		msgTS: root, key: a.key + ":root", user: a.user, files: files, received: a.received})
}

// handleFiles triages every file of a message in turn. It returns an error
// only when nothing could be said, so that Slack's retry may try again.
func (b *Bot) handleFiles(ctx context.Context, log *slog.Logger, j fileJob) error {
	base := threadAnswer{surface: j.surface, team: j.team, channel: j.channel, thread: j.thread, user: j.user,
		received: j.received}
	if !b.fileGate.enter() {
		b.metrics.Dropped("files_busy")
		log.Warn("too many files in progress: answering busy", "files", len(j.files))
		base.key = j.key + ":busy"
		_, err := b.postNotice(ctx, log, base, "I'm reading other questionnaire files right now. Please share this one again in a few minutes.")
		return err
	}
	defer b.fileGate.leave()
	// The reaction goes on before waiting for a turn: queued work is work too.
	b.react(ctx, log, j.channel, j.msgTS, true)
	defer b.react(context.WithoutCancel(ctx), log, j.channel, j.msgTS, false)
	if !b.fileGate.start(ctx) {
		return ctx.Err()
	}
	defer b.fileGate.done()

	files := j.files
	if len(files) > b.cfg.Files.MaxPerMessage {
		a := base
		a.key = j.key + ":many"
		_, _ = b.postNotice(ctx, log, a, fmt.Sprintf("I read the first %d files of a message; share the others in another message.", b.cfg.Files.MaxPerMessage))
		files = files[:b.cfg.Files.MaxPerMessage]
	}
	var failed error
	for _, f := range files {
		a := base
		a.key = j.key + ":" + f.ID
		if err := b.answerFileSafely(ctx, log.With("file_id", f.ID), a, f); err != nil {
			failed = err
		}
	}
	return failed
}

// answerFileSafely is answerFile with a panic turned into a one-line apology
// where the file is answered: the pool would recover it too, but the person would never
// hear back.
func (b *Bot) answerFileSafely(ctx context.Context, log *slog.Logger, a threadAnswer, f slack.File) (err error) {
	defer func() {
		if p := recover(); p != nil {
			b.filePanicked(log, p)
			a.key += ":panic"
			_, err = b.postNotice(ctx, log, a, fileFailure(ctx, f.Name, &panicError{p}))
		}
	}()
	return b.answerFile(ctx, log, a, f)
}

// filePanicked logs and counts a panic recovered in a file job.
func (b *Bot) filePanicked(log *slog.Logger, p any) {
	log.Error("panic while answering a file", "panic", p, "stack", string(debug.Stack()))
	b.metrics.Panicked("file")
}

// panicError is a panic recovered in a file job.
type panicError struct{ v any }

func (e *panicError) Error() string { return fmt.Sprintf("panic: %v", e.v) }

// react adds or removes the working reaction; failures only cost the hint.
func (b *Bot) react(ctx context.Context, log *slog.Logger, channel, ts string, add bool) {
	method := "reactions.add"
	if !add {
		method = "reactions.remove"
	}
	ref := slack.NewRefToMessage(channel, ts)
	err := b.call(ctx, method, idempotent, func(ctx context.Context) error {
		var err error
		if add {
			err = b.api.AddReactionContext(ctx, workingReaction, ref)
		} else {
			err = b.api.RemoveReactionContext(ctx, workingReaction, ref)
		}
		var se slack.SlackErrorResponse
		if errors.As(err, &se) && (se.Err == "already_reacted" || se.Err == "no_reaction") {
			return nil
		}
		return err
	})
	if err != nil {
		log.Warn("working reaction not changed", "method", method, "err", err)
	}
}

// answerFile downloads, reads, triages and writes back one file, then posts
// the summary and uploads the filled file where a file is answered (its
// thread, or the top of a DM). Every failure is told there too; the error is
// returned only when that failed too.
func (b *Bot) answerFile(ctx context.Context, log *slog.Logger, a threadAnswer, f slack.File) error {
	if !b.claim(ctx, log, a.team, a.key) {
		log.Debug("file already handled")
		return nil
	}
	if !b.allow(ctx, log, a, 1) { // a file counts as one request, checked before any work
		return nil
	}
	// The file's deadline covers everything from the download to the
	// upload; the messages that say it ran out use ctx.
	fctx, cancel := context.WithTimeout(ctx, b.cfg.Files.Timeout)
	defer cancel()
	start := time.Now()
	f, out, err := b.workFile(fctx, log, f)
	if err != nil {
		msg, kind := fileFailure(fctx, f.Name, err), failureKind(fctx, err)
		log.Warn("file not triaged", "name", f.Name, "size", f.Size, "reason", kind, "err", err)
		b.metrics.Dropped("file_" + kind)
		if _, perr := b.postNotice(ctx, log, a, msg); perr != nil {
			b.release(ctx, log, a.team, a.key)
			return perr
		}
		return nil
	}
	r := renderAnswer(out.res, answerOpts{Note: fmt.Sprintf("From %s: %s. The filled file, %s, is below.",
		fileLabel(f.Name), escapeText(truncate(out.doc.Describe(), 400)), fileLabel(out.name)), File: out.name})
	ts, err := b.postOnce(fctx, log, post{channel: a.channel, thread: a.thread, key: a.key, blocks: r.Blocks, text: r.Text})
	if err != nil && timedOut(ctx, fctx) {
		log.Warn("file answer not posted in time", "name", f.Name, "err", err)
		b.metrics.Dropped("file_timeout")
		a.key += ":timeout"
		_, _ = b.postNotice(ctx, log, a, fileFailure(fctx, f.Name, err))
		return nil
	}
	if err != nil {
		b.tellFailure(ctx, log, a, err)
		b.release(ctx, log, a.team, a.key)
		return err
	}
	if err := b.uploadFilled(fctx, a, out); err != nil {
		log.Error("filled file not uploaded", "err", err)
		msg := userMessage(err)
		if timedOut(ctx, fctx) {
			b.metrics.Dropped("file_timeout")
			msg = "it took too long. Share the file again to get it."
		}
		a.key += ":upload"
		if _, perr := b.postNotice(ctx, log, a, fmt.Sprintf("I couldn't attach %s: %s", fileLabel(out.name), msg)); perr != nil {
			log.Warn("cannot tell user about failed upload", "err", perr)
		}
		return nil
	}
	log.Info("file answered", "name", f.Name, "size", f.Size, "questions", len(out.res.Items), "ts", ts,
		"work_ms", time.Since(start).Milliseconds(), "latency_ms", time.Since(a.received).Milliseconds())
	b.metrics.Answered(a.surface, time.Since(a.received), &out.res)
	return nil
}

// timedOut reports whether the file's deadline, and not the bot's shutdown,
// ended fctx.
func timedOut(ctx, fctx context.Context) bool { return fctx.Err() != nil && ctx.Err() == nil }

// workFile resolves, downloads, reads, triages and writes back f on a
// goroutine of its own, so that the deadline holds even where the work cannot
// look at ctx (inside the spreadsheet library): at the deadline workFile
// returns, the file's slot is freed, and the work, which checks ctx between
// steps and questions, ends on its own. A panic in the work is an error.
func (b *Bot) workFile(ctx context.Context, log *slog.Logger, f slack.File) (slack.File, triaged, error) {
	type result struct {
		f   slack.File
		out triaged
		err error
	}
	select {
	case b.fileGate.work <- struct{}{}:
	case <-ctx.Done():
		return f, triaged{}, errWorkBusy
	}
	done := make(chan result, 1)
	go func() {
		r := result{f: f}
		defer func() { <-b.fileGate.work }()
		defer func() {
			if p := recover(); p != nil {
				b.filePanicked(log, p)
				r.err = &panicError{p}
			}
			done <- r
		}()
		if r.f, r.err = b.resolveFile(ctx, f); r.err == nil {
			r.out, r.err = b.triageFile(ctx, log, r.f)
		}
	}()
	select {
	case r := <-done:
		return r.f, r.out, r.err
	case <-ctx.Done():
		log.Warn("file work left behind at the deadline", "name", f.Name)
		return f, triaged{}, ctx.Err()
	}
}

// errWorkBusy is a file whose deadline passed while every work token was held
// by earlier files' work left behind at their deadlines.
var errWorkBusy = errors.New("earlier files' work still running")

// triaged is a file read, triaged and written back.
type triaged struct {
	doc  *questionnaire.Doc
	res  triage.Result
	data []byte // the filled file
	name string
}

// resolveFile completes a file object that arrived without its download URL
// (Slack sends file_access "check_file_info" for some shares).
func (b *Bot) resolveFile(ctx context.Context, f slack.File) (slack.File, error) {
	if f.URLPrivateDownload != "" {
		return f, nil
	}
	full, err := b.fileInfo(ctx, f.ID)
	if err != nil {
		return f, &downloadError{err}
	}
	return full, nil
}

// triageFile does the work on one file, bounded by ctx and the limits.
func (b *Bot) triageFile(ctx context.Context, log *slog.Logger, f slack.File) (triaged, error) {
	lim := b.cfg.Files.Limits
	if int64(f.Size) > lim.MaxFileSize {
		return triaged{}, questionnaire.TooLarge(lim.MaxFileSize)
	}
	data, err := b.download(ctx, f.URLPrivateDownload, lim.MaxFileSize)
	if err != nil {
		return triaged{}, err
	}
	doc, err := questionnaire.ReadContext(ctx, f.Name, bytes.NewReader(data), lim)
	if err != nil {
		return triaged{}, err
	}
	res, err := b.pipe.RulesOnly().Run(ctx, doc.Questions, nil)
	if err != nil {
		return triaged{}, fmt.Errorf("triage %s: %w", doc.Name, err)
	}
	if err := ctx.Err(); err != nil {
		return triaged{}, err
	}
	var buf bytes.Buffer
	ext, err := questionnaire.Write(&buf, doc, res.Items, questionnaire.WriteOptions{})
	if err != nil {
		return triaged{}, err
	}
	log.Debug("file triaged", "kind", string(doc.Kind), "questions", len(res.Items), "bytes_in", len(data), "bytes_out", buf.Len())
	return triaged{doc: doc, res: res, data: buf.Bytes(), name: questionnaire.TriagedName(f.Name, ext)}, nil
}

// fileInfo fetches a file object whose event copy lacks the download URL.
func (b *Bot) fileInfo(ctx context.Context, id string) (slack.File, error) {
	var f *slack.File
	err := b.call(ctx, "files.info", idempotent, func(ctx context.Context) error {
		var err error
		f, _, _, err = b.api.GetFileInfoContext(ctx, id, 0, 0)
		return err
	})
	if err != nil {
		return slack.File{}, err
	}
	if f.URLPrivateDownload == "" {
		return slack.File{}, fmt.Errorf("files.info %s: no download URL", id)
	}
	return *f, nil
}

// download fetches url with the bot token (slack-go sends it only to Slack's
// own hosts or the configured API URL), stopping as soon as more than maxBytes
// bytes have arrived.
func (b *Bot) download(ctx context.Context, url string, maxBytes int64) ([]byte, error) {
	var (
		buf  capped
		over bool
	)
	err := b.callWithin(ctx, "files.download", idempotent, b.cfg.Files.TransferTimeout, func(ctx context.Context) error {
		buf = capped{max: maxBytes}
		err := b.fileAPI().GetFileContext(ctx, url, &buf)
		if errors.Is(err, errOverCap) {
			over = true // not worth a retry
			return nil
		}
		return err
	})
	if over {
		return nil, questionnaire.TooLarge(maxBytes)
	}
	if err != nil {
		return nil, &downloadError{err}
	}
	return buf.b.Bytes(), nil
}

var errOverCap = errors.New("over the size limit")

// capped is a buffer that refuses to grow past max bytes.
type capped struct {
	b   bytes.Buffer
	max int64
}

func (c *capped) Write(p []byte) (int, error) {
	if int64(c.b.Len()+len(p)) > c.max {
		return 0, errOverCap
	}
	return c.b.Write(p)
}

// uploadFilled uploads the filled file into the answer's thread, or at the top
// level when it has none (files.getUploadURLExternal,
// the upload, files.completeUploadExternal).
func (b *Bot) uploadFilled(ctx context.Context, a threadAnswer, out triaged) error {
	content := string(out.data)
	return b.upload(ctx, b.fileAPI(), b.cfg.Files.TransferTimeout, slack.UploadFileParameters{
		Filename:        out.name,
		Title:           out.name,
		Content:         content,
		FileSize:        len(content),
		Channel:         a.channel,
		ThreadTimestamp: a.thread,
	})
}

// fileAPI is the client for file transfers.
func (b *Bot) fileAPI() *slack.Client {
	if b.cfg.Files.Client != nil {
		return b.cfg.Files.Client
	}
	return b.api
}

// downloadError is a failed download from Slack.
type downloadError struct{ err error }

func (e *downloadError) Error() string { return "download: " + e.err.Error() }
func (e *downloadError) Unwrap() error { return e.err }

// fileLabel shows a file name in mrkdwn as inline code, so that a name's own
// * _ ~ show as typed instead of turning into bold, italic or strike (mrkdwn
// has no escape character); a backtick, which would end the code, shows as a
// prime.
func fileLabel(name string) string {
	name = oneLine(truncate(name, 200))
	if strings.TrimSpace(name) == "" {
		return "the file"
	}
	return "`" + escapeText(strings.ReplaceAll(name, "`", "ʹ")) + "`"
}

// fileFailure is the one line a person sees when a file could not be triaged.
func fileFailure(ctx context.Context, name string, err error) string {
	name = fileLabel(name)
	var de *downloadError
	var pe *panicError
	switch {
	case errors.As(err, &pe):
		return fmt.Sprintf("Sorry, something went wrong on my side with %s and I couldn't answer it. Please try again, or share it as CSV.", name)
	case errors.Is(err, errWorkBusy):
		return fmt.Sprintf("I'm still finishing other questionnaire files, so I couldn't get to %s. Please share it again in a few minutes.", name)
	case errors.As(err, &de):
		return fmt.Sprintf("I couldn't download %s from Slack. Please share it again in a minute.", name)
	case ctx.Err() != nil && !errorsAsQuestionnaire(err):
		return fmt.Sprintf("Working on %s took too long. Try a smaller file, or split it.", name)
	}
	return name + ": " + questionnaire.UserMessage(err)
}

func errorsAsQuestionnaire(err error) bool {
	var qe *questionnaire.Error
	return errors.As(err, &qe)
}

// failureKind labels a failure for logs.
func failureKind(ctx context.Context, err error) string {
	var (
		qe *questionnaire.Error
		de *downloadError
		pe *panicError
	)
	switch {
	case errors.As(err, &pe):
		return "panic"
	case errors.Is(err, errWorkBusy):
		return "busy"
	case errors.As(err, &qe):
		return string(qe.Kind)
	case errors.As(err, &de):
		return "download"
	case ctx.Err() != nil:
		return "timeout"
	}
	return "other"
}
