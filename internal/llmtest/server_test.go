package llmtest

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

func client(baseURL string) *openai.Client {
	cfg := openai.DefaultConfig("test-key")
	cfg.BaseURL = baseURL
	return openai.NewClientWithConfig(cfg)
}

func chat(ctx context.Context, c *openai.Client) (openai.ChatCompletionResponse, error) {
	return c.CreateChatCompletion(ctx, openai.ChatCompletionRequest{
		Model:    "test-model",
		Messages: []openai.ChatCompletionMessage{{Role: "system", Content: "sys"}, {Role: "user", Content: "hello"}},
	})
}

func TestReplyContentAndRecording(t *testing.T) {
	s := New(t)
	s.Enqueue(Reply{Content: "first"})
	s.SetDefault(Reply{Content: "default"})
	for _, base := range []string{s.BaseURL(), s.URL()} {
		for _, want := range []string{"first", "default"} {
			if base == s.URL() && want == "first" {
				continue
			}
			resp, err := chat(context.Background(), client(base))
			if err != nil {
				t.Fatal(err)
			}
			if got := resp.Choices[0].Message.Content; got != want {
				t.Errorf("content = %q, want %q", got, want)
			}
			if resp.Model != "test-model" || resp.Object != "chat.completion" {
				t.Errorf("response = %+v", resp)
			}
		}
	}
	reqs := s.Requests()
	if len(reqs) != 3 {
		t.Fatalf("recorded %d requests, want 3", len(reqs))
	}
	if reqs[0].Text("user") != "hello" || reqs[0].Header.Get("Authorization") != "Bearer test-key" {
		t.Errorf("recorded %+v", reqs[0])
	}
	if reqs[2].Path != "/chat/completions" {
		t.Errorf("path = %s", reqs[2].Path)
	}
}

func TestErrorBodiesDecodeAsAPIErrors(t *testing.T) {
	cases := []struct {
		name       string
		reply      Reply
		status     int
		typ        string
		retryAfter string
	}{
		{"429", Reply{Status: 429, RetryAfter: "3"}, 429, "rate_limit_exceeded", "3"},
		{"500", Reply{Status: 500}, 500, "server_error", ""},
		{"503", Reply{Status: 503, ErrorMessage: "overloaded"}, 503, "server_error", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := New(t)
			s.Enqueue(tc.reply)
			var hdr http.Header
			cfg := openai.DefaultConfig("k")
			cfg.BaseURL = s.BaseURL()
			cfg.HTTPClient = doerFunc(func(r *http.Request) (*http.Response, error) {
				resp, err := http.DefaultClient.Do(r)
				if resp != nil {
					hdr = resp.Header
				}
				return resp, err
			})
			_, err := chat(context.Background(), openai.NewClientWithConfig(cfg))
			var apiErr *openai.APIError
			if !errors.As(err, &apiErr) {
				t.Fatalf("err = %v, want *openai.APIError", err)
			}
			if apiErr.HTTPStatusCode != tc.status || apiErr.Type != tc.typ || apiErr.Message == "" {
				t.Errorf("APIError = %+v", apiErr)
			}
			if got := hdr.Get("Retry-After"); got != tc.retryAfter {
				t.Errorf("Retry-After = %q, want %q", got, tc.retryAfter)
			}
		})
	}
}

type doerFunc func(*http.Request) (*http.Response, error)

func (f doerFunc) Do(r *http.Request) (*http.Response, error) { return f(r) }

func TestTruncatedBodyFailsToDecode(t *testing.T) {
	s := New(t)
	s.Enqueue(Reply{Body: Truncate(`{"answers":[]}`, 60)})
	if _, err := chat(context.Background(), client(s.BaseURL())); err == nil {
		t.Fatal("want a decode error for a truncated body")
	}
}

func TestHangEndsWithTheClient(t *testing.T) {
	s := New(t)
	s.SetDefault(Reply{Hang: true})
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	_, err := chat(ctx, client(s.BaseURL()))
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want deadline exceeded", err)
	}
}

