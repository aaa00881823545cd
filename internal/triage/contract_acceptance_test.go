package triage

import "testing"

// A contract term the vendor is asked to accept, sign or redline (the asker's MSA,
// terms and conditions, standard agreement) is none with a written answer; a business
// associate or data processing agreement carries its own document and no written
// answer beside it.
func TestContractAcceptanceIsAWrittenAnswer(t *testing.T) {
	t.Parallel()
	checkRequests(t, []requestCase{
		{question: "Will you accept our standard MSA? Please mark up any redlines.", report: ReportNone, artifacts: []string{"custom_answer"}},
		{question: "Do you agree to our purchase terms and conditions as published on our supplier portal?", report: ReportNone, artifacts: []string{"custom_answer"}},
		{question: "Is the offeror willing to execute the State's standard contract without modification?", report: ReportNone, artifacts: []string{"custom_answer"}},
		{question: "Please confirm acceptance of the University's master agreement, or list your exceptions to its terms.", report: ReportNone, artifacts: []string{"custom_answer"}},
		{question: "Will your firm countersign our form of engagement letter terms? Attach a redlined copy if not.", report: ReportNone, artifacts: []string{"custom_answer"}},
		{question: "Are you agreeable to our terms of purchase for the pilot?", report: ReportNone, artifacts: []string{"custom_answer"}},
		// The agreement has a document of its own.
		{question: "Will you sign our business associate agreement as written, or send your redlines?", report: ReportNone, artifacts: []string{"hipaa_attestation"}},
		{question: "Please accept our data processing addendum without amendment.", report: ReportNone, artifacts: []string{"dpa"}},
	})
}

// Near misses: agreements as a control (staff confidentiality agreements, supplier
// agreements that oblige notice), figures checked against the contract, and what the
// agreement tells customers keep their reports.
func TestContractAcceptanceNearMisses(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Do all employees sign confidentiality agreements before they get access to client files?", report: "soc2", crit: "C1.1"},
		{question: "How do you make sure billed amounts agree to our contract terms before invoices go out?", report: "soc1"},
		{question: "Service commitments and customer responsibilities are set out in the master services agreement.", report: "soc2", crit: "CC2.3"},
		{question: "Do your agreements with subprocessors oblige them to report security incidents to you?", report: "soc2"},
	})
}
