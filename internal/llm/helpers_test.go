package llm

import (
	"encoding/json"
	"sync"
	"testing"
	"time"

	"github.com/socbot/socbot/internal/llmtest"
	"github.com/socbot/socbot/internal/triage"
)

// newTestClient points a client at srv. Waits before a retry are recorded, not
// slept, so the tests never depend on the wall clock.
func newTestClient(t *testing.T, srv *llmtest.Server, cache Cache, mod func(*Config), opts ...Option) (*Client, *[]time.Duration) {
	t.Helper()
	cfg := Config{APIKey: "test-key", BaseURL: srv.BaseURL(), Model: "test-model", Timeout: 5 * time.Second}
	if mod != nil {
		mod(&cfg)
	}
	c, err := New(cfg, cache, nil, opts...)
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	waits := &[]time.Duration{}
	c.sleep = func(d time.Duration) <-chan time.Time {
		mu.Lock()
		*waits = append(*waits, d)
		mu.Unlock()
		ch := make(chan time.Time, 1)
		ch <- time.Now()
		return ch
	}
	return c, waits
}

func matched(id, text, report string, criteria ...string) triage.Item {
	return triage.Item{
		Question: triage.Question{ID: id, Text: text},
		Verdict: triage.Verdict{
			Report: report, Type: triage.Type2, Categories: []string{triage.CatSecurity}, Criteria: criteria,
			Confidence: 0.9, Evidence: []triage.Evidence{{Rule: "rule-" + id, Reason: "a rule", Matched: []string{"x"}}},
		},
	}
}

func unmatched(id, text string) triage.Item {
	return triage.Item{
		Question: triage.Question{ID: id, Text: text},
		Verdict:  triage.Verdict{Report: triage.ReportNone, Unmatched: true},
	}
}

// sample has matched items at 0, 2 and 4 and unmatched ones at 1 and 3.
func sample() triage.Result {
	return triage.Result{Items: []triage.Item{
		matched("q1", "Is MFA enforced for all users?", triage.ReportSOC2, "CC6.1"),
		unmatched("q2", "Describe your quantum-safe cryptography roadmap."),
		matched("q3", "Do you encrypt data in transit?", triage.ReportSOC2, "CC6.7"),
		unmatched("q4", "How are payroll tax filings verified before submission?"),
		matched("q5", "Provide your SOC 2 Type 2 report.", triage.ReportSOC2),
	}}
}

func answersJSON(t *testing.T, answers ...map[string]any) string {
	t.Helper()
	if answers == nil {
		answers = []map[string]any{}
	}
	b, err := json.Marshal(map[string]any{"answers": answers})
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func ans(n int, report, typ string, criteria ...string) map[string]any {
	if criteria == nil {
		criteria = []string{}
	}
	return map[string]any{"n": n, "report": report, "type": typ, "categories": []string{}, "criteria": criteria, "soc1_areas": []string{}, "artifacts": []string{}}
}

func with(a map[string]any, field string, v any) map[string]any {
	b := make(map[string]any, len(a)+1)
	for k, x := range a {
		b[k] = x
	}
	b[field] = v
	return b
}
