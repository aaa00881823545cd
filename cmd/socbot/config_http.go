package main

import (
	"net"

	"github.com/socbot/socbot/internal/telemetry"
)

// HTTPConfig is the internal HTTP server: health, readiness and metrics.
// Logging is LogConfig (SOC_LOG_FORMAT, SOC_LOG_LEVEL).
type HTTPConfig struct {
	// HTTPAddr is where /healthz, /readyz and /metrics listen. Keep it off the
	// public network: nothing from Slack ever calls in (Socket Mode dials out).
	HTTPAddr string `envconfig:"SOC_HTTP_ADDR"`
	// httpAddrSet records whether SOC_HTTP_ADDR was given: a taken default port
	// only disables the internal server (two bots on one host still run), while a
	// chosen address that cannot be had is an error.
	httpAddrSet bool
}

// validate reports an address net.Listen cannot take, naming the variable.
func (c HTTPConfig) validate(bad func(name, format string, args ...any)) {
	if c.HTTPAddr == "" {
		return
	}
	if _, port, err := net.SplitHostPort(c.HTTPAddr); err != nil || port == "" {
		bad("SOC_HTTP_ADDR", "%q: want host:port or :port, such as %s", c.HTTPAddr, telemetry.DefaultAddr)
	}
}
