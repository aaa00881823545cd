package llm

import (
	"log/slog"
	"testing"

	"github.com/socbot/socbot/internal/triage"
)

// Whatever the model replies, what survives parsing and validation refers to a
// question that was sent and uses only the closed vocabularies.
// go test ./internal/llm -fuzz FuzzReply -fuzztime 30s
func FuzzReply(f *testing.F) {
	for _, seed := range []string{
		`{"answers":[{"n":1,"report":"soc2","type":"type2","categories":["security"],"criteria":["CC6.1"],"soc1_areas":[],"artifacts":[]}]}`,
		`{"answers":[{"n":2,"report":"both","type":"type1","categories":[],"criteria":["PI1.3"],"soc1_areas":["custody"],"artifacts":["soc3"]}]}`,
		`{"answers":[{"n":3,"report":"none","type":"","categories":[],"criteria":[],"soc1_areas":[],"artifacts":["dpa","dpa"]}]}`,
		`{"answers":[{"n":0,"report":"soc1"}]}`,
		`{"answers":null}`,
		`[1,2,3]`,
		`{"answers":[{"n":1e3}]}`,
	} {
		f.Add([]byte(seed))
	}
	c := &Client{log: slog.New(slog.DiscardHandler)}
	const k = 3
	f.Fuzz(func(t *testing.T, b []byte) {
		rep, err := parseReply(b)
		if err != nil {
			return
		}
		for _, a := range c.validate(rep.Answers, k) {
			if a.N < 1 || a.N > k {
				t.Fatalf("index %d survived", a.N)
			}
			checkInVocabulary(t, a.verdict())
			if a.Report == triage.ReportNone && (a.Type != "" || len(a.Criteria) > 0) {
				t.Fatalf("inconsistent none verdict survived: %+v", a)
			}
		}
	})
}
