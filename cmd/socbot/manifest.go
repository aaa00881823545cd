package main

import (
	"context"
	"fmt"
	"io"

	"github.com/socbot/socbot/deploy"
)

// runManifest prints the Slack app manifest, to paste into "Create an app →
// From a manifest".
func runManifest(_ context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		fmt.Fprintln(stderr, "socbot manifest: takes no arguments")
		return 2
	}
	fmt.Fprint(stdout, deploy.SlackAppManifest)
	return 0
}
