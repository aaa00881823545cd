// Package llmtest is an in-process server that speaks the OpenAI chat-completions
// API (POST /v1/chat/completions and /chat/completions) closely enough for socbot's
// client, with scriptable misbehaviour: error statuses with OpenAI error bodies,
// 429 with Retry-After, slow or hung replies, truncated bodies and whatever content
// a test wants the "model" to say. It records every request so tests can assert
// what left the process. It does not depend on package testing, so end-to-end and
// load tests can run it too.
package llmtest

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"time"
)

// Reply scripts one response. The zero Reply is a 200 with empty content.
type Reply struct {
	Status  int    // HTTP status; 0 means 200
	Content string // the assistant message content of a 200 reply

	// Error body fields, used when Status is not 2xx. Message defaults to the
	// status text, Type to a type matching the status.
	ErrorMessage string
	ErrorType    string
	ErrorCode    string

	RetryAfter string        // Retry-After header value ("2", or an HTTP date)
	Delay      time.Duration // wait this long before answering (cut short if the client leaves)
	Hang       bool          // never answer: hold the request until the client gives up or the server closes

	// Body, when set, is written verbatim instead of the JSON the other fields
	// describe (for truncated or otherwise broken bodies). Status still applies.
	Body string

	// Pad appends this many spaces to Content, streamed as they are written
	// rather than built in memory: a reply far larger than any client should
	// read. The server stops writing when the client stops reading.
	Pad int64
}

// Request is one recorded request.
type Request struct {
	Method string
	Path   string
	Header http.Header
	Body   []byte
	Chat   ChatRequest // Body decoded; zero if it did not decode
}

// ChatRequest is the part of a chat-completions request body the server reads.
type ChatRequest struct {
	Model          string          `json:"model"`
	Messages       []Message       `json:"messages"`
	ResponseFormat *ResponseFormat `json:"response_format,omitempty"`
	User           string          `json:"user,omitempty"`
}

// Message is one chat message.
type Message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// ResponseFormat is the requested output format.
type ResponseFormat struct {
	Type       string          `json:"type"`
	JSONSchema json.RawMessage `json:"json_schema,omitempty"`
}

// Text returns the concatenated content of the messages with the given role.
func (r Request) Text(role string) string {
	var parts []string
	for _, m := range r.Chat.Messages {
		if m.Role == role {
			parts = append(parts, m.Content)
		}
	}
	return strings.Join(parts, "\n")
}

// FormatType returns the requested response_format type, or "".
func (r Request) FormatType() string {
	if r.Chat.ResponseFormat == nil {
		return ""
	}
	return r.Chat.ResponseFormat.Type
}

// Cleaner is the part of testing.TB that New uses; pass nil outside tests and
// call Close yourself.
type Cleaner interface{ Cleanup(func()) }

// Server is the fake API. Its methods are safe for concurrent use.
type Server struct {
	srv  *httptest.Server
	done chan struct{}
	once sync.Once

	mu               sync.Mutex
	queue            []Reply
	def              Reply
	handler          func(Request) Reply
	reqs             []Request
	count            int
	recordLimit      int
	rejectJSONSchema bool
	apiKey           string
	padded           int64
}

// New starts a server. With a non-nil t the server closes itself at cleanup.
func New(t Cleaner) *Server {
	s := &Server{done: make(chan struct{})}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	if t != nil {
		t.Cleanup(s.Close)
	}
	return s
}

// URL is the server's root URL (no /v1).
func (s *Server) URL() string { return s.srv.URL }

// BaseURL is what to give a client as its OpenAI base URL (ends in /v1).
func (s *Server) BaseURL() string { return s.srv.URL + "/v1" }

// Close releases hung requests and shuts the server down.
func (s *Server) Close() {
	s.once.Do(func() {
		close(s.done)
		s.srv.CloseClientConnections()
		s.srv.Close()
	})
}

// Enqueue appends replies to be used, in order, by the next requests. When the
// queue is empty the handler set by Handle answers, else the default reply.
func (s *Server) Enqueue(r ...Reply) {
	s.mu.Lock()
	s.queue = append(s.queue, r...)
	s.mu.Unlock()
}

