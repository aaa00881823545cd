// Package slacktest is an in-process fake Slack for tests and load tests: an
// httptest Web API server for the methods socbot calls, and a Socket Mode
// WebSocket at the URL that apps.connections.open returns, speaking Slack's
// envelope format (hello, events_api, slash_commands, interactive, disconnect,
// ping frames, envelope acks). It records every call and ack, can answer with
// 429 + Retry-After or 5xx, and can drop a connection abruptly.
package slacktest

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"
)

// Identity of the fake workspace and app.
const (
	TeamID    = "T0FAKE001"
	TeamName  = "Fake Workspace"
	AppID     = "A0FAKE001"
	BotUserID = "U0SOCBOT1"
	BotID     = "B0SOCBOT1"
	BotToken  = "xoxb-fake-bot-token"
	AppToken  = "xapp-1-fake-app-token"
)

// Call is one recorded Web API request.
type Call struct {
	Method string     // "chat.postMessage", …, "upload", "response_url"
	Params url.Values // form or query parameters
	Body   []byte     // raw JSON body, for JSON methods and response_url posts
	Path   string
	At     time.Time
}

// Failure is an injected error response.
type Failure struct {
	Status     int    // HTTP status (429, 500, …); 0 means 200 with SlackError
	RetryAfter int    // seconds, sent with 429
	SlackError string // {"ok":false,"error":…} when Status is 0
	// Stall holds the request without answering until the client gives up
	// (or the server closes); Status and SlackError are then unused.
	Stall bool

	pass bool // answer as usual: queued by FailAfter before its failures
}

// Message is a message in the fake's channel history.
type Message struct {
	Channel  string
	TS       string
	ThreadTS string
	User     string
	BotID    string
	Text     string
	Blocks   json.RawMessage
	Metadata json.RawMessage
	Files    []File // shared with the message (add them with AddFile first)
}

// Server is the fake Slack. Create it with New and Close it when done.
type Server struct {
	// URL is the Web API base URL, ending in "/" (for SLACK_API_URL).
	URL string

	http         *httptest.Server
	upgrader     websocket.Upgrader
	pingInterval time.Duration

	mu       sync.Mutex
	calls    []Call
	counts   map[string]int // calls per method, so waiting is O(1) per wake-up
	failures map[string][]Failure
	history  map[string][]Message // by channel
	files    map[string]File      // shared files, by id
	served   map[string]int64     // bytes of each file written to downloads
	streamed map[string]int       // downloads of each file whose writing has ended
	acks     map[string]Ack
	sent     map[string]time.Time
	conns    []*wsConn
	opened   int
	changed  chan struct{} // closed and replaced whenever calls, acks or conns change

	seq atomic.Int64
	// broadcast makes Send write each envelope to every open connection.
	broadcast atomic.Bool
}

// Option configures a Server.
type Option func(*Server)

// WithPingInterval sets how often the Socket Mode server pings (default 5s).
func WithPingInterval(d time.Duration) Option { return func(s *Server) { s.pingInterval = d } }

// New starts a fake Slack on a loopback port.
func New(opts ...Option) *Server {
	s := &Server{
		pingInterval: 5 * time.Second,
		failures:     make(map[string][]Failure),
		counts:       make(map[string]int),
		history:      make(map[string][]Message),
		files:        make(map[string]File),
		served:       make(map[string]int64),
		streamed:     make(map[string]int),
		acks:         make(map[string]Ack),
		sent:         make(map[string]time.Time),
		changed:      make(chan struct{}),
		// Slack's client sends Origin: https://api.slack.com; accept any origin.
		upgrader: websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }},
	}
	for _, o := range opts {
		o(s)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/api/", s.serveAPI)
	mux.HandleFunc("/upload/", s.serveUpload)
	mux.HandleFunc("/response/", s.serveResponse)
	mux.HandleFunc("/link/", s.serveSocket)
	mux.HandleFunc("/files/", s.serveFile)
	mux.HandleFunc("/signin", s.serveSignin)
	s.http = httptest.NewServer(mux)
	s.URL = s.http.URL + "/api/"
	return s
}

// Close drops every connection and stops the server.
func (s *Server) Close() {
	s.mu.Lock()
	conns := append([]*wsConn(nil), s.conns...)
	s.mu.Unlock()
	for _, c := range conns {
		c.drop()
	}
	s.http.CloseClientConnections()
	s.http.Close()
}

