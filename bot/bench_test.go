package bot

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/socbot/socbot/internal/split"
	"github.com/socbot/socbot/internal/triage"
)

// slashText is a /soc paste just under the 2,000-character limit for
// answering in the ack.
var slashText = strings.Repeat("Do you encrypt customer data at rest and in transit?\n"+
	"Is MFA enforced for remote access to production systems?\n"+
	"How do you ensure payroll calculations are complete and accurate?\n"+
	"Provide your most recent penetration test summary letter.\n", 9)[:1900]

// BenchmarkSlashAckPath is the work done on the reader goroutine for a short
// /soc: triage with the real rule table, render, and size the ack. It must
// stay far below the 20 ms ack budget.
func BenchmarkSlashAckPath(b *testing.B) {
	eng, err := triage.NewEngine()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		res := eng.TriageQuestions(split.Split(slashText))
		r := renderAnswer(res, answerOpts{ShareText: shareValue(slashText), Ephemeral: true})
		if _, err := json.Marshal(ephemeral(r.Blocks, r.Text)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRenderAnswer(b *testing.B) {
	res := longResult(120)
	for b.Loop() {
		renderAnswer(res, answerOpts{})
	}
}
