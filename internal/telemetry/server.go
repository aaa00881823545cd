package telemetry

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// DefaultAddr is where the internal HTTP server listens unless SOC_HTTP_ADDR
// says otherwise.
const DefaultAddr = ":8080"

// Server returns the internal HTTP server (not started) with:
//
//	/healthz  200 "ok" while the process runs (liveness)
//	/readyz   200 "ok" when ready() returns nil, else 503 and the reason (readiness)
//	/metrics  Prometheus exposition of m's registry (404 when m is nil)
//
// ready may be nil (always ready). The caller runs ListenAndServe and calls
// Shutdown on exit.
func Server(addr string, m *Metrics, ready func() error, log *slog.Logger) *http.Server {
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		plain(w, http.StatusOK, "ok")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, _ *http.Request) {
		if ready != nil {
			if err := ready(); err != nil {
				plain(w, http.StatusServiceUnavailable, "not ready: "+Redact(err.Error()))
				return
			}
		}
		plain(w, http.StatusOK, "ok")
	})
	if m != nil {
		mux.Handle("GET /metrics", promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{
			ErrorLog: errorLog{log},
			Registry: m.reg, // promhttp_metric_handler_errors_total
		}))
	} else {
		mux.HandleFunc("GET /metrics", func(w http.ResponseWriter, _ *http.Request) {
			plain(w, http.StatusNotFound, "metrics disabled")
		})
	}
	return &http.Server{
		Addr:              addr,
		Handler:           mux,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       60 * time.Second,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
}

func plain(w http.ResponseWriter, code int, body string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	io.WriteString(w, body+"\n")
}

// errorLog adapts slog to promhttp's Logger.
type errorLog struct{ log *slog.Logger }

func (e errorLog) Println(v ...any) {
	e.log.Warn("serve metrics", "err", strings.TrimSpace(fmt.Sprintln(v...)))
}

// ProbeURL turns a listen address such as ":8080", "0.0.0.0:8080" or
// "[::]:8080" into the URL of path on this host's loopback, which is what a
// health probe inside the container must call. A specific host is kept.
func ProbeURL(addr, path string) (string, error) {
	if addr == "" {
		addr = DefaultAddr
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return "", fmt.Errorf("listen address %q: %w", addr, err)
	}
	if port == "" {
		return "", fmt.Errorf("listen address %q: no port", addr)
	}
	switch host {
	case "", "0.0.0.0", "::":
		host = "127.0.0.1"
	}
	if !strings.HasPrefix(path, "/") {
		path = "/" + path
	}
	return "http://" + net.JoinHostPort(host, port) + path, nil
}

// Probe GETs url and returns nil on a 2xx answer. It gives up when ctx ends;
// the caller sets the deadline.
func Probe(ctx context.Context, url string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return fmt.Errorf("probe %s: %w", url, err)
	}
	// No proxy from the environment: the target is always this host.
	client := &http.Client{Transport: &http.Transport{Proxy: nil, DisableKeepAlives: true}}
	resp, err := client.Do(req)
	if err != nil {
		return fmt.Errorf("probe %s: %w", url, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return fmt.Errorf("probe %s: %s: %s", url, resp.Status, strings.TrimSpace(string(body)))
	}
	return nil
}

// Run serves srv on srv.Addr until ctx ends, then shuts it down, giving
// open requests up to 5 seconds. It returns at once when the address cannot
// be bound, and nil after a clean shutdown.
//
//	srv := telemetry.Server(cfg.HTTPAddr, metrics, bot.Ready, log)
//	go func() { errc <- telemetry.Run(ctx, srv) }()
func Run(ctx context.Context, srv *http.Server) error {
	addr := srv.Addr
	if addr == "" {
		addr = DefaultAddr
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen %s: %w", addr, err)
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve %s: %w", addr, err)
	case <-ctx.Done():
	}
	shutCtx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutCtx); err != nil {
		return fmt.Errorf("shut down %s: %w", addr, err)
	}
	return nil
}
