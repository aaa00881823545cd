package inventory

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/socbot/socbot/internal/triage"
)

// coverNow is "today" for the coverage tests.
var coverNow = time.Date(2026, 11, 28, 14, 0, 0, 0, time.UTC)

func soc2Entry(name string, typ string, start, end string, cats ...string) Report {
	return Report{Kind: KindSOC2, Name: name, Type: typ, Categories: cats, Scope: []string{"Acme Platform", "Acme API"},
		PeriodStart: tdate(start), PeriodEnd: tdate(end), NDA: true, Request: triage.Request{Channel: "#security-requests"}}
}

func soc1Entry(name, start, end string, areas ...string) Report {
	return Report{Kind: KindSOC1, Name: name, Type: triage.Type2, SOC1Areas: areas, Scope: []string{"Acme Billing"},
		PeriodStart: tdate(start), PeriodEnd: tdate(end), NDA: true, Request: triage.Request{Contact: "grc@acme.example"}}
}

func doc(kind, name, issued, expires string) Report {
	r := Report{Kind: kind, Name: name, Request: triage.Request{URL: "https://acme.example/" + kind}}
	if issued != "" {
		r.Issued = tdate(issued)
	}
	if expires != "" {
		r.Expires = tdate(expires)
	}
	return r
}

// fullInventory has a fresh SOC 2 (Security, Availability), a SOC 1 ended over
// 3 months ago with a bridge letter, and some documents.
func fullInventory() *Inventory {
	bridge := doc(KindBridgeLetter, "Billing bridge", "2026-10-05", "2027-03-31")
	bridge.Bridges, bridge.NDA = "Billing SOC 1", true
	return &Inventory{Entries: []Report{
		soc2Entry("Platform SOC 2", triage.Type2, "2025-10-01", "2026-09-30", triage.CatSecurity, triage.CatAvailability),
		soc1Entry("Billing SOC 1", "2025-07-01", "2026-06-30", "transaction_processing", "access_financial"),
		bridge,
		doc(KindPentestLetter, "Pen test 2026", "2026-08-20", ""),
		doc(KindISO27001Certificate, "ISO cert", "2023-03-14", "2026-03-13"),
		doc(KindDPA, "DPA", "", ""),
	}}
}

