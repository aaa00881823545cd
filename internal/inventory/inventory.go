// Package inventory owns the company's report inventory: the SOC reports,
// certificates, letters and documents it can send. It loads the inventory from
// YAML (strictly: an unknown field, a value of the wrong shape or a malformed
// date is an error naming the entry and the field), validates it, judges each
// entry's freshness, and says whether the inventory covers a triage verdict and
// what to send.
package inventory

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/socbot/socbot/internal/triage"
)

// Inventory is the company's own reports and documents: what it can send.
type Inventory struct {
	Entries []Report `json:"reports"`
	// Warnings are the rows of control matrices that were left out, one line
	// each naming file, row and column; the rest of the inventory loaded.
	Warnings []string `json:"warnings,omitempty"`
}

// Report is one inventory entry: a SOC report, a certificate, a letter or a
// document. Dates are calendar days (midnight UTC); a zero time means unset.
type Report struct {
	Kind       string   `json:"kind"`
	Name       string   `json:"name"`
	Type       string   `json:"type,omitempty"`       // type1 or type2 (soc1, soc2)
	Categories []string `json:"categories,omitempty"` // soc2, soc3: security plus others
	SOC1Areas  []string `json:"soc1_areas,omitempty"` // soc1: areas its control objectives cover
	Scope      []string `json:"scope,omitempty"`      // products and systems covered; empty: company-wide
	// SOC reports: the examination period. A Type 1 is "as of" PeriodEnd and may
	// leave PeriodStart unset.
	PeriodStart time.Time `json:"period_start,omitzero"`
	PeriodEnd   time.Time `json:"period_end,omitzero"`
	// Certificates, letters and documents: when issued and until when valid
	// (inclusive).
	Issued  time.Time `json:"issued,omitzero"`
	Expires time.Time `json:"expires,omitzero"`
	// Bridges names the SOC report a bridge letter extends; empty: any.
	Bridges string         `json:"bridges,omitempty"`
	NDA     bool           `json:"nda"`
	Request triage.Request `json:"request"`
	Notes   string         `json:"notes,omitempty"`
	// ControlsFile is the report's control matrix (soc1, soc2), as written in
	// the inventory; Controls are its rows as loaded.
	ControlsFile string    `json:"controls_file,omitempty"`
	Controls     []Control `json:"controls,omitempty"`

	idf   map[string]float64 // per word of the controls' text: how rare it is among them
	byKey map[string][]int   // per criterion or SOC 1 area: the controls addressing it
}

func typeSuffix(t string) string {
	if tt := triage.TypeTitle(t); tt != "" {
		return " " + tt
	}
	return ""
}

// Title describes the entry's kind: "SOC 2 Type 2 (Security, Availability)".
func (r *Report) Title() string {
	s := KindLabel(r.Kind) + typeSuffix(r.Type)
	if len(r.Categories) > 0 {
		s += " (" + categoryList(r.Categories) + ")"
	}
	return s
}

// Dates renders the entry's dates: "2025-10-01 to 2026-09-30", "as of 2026-03-31",
// "issued 2026-08-20, valid until 2027-08-19".
func (r *Report) Dates() string {
	if ki, _ := lookupKind(r.Kind); ki.period {
		if r.PeriodStart.IsZero() || r.PeriodStart.Equal(r.PeriodEnd) {
			return "as of " + formatDay(r.PeriodEnd)
		}
		return formatDay(r.PeriodStart) + " to " + formatDay(r.PeriodEnd)
	}
	var parts []string
	if !r.Issued.IsZero() {
		parts = append(parts, "issued "+formatDay(r.Issued))
	}
	if !r.Expires.IsZero() {
		parts = append(parts, "valid until "+formatDay(r.Expires))
	}
	return strings.Join(parts, ", ")
}

func categoryList(cats []string) string {
	names := make([]string, len(cats))
	for i, c := range cats {
		names[i] = triage.CategoryTitle(c)
	}
	return strings.Join(names, ", ")
}

// areaList names SOC 1 areas in a sentence: "transaction processing, custody".
func areaList(areas []string) string {
	names := make([]string, len(areas))
	for i, a := range areas {
		names[i] = triage.AreaTitle(a)
	}
	return strings.Join(names, ", ")
}

