package deploy

import _ "embed"

// SlackAppManifest is the Slack app manifest (slack-app-manifest.yaml): Socket
// Mode, the /soc command, the events socbot handles and exactly the bot
// scopes it uses. `socbot manifest` prints it.
//
//go:embed slack-app-manifest.yaml
var SlackAppManifest string