// notify wakes waiters; callers hold s.mu.
func (s *Server) notify() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// wait blocks until cond (evaluated under s.mu) holds or ctx ends.
func (s *Server) wait(ctx context.Context, cond func() bool) error {
	for {
		s.mu.Lock()
		ok := cond()
		ch := s.changed
		s.mu.Unlock()
		if ok {
			return nil
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// Fail makes the next n calls of method answer with f.
func (s *Server) Fail(method string, n int, f Failure) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for range n {
		s.failures[method] = append(s.failures[method], f)
	}
}

// FailAfter lets the next skip calls of method through, then makes the n
// after them fail with f: a failure in the middle of a run of posts.
func (s *Server) FailAfter(method string, skip, n int, f Failure) {
	s.Fail(method, skip, Failure{pass: true})
	s.Fail(method, n, f)
}

// RateLimit makes the next n calls of method answer 429 with Retry-After.
func (s *Server) RateLimit(method string, n, retryAfterSeconds int) {
	s.Fail(method, n, Failure{Status: http.StatusTooManyRequests, RetryAfter: retryAfterSeconds})
}

// Calls returns the recorded calls of method ("" for all), in order.
func (s *Server) Calls(method string) []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.callsLocked(method)
}

func (s *Server) callsLocked(method string) []Call {
	var out []Call
	for _, c := range s.calls {
		if method == "" || c.Method == method {
			out = append(out, c)
		}
	}
	return out
}

// WaitCalls waits until at least n calls of method are recorded and returns them.
func (s *Server) WaitCalls(ctx context.Context, method string, n int) ([]Call, error) {
	err := s.wait(ctx, func() bool {
		if method == "" {
			return len(s.calls) >= n
		}
		return s.counts[method] >= n
	})
	out := s.Calls(method)
	if err != nil {
		return out, fmt.Errorf("waiting for %d %s calls (have %d): %w", n, method, len(out), err)
	}
	return out, nil
}

// AddMessage puts a message in a channel's history (a thread root the bot
// will read with conversations.replies, say). TS is assigned when empty.
func (s *Server) AddMessage(m Message) Message {
	if m.TS == "" {
		m.TS = s.NextTS()
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.history[m.Channel] = append(s.history[m.Channel], m)
	return m
}

// History returns a channel's messages, in order.
func (s *Server) History(channel string) []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.history[channel]...)
}

// NextTS returns a fresh message timestamp in Slack's "seconds.micros" form.
func (s *Server) NextTS() string {
	n := s.seq.Add(1)
	return fmt.Sprintf("%d.%06d", 1700000000+n/1000000, n%1000000)
}

// ResponseURL returns a response_url served by the fake.
func (s *Server) ResponseURL() string {
	return s.http.URL + "/response/" + strconv.FormatInt(s.seq.Add(1), 10)
}

func (s *Server) serveAPI(w http.ResponseWriter, r *http.Request) {
	method := strings.TrimPrefix(r.URL.Path, "/api/")
	call := Call{Method: method, Path: r.URL.Path, At: time.Now()}
	token := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if ct == "application/json" {
		call.Body, _ = io.ReadAll(r.Body)
		call.Params = r.URL.Query()
	} else {
		_ = r.ParseForm()
		call.Params = r.Form
	}
	if token == "" {
		token = call.Params.Get("token")
	}

	s.mu.Lock()
	s.addCall(call)
	var fail *Failure
	if fs := s.failures[method]; len(fs) > 0 {
		if !fs[0].pass {
			fail = &fs[0]
		}
		s.failures[method] = fs[1:]
	}
	s.notify()
	s.mu.Unlock()

	if fail != nil {
		if fail.Stall {
			<-r.Context().Done()
			return
		}
		if fail.Status != 0 {
			if fail.RetryAfter > 0 {
				w.Header().Set("Retry-After", strconv.Itoa(fail.RetryAfter))
			}
			http.Error(w, http.StatusText(fail.Status), fail.Status)
			return
		}
		writeJSON(w, map[string]any{"ok": false, "error": fail.SlackError})
		return
	}
	wantApp := method == "apps.connections.open"
	if (wantApp && !strings.HasPrefix(token, "xapp-")) || (!wantApp && !strings.HasPrefix(token, "xoxb-")) {
		writeJSON(w, map[string]any{"ok": false, "error": "invalid_auth"})
		return
	}
	writeJSON(w, s.answer(method, call))
}

