package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/socbot/socbot/internal/state"
	"github.com/socbot/socbot/internal/triage"
)

// runFeedback prints the rules ranked by 👎 over a recent period, for whoever
// maintains the rule table. It reads the votes the bot keeps in Redis.
func runFeedback(ctx context.Context, s streams, args []string) error {
	fs := newFlags("feedback")
	sinceFlag := fs.String("since", "7d", "how far back to look: 7d, 24h, 30d, 90m")
	format := fs.String("format", "text", "output format: text or json")
	if err := parseFlags(fs, args, s); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageErrorf("unexpected argument %q", fs.Arg(0))
	}
	period, err := parseSince(*sinceFlag)
	if err != nil {
		return usageErrorf("--since: %v", err)
	}
	if *format != "text" && *format != "json" {
		return usageErrorf("--format %q: want text or json", *format)
	}
	cfg, err := stateConfigFromEnv()
	if err != nil {
		return usageError(err)
	}
	if !cfg.Redis() {
		fmt.Fprintln(s.out, "No Redis is configured (REDIS_URL or REDIS_ADDRS), so feedback is kept only in the\n"+
			"memory of the running bot, and its log. Set REDIS_URL for the bot and for this command to read it.")
		return nil
	}
	log := slog.New(slog.NewTextHandler(s.err, &slog.HandlerOptions{Level: slog.LevelError}))
	st, err := state.Open(ctx, cfg, log)
	if err != nil {
		return usageError(err)
	}
	defer st.Close()
	if err := st.Ping(ctx); err != nil {
		return err
	}
	since := time.Now().Add(-period)
	fb, err := st.ListFeedback(ctx, since)
	if err != nil {
		return err
	}
	scores := state.RankRules(fb)
	if *format == "json" {
		enc := json.NewEncoder(s.out)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Since time.Time         `json:"since"`
			Votes int               `json:"votes"`
			Rules []state.RuleScore `json:"rules"`
		}{since.UTC(), len(fb), scores})
	}
	printFeedback(s.out, fb, scores, since, *sinceFlag)
	return nil
}

func printFeedback(w io.Writer, fb []triage.Feedback, scores []state.RuleScore, since time.Time, period string) {
	up, down, noRule := 0, 0, 0
	teams := map[string]bool{}
	for _, f := range fb {
		if f.Vote == triage.VoteDown {
			down++
		} else {
			up++
		}
		if len(f.Rules) == 0 {
			noRule++
		}
		teams[f.Team] = true
	}
	fmt.Fprintf(w, "Feedback since %s (%s): %d votes, %d 👎, %d 👍, from %d workspace(s)\n",
		since.UTC().Format("2006-01-02 15:04 MST"), period, len(fb), down, up, len(teams))
	if len(fb) == 0 {
		return
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "DOWN\tUP\t\tRULE") // words, not emoji: terminals disagree on emoji width
	for _, s := range scores {
		fmt.Fprintf(tw, "%d\t%d\t\t%s\n", s.Down, s.Up, s.Rule)
	}
	tw.Flush()
	if noRule > 0 {
		fmt.Fprintf(w, "\n%d vote(s) on answers that named no rule.\n", noRule)
	}
}

// parseSince reads a look-back period: a number of days ("7d"), weeks ("2w")
// or any Go duration ("24h", "90m").
func parseSince(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	var d time.Duration
	var err error
	if n, unit := strings.TrimRight(s, "dw"), strings.TrimLeft(s, "0123456789"); (unit == "d" || unit == "w") && n != "" {
		var k int
		if k, err = strconv.Atoi(n); err == nil {
			d = time.Duration(k) * 24 * time.Hour
			if unit == "w" {
				d *= 7
			}
		}
	} else {
		d, err = time.ParseDuration(s)
	}
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("%q: want a period such as 7d, 2w, 24h or 90m", s)
	}
	return d, nil
}

// stateConfigFromEnv reads the store's settings.
func stateConfigFromEnv() (state.Config, error) {
	var cfg state.Config
	if _, err := loadEnv(&cfg); err != nil {
		return cfg, err
	}
	return cfg, withoutTokens(cfg.Validate())
}
