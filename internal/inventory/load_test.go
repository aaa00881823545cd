package inventory

import (
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/socbot/socbot/internal/triage"
)

func TestLoadValid(t *testing.T) {
	t.Parallel()
	inv, err := Load(filepath.Join("..", "..", "testdata", "inventory", "valid.yaml"))
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if len(inv.Entries) != 4 {
		t.Fatalf("entries = %d, want 4", len(inv.Entries))
	}
	soc2, soc1, bridge, policy := inv.Entries[0], inv.Entries[1], inv.Entries[2], inv.Entries[3]
	checks := []struct {
		what      string
		got, want any
	}{
		{"soc2 kind", soc2.Kind, KindSOC2},
		{"soc2 type", soc2.Type, triage.Type2},
		{"soc2 categories", strings.Join(soc2.Categories, ","), "security,availability"},
		{"soc2 scope", strings.Join(soc2.Scope, ","), "Acme Platform"},
		{"soc2 period_start (unquoted date)", soc2.PeriodStart, time.Date(2025, 10, 1, 0, 0, 0, 0, time.UTC)},
		{"soc2 period_end (quoted date)", soc2.PeriodEnd, time.Date(2026, 9, 30, 0, 0, 0, 0, time.UTC)},
		{"soc2 nda", soc2.NDA, true},
		{"soc2 channel", soc2.Request.Channel, "#security-requests"},
		{"soc1 type 1 without start", soc1.PeriodStart.IsZero(), true},
		{"soc1 areas", strings.Join(soc1.SOC1Areas, ","), "transaction_processing,custody"},
		{"soc1 contact", soc1.Request.Contact, "grc@acme.example"},
		{"bridge bridges", bridge.Bridges, "Billing SOC 1"},
		{"bridge expires", bridge.Expires, time.Date(2027, 3, 31, 0, 0, 0, 0, time.UTC)},
		{"policy nda", policy.NDA, false},
		{"policy url", policy.Request.URL, "https://acme.example/privacy"},
		{"policy notes folded", policy.Notes, "Published notice, reviewed yearly."},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %v, want %v", c.what, c.got, c.want)
		}
	}
}

// TestExampleInventory pins the shipped example: valid, and every entry usable
// on the day docs/inventory.md's example was written.
func TestExampleInventory(t *testing.T) {
	t.Parallel()
	inv, err := Load(filepath.Join("..", "..", "deploy", "reports.example.yaml"))
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	var kinds []string
	for _, r := range inv.Entries {
		kinds = append(kinds, r.Kind)
	}
	for _, k := range []string{"soc2", "soc1", "soc3", "bridge_letter", "iso27001_certificate", "pentest_letter", "insurance_certificate", "dpa", "privacy_policy"} {
		if !slices.Contains(kinds, k) {
			t.Errorf("example has no %s entry", k)
		}
	}
	var b strings.Builder
	if err := inv.WriteText(&b, time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"stale", "expired", "in progress", "none on hand", "not valid until"} {
		if strings.Contains(b.String(), bad) {
			t.Errorf("example inventory as of 2026-11-28 has a %q entry:\n%s", bad, b.String())
		}
	}
}