func TestCover(t *testing.T) {
	t.Parallel()
	soc2 := func(typ string, cats ...string) triage.Verdict {
		return triage.Verdict{Report: triage.ReportSOC2, Type: typ, Categories: cats}
	}
	soc1 := func(areas ...string) triage.Verdict {
		return triage.Verdict{Report: triage.ReportSOC1, Type: triage.Type2, SOC1Areas: areas}
	}
	none := func(arts ...string) triage.Verdict { return triage.Verdict{Report: triage.ReportNone, Artifacts: arts} }
	only := func(rs ...Report) *Inventory { return &Inventory{Entries: rs} }

	tests := []struct {
		name       string
		inv        *Inventory
		v          triage.Verdict
		text       string
		wantStatus string
		wantSend   []string
		wantGaps   []string
		wantReason []string // substrings
	}{
		{name: "SOC 2 covers security", inv: fullInventory(), v: soc2(triage.Type2, triage.CatSecurity), text: "Is MFA enforced?",
			wantStatus: CoverageCovered, wantSend: []string{"Platform SOC 2"},
			wantReason: []string{`"Platform SOC 2" (SOC 2 Type 2, 2025-10-01 to 2026-09-30) covers it`}},
		{name: "no categories means security", inv: fullInventory(), v: soc2(triage.Type2), text: "Do you have a SOC report?",
			wantStatus: CoverageCovered, wantSend: []string{"Platform SOC 2"}},
		{name: "a Type 2 answers a Type 1 request", inv: fullInventory(), v: soc2(triage.Type1, triage.CatAvailability), text: "Describe your backup design.",
			wantStatus: CoverageCovered, wantSend: []string{"Platform SOC 2"}},
		{name: "SOC 2 lacks Privacy", inv: fullInventory(), v: soc2(triage.Type2, triage.CatSecurity, triage.CatPrivacy), text: "How do you handle DSARs?",
			wantStatus: CoveragePartial, wantSend: []string{"Platform SOC 2"}, wantGaps: []string{"SOC 2 including Privacy"},
			wantReason: []string{"lacks Privacy"}},
		{name: "Type 1 where Type 2 is needed",
			inv: only(soc2Entry("Platform SOC 2 Type 1", triage.Type1, "2026-09-30", "2026-09-30", triage.CatSecurity)),
			v:   soc2(triage.Type2, triage.CatSecurity), text: "Provide your SOC 2 Type II.",
			wantStatus: CoveragePartial, wantSend: []string{"Platform SOC 2 Type 1"},
			wantGaps:   []string{"SOC 2 Type 2 (only a Type 1 is on hand)"},
			wantReason: []string{"as of 2026-09-30", "is a Type 1; the question needs a Type 2"}},
		{name: "product out of scope", inv: fullInventory(), v: soc2(triage.Type2, triage.CatSecurity), text: "Is MFA enforced on ACME BILLING?",
			wantStatus: CoveragePartial, wantSend: []string{"Platform SOC 2"}, wantGaps: []string{"SOC 2 covering Acme Billing"},
			wantReason: []string{"covers Acme Platform and Acme API, not Acme Billing, which the question names"}},
		{name: "product in scope", inv: fullInventory(), v: soc2(triage.Type2, triage.CatSecurity), text: "Is MFA enforced on the Acme API?",
			wantStatus: CoverageCovered, wantSend: []string{"Platform SOC 2"}},
		{name: "scope names match whole words only", inv: fullInventory(), v: soc2(triage.Type2, triage.CatSecurity), text: "Is MFA enforced in Acme Billingsgate?",
			wantStatus: CoverageCovered, wantSend: []string{"Platform SOC 2"}},
		{name: "no SOC 1 at all", inv: only(soc2Entry("Platform SOC 2", triage.Type2, "2025-10-01", "2026-09-30", triage.CatSecurity)),
			v: soc1("transaction_processing"), text: "Are payroll calculations accurate?",
			wantStatus: CoverageNotCovered, wantGaps: []string{"SOC 1 Type 2 covering transaction processing"},
			wantReason: []string{"no SOC 1 in the inventory; the question needs a SOC 1 Type 2 covering transaction processing"}},
		{name: "no SOC 2 at all", inv: only(), v: soc2(triage.Type2, triage.CatSecurity, triage.CatAvailability), text: "Backups?",
			wantStatus: CoverageNotCovered, wantGaps: []string{"SOC 2 Type 2 including Security, Availability"}},
		{name: "SOC 1 ended over 3 months ago, bridge letter on hand", inv: fullInventory(), v: soc1("transaction_processing"),
			text: "Are invoices complete?", wantStatus: CoverageCovered, wantSend: []string{"Billing SOC 1", "Billing bridge"},
			wantReason: []string{`send bridge letter "Billing bridge" (valid until 2027-03-31) too`}},
		{name: "SOC 1 lacks an area", inv: fullInventory(), v: soc1("custody"), text: "How are client funds safeguarded?",
			wantStatus: CoveragePartial, wantSend: []string{"Billing SOC 1", "Billing bridge"}, wantGaps: []string{"SOC 1 covering custody of client funds and assets"},
			wantReason: []string{"does not cover SOC 1 area custody of client funds and assets"}},
		{name: "ended over 3 months ago, no bridge letter",
			inv: only(soc2Entry("Old SOC 2", triage.Type2, "2025-06-01", "2026-05-31", triage.CatSecurity)), v: soc2(triage.Type2, triage.CatSecurity), text: "MFA?",
			wantStatus: CoveragePartial, wantSend: []string{"Old SOC 2"},
			wantGaps:   []string{`bridge letter for "Old SOC 2" (period ended 2026-05-31)`},
			wantReason: []string{"ended 2026-05-31, over 3 months ago, and no bridge letter is on hand"}},
		{name: "an expired bridge letter is not on hand",
			inv: only(soc2Entry("Old SOC 2", triage.Type2, "2025-06-01", "2026-05-31", triage.CatSecurity), doc(KindBridgeLetter, "Old bridge", "2026-06-15", "2026-09-30")),
			v:   soc2(triage.Type2, triage.CatSecurity), text: "MFA?", wantStatus: CoveragePartial, wantSend: []string{"Old SOC 2"},
			wantGaps: []string{`bridge letter for "Old SOC 2" (period ended 2026-05-31)`}},
		{name: "a bridge letter for another report does not count",
			inv: func() *Inventory {
				b := doc(KindBridgeLetter, "Other bridge", "2026-10-01", "2027-01-31")
				b.Bridges = "Other SOC 2"
				return only(soc2Entry("Old SOC 2", triage.Type2, "2025-06-01", "2026-05-31", triage.CatSecurity),
					soc2Entry("Other SOC 2", triage.Type2, "2023-01-01", "2023-12-31", triage.CatSecurity), b)
			}(),
			v: soc2(triage.Type2, triage.CatSecurity), text: "MFA?", wantStatus: CoveragePartial, wantSend: []string{"Old SOC 2"},
			wantGaps: []string{`bridge letter for "Old SOC 2" (period ended 2026-05-31)`}},
		{name: "stale report", inv: only(soc2Entry("Old SOC 2", triage.Type2, "2024-10-01", "2025-09-30", triage.CatSecurity)),
			v: soc2(triage.Type2, triage.CatSecurity), text: "MFA?", wantStatus: CoverageStale,
			wantGaps:   []string{`current SOC 2 Type 2 including Security ("Old SOC 2" ended 2025-09-30)`},
			wantReason: []string{"over 12 months ago, so it is stale"}},
		{name: "report in progress", inv: only(soc2Entry("First SOC 2", triage.Type2, "2026-06-01", "2026-12-31", triage.CatSecurity)),
			v: soc2(triage.Type2, triage.CatSecurity), text: "MFA?", wantStatus: CoverageInProgress,
			wantGaps:   []string{`SOC 2 Type 2 including Security ("First SOC 2" in progress until 2026-12-31)`},
			wantReason: []string{"has not ended"}},
		{name: "a usable report beats a newer one in progress",
			inv: only(soc2Entry("Next SOC 2", triage.Type2, "2026-10-01", "2027-09-30", triage.CatSecurity), soc2Entry("Platform SOC 2", triage.Type2, "2025-10-01", "2026-09-30", triage.CatSecurity)),
			v:   soc2(triage.Type2, triage.CatSecurity), text: "MFA?", wantStatus: CoverageCovered, wantSend: []string{"Platform SOC 2"}},
		{name: "the report with fewer gaps wins",
			inv: only(soc2Entry("Security only", triage.Type2, "2025-12-01", "2026-09-30", triage.CatSecurity), soc2Entry("With privacy", triage.Type2, "2025-10-01", "2026-08-31", triage.CatSecurity, triage.CatPrivacy)),
			v:   soc2(triage.Type2, triage.CatPrivacy), text: "DSAR?", wantStatus: CoverageCovered, wantSend: []string{"With privacy"}},
		{name: "both, both covered", inv: fullInventory(),
			v:          triage.Verdict{Report: triage.ReportBoth, Type: triage.Type2, Categories: []string{triage.CatSecurity}, SOC1Areas: []string{"access_financial"}},
			text:       "Is access to the billing application restricted?",
			wantStatus: CoverageCovered, wantSend: []string{"Platform SOC 2", "Billing SOC 1", "Billing bridge"},
			wantReason: []string{"SOC 2: ", "; SOC 1: "}},
		{name: "both, no SOC 1", inv: only(soc2Entry("Platform SOC 2", triage.Type2, "2025-10-01", "2026-09-30", triage.CatSecurity)),
			v:          triage.Verdict{Report: triage.ReportBoth, Type: triage.Type2, Categories: []string{triage.CatSecurity}, SOC1Areas: []string{"change_financial"}},
			text:       "Are changes to the payroll system approved?",
			wantStatus: CoveragePartial, wantSend: []string{"Platform SOC 2"}, wantGaps: []string{"SOC 1 Type 2 covering changes to financial systems"}},
		{name: "both, neither", inv: only(), v: triage.Verdict{Report: triage.ReportBoth, Type: triage.Type2, Categories: []string{triage.CatSecurity}},
			text: "SOC 1 and SOC 2?", wantStatus: CoverageNotCovered, wantGaps: []string{"SOC 2 Type 2 including Security", "SOC 1 Type 2"}},
		{name: "artifact on hand", inv: fullInventory(), v: none(KindPentestLetter), text: "Send your pen test letter.",
			wantStatus: CoverageOnHand, wantSend: []string{"Pen test 2026"},
			wantReason: []string{`penetration test letter "Pen test 2026" (issued 2026-08-20) on hand`}},
		{name: "artifact not on hand", inv: fullInventory(), v: none(KindPCIAOC), text: "Provide your PCI AOC.",
			wantStatus: CoverageNotOnHand, wantGaps: []string{"PCI DSS AOC"}, wantReason: []string{"no PCI DSS AOC in the inventory"}},
		{name: "expired certificate", inv: fullInventory(), v: none(KindISO27001Certificate), text: "ISO 27001 certificate?",
			wantStatus: CoverageExpired, wantGaps: []string{`current ISO 27001 certificate ("ISO cert" expired 2026-03-13)`},
			wantReason: []string{"has expired"}},
		{name: "stale pen test letter", inv: only(doc(KindPentestLetter, "Pen test 2025", "2025-08-20", "")), v: none(KindPentestLetter),
			text: "Pen test letter?", wantStatus: CoverageStale, wantGaps: []string{`current penetration test letter ("Pen test 2025" is stale)`}},
		{name: "two artifacts, one missing", inv: fullInventory(), v: none(KindDPA, KindPrivacyPolicy), text: "GDPR?",
			wantStatus: CoverageNotOnHand, wantSend: []string{"DPA"}, wantGaps: []string{"privacy policy"}},
		{name: "bridge letter request alone", inv: fullInventory(), v: none(KindBridgeLetter), text: "Provide a bridge letter.",
			wantStatus: CoverageOnHand, wantSend: []string{"Billing bridge"}},
		{name: "none without artifacts", inv: fullInventory(), v: none(), text: "How many employees do you have?",
			wantStatus: CoverageNotCovered, wantReason: []string{"answer it in the questionnaire"}},
		{name: "unmatched", inv: fullInventory(), v: triage.Verdict{Report: triage.ReportNone, Unmatched: true}, text: "Lorem ipsum?",
			wantStatus: CoverageNotCovered, wantReason: []string{"did not recognise"}},
		{name: "report plus artifact on hand", inv: fullInventory(), v: triage.Verdict{Report: triage.ReportSOC2, Type: triage.Type2, Categories: []string{triage.CatSecurity}, Artifacts: []string{KindPentestLetter}},
			text: "Do you run annual pen tests?", wantStatus: CoverageCovered, wantSend: []string{"Platform SOC 2", "Pen test 2026"}},
		{name: "report plus artifact missing", inv: fullInventory(), v: triage.Verdict{Report: triage.ReportSOC2, Type: triage.Type2, Categories: []string{triage.CatSecurity}, Artifacts: []string{KindSOC3}},
			text: "Do you have a public SOC 3?", wantStatus: CoveragePartial, wantSend: []string{"Platform SOC 2"}, wantGaps: []string{"SOC 3 report"}},
		{name: "report plus explicit bridge letter", inv: fullInventory(), v: triage.Verdict{Report: triage.ReportSOC1, Type: triage.Type2, SOC1Areas: []string{"transaction_processing"}, Artifacts: []string{KindBridgeLetter}},
			text: "SOC 1 and a bridge letter", wantStatus: CoverageCovered, wantSend: []string{"Billing SOC 1", "Billing bridge"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if err := tt.inv.Validate(); err != nil && len(tt.inv.Entries) > 0 {
				t.Fatalf("test inventory is invalid: %v", err)
			}
			got := tt.inv.Cover(tt.v, tt.text, coverNow)
			if got.Status != tt.wantStatus {
				t.Errorf("status = %q, want %q (reason: %s)", got.Status, tt.wantStatus, got.Reason)
			}
			if !slices.Equal(got.Send, tt.wantSend) {
				t.Errorf("send = %q, want %q", got.Send, tt.wantSend)
			}
			if !slices.Equal(got.Gaps, tt.wantGaps) {
				t.Errorf("gaps = %q, want %q", got.Gaps, tt.wantGaps)
			}
			for _, w := range tt.wantReason {
				if !strings.Contains(got.Reason, w) {
					t.Errorf("reason = %q, want it to contain %q", got.Reason, w)
				}
			}
			if got.Reason == "" || strings.Contains(got.Reason, "\n") {
				t.Errorf("reason must be one non-empty line, got %q", got.Reason)
			}
		})
	}
}

