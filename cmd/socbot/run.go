package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"

	"github.com/slack-go/slack"

	"github.com/socbot/socbot/bot"
	"github.com/socbot/socbot/internal/inventory"
	"github.com/socbot/socbot/internal/telemetry"
	"github.com/socbot/socbot/internal/triage"
	"github.com/socbot/socbot/internal/version"
)

// runBot is `socbot run`: the Slack bot over Socket Mode. It exits 0 after a
// SIGTERM or SIGINT once in-flight answers are done, 1 when Slack refuses it,
// 2 on a configuration error.
func runBot(ctx context.Context, args []string, _ io.Reader, _, stderr io.Writer) int {
	if len(args) > 0 {
		fmt.Fprintln(stderr, "socbot run: takes no arguments; it is configured by environment variables (see README)")
		return 2
	}
	cfg, err := loadConfig()
	if err != nil {
		fmt.Fprintf(stderr, "socbot run: %v\n", err)
		return 2
	}
	log, err := newProcessLogger(stderr, cfg.LogConfig)
	if err != nil {
		fmt.Fprintf(stderr, "socbot run: %v\n", err)
		return 2
	}
	if err := serve(ctx, cfg, log); err != nil {
		log.Error("socbot stopped", "err", err)
		return 1
	}
	log.Info("socbot stopped")
	return 0
}

// serve wires the bot from cfg and runs it until ctx ends.
func serve(ctx context.Context, cfg Config, log *slog.Logger) error {
	metrics := telemetry.New(version.String())
	ln, err := listenOps(cfg.HTTPAddr)
	if err != nil {
		return err
	}
	defer ln.Close()
	eng, err := triage.NewEngine()
	if err != nil {
		return fmt.Errorf("load rules: %w", err)
	}
	deps := bot.Deps{Slack: newSlackClient(cfg, log), Engine: eng, Metrics: metrics}
	st, err := wireState(ctx, cfg, log, &deps) // Store (also the llm.Cache), Limiter
	if err != nil {
		return err
	}
	defer st.Close()
	if cfg.File != "" {
		inv, err := inventory.Load(cfg.File)
		if err != nil {
			return fmt.Errorf("SOC_REPORTS_FILE: %w", err)
		}
		deps.Inventory = bot.NewInventory(inv)
		log.Info("report inventory loaded", "file", cfg.File, "reports", len(inv.Entries))
	}
	instrumentStore(deps.Store, metrics)
	if err := wireLLM(cfg.LLMConfig, &deps, llmHooks(metrics), log); err != nil {
		return err
	}
	b, err := bot.New(cfg.botConfig(), deps, log)
	if err != nil {
		return err
	}
	srv := telemetry.Server(cfg.HTTPAddr, metrics, readiness(b.Ready, deps.Store), log)
	return runWithOps(ctx, ln, srv, log, b.Run)
}

func (c Config) botConfig() bot.Config {
	return bot.Config{
		WatchChannels:   c.Channels,
		WatchMode:       c.Mode,
		Workers:         c.Workers,
		QueueSize:       c.QueueSize,
		ShutdownTimeout: c.ShutdownTimeout,
		DedupeTTL:       c.DedupeTTL,
		ConversationTTL: c.StateTTL,
		APITimeout:      c.APITimeout,
		EnrichWorkers:   c.Concurrency,
		Files:           c.botFiles(),
	}
}

// newSlackClient builds the Web API client; SLACK_API_URL applies to every
// method, apps.connections.open included.
func newSlackClient(cfg Config, log *slog.Logger) *slack.Client {
	opts := []slack.Option{
		slack.OptionAppLevelToken(cfg.AppToken),
		slack.OptionHTTPClient(bot.NewHTTPClient(cfg.APITimeout)),
		slack.OptionLog(slog.NewLogLogger(log.Handler(), slog.LevelDebug)),
	}
	if cfg.APIURL != "" {
		opts = append(opts, slack.OptionAPIURL(cfg.APIURL))
	}
	return slack.New(cfg.BotToken, opts...)
}
