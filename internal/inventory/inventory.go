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
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/socbot/socbot/internal/triage"
)

// Kinds of inventory entries: the three SOC reports and the artifacts of the
// guide's section 6 (soc3 is both).
const (
	KindSOC1                 = "soc1"
	KindSOC2                 = "soc2"
	KindSOC3                 = "soc3"
	KindBridgeLetter         = "bridge_letter"
	KindISO27001Certificate  = "iso27001_certificate"
	KindPCIAOC               = "pci_aoc"
	KindPentestLetter        = "pentest_letter"
	KindInsuranceCertificate = "insurance_certificate"
	KindHIPAAAttestation     = "hipaa_attestation"
	KindDPA                  = "dpa"
	KindPrivacyPolicy        = "privacy_policy"
	KindFinancialStatements  = "financial_statements"
	KindFedRAMP              = "fedramp"
	KindPolicyDocument       = "policy_document"
	KindCustomAnswer         = "custom_answer"
)

// kindInfo says which fields apply to a kind and how it ages.
type invKindInfo struct {
	kind  string
	label string // how a person names it
	// period: a SOC report, dated by its examination period (period_start,
	// period_end) rather than by issue and expiry dates.
	period        bool
	hasType       bool
	hasCategories bool
	hasAreas      bool
	needIssued    bool
	needExpires   bool
	// annual: without an expiry date the document goes stale 12 months after it
	// was issued (pen tests and audited statements are redone every year).
	annual bool
}

var invKinds = []invKindInfo{
	{kind: KindSOC1, label: "SOC 1", period: true, hasType: true, hasAreas: true},
	{kind: KindSOC2, label: "SOC 2", period: true, hasType: true, hasCategories: true},
	{kind: KindSOC3, label: "SOC 3", period: true, hasCategories: true},
	{kind: KindBridgeLetter, label: "bridge letter", needIssued: true, needExpires: true},
	{kind: KindISO27001Certificate, label: "ISO 27001 certificate", needIssued: true, needExpires: true},
	{kind: KindPCIAOC, label: "PCI DSS AOC", needIssued: true, needExpires: true},
	{kind: KindPentestLetter, label: "penetration test letter", needIssued: true, annual: true},
	{kind: KindInsuranceCertificate, label: "insurance certificate", needIssued: true, needExpires: true},
	{kind: KindHIPAAAttestation, label: "HIPAA attestation", needIssued: true, annual: true},
	{kind: KindDPA, label: "DPA"},
	{kind: KindPrivacyPolicy, label: "privacy policy"},
	{kind: KindFinancialStatements, label: "audited financial statements", needIssued: true, annual: true},
	{kind: KindFedRAMP, label: "FedRAMP authorisation", needIssued: true},
	{kind: KindPolicyDocument, label: "policy document"},
	{kind: KindCustomAnswer, label: "company answer"},
}

func invLookupKind(k string) (invKindInfo, bool) {
	for _, ki := range invKinds {
		if ki.kind == k {
			return ki, true
		}
	}
	return invKindInfo{}, false
}

// Kinds lists the entry kinds an inventory accepts, in a stable order.
func Kinds() []string {
	out := make([]string, len(invKinds))
	for i, k := range invKinds {
		out[i] = k.kind
	}
	return out
}

// KindLabel names a kind as a person would ("SOC 2", "ISO 27001 certificate").
func KindLabel(kind string) string {
	if ki, ok := invLookupKind(kind); ok {
		return ki.label
	}
	return kind
}

// Inventory is the company's own reports and documents: what it can send.
type Inventory struct {
	Entries []Report `json:"reports"`
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
}

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

const invDateLayout = "2006-01-02"

func invDay(t time.Time) string { return t.Format(invDateLayout) }

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
		ki, ok := invLookupKind(r.Kind)
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
		} else if ki, _ := invLookupKind(inv.Entries[j-1].Kind); !ki.period {
			add("bridges", "bridges names %q, which is not a SOC report", r.Bridges)
		}
	}
	if len(probs) > 0 {
		return &InvalidError{Problems: probs}
	}
	return nil
}

