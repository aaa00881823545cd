package main

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"reflect"
	"strings"
	"time"

	"github.com/kelseyhightower/envconfig"

	"github.com/socbot/socbot/bot"
	"github.com/socbot/socbot/internal/llm"
	"github.com/socbot/socbot/internal/questionnaire"
	"github.com/socbot/socbot/internal/state"
	"github.com/socbot/socbot/internal/telemetry"
)

// Config is socbot's whole configuration, read from the environment once and
// validated before anything connects. Each concern is a sub-struct embedded
// here; variable names are spelled out in full in the tags (embedding keeps
// envconfig from inventing prefixes or falling back to short names).
type Config struct {
	SlackConfig
	WatchConfig
	BotConfig
	ReportsConfig
	LogConfig
	HTTPConfig
	LLMConfig
	RedisConfig
	FilesConfig
}

// SlackConfig is how to reach Slack.
type SlackConfig struct {
	// AppToken (xapp-…) opens the Socket Mode connection.
	AppToken string `envconfig:"SLACK_APP_TOKEN"`
	// BotToken (xoxb-…) calls the Web API.
	BotToken string `envconfig:"SLACK_BOT_TOKEN"`
	// APIURL replaces https://slack.com/api/ (GovSlack, a proxy, a test server).
	APIURL string `envconfig:"SLACK_API_URL"`
}

// WatchConfig says where socbot speaks without being mentioned.
type WatchConfig struct {
	Channels []string `envconfig:"SOC_WATCH_CHANNELS"`
	Mode     string   `envconfig:"SOC_WATCH_MODE"`
}

// BotConfig sizes the event loop.
type BotConfig struct {
	Workers         int           `envconfig:"SOC_WORKERS"`
	QueueSize       int           `envconfig:"SOC_QUEUE_SIZE"`
	ShutdownTimeout time.Duration `envconfig:"SOC_SHUTDOWN_TIMEOUT"`
	APITimeout      time.Duration `envconfig:"SOC_SLACK_TIMEOUT"`
}

// ReportsConfig points at the report inventory.
type ReportsConfig struct {
	File string `envconfig:"SOC_REPORTS_FILE"`
}

// LogConfig shapes the logs.
type LogConfig struct {
	Level  string `envconfig:"SOC_LOG_LEVEL"`
	Format string `envconfig:"SOC_LOG_FORMAT"`
}

// defaultConfig is what an empty environment means. Each default is the
// constant of the package that owns the setting; only the log settings, which
// belong to this command, are written here.
func defaultConfig() Config {
	return Config{
		WatchConfig: WatchConfig{Mode: bot.WatchReply},
		BotConfig: BotConfig{
			Workers:         bot.DefaultWorkers,
			QueueSize:       bot.DefaultQueueSize,
			ShutdownTimeout: bot.DefaultShutdownTimeout,
			APITimeout:      bot.DefaultAPITimeout,
		},
		LogConfig:  LogConfig{Level: "info", Format: "json"},
		HTTPConfig: HTTPConfig{HTTPAddr: telemetry.DefaultAddr},
		LLMConfig: LLMConfig{
			Config: llm.Config{
				Model:        llm.DefaultModel,
				Timeout:      llm.DefaultTimeout,
				MaxQuestions: llm.DefaultMaxQuestions,
			},
			Concurrency: bot.DefaultEnrichWorkers,
		},
		RedisConfig: RedisConfig{Config: state.DefaultConfig()},
		FilesConfig: FilesConfig{
			FileJobs:    bot.DefaultFileJobs,
			FileMaxMB:   int(questionnaire.DefaultLimits().MaxFileSize >> 20),
			FileTimeout: bot.DefaultFileTimeout,
		},
	}
}

// loadConfig reads the process environment and validates the result.
func loadConfig() (Config, error) {
	var cfg Config
	set, err := loadEnv(&cfg)
	if err != nil {
		return cfg, err
	}
	cfg.httpAddrSet = set["SOC_HTTP_ADDR"]
	cfg.normalise()
	return cfg, withoutTokens(cfg.Validate())
}

// loadEnv fills dst, a pointer to Config or to one of its sub-structs, from
// the process environment; every subcommand reads its settings through it,
// and nothing else in socbot reads the environment. A variable set to the
// empty string counts as unset (compose files and .env templates often leave
// them so), so its default applies. Defaults come from defaultConfig: dst is
// first overwritten with its part of it. It returns the variables that are set.
func loadEnv(dst any) (set map[string]bool, err error) {
	fillDefaults(reflect.ValueOf(dst).Elem(), reflect.ValueOf(defaultConfig()))
	set = make(map[string]bool)
	for _, key := range envKeys(reflect.TypeOf(dst).Elem()) {
		v, ok := os.LookupEnv(key)
		switch {
		case ok && strings.TrimSpace(v) == "":
			_ = os.Unsetenv(key)
		case ok:
			set[key] = true
		}
	}
	if err := envconfig.Process("", dst); err != nil {
		return nil, withoutTokens(fmt.Errorf("configuration: %w", err))
	}
	return set, nil
}

