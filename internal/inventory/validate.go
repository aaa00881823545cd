package inventory

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/socbot/socbot/internal/triage"
)

// EntryError is one problem with one inventory entry. Index is 1-based, as a
// person counts entries in the file.
type EntryError struct {
	Index int
	Kind  string
	Name  string
	Field string // the field at fault, as written in the file ("period_end")
	Msg   string // the problem, starting with the field
}

func (e *EntryError) Error() string {
	return fmt.Sprintf("%s: %s", EntryLabel(e.Index, e.Kind, e.Name), e.Msg)
}

// EntryLabel names an entry in messages: `entry 2 (soc2 "Platform SOC 2")`.
func EntryLabel(index int, kind, name string) string {
	switch {
	case kind != "" && name != "":
		return fmt.Sprintf("entry %d (%s %q)", index, kind, name)
	case kind != "":
		return fmt.Sprintf("entry %d (%s, no name)", index, kind)
	case name != "":
		return fmt.Sprintf("entry %d (%q)", index, name)
	}
	return fmt.Sprintf("entry %d", index)
}

// InvalidError holds every problem found in an inventory. Its message is one
// line: the first problem and how many more there are.
type InvalidError struct {
	Problems []*EntryError
}

func (e *InvalidError) Error() string {
	if len(e.Problems) == 0 {
		return "invalid inventory"
	}
	msg := e.Problems[0].Error()
	switch n := len(e.Problems) - 1; n {
	case 0:
	case 1:
		msg += " (and 1 more problem)"
	default:
		msg += fmt.Sprintf(" (and %d more problems)", n)
	}
	return msg
}

// Unwrap lets errors.As reach each *EntryError.
func (e *InvalidError) Unwrap() []error {
	out := make([]error, len(e.Problems))
	for i, p := range e.Problems {
		out[i] = p
	}
	return out
}

const dateLayout = "2006-01-02"

func formatDay(t time.Time) string { return t.Format(dateLayout) }

// Validate checks every entry and returns nil or an *InvalidError listing each
// problem with the entry and field it concerns.
func (inv *Inventory) Validate() error {
	var probs []*EntryError
	names := map[string]int{}
	for i := range inv.Entries {
		r := &inv.Entries[i]
		add := func(field, format string, args ...any) {
			probs = append(probs, &EntryError{Index: i + 1, Kind: r.Kind, Name: r.Name, Field: field, Msg: fmt.Sprintf(format, args...)})
		}
		if r.Name == "" {
			add("name", "name is required")
		} else if j, dup := names[r.Name]; dup {
			add("name", "name %q is already used by entry %d", r.Name, j)
		} else {
			names[r.Name] = i + 1
		}
		ki, ok := lookupKind(r.Kind)
		if r.Kind == "" {
			add("kind", "kind is required (one of %s)", strings.Join(Kinds(), ", "))
			continue
		} else if !ok {
			add("kind", "kind %q is not known (one of %s)", r.Kind, strings.Join(Kinds(), ", "))
			continue
		}
		r.validateKindFields(ki, add)
		r.validateDates(ki, add)
		if r.Request == (triage.Request{}) {
			add("request", "request needs a url, channel or contact saying where to get it")
		} else if r.Request.URL != "" {
			if u, err := url.Parse(r.Request.URL); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
				add("request.url", "request.url %q is not an http(s) URL", r.Request.URL)
			}
		}
		for _, s := range r.Scope {
			if strings.TrimSpace(s) == "" {
				add("scope", "scope has an empty name")
			}
		}
	}
	// Bridges may name a later entry, so check it once all names are known.
	for i := range inv.Entries {
		r := &inv.Entries[i]
		if r.Bridges == "" {
			continue
		}
		add := func(field, format string, args ...any) {
			probs = append(probs, &EntryError{Index: i + 1, Kind: r.Kind, Name: r.Name, Field: field, Msg: fmt.Sprintf(format, args...)})
		}
		if r.Kind != KindBridgeLetter {
			add("bridges", "bridges applies only to bridge_letter")
			continue
		}
		j, ok := names[r.Bridges]
		if !ok {
			add("bridges", "bridges names %q, which is not an entry of this inventory", r.Bridges)
		} else if ki, _ := lookupKind(inv.Entries[j-1].Kind); !ki.period {
			add("bridges", "bridges names %q, which is not a SOC report", r.Bridges)
		}
	}
	if len(probs) > 0 {
		return &InvalidError{Problems: probs}
	}
	return nil
}

