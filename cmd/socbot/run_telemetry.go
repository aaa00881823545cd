package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/socbot/socbot/bot"
	"github.com/socbot/socbot/internal/llm"
	"github.com/socbot/socbot/internal/state"
	"github.com/socbot/socbot/internal/telemetry"
)

// The metrics are what the bot, the store and the LLM client report to.
var _ bot.Metrics = (*telemetry.Metrics)(nil)

// newProcessLogger is the logger of `socbot run`: JSON or text per
// SOC_LOG_FORMAT, level per SOC_LOG_LEVEL, every line through the redacting
// handler so that no token reaches the output.
func newProcessLogger(w io.Writer, c LogConfig) (*slog.Logger, error) {
	log, err := telemetry.NewLogger(w, c.Format, c.Level)
	if err != nil {
		return nil, fmt.Errorf("SOC_LOG_FORMAT/SOC_LOG_LEVEL: %w", err)
	}
	return log, nil
}

// storeHooks routes the state store's failures and degraded mode to metrics
// (state.Resilient.SetHooks).
func storeHooks(m *telemetry.Metrics) state.Hooks {
	return state.Hooks{Error: m.StoreFailed, Degraded: m.SetDegraded}
}

// llmHooks routes the LLM client's attempts, cache hits and rejected answers
// to metrics (llm.WithHooks).
func llmHooks(m *telemetry.Metrics) llm.Hooks {
	return llm.Hooks{Attempt: m.LLMAttempt, CacheHit: m.LLMCacheHit, Dropped: m.LLMDropped}
}

// hookedStore is the state store as metrics follow it (*state.Resilient).
type hookedStore interface {
	SetHooks(state.Hooks)
	Degraded() bool
}

// instrumentStore installs the metrics hooks on the store and seeds the
// degraded gauge.
func instrumentStore(s hookedStore, m *telemetry.Metrics) {
	s.SetHooks(storeHooks(m))
	m.SetDegraded(s.Degraded())
}

// storeProbeTimeout bounds the store check of one readiness probe; kubelet's
// default probe timeout is 1 s.
const storeProbeTimeout = 500 * time.Millisecond

// storeHealth is the state store as readiness checks it (*state.Resilient).
type storeHealth interface {
	Degraded() bool
	Ping(context.Context) error
}

// readiness is /readyz: the Socket Mode connection is up, and the store
// answers or knowingly runs degraded (it then serves from process memory,
// which is better than taking the replica out). The in-process store's Ping
// always succeeds.
func readiness(socket func() error, store storeHealth) func() error {
	return func() error {
		if err := socket(); err != nil {
			return err
		}
		if store.Degraded() {
			return nil
		}
		ctx, cancel := context.WithTimeout(context.Background(), storeProbeTimeout)
		defer cancel()
		if err := store.Ping(ctx); err != nil {
			return fmt.Errorf("store unreachable: %w", err)
		}
		return nil
	}
}

// listenOps binds SOC_HTTP_ADDR before anything connects to Slack, so that a
// port already in use stops the start with a clear message.
func listenOps(addr string) (net.Listener, error) {
	if addr == "" {
		addr = telemetry.DefaultAddr
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("SOC_HTTP_ADDR=%s: cannot listen for /healthz, /readyz and /metrics: %w", addr, err)
	}
	return ln, nil
}

// runWithOps serves the internal HTTP server on ln while run (the bot) runs.
// The server outlives ctx: it keeps answering (/readyz says "shutting down")
// while the bot drains, and stops once run has returned. If the server fails,
// the bot is stopped and the error returned.
func runWithOps(ctx context.Context, ln net.Listener, srv *http.Server, log *slog.Logger, run func(context.Context) error) error {
	log.Info("internal HTTP server listening", "addr", ln.Addr().String())
	httpErr := make(chan error, 1)
	go func() { httpErr <- srv.Serve(ln) }()

	botCtx, stopBot := context.WithCancel(ctx)
	defer stopBot()
	botErr := make(chan error, 1)
	go func() { botErr <- run(botCtx) }()

	var err error
	select {
	case err = <-botErr:
	case herr := <-httpErr:
		stopBot()
		<-botErr
		return fmt.Errorf("internal HTTP server: %w", herr)
	}
	shutCtx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if serr := srv.Shutdown(shutCtx); serr != nil {
		log.Warn("internal HTTP server shutdown", "err", serr)
	}
	return err
}
