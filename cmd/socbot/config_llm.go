package main

import (
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/socbot/socbot/internal/llm"
)

// LLMConfig is the optional language model: OPENAI_API_KEY turns it on, the
// other variables of llm.Config tune it, and SOC_LLM_CONCURRENCY bounds the
// model passes running at once (they never occupy the event workers).
type LLMConfig struct {
	llm.Config
	Concurrency int `envconfig:"SOC_LLM_CONCURRENCY"`
}

// loadLLMConfig reads and checks the language-model variables alone, for
// `socbot triage --llm`.
func loadLLMConfig() (LLMConfig, error) {
	var c LLMConfig
	if _, err := loadEnv(&c); err != nil {
		return c, err
	}
	c.normaliseLLM()
	var errs []error
	c.validateLLM(func(name, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: "+format, append([]any{name}, args...)...))
	})
	return c, withoutTokens(errors.Join(errs...))
}

// normaliseLLM trims the language-model variables. An empty SOC_LLM_CHANNELS
// entry (a trailing comma) is dropped rather than read as "no channel".
func (c *LLMConfig) normaliseLLM() {
	c.APIKey = strings.TrimSpace(c.APIKey)
	c.BaseURL = strings.TrimSpace(c.BaseURL)
	c.Model = strings.TrimSpace(c.Model)
	var chs []string
	for _, ch := range c.Config.Channels {
		if ch = strings.TrimSpace(ch); ch != "" {
			chs = append(chs, ch)
		}
	}
	c.Config.Channels = chs
}

// validateLLM checks the language-model variables; without a key they are
// not used, so only their syntax matters.
func (c LLMConfig) validateLLM(bad func(name, format string, args ...any)) {
	if c.BaseURL != "" {
		u, err := url.Parse(c.BaseURL)
		switch {
		case err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "":
			bad("OPENAI_BASE_URL", "must be an http(s) URL up to and including /v1, such as http://localhost:11434/v1")
		case u.User != nil:
			bad("OPENAI_BASE_URL", "must not carry credentials; put the key in OPENAI_API_KEY")
		}
	}
	if c.APIKey != "" && c.Model == "" {
		bad("OPENAI_MODEL", "empty: name the model, e.g. %s", llm.DefaultModel)
	}
	if c.Timeout <= 0 {
		bad("SOC_LLM_TIMEOUT", "%s: want a positive duration such as 8s", c.Timeout)
	}
	if c.MaxQuestions < 1 || c.MaxQuestions > 200 {
		bad("SOC_LLM_MAX_QUESTIONS", "%d: want 1 to 200", c.MaxQuestions)
	}
	if c.Concurrency < 1 || c.Concurrency > 256 {
		bad("SOC_LLM_CONCURRENCY", "%d: want 1 to 256", c.Concurrency)
	}
}
