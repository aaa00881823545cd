package main

import (
	"fmt"
	"log/slog"

	"github.com/socbot/socbot/bot"
	"github.com/socbot/socbot/internal/llm"
)

// wireLLM gives the bot the optional language model, caching its answers in
// cache (the state store's: Redis shared by every replica when configured).
// Without OPENAI_API_KEY it adds nothing, so nothing can call out.
func wireLLM(cfg LLMConfig, cache llm.Cache, deps *bot.Deps, hooks llm.Hooks, log *slog.Logger) error {
	if cfg.APIKey == "" {
		log.Info("language model off (OPENAI_API_KEY not set): answers come from the rules alone")
		return nil
	}
	c, err := llm.New(cfg.Config, cache, log, llm.WithHooks(hooks))
	if err != nil {
		return fmt.Errorf("language model: %w", err)
	}
	deps.Enricher = c
	eff := c.Config()
	base := eff.BaseURL
	if base == "" {
		base = "https://api.openai.com/v1"
	}
	log.Info("language model on: answers are edited with its summary and suggestions",
		"base_url", base, "model", eff.Model, "timeout", eff.Timeout.String(),
		"max_questions", eff.MaxQuestions, "channels", eff.Channels, "concurrency", cfg.Concurrency)
	return nil
}
