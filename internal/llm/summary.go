package llm

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/socbot/socbot/internal/triage"
	"github.com/socbot/socbot/prompts"
)

// MinSummaryQuestions is the smallest snippet worth a summary: below it the
// per-question answer says it all.
const MinSummaryQuestions = 4

// maxSummaryRunes bounds what a summary may add to a message.
const maxSummaryRunes = 700

// Summarise writes a 2–4 sentence summary of a triage for the salesperson. It
// sends the redacted question texts and the verdicts (report, type, categories,
// artifacts) and nothing else. Snippets under MinSummaryQuestions, and a
// disabled client, return "" without calling out.
func (c *Client) Summarise(ctx context.Context, res triage.Result) (string, error) {
	if !c.Enabled() || len(res.Items) < MinSummaryQuestions {
		return "", nil
	}
	// One budget for the whole pass: cache, call and cleaning.
	ctx, cancel := context.WithTimeout(ctx, c.cfg.Timeout)
	defer cancel()
	p, err := prompts.RenderSummary(c.summaryInput(res))
	if err != nil {
		return "", err
	}
	key := cacheKey(OpSummary, c.cfg.Model, p)
	if b, ok := c.cached(ctx, OpSummary, key); ok {
		// A shared cache is not trusted either.
		if s := cleanSummary(string(b)); s != "" && unsupportedReport(s, res.Items) == "" {
			return s, nil
		}
	}
	content, err := c.complete(ctx, call{op: OpSummary, prompt: p, maxTokens: 300})
	if err != nil {
		return "", err
	}
	s := cleanSummary(content)
	if s == "" {
		c.malformedContent(OpSummary)
		return "", &Error{Op: OpSummary, Kind: OutcomeMalformed, Err: errEmptySummary}
	}
	if rep := unsupportedReport(s, res.Items); rep != "" {
		c.malformedContent(OpSummary)
		c.log.Warn("summary names a report no rule gave; dropped", "report", rep)
		return "", &Error{Op: OpSummary, Kind: OutcomeMalformed, Err: fmt.Errorf("summary names %s, which no rule gave", rep)}
	}
	if err := ctx.Err(); err != nil {
		return "", &Error{Op: OpSummary, Kind: OutcomeTimeout, Err: err}
	}
	c.store(ctx, OpSummary, key, []byte(s))
	return s, nil
}

var errEmptySummary = errors.New("summary is empty after cleaning")

// reportName finds a SOC report named in text: "SOC 2", "SOC-1", "soc3",
// "SOC II".
var reportName = regexp.MustCompile(`(?i)\bsoc[\s-]*(1|2|3|iii|ii|i|one|two|three)\b`)

// unsupportedReport returns the first SOC report the summary names that no
// verdict gave for any question ("SOC 1"), or "". The verdicts are the rules'
// and the model's own suggestions, which the answer shows marked as such and
// the summary is told to call suggestions.
func unsupportedReport(summary string, items []triage.Item) string {
	var given [4]bool // given[n]: some verdict gave SOC n
	for _, it := range items {
		if it.Unmatched && !it.Verdict.Suggested() {
			continue
		}
		switch it.Report {
		case triage.ReportSOC1:
			given[1] = true
		case triage.ReportSOC2:
			given[2] = true
		case triage.ReportBoth:
			given[1], given[2] = true, true
		}
		if slices.Contains(it.Artifacts, "soc3") {
			given[3] = true
		}
	}
	for _, m := range reportName.FindAllStringSubmatch(summary, -1) {
		n := 0
		switch strings.ToLower(m[1]) {
		case "1", "i", "one":
			n = 1
		case "2", "ii", "two":
			n = 2
		case "3", "iii", "three":
			n = 3
		}
		if !given[n] {
			return fmt.Sprintf("SOC %d", n)
		}
	}
	return ""
}

func (c *Client) summaryInput(res triage.Result) prompts.SummaryInput {
	in := prompts.SummaryInput{Total: len(res.Items), Headline: Redact(res.Summary.Headline)}
	counts := make(map[string]int)
	for i, it := range res.Items {
		counts[it.Report]++
		if i >= c.cfg.MaxQuestions {
			in.Omitted++
			continue
		}
		q := prompts.SummaryQuestion{N: i + 1, Text: Redact(it.Text)}
		switch {
		case it.Unmatched && !it.Verdict.Suggested():
			q.Unmatched = true
		default:
			q.Report, q.Type = it.Report, it.Type
			q.Categories, q.Artifacts = it.Categories, it.Artifacts
			q.Suggested = it.Verdict.Suggested()
		}
		in.Questions = append(in.Questions, q)
	}
	for _, r := range triage.AllReports {
		if counts[r] > 0 {
			in.Counts = append(in.Counts, prompts.Count{Report: r, N: counts[r]})
		}
	}
	return in
}

var (
	slackControl = regexp.MustCompile(`<[^>]*>`)
	broadcast    = regexp.MustCompile(`(?i)@(here|channel|everyone)\b`)
	markdownJunk = regexp.MustCompile("[*_`#>]+")
	spaces       = regexp.MustCompile(`\s+`)
)

// cleanSummary makes model text safe to post: no Slack control sequences
// (mentions, broadcasts, links), no markdown, one paragraph, bounded length.
func cleanSummary(s string) string {
	s = slackControl.ReplaceAllString(s, "")
	s = broadcast.ReplaceAllString(s, "$1")
	s = markdownJunk.ReplaceAllString(s, "")
	s = strings.ReplaceAll(s, "<", "")
	s = strings.ReplaceAll(s, ">", "")
	s = strings.TrimSpace(spaces.ReplaceAllString(s, " "))
	if utf8.RuneCountInString(s) <= maxSummaryRunes {
		return s
	}
	r := []rune(s)[:maxSummaryRunes]
	cut := string(r)
	if i := strings.LastIndex(cut, ". "); i > maxSummaryRunes/2 {
		return cut[:i+1]
	}
	return strings.TrimSpace(cut) + "…"
}