type invAddFunc func(field, format string, args ...any)

func (r *Report) validateKindFields(ki invKindInfo, add invAddFunc) {
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
		invCheckList(r.Categories, triage.AllCategories, "categories", "category", add)
	} else if len(r.Categories) > 0 {
		add("categories", "categories apply only to soc2 and soc3, not %s", r.Kind)
	}
	if ki.hasAreas {
		if len(r.SOC1Areas) == 0 {
			add("soc1_areas", "soc1_areas is required for soc1 (the areas its control objectives cover)")
		}
		invCheckList(r.SOC1Areas, triage.AllSOC1Areas, "soc1_areas", "area", add)
	} else if len(r.SOC1Areas) > 0 {
		add("soc1_areas", "soc1_areas applies only to soc1, not %s", r.Kind)
	}
}

func invCheckList(got, known []string, field, noun string, add invAddFunc) {
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

func (r *Report) validateDates(ki invKindInfo, add invAddFunc) {
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
			add("period_start", "period_start is required for %s (only a Type 1, dated as of period_end, may omit it)", KindLabel(r.Kind)+invTypeSuffix(r.Type))
		}
		if !r.PeriodStart.IsZero() && !r.PeriodEnd.IsZero() && r.PeriodEnd.Before(r.PeriodStart) {
			add("period_end", "period_end %s is before period_start %s", invDay(r.PeriodEnd), invDay(r.PeriodStart))
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
		add("expires", "expires %s is before issued %s", invDay(r.Expires), invDay(r.Issued))
	}
}

func invTypeSuffix(t string) string {
	if tt := triage.TypeTitle(t); tt != "" {
		return " " + tt
	}
	return ""
}

// Title describes the entry's kind: "SOC 2 Type 2 (Security, Availability)".
func (r *Report) Title() string {
	s := KindLabel(r.Kind) + invTypeSuffix(r.Type)
	if len(r.Categories) > 0 {
		s += " (" + invCategoryList(r.Categories) + ")"
	}
	return s
}

// Dates renders the entry's dates: "2025-10-01 to 2026-09-30", "as of 2026-03-31",
// "issued 2026-08-20, valid until 2027-08-19".
func (r *Report) Dates() string {
	if ki, _ := invLookupKind(r.Kind); ki.period {
		if r.PeriodStart.IsZero() || r.PeriodStart.Equal(r.PeriodEnd) {
			return "as of " + invDay(r.PeriodEnd)
		}
		return invDay(r.PeriodStart) + " to " + invDay(r.PeriodEnd)
	}
	var parts []string
	if !r.Issued.IsZero() {
		parts = append(parts, "issued "+invDay(r.Issued))
	}
	if !r.Expires.IsZero() {
		parts = append(parts, "valid until "+invDay(r.Expires))
	}
	return strings.Join(parts, ", ")
}

