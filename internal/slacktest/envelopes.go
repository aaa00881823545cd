package slacktest

import (
	"context"
	"strconv"
	"strings"
	"time"
)

// EventOpts are the outer fields of an events_api envelope.
type EventOpts struct {
	EventID      string // generated when empty; reuse one to simulate a redelivery
	RetryAttempt int
	RetryReason  string // "timeout", "http_error", … when RetryAttempt > 0
}

// SendEvent wraps an inner event (see Mention, ChannelMessage, …) in an
// events_api envelope, as Slack delivers it, and sends it.
func (s *Server) SendEvent(ctx context.Context, inner map[string]any, o EventOpts) (envelopeID, eventID string, err error) {
	eventID = o.EventID
	if eventID == "" {
		eventID = "Ev" + strconv.FormatInt(s.seq.Add(1), 10)
	}
	envelopeID = s.envelopeID()
	retryReason := any(nil)
	if o.RetryAttempt > 0 {
		retryReason = o.RetryReason
		if o.RetryReason == "" {
			retryReason = "timeout"
		}
	}
	env := map[string]any{
		"envelope_id": envelopeID,
		"type":        "events_api",
		"payload": map[string]any{
			"token":           "fake-verification-token",
			"team_id":         TeamID,
			"context_team_id": TeamID,
			"api_app_id":      AppID,
			"event":           inner,
			"type":            "event_callback",
			"event_id":        eventID,
			"event_time":      time.Now().Unix(),
			"authorizations": []map[string]any{{
				"enterprise_id": nil, "team_id": TeamID, "user_id": BotUserID, "is_bot": true, "is_enterprise_install": false,
			}},
			"is_ext_shared_channel": false,
			"event_context":         "4-fake-" + eventID,
		},
		"accepts_response_payload": false,
		"retry_attempt":            o.RetryAttempt,
		"retry_reason":             retryReason,
	}
	return envelopeID, eventID, s.Send(ctx, env)
}

func eventTS(ts string) string { return strings.ReplaceAll(ts, ".", "") }

// Mention is an app_mention event. threadTS may be empty.
func Mention(channel, user, text, ts, threadTS string) map[string]any {
	e := map[string]any{
		"client_msg_id": "cm-" + ts, "type": "app_mention", "text": text, "user": user, "ts": ts,
		"team": TeamID, "channel": channel, "event_ts": ts,
	}
	if threadTS != "" {
		e["thread_ts"] = threadTS
	}
	return e
}

// ChannelMessage is a message event from a public channel (message.channels).
func ChannelMessage(channel, user, text, ts, threadTS string) map[string]any {
	return message(channel, "channel", user, text, ts, threadTS)
}

// DirectMessage is a message event from a DM with the app (message.im).
func DirectMessage(channel, user, text, ts, threadTS string) map[string]any {
	return message(channel, "im", user, text, ts, threadTS)
}

func message(channel, channelType, user, text, ts, threadTS string) map[string]any {
	e := map[string]any{
		"client_msg_id": "cm-" + ts, "type": "message", "text": text, "user": user, "ts": ts,
		"team": TeamID, "channel": channel, "event_ts": ts, "channel_type": channelType,
	}
	if threadTS != "" {
		e["thread_ts"] = threadTS
	}
	return e
}

// BotMessage is a bot_message subtype event.
func BotMessage(channel, botID, text, ts string) map[string]any {
	return map[string]any{
		"type": "message", "subtype": "bot_message", "text": text, "bot_id": botID, "ts": ts,
		"channel": channel, "event_ts": ts, "channel_type": "channel",
	}
}

// EditedMessage is a message_changed event.
func EditedMessage(channel, user, newText, ts string) map[string]any {
	editTS := ts + "1"
	return map[string]any{
		"type": "message", "subtype": "message_changed", "hidden": true, "channel": channel, "ts": editTS,
		"event_ts": editTS, "channel_type": "channel",
		"message": map[string]any{"type": "message", "user": user, "text": newText, "ts": ts,
			"edited": map[string]any{"user": user, "ts": editTS}},
		"previous_message": map[string]any{"type": "message", "user": user, "text": "before", "ts": ts},
	}
}

