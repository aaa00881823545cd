package triage

import "testing"

// Both reports asked for in one line: a SOC 1 (or an SSAE 18 report) joined to a SOC 2
// as one more report, or a report asked to cover a financial process and security
// alike. Near-misses: the SSAE 18 as the standard of the SOC 2, a second document that
// is not a SOC report, a report over two SOC 2 subjects.
func TestBothReportsAsked(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "In addition to the SOC 2, do you have a SOC 1 for the payroll service?", report: "both"},
		{question: "In addition to your SOC 2 Type II, can an ISAE 3402 report be shared for fund administration?", report: "both"},
		{question: "Alongside the SOC 2, please confirm whether an SSAE 18 SOC 1 exists for claims processing.", report: "both"},
		{question: "Procurement will want the SOC 2 plus the SSAE 18 report on your rent collection platform.", report: "both"},
		{question: "Please forward your SOC 2 and also your SSAE-18 audit for the premium billing engine.", report: "both"},
		{question: "An attestation spanning both the loan servicing application and security would be acceptable this year.", report: "both"},
		{question: "We would take one independent report that covers both the invoicing platform and your security controls.", report: "both"},
		// Near-misses.
		{question: "In addition to the SOC 2, what other certifications do you hold?", report: "none"},
		{question: "Is your SOC 2 report issued under SSAE 18?", report: "soc2"},
		{question: "In addition to the SOC 2, do you run annual penetration tests?", report: "soc2"},
		{question: "Do you have a SOC report that covers both availability and security?", report: "soc2"},
		{question: "We do not need the SOC 1; please send the SOC 2 only.", report: "soc2"},
	})
}