func invCategoryList(cats []string) string {
	names := make([]string, len(cats))
	for i, c := range cats {
		names[i] = triage.CategoryTitle(c)
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
	today := invCivilDay(now)
	var b strings.Builder
	fmt.Fprintf(&b, "Report inventory as of %s: %d %s\n", invDay(today), len(inv.Entries), invPlural(len(inv.Entries), "entry", "entries"))
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
			fmt.Fprintf(&b, "    areas: %s\n", strings.Join(r.SOC1Areas, ", "))
		}
		if r.Bridges != "" {
			fmt.Fprintf(&b, "    bridges: %s\n", r.Bridges)
		}
		if r.Notes != "" {
			fmt.Fprintf(&b, "    notes: %s\n", strings.Join(strings.Fields(r.Notes), " "))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func invPlural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// freshnessText says in a few words whether the entry can be sent today.
func (inv *Inventory) freshnessText(r *Report, today time.Time) string {
	f := invFreshnessOf(r, today)
	switch f {
	case frFresh:
		return "fresh"
	case frNeedsBridge:
		if b := inv.bridgeFor(r, today); b != nil {
			return fmt.Sprintf("period ended over 3 months ago, bridged by %q until %s", b.Name, invDay(b.Expires))
		}
		return "period ended over 3 months ago: needs a bridge letter (none on hand)"
	case frStale:
		return "stale: period ended over 12 months ago"
	case frInProgress:
		return "in progress: period has not ended"
	case frValid:
		return "current"
	case frStaleDoc:
		return "stale: issued over 12 months ago"
	case frExpired:
		return "expired " + invDay(r.Expires)
	case frNotYet:
		return "not valid until " + invDay(r.Issued)
	}
	return string(f)
}

// invFreshness is how an entry stands on a given day.
type invFreshness string

const (
	frFresh       invFreshness = "fresh"        // SOC report, period ended at most 3 months ago
	frNeedsBridge invFreshness = "needs_bridge" // SOC report, ended over 3 and at most 12 months ago
	frStale       invFreshness = "stale"        // SOC report, ended over 12 months ago
	frInProgress  invFreshness = "in_progress"  // SOC report whose period has not ended
	frValid       invFreshness = "valid"        // document within its dates
	frStaleDoc    invFreshness = "stale_doc"    // annual document issued over 12 months ago
	frExpired     invFreshness = "expired"      // document past its expiry date
	frNotYet      invFreshness = "not_yet"      // document issued after today
)

// invFreshnessOf applies the freshness rules on a calendar day (see AddMonths):
// a period ends at the end of its period_end day; "over 3 months ago" means
// today is after period_end plus 3 calendar months; an expiry date is the
// last valid day.
func invFreshnessOf(r *Report, today time.Time) invFreshness {
	ki, _ := invLookupKind(r.Kind)
	if ki.period {
		switch {
		case !today.After(r.PeriodEnd):
			return frInProgress
		case today.After(AddMonths(r.PeriodEnd, 12)):
			return frStale
		case today.After(AddMonths(r.PeriodEnd, 3)):
			return frNeedsBridge
		}
		return frFresh
	}
	switch {
	case !r.Issued.IsZero() && today.Before(r.Issued):
		return frNotYet
	case !r.Expires.IsZero() && today.After(r.Expires):
		return frExpired
	case ki.annual && r.Expires.IsZero() && !r.Issued.IsZero() && today.After(AddMonths(r.Issued, 12)):
		return frStaleDoc
	}
	return frValid
}

// bridgeFor returns a bridge letter valid today for report r: one whose
// bridges names r, or one that names no report. Nil when none is on hand.
func (inv *Inventory) bridgeFor(r *Report, today time.Time) *Report {
	var best *Report
	for i := range inv.Entries {
		b := &inv.Entries[i]
		if b.Kind != KindBridgeLetter || (b.Bridges != "" && b.Bridges != r.Name) {
			continue
		}
		if invFreshnessOf(b, today) != frValid {
			continue
		}
		if best == nil || invBetterBridge(b, best) {
			best = b
		}
	}
	return best
}

// betterBridge prefers a letter that names its report, then the one valid longest.
func invBetterBridge(a, b *Report) bool {
	if (a.Bridges != "") != (b.Bridges != "") {
		return a.Bridges != ""
	}
	return a.Expires.After(b.Expires)
}

// civilDay is now's calendar date (in now's own location) as midnight UTC, the
// form inventory dates take.
func invCivilDay(now time.Time) time.Time {
	y, m, d := now.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// AddMonths adds n calendar months to a date, keeping the day of the month and
// clamping it to the last day of the target month: 2026-03-31 + 3 months is
// 2026-06-30, 2024-02-29 + 12 months is 2025-02-28, 2023-11-30 + 3 months is
// 2024-02-29. (time.AddDate would overflow into the next month instead.)
func AddMonths(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	first := time.Date(y, m+time.Month(n), 1, 0, 0, 0, 0, t.Location())
	last := first.AddDate(0, 1, -1).Day()
	if d > last {
		d = last
	}
	return time.Date(first.Year(), first.Month(), d, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location())
}