// DeletedMessage is a message_deleted event.
func DeletedMessage(channel, ts string) map[string]any {
	delTS := ts + "2"
	return map[string]any{
		"type": "message", "subtype": "message_deleted", "hidden": true, "channel": channel, "ts": delTS,
		"deleted_ts": ts, "event_ts": delTS, "channel_type": "channel",
		"previous_message": map[string]any{"type": "message", "user": "U0SOMEONE", "text": "gone", "ts": ts},
	}
}

// JoinMessage is a channel_join event.
func JoinMessage(channel, user, ts string) map[string]any {
	return map[string]any{
		"type": "message", "subtype": "channel_join", "user": user, "text": "<@" + user + "> has joined the channel",
		"channel": channel, "ts": ts, "event_ts": ts, "channel_type": "channel",
	}
}

// HomeOpened is an app_home_opened event for the Home tab.
func HomeOpened(user string) map[string]any {
	return map[string]any{"type": "app_home_opened", "user": user, "channel": "D0HOME" + user, "tab": "home",
		"event_ts": strconv.FormatInt(time.Now().Unix(), 10) + ".000100"}
}

// Slash is a slash command invocation.
type Slash struct {
	Channel, User, Text string
	Command             string // "/soc" when empty
	ResponseURL         string // a fake response_url when empty
}

// SendSlash sends a slash_commands envelope and returns its envelope id and
// response_url.
func (s *Server) SendSlash(ctx context.Context, c Slash) (envelopeID, responseURL string, err error) {
	if c.Command == "" {
		c.Command = "/soc"
	}
	if c.ResponseURL == "" {
		c.ResponseURL = s.ResponseURL()
	}
	envelopeID = s.envelopeID()
	env := map[string]any{
		"envelope_id": envelopeID,
		"type":        "slash_commands",
		"payload": map[string]any{
			"token": "fake-verification-token", "team_id": TeamID, "team_domain": "fake",
			"channel_id": c.Channel, "channel_name": "general", "user_id": c.User, "user_name": "someone",
			"command": c.Command, "text": c.Text, "api_app_id": AppID, "is_enterprise_install": "false",
			"response_url": c.ResponseURL, "trigger_id": "trig-" + envelopeID,
		},
		"accepts_response_payload": true,
	}
	return envelopeID, c.ResponseURL, s.Send(ctx, env)
}

// Action is a block_actions button click.
type Action struct {
	Channel, User   string
	ChannelName     string // "general" when empty; "directmessage" or "mpdm-…" for DMs
	ActionID, Value string
	MessageTS       string // the message the button is on
	ThreadTS        string // the thread that message is in, if any
	Ephemeral       bool   // the button is on an ephemeral message
	ResponseURL     string // a fake response_url when empty
	ActionTS        string // generated when empty
}

// SendBlockAction sends an interactive envelope for a button click and returns
// its envelope id and response_url.
func (s *Server) SendBlockAction(ctx context.Context, a Action) (envelopeID, responseURL string, err error) {
	if a.ResponseURL == "" {
		a.ResponseURL = s.ResponseURL()
	}
	if a.ActionTS == "" {
		a.ActionTS = s.NextTS()
	}
	if a.ChannelName == "" {
		a.ChannelName = "general"
	}
	envelopeID = s.envelopeID()
	env := map[string]any{
		"envelope_id": envelopeID,
		"type":        "interactive",
		"payload": map[string]any{
			"type":       "block_actions",
			"user":       map[string]any{"id": a.User, "username": "someone", "name": "someone", "team_id": TeamID},
			"api_app_id": AppID,
			"token":      "fake-verification-token",
			"container": map[string]any{"type": "message", "message_ts": a.MessageTS, "thread_ts": a.ThreadTS,
				"channel_id": a.Channel, "is_ephemeral": a.Ephemeral},
			"trigger_id":            "trig-" + envelopeID,
			"team":                  map[string]any{"id": TeamID, "domain": "fake"},
			"enterprise":            nil,
			"is_enterprise_install": false,
			"channel":               map[string]any{"id": a.Channel, "name": a.ChannelName},
			"state":                 map[string]any{"values": map[string]any{}},
			"response_url":          a.ResponseURL,
			"actions": []map[string]any{{
				"action_id": a.ActionID, "block_id": "socbot_actions",
				"text":  map[string]any{"type": "plain_text", "text": "button", "emoji": true},
				"value": a.Value, "type": "button", "action_ts": a.ActionTS,
			}},
		},
		"accepts_response_payload": false,
	}
	return envelopeID, a.ResponseURL, s.Send(ctx, env)
}
