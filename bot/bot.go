// Package bot is socbot's Slack adapter: it holds the Socket Mode connection,
// acknowledges every envelope at once, hands the work to a bounded pool of
// workers, and answers each surface (/soc, mentions, DMs, watched channels,
// App Home, buttons) with Block Kit rendered from triage results.
//
// The package owns no configuration loading and no storage technology: the
// command builds a Config, and optional dependencies (a shared Store, metrics,
// the language model, a report inventory) come in through Deps.
package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"

	"github.com/socbot/socbot/internal/state"
	"github.com/socbot/socbot/internal/triage"
)

// Watch modes for SOC_WATCH_MODE.
const (
	WatchReply = "reply" // answer questionnaire-like messages in their thread
	WatchReact = "react" // add a reaction and offer a "Triage" button to the poster
	WatchOff   = "off"   // never speak unless mentioned
)

// Defaults for Config fields left at their zero value. socbot's configuration
// takes its defaults from here, so each is written once.
const (
	DefaultWorkers         = 16
	DefaultQueueSize       = 1024
	DefaultShutdownTimeout = 10 * time.Second
	DefaultAPITimeout      = 10 * time.Second
	// DefaultEnrichWorkers bounds the model passes running at once.
	DefaultEnrichWorkers = 4
	// DefaultFileJobs and DefaultFileTimeout size FileConfig.
	DefaultFileJobs    = 2
	DefaultFileTimeout = 2 * time.Minute
)

// Config is what the bot needs to know; the command fills it from the environment.
type Config struct {
	// WatchChannels are channel ids whose questionnaire-like messages get answered
	// without a mention.
	WatchChannels []string
	// WatchMode is WatchReply, WatchReact or WatchOff.
	WatchMode string
	// Workers is the number of goroutines answering events; QueueSize bounds the
	// events waiting for a worker. A full queue makes the bot say it is busy.
	Workers   int
	QueueSize int
	// ShutdownTimeout bounds how long in-flight answers may run after the context
	// given to Run is cancelled.
	ShutdownTimeout time.Duration
	// DedupeTTL is how long a button click or triaged message is remembered
	// (at least 10 minutes: Slack's last retry comes about 5 minutes after the
	// first try). Event claims live as long as the Store keeps them.
	DedupeTTL time.Duration
	// RateLimit is how many questions one user may ask per minute; 0 means no
	// limit. The Store counts them.
	RateLimit int
	// APITimeout bounds each Web API attempt.
	APITimeout time.Duration
	// HTTPClient is used for response_url posts; nil means a client with APITimeout.
	HTTPClient *http.Client
	// EnrichWorkers bounds the language-model passes running at once, apart
	// from Workers (0: DefaultEnrichWorkers).
	EnrichWorkers int
	// Files bounds the questionnaire files shared with socbot.
	Files FileConfig
}

func (c *Config) setDefaults() {
	if c.WatchMode == "" {
		c.WatchMode = WatchReply
	}
	if c.Workers <= 0 {
		c.Workers = DefaultWorkers
	}
	if c.QueueSize <= 0 {
		c.QueueSize = DefaultQueueSize
	}
	if c.ShutdownTimeout <= 0 {
		c.ShutdownTimeout = DefaultShutdownTimeout
	}
	if c.DedupeTTL < state.MinDedupeTTL {
		c.DedupeTTL = state.DefaultDedupeTTL
	}
	if c.APITimeout <= 0 {
		c.APITimeout = DefaultAPITimeout
	}
	if c.HTTPClient == nil {
		c.HTTPClient = NewHTTPClient(c.APITimeout)
	}
	c.Files = c.Files.withDefaults()
}

// Validate reports a configuration the bot cannot run with.
func (c Config) Validate() error {
	switch c.WatchMode {
	case "", WatchReply, WatchReact, WatchOff:
	default:
		return fmt.Errorf("watch mode %q: want %s, %s or %s", c.WatchMode, WatchReply, WatchReact, WatchOff)
	}
	return nil
}

// Deps are the bot's collaborators. Slack, Engine and Store are required; every other
// field is optional and has an in-process or no-op default.
type Deps struct {
	// Slack is the Web API client, built with slack.OptionAppLevelToken so that it
	// can open the Socket Mode connection, and slack.OptionAPIURL when not Slack's.
	Slack *slack.Client
	// Engine classifies questions (*triage.Engine).
	Engine triage.Classifier
	// Store de-duplicates events, keeps DM conversations, counts the rate
	// limit and keeps votes.
	Store Store
	// Metrics receives counters and latencies; nil means none.
	Metrics Metrics
	// Inventory fills coverage from the report inventory; nil means none.
	Inventory Inventory
	// Enricher is the optional language model, run after the rules-only answer
	// is posted; nil means rules only.
	Enricher Enricher
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// SocketOptions are passed to socketmode.New (tests shorten the ping interval).
	SocketOptions []socketmode.Option
}

// Identity is who the bot is, learnt from auth.test.
type Identity struct {
	UserID string
	BotID  string
	TeamID string
	Team   string
}

