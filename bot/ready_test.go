package bot

import (
	"strings"
	"testing"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"

	"github.com/socbot/socbot/internal/state"
)

func TestReadyFollowsSocketEvents(t *testing.T) {
	b, err := New(Config{}, Deps{Slack: slack.New("xoxb-test"), Engine: fakeEngine{}, Store: state.NewMemory(state.Config{})}, nil)
	if err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		event socketmode.EventType
		want  string // "" means ready
	}{
		{"", "not connected yet"},
		{socketmode.EventTypeConnecting, "connecting"},
		{socketmode.EventTypeConnected, ""},
		{socketmode.EventTypeHello, ""},
		{socketmode.EventTypeDisconnect, "reconnecting"},
		{socketmode.EventTypeConnecting, "connecting"},
		{socketmode.EventTypeConnected, ""},
		{socketmode.EventTypeConnectionError, "reconnecting"},
		{socketmode.EventTypeConnected, ""},
		{socketmode.EventTypeInvalidAuth, "invalid app token"},
	}
	for i, s := range steps {
		if s.event != "" {
			b.dispatch(socketmode.Event{Type: s.event})
		}
		err := b.Ready()
		switch {
		case s.want == "" && err != nil:
			t.Errorf("step %d (%s): Ready() = %v, want nil", i, s.event, err)
		case s.want != "" && (err == nil || !strings.Contains(err.Error(), s.want)):
			t.Errorf("step %d (%s): Ready() = %v, want an error about %q", i, s.event, err, s.want)
		}
	}
}

// waitReady polls Ready until it matches want (nil or not), for up to 10 s.
func waitReady(t *testing.T, b *Bot, ready bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		err := b.Ready()
		if (err == nil) == ready {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("Ready() = %v after 10 s, want ready=%v", err, ready)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestReadyAcrossReconnectAndShutdown(t *testing.T) {
	h := start(t, Config{}, Deps{})
	waitReady(t, h.bot, true)
	if err := h.srv.Drop(h.wctx()); err != nil {
		t.Fatal(err)
	}
	if err := h.srv.WaitConnections(h.wctx(), 2); err != nil {
		t.Fatal(err)
	}
	waitReady(t, h.bot, true)
	h.stop()
	select {
	case <-h.done:
	case <-time.After(15 * time.Second):
		t.Fatal("bot did not stop")
	}
	h.done <- nil // for the harness cleanup
	if err := h.bot.Ready(); err == nil || !strings.Contains(err.Error(), "shutting down") {
		t.Errorf("after shutdown Ready() = %v, want shutting down", err)
	}
}
