package triage

import "testing"

// Rows of a vendor form that are not controls: what the product offers (connectors,
// scheduled reports, bulk loads, custom fields, an API), who the largest customers
// are, and help at the end of the contract are written answers. The same nouns with a
// control asked (an export encrypted, an API protected) stay the control.
func TestProductAndCommercialRowsAreWrittenAnswers(t *testing.T) {
	t.Parallel()
	checkRequests(t, []requestCase{
		{question: "Does the suite ship a ready connector for Jira out of the box?", report: ReportNone, artifacts: []string{"custom_answer"}},
		{question: "Name the prebuilt integrations available for NetSuite and HubSpot.", report: ReportNone, artifacts: []string{"custom_answer"}},
		{question: "Can dashboards be scheduled to go out by e-mail every Monday?", report: ReportNone, artifacts: []string{"custom_answer"}},
		{question: "Can an admin upload student rosters in bulk from a spreadsheet?", report: ReportNone, artifacts: []string{"custom_answer"}},
		{question: "Can tenant owners create custom fields on the case form themselves?", report: ReportNone, artifacts: []string{"custom_answer"}},
		{question: "Is a GraphQL API available, and where is the developer documentation?", report: ReportNone, artifacts: []string{"custom_answer"}},
		{question: "NAME YOUR THREE LARGEST CLIENTS IN THE PUBLIC SECTOR", report: ReportNone, artifacts: []string{"custom_answer"}},
		{question: "Exit assistance: how many weeks of transition services are included when the term ends?", report: ReportNone, artifacts: []string{"custom_answer"}},
	})
	checkReportCases(t, []reportCase{
		{question: "Are scheduled report deliveries encrypted in transit?", report: "soc2", crit: "CC6.7"},
		{question: "Is the public API behind a WAF with rate limiting?", report: "soc2", crit: "CC6.6"},
		{question: "Are bulk exports of customer records logged with the user who ran them?", report: "soc2", crit: "CC7.2"},
		{question: "Do developers have standing access to production databases?", report: "soc2"},
	})
}

// A clause of the contract named for acceptance is a written answer even when the
// clause is named after insurance, confidentiality or indemnity; courts, venue and
// consent to a jurisdiction are legal terms, not privacy consent. Asking for the
// certificate itself still gives it, and consent of end users stays P2.1.
func TestClauseNamesAreNotTheirTopics(t *testing.T) {
	t.Parallel()
	checkRequests(t, []requestCase{
		{question: "Confirm acceptance of the insurance and indemnity provisions in Schedule 4.", report: ReportNone, artifacts: []string{"custom_answer"}},
		{question: "Do you accept the Insurance clause and the Confidentiality clause of our terms? Y/N", report: ReportNone, artifacts: []string{"custom_answer"}},
		{question: "Will you submit to the exclusive jurisdiction of the courts of England?", report: ReportNone, artifacts: []string{"custom_answer"}},
		{question: "Do you consent to venue in the state courts of Delaware for any dispute?", report: ReportNone, artifacts: []string{"custom_answer"}},
		{question: "Insurance clause 11 applies: attach a certificate of insurance naming us as holder.", report: ReportNone, artifacts: []string{"insurance_certificate"}},
	})
	checkReportCases(t, []reportCase{
		{question: "Do users give consent before their location is shared with partners?", report: "soc2", crit: "P2.1"},
	})
}

// Certificates and insurance the vendor checks its own suppliers for are vendor
// oversight (CC9.2), not documents of its own to send; the vendor's own certificate
// asked for in the same line is still sent.
func TestSuppliersDocumentsAreVendorOversight(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Do you obtain current ISO 27001 certificates from each hosting subcontractor?", report: "soc2", crit: "CC9.2"},
		{question: "Must your vendors carry cyber insurance, and is that checked at renewal?", report: "soc2", crit: "CC9.2"},
		{question: "How do you confirm that hosting subprocessors hold a valid PCI AOC?", report: "soc2", crit: "CC9.2"},
	})
	checkRequests(t, []requestCase{
		{question: "Do you require suppliers to hold ISO 27001? Also attach your own ISO certificate.", report: ReportNone, artifacts: []string{"iso27001_certificate"}},
		{question: "Attach your certificate of insurance and describe how you review suppliers.", report: ReportSOC2, artifacts: []string{"insurance_certificate"}},
	})
}

// The report and its bridge letter listed one after the other (terse cells, "+",
// "&", commas) ask for both; the letter named for the report it bridges, or a report
// already held, is the letter alone. "More than" in a condition after "in addition
// to the SOC 2" counts time and does not put the report out of scope.
func TestReportListedWithBridgeLetter(t *testing.T) {
	t.Parallel()
	checkRequests(t, []requestCase{
		{question: "Current SOC 2 report & bridge letter", report: ReportSOC2, artifacts: []string{"bridge_letter"}},
		{question: "SOC 1 Type 2 + gap letter", report: ReportSOC1, artifacts: []string{"bridge_letter"}},
		{question: "In addition to the SOC 2, send a bridge letter if the period closed more than a quarter ago.", report: ReportSOC2, artifacts: []string{"bridge_letter"}},
		{question: "Gap letter for the SOC 2 report, please.", report: ReportNone, artifacts: []string{"bridge_letter"}},
		{question: "We hold last year's SOC 2 report already; we only need the bridge letter.", report: ReportNone, artifacts: []string{"bridge_letter"}},
	})
}

// A code of conduct, TX-RAMP: documents by other names.
func TestOtherDocumentNames(t *testing.T) {
	t.Parallel()
	checkRequests(t, []requestCase{
		{question: "Upload your supplier code of conduct.", report: ReportNone, artifacts: []string{"policy_document"}},
		{question: "Please attach the employee code of ethics (document only).", report: ReportNone, artifacts: []string{"policy_document"}},
		{question: "Is the service TX-RAMP certified at Level 2?", report: ReportNone, artifacts: []string{"fedramp"}},
	})
	checkReportCases(t, []reportCase{
		{question: "Does every new hire sign the code of conduct in the first week?", report: "soc2", crit: "CC1.1"},
	})
}
