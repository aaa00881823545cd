package llm

import (
	"context"
	"errors"
	"runtime"
	"testing"
	"time"

	"github.com/socbot/socbot/internal/llmtest"
	"github.com/socbot/socbot/internal/triage"
)

// allocatedBy runs f and returns what it allocated, by the runtime's own
// counter (the whole process: the test server's writes count too).
func allocatedBy(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// A reply past MaxReplyBytes is cut off where the cap falls: the call fails as
// malformed, the rest of the reply is never read, and memory stays in
// proportion to the cap, not to the reply. Just under the cap, the reply is
// read and cleaned within the same bound.
func TestReplySizeIsCapped(t *testing.T) {
	tests := []struct {
		name    string
		pad     int64
		wantErr bool
	}{
		{"220 MB", 220 << 20, true},
		{"just over the cap", MaxReplyBytes, true},
		{"just under the cap", MaxReplyBytes - 4096, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := llmtest.New(t)
			srv.SetDefault(llmtest.Reply{Content: "Mostly SOC 2 Type 2 questions.", Pad: tc.pad})
			c, _ := newTestClient(t, srv, nil, slowMachine)
			var (
				got string
				err error
			)
			alloc := allocatedBy(func() { got, err = c.Summarise(context.Background(), sample()) })
			t.Logf("reply of %d MB: %d KB allocated, %d KB served", tc.pad>>20, alloc>>10, srv.Padded()>>10)
			var e *Error
			switch {
			case tc.wantErr && (!errors.As(err, &e) || e.Kind != OutcomeMalformed || !errors.Is(err, errReplyTooLarge)):
				t.Errorf("err = %v, want a malformed reply over the cap", err)
			case !tc.wantErr && (err != nil || got != "Mostly SOC 2 Type 2 questions."):
				t.Errorf("summary %q err %v, want the content without its padding", got, err)
			}
			if alloc > 16<<20 {
				t.Errorf("allocated %d MB for the reply, want at most 16 MB", alloc>>20)
			}
			if srv.Padded() > 32<<20 {
				t.Errorf("the server wrote %d MB: the client read on past the cap", srv.Padded()>>20)
			}
			if n := c.Stats().Attempts; n != 1 {
				t.Errorf("%d attempts, want 1 (an oversized reply is not retried)", n)
			}
		})
	}
}

// The same cap holds for the suggestions of unmatched questions.
func TestFillReplySizeIsCapped(t *testing.T) {
	srv := llmtest.New(t)
	srv.SetDefault(llmtest.Reply{Content: `{"answers":[]}`, Pad: 64 << 20})
	c, _ := newTestClient(t, srv, nil, slowMachine)
	res := sample()
	var (
		fills []Fill
		err   error
	)
	alloc := allocatedBy(func() { fills, err = c.FillGaps(context.Background(), res.Items) })
	if !errors.Is(err, errReplyTooLarge) || fills != nil {
		t.Errorf("fills %v err %v, want none and the cap's error", fills, err)
	}
	if alloc > 16<<20 {
		t.Errorf("allocated %d MB, want at most 16 MB", alloc>>20)
	}
}

