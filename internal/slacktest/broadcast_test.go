package slacktest

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// TestBroadcast opens two Socket Mode connections and checks that, with
// Broadcast on, one envelope reaches both.
func TestBroadcast(t *testing.T) {
	s := New()
	defer s.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var conns []*websocket.Conn
	for range 2 {
		_, url, err := client(s).StartSocketModeContext(ctx)
		if err != nil {
			t.Fatal(err)
		}
		c, _, err := websocket.DefaultDialer.DialContext(ctx, url, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		conns = append(conns, c)
	}
	if err := s.WaitOpen(ctx, 2); err != nil {
		t.Fatal(err)
	}
	s.Broadcast(true)
	env, _, err := s.SendEvent(ctx, Mention("C1", "U1", "hi", s.NextTS(), ""), EventOpts{})
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range conns {
		_ = c.SetReadDeadline(time.Now().Add(5 * time.Second))
		for {
			var msg map[string]any
			if err := c.ReadJSON(&msg); err != nil {
				t.Fatalf("connection %d: %v", i, err)
			}
			if msg["envelope_id"] == env {
				break
			}
			if msg["type"] != "hello" {
				js, _ := json.Marshal(msg)
				t.Fatalf("connection %d got %s before the envelope", i, js)
			}
		}
	}
}
