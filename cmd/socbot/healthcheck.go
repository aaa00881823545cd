package main

import (
	"context"
	"time"

	"github.com/socbot/socbot/internal/telemetry"
)

// runHealthcheck probes the running bot's internal HTTP server on this host
// and exits 0 when it answers 2xx. Distroless images have no curl or wget,
// so container health checks (docker compose) call the binary itself:
//
//	socbot healthcheck            # GET /healthz
//	socbot healthcheck -path /readyz
//
// The port comes from SOC_HTTP_ADDR (default :8080), as for `socbot run`.
func runHealthcheck(ctx context.Context, s streams, args []string) error {
	fs := newFlags("healthcheck")
	path := fs.String("path", "/healthz", "path to probe (/healthz or /readyz)")
	timeout := fs.Duration("timeout", 2*time.Second, "give up after this long")
	if err := parseFlags(fs, args, s); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageErrorf("unexpected argument %q", fs.Arg(0))
	}
	var c HTTPConfig
	if _, err := loadEnv(&c); err != nil {
		return usageError(err)
	}
	url, err := telemetry.ProbeURL(c.HTTPAddr, *path)
	if err != nil {
		return usageErrorf("SOC_HTTP_ADDR: %v", err)
	}
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	return telemetry.Probe(ctx, url)
}
