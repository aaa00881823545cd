package triage

import "testing"

// Reports, statements, packages and registers a service produces, sends or provides
// for its client's close or books are financial reporting, whatever the question
// calls them; checking them before they go out is the control. The period of a SOC
// report, statements from the client's own bank and reports that carry no money stay
// out of it.
func TestClientOutputsGivenAreFinancialReporting(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "What quarter-end reports do you send us, and how are they checked as complete and accurate first?",
			report: "soc1", first: "financial_reporting"},
		{question: "Which reports feed our close each month, and who signs them off?",
			report: "soc1", first: "financial_reporting"},
		{question: "The tenant statements you prepare are what our accountants post from. What review confirms they are right before release?",
			report: "soc1", first: "financial_reporting"},
		{question: "Is the unitholder register you provide to us each month reviewed for accuracy?",
			report: "soc1", first: "financial_reporting"},
		{question: "Investor packages go out quarterly: who checks them before they are sent?",
			report: "soc1", first: "financial_reporting"},
		{question: "How is the IPE you give us at year end, the holdings listing, checked for completeness?",
			report: "soc1", with: []string{"financial_reporting"}},
		// Near misses.
		{question: "What is the period end date of your current SOC 1 report?",
			report: "soc1", without: []string{"financial_reporting"}},
		{question: "Are bank statements reconciled to the ledger every day?",
			report: "soc1", with: []string{"reconciliation"}, without: []string{"financial_reporting"}},
		{question: "How do you make sure the usage reports in the analytics dashboard are complete and accurate?",
			report: "soc2"},
		{question: "Are software packages released to production only after testing?",
			report: "soc2"},
	})
}

// The money words in a report's name ("the deferred revenue reports", "settlement
// statements", "the billing platform") name the report checked: beside financial
// reporting they add no transaction processing. A calculation asked about keeps it.
func TestMoneyWordsNamingAReport(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "The unearned premium and loss reserve statements your platform produces: how are they validated as complete and accurate?",
			report: "soc1", first: "financial_reporting", without: []string{"transaction_processing"}},
		{question: "Are the commission statements your platform issues validated for accuracy before release?",
			report: "soc1", first: "financial_reporting", without: []string{"transaction_processing"}},
		{question: "How are commissions calculated, and are the commission statements your platform issues validated before release?",
			report: "soc1", with: []string{"transaction_processing", "financial_reporting"}},
	})
}

// A report the service gives the client of its open balances ("a monthly report of
// unapplied balances", "a balance report that ties to …") is financial reporting
// beside the reconciliation behind it.
func TestBalanceReportsGivenToTheClient(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Suspense items: how are they aged and cleared, and do you send us a weekly report of open items?",
			report: "soc1", with: []string{"reconciliation", "financial_reporting"}},
		{question: "Will you provide us a monthly stored-value balance report that ties to the loads and redemptions processed?",
			report: "soc1", with: []string{"financial_reporting"}},
		// Near miss: a report of uptime is no money output.
		{question: "Do you send us a monthly uptime report?",
			report: "soc2"},
	})
}
