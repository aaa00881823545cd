package llm

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/socbot/socbot/prompts"
)

// Error is a failed model call. Kind is one of the Outcome constants.
type Error struct {
	Op     string
	Kind   string
	Status int // HTTP status, 0 when there was no response
	Err    error

	retryAfter string // the Retry-After header of the response, if any
}

func (e *Error) Error() string {
	if e.Status != 0 {
		return fmt.Sprintf("llm %s: %s (HTTP %d): %v", e.Op, e.Kind, e.Status, e.Err)
	}
	return fmt.Sprintf("llm %s: %s: %v", e.Op, e.Kind, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

var errDisabled = errors.New("llm: disabled (no OPENAI_API_KEY)")

// call is one logical request to the model.
type call struct {
	op        string
	prompt    prompts.Rendered
	schema    json.Marshaler // nil: plain text answer
	maxTokens int
}

// attemptInfo carries what go-openai's errors drop: the status and Retry-After.
type attemptInfo struct {
	status     int
	retryAfter string
}

type attemptKey struct{}

// statusDoer records each response's status and Retry-After header into the
// attemptInfo carried by the request's context.
type statusDoer struct{ hc *http.Client }

func (d statusDoer) Do(req *http.Request) (*http.Response, error) {
	resp, err := d.hc.Do(req)
	if info, ok := req.Context().Value(attemptKey{}).(*attemptInfo); ok && resp != nil {
		info.status = resp.StatusCode
		info.retryAfter = resp.Header.Get("Retry-After")
	}
	if resp != nil && resp.Body != nil {
		resp.Body = &cappedBody{ReadCloser: resp.Body, left: MaxReplyBytes}
	}
	return resp, err
}

// MaxReplyBytes bounds the body of a model's reply. Answers are a few KB of
// JSON; a server that sends more is cut off here and the call fails as
// malformed, instead of the reply being held in memory and post-processed.
const MaxReplyBytes = 1 << 20

var errReplyTooLarge = fmt.Errorf("reply larger than %d bytes", MaxReplyBytes)

// cappedBody fails a read past its limit (a short read would only look like
// a truncated reply).
type cappedBody struct {
	io.ReadCloser
	left int64
}

func (b *cappedBody) Read(p []byte) (int, error) {
	if b.left <= 0 {
		var one [1]byte // a reply of exactly the limit ends here
		if n, err := b.ReadCloser.Read(one[:]); n == 0 {
			return 0, err
		}
		return 0, errReplyTooLarge
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	n, err := b.ReadCloser.Read(p)
	b.left -= int64(n)
	return n, err
}

// go-openai v1.43 sends each request once and has no retry of its own, so the
// single retry below is the only one.

// complete runs one call within the configured time budget: at most one retry,
// on 429 (after Retry-After, if it fits in the budget), 5xx or a timeout that
// left time to spare. A server that refuses json_schema gets the same request
// once more with json_object, and the client remembers to use json_object.
func (c *Client) complete(ctx context.Context, cl call) (string, error) {
	if !c.Enabled() {
		return "", errDisabled
	}
	budget, cancel := context.WithTimeout(ctx, c.cfg.Timeout)
	defer cancel()
	log := c.log.With("op", cl.op, "model", c.cfg.Model)

	useSchema := cl.schema != nil && !c.noSchema.Load()
	fellBack, retried := false, false
	for {
		content, err := c.attempt(budget, ctx, cl, useSchema)
		if err == nil {
			if fellBack {
				c.noSchema.Store(true)
			}
			return content, nil
		}
		var e *Error
		errors.As(err, &e)
		if e.Kind == OutcomeClientError && e.Status == http.StatusBadRequest && useSchema && !fellBack {
			log.Info("server refused json_schema; falling back to json_object", "err", err)
			useSchema, fellBack = false, true
			continue
		}
		if retried || !retryable(e.Kind) {
			log.Warn("model call failed", "kind", e.Kind, "status", e.Status, "err", err)
			return "", err
		}
		wait := backoff(e)
		if dl, ok := budget.Deadline(); ok && time.Until(dl) <= wait {
			log.Warn("model call failed; no time left to retry", "kind", e.Kind, "status", e.Status, "wait", wait)
			return "", err
		}
		select {
		case <-c.sleep(wait):
		case <-budget.Done():
			return "", err
		}
		retried = true
		c.stats.retries.Add(1)
		log.Info("retrying model call", "kind", e.Kind, "after", wait)
	}
}

func retryable(kind string) bool {
	return kind == OutcomeRateLimited || kind == OutcomeServerError || kind == OutcomeTimeout
}

// backoff is how long to wait before the retry: Retry-After for a 429 that
// sends one, else a short pause.
func backoff(e *Error) time.Duration {
	if e.retryAfter != "" {
		if d, ok := parseRetryAfter(e.retryAfter, time.Now()); ok {
			return d
		}
	}
	if e.Kind == OutcomeRateLimited {
		return time.Second
	}
	return 200 * time.Millisecond
}

// parseRetryAfter reads delay-seconds or an HTTP date.
func parseRetryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if s, err := strconv.ParseFloat(v, 64); err == nil && s >= 0 {
		return time.Duration(s * float64(time.Second)), true
	}
	if t, err := http.ParseTime(v); err == nil {
		d := t.Sub(now)
		if d < 0 {
			d = 0
		}
		return d, true
	}
	return 0, false
}

func (c *Client) attempt(budget, parent context.Context, cl call, useSchema bool) (string, error) {
	info := &attemptInfo{}
	req := openai.ChatCompletionRequest{
		Model: c.cfg.Model,
		Messages: []openai.ChatCompletionMessage{
			{Role: openai.ChatMessageRoleSystem, Content: cl.prompt.System},
			{Role: openai.ChatMessageRoleUser, Content: cl.prompt.User},
		},
		MaxCompletionTokens: cl.maxTokens,
	}
	switch {
	case cl.schema != nil && useSchema:
		req.ResponseFormat = &openai.ChatCompletionResponseFormat{
			Type: openai.ChatCompletionResponseFormatTypeJSONSchema,
			JSONSchema: &openai.ChatCompletionResponseFormatJSONSchema{
				Name: "socbot_" + cl.op, Schema: cl.schema, Strict: true,
			},
		}
	case cl.schema != nil:
		req.ResponseFormat = &openai.ChatCompletionResponseFormat{Type: openai.ChatCompletionResponseFormatTypeJSONObject}
	}
	start := time.Now()
	resp, err := c.api.CreateChatCompletion(context.WithValue(budget, attemptKey{}, info), req)
	d := time.Since(start)
	if err != nil {
		e := classify(cl.op, err, info, budget, parent)
		c.observeAttempt(cl.op, e.Kind, d)
		return "", e
	}
	if len(resp.Choices) == 0 || strings.TrimSpace(resp.Choices[0].Message.Content) == "" {
		c.observeAttempt(cl.op, OutcomeMalformed, d)
		return "", &Error{Op: cl.op, Kind: OutcomeMalformed, Status: info.status, Err: errors.New("reply has no content")}
	}
	c.observeAttempt(cl.op, OutcomeOK, d)
	return resp.Choices[0].Message.Content, nil
}

func classify(op string, err error, info *attemptInfo, budget, parent context.Context) *Error {
	e := &Error{Op: op, Status: info.status, Err: err, retryAfter: info.retryAfter}
	var apiErr *openai.APIError
	var reqErr *openai.RequestError
	var netErr net.Error
	var syntaxErr *json.SyntaxError
	var typeErr *json.UnmarshalTypeError
	switch {
	case parent.Err() != nil && !errors.Is(parent.Err(), context.DeadlineExceeded):
		e.Kind = OutcomeCanceled
	case budget.Err() != nil || errors.Is(err, context.DeadlineExceeded):
		e.Kind = OutcomeTimeout
	case errors.As(err, &apiErr):
		e.Status = apiErr.HTTPStatusCode
		e.Kind = statusKind(apiErr.HTTPStatusCode)
	case errors.As(err, &reqErr):
		e.Status = reqErr.HTTPStatusCode
		e.Kind = statusKind(reqErr.HTTPStatusCode)
	case errors.As(err, &netErr) && netErr.Timeout():
		e.Kind = OutcomeTimeout
	case info.status >= 200 && info.status < 300,
		errors.As(err, &syntaxErr), errors.As(err, &typeErr), errors.Is(err, io.ErrUnexpectedEOF):
		e.Kind = OutcomeMalformed
	default:
		e.Kind = OutcomeTransport
	}
	return e
}

func statusKind(status int) string {
	switch {
	case status == http.StatusTooManyRequests:
		return OutcomeRateLimited
	case status >= 500:
		return OutcomeServerError
	case status == http.StatusRequestTimeout:
		return OutcomeTimeout
	default:
		return OutcomeClientError
	}
}

// cached returns a cached value for key, treating cache errors as misses.
func (c *Client) cached(ctx context.Context, op, key string) ([]byte, bool) {
	if c.cache == nil {
		return nil, false
	}
	v, ok, err := c.cache.Get(ctx, key)
	if err != nil {
		c.log.Warn("llm cache get failed", "op", op, "err", err)
		return nil, false
	}
	if ok {
		c.observeCacheHit(op)
	}
	return v, ok
}

func (c *Client) store(ctx context.Context, op, key string, val []byte) {
	if c.cache == nil {
		return
	}
	if err := c.cache.Set(ctx, key, val, c.cacheTTL); err != nil {
		c.log.Warn("llm cache set failed", "op", op, "err", err)
	}
}
