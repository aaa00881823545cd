package slacktest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// Ack is an envelope acknowledgement received from the app.
type Ack struct {
	EnvelopeID string
	Payload    json.RawMessage // nil for a bare ack
	At         time.Time
	Latency    time.Duration // from the envelope's write to the ack's arrival
}

// wsConn is one Socket Mode connection.
type wsConn struct {
	id   int
	conn *websocket.Conn
	wmu  sync.Mutex
	done chan struct{}
	once sync.Once
}

func (c *wsConn) write(v any) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	_ = c.conn.SetWriteDeadline(time.Now().Add(5 * time.Second))
	return c.conn.WriteJSON(v)
}

// drop closes the TCP connection without a close frame, as a network failure would.
func (c *wsConn) drop() {
	c.once.Do(func() {
		close(c.done)
		_ = c.conn.UnderlyingConn().Close()
	})
}

func (c *wsConn) alive() bool {
	select {
	case <-c.done:
		return false
	default:
		return true
	}
}

func (s *Server) serveSocket(w http.ResponseWriter, r *http.Request) {
	conn, err := s.upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	s.mu.Lock()
	s.opened++
	c := &wsConn{id: s.opened, conn: conn, done: make(chan struct{})}
	s.mu.Unlock()

	hello := map[string]any{
		"type": "hello", "num_connections": 1,
		"debug_info":      map[string]any{"host": "applink-fake", "build_number": 1, "approximate_connection_time": 18060},
		"connection_info": map[string]any{"app_id": AppID},
	}
	if err := c.write(hello); err != nil {
		c.drop()
		return
	}
	s.mu.Lock()
	s.conns = append(s.conns, c)
	s.notify()
	s.mu.Unlock()

	go s.pinger(c)
	s.readAcks(c)
}

// pinger sends WebSocket ping frames, as Slack does; slack-go reconnects when
// they stop.
func (s *Server) pinger(c *wsConn) {
	t := time.NewTicker(s.pingInterval)
	defer t.Stop()
	for {
		select {
		case <-c.done:
			return
		case <-t.C:
			c.wmu.Lock()
			err := c.conn.WriteControl(websocket.PingMessage, []byte("ping"), time.Now().Add(time.Second))
			c.wmu.Unlock()
			if err != nil {
				c.drop()
				return
			}
		}
	}
}

func (s *Server) readAcks(c *wsConn) {
	defer func() {
		c.drop()
		s.mu.Lock()
		s.notify()
		s.mu.Unlock()
	}()
	for {
		_, data, err := c.conn.ReadMessage()
		if err != nil {
			return
		}
		now := time.Now()
		var a struct {
			EnvelopeID string          `json:"envelope_id"`
			Payload    json.RawMessage `json:"payload"`
		}
		if json.Unmarshal(data, &a) != nil || a.EnvelopeID == "" {
			continue
		}
		s.mu.Lock()
		ack := Ack{EnvelopeID: a.EnvelopeID, Payload: a.Payload, At: now}
		if sent, ok := s.sent[a.EnvelopeID]; ok {
			ack.Latency = now.Sub(sent)
		}
		if _, dup := s.acks[a.EnvelopeID]; !dup {
			s.acks[a.EnvelopeID] = ack
		}
		s.notify()
		s.mu.Unlock()
	}
}

// Connections reports how many Socket Mode connections were opened so far and
// how many are open now.
func (s *Server) Connections() (opened, open int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, c := range s.conns {
		if c.alive() {
			open++
		}
	}
	return len(s.conns), open
}

// WaitConnections waits until n connections have been opened in total and one
// is open.
func (s *Server) WaitConnections(ctx context.Context, n int) error {
	return s.wait(ctx, func() bool {
		if len(s.conns) < n {
			return false
		}
		return s.conns[len(s.conns)-1].alive()
	})
}

// current returns the newest open connection, waiting for one if needed.
func (s *Server) current(ctx context.Context) (*wsConn, error) {
	var c *wsConn
	err := s.wait(ctx, func() bool {
		for i := len(s.conns) - 1; i >= 0; i-- {
			if s.conns[i].alive() {
				c = s.conns[i]
				return true
			}
		}
		return false
	})
	if err != nil {
		return nil, errors.New("slacktest: no open Socket Mode connection")
	}
	return c, nil
}

// Send writes a raw envelope to the newest open connection. Envelopes with an
// envelope_id are timed for Ack latency.
func (s *Server) Send(ctx context.Context, envelope map[string]any) error {
	if s.broadcast.Load() {
		return s.sendAll(ctx, envelope)
	}
	c, err := s.current(ctx)
	if err != nil {
		return err
	}
	js, err := json.Marshal(envelope)
	if err != nil {
		return fmt.Errorf("slacktest: encode envelope: %w", err)
	}
	id, _ := envelope["envelope_id"].(string)
	c.wmu.Lock()
	// Time the envelope from its write, not from waiting for the lock, so
	// that Ack.Latency measures the app and not this fake.
	if id != "" {
		s.mu.Lock()
		s.sent[id] = time.Now()
		s.mu.Unlock()
	}
	_ = c.conn.SetWriteDeadline(time.Now().Add(5 * time.Second))
	err = c.conn.WriteMessage(websocket.TextMessage, js)
	c.wmu.Unlock()
	if err != nil {
		c.drop()
		return fmt.Errorf("slacktest: write envelope: %w", err)
	}
	return nil
}

// Disconnect sends Slack's "disconnect" message with the reason (Slack uses
// "refresh_requested" and "warning"), then closes the connection a moment
// later, as Slack does.
func (s *Server) Disconnect(ctx context.Context, reason string) error {
	c, err := s.current(ctx)
	if err != nil {
		return err
	}
	msg := map[string]any{"type": "disconnect", "reason": reason, "debug_info": map[string]any{"host": "applink-fake"}}
	if err := c.write(msg); err != nil {
		return err
	}
	go func() {
		select {
		case <-c.done:
		case <-time.After(2 * time.Second):
			c.drop()
		}
	}()
	return nil
}

// Drop closes the newest connection abruptly (no close frame).
func (s *Server) Drop(ctx context.Context) error {
	c, err := s.current(ctx)
	if err != nil {
		return err
	}
	c.drop()
	s.mu.Lock()
	s.notify()
	s.mu.Unlock()
	return nil
}

// Acks returns every ack received so far, by envelope id.
func (s *Server) Acks() map[string]Ack {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]Ack, len(s.acks))
	for k, v := range s.acks {
		out[k] = v
	}
	return out
}

// WaitAck waits for the ack of one envelope.
func (s *Server) WaitAck(ctx context.Context, envelopeID string) (Ack, error) {
	var a Ack
	err := s.wait(ctx, func() bool {
		var ok bool
		a, ok = s.acks[envelopeID]
		return ok
	})
	if err != nil {
		return a, fmt.Errorf("waiting for ack of %s: %w", envelopeID, err)
	}
	return a, nil
}

// envelopeID returns a fresh envelope id.
func (s *Server) envelopeID() string {
	return "env-" + strconv.FormatInt(s.seq.Add(1), 10)
}