type addFunc func(field, format string, args ...any)

func (r *Report) validateKindFields(ki kindInfo, add addFunc) {
	switch {
	case ki.hasType && r.Type == "":
		add("type", "type is required for %s (type1 or type2)", r.Kind)
	case ki.hasType && r.Type != triage.Type1 && r.Type != triage.Type2:
		add("type", "type %q is not known (type1 or type2)", r.Type)
	case !ki.hasType && r.Type != "":
		add("type", "type applies only to soc1 and soc2, not %s", r.Kind)
	}
	if ki.hasCategories {
		if !slices.Contains(r.Categories, triage.CatSecurity) {
			add("categories", "categories must include security (every SOC 2 covers it)")
		}
		checkList(r.Categories, triage.AllCategories, "categories", "category", add)
	} else if len(r.Categories) > 0 {
		add("categories", "categories apply only to soc2 and soc3, not %s", r.Kind)
	}
	if r.ControlsFile != "" && !ki.hasType {
		add("controls_file", "controls_file applies only to soc1 and soc2, not %s", r.Kind)
	}
	if ki.hasAreas {
		if len(r.SOC1Areas) == 0 {
			add("soc1_areas", "soc1_areas is required for soc1 (the areas its control objectives cover)")
		}
		checkList(r.SOC1Areas, triage.AllSOC1Areas, "soc1_areas", "area", add)
	} else if len(r.SOC1Areas) > 0 {
		add("soc1_areas", "soc1_areas applies only to soc1, not %s", r.Kind)
	}
}

func checkList(got, known []string, field, noun string, add addFunc) {
	seen := map[string]bool{}
	for _, v := range got {
		if !slices.Contains(known, v) {
			add(field, "%s has unknown %s %q (one of %s)", field, noun, v, strings.Join(known, ", "))
		} else if seen[v] {
			add(field, "%s lists %q twice", field, v)
		}
		seen[v] = true
	}
}

func (r *Report) validateDates(ki kindInfo, add addFunc) {
	if ki.period {
		for _, f := range []struct {
			name string
			t    time.Time
		}{{"issued", r.Issued}, {"expires", r.Expires}} {
			if !f.t.IsZero() {
				add(f.name, "%s does not apply to %s; a SOC report is dated by period_start and period_end", f.name, r.Kind)
			}
		}
		if r.PeriodEnd.IsZero() {
			add("period_end", "period_end is required for %s", r.Kind)
		}
		if r.PeriodStart.IsZero() && r.Type != triage.Type1 {
			add("period_start", "period_start is required for %s (only a Type 1, dated as of period_end, may omit it)", KindLabel(r.Kind)+typeSuffix(r.Type))
		}
		if !r.PeriodStart.IsZero() && !r.PeriodEnd.IsZero() && r.PeriodEnd.Before(r.PeriodStart) {
			add("period_end", "period_end %s is before period_start %s", formatDay(r.PeriodEnd), formatDay(r.PeriodStart))
		}
		return
	}
	for _, f := range []struct {
		name string
		t    time.Time
	}{{"period_start", r.PeriodStart}, {"period_end", r.PeriodEnd}} {
		if !f.t.IsZero() {
			add(f.name, "%s applies only to SOC reports; date a %s with issued and expires", f.name, ki.label)
		}
	}
	if ki.needIssued && r.Issued.IsZero() {
		add("issued", "issued is required for %s", r.Kind)
	}
	if ki.needExpires && r.Expires.IsZero() {
		add("expires", "expires is required for %s", r.Kind)
	}
	if !r.Issued.IsZero() && !r.Expires.IsZero() && r.Expires.Before(r.Issued) {
		add("expires", "expires %s is before issued %s", formatDay(r.Expires), formatDay(r.Issued))
	}
}
