package triage

import "testing"

// A report, summary, listing, schedule, notice or form with money in it that the
// service produces, prepares, generates or sends for the client or its parties, checked
// or reviewed before it goes out, is an output the client's books or filings take from
// the service: financial reporting, whatever the document is called. Near-misses: the
// same documents about security or uptime, a SOC report, forms with no money, and
// invoices, which are the transactions themselves.
func TestClientOutputsMadeAndChecked(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "The sales tax summary you send us each month: who reviews it before it goes out?", report: "soc1", area: "financial_reporting"},
		{question: "You generate the 1099 forms for our contractors. How are the amounts checked before they are sent?", report: "soc1", area: "financial_reporting"},
		{question: "The commission summary you send our reps monthly - what review happens before it goes out?", report: "soc1", area: "financial_reporting"},
		{question: "We post rent income from the tenant rent roll report you prepare. Is it checked against the lease terms?", report: "soc1", area: "financial_reporting"},
		{question: "Is the unbilled revenue listing you give us at month end checked against the usage data?", report: "soc1", area: "financial_reporting"},
		{question: "The settlement notices you email our growers after each delivery: how are the amounts verified?", report: "soc1", area: "financial_reporting"},
		// Near-misses: no money in the document, a SOC report, or the invoice itself.
		{question: "The incident summary you send us after an outage: who reviews it before it goes out?", report: "soc2", not: "financial_reporting"},
		{question: "The SOC 2 report you produce: is it reviewed by your auditors before it comes to us?", report: "soc2"},
		{question: "The vulnerability scan report you send us monthly: how is it checked for accuracy?", report: "soc2", crit: "CC7.1"},
		{question: "The uptime report you send each month: how do you make sure it is complete?", report: "soc2", crit: "A1.1"},
		{question: "The onboarding forms you send new employees: are they checked for completeness?", report: "none"},
		{question: "How are invoices you send our customers checked before they go out?", report: "soc1", area: "transaction_processing", not: "financial_reporting"},
	})
}
