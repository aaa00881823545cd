package triage

import "testing"

// "As of today" that dates the question ("As of today, do you hold a current
// SOC 2?", "is it still valid as of today?") asks whether a report is held now, not
// for a report on the design of controls at a date: the type stays Type 2. Said of
// the report itself ("a report on your controls as of today") it is still a Type 1.
func TestAsOfTodayDatesTheQuestion(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "As of today, do you have a SOC 2 in force?", report: "soc2", typ: "type2"},
		{q: "As of today is the SOC 2 you hold still current?", report: "soc2", typ: "type2"},
		{q: "Is your attestation report still valid as of today?", report: "soc2", typ: "type2"},
		{q: "As of today, which SOC report is available to customers?", report: "soc2", typ: "type2"},
		// Near-misses: the date belongs to the report.
		{q: "A report on your controls as of today is what our risk team needs.", report: "soc2", typ: "type1"},
		{q: "Could your auditor give an opinion on design as of today?", report: "soc2", typ: "type1"},
		{q: "Please send a snapshot SOC 2 as of today.", report: "soc2", typ: "type1"},
	})
}

// An asker who says it can put up with a Type 1 ("we can live with a Type 1", "we
// would settle for a report on design at a single date") accepts it, and the type
// it accepts wins over a Type 2 it also names or expects later. A Type 1 it will
// not live with stays refused.
func TestType1PutUpWith(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Is your SOC 2 a Type I or a Type II? We could live with a Type I for now.", report: "soc2", typ: "type1"},
		{q: "We can live with a Type 1 SOC 2 if nothing else exists yet.", report: "soc2", typ: "type1"},
		{q: "We would settle for a SOC 2 on control design at a specific date; the period report can come later.", report: "soc2", typ: "type1"},
		{q: "Happy with a Type 1 SOC 2 until the Type 2 covering twelve months is out.", report: "soc2", typ: "type1"},
		// Near-misses: a refusal, a go-live date, no type accepted.
		{q: "We can't live with a Type 1; the SOC 2 must be a Type 2.", report: "soc2", typ: "type2"},
		{q: "The SOC 2 Type 2 covers the platform that went live with our first tenant.", report: "soc2", typ: "type2"},
		{q: "Are you happy to share the SOC 2 report?", report: "soc2", typ: "type2"},
	})
}

// The asker's own external or statutory audit ("for this year's external audit",
// "our statutory audit") is the reliance a SOC 1 serves; the vendor's past external
// audit is not.
func TestAskersExternalAudit(t *testing.T) {
	t.Parallel()
	none := []string{}
	checkClass(t, []classCase{
		{q: "For next year's external audit we need your report on controls over the rebate calculations.", report: "soc1", areas: none},
		{q: "Our statutory audit team asks for your service auditor's report on the claims platform.", report: "soc1", areas: none},
		{q: "For this year's external audit, a report on design at a single date will do; a period report should follow.", report: "soc1", typ: "type1"},
		// Near-misses: the vendor's own audit.
		{q: "Please share the results of last year's external audit of your security controls.", report: "soc2"},
		{q: "When was your most recent external audit?", report: "soc2"},
	})
}
