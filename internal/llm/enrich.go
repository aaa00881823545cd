package llm

import (
	"context"
	"errors"

	"github.com/socbot/socbot/internal/triage"
)

// Enrich is the whole LLM pass over a triage: suggest verdicts for unmatched
// questions (merged into res with Apply), then summarise the result. Each of
// the two calls has its own Timeout budget. A failure in one does not stop the
// other; whatever succeeded is returned with the joined errors. A disabled
// client returns "", 0, nil and leaves res untouched.
func (c *Client) Enrich(ctx context.Context, res *triage.Result) (summary string, filled int, err error) {
	if !c.Enabled() || res == nil {
		return "", 0, nil
	}
	fills, gapErr := c.FillGaps(ctx, res.Items)
	filled = Apply(res, fills)
	if ctx.Err() != nil {
		return "", filled, errors.Join(gapErr, ctx.Err())
	}
	summary, sumErr := c.Summarise(ctx, *res)
	return summary, filled, errors.Join(gapErr, sumErr)
}

// Worthwhile reports whether a pass over res can add anything: a summary of a
// snippet of MinSummaryQuestions or more, or suggestions for questions no
// rule matched.
func (c *Client) Worthwhile(res triage.Result) bool {
	if len(res.Items) >= MinSummaryQuestions {
		return true
	}
	for _, it := range res.Items {
		if it.Unmatched && !it.Verdict.Suggested() {
			return true
		}
	}
	return false
}

var _ triage.Model = (*Client)(nil)
