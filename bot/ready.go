package bot

import "errors"

// Ready reports whether this replica can take Slack's traffic: nil once the
// Socket Mode connection is up; an error before the first connection, after a
// disconnect until the reconnection succeeds, and from the start of shutdown
// on. It is safe to call from any goroutine (readiness probes).
func (b *Bot) Ready() error {
	p := b.conn.Load()
	if p == nil {
		return errors.New("socket mode: not connected yet")
	}
	if *p != "" {
		return errors.New(*p)
	}
	return nil
}

// setConn records the connection state for Ready: "" means connected, anything
// else is the reason the bot is not.
func (b *Bot) setConn(reason string) {
	b.conn.Store(&reason)
	b.metrics.SocketMode(reason == "")
}

// Reasons Ready gives.
const (
	connConnecting   = "socket mode: connecting"
	connReconnecting = "socket mode: disconnected, reconnecting"
	connRefused      = "socket mode: invalid app token"
	connShutdown     = "shutting down"
)
