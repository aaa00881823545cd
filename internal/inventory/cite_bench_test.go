package inventory_test

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/socbot/socbot/internal/inventory"
	"github.com/socbot/socbot/internal/triage"
)

// matrix300 writes a 300-control matrix: the example's controls repeated under new ids.
func matrix300(tb testing.TB, dir string) string {
	tb.Helper()
	src, err := os.ReadFile(filepath.Join("..", "..", "deploy", "controls.example.csv"))
	if err != nil {
		tb.Fatal(err)
	}
	lines := splitLines(string(src))
	out := lines[0] + "\n"
	for n := 0; n < 300; {
		for _, l := range lines[1:] {
			if n == 300 {
				break
			}
			out += fmt.Sprintf("X%03d-%s\n", n, l)
			n++
		}
	}
	path := filepath.Join(dir, "controls.csv")
	if err := os.WriteFile(path, []byte(out), 0o600); err != nil {
		tb.Fatal(err)
	}
	return path
}

func splitLines(s string) []string {
	var out []string
	sc := bufio.NewScanner(stringsReader(s))
	for sc.Scan() {
		if sc.Text() != "" {
			out = append(out, sc.Text())
		}
	}
	return out
}

// BenchmarkTriageWithControls runs the pipeline over 300 labelled questions
// without an inventory ("none"), with the example inventory ("inventory") and
// with a 300-control matrix on its SOC 2 ("controls300"). The target in
// docs/figures.md: controls300 within 20% of inventory.
func BenchmarkTriageWithControls(b *testing.B) {
	eng, err := triage.NewEngine()
	if err != nil {
		b.Fatal(err)
	}
	qs := labelled300(b)
	now := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	plain := inventoryFrom(b, "")
	dir := b.TempDir()
	withControls := inventoryFrom(b, matrix300(b, dir))
	for _, bc := range []struct {
		name string
		inv  *inventory.Inventory
	}{{"none", nil}, {"inventory", plain}, {"controls300", withControls}} {
		b.Run(bc.name, func(b *testing.B) {
			p := triage.Pipeline{Classifier: eng, Now: func() time.Time { return now }}
			if bc.inv != nil {
				p.Cover = bc.inv.Apply
			}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := p.Run(context.Background(), qs, nil); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N*len(qs))/b.Elapsed().Seconds(), "questions/s")
		})
	}
}

func stringsReader(s string) *stringReader { return &stringReader{s: s} }

type stringReader struct{ s string }

func (r *stringReader) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	n := copy(p, r.s)
	r.s = r.s[n:]
	return n, nil
}

// labelled300 is 300 questions of the main labelled set.
func labelled300(tb testing.TB) []triage.Question {
	tb.Helper()
	f, err := os.Open(filepath.Join("..", "..", "testdata", "eval", "labelled.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	lqs, err := triage.ReadLabelled(f)
	if err != nil {
		tb.Fatal(err)
	}
	var qs []triage.Question
	for len(qs) < 300 {
		for _, lq := range lqs {
			if len(qs) < 300 {
				qs = append(qs, lq.Question())
			}
		}
	}
	return qs
}

// inventoryFrom is a one-report inventory: a SOC 2 with the given control
// matrix (none when empty).
func inventoryFrom(tb testing.TB, controls string) *inventory.Inventory {
	tb.Helper()
	y := `reports:
  - kind: soc2
    name: Acme Platform SOC 2
    type: type2
    categories: [security, availability, confidentiality]
    period_start: 2025-10-01
    period_end: 2026-09-30
    nda: true
    request: {contact: security@acme.example}
`
	if controls != "" {
		y += "    controls_file: " + controls + "\n"
	}
	path := filepath.Join(tb.TempDir(), "reports.yaml")
	if err := os.WriteFile(path, []byte(y), 0o600); err != nil {
		tb.Fatal(err)
	}
	inv, err := inventory.Load(path)
	if err != nil {
		tb.Fatal(err)
	}
	return inv
}
