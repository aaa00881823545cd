package slacktest

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/slack-go/slack"
)

func client(s *Server) *slack.Client {
	return slack.New(BotToken, slack.OptionAppLevelToken(AppToken), slack.OptionAPIURL(s.URL))
}

func TestWebAPI(t *testing.T) {
	s := New()
	defer s.Close()
	api := client(s)
	ctx := context.Background()

	auth, err := api.AuthTestContext(ctx)
	if err != nil || auth.UserID != BotUserID || auth.BotID != BotID || auth.TeamID != TeamID {
		t.Fatalf("auth.test = %+v, %v", auth, err)
	}
	_, url, err := api.StartSocketModeContext(ctx)
	if err != nil || !strings.HasPrefix(url, "ws://127.0.0.1:") {
		t.Fatalf("apps.connections.open = %q, %v", url, err)
	}

	_, ts, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("hi &lt;!channel&gt;", false), slack.MsgOptionTS("1.0"))
	if err != nil || ts == "" {
		t.Fatalf("chat.postMessage = %q, %v", ts, err)
	}
	msgs, _, _, err := api.GetConversationRepliesContext(ctx, &slack.GetConversationRepliesParameters{ChannelID: "C1", Timestamp: "1.0"})
	if err != nil || len(msgs) != 1 || msgs[0].Timestamp != ts {
		t.Fatalf("conversations.replies = %+v, %v", msgs, err)
	}
	if got := s.Calls("chat.postMessage")[0].Text(); got != "hi &lt;!channel&gt;" {
		t.Errorf("Text() = %q", got)
	}

	s.RateLimit("reactions.add", 1, 7)
	err = api.AddReactionContext(ctx, "eyes", slack.NewRefToMessage("C1", ts))
	var rl *slack.RateLimitedError
	if !errors.As(err, &rl) || rl.RetryAfter != 7*time.Second {
		t.Fatalf("injected 429 = %v", err)
	}
	if err := api.AddReactionContext(ctx, "eyes", slack.NewRefToMessage("C1", ts)); err != nil {
		t.Fatalf("reactions.add after the 429 = %v", err)
	}

	s.Fail("chat.postEphemeral", 1, Failure{SlackError: "not_in_channel"})
	if _, err := api.PostEphemeralContext(ctx, "C1", "U1", slack.MsgOptionText("x", false)); err == nil || err.Error() != "not_in_channel" {
		t.Fatalf("injected Slack error = %v", err)
	}

	file, err := api.UploadFileContext(ctx, slack.UploadFileParameters{Filename: "a.csv", Content: "a,b\n", FileSize: 4, Channel: "C1", ThreadTimestamp: ts})
	if err != nil || file.ID == "" {
		t.Fatalf("upload = %+v, %v", file, err)
	}
	if up := s.Calls("upload"); len(up) != 1 || string(up[0].Body) != "a,b\n" || up[0].Params.Get("filename") != "a.csv" {
		t.Errorf("upload recorded as %+v", up)
	}

	bad := slack.New("xoxp-user-token", slack.OptionAPIURL(s.URL))
	if _, err := bad.AuthTestContext(ctx); err == nil || err.Error() != "invalid_auth" {
		t.Errorf("user token accepted: %v", err)
	}
}
