package inventory_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/socbot/socbot/internal/inventory"
	"github.com/socbot/socbot/internal/triage"
)

// citationFigure is the share of SOC 2 questions (labelled soc2 or both, with
// criteria) answered with a cited control whose first control addresses one of
// the question's labelled criteria, over the labelled sets matching glob.
func citationFigure(t *testing.T, eng *triage.Engine, inv *inventory.Inventory, glob string) (hit, cited, total int) {
	t.Helper()
	files, err := filepath.Glob(glob)
	if err != nil || len(files) == 0 {
		t.Fatalf("no labelled sets at %s (%v)", glob, err)
	}
	now := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		lqs, err := triage.ReadLabelled(fh)
		fh.Close()
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, lq := range lqs {
			if (lq.Labels.Report != triage.ReportSOC2 && lq.Labels.Report != triage.ReportBoth) || len(lq.Labels.Criteria) == 0 {
				continue
			}
			total++
			q := lq.Question()
			v := eng.Classify(q)
			c := inv.Cover(v, q.Text, now)
			var first *triage.Citation
			for i := range c.Controls {
				if c.Controls[i].Report == "Acme Platform SOC 2" {
					first = &c.Controls[i]
					break
				}
			}
			if first == nil {
				continue
			}
			cited++
			ok := slices.ContainsFunc(first.Criteria, func(x string) bool { return slices.Contains(lq.Labels.Criteria, x) })
			if !ok && testing.Verbose() && os.Getenv("CITE_DEBUG") != "" {
				t.Logf("%s: %s\n  verdict %v want %v first %s %v", lq.ID, strings.TrimSpace(q.Text), v.Criteria, lq.Labels.Criteria, first.ID, first.Criteria)
			}
			if ok {
				hit++
			}
		}
	}
	return hit, cited, total
}

func TestCitationsOnLabelledSets(t *testing.T) {
	eng, err := triage.NewEngine()
	if err != nil {
		t.Fatal(err)
	}
	inv, err := inventory.Load(filepath.Join("..", "..", "deploy", "reports.example.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	glob, floor := filepath.Join("..", "..", "testdata", "eval", "*.jsonl"), 0.88
	if g := os.Getenv("CITE_SETS"); g != "" { // score another set once, e.g. the held-out halves
		glob, floor = g, 0
	}
	hit, cited, total := citationFigure(t, eng, inv, glob)
	t.Logf("first cited control addresses a labelled criterion: %d of %d cited (%d SOC 2 questions)", hit, cited, total)
	// Measured 0.895 of cited on the sets the rules are tuned on (docs/figures.md).
	if share := float64(hit) / float64(cited); share < floor {
		t.Errorf("first cited control addresses a labelled criterion for %.3f of cited questions, below the %.2f floor", share, floor)
	}
}
