package main

import (
	"context"
	"fmt"
	"io"

	"github.com/socbot/socbot/internal/version"
)

// runVersion prints the build's version and Go toolchain: "socbot v1.4.0 (go1.26.0)".
func runVersion(_ context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		fmt.Fprintln(stderr, "usage: socbot version")
		return 2
	}
	fmt.Fprintf(stdout, "socbot %s (%s)\n", version.String(), version.GoVersion())
	return 0
}
