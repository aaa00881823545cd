package triage

import "testing"

// A money question often asks two control objectives at once, and the second one
// was missed or a wrong one added. These cases pin the second area as the guide's
// table of areas reads it. Written for this test.

// A second person over a payment ("does it take two people", "two signatures"), one
// person holding a duty and also another ("can the employee doing the bank
// reconciliation also initiate wires?") and one duty kept separate from another
// ("cheque handling kept separate from posting") are segregation of duties; the
// duties' own words (a reconciliation, the posting) name no area of their own.
func TestSecondPersonAddsDuties(t *testing.T) {
	t.Parallel()
	sod, cus := "segregation_of_duties", "custody"
	checkAreaCases(t, []areaCase{
		{question: "Does releasing an outgoing wire take two people on your side?", report: ReportSOC1, with: []string{sod, "transaction_processing"}},
		{question: "Do payments above the threshold require two signatures?", report: ReportSOC1, with: []string{sod}},
		{question: "Can the employee doing the bank reconciliation also initiate wires?", report: ReportSOC1, first: sod},
		{question: "Is cheque handling kept separate from posting to customer accounts?", report: ReportSOC1, first: sod, without: []string{"transaction_processing"}},
		{question: "Is receipting kept apart from deposit preparation in the lockbox team?", report: ReportSOC1, first: sod},
		// Near misses: no money handled, money kept apart rather than duties, and a
		// split the rules already read.
		{question: "Do you need two people to open the data centre cage?", report: ReportSOC2},
		{question: "Is client money kept separate from our operating funds?", report: ReportSOC1, first: cus, without: []string{sod}},
		{question: "Can the person who posts customer receipts also issue credit memos?", report: ReportSOC1, first: sod},
	})
}

// Money collected for someone and passed on, an account the client funds, escrow
// balances and holdings confirmed with a depository are custody beside their
// reconciliation; an account only reconciled is not custody.
func TestHeldMoneyBesideItsReconciliation(t *testing.T) {
	t.Parallel()
	rec, cus := "reconciliation", "custody"
	checkAreaCases(t, []areaCase{
		{question: "Funds collected for noteholders each month: how are they remitted and reconciled?", report: ReportSOC1, with: []string{rec, cus}},
		{question: "How often is the prefunding account for claims reconciled to paid claims?", report: ReportSOC1, with: []string{rec, cus}},
		{question: "Are escrow balances agreed to the servicing ledger every month?", report: ReportSOC1, with: []string{rec, cus}},
		{question: "Escrow balances for borrowers: reconciled to the bank how often?", report: ReportSOC1, with: []string{rec, cus}},
		{question: "Are customer holdings confirmed with the custodian each quarter?", report: ReportSOC1, with: []string{rec, cus}},
		{question: "Is the operating account reconciled monthly?", report: ReportSOC1, first: rec, without: []string{cus}},
	})
}

// Data that passes between systems is an interface when the question asks that none
// of it is lost on the way, and a break in a counterparty's feed is its
// reconciliation.
func TestDataBetweenSystemsIsAnInterface(t *testing.T) {
	t.Parallel()
	itf, rec, tp := "interfaces", "reconciliation", "transaction_processing"
	checkAreaCases(t, []areaCase{
		{question: "Broker trade feed breaks: how fast are they cleared?", report: ReportSOC1, with: []string{itf, rec}, without: []string{tp}},
		{question: "What stops sales getting lost between the point-of-sale system and the ledger?", report: ReportSOC1, first: itf},
		{question: "How do you stop sales going missing between the till system and the general ledger?", report: ReportSOC1, first: itf},
		{question: "Who ties the payables extract totals to the payments you released?", report: ReportSOC1, with: []string{itf, rec}},
	})
}

// Standing data asked with the processing it changes, and a record that should not
// be on the payroll at all: master data beside the process, or with the duties that
// keep a fictitious payee out.
func TestStandingDataBesideProcessing(t *testing.T) {
	t.Parallel()
	md, tp, sod := "master_data", "transaction_processing", "segregation_of_duties"
	checkAreaCases(t, []areaCase{
		{question: "How do you prevent ghost employees on the payroll?", report: ReportSOC1, with: []string{md, sod}},
		{question: "How do you make sure people who quit come off payroll before the next pay run?", report: ReportSOC1, with: []string{md}},
		{question: "When the state unemployment rate changes, how do you make sure contributions are calculated with the new rate?", report: ReportSOC1, with: []string{md, tp}},
	})
}

// Logging and alerting on a money system is its operation; a code from a phone or an
// authenticator app is a login factor, not a program change.
func TestMonitoringAndLoginFactorOfMoneySystem(t *testing.T) {
	t.Parallel()
	acc, chg, ops := "access_financial", "change_financial", "operations_financial"
	checkAreaCases(t, []areaCase{
		{question: "Logging and alerting for the claims payment platform: who watches the alerts?", report: ReportBoth, with: []string{ops}, without: []string{acc}},
		{question: "Is a one-time code from an authenticator app required to sign in to the billing system?", report: ReportBoth, first: acc, without: []string{chg}},
		{question: "Do users logging into the payroll system need MFA?", report: ReportBoth, first: acc, without: []string{chg}},
		{question: "Are code changes to the billing system tested before release?", report: ReportBoth, first: chg},
	})
}
