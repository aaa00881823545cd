package triage

import "testing"

// Money a reconciliation agrees names what is reconciled, even when a participle
// says what was done to it ("claims paid", "deductions remitted", "taxes collected"):
// the area is reconciliation alone. Processing asked about in a clause of its own,
// one with no reconciliation in it, keeps transaction processing beside it. Written
// for this test.
func TestReconciledClauseNamesWhatIsReconciled(t *testing.T) {
	t.Parallel()
	rec, tp := "reconciliation", "transaction_processing"
	checkAreaCases(t, []areaCase{
		{question: "Are the refunds issued each day reconciled to the card processor's settlement report?", report: ReportSOC1, first: rec, without: []string{tp}},
		{question: "Are the garnishment amounts withheld from pay reconciled to the agency remittances each month?", report: ReportSOC1, first: rec, without: []string{tp}},
		{question: "Do you reconcile the benefit premiums deducted each pay period to the carrier bills every month?", report: ReportSOC1, first: rec, without: []string{tp}},
		{question: "Is the sales tax charged on invoices reconciled each quarter to the returns filed with the state?", report: ReportSOC1, first: rec, without: []string{tp}},
		{question: "Are claim cheques and EFTs issued each day reconciled to the disbursement account, and how are the breaks followed up?", report: ReportSOC1, first: rec, without: []string{tp}},
		{question: "Is the payroll register reconciled to the amount we fund before every pay run? Y/N", report: ReportSOC1, first: rec, without: []string{tp}},
		{question: "Are the commissions paid to brokers each month reconciled against the bank statement?", report: ReportSOC1, first: rec, without: []string{tp}},
		// Near misses: the processing is asked about in a clause of its own, or the
		// matching checks it before the money goes out.
		{question: "Are timber load tickets matched to the mill receipts and the contract prices before each landowner settlement is paid?", report: ReportSOC1, with: []string{tp}},
		{question: "How are tuition payments posted to student accounts, and is the bursar subledger reconciled to the bank each month?", report: ReportSOC1, with: []string{rec, tp}},
		{question: "How are patient co-payments applied to the right visit, and how are unapplied balances cleared?", report: ReportSOC1, with: []string{rec, tp}},
		{question: "Pension contributions deducted from pay are remitted by you to the scheme each month: are they remitted in full and reconciled to the payroll register?", report: ReportSOC1, with: []string{rec, tp}},
		{question: "Describe how incoming wires are matched to the remittance advice and posted to the receivables ledger on the day they arrive.", report: ReportSOC1, with: []string{rec, tp}},
		{question: "How do you make sure each royalty is calculated at the contracted rate? Separately, are royalty payments reconciled to the bank?", report: ReportSOC1, with: []string{rec, tp}},
	})
}

// Writing a change and putting it into production are two duties: developers kept
// out of production, prevented from deploying or pushing their own work, or kept
// apart from those who deploy it, are segregation of duties beside the change (or
// the access) control of the money system. A change approved by someone other than
// its developer is still the change's approval, and access to production with no
// developer named is access alone. Written for this test.
func TestDevelopersKeptFromProductionAreADutySplit(t *testing.T) {
	t.Parallel()
	chg, acc, sod := "change_financial", "access_financial", "segregation_of_duties"
	checkAreaCases(t, []areaCase{
		{question: "Can your developers push code straight to the live loan servicing platform?", report: ReportBoth, with: []string{chg, sod}},
		{question: "Are developers of the billing engine blocked from deploying to production?", report: ReportBoth, with: []string{chg, sod}},
		{question: "Is deployment to the payroll production environment separated from development?", report: ReportBoth, with: []string{chg, sod}},
		{question: "Are deployments to the claims payment application carried out by a release team that is separate from the developers?", report: ReportBoth, with: []string{chg, sod}},
		{question: "When the premium calculation code is changed, can the programmer who wrote it also migrate it into production?", report: ReportBoth, with: []string{chg, sod}},
		{question: "Do programmers have write access to the production general ledger database?", report: ReportBoth, with: []string{acc, sod}},
		{question: "Are developers kept out of the production environment of the trust accounting system?", report: ReportBoth, with: []string{sod}},
		// Near misses: the change's approval, access with no developer, code moved by a
		// pipeline.
		{question: "Are changes to the billing engine approved by a manager before they go to production?", report: ReportBoth, with: []string{chg}, without: []string{sod}},
		{question: "Who has write access to the production payroll database?", report: ReportBoth, with: []string{acc}, without: []string{sod}},
		{question: "Are changes to the claims platform tested by QA before deployment to production?", report: ReportBoth, with: []string{chg}, without: []string{sod}},
		{question: "Do developers use production data when they test changes to the billing system?", without: []string{sod}, report: ReportBoth},
	})
}

// A report, statement or package the service gives its client, checked for
// completeness or accuracy, is financial reporting; the money words that list what it
// shows, in brackets after it or in the same ask as its noun, name its contents, not a
// processing asked about. Processing asked in an ask of its own stays. Written for
// this test.
func TestMoneyListedInAReportNamesItsContents(t *testing.T) {
	t.Parallel()
	rep, tp := "financial_reporting", "transaction_processing"
	checkAreaCases(t, []areaCase{
		{question: "The remittance advices you send our vendors (invoice numbers, discounts taken, net paid) - how do you check they are accurate before release?", report: ReportSOC1, first: rep, without: []string{tp}},
		{question: "Month-end packs you deliver to us (deposit register, chargebacks, refunds) - what review confirms they are complete?", report: ReportSOC1, first: rep, without: []string{tp}},
		{question: "The owner statements you send each landlord (rent collected, repairs deducted, management fee) - who reviews them for accuracy before they go out?", report: ReportSOC1, first: rep, without: []string{tp}},
		{question: "Quarterly investor statements (capital called, distributions paid, fees charged): how are they checked before they are sent to the partners?", report: ReportSOC1, first: rep, without: []string{tp}},
		{question: "What checks confirm that the monthly claims lag report and paid-claims listing you send us are complete?", report: ReportSOC1, first: rep, without: []string{tp}},
		{question: "The commission statements you issue to our agents: how is their accuracy reviewed before release?", report: ReportSOC1, first: rep, without: []string{tp}},
		// Near misses: the processing is asked in an ask of its own.
		{question: "How are agent commissions calculated, and are the commission statements you send us reviewed before release?", report: ReportSOC1, with: []string{rep, tp}},
		{question: "How do you make sure every claim is paid at the contracted rate? Also, are the paid-claims reports you send us checked for completeness?", report: ReportSOC1, with: []string{tp}},
		{question: "Are the payroll journals you post to our ledger complete and accurate?", report: ReportSOC1, without: []string{rep}},
	})
}
