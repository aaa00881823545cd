package triage

import (
	"slices"
	"testing"
)

// SOC 1 process questions whose words also have another sense: a trial balance tied
// out before the monthly statements (not a request for audited accounts), client
// money at an insured bank or assets registered in the client's name (custody, not
// cover or a company fact), tax codes among standing data (not a tax engine's code),
// exchange rates loaded and validated (master data), source control totals (batch
// totals, not a code repository), and an account reconciliation reviewed apart from
// its preparer. The near misses keep the other sense.
func TestSOC1ProcessWording(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Is the general ledger reconciled to the trial balance before the monthly financial statements are issued to us?",
			report: "soc1", with: []string{"reconciliation", "financial_reporting"}},
		{question: "Are subledger balances you keep for us tied out to the trial balance each month before the quarterly financial statements go out?",
			report: "soc1", with: []string{"reconciliation"}},
		{question: "Are client money accounts held at an insured bank in the client's name and reconciled each month?",
			report: "soc1", with: []string{"custody"}},
		{question: "Are custodial accounts kept at an FDIC insured institution reconciled monthly, with reconciling items cleared?",
			report: "soc1", with: []string{"custody", "reconciliation"}},
		{question: "Are fund assets at your sub-custodian registered in investors' names?",
			report: "soc1", first: "custody"},
		{question: "Are securities held at sub-custodians registered in the client's name, and how do you monitor the sub-custodians?",
			report: "soc1", first: "custody"},
		{question: "Do you review changes to standing data (bank details, tax codes) against source documents?",
			report: "soc1", first: "master_data"},
		{question: "Are standing data changes (bank details, tax codes) independently approved?",
			report: "soc1", with: []string{"master_data"}},
		{question: "How are FX rates used in settlment loaded into the system and validated?",
			report: "soc1", with: []string{"master_data"}},
		{question: "How are exchange rates sourced and validated before they are used in payment conversion?",
			report: "soc1", with: []string{"master_data"}},
		{question: "Are interface files to our ledger balanced to source control totals before posting?",
			report: "soc1", with: []string{"interfaces"}},
		{question: "Is each balance sheet account reconciliation reviewed by someone other than the person who prepared it?",
			report: "soc1", with: []string{"reconciliation", "segregation_of_duties"}},
		{question: "Is the manager who reviews each account reconciliation independent of the person who prepared it?",
			report: "soc1", with: []string{"reconciliation", "segregation_of_duties"}},
		{question: "Who signs off the monthly account reconciliations, and is that person independent of the preparer?",
			report: "soc1", with: []string{"reconciliation"}},
		// Near misses: the other sense of each word.
		{question: "Please provide your audited financial statements for the last two fiscal years.", report: "none"},
		{question: "Do you carry cyber insurance, and is your insurer A-rated?", report: "none"},
		{question: "What is your company's registered name and registered office address?", report: "none"},
		{question: "Is source control (Git) used for all code changes with peer review?", report: "soc2"},
		{question: "What are your rates for implementation services?", report: "none"},
		{question: "Is API rate limiting validated in load tests?", report: "soc2"},
		{question: "Do you subscribe to a threat intelligence feed and how is it validated?", report: "soc2"},
		{question: "Are standing orders for patches reviewed?", report: "soc2"},
		{question: "Are user accounts reconciled to the HR roster quarterly?", report: "soc2"},
		{question: "Are accounts for each person reconciled to the HR list?", report: "soc2"},
		{question: "Is there one account per person, reconciled against HR?", report: "soc2"},
		{question: "Is the person who reviews access logs independent of the administrators?", report: "soc2"},
	})
}

// A question that asks for the audited statements keeps the artefact though it names
// the trial balance too.
func TestAuditedStatementsBesideTrialBalance(t *testing.T) {
	t.Parallel()
	v := mustEngine(t).Classify(Question{Text: "Are your financial statements audited, and is the trial balance available to us?"})
	if !slices.Contains(v.Artifacts, "financial_statements") {
		t.Errorf("artifacts %v, want financial_statements", v.Artifacts)
	}
}
