package llm

import (
	"context"
	"fmt"
	"testing"

	"github.com/socbot/socbot/internal/llmtest"
	"github.com/socbot/socbot/internal/triage"
)

func BenchmarkRedact(b *testing.B) {
	for _, q := range []struct{ name, text string }{
		{"plain", "Do you encrypt customer data at rest, and are the keys rotated at least yearly?"},
		{"sensitive", "Do you encrypt customer data at rest with keys rotated yearly? Contact jane@example.com or +1 415 555 0100."},
	} {
		b.Run(q.name, func(b *testing.B) {
			b.SetBytes(int64(len(q.text)))
			for b.Loop() {
				Redact(q.text)
			}
		})
	}
}

// benchResult is a 200-question paste with 29 questions no rule matched.
func benchResult() triage.Result {
	var res triage.Result
	for i := range 200 {
		text := fmt.Sprintf("Question %d: do you review user access to system %d every quarter?", i, i)
		if i%7 == 0 {
			res.Items = append(res.Items, unmatched(fmt.Sprint(i), text))
			continue
		}
		res.Items = append(res.Items, matched(fmt.Sprint(i), text, triage.ReportSOC2, "CC6.3"))
	}
	return res
}

// BenchmarkEnrich is the whole pass against the loopback fake server: the
// client's own cost (render, redact, encode, parse, validate) plus loopback HTTP.
func BenchmarkEnrich(b *testing.B) {
	srv := llmtest.New(b)
	var answers []map[string]any
	for n := 1; n <= 29; n++ {
		answers = append(answers, ans(n, "soc2", "type2", "CC6.3"))
	}
	srv.Handle(func(r llmtest.Request) llmtest.Reply {
		if r.FormatType() != "" {
			return llmtest.Reply{Content: answersJSON(&testing.T{}, answers...)}
		}
		return llmtest.Reply{Content: "Mostly SOC 2 Type 2 access questions."}
	})
	c, err := New(Config{APIKey: "k", BaseURL: srv.BaseURL()}, nil, nil)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		res := benchResult()
		if _, n, err := c.Enrich(context.Background(), &res); err != nil || n != 29 {
			b.Fatalf("filled %d, err %v", n, err)
		}
	}
}

// BenchmarkEnrichCached is the same pass answered from the memory cache.
func BenchmarkEnrichCached(b *testing.B) {
	srv := llmtest.New(b)
	srv.Handle(func(r llmtest.Request) llmtest.Reply {
		if r.FormatType() != "" {
			return llmtest.Reply{Content: `{"answers":[]}`}
		}
		return llmtest.Reply{Content: "Summary."}
	})
	c, err := New(Config{APIKey: "k", BaseURL: srv.BaseURL()}, NewMemoryCache(0), nil)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		res := benchResult()
		if _, _, err := c.Enrich(context.Background(), &res); err != nil {
			b.Fatal(err)
		}
	}
	if srv.Count() != 2 {
		b.Errorf("%d requests, want 2", srv.Count())
	}
}
