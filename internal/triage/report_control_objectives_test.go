package triage

import "testing"

// Control objectives are the SOC 1's structure: the service organisation writes them
// and the service auditor tests the controls that meet them, while a SOC 2 reports
// against the Trust Services Criteria. A report, its auditor, opinion, deviations or
// carved-out subservice organisations described by their control objectives is the
// SOC 1 even with no number, and the SOC 1 issued under SSAE 18 when that standard is
// named. The questions are written for this test, apart from the evaluation sets.
func TestReportDescribedByControlObjectives(t *testing.T) {
	t.Parallel()
	none := []string{}
	checkClass(t, []classCase{
		{q: "Please provide the list of control objectives and the tests of controls performed by your service auditor.", report: "soc1", typ: "type2", areas: none},
		{q: "Were any deviations noted in the tests of operating effectiveness for the control objectives relevant to our ledger?", report: "soc1", typ: "type2", areas: none},
		{q: "Was the service auditor's opinion qualified for any control objective in the latest report?", report: "soc1", typ: "type2", areas: none},
		{q: "Which user entity controls do you assume we have in place for your report's control objectives to be achieved?", report: "soc1", typ: "type2", areas: none},
		{q: "How many control objectives does your SSAE 18 report contain?", report: "soc1", typ: "type2", areas: none},
		{q: "Send us the section of your assurance report that lists control objectives and related controls.", report: "soc1", typ: "type2", areas: none},
		{q: "Your Type 1 report: which control objectives were in scope as of the report date?", report: "soc1", typ: "type1", areas: none},
		{q: "Which control objectives were carved out of the audit report because a subservice organisation performs them?", report: "soc1", typ: "type2", areas: none},
		{q: "Are the control objectives in your attestation written by management, and did the auditor modify the opinion on any of them?", report: "soc1", typ: "type2", areas: none},
		{q: "Is each control objective in the report supported by controls that were tested over the whole period?", report: "soc1", typ: "type2", areas: none},
		{q: "We need the report on your control objectives and related controls for our audit file.", report: "soc1", typ: "type2", areas: none},
		// Near misses: objectives of security or recovery, a SOC 2 named, control
		// objectives tested by internal audit, a SOC 1 asked to include an objective
		// (which keeps its area) and SSAE 18 alone.
		{q: "Has management defined information security objectives aligned with the business?", report: "soc2", typ: "type2", areas: none},
		{q: "What is your recovery time objective for the customer portal?", report: "soc2", typ: "type2", areas: none},
		{q: "Does your SOC 2 report map each control to the Trust Services Criteria?", report: "soc2", typ: "type2", areas: none},
		{q: "Are control objectives for the SDLC tested each year by internal audit?", report: "soc2", typ: "type2", areas: none},
		{q: "Does your SOC 1 include a control objective for the accuracy of claim payments?", report: "soc1", typ: "type2", areas: []string{"transaction_processing"}},
		{q: "Have you had an SSAE 18 examination?", report: "both", typ: "type2", areas: none},
	})
}