// Describe lists the entries as plain text, one "• name: title, dates, NDA" line
// each, for Slack's App Home and /soc reports.
func (inv *Inventory) Describe(time.Time) string {
	var b strings.Builder
	for i := range inv.Entries {
		e := &inv.Entries[i]
		fmt.Fprintf(&b, "• %s: %s", e.Name, e.Title())
		if d := e.Dates(); d != "" {
			fmt.Fprintf(&b, ", %s", d)
		}
		if e.NDA {
			b.WriteString(", NDA")
		}
		b.WriteByte('\n')
	}
	return strings.TrimSpace(b.String())
}

// WriteText writes the inventory as a person reads it, one entry per line with
// its freshness as of now, then its scope or areas when it has them.
func (inv *Inventory) WriteText(w io.Writer, now time.Time) error {
	today := civilDay(now)
	var b strings.Builder
	fmt.Fprintf(&b, "Report inventory as of %s: %d %s\n", formatDay(today), len(inv.Entries), plural(len(inv.Entries), "entry", "entries"))
	for i := range inv.Entries {
		r := &inv.Entries[i]
		line := r.Name + ": " + r.Title()
		if d := r.Dates(); d != "" {
			line += " " + d
		}
		attrs := []string{inv.freshnessText(r, today)}
		if r.NDA {
			attrs = append(attrs, "NDA")
		} else {
			attrs = append(attrs, "no NDA")
		}
		attrs = append(attrs, r.Request.String())
		fmt.Fprintf(&b, "- %s — %s\n", line, strings.Join(attrs, ", "))
		if len(r.Scope) > 0 {
			fmt.Fprintf(&b, "    scope: %s\n", strings.Join(r.Scope, ", "))
		}
		if len(r.SOC1Areas) > 0 {
			fmt.Fprintf(&b, "    areas: %s\n", areaList(r.SOC1Areas))
		}
		if r.Bridges != "" {
			fmt.Fprintf(&b, "    bridges: %s\n", r.Bridges)
		}
		if r.ControlsFile != "" {
			writeControls(&b, r)
		}
		if r.Notes != "" {
			fmt.Fprintf(&b, "    notes: %s\n", strings.Join(strings.Fields(r.Notes), " "))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeControls says what a report's control matrix holds: how many controls,
// with how many exceptions, which criteria (SOC 1: areas) they address, and
// which the report claims but no control addresses.
func writeControls(b *strings.Builder, r *Report) {
	exceptions := 0
	for _, c := range r.Controls {
		if c.Exception {
			exceptions++
		}
	}
	fmt.Fprintf(b, "    controls: %d from %s", len(r.Controls), r.ControlsFile)
	if exceptions > 0 {
		fmt.Fprintf(b, ", %d with an exception noted", exceptions)
	}
	b.WriteByte('\n')
	covered, missing := r.ControlCoverage()
	fmt.Fprintf(b, "    addressed: %s\n", orNone(covered))
	fmt.Fprintf(b, "    no control: %s\n", orNone(missing))
}

func orNone(xs []string) string {
	if len(xs) == 0 {
		return "none"
	}
	return strings.Join(xs, " ")
}

// ControlCoverage lists, for a report with a control matrix, the criteria
// (SOC 1: areas) its controls address and those the report claims that no
// control addresses: for a SOC 2, every criterion of its categories.
func (r *Report) ControlCoverage() (covered, missing []string) {
	claimed := r.SOC1Areas
	if r.Kind != KindSOC1 {
		claimed = nil
		for _, c := range triage.AllCriteria {
			if slices.Contains(r.Categories, triage.CategoryOf(c)) {
				claimed = append(claimed, c)
			}
		}
	}
	for _, k := range append(slices.Clone(triage.AllCriteria), triage.AllSOC1Areas...) {
		if len(r.byKey[k]) > 0 {
			covered = append(covered, k)
		} else if slices.Contains(claimed, k) {
			missing = append(missing, k)
		}
	}
	return covered, missing
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