// SetDefault sets the reply used when nothing is queued and no handler is set.
func (s *Server) SetDefault(r Reply) {
	s.mu.Lock()
	s.def = r
	s.mu.Unlock()
}

// Handle makes f choose the reply for each request that finds the queue empty.
func (s *Server) Handle(f func(Request) Reply) {
	s.mu.Lock()
	s.handler = f
	s.mu.Unlock()
}

// RejectJSONSchema makes the server answer 400 to any request asking for
// response_format json_schema, as servers without structured output do.
func (s *Server) RejectJSONSchema(v bool) {
	s.mu.Lock()
	s.rejectJSONSchema = v
	s.mu.Unlock()
}

// RequireKey makes the server answer 401 unless the request carries
// "Authorization: Bearer key". Empty (the default) accepts any bearer token.
func (s *Server) RequireKey(key string) {
	s.mu.Lock()
	s.apiKey = key
	s.mu.Unlock()
}

// SetRecordLimit keeps only the last n requests in memory (0: all), for load
// tests; Count still counts every request.
func (s *Server) SetRecordLimit(n int) {
	s.mu.Lock()
	s.recordLimit = n
	s.mu.Unlock()
}

// Requests returns a copy of the requests recorded so far, oldest first.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.reqs...)
}

// Count is the number of requests received so far.
func (s *Server) Count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.count
}

// Reset forgets recorded requests and queued replies.
func (s *Server) Reset() {
	s.mu.Lock()
	s.reqs, s.queue, s.count = nil, nil, 0
	s.mu.Unlock()
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != "/v1/chat/completions" && r.URL.Path != "/chat/completions" {
		writeError(w, http.StatusNotFound, Reply{ErrorMessage: "unknown path " + r.URL.Path, ErrorType: "invalid_request_error"})
		return
	}
	if r.Method != http.MethodPost {
		writeError(w, http.StatusMethodNotAllowed, Reply{ErrorType: "invalid_request_error"})
		return
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return
	}
	req := Request{Method: r.Method, Path: r.URL.Path, Header: r.Header.Clone(), Body: body}
	decodeErr := json.Unmarshal(body, &req.Chat)

	s.mu.Lock()
	s.count++
	s.reqs = append(s.reqs, req)
	if s.recordLimit > 0 && len(s.reqs) > s.recordLimit {
		s.reqs = append(s.reqs[:0:0], s.reqs[len(s.reqs)-s.recordLimit:]...)
	}
	key, reject := s.apiKey, s.rejectJSONSchema
	var reply Reply
	switch {
	case len(s.queue) > 0:
		reply, s.queue = s.queue[0], s.queue[1:]
	case s.handler != nil:
		h := s.handler
		s.mu.Unlock()
		reply = h(req)
		s.mu.Lock()
	default:
		reply = s.def
	}
	s.mu.Unlock()

	auth := r.Header.Get("Authorization")
	switch {
	case !strings.HasPrefix(auth, "Bearer ") || (key != "" && auth != "Bearer "+key):
		writeError(w, http.StatusUnauthorized, Reply{ErrorMessage: "Incorrect API key provided.", ErrorType: "invalid_request_error", ErrorCode: "invalid_api_key"})
		return
	case decodeErr != nil:
		writeError(w, http.StatusBadRequest, Reply{ErrorMessage: "We could not parse the JSON body of your request.", ErrorType: "invalid_request_error"})
		return
	case req.Chat.Model == "" || len(req.Chat.Messages) == 0:
		writeError(w, http.StatusBadRequest, Reply{ErrorMessage: "model and messages are required", ErrorType: "invalid_request_error"})
		return
	case reject && req.FormatType() == "json_schema":
		writeError(w, http.StatusBadRequest, Reply{ErrorMessage: "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model.", ErrorType: "invalid_request_error", ErrorCode: "unsupported_parameter"})
		return
	}

	if !s.wait(r, reply) {
		return
	}
	status := reply.Status
	if status == 0 {
		status = http.StatusOK
	}
	if reply.RetryAfter != "" {
		w.Header().Set("Retry-After", reply.RetryAfter)
	}
	if reply.Body != "" {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		io.WriteString(w, reply.Body)
		return
	}
	if status < 200 || status > 299 {
		writeError(w, status, reply)
		return
	}
	if reply.Pad > 0 {
		s.writePadded(w, status, req.Chat.Model, reply)
		return
	}
	writeJSON(w, status, completion(req.Chat.Model, reply.Content))
}

