package inventory

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/socbot/socbot/internal/triage"
)

func tdate(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestAddMonths(t *testing.T) {
	t.Parallel()
	tests := []struct {
		from string
		n    int
		want string
	}{
		{"2026-06-15", 3, "2026-09-15"},
		{"2026-03-31", 3, "2026-06-30"},  // clamped to month end
		{"2026-01-31", 1, "2026-02-28"},  // February, common year
		{"2023-11-30", 3, "2024-02-29"},  // February, leap year
		{"2025-11-30", 3, "2026-02-28"},  // February, common year
		{"2024-02-29", 12, "2025-02-28"}, // leap day to a common year
		{"2024-02-29", 48, "2028-02-29"}, // leap day to a leap year
		{"2026-02-28", 3, "2026-05-28"},  // a month end is not snapped to the next month end
		{"2026-10-15", 3, "2027-01-15"},  // across a year
		{"2026-12-31", 12, "2027-12-31"},
	}
	for _, tt := range tests {
		if got := formatDay(AddMonths(tdate(tt.from), tt.n)); got != tt.want {
			t.Errorf("AddMonths(%s, %d) = %s, want %s", tt.from, tt.n, got, tt.want)
		}
	}
}

func TestFreshnessEdges(t *testing.T) {
	t.Parallel()
	soc := func(end string) *Report {
		return &Report{Kind: KindSOC2, Type: triage.Type2, PeriodStart: AddMonths(tdate(end), -12), PeriodEnd: tdate(end)}
	}
	tests := []struct {
		name string
		r    *Report
		now  time.Time
		want freshness
	}{
		{"on the last day of the period", soc("2026-06-30"), tdate("2026-06-30"), frInProgress},
		{"the day after the period", soc("2026-06-30"), tdate("2026-07-01"), frFresh},
		{"exactly 3 months after (month end)", soc("2026-06-30"), tdate("2026-09-30"), frFresh},
		{"3 months and a day", soc("2026-06-30"), tdate("2026-10-01"), frNeedsBridge},
		{"exactly 12 months after", soc("2026-06-30"), tdate("2027-06-30"), frNeedsBridge},
		{"12 months and a day", soc("2026-06-30"), tdate("2027-07-01"), frStale},
		{"31st plus 3 months is clamped to the 30th", soc("2026-03-31"), tdate("2026-06-30"), frFresh},
		{"31st plus 3 months and a day", soc("2026-03-31"), tdate("2026-07-01"), frNeedsBridge},
		{"leap day end, exactly 3 months", soc("2024-02-29"), tdate("2024-05-29"), frFresh},
		{"leap day end, 3 months and a day", soc("2024-02-29"), tdate("2024-05-30"), frNeedsBridge},
		{"leap day end, 12 months is Feb 28", soc("2024-02-29"), tdate("2025-02-28"), frNeedsBridge},
		{"leap day end, 12 months and a day", soc("2024-02-29"), tdate("2025-03-01"), frStale},
		{"Nov 30 plus 3 months is a leap day", soc("2023-11-30"), tdate("2024-02-29"), frFresh},
		{"Nov 30 plus 3 months and a day", soc("2023-11-30"), tdate("2024-03-01"), frNeedsBridge},
		{"now's own calendar date counts, not UTC's", soc("2026-06-30"),
			time.Date(2026, 10, 1, 1, 0, 0, 0, time.FixedZone("UTC+5", 5*3600)), frNeedsBridge},
		{"time of day does not matter", soc("2026-06-30"), time.Date(2026, 9, 30, 23, 59, 0, 0, time.UTC), frFresh},

		{"certificate on its expiry day", &Report{Kind: KindISO27001Certificate, Issued: tdate("2025-07-01"), Expires: tdate("2027-06-30")}, tdate("2027-06-30"), frValid},
		{"certificate the day after expiry", &Report{Kind: KindISO27001Certificate, Issued: tdate("2025-07-01"), Expires: tdate("2027-06-30")}, tdate("2027-07-01"), frExpired},
		{"certificate not issued yet", &Report{Kind: KindISO27001Certificate, Issued: tdate("2027-01-01"), Expires: tdate("2030-01-01")}, tdate("2026-11-28"), frNotYet},
		{"pen test letter at 12 months", &Report{Kind: KindPentestLetter, Issued: tdate("2025-08-20")}, tdate("2026-08-20"), frValid},
		{"pen test letter at 12 months and a day", &Report{Kind: KindPentestLetter, Issued: tdate("2025-08-20")}, tdate("2026-08-21"), frStaleDoc},
		{"undated DPA", &Report{Kind: KindDPA}, tdate("2030-01-01"), frValid},
	}
	for _, tt := range tests {
		if got := freshnessOf(tt.r, civilDay(tt.now)); got != tt.want {
			t.Errorf("%s: freshness = %s, want %s", tt.name, got, tt.want)
		}
	}
}

// validSOC2 is a complete entry; cases change one thing in it.
func validSOC2() Report {
	return Report{
		Kind: KindSOC2, Name: "Platform SOC 2", Type: triage.Type2,
		Categories:  []string{triage.CatSecurity, triage.CatAvailability},
		PeriodStart: tdate("2025-10-01"), PeriodEnd: tdate("2026-09-30"),
		NDA: true, Request: triage.Request{Channel: "#security-requests"},
	}
}

func validCert() Report {
	return Report{
		Kind: KindISO27001Certificate, Name: "ISO cert", Issued: tdate("2025-03-14"), Expires: tdate("2028-03-13"),
		Request: triage.Request{URL: "https://example.com/iso.pdf"},
	}
}

func TestValidate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		entries   func() []Report
		wantField string // "" means valid
		wantMsg   string
	}{
		{"valid SOC 2", func() []Report { return []Report{validSOC2()} }, "", ""},
		{"valid certificate", func() []Report { return []Report{validCert()} }, "", ""},
		{"Type 1 dated as of period_end only", func() []Report {
			r := validSOC2()
			r.Type, r.PeriodStart = triage.Type1, time.Time{}
			return []Report{r}
		}, "", ""},
		{"unknown kind", func() []Report { r := validSOC2(); r.Kind = "soc4"; return []Report{r} },
			"kind", `entry 1 (soc4 "Platform SOC 2"): kind "soc4" is not known (one of soc1, soc2, soc3, bridge_letter`},
		{"missing kind", func() []Report { r := validSOC2(); r.Kind = ""; return []Report{r} },
			"kind", `entry 1 ("Platform SOC 2"): kind is required`},
		{"missing name", func() []Report { r := validSOC2(); r.Name = ""; return []Report{r} },
			"name", `entry 1 (soc2, no name): name is required`},
		{"duplicate name", func() []Report { c := validCert(); c.Name = "Platform SOC 2"; return []Report{validSOC2(), c} },
			"name", `entry 2 (iso27001_certificate "Platform SOC 2"): name "Platform SOC 2" is already used by entry 1`},
		{"end before start", func() []Report {
			r := validSOC2()
			r.PeriodStart, r.PeriodEnd = tdate("2025-06-01"), tdate("2025-01-01")
			return []Report{r}
		}, "period_end", `entry 1 (soc2 "Platform SOC 2"): period_end 2025-01-01 is before period_start 2025-06-01`},
		{"missing period_end", func() []Report { r := validSOC2(); r.PeriodEnd = time.Time{}; return []Report{r} },
			"period_end", "period_end is required for soc2"},
		{"Type 2 without period_start", func() []Report { r := validSOC2(); r.PeriodStart = time.Time{}; return []Report{r} },
			"period_start", "period_start is required for SOC 2 Type 2"},
		{"SOC report with an expiry", func() []Report { r := validSOC2(); r.Expires = tdate("2027-01-01"); return []Report{r} },
			"expires", "expires does not apply to soc2"},
		{"missing type", func() []Report { r := validSOC2(); r.Type = ""; return []Report{r} },
			"type", "type is required for soc2 (type1 or type2)"},
		{"unknown type", func() []Report { r := validSOC2(); r.Type = "type3"; return []Report{r} },
			"type", `type "type3" is not known`},
		{"type on a kind without one", func() []Report { r := validCert(); r.Type = triage.Type2; return []Report{r} },
			"type", "type applies only to soc1 and soc2, not iso27001_certificate"},
		{"unknown category", func() []Report {
			r := validSOC2()
			r.Categories = []string{triage.CatSecurity, "availabilty"}
			return []Report{r}
		}, "categories", `categories has unknown category "availabilty"`},
		{"categories without security", func() []Report { r := validSOC2(); r.Categories = []string{triage.CatPrivacy}; return []Report{r} },
			"categories", "categories must include security"},
		{"category twice", func() []Report {
			r := validSOC2()
			r.Categories = []string{triage.CatSecurity, triage.CatSecurity}
			return []Report{r}
		}, "categories", `categories lists "security" twice`},
		{"categories on a certificate", func() []Report { r := validCert(); r.Categories = []string{triage.CatSecurity}; return []Report{r} },
			"categories", "categories apply only to soc2 and soc3"},
		{"SOC 1 without areas", func() []Report {
			r := validSOC2()
			r.Kind, r.Categories = KindSOC1, nil
			return []Report{r}
		}, "soc1_areas", "soc1_areas is required for soc1"},
		{"unknown area", func() []Report {
			r := validSOC2()
			r.Kind, r.Categories, r.SOC1Areas = KindSOC1, nil, []string{"payroll"}
			return []Report{r}
		}, "soc1_areas", `soc1_areas has unknown area "payroll"`},
		{"areas on a SOC 2", func() []Report { r := validSOC2(); r.SOC1Areas = []string{"custody"}; return []Report{r} },
			"soc1_areas", "soc1_areas applies only to soc1"},
		{"certificate without expiry", func() []Report { r := validCert(); r.Expires = time.Time{}; return []Report{r} },
			"expires", "expires is required for iso27001_certificate"},
		{"certificate without issue date", func() []Report { r := validCert(); r.Issued = time.Time{}; return []Report{r} },
			"issued", "issued is required for iso27001_certificate"},
		{"expiry before issue", func() []Report { r := validCert(); r.Expires = tdate("2024-01-01"); return []Report{r} },
			"expires", "expires 2024-01-01 is before issued 2025-03-14"},
		{"period on a certificate", func() []Report { r := validCert(); r.PeriodEnd = tdate("2026-01-01"); return []Report{r} },
			"period_end", "period_end applies only to SOC reports"},
		{"no request location", func() []Report { r := validSOC2(); r.Request = triage.Request{}; return []Report{r} },
			"request", "request needs a url, channel or contact"},
		{"request URL without scheme", func() []Report {
			r := validSOC2()
			r.Request = triage.Request{URL: "example.com/soc2"}
			return []Report{r}
		},
			"request.url", `request.url "example.com/soc2" is not an http(s) URL`},
		{"bridge letter for an unknown report", func() []Report {
			b := validCert()
			b.Kind, b.Name, b.Bridges = KindBridgeLetter, "Bridge", "Platform SOC 3"
			return []Report{validSOC2(), b}
		}, "bridges", `bridges names "Platform SOC 3", which is not an entry`},
		{"bridge letter for a certificate", func() []Report {
			b := validCert()
			b.Kind, b.Name, b.Bridges = KindBridgeLetter, "Bridge", "ISO cert"
			return []Report{validCert(), b}
		}, "bridges", `bridges names "ISO cert", which is not a SOC report`},
		{"bridges on a certificate", func() []Report {
			c := validCert()
			c.Bridges = "Platform SOC 2"
			return []Report{validSOC2(), c}
		}, "bridges", "bridges applies only to bridge_letter"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			inv := &Inventory{Entries: tt.entries()}
			err := inv.Validate()
			if tt.wantField == "" {
				if err != nil {
					t.Fatalf("Validate() = %v, want nil", err)
				}
				return
			}
			var ee *EntryError
			if !errors.As(err, &ee) {
				t.Fatalf("Validate() = %v, want an *EntryError", err)
			}
			if ee.Field != tt.wantField {
				t.Errorf("field = %q, want %q (error %v)", ee.Field, tt.wantField, err)
			}
			if !strings.Contains(err.Error(), tt.wantMsg) {
				t.Errorf("error = %q, want it to contain %q", err, tt.wantMsg)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error spans lines: %q", err)
			}
		})
	}
}