// The summary never names a SOC report that no verdict gave: such a summary
// is dropped (and counted as malformed), the rules-only answer stands.
func TestSummaryNamingAReportNoVerdictGaveIsDropped(t *testing.T) {
	soc1 := sample()
	soc1.Items[0] = matched("q1", "Do you process payroll?", triage.ReportSOC1)
	soc3 := sample()
	soc3.Items[2].Artifacts = []string{"soc3"}
	suggested := sample()
	suggested.Items[1].Verdict = triage.Verdict{Report: triage.ReportSOC1, Type: triage.Type2, Unmatched: true, Confidence: FillConfidence,
		Evidence: []triage.Evidence{{Rule: EvidenceRule, Reason: triage.SuggestedReason}}, Source: triage.SourceModel}
	tests := []struct {
		name string
		res  triage.Result
		said string
		keep bool
	}{
		{"the report the rules gave", sample(), "Mostly SOC 2 Type 2 security questions.", true},
		{"roman numerals", sample(), "Send the SOC II Type 2 report.", true},
		{"a SOC 1 no rule gave", sample(), "Send the SOC 2, and the SOC 1 for payroll.", false},
		{"spelt soc-1", sample(), "A soc-1 may also be needed.", false},
		{"spelt SOC1", sample(), "Attach your SOC1.", false},
		{"a SOC 3 no rule asked for", sample(), "Share the public SOC 3.", false},
		{"a SOC 1 a rule gave", soc1, "Mostly SOC 2; one payroll question needs the SOC 1.", true},
		{"a SOC 3 a rule asked for", soc3, "Send the SOC 2 and share the SOC 3.", true},
		{"a suggested SOC 1", suggested, "Mostly SOC 2; one question is suggested as SOC 1.", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			srv := llmtest.New(t)
			srv.SetDefault(llmtest.Reply{Content: tc.said})
			c, _ := newTestClient(t, srv, nil, slowMachine)
			got, err := c.Summarise(context.Background(), tc.res)
			if tc.keep && (err != nil || got != tc.said) {
				t.Errorf("summary %q err %v, want it kept", got, err)
			}
			if !tc.keep && (got != "" || err == nil || c.Stats().Malformed != 1) {
				t.Errorf("summary %q err %v malformed %d, want it dropped", got, err, c.Stats().Malformed)
			}
		})
	}
}

// A cached summary is checked the same way: a shared cache is not trusted.
func TestCachedSummaryNamingAnotherReportIsNotUsed(t *testing.T) {
	srv := llmtest.New(t)
	srv.SetDefault(llmtest.Reply{Content: "Mostly SOC 2 Type 2 questions."})
	cache := &poisonCache{val: []byte("Send the SOC 1 to everyone.")}
	c, _ := newTestClient(t, srv, cache, nil)
	got, err := c.Summarise(context.Background(), sample())
	if err != nil || got != "Mostly SOC 2 Type 2 questions." || srv.Count() != 1 {
		t.Errorf("summary %q err %v after %d calls, want the model asked again", got, err, srv.Count())
	}
}

// poisonCache answers every Get with val.
type poisonCache struct{ val []byte }

func (p *poisonCache) Get(context.Context, string) ([]byte, bool, error) { return p.val, true, nil }
func (p *poisonCache) Set(context.Context, string, []byte, time.Duration) error {
	return nil
}

// stuckCache holds every Get until its context ends (or a long while passes).
type stuckCache struct{}

func (stuckCache) Get(ctx context.Context, _ string) ([]byte, bool, error) {
	select {
	case <-ctx.Done():
		return nil, false, ctx.Err()
	case <-time.After(10 * time.Second):
		return nil, false, nil
	}
}
func (stuckCache) Set(context.Context, string, []byte, time.Duration) error { return nil }

// The time budget covers the whole pass, not only the HTTP call: a cache
// that never answers uses it up, and the pass ends as a timeout instead of
// running on after it.
func TestBudgetCoversTheWholePass(t *testing.T) {
	srv := llmtest.New(t)
	srv.SetDefault(llmtest.Reply{Content: "Mostly SOC 2 Type 2 questions."})
	c, _ := newTestClient(t, srv, stuckCache{}, func(cfg *Config) { cfg.Timeout = 200 * time.Millisecond })
	res := sample()
	if got, err := c.Summarise(context.Background(), res); got != "" || err == nil {
		t.Errorf("summary %q err %v, want none past the budget", got, err)
	}
	if fills, err := c.FillGaps(context.Background(), res.Items); fills != nil || err == nil {
		t.Errorf("fills %v err %v, want none past the budget", fills, err)
	}
}

// slowMachine gives a call a budget no machine misses, the race detector's
// included: these tests are about bytes, not time.
func slowMachine(c *Config) { c.Timeout = 5 * time.Minute }