// fillDefaults sets dst to the part of def (a Config, or an embedded struct of
// it) that has dst's type. A type that is no part of Config is left as it is.
//
// envconfig's `default:"…"` tags cannot replace it: a tag is a string literal,
// so each default would become a second copy of the Default… constant of the
// package that owns the setting (bot, llm, state, questionnaire, telemetry),
// free to drift from it, and some defaults are computed (the file size limit in
// MB from questionnaire.DefaultLimits, Redis's from state.DefaultConfig).
func fillDefaults(dst, def reflect.Value) bool {
	if def.Type() == dst.Type() {
		dst.Set(def)
		return true
	}
	for i := range def.NumField() {
		if f := def.Type().Field(i); f.Anonymous && f.Type.Kind() == reflect.Struct && fillDefaults(dst, def.Field(i)) {
			return true
		}
	}
	return false
}

// normalise trims values and gives SLACK_API_URL its trailing slash.
func (c *Config) normalise() {
	c.AppToken = strings.TrimSpace(c.AppToken)
	c.BotToken = strings.TrimSpace(c.BotToken)
	c.APIURL = strings.TrimSpace(c.APIURL)
	if c.APIURL != "" && !strings.HasSuffix(c.APIURL, "/") {
		c.APIURL += "/"
	}
	var chs []string
	for _, ch := range c.Channels {
		if ch = strings.TrimSpace(ch); ch != "" {
			chs = append(chs, ch)
		}
	}
	c.Channels = chs
	c.Mode = strings.ToLower(strings.TrimSpace(c.Mode))
	c.Level = strings.ToLower(strings.TrimSpace(c.Level))
	c.Format = strings.ToLower(strings.TrimSpace(c.Format))
	c.LLMConfig.normaliseLLM()
}

// Validate checks every variable and reports all problems at once, each
// naming its variable.
func (c Config) Validate() error {
	var errs []error
	bad := func(name, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: "+format, append([]any{name}, args...)...))
	}
	if strings.HasPrefix(c.AppToken, "xoxb-") && strings.HasPrefix(c.BotToken, "xapp-") {
		errs = append(errs, errors.New("SLACK_APP_TOKEN and SLACK_BOT_TOKEN look swapped: SLACK_APP_TOKEN takes the xapp- app-level token, SLACK_BOT_TOKEN the xoxb- bot token"))
	}
	switch {
	case c.AppToken == "":
		bad("SLACK_APP_TOKEN", "not set (the app-level token, xapp-…, with connections:write)")
	case !strings.HasPrefix(c.AppToken, "xapp-"):
		bad("SLACK_APP_TOKEN", "must be an app-level token starting with xapp- (got %s)", tokenKind(c.AppToken))
	}
	switch {
	case c.BotToken == "":
		bad("SLACK_BOT_TOKEN", "not set (the bot token, xoxb-…)")
	case !strings.HasPrefix(c.BotToken, "xoxb-"):
		bad("SLACK_BOT_TOKEN", "must be a bot token starting with xoxb- (got %s)", tokenKind(c.BotToken))
	}
	if c.APIURL != "" {
		u, err := url.Parse(c.APIURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			bad("SLACK_API_URL", "must be an http(s) URL such as https://slack.com/api/")
		}
	}
	for _, ch := range c.Channels {
		if !validChannelID(ch) {
			bad("SOC_WATCH_CHANNELS", "%q is not a channel id (like C0123ABCD; find it in the channel's details)", ch)
		}
	}
	switch c.Mode {
	case "reply", "react", "off":
	default:
		bad("SOC_WATCH_MODE", "%q: want reply, react or off", c.Mode)
	}
	if c.Workers < 1 || c.Workers > 1024 {
		bad("SOC_WORKERS", "%d: want 1 to 1024", c.Workers)
	}
	if c.QueueSize < 1 {
		bad("SOC_QUEUE_SIZE", "%d: want at least 1", c.QueueSize)
	}
	if c.ShutdownTimeout <= 0 {
		bad("SOC_SHUTDOWN_TIMEOUT", "%s: want a positive duration such as 10s", c.ShutdownTimeout)
	}
	if c.APITimeout <= 0 {
		bad("SOC_SLACK_TIMEOUT", "%s: want a positive duration such as 10s", c.APITimeout)
	}
	switch c.Level {
	case "debug", "info", "warn", "error":
	default:
		bad("SOC_LOG_LEVEL", "%q: want debug, info, warn or error", c.Level)
	}
	switch c.Format {
	case "json", "text":
	default:
		bad("SOC_LOG_FORMAT", "%q: want json or text", c.Format)
	}
	c.HTTPConfig.validate(bad)
	c.FilesConfig.validate(bad)
	c.LLMConfig.validateLLM(bad)
	errs = append(errs, c.RedisConfig.validate()...)
	return errors.Join(errs...)
}

// tokenKind names a token's type without revealing it.
func tokenKind(tok string) string {
	if i := strings.IndexByte(tok, '-'); i > 0 && i <= 5 {
		return "a " + tok[:i+1] + " token"
	}
	return "something else"
}

func validChannelID(s string) bool {
	if len(s) < 3 || (s[0] != 'C' && s[0] != 'G' && s[0] != 'D') {
		return false
	}
	for _, r := range s {
		if (r < 'A' || r > 'Z') && (r < '0' || r > '9') {
			return false
		}
	}
	return true
}

// envKeys lists the variables a config struct reads (the envconfig tags of
// its fields and of its embedded structs' fields).
func envKeys(t reflect.Type) []string {
	var keys []string
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Anonymous && f.Type.Kind() == reflect.Struct {
			keys = append(keys, envKeys(f.Type)...)
			continue
		}
		if k := f.Tag.Get("envconfig"); k != "" {
			keys = append(keys, k)
		}
	}
	return keys
}