func TestInvalidErrorCountsTheRest(t *testing.T) {
	t.Parallel()
	r := validSOC2()
	r.Kind, r.Request = "soc4", triage.Request{}
	c := validCert()
	c.Expires = time.Time{}
	err := (&Inventory{Entries: []Report{r, c}}).Validate()
	var inv *InvalidError
	if !errors.As(err, &inv) || len(inv.Problems) != 2 {
		t.Fatalf("Validate() = %v, want 2 problems", err)
	}
	want := `entry 1 (soc4 "Platform SOC 2"): kind "soc4" is not known (one of ` + strings.Join(Kinds(), ", ") + `) (and 1 more problem)`
	if err.Error() != want {
		t.Errorf("error = %q\nwant    %q", err, want)
	}
}

func TestWriteText(t *testing.T) {
	t.Parallel()
	inv := &Inventory{Entries: []Report{
		{Kind: KindSOC2, Name: "Platform SOC 2", Type: triage.Type2, Categories: []string{triage.CatSecurity, triage.CatAvailability},
			Scope: []string{"Acme Platform"}, PeriodStart: tdate("2025-10-01"), PeriodEnd: tdate("2026-09-30"),
			NDA: true, Request: triage.Request{Channel: "#security-requests"}},
		{Kind: KindSOC1, Name: "Billing SOC 1", Type: triage.Type2, SOC1Areas: []string{"transaction_processing"},
			PeriodStart: tdate("2025-01-01"), PeriodEnd: tdate("2025-06-30"), NDA: true, Request: triage.Request{Contact: "grc@acme.example"}},
		{Kind: KindSOC2, Name: "Next SOC 2", Type: triage.Type1, PeriodEnd: tdate("2026-12-31"), NDA: true, Request: triage.Request{Channel: "#grc"}},
		{Kind: KindISO27001Certificate, Name: "ISO cert", Issued: tdate("2023-03-14"), Expires: tdate("2026-03-13"),
			Request: triage.Request{URL: "https://acme.example/iso.pdf"}, Notes: "Renewal audit\n  booked."},
	}}
	var b strings.Builder
	if err := inv.WriteText(&b, time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	want := `Report inventory as of 2026-11-28: 4 entries
- Platform SOC 2: SOC 2 Type 2 (Security, Availability) 2025-10-01 to 2026-09-30 — fresh, NDA, ask in #security-requests
    scope: Acme Platform
- Billing SOC 1: SOC 1 Type 2 2025-01-01 to 2025-06-30 — stale: period ended over 12 months ago, NDA, ask grc@acme.example
    areas: transaction processing
- Next SOC 2: SOC 2 Type 1 as of 2026-12-31 — in progress: period has not ended, NDA, ask in #grc
- ISO cert: ISO 27001 certificate issued 2023-03-14, valid until 2026-03-13 — expired 2026-03-13, no NDA, get it at https://acme.example/iso.pdf
    notes: Renewal audit booked.
`
	if got := b.String(); got != want {
		t.Errorf("WriteText mismatch:\ngot:\n%s\nwant:\n%s", got, want)
	}
}
