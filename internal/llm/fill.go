package llm

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/socbot/socbot/internal/triage"
	"github.com/socbot/socbot/prompts"
)

// Marks of a suggested verdict.
const (
	// FillConfidence is the confidence of every suggested verdict: below what
	// any rule gives, so a suggestion never reads as a rule's answer.
	FillConfidence = 0.3
	// EvidenceRule names the model in a suggestion's evidence, beside the
	// rules that fired.
	EvidenceRule = "llm"
)

// Fill is a suggested verdict for items[Index], a question no rule matched.
type Fill struct {
	Index   int
	Verdict triage.Verdict
}

// answer is one entry of the model's JSON reply: the number of the question
// and the verdict's fields, as an evaluation set labels them.
type answer struct {
	N int `json:"n"`
	triage.Labels
}

type reply struct {
	Answers []answer `json:"answers"`
}

// FillGaps asks the model to classify the items no rule matched (Unmatched and
// not yet suggested), at most MaxQuestions of them, and returns the answers
// that pass validation. Items a rule matched are never sent and never filled.
// A disabled client returns nothing. On error the fills are nil and the rules'
// verdicts stand.
func (c *Client) FillGaps(ctx context.Context, items []triage.Item) ([]Fill, error) {
	if !c.Enabled() {
		return nil, nil
	}
	var idx []int // request position (n-1) -> item index
	var qs []prompts.ClassifyQuestion
	for i, it := range items {
		if !it.Unmatched || it.Verdict.Suggested() || strings.TrimSpace(it.Text) == "" {
			continue
		}
		if len(idx) == c.cfg.MaxQuestions {
			c.log.Info("unmatched questions beyond SOC_LLM_MAX_QUESTIONS left unfilled", "max", c.cfg.MaxQuestions)
			break
		}
		idx = append(idx, i)
		qs = append(qs, prompts.ClassifyQuestion{N: len(idx), Text: Redact(it.Text), Section: Redact(it.Section)})
	}
	if len(qs) == 0 {
		return nil, nil
	}
	// One budget for the whole pass: cache, call, parsing and validation.
	ctx, cancel := context.WithTimeout(ctx, c.cfg.Timeout)
	defer cancel()
	p, err := prompts.RenderClassify(prompts.ClassifyInput{Questions: qs, Allowed: vocabulary()})
	if err != nil {
		return nil, err
	}
	key := cacheKey(OpClassify, c.cfg.Model, p)
	content, hit := c.cached(ctx, OpClassify, key)
	if !hit {
		s, err := c.complete(ctx, call{op: OpClassify, prompt: p, schema: classifySchema, maxTokens: 100 + 120*len(qs)})
		if err != nil {
			return nil, err
		}
		content = []byte(s)
	}
	rep, err := parseReply(content)
	if err != nil {
		c.malformedContent(OpClassify)
		c.log.Warn("model reply is not the JSON asked for; dropped", "op", OpClassify, "err", err)
		return nil, &Error{Op: OpClassify, Kind: OutcomeMalformed, Err: err}
	}
	valid := c.validate(rep.Answers, len(qs))
	if err := ctx.Err(); err != nil {
		return nil, &Error{Op: OpClassify, Kind: OutcomeTimeout, Err: err}
	}
	if !hit {
		if b, err := json.Marshal(reply{Answers: valid}); err == nil {
			c.store(ctx, OpClassify, key, b)
		}
	}
	fills := make([]Fill, 0, len(valid))
	for _, a := range valid {
		fills = append(fills, Fill{Index: idx[a.N-1], Verdict: a.verdict()})
	}
	c.stats.filled.Add(int64(len(fills)))
	return fills, nil
}

// parseReply decodes exactly one JSON object with no unknown fields and
// nothing after it.
func parseReply(b []byte) (reply, error) {
	var r reply
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		return reply{}, fmt.Errorf("decode answers: %w", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return reply{}, errors.New("decode answers: data after the JSON object")
	}
	if r.Answers == nil {
		return reply{}, errors.New(`decode answers: no "answers" array`)
	}
	return r, nil
}