// Bot answers Slack events. Build it with New and start it with Run.
type Bot struct {
	cfg       Config
	api       *slack.Client
	pipe      triage.Pipeline // the engine, the model and the inventory
	store     Store
	metrics   Metrics
	inventory Inventory
	llm       enrichState
	now       func() time.Time
	log       *slog.Logger
	sockOpts  []socketmode.Option
	watch     map[string]bool

	mu sync.RWMutex
	id Identity

	// conn is the Socket Mode state Ready reports (nil: never connected).
	conn atomic.Pointer[string]

	sm *socketmode.Client
	// refused carries a token error Slack will not change its mind about
	// (not_allowed_token_type, invalid_auth…): Run stops instead of retrying forever.
	refused chan error
	pool    *pool
	// busySlots bounds the goroutines telling users the bot is busy, so that a
	// flood cannot turn the busy path into an unbounded one.
	busySlots chan struct{}
	// fileGate bounds the questionnaire files worked on at once.
	fileGate *fileGate
}

// New checks the configuration and dependencies and builds a Bot; it does not
// touch the network.
func New(cfg Config, deps Deps, log *slog.Logger) (*Bot, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if deps.Slack == nil {
		return nil, errors.New("bot: no Slack client")
	}
	if deps.Engine == nil {
		return nil, errors.New("bot: no triage engine")
	}
	if deps.Store == nil {
		return nil, errors.New("bot: no state store")
	}
	cfg.setDefaults()
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	b := &Bot{
		cfg:       cfg,
		api:       deps.Slack,
		store:     deps.Store,
		metrics:   deps.Metrics,
		inventory: deps.Inventory,
		llm:       enrichState{enricher: deps.Enricher, workers: cfg.EnrichWorkers},
		now:       deps.Now,
		log:       log,
		sockOpts:  deps.SocketOptions,
		watch:     make(map[string]bool),
		busySlots: make(chan struct{}, 8),
		fileGate:  newFileGate(cfg.Files),
	}
	if b.now == nil {
		b.now = time.Now
	}
	b.pipe = triage.Pipeline{Classifier: deps.Engine, Now: b.now}
	if deps.Enricher != nil {
		b.pipe.Model = deps.Enricher
	}
	if deps.Inventory != nil {
		b.pipe.Cover = deps.Inventory.Apply
	}
	if b.metrics == nil {
		b.metrics = nopMetrics{}
	}
	for _, ch := range cfg.WatchChannels {
		if ch = strings.TrimSpace(ch); ch != "" {
			b.watch[ch] = true
		}
	}
	return b, nil
}

// Identity returns who the bot is (zero before Run has called auth.test).
func (b *Bot) Identity() Identity {
	b.mu.RLock()
	defer b.mu.RUnlock()
	return b.id
}

// Run calls auth.test, connects over Socket Mode and answers events until ctx is
// cancelled; then it stops reading, lets in-flight work finish within
// ShutdownTimeout and returns nil. It returns an error when Slack refuses the
// tokens or the connection cannot be kept.
func (b *Bot) Run(ctx context.Context) error {
	authCtx, cancel := context.WithTimeout(ctx, b.cfg.APITimeout)
	auth, err := b.api.AuthTestContext(authCtx)
	cancel()
	if err != nil {
		return fmt.Errorf("auth.test: %w", err)
	}
	b.mu.Lock()
	b.id = Identity{UserID: auth.UserID, BotID: auth.BotID, TeamID: auth.TeamID, Team: auth.Team}
	b.mu.Unlock()
	b.log.Info("authenticated", "user_id", auth.UserID, "bot_id", auth.BotID, "team", auth.TeamID, "team_name", auth.Team)

	opts := append([]socketmode.Option{
		socketmode.OptionLog(slog.NewLogLogger(b.log.Handler(), slog.LevelDebug)),
	}, b.sockOpts...)
	b.sm = socketmode.New(b.api, opts...)

	// Work keeps its own context: cancelling ctx stops the reading, not the
	// answers already being written.
	workCtx, cancelWork := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWork()
	b.pool = newPool(workCtx, b.cfg.Workers, b.cfg.QueueSize, b.log, b.metrics)
	b.startEnrich(workCtx)

	runCtx, stopSocket := context.WithCancel(ctx)
	defer stopSocket()
	runErr := make(chan error, 1)
	b.refused = make(chan error, 1)
	go func() { runErr <- b.sm.RunContext(runCtx) }()

	err = b.readLoop(ctx, runErr)
	b.setConn(connShutdown)
	stopSocket()

	b.log.Info("draining", "timeout", b.cfg.ShutdownTimeout.String())
	b.stopEnrich(b.cfg.ShutdownTimeout)
	if !b.pool.drain(b.cfg.ShutdownTimeout) {
		b.log.Warn("shutdown timeout: abandoning in-flight work")
		cancelWork()
	}
	return err
}

// readLoop is the only reader of the Socket Mode events: it acks and enqueues,
// never waiting on the network or the store.
func (b *Bot) readLoop(ctx context.Context, runErr <-chan error) error {
	for {
		select {
		case <-ctx.Done():
			return nil
		case err := <-runErr:
			if ctx.Err() != nil || errors.Is(err, context.Canceled) {
				return nil
			}
			return fmt.Errorf("socket mode: %w", err)
		case err := <-b.refused:
			return fmt.Errorf("socket mode: %w", err)
		case evt := <-b.sm.Events:
			b.dispatch(evt)
		}
	}
}

// isWatched reports whether the channel is one of SOC_WATCH_CHANNELS.
func (b *Bot) isWatched(channel string) bool { return b.watch[channel] }

// watchChannels lists the watched channels, sorted, for help texts.
func (b *Bot) watchChannels() []string {
	out := make([]string, 0, len(b.watch))
	for ch := range b.watch {
		out = append(out, ch)
	}
	slices.Sort(out)
	return out
}
