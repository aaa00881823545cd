package main

import (
	"time"

	"github.com/slack-go/slack"

	"github.com/socbot/socbot/bot"
	"github.com/socbot/socbot/internal/questionnaire"
)

// FilesConfig bounds the questionnaire files people share with socbot.
type FilesConfig struct {
	// FileJobs is how many files are read at once; as many more may wait.
	FileJobs int `envconfig:"SOC_FILE_JOBS"`
	// FileMaxMB is the largest file accepted, checked before and during the download.
	FileMaxMB int `envconfig:"SOC_FILE_MAX_MB"`
	// FileTimeout bounds one file from download to upload.
	FileTimeout time.Duration `envconfig:"SOC_FILE_TIMEOUT"`
}

// maxFileMB caps SOC_FILE_MAX_MB: a file is held in memory while it is read.
const maxFileMB = 100

// validate reports values the bot cannot use, naming the variable.
func (c FilesConfig) validate(bad func(name, format string, args ...any)) {
	if c.FileJobs < 1 || c.FileJobs > 64 {
		bad("SOC_FILE_JOBS", "%d: want 1 to 64", c.FileJobs)
	}
	if c.FileMaxMB < 1 || c.FileMaxMB > maxFileMB {
		bad("SOC_FILE_MAX_MB", "%d: want 1 to %d", c.FileMaxMB, maxFileMB)
	}
	if c.FileTimeout < 10*time.Second {
		bad("SOC_FILE_TIMEOUT", "%s: want at least 10s, such as 2m", c.FileTimeout)
	}
}

// botFiles is the bot's file configuration. Transfers get a Slack client of
// their own whose HTTP timeout fits a large file, since the main client's
// (SOC_SLACK_TIMEOUT) is sized for one API call.
func (c Config) botFiles() bot.FileConfig {
	lim := questionnaire.DefaultLimits()
	lim.MaxFileSize = int64(c.FileMaxMB) << 20
	transfer := max(c.FileTimeout/2, c.APITimeout)
	opts := []slack.Option{slack.OptionHTTPClient(bot.NewHTTPClient(transfer))}
	if c.APIURL != "" {
		opts = append(opts, slack.OptionAPIURL(c.APIURL))
	}
	return bot.FileConfig{
		Jobs:            c.FileJobs,
		Timeout:         c.FileTimeout,
		Limits:          lim,
		TransferTimeout: transfer,
		Client:          slack.New(c.BotToken, opts...),
	}
}
