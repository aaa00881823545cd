package main

import (
	"context"
	"fmt"

	"github.com/socbot/socbot/deploy"
)

// runManifest prints the Slack app manifest, to paste into "Create an app →
// From a manifest".
func runManifest(_ context.Context, s streams, args []string) error {
	if err := noArgs("manifest", s, args, ""); err != nil {
		return err
	}
	fmt.Fprint(s.out, deploy.SlackAppManifest)
	return nil
}
