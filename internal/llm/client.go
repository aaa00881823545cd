package llm

import (
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

// Defaults applied by New to zero Config fields.
const (
	DefaultModel        = "gpt-4o-mini"
	DefaultTimeout      = 8 * time.Second
	DefaultMaxQuestions = 30
	DefaultCacheTTL     = 24 * time.Hour
)

// Config is the language-model configuration. The struct tags let cmd load it
// with envconfig (embedded, or under an empty prefix): OPENAI_API_KEY,
// OPENAI_BASE_URL, OPENAI_MODEL, SOC_LLM_TIMEOUT, SOC_LLM_MAX_QUESTIONS and
// SOC_LLM_CHANNELS (comma-separated). New applies the same defaults to zero fields.
type Config struct {
	APIKey       string        `envconfig:"OPENAI_API_KEY"`        // empty: the client is disabled and never calls out
	BaseURL      string        `envconfig:"OPENAI_BASE_URL"`       // any OpenAI-compatible server; empty: api.openai.com
	Model        string        `envconfig:"OPENAI_MODEL"`          // empty: DefaultModel
	Timeout      time.Duration `envconfig:"SOC_LLM_TIMEOUT"`       // bound on each call, retry included (0: DefaultTimeout)
	MaxQuestions int           `envconfig:"SOC_LLM_MAX_QUESTIONS"` // questions per request (0: DefaultMaxQuestions)
	Channels     []string      `envconfig:"SOC_LLM_CHANNELS"`      // channel ids or names the LLM may serve; empty: all
}

// Client calls the model. It is safe for concurrent use. A Client built from a
// Config without an API key is valid and does nothing.
type Client struct {
	cfg      Config
	api      *openai.Client
	cache    Cache
	cacheTTL time.Duration
	log      *slog.Logger
	hooks    Hooks
	stats    counters
	sleep    func(time.Duration) <-chan time.Time
	noSchema atomic.Bool // the server refused json_schema once: use json_object

	httpClient *http.Client
}

// Option adjusts a Client at construction.
type Option func(*Client)

// WithHooks installs metrics callbacks (see Hooks).
func WithHooks(h Hooks) Option { return func(c *Client) { c.hooks = h } }

// WithCacheTTL sets how long cached answers live (default DefaultCacheTTL).
func WithCacheTTL(d time.Duration) Option { return func(c *Client) { c.cacheTTL = d } }

// WithHTTPClient replaces the HTTP client (proxies, custom TLS).
func WithHTTPClient(h *http.Client) Option { return func(c *Client) { c.httpClient = h } }

// New builds a client. cache may be nil (no caching) and log may be nil.
func New(cfg Config, cache Cache, log *slog.Logger, opts ...Option) (*Client, error) {
	if cfg.Model == "" {
		cfg.Model = DefaultModel
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.MaxQuestions <= 0 {
		cfg.MaxQuestions = DefaultMaxQuestions
	}
	cfg.BaseURL = strings.TrimSpace(cfg.BaseURL)
	cfg.APIKey = strings.TrimSpace(cfg.APIKey)
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	c := &Client{cfg: cfg, cache: cache, cacheTTL: DefaultCacheTTL, log: log.With("component", "llm")}
	for _, o := range opts {
		o(c)
	}
	if c.sleep == nil {
		c.sleep = time.After
	}
	if !c.Enabled() {
		return c, nil
	}
	oc := openai.DefaultConfig(cfg.APIKey)
	if cfg.BaseURL != "" {
		if err := checkBaseURL(cfg.BaseURL); err != nil {
			return nil, err
		}
		oc.BaseURL = strings.TrimRight(cfg.BaseURL, "/")
	}
	hc := c.httpClient
	if hc == nil {
		hc = &http.Client{Transport: transport(cfg.Timeout)}
	}
	oc.HTTPClient = statusDoer{hc}
	c.api = openai.NewClientWithConfig(oc)
	return c, nil
}

// Enabled reports whether the client will call the model at all.
func (c *Client) Enabled() bool { return c != nil && c.cfg.APIKey != "" }

// Config returns the effective configuration with the API key masked.
func (c *Client) Config() Config {
	cfg := c.cfg
	if cfg.APIKey != "" {
		cfg.APIKey = "***"
	}
	cfg.Channels = append([]string(nil), cfg.Channels...)
	return cfg
}

// AllowedChannel reports whether the LLM may be used for a message in a channel
// known by any of the given names or ids (leading # and case are ignored). With
// no SOC_LLM_CHANNELS every channel is allowed; a disabled client allows none.
func (c *Client) AllowedChannel(idsOrNames ...string) bool {
	if !c.Enabled() {
		return false
	}
	if len(c.cfg.Channels) == 0 {
		return true
	}
	for _, want := range c.cfg.Channels {
		want = strings.TrimPrefix(strings.TrimSpace(want), "#")
		for _, got := range idsOrNames {
			if want != "" && strings.EqualFold(want, strings.TrimPrefix(got, "#")) {
				return true
			}
		}
	}
	return false
}

func checkBaseURL(s string) error {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("OPENAI_BASE_URL %q: want an http(s) URL such as http://localhost:11434/v1", s)
	}
	if u.User != nil {
		return fmt.Errorf("OPENAI_BASE_URL: put credentials in OPENAI_API_KEY, not in the URL")
	}
	return nil
}

// transport bounds connecting to half the call budget, so a dead address times
// out with time left for the one retry; a server that accepts and then stalls
// is bounded by the budget itself.
func transport(budget time.Duration) *http.Transport {
	t := http.DefaultTransport.(*http.Transport).Clone()
	d := &net.Dialer{Timeout: budget / 2, KeepAlive: 30 * time.Second}
	t.DialContext = d.DialContext
	t.TLSHandshakeTimeout = budget / 2
	return t
}
