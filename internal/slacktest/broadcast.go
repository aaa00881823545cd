package slacktest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/gorilla/websocket"
)

// Broadcast makes every later Send (and SendEvent, SendSlash, …) write the
// envelope to each open Socket Mode connection rather than the newest one, as
// when several replicas of an app are connected and each receives the same
// delivery. The envelope's ack is recorded once per connection that acks it
// (the last ack wins in Acks).
func (s *Server) Broadcast(on bool) { s.broadcast.Store(on) }

// WaitOpen waits until n connections are open at once.
func (s *Server) WaitOpen(ctx context.Context, n int) error {
	return s.wait(ctx, func() bool {
		open := 0
		for _, c := range s.conns {
			if c.alive() {
				open++
			}
		}
		return open >= n
	})
}

// sendAll writes envelope to every open connection; it fails if none is open
// or if every write fails.
func (s *Server) sendAll(ctx context.Context, envelope map[string]any) error {
	if _, err := s.current(ctx); err != nil {
		return err
	}
	js, err := json.Marshal(envelope)
	if err != nil {
		return fmt.Errorf("slacktest: encode envelope: %w", err)
	}
	s.mu.Lock()
	var open []*wsConn
	for _, c := range s.conns {
		if c.alive() {
			open = append(open, c)
		}
	}
	if id, _ := envelope["envelope_id"].(string); id != "" {
		s.sent[id] = time.Now()
	}
	s.mu.Unlock()
	var errs []error
	for _, c := range open {
		c.wmu.Lock()
		_ = c.conn.SetWriteDeadline(time.Now().Add(5 * time.Second))
		werr := c.conn.WriteMessage(websocket.TextMessage, js)
		c.wmu.Unlock()
		if werr != nil {
			c.drop()
			errs = append(errs, werr)
		}
	}
	if len(errs) == len(open) {
		return fmt.Errorf("slacktest: write envelope to %d connections: %w", len(open), errors.Join(errs...))
	}
	return nil
}