// padMark stands for the padding in the encoded completion.
const padMark = "\x00llmtest-pad\x00"

// writePadded writes a completion whose content is reply.Content followed by
// reply.Pad spaces, a chunk at a time, counting what it wrote in Padded.
func (s *Server) writePadded(w http.ResponseWriter, status int, model string, reply Reply) {
	b, _ := json.Marshal(completion(model, reply.Content+padMark))
	mark, _ := json.Marshal(padMark)
	head, tail, _ := strings.Cut(string(b), strings.Trim(string(mark), `"`))
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	if _, err := io.WriteString(w, head); err != nil {
		return
	}
	chunk := []byte(strings.Repeat(" ", 32<<10))
	for left := reply.Pad; left > 0; {
		n := min(left, int64(len(chunk)))
		if _, err := w.Write(chunk[:n]); err != nil {
			return
		}
		left -= n
		s.mu.Lock()
		s.padded += n
		s.mu.Unlock()
	}
	io.WriteString(w, tail)
}

// Padded is how many bytes of padding the server has written so far.
func (s *Server) Padded() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.padded
}

// wait applies Delay and Hang; it reports false when the client left or the
// server is closing, in which case nothing more is written.
func (s *Server) wait(r *http.Request, reply Reply) bool {
	var timer <-chan time.Time
	switch {
	case reply.Hang:
	case reply.Delay > 0:
		t := time.NewTimer(reply.Delay)
		defer t.Stop()
		timer = t.C
	default:
		return true
	}
	select {
	case <-timer:
		return true
	case <-r.Context().Done():
	case <-s.done:
	}
	return false
}

var seq struct {
	sync.Mutex
	n int
}

func completion(model, content string) map[string]any {
	seq.Lock()
	seq.n++
	id := fmt.Sprintf("chatcmpl-test%06d", seq.n)
	seq.Unlock()
	return map[string]any{
		"id":      id,
		"object":  "chat.completion",
		"created": time.Now().Unix(),
		"model":   model,
		"choices": []any{map[string]any{
			"index":         0,
			"message":       map[string]any{"role": "assistant", "content": content},
			"logprobs":      nil,
			"finish_reason": "stop",
		}},
		"usage": map[string]any{
			"prompt_tokens":     100,
			"completion_tokens": len(content)/4 + 1,
			"total_tokens":      100 + len(content)/4 + 1,
		},
		"system_fingerprint": "fp_llmtest",
	}
}

func writeError(w http.ResponseWriter, status int, r Reply) {
	msg, typ := r.ErrorMessage, r.ErrorType
	if msg == "" {
		msg = http.StatusText(status)
	}
	if typ == "" {
		switch {
		case status == http.StatusTooManyRequests:
			typ = "rate_limit_exceeded"
		case status >= 500:
			typ = "server_error"
		default:
			typ = "invalid_request_error"
		}
	}
	var code any
	if r.ErrorCode != "" {
		code = r.ErrorCode
	}
	if r.RetryAfter != "" {
		w.Header().Set("Retry-After", r.RetryAfter)
	}
	writeJSON(w, status, map[string]any{"error": map[string]any{
		"message": msg, "type": typ, "param": nil, "code": code,
	}})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// Truncate returns the JSON of a successful completion carrying content, cut
// off after n bytes: a body that ends mid-stream.
func Truncate(content string, n int) string {
	b, _ := json.Marshal(completion("truncated", content))
	if n > len(b) {
		n = len(b)
	}
	return string(b[:n])
}
