package triage

import "testing"

// A schedule of reports: a report on design first (a Type 1, design as of go-live or
// a date) and Type 2 reports thereafter, in later years or from the second year. What
// is asked now is the Type 1; the Type 2 is a later deliverable. A Type 2 alone on a
// yearly schedule, or a Type 1 refused beside one, stays Type 2. The questions are
// written for this test.
func TestTypeFirstThenType2(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "The contract asks for a SOC 2 Type 1 within 60 days of signature and Type 2 reports every year thereafter.", report: "soc2", typ: "type1"},
		{q: "Supplier shall furnish a report on the design of its controls as of go-live, with Type II reports annually thereafter.", report: "soc2", typ: "type1"},
		{q: "Deliver a design-of-controls report as at the effective date and Type 2 reports thereafter.", report: "soc2", typ: "type1"},
		{q: "Please confirm you will provide a SOC 1 Type 1 at launch and move to Type 2 reports from the second year onward.", report: "soc1", typ: "type1"},
		{q: "Within 30 days of award, a design-only SOC 1 is due; Type II examinations in subsequent years.", report: "soc1", typ: "type1"},
		{q: "For the first engagement we expect a SOC 2 on the design of controls at a single date; Type 2 reports in later years.", report: "soc2", typ: "type1"},
		{q: "Our schedule B lists a Type I attestation before onboarding completes and Type II attestations afterwards.", report: "soc2", typ: "type1"},
		// Near misses: a Type 2 alone on a schedule, a bridge letter on one, a Type 1
		// in the past or refused.
		{q: "Deliver a SOC 2 Type II within 60 days and annually thereafter.", report: "soc2", typ: "type2"},
		{q: "Provide your SOC 2 Type 2 now, and a bridge letter each quarter thereafter.", report: "soc2", typ: "type2"},
		{q: "Provide the SOC 1 Type II report annually thereafter upon request.", report: "soc1", typ: "type2"},
		{q: "A Type 1 covered last year; this year we need the Type 2 and every year after that.", report: "soc2", typ: "type2"},
		{q: "A Type 1 is not acceptable; deliver Type II reports from signing and annually thereafter.", report: "soc2", typ: "type2"},
		{q: "We do not need a Type 1; provide a Type 2 at go-live and Type 2 reports thereafter.", report: "soc2", typ: "type2"},
	})
}
