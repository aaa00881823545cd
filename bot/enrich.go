package bot

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/slack-go/slack"

	"github.com/socbot/socbot/internal/triage"
)

// Enricher is the optional language model as the bot uses it (*llm.Client
// fits). It runs only after the rules-only answer is posted, on its own small
// pool, and its output reaches the user by editing that answer. The one
// exception is Share, whose answer cannot be edited: the event worker asks
// the model itself, but only with a slot of that pool free at once, so at
// most the pool's size of calls run at a time (see enrichNow).
type Enricher interface {
	triage.Model
	// AllowedChannel reports whether the model may be used for a message in a
	// channel known by these ids or names (SOC_LLM_CHANNELS).
	AllowedChannel(idsOrNames ...string) bool
	// Worthwhile reports whether a pass over res can add anything.
	Worthwhile(res triage.Result) bool
}

const (
	// enrichQueuePerWorker sizes the queue of passes waiting for a worker.
	enrichQueuePerWorker = 8
	// enrichMaxWait drops a pass that waited longer than this for a worker:
	// the asker has moved on, and a model that slow is better left alone.
	enrichMaxWait = 30 * time.Second
)

// enrichState is the bot's language-model pass: the enricher and the pool
// that runs it apart from the event workers, so that a hung model can hold at
// most its own workers.
type enrichState struct {
	enricher Enricher
	workers  int
	pool     *pool
	cancel   context.CancelFunc
	// slots holds one token per model call running, the pool's passes and
	// Share's alike; its capacity is the pool's size.
	slots chan struct{}

	// versions counts the writes of each answer with a pass pending, so that
	// a pass over an older version (a DM answer updated by a follow-up since)
	// never overwrites a newer one.
	mu       sync.Mutex
	versions map[string]*answerVersion
}

type answerVersion struct{ n, pending int }

// written records a write of the answer at key and returns its version. A
// pass is pending for it when pass is true; without one, only answers with
// passes pending are tracked.
func (s *enrichState) written(key string, pass bool) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	v := s.versions[key]
	if v == nil {
		if !pass {
			return 0
		}
		if s.versions == nil {
			s.versions = make(map[string]*answerVersion)
		}
		v = &answerVersion{}
		s.versions[key] = v
	}
	v.n++
	if pass {
		v.pending++
	}
	return v.n
}

// current reports whether version n is still the latest write of key.
func (s *enrichState) current(key string, n int) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	v := s.versions[key]
	return v != nil && v.n == n
}

// done ends a pass over key.
func (s *enrichState) done(key string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if v := s.versions[key]; v != nil {
		if v.pending--; v.pending <= 0 {
			delete(s.versions, key)
		}
	}
}

// answerRef says where an answer was posted, so that it can be edited.
type answerRef struct {
	channel     string
	ts          string // chat.update target
	key         string // the answer's marker, kept on the edited message
	conv        string // the DM conversation it covers, kept in the marker
	responseURL string // set for /soc answers: edited with replace_original
}

// id names the answer for version tracking.
func (a answerRef) id() string {
	if a.responseURL != "" {
		return a.responseURL
	}
	return a.channel + ":" + a.ts
}

// enrichJob is one pass over an answer already posted.
type enrichJob struct {
	log     *slog.Logger
	res     triage.Result // the rules-only result the answer shows
	opts    answerOpts    // how the answer was rendered
	at      answerRef
	version int
	queued  time.Time
}

// startEnrich starts the enrichment pool (when there is an enricher) under
// parent; Run calls it next to the event pool.
func (b *Bot) startEnrich(parent context.Context) {
	if b.llm.enricher == nil {
		return
	}
	n := b.llm.workers
	if n <= 0 {
		n = DefaultEnrichWorkers
	}
	ctx, cancel := context.WithCancel(parent)
	b.llm.cancel = cancel
	b.llm.slots = make(chan struct{}, n)
	b.llm.pool = newPool(ctx, n, n*enrichQueuePerWorker, b.log, b.metrics)
}

// trySlot takes a slot for a model call if one is free now, without waiting;
// freeSlot gives it back.
func (s *enrichState) trySlot() bool {
	if s.slots == nil {
		return false
	}
	select {
	case s.slots <- struct{}{}:
		return true
	default:
		return false
	}
}

// waitSlot takes a slot for a model call, waiting for one until ctx ends.
func (s *enrichState) waitSlot(ctx context.Context) bool {
	select {
	case s.slots <- struct{}{}:
		return true
	case <-ctx.Done():
		return false
	}
}

func (s *enrichState) freeSlot() { <-s.slots }

// stopEnrich cancels the passes in flight (an edit that has not happened by
// shutdown is not worth waiting for: the rules-only answers are posted) and
// waits up to timeout for them to return. It reports whether they all did.
func (b *Bot) stopEnrich(timeout time.Duration) bool {
	if b.llm.pool == nil {
		return true
	}
	b.llm.cancel()
	ok := b.llm.pool.drain(timeout)
	if !ok {
		b.log.Warn("shutdown timeout: language model passes still running")
	}
	return ok
}