// answer builds the successful response of a Web API method.
func (s *Server) answer(method string, c Call) map[string]any {
	p := c.Params
	switch method {
	case "auth.test":
		return map[string]any{"ok": true, "url": "https://fake.slack.test/", "team": TeamName, "user": "socbot",
			"team_id": TeamID, "user_id": BotUserID, "bot_id": BotID, "is_enterprise_install": false}
	case "apps.connections.open":
		wsURL := "ws" + strings.TrimPrefix(s.http.URL, "http") + "/link/?ticket=" + strconv.FormatInt(s.seq.Add(1), 10)
		return map[string]any{"ok": true, "url": wsURL}
	case "chat.postMessage":
		m := s.AddMessage(Message{Channel: p.Get("channel"), ThreadTS: p.Get("thread_ts"), User: BotUserID, BotID: BotID,
			Text: p.Get("text"), Blocks: rawOrNil(p.Get("blocks")), Metadata: rawOrNil(p.Get("metadata"))})
		return map[string]any{"ok": true, "channel": m.Channel, "ts": m.TS,
			"message": map[string]any{"type": "message", "text": m.Text, "user": BotUserID, "bot_id": BotID, "ts": m.TS}}
	case "chat.postEphemeral":
		return map[string]any{"ok": true, "message_ts": s.NextTS()}
	case "chat.update":
		return map[string]any{"ok": true, "channel": p.Get("channel"), "ts": p.Get("ts"), "text": p.Get("text")}
	case "reactions.add", "reactions.remove":
		return map[string]any{"ok": true}
	case "files.info":
		return s.fileInfo(p)
	case "conversations.replies":
		msgs, next := s.replies(p)
		return map[string]any{"ok": true, "has_more": next != "", "messages": msgs,
			"response_metadata": map[string]any{"next_cursor": next}}
	case "views.publish":
		var req struct {
			View json.RawMessage `json:"view"`
		}
		_ = json.Unmarshal(c.Body, &req)
		return map[string]any{"ok": true, "view": map[string]any{"id": "V" + strconv.FormatInt(s.seq.Add(1), 10), "type": "home"}}
	case "files.getUploadURLExternal":
		id := "F" + strconv.FormatInt(s.seq.Add(1), 10)
		return map[string]any{"ok": true, "upload_url": s.http.URL + "/upload/" + id, "file_id": id}
	case "files.completeUploadExternal":
		var files []map[string]any
		_ = json.Unmarshal([]byte(p.Get("files")), &files)
		return map[string]any{"ok": true, "files": files}
	}
	return map[string]any{"ok": false, "error": "unknown_method"}
}

// replies serves conversations.replies: the message at ts and its thread, a
// page of limit messages at a time (the cursor is the index to resume from).
func (s *Server) replies(p url.Values) (page []map[string]any, next string) {
	channel, ts := p.Get("channel"), p.Get("ts")
	withMeta := p.Get("include_all_metadata") == "true" || p.Get("include_all_metadata") == "1"
	limit, _ := strconv.Atoi(p.Get("limit"))
	skip, _ := strconv.Atoi(p.Get("cursor"))
	var out []map[string]any
	seen := 0
	for _, m := range s.History(channel) {
		if m.TS != ts && m.ThreadTS != ts {
			continue
		}
		if seen++; seen <= skip {
			continue
		}
		if limit > 0 && len(out) >= limit {
			return out, strconv.Itoa(skip + len(out))
		}
		msg := map[string]any{"type": "message", "ts": m.TS, "text": m.Text}
		if m.User != "" {
			msg["user"] = m.User
		}
		if m.BotID != "" {
			msg["bot_id"] = m.BotID
		}
		if m.ThreadTS != "" {
			msg["thread_ts"] = m.ThreadTS
		}
		if withMeta && m.Metadata != nil {
			msg["metadata"] = m.Metadata
		}
		if len(m.Files) > 0 {
			msg["files"] = s.fileObjects(m.Files)
		}
		out = append(out, msg)
	}
	return out, ""
}

func (s *Server) serveUpload(w http.ResponseWriter, r *http.Request) {
	call := Call{Method: "upload", Path: r.URL.Path, At: time.Now(), Params: url.Values{}}
	if mr, err := r.MultipartReader(); err == nil {
		for {
			part, err := mr.NextPart()
			if err != nil {
				break
			}
			b, _ := io.ReadAll(part)
			if part.FormName() == "file" {
				call.Body = b
				call.Params.Set("filename", part.FileName())
			} else {
				call.Params.Set(part.FormName(), string(b))
			}
		}
	} else if err != multipart.ErrMessageTooLarge {
		call.Body, _ = io.ReadAll(r.Body)
	}
	s.record(call)
	w.WriteHeader(http.StatusOK)
	_, _ = fmt.Fprintf(w, "OK - %d", len(call.Body))
}

func (s *Server) serveResponse(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	call := Call{Method: "response_url", Path: r.URL.Path, Body: body, At: time.Now()}
	s.mu.Lock()
	s.addCall(call)
	var fail *Failure
	if fs := s.failures["response_url"]; len(fs) > 0 {
		fail = &fs[0]
		s.failures["response_url"] = fs[1:]
	}
	s.notify()
	s.mu.Unlock()
	if fail != nil && fail.Stall {
		<-r.Context().Done()
		return
	}
	if fail != nil && fail.Status != 0 {
		if fail.RetryAfter > 0 {
			w.Header().Set("Retry-After", strconv.Itoa(fail.RetryAfter))
		}
		http.Error(w, http.StatusText(fail.Status), fail.Status)
		return
	}
	writeJSON(w, map[string]any{"ok": true})
}

func (s *Server) record(c Call) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.addCall(c)
	s.notify()
}

// addCall records a call; callers hold s.mu.
func (s *Server) addCall(c Call) {
	s.calls = append(s.calls, c)
	s.counts[c.Method]++
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_ = json.NewEncoder(w).Encode(v)
}

func rawOrNil(s string) json.RawMessage {
	if s == "" {
		return nil
	}
	return json.RawMessage(s)
}
