package triage

import "testing"

// Reports asked for without their numbers over both a money process and the security
// or another SOC 2 category ("the auditor's reports on both your controls over our
// payroll transactions and your security and availability controls", "reports for
// your payroll processing as well as for security") are both reports, as a report
// covering both is. A report over one of them, or over SOC 2 subjects alone, is that
// report. The questions are written for this test, apart from the evaluation sets.
func TestReportsOverAMoneyProcessAndSecurity(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "We'd like the auditor's reports on both your controls over our payroll transactions and your security and availability controls.", report: "both", typ: "type2"},
		{q: "Do you have independent reports over both your billing calculations and your availability commitments?", report: "both", typ: "type2"},
		{q: "We need the attestation reports for your payroll processing as well as for security and confidentiality.", report: "both", typ: "type2"},
		{q: "Can you share independent reports on both the claims processing and your privacy controls?", report: "both", typ: "type2"},
		{q: "Please send the assurance reports for your loan servicing as well as your cyber security.", report: "both", typ: "type2"},
		// Near misses: one report's subject, or SOC 2 subjects alone.
		{q: "Is there an independent attestation over your claims adjudication?", report: "soc1"},
		{q: "Please send the report on your security and availability controls.", report: "soc2", cats: []string{"security", "availability"}},
		{q: "Do you have an independent report covering your payroll processing?", report: "soc1"},
		{q: "Send the report covering both your security controls and your uptime.", report: "soc2"},
		{q: "Is there a report covering both the payroll processing and the security controls in your SOC 2?", report: "soc2"},
	})
}