func TestParseInvalid(t *testing.T) {
	t.Parallel()
	tests := []struct {
		file      string
		wantField string // the first problem's field, when it is about an entry ("" for the whole entry)
		want      string // the whole one-line message after "FILE: "
	}{
		{"unknown_kind.yaml", "kind", `entry 2 (iso27001 "ISO certificate"): kind "iso27001" is not known (one of soc1, soc2, soc3, bridge_letter, iso27001_certificate, pci_aoc, pentest_letter, insurance_certificate, hipaa_attestation, dpa, privacy_policy, financial_statements, fedramp, policy_document, custom_answer)`},
		{"end_before_start.yaml", "period_end", `entry 2 (soc2 "Platform SOC 2"): period_end 2025-01-01 is before period_start 2025-06-01`},
		{"unknown_category.yaml", "categories", `entry 1 (soc2 "Platform SOC 2"): categories has unknown category "availabilty" (one of security, availability, processing_integrity, confidentiality, privacy)`},
		{"unknown_field.yaml", "perod_end", `entry 1 (soc2 "Platform SOC 2"): unknown field "perod_end" (line 7); did you mean period_end? (and 1 more problem)`},
		{"unknown_request_field.yaml", "request.slack", `entry 1 (dpa "DPA"): unknown field "request.slack" (line 5); known fields: url, channel, contact (and 1 more problem)`},
		{"unknown_area.yaml", "soc1_areas", `entry 1 (soc1 "Payroll SOC 1"): soc1_areas has unknown area "payroll" (one of transaction_processing, financial_reporting, master_data, interfaces, reconciliation, access_financial, change_financial, operations_financial, segregation_of_duties, custody)`},
		{"bad_date.yaml", "period_end", `entry 1 (soc2 "Platform SOC 2"): period_end "30/09/2026" is not a date (want YYYY-MM-DD)`},
		{"missing_dates.yaml", "expires", `entry 1 (insurance_certificate "Cyber insurance"): expires is required for insurance_certificate`},
		{"missing_request.yaml", "request", `entry 1 (privacy_policy "Privacy policy"): request needs a url, channel or contact saying where to get it`},
		{"missing_nda.yaml", "nda", `entry 1 (privacy_policy "Privacy policy"): nda is required: true when sharing needs an NDA, false when it does not`},
		{"nda_not_bool.yaml", "nda", `entry 1 (privacy_policy "Privacy policy"): nda must be true or false (line 4)`},
		{"type_on_certificate.yaml", "type", `entry 1 (pci_aoc "PCI AOC"): type applies only to soc1 and soc2, not pci_aoc`},
		{"duplicate_name.yaml", "name", `entry 2 (privacy_policy "Legal pack"): name "Legal pack" is already used by entry 1`},
		{"several_problems.yaml", "period_end", `entry 1 (soc2 "Platform SOC 2"): period_end "2026-09-31" is not a date (want YYYY-MM-DD) (and 2 more problems)`},
		{"not_a_mapping.yaml", "", `entry 1: expected a mapping of fields (kind, name, …), not "soc2" (line 2)`},
		{"top_level_unknown.yaml", "", `unknown top-level field "report" (line 1); the file holds one "reports:" list`},
		{"no_entries.yaml", "", `no entries under "reports:"`},
		{"empty.yaml", "", `empty file; expected a "reports:" list`},
		{"two_documents.yaml", "", `more than one YAML document; put every entry under one "reports:" list`},
		{"syntax_error.yaml", "", `yaml: line 3: found unexpected end of stream`},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			t.Parallel()
			path := filepath.Join("..", "..", "testdata", "inventory", tt.file)
			inv, err := Load(path)
			if err == nil {
				t.Fatalf("Load(%s) = %d entries, want an error", tt.file, len(inv.Entries))
			}
			if want := path + ": " + tt.want; err.Error() != want {
				t.Errorf("error mismatch:\ngot  %s\nwant %s", err, want)
			}
			var ee *EntryError
			if errors.As(err, &ee) != strings.HasPrefix(tt.want, "entry ") || (ee != nil && ee.Field != tt.wantField) {
				t.Errorf("errors.As(*EntryError) = %+v, want field %q", ee, tt.wantField)
			}
		})
	}
}

func TestParseNamesTheSource(t *testing.T) {
	t.Parallel()
	_, err := Parse(strings.NewReader("reports:\n  - kind: soc5\n    name: X\n    nda: true\n    request: {channel: \"#x\"}\n"), "reports.yaml")
	if err == nil || !strings.HasPrefix(err.Error(), `reports.yaml: entry 1 (soc5 "X"): kind "soc5" is not known`) {
		t.Fatalf("Parse error = %v", err)
	}
	_, err = Load(filepath.Join(t.TempDir(), "missing.yaml"))
	if err == nil || !strings.Contains(err.Error(), "read report inventory: open ") {
		t.Fatalf("Load of a missing file: %v", err)
	}
}

func TestSuggest(t *testing.T) {
	t.Parallel()
	tests := []struct{ got, want string }{
		{"perod_end", "; did you mean period_end?"},
		{"Categories", "; did you mean categories?"},
		{"catgories", "; did you mean categories?"},
		{"zzz", "; known fields: " + strings.Join(entryFields, ", ")},
	}
	for _, tt := range tests {
		if got := suggest(tt.got, entryFields); got != tt.want {
			t.Errorf("suggest(%q) = %q, want %q", tt.got, got, tt.want)
		}
	}
}
