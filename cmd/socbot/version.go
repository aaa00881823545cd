package main

import (
	"context"
	"fmt"

	"github.com/socbot/socbot/internal/version"
)

// runVersion prints the build's version and Go toolchain: "socbot v1.4.0 (go1.26.0)".
func runVersion(_ context.Context, s streams, args []string) error {
	if err := noArgs("version", s, args, ""); err != nil {
		return err
	}
	fmt.Fprintf(s.out, "socbot %s (%s)\n", version.String(), version.GoVersion())
	return nil
}
