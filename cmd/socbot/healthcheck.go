package main

import (
	"context"
	"flag"
	"fmt"
	"io"
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
func runHealthcheck(ctx context.Context, args []string, _ io.Reader, _, stderr io.Writer) int {
	fs := flag.NewFlagSet("healthcheck", flag.ContinueOnError)
	fs.SetOutput(stderr)
	path := fs.String("path", "/healthz", "path to probe (/healthz or /readyz)")
	timeout := fs.Duration("timeout", 2*time.Second, "give up after this long")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	var c HTTPConfig
	if _, err := loadEnv(&c); err != nil {
		fmt.Fprintf(stderr, "socbot healthcheck: %v\n", err)
		return 2
	}
	url, err := telemetry.ProbeURL(c.HTTPAddr, *path)
	if err != nil {
		fmt.Fprintf(stderr, "socbot healthcheck: SOC_HTTP_ADDR: %v\n", err)
		return 2
	}
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	if err := telemetry.Probe(ctx, url); err != nil {
		fmt.Fprintf(stderr, "socbot healthcheck: %v\n", err)
		return 1
	}
	return 0
}