// enrichLater queues the language-model pass over an answer just posted or
// updated; call it after every write of an answer. It never blocks and never
// calls the model itself, so it is safe on the reader goroutine. channelNames
// are the channel's names when known (SOC_LLM_CHANNELS may list names); they
// decide, but never reach the model, which sees only the triage result.
func (b *Bot) enrichLater(log *slog.Logger, res triage.Result, opts answerOpts, at answerRef, channelNames ...string) {
	if b.llm.pool == nil {
		return
	}
	if !b.llm.enricher.Worthwhile(res) || !b.llm.enricher.AllowedChannel(append([]string{at.channel}, channelNames...)...) {
		b.llm.written(at.id(), false)
		return
	}
	res.Items = slices.Clone(res.Items)
	j := enrichJob{log: log, res: res, opts: opts, at: at, version: b.llm.written(at.id(), true), queued: time.Now()}
	if !b.llm.pool.submit(job{name: "llm", log: log, run: func(ctx context.Context) { b.runEnrich(ctx, j) }}) {
		b.llm.done(at.id())
		b.metrics.Dropped("llm_busy")
		log.Warn("language model queue full; the rules-only answer stands")
	}
}

// runEnrich asks the model and edits the answer when it added something. Any
// failure leaves the rules-only answer as posted.
func (b *Bot) runEnrich(ctx context.Context, j enrichJob) {
	defer b.llm.done(j.at.id())
	log := j.log
	if ctx.Err() != nil {
		return
	}
	if waited := time.Since(j.queued); waited > enrichMaxWait {
		b.metrics.Dropped("llm_stale")
		log.Warn("language model pass waited too long; skipped", "waited_ms", waited.Milliseconds())
		return
	}
	// A Share asking the model before it posts may hold a slot for a moment.
	if !b.llm.waitSlot(ctx) {
		return
	}
	start := time.Now()
	res := j.res
	res.Items = slices.Clone(j.res.Items)
	// The pipeline's last steps: the model, then coverage again.
	suggested, err := b.pipe.Suggest(ctx, &res)
	b.llm.freeSlot()
	if err != nil {
		log.Warn("language model pass failed in part or whole; the rules-only answer stands for the rest",
			"err", err, "suggested", suggested, "summary", res.Summary.Narrative != "", "llm_ms", time.Since(start).Milliseconds())
	}
	if ctx.Err() != nil {
		log.Info("language model pass cancelled", "err", ctx.Err())
		return
	}
	if suggested == 0 && res.Summary.Narrative == "" {
		log.Debug("language model added nothing; answer left as posted")
		return
	}
	if !b.llm.current(j.at.id(), j.version) {
		log.Info("answer changed while the language model worked; its pass over the newer answer edits it instead")
		return
	}
	r := renderAnswer(res, j.opts)
	if err := b.editAnswer(ctx, j.at, r); err != nil {
		log.Warn("answer not edited with the language model's additions", "err", err)
		return
	}
	log.Info("answer edited with the language model's additions", "suggested", suggested,
		"summary", res.Summary.Narrative != "", "llm_ms", time.Since(start).Milliseconds())
}

// editAnswer replaces a posted answer: chat.update for a message, response_url
// with replace_original for a /soc answer. Repeating either is harmless.
func (b *Bot) editAnswer(ctx context.Context, at answerRef, r rendered) error {
	if at.responseURL != "" {
		blocks := slack.Blocks{BlockSet: r.Blocks}
		msg := &slack.WebhookMessage{ResponseType: slack.ResponseTypeEphemeral, ReplaceOriginal: true, Text: r.Text, Blocks: &blocks}
		return b.call(ctx, "response_url", idempotent, func(ctx context.Context) error {
			return slack.PostWebhookCustomHTTPContext(ctx, at.responseURL, b.cfg.HTTPClient, msg)
		})
	}
	opts := []slack.MsgOption{slack.MsgOptionBlocks(r.Blocks...), slack.MsgOptionText(r.Text, false)}
	if at.key != "" {
		opts = append(opts, slack.MsgOptionMetadata(answerMetadata(at.key, at.conv)))
	}
	return b.call(ctx, "chat.update", idempotent, func(ctx context.Context) error {
		_, _, _, err := b.api.UpdateMessageContext(ctx, at.channel, at.ts, opts...)
		return err
	})
}

// enrichBlocks are the language model's additions shown under the headline:
// its summary, and a note on the suggestions marked in the question lines.
// Both say where they come from; the model's text is escaped like any input.
func enrichBlocks(res triage.Result) []slack.Block {
	var blocks []slack.Block
	if s := strings.TrimSpace(res.Summary.Narrative); s != "" {
		const lead = "*Summary* _(written by the language model)_\n"
		blocks = append(blocks, mrkdwnSection("socbot_llm_summary", lead+truncate(escapeText(s), maxSectionText-len(lead))))
	}
	n := 0
	for _, it := range res.Items {
		if it.Unmatched && it.Verdict.Suggested() {
			n++
		}
	}
	if n > 0 {
		note := fmt.Sprintf("%d question%s no rule matched %s a verdict _%s_, marked below. Check before answering; the rules' verdicts are unchanged.",
			n, plural(n), hasHave(n), triage.SuggestedReason)
		blocks = append(blocks, slack.NewContextBlock("socbot_llm_note", slack.NewTextBlockObject(slack.MarkdownType, note, false, false)))
	}
	return blocks
}

func hasHave(n int) string {
	if n == 1 {
		return "has"
	}
	return "have"
}

// suggestedText is the verdict part of a question line for a suggestion:
// marked, and in the same terms as a rule's verdict.
func suggestedText(v triage.Verdict) string {
	parts := []string{"_no rule matched; " + triage.SuggestedReason + ", to be checked:_"}
	if rep := reportOf(v); rep != triage.ReportNone {
		label := reportLabel(rep)
		if t := typeLabel(v.Type); t != "" {
			label += " " + t
		}
		parts = append(parts, "*"+label+"*")
	} else if len(v.Artifacts) == 0 {
		parts = append(parts, "*"+reportLabel(triage.ReportNone)+"*")
	}
	parts = append(parts, verdictFields(v)...)
	return strings.Join(parts, " · ")
}
