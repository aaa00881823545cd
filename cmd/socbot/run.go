package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"strings"

	"github.com/slack-go/slack"

	"github.com/socbot/socbot/bot"
	"github.com/socbot/socbot/internal/inventory"
	"github.com/socbot/socbot/internal/state"
	"github.com/socbot/socbot/internal/telemetry"
	"github.com/socbot/socbot/internal/triage"
	"github.com/socbot/socbot/internal/version"
)

// runBot is `socbot run`: the Slack bot over Socket Mode. It exits 0 after a
// SIGTERM or SIGINT once in-flight answers are done, 1 when Slack refuses it,
// 2 on a configuration error.
func runBot(ctx context.Context, s streams, args []string) error {
	if err := noArgs("run", s, args, "; it is configured by environment variables (see docs/configuration.md)"); err != nil {
		return err
	}
	cfg, err := loadConfig()
	if err != nil {
		return usageError(err)
	}
	log, err := newProcessLogger(s.err, cfg.LogConfig)
	if err != nil {
		return usageError(err)
	}
	if err := serve(ctx, cfg, log); err != nil {
		var ce configError
		if errors.As(err, &ce) {
			return usageError(err)
		}
		log.Error("socbot stopped", "err", err)
		if hint := slackHint(err); hint != "" {
			return &exitError{code: 1, err: errors.New(hint)}
		}
		return silent(1)
	}
	log.Info("socbot stopped")
	return nil
}

// The state store is the bot's.
var _ bot.Store = (*state.Resilient)(nil)

// serve wires the bot from cfg and runs it until ctx ends.
func serve(ctx context.Context, cfg Config, log *slog.Logger) error {
	log.Info("socbot starting", "version", version.String(), "go", runtime.Version())
	metrics := telemetry.New(version.String())
	ln, err := listenOps(cfg.HTTPAddr)
	switch {
	case err != nil && cfg.httpAddrSet:
		return err
	case err != nil:
		log.Warn("internal HTTP server off: the default port is taken; set SOC_HTTP_ADDR to serve /healthz, /readyz and /metrics", "err", err)
	default:
		defer ln.Close()
	}
	eng, err := triage.NewEngine()
	if err != nil {
		return fmt.Errorf("load rules: %w", err)
	}
	// An unreachable Redis is not an error: the store starts degraded and
	// switches to Redis when it answers.
	st, err := state.Open(ctx, cfg.RedisConfig.Config, log)
	if err != nil {
		return err
	}
	defer st.Close()
	instrumentStore(st, metrics)
	deps := bot.Deps{Slack: newSlackClient(cfg, log), Engine: eng, Store: st, Metrics: metrics}
	if cfg.File != "" {
		inv, err := inventory.Load(cfg.File)
		if err != nil {
			return configError{fmt.Errorf("SOC_REPORTS_FILE: %w", err)}
		}
		for _, w := range inv.Warnings {
			log.Warn("control matrix row left out", "file", cfg.File, "problem", w)
		}
		deps.Inventory = inv
		log.Info("report inventory loaded", "file", cfg.File, "reports", len(inv.Entries))
	}
	if err := wireLLM(cfg.LLMConfig, st.ModelCache(), &deps, llmHooks(metrics), log); err != nil {
		return err
	}
	b, err := bot.New(cfg.botConfig(), deps, log)
	if err != nil {
		return err
	}
	srv := telemetry.Server(cfg.HTTPAddr, metrics, readiness(b.Ready, st), log)
	if ln == nil {
		return b.Run(ctx)
	}
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
		RateLimit:       c.RateLimit,
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

// configError is a configuration problem found while wiring (a report inventory
// that does not load): one line for the user and exit code 2, as for the
// variables checked before.
type configError struct{ error }

// slackHint names the variable to fix when Slack refuses a token, so an operator
// does not have to map Slack's error codes to socbot's settings.
func slackHint(err error) string {
	msg := err.Error()
	for _, code := range []string{"invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired"} {
		if !strings.Contains(msg, code) {
			continue
		}
		if strings.Contains(msg, "auth.test") {
			return "Slack refused SLACK_BOT_TOKEN (" + code + "): check the xoxb- token and that the app is installed in the workspace"
		}
		return "Slack refused SLACK_APP_TOKEN (" + code + "): check the xapp- token and its connections:write scope"
	}
	if strings.Contains(msg, "not_allowed_token_type") {
		if strings.Contains(msg, "auth.test") {
			return "Slack refused SLACK_BOT_TOKEN (not_allowed_token_type): it must be the xoxb- bot token"
		}
		return "Slack refused SLACK_APP_TOKEN (not_allowed_token_type): it must be the xapp- app-level token with connections:write"
	}
	if strings.Contains(msg, "connection refused") || strings.Contains(msg, "no such host") {
		return "could not reach Slack: check SLACK_API_URL (if set) and the network"
	}
	return ""
}
