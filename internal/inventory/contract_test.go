package inventory_test

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/socbot/socbot/internal/inventory"
	"github.com/socbot/socbot/internal/triage"
)

// When the inventory holds several entries that would each answer a question, the
// newest is the one to send (or, when none is current, the one named in the gap),
// whatever order the inventory lists them in. Among bridge letters, one written for
// the report beats a general one, then the one valid longest.
func TestInventoryPrefersNewest(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 11, 28, 14, 0, 0, 0, time.UTC)
	day := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	soc2 := func(name, start, end string) inventory.Report {
		return inventory.Report{Kind: inventory.KindSOC2, Name: name, Type: triage.Type2, Categories: []string{triage.CatSecurity},
			PeriodStart: day(start), PeriodEnd: day(end), Request: triage.Request{Channel: "#security"}}
	}
	doc := func(kind, name, issued, expires string) inventory.Report {
		r := inventory.Report{Kind: kind, Name: name, Issued: day(issued), Request: triage.Request{Channel: "#security"}}
		if expires != "" {
			r.Expires = day(expires)
		}
		return r
	}
	bridge := func(name, bridges, issued, expires string) inventory.Report {
		r := doc(inventory.KindBridgeLetter, name, issued, expires)
		r.Bridges = bridges
		return r
	}
	report := triage.Verdict{Report: triage.ReportSOC2, Type: triage.Type2, Categories: []string{triage.CatSecurity}}
	artifact := func(kind string) triage.Verdict {
		return triage.Verdict{Report: triage.ReportNone, Artifacts: []string{kind}}
	}

	tests := []struct {
		name     string
		v        triage.Verdict
		entries  []inventory.Report // newest or preferred first; tried in both orders
		wantSend []string
		wantGap  string // the entry the gap names
	}{
		{"two current SOC 2 reports: the later period", report, []inventory.Report{
			soc2("SOC 2 2026", "2025-10-01", "2026-09-30"), soc2("SOC 2 2026 H1", "2025-07-01", "2026-08-31"),
		}, []string{"SOC 2 2026"}, ""},
		{"two stale SOC 2 reports: the gap names the later", report, []inventory.Report{
			soc2("SOC 2 2024", "2024-01-01", "2024-12-31"), soc2("SOC 2 2023", "2023-01-01", "2023-12-31"),
		}, nil, "SOC 2 2024"},
		{"two pen test letters: the later", artifact(inventory.KindPentestLetter), []inventory.Report{
			doc(inventory.KindPentestLetter, "Pen test 2026", "2026-08-20", ""), doc(inventory.KindPentestLetter, "Pen test 2026 Q1", "2026-02-01", ""),
		}, []string{"Pen test 2026"}, ""},
		{"two ISO certificates: the one valid longest", artifact(inventory.KindISO27001Certificate), []inventory.Report{
			doc(inventory.KindISO27001Certificate, "ISO 2026", "2026-03-14", "2029-03-13"), doc(inventory.KindISO27001Certificate, "ISO 2025", "2025-06-01", "2028-05-31"),
		}, []string{"ISO 2026"}, ""},
		{"bridge letters: the one for the report beats a general one", report, []inventory.Report{
			soc2("SOC 2 2026", "2025-06-01", "2026-05-31"),
			bridge("Bridge for SOC 2 2026", "SOC 2 2026", "2026-06-15", "2026-12-31"), bridge("General bridge", "", "2026-07-01", "2027-03-31"),
		}, []string{"SOC 2 2026", "Bridge for SOC 2 2026"}, ""},
		{"general bridge letters: the one valid longest", report, []inventory.Report{
			soc2("SOC 2 2026", "2025-06-01", "2026-05-31"),
			bridge("Bridge to March", "", "2026-07-01", "2027-03-31"), bridge("Bridge to December", "", "2026-06-15", "2026-12-31"),
		}, []string{"SOC 2 2026", "Bridge to March"}, ""},
	}
	for _, tc := range tests {
		for _, reversed := range []bool{false, true} {
			entries := slices.Clone(tc.entries)
			if reversed {
				slices.Reverse(entries)
			}
			inv := &inventory.Inventory{Entries: entries}
			c := inv.Cover(tc.v, "Do you have it?", now)
			if !slices.Equal(c.Send, tc.wantSend) {
				t.Errorf("%s (reversed %v): send %q, want %q (%s)", tc.name, reversed, c.Send, tc.wantSend, c.Reason)
			}
			if tc.wantGap != "" && !slices.ContainsFunc(c.Gaps, func(g string) bool { return strings.Contains(g, strconv.Quote(tc.wantGap)) }) {
				t.Errorf("%s (reversed %v): gaps %q, want one naming %q", tc.name, reversed, c.Gaps, tc.wantGap)
			}
		}
	}
}