func TestApplyCoverage(t *testing.T) {
	t.Parallel()
	inv := fullInventory()
	res := triage.Result{Items: []triage.Item{
		{Question: triage.Question{ID: "q1", Text: "Is MFA enforced?"}, Verdict: triage.Verdict{Report: triage.ReportSOC2, Type: triage.Type2, Categories: []string{triage.CatSecurity}}},
		{Question: triage.Question{ID: "q2", Text: "How are personal data requests handled?"}, Verdict: triage.Verdict{Report: triage.ReportSOC2, Type: triage.Type2, Categories: []string{triage.CatPrivacy}}},
		{Question: triage.Question{ID: "q3", Text: "Are invoices accurate?"}, Verdict: triage.Verdict{Report: triage.ReportSOC1, Type: triage.Type2, SOC1Areas: []string{"transaction_processing"}}},
		{Question: triage.Question{ID: "q4", Text: "Send your PCI AOC."}, Verdict: triage.Verdict{Report: triage.ReportNone, Artifacts: []string{KindPCIAOC}}},
		{Question: triage.Question{ID: "q5", Text: "Do DSARs get answered in 30 days?"}, Verdict: triage.Verdict{Report: triage.ReportSOC2, Type: triage.Type2, Categories: []string{triage.CatPrivacy}}},
		// The heading names the product the question is about.
		{Question: triage.Question{ID: "q6", Text: "Is MFA enforced?", Section: "Acme Billing"}, Verdict: triage.Verdict{Report: triage.ReportSOC2, Type: triage.Type2, Categories: []string{triage.CatSecurity}}},
	}}
	inv.Apply(&res, coverNow)

	wantStatus := []string{CoverageCovered, CoveragePartial, CoverageCovered, CoverageNotOnHand, CoveragePartial, CoveragePartial}
	for i, it := range res.Items {
		if it.Coverage != wantStatus[i] {
			t.Errorf("%s: coverage = %q, want %q (%s)", it.ID, it.Coverage, wantStatus[i], it.CoverageReason)
		}
		if it.CoverageReason == "" {
			t.Errorf("%s: no coverage reason", it.ID)
		}
	}
	p := res.Summary.Send
	if p == nil {
		t.Fatal("Summary.Send is nil")
	}
	var docs []string
	for _, d := range p.Documents {
		docs = append(docs, d.Name+" "+strings.Join(d.Questions, ","))
	}
	if want := []string{"Platform SOC 2 q1,q2,q5,q6", "Billing SOC 1 q3", "Billing bridge q3"}; !slices.Equal(docs, want) {
		t.Errorf("documents = %q, want %q", docs, want)
	}
	if want := []string{"Platform SOC 2", "Billing SOC 1", "Billing bridge"}; !slices.Equal(p.NDA, want) {
		t.Errorf("NDA = %q, want %q", p.NDA, want)
	}
	wantLines := []string{
		"Send:",
		"- Platform SOC 2: SOC 2 Type 2 (Security, Availability), 2025-10-01 to 2026-09-30, NDA, ask in #security-requests (q1, q2, q5, q6)",
		"- Billing SOC 1: SOC 1 Type 2, 2025-07-01 to 2026-06-30, NDA, ask grc@acme.example (q3)",
		"- Billing bridge: bridge letter, issued 2026-10-05, valid until 2027-03-31, NDA, get it at https://acme.example/bridge_letter (q3)",
		"NDA first for: Platform SOC 2, Billing SOC 1, Billing bridge",
		"Raise with the security team:",
		"- SOC 2 including Privacy (q2, q5)",
		"- PCI DSS AOC (q4)",
		"- SOC 2 covering Acme Billing (q6)",
	}
	if got := p.Lines(); !slices.Equal(got, wantLines) {
		t.Errorf("Lines mismatch:\ngot:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(wantLines, "\n"))
	}

	b, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"coverage":"covered"`, `"coverage_reason":`, `"send":["Platform SOC 2"]`, `"send":{"documents":[`} {
		if !strings.Contains(string(b), key) {
			t.Errorf("JSON lacks %s:\n%s", key, b)
		}
	}
}

func TestApplyCoverageWithoutInventory(t *testing.T) {
	t.Parallel()
	res := triage.Result{Items: []triage.Item{{Question: triage.Question{ID: "q1", Text: "MFA?"}, Verdict: triage.Verdict{Report: triage.ReportSOC2, Type: triage.Type2}}}}
	(*Inventory)(nil).Apply(&res, coverNow)
	if res.Summary.Send != nil || res.Items[0].Coverage != "" {
		t.Fatalf("nil inventory changed the result: %+v", res)
	}
	b, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"coverage"`, `"coverage_reason"`, `"send"`} {
		if strings.Contains(string(b), key) {
			t.Errorf("JSON without an inventory has %s: %s", key, b)
		}
	}
}

func TestSendPlanLinesEmpty(t *testing.T) {
	t.Parallel()
	var nilPlan *triage.SendPlan
	if got := nilPlan.Lines(); got != nil {
		t.Errorf("nil plan Lines = %q, want nil", got)
	}
	if got := (&triage.SendPlan{}).Lines(); !slices.Equal(got, []string{"Send: nothing from the report inventory"}) {
		t.Errorf("empty plan Lines = %q", got)
	}
}

// BenchmarkApplyCoverage measures coverage for a 100-question result against a
// ten-entry inventory (the size of the shipped example).
func BenchmarkApplyCoverage(b *testing.B) {
	inv := fullInventory()
	for i := range 4 {
		inv.Entries = append(inv.Entries, doc(KindPolicyDocument, "Policy "+string(rune('A'+i)), "2026-01-01", ""))
	}
	verdicts := []triage.Verdict{
		{Report: triage.ReportSOC2, Type: triage.Type2, Categories: []string{triage.CatSecurity, triage.CatPrivacy}},
		{Report: triage.ReportSOC1, Type: triage.Type2, SOC1Areas: []string{"transaction_processing"}},
		{Report: triage.ReportBoth, Type: triage.Type2, Categories: []string{triage.CatSecurity}, SOC1Areas: []string{"access_financial"}},
		{Report: triage.ReportNone, Artifacts: []string{KindPentestLetter, KindPCIAOC}},
	}
	items := make([]triage.Item, 100)
	for i := range items {
		items[i] = triage.Item{Question: triage.Question{ID: "q" + string(rune('0'+i%10)), Text: "Is MFA enforced for administrators of Acme Billing and the Acme API?"},
			Verdict: verdicts[i%len(verdicts)]}
	}
	b.ReportAllocs()
	for b.Loop() {
		res := triage.Result{Items: slices.Clone(items)}
		inv.Apply(&res, coverNow)
	}
}