// validate keeps the answers whose every field is allowed and consistent, in
// order, one per question; the rest are logged and counted.
func (c *Client) validate(answers []answer, k int) []answer {
	seen := make(map[int]bool)
	ok := []answer{} // never nil: an empty list is cached as [], not null
	for _, a := range answers {
		reason := check(&a, k, seen)
		if reason != "" {
			c.observeDropped(OpClassify, reason)
			c.log.Info("model answer dropped", "op", OpClassify, "n", a.N, "reason", reason)
			continue
		}
		seen[a.N] = true
		ok = append(ok, a)
	}
	return ok
}

// check returns why an answer is invalid, or "" and the answer normalised
// (duplicates removed, categories completed from criteria).
func check(a *answer, k int, seen map[int]bool) string {
	switch {
	case a.N < 1 || a.N > k:
		return "index"
	case seen[a.N]:
		return "duplicate"
	case !slices.Contains(triage.AllReports, a.Report):
		return "report"
	case !slices.Contains(triage.AllTypes, a.Type) || (a.Report == triage.ReportNone) != (a.Type == triage.TypeNone):
		return "type"
	}
	var reason string
	for _, f := range []struct {
		name  string
		list  *[]string
		vocab []string
		max   int
	}{
		{"categories", &a.Categories, triage.AllCategories, len(triage.AllCategories)},
		{"criteria", &a.Criteria, triage.AllCriteria, 8},
		{"soc1_areas", &a.SOC1Areas, triage.AllSOC1Areas, 5},
		{"artifacts", &a.Artifacts, triage.AllArtifacts, 4},
	} {
		*f.list = dedupe(*f.list)
		if len(*f.list) > f.max {
			reason = f.name
		}
		for _, v := range *f.list {
			if !slices.Contains(f.vocab, v) {
				reason = f.name
			}
		}
		if reason != "" {
			return reason
		}
	}
	soc2 := a.Report == triage.ReportSOC2 || a.Report == triage.ReportBoth
	soc1 := a.Report == triage.ReportSOC1 || a.Report == triage.ReportBoth
	switch {
	case !soc2 && (len(a.Categories) > 0 || len(a.Criteria) > 0):
		return "inconsistent"
	case !soc1 && len(a.SOC1Areas) > 0:
		return "inconsistent"
	}
	if soc2 {
		a.Categories = categoriesFor(a.Categories, a.Criteria)
	}
	return ""
}

// categoriesFor is the named categories plus those of the criteria, in the
// vocabulary's order; security when there are none (a bare SOC 2 request).
func categoriesFor(named, criteria []string) []string {
	var out []string
	for _, cat := range triage.AllCategories {
		in := slices.Contains(named, cat)
		for _, cr := range criteria {
			in = in || triage.CategoryOf(cr) == cat
		}
		if in {
			out = append(out, cat)
		}
	}
	if len(out) == 0 {
		out = []string{triage.CatSecurity}
	}
	return out
}

func dedupe(in []string) []string {
	out := make([]string, 0, len(in))
	for _, v := range in {
		if !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}

func (a answer) verdict() triage.Verdict {
	return triage.Verdict{
		Report:     a.Report,
		Type:       a.Type,
		Categories: a.Categories,
		Criteria:   a.Criteria,
		SOC1Areas:  a.SOC1Areas,
		Artifacts:  a.Artifacts,
		Confidence: FillConfidence,
		Unmatched:  true,
		Evidence:   []triage.Evidence{{Rule: EvidenceRule, Reason: triage.SuggestedReason}},
		Source:     triage.SourceModel,
	}
}

// Apply merges fills into res and returns how many it applied. It writes only
// to items the rules left unmatched (Unmatched stays true: no rule matched) and
// keeps their own evidence; a fill naming a matched item or an index out of
// range is ignored. The snippet summary is left as the rules made it.
func Apply(res *triage.Result, fills []Fill) int {
	if res == nil {
		return 0
	}
	n := 0
	for _, f := range fills {
		if f.Index < 0 || f.Index >= len(res.Items) {
			continue
		}
		it := &res.Items[f.Index]
		if !it.Unmatched {
			continue
		}
		v := f.Verdict
		v.Unmatched = true
		if v.Confidence > FillConfidence {
			v.Confidence = FillConfidence
		}
		var ev []triage.Evidence
		for _, e := range it.Evidence {
			if e.Rule != EvidenceRule {
				ev = append(ev, e)
			}
		}
		v.Evidence = append(ev, triage.Evidence{Rule: EvidenceRule, Reason: triage.SuggestedReason})
		v.Source = triage.SourceModel
		it.Verdict = v
		n++
	}
	return n
}