func TestRejectsBadRequests(t *testing.T) {
	s := New(t)
	s.RequireKey("right")
	_, err := chat(context.Background(), client(s.BaseURL()))
	var apiErr *openai.APIError
	if !errors.As(err, &apiErr) || apiErr.HTTPStatusCode != 401 || apiErr.Code != "invalid_api_key" {
		t.Fatalf("wrong key: err = %v", err)
	}

	s.RequireKey("")
	s.RejectJSONSchema(true)
	c := client(s.BaseURL())
	_, err = c.CreateChatCompletion(context.Background(), openai.ChatCompletionRequest{
		Model:          "m",
		Messages:       []openai.ChatCompletionMessage{{Role: "user", Content: "x"}},
		ResponseFormat: &openai.ChatCompletionResponseFormat{Type: openai.ChatCompletionResponseFormatTypeJSONSchema},
	})
	if !errors.As(err, &apiErr) || apiErr.HTTPStatusCode != 400 {
		t.Fatalf("json_schema: err = %v", err)
	}
	if got := s.Requests()[1].FormatType(); got != "json_schema" {
		t.Errorf("recorded format = %q", got)
	}
}

func TestHandleChoosesByRequest(t *testing.T) {
	s := New(nil)
	defer s.Close()
	s.Handle(func(r Request) Reply { return Reply{Content: "echo: " + r.Text("user")} })
	resp, err := chat(context.Background(), client(s.BaseURL()))
	if err != nil {
		t.Fatal(err)
	}
	if got := resp.Choices[0].Message.Content; got != "echo: hello" {
		t.Errorf("content = %q", got)
	}
}

func TestRecordLimitKeepsTheLatest(t *testing.T) {
	s := New(t)
	s.SetRecordLimit(2)
	c := client(s.BaseURL())
	for range 5 {
		if _, err := chat(context.Background(), c); err != nil {
			t.Fatal(err)
		}
	}
	if s.Count() != 5 || len(s.Requests()) != 2 {
		t.Errorf("count %d, recorded %d; want 5 and 2", s.Count(), len(s.Requests()))
	}
	s.Reset()
	if s.Count() != 0 || len(s.Requests()) != 0 {
		t.Error("Reset kept requests")
	}
}

func TestNewAtOnlyOnLoopback(t *testing.T) {
	if _, err := NewAt("10.0.0.1:0"); err == nil {
		t.Error("non-loopback address accepted")
	}
	s, err := NewAt("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.SetDefault(Reply{Content: "hi"})
	resp, err := chat(context.Background(), client(s.BaseURL()))
	if err != nil || resp.Choices[0].Message.Content != "hi" {
		t.Fatalf("resp %+v err %v", resp, err)
	}
}

func TestScenarios(t *testing.T) {
	if _, err := Scenario("nope"); err == nil {
		t.Error("unknown scenario accepted")
	}
	ok, err := Scenario("ok")
	if err != nil {
		t.Fatal(err)
	}
	req := Request{Chat: ChatRequest{
		ResponseFormat: &ResponseFormat{Type: "json_object"},
		Messages:       []Message{{Role: "user", Content: "Questions:\n{\"n\":1,\"text\":\"a\"}\n{\"n\":2,\"text\":\"b\"}\nEnd."}},
	}}
	got := ok(req).Content
	if !strings.Contains(got, `"n":1`) || !strings.Contains(got, `"n":2`) || strings.Contains(got, `"n":3`) {
		t.Errorf("ok classify reply = %s", got)
	}
	if len(Scenarios()) != 9 {
		t.Errorf("Scenarios() = %v", Scenarios())
	}
	for _, name := range Scenarios() {
		f, _ := Scenario(name)
		_ = f(req) // none panics
	}
}

// A padded reply decodes to the content followed by the padding.
func TestPaddedReply(t *testing.T) {
	s := New(t)
	s.Enqueue(Reply{Content: "a \"quoted\" summary", Pad: 100 << 10})
	resp, err := chat(context.Background(), client(s.BaseURL()))
	if err != nil {
		t.Fatal(err)
	}
	want := "a \"quoted\" summary" + strings.Repeat(" ", 100<<10)
	if got := resp.Choices[0].Message.Content; got != want {
		t.Errorf("content is %d bytes starting %.30q, want %d bytes", len(got), got, len(want))
	}
	if s.Padded() != 100<<10 {
		t.Errorf("Padded = %d, want %d", s.Padded(), 100<<10)
	}
}
