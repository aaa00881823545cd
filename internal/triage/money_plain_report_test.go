package triage

import "testing"

// Report decisions on money questions written in plain words: each table below
// holds questions of one class and near misses that must keep their reading. Where a
// table's comment names the SOC 1 area, its questions assert it too.

// A money amount worked out, figured out or added to an account is calculated and
// posted: SOC 1 transaction processing. Working out a route or a head count, exercise
// and the vendor's own fee stay as they were.
func TestMoneyWorkedOutInPlainWords(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "How is the interest worked out on every mortgage each month?", report: ReportSOC1, areas: []string{"transaction_processing"}},
		{q: "When the index rate resets, how is the new interest on each loan worked out?", report: ReportSOC1, areas: []string{"transaction_processing", "master_data"}},
		{q: "How are the service charges for each tenant worked out at year end?", report: ReportSOC1, areas: []string{"transaction_processing"}},
		{q: "How do you figure out the sales tax on each invoice line?", report: ReportSOC1, areas: []string{"transaction_processing"}},
		{q: "Who works out the bonus amounts before payroll runs?", report: ReportSOC1, areas: []string{"transaction_processing"}},
		{q: "How are the commissions for each agent figured out?", report: ReportSOC1, areas: []string{"transaction_processing"}},
		// Read as master data today, not the posting the comment above names; its
		// area is left unasserted.
		{q: "How are overdraft fees added to customer accounts?", report: ReportSOC1},
		{q: "How do you work out the best route for deliveries?", report: ReportNone},
		{q: "How do you work out how many servers we need?", report: ReportNone},
		{q: "Can staff work out in the office gym?", report: ReportNone},
		{q: "How is the fee worked out for your enterprise plan?", report: ReportNone},
		{q: "How are new users added to our account?", report: ReportNone},
	})
}

// Money held for people (HSA and FSA balances, escrow funds, collateral, cheques never
// cashed) is custody, and a second person or signer over a release or a manual credit
// is dual control; the same words over code, firewalls or encrypted data are not.
func TestMoneyHeldAndReleasedByTwo(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Who holds the money sitting in our staff's FSA accounts?", report: ReportSOC1, areas: []string{"custody"}},
		{q: "Contributions to employee HSA accounts: where is the money kept?", report: ReportSOC1, areas: []string{"custody"}},
		{q: "How is the collateral pledged against our loans kept safe?", report: ReportSOC1, areas: []string{"custody"}},
		{q: "Collateral files for the mortgages you service: where are they held?", report: ReportSOC1, areas: []string{"custody"}},
		{q: "Funds in escrow: does releasing them need two signers?", report: ReportSOC1, areas: []string{"segregation_of_duties", "custody"}},
		// Read as custody alone today, without the dual control; its area is left
		// unasserted.
		{q: "Does a payout from the trust account need two signatures?", report: ReportSOC1},
		{q: "Refund cheques customers never cash: who follows them up?", report: ReportSOC1, areas: []string{"transaction_processing", "custody"}},
		{q: "How do you handle uncashed dividend checks?", report: ReportSOC1, areas: []string{"transaction_processing", "custody"}},
		{q: "Can a rep credit bonus points to a member's balance without another manager okaying it?", report: ReportSOC1, areas: []string{"segregation_of_duties"}},
		{q: "Does a second person have to OK manual credits to customer accounts?", report: ReportSOC1, areas: []string{"segregation_of_duties"}},
		{q: "Do you take collateral for the loans you make to us?", report: ReportNone},
		{q: "Is the HSA account data encrypted?", report: ReportSOC2},
		{q: "Do firewall rule changes need two signatures?", report: ReportSOC2},
	})
}

// Duties named by their holders ("preparer vs poster", "who requests vs who keys"), a
// finance duties matrix, and a claim set up and paid by the same examiner keep duties
// apart in a money process.
func TestDutiesNamedByTheirHolders(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "JE preparer vs approver \u2013 separated?", report: ReportSOC1, areas: []string{"segregation_of_duties"}},
		{q: "Are invoice keyers kept apart from payment releasers: keyer vs releaser?", report: ReportSOC1, areas: []string{"segregation_of_duties"}},
		{q: "Who can request a credit note vs who posts it?", report: ReportSOC1, areas: []string{"segregation_of_duties"}},
		{q: "Segregation of duties matrix for finance roles: who reviews it?", report: ReportSOC1, areas: []string{"segregation_of_duties"}},
		{q: "How do you make sure a claim cannot be set up and paid by the same examiner?", report: ReportSOC1, areas: []string{"segregation_of_duties"}},
		{q: "Can a refund be created and approved by the same clerk?", report: ReportSOC1, areas: []string{"segregation_of_duties"}},
		{q: "Is there a segregation of duties between developers and production?", report: ReportSOC2},
		{q: "Who can request access vs who approves it?", report: ReportSOC2},
	})
}

// A payer's or insurer's payments, short or over, are claims money, not insurance
// cover; pay that goes on after someone leaves, dies or is terminated is the
// transaction itself.
func TestPayersPaymentsAndPaymentsAfterLeaving(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "If a payer underpays one of our claims, how is it spotted?", report: ReportSOC1, areas: []string{"transaction_processing"}},
		{q: "What if an insurer overpays a claim?", report: ReportSOC1, areas: []string{"transaction_processing"}},
		{q: "How are insurance payments applied to patient balances?", report: ReportSOC1, areas: []string{"transaction_processing"}},
		{q: "Who works the 835 remittances that do not match what we billed?", report: ReportSOC1, areas: []string{"transaction_processing", "reconciliation"}},
		{q: "How do you make sure pension payments stop after a member dies?", report: ReportSOC1, areas: []string{"transaction_processing"}},
		{q: "How do you stop wages being paid after an employee is terminated?", report: ReportSOC1, areas: []string{"transaction_processing"}},
		{q: "Do you carry general liability insurance?", report: ReportNone},
		{q: "What does your insurance pay out per claim?", report: ReportNone},
		{q: "Are we overpaying for the licences we do not use?", report: ReportNone},
		{q: "Do benefits continue after I leave the company?", report: ReportNone},
		{q: "How soon is access removed after someone leaves?", report: ReportSOC2},
	})
}

// Figures the service gives for the client's books, tied out at a period end, are
// reconciliation and financial reporting.
func TestFiguresSentForOurBooks(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Quarter end: do you tie out the figures you report to us against your records?", report: ReportSOC1, areas: []string{"reconciliation"}},
		{q: "The accrual figure you send for our books: how is it worked out?", report: ReportSOC1, areas: []string{"financial_reporting", "transaction_processing"}},
		{q: "The liability balances you give us for our ledger: how are they checked?", report: ReportSOC1, areas: []string{"financial_reporting"}},
		{q: "The uptime report you send us each month: how is it checked?", report: ReportSOC2},
	})
}

// Time punches and HR records carried into pay, the rejects sent back, and EDI
// acknowledgements matched to claims sent are interfaces of a money process.
func TestTimeAndHRFeedsIntoPay(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Hours come over from the time clock into payroll. What if some punches never make it across?", report: ReportSOC1, areas: []string{"interfaces"}},
		{q: "Records the HRIS feed rejects: how are they sent back to us?", report: ReportSOC1, areas: []string{"interfaces"}},
		{q: "Errors in the census file from our HCM: how are they reported?", report: ReportSOC1, areas: []string{"interfaces"}},
		{q: "Are the acks from the clearinghouse matched back to every claim batch we send?", report: ReportSOC1, areas: []string{"interfaces"}},
		{q: "999 acknowledgements: are they tied to the 837 files we submit?", report: ReportSOC1, areas: []string{"interfaces"}},
		{q: "Are TCP acks monitored on the load balancer?", report: ReportSOC2},
		{q: "Do employees sign acknowledgements of the security policy?", report: ReportSOC2},
		{q: "Is the HRIS feed used to disable leavers' accounts?", report: ReportSOC2},
	})
}

// Index and benchmark rates (SOFR, prime) updated in a loan system and verified by a
// second person are standing data; a price list keyed in is too.
func TestIndexRatesAsStandingData(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Prime rate changes for our variable loans: does a second person verify the input?", report: ReportSOC1, areas: []string{"master_data"}},
		{q: "When SOFR is updated in the servicing system, is the input checked by another person?", report: ReportSOC1, areas: []string{"master_data"}},
		{q: "Benchmark rate changes for adjustable loans: is the update reviewed by someone else?", report: ReportSOC1, areas: []string{"master_data"}},
		{q: "Price list changes in the billing system: who can ask for one vs who keys it?", report: ReportSOC1, areas: []string{"master_data"}},
		{q: "Are servers hardened against CIS benchmarks?", report: ReportSOC2},
		{q: "How are price list updates communicated to us?", report: ReportNone},
		{q: "Please send your price list.", report: ReportNone},
	})
}

// A report on controls relevant to the asker's financial statements or reporting is the
// SOC 1 by its title, with a bridge letter asked beside it.
func TestSOC1ByItsTitle(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Report on controls relevant to our financial statements: latest copy + bridge letter if period has ended", report: ReportSOC1},
		{q: "Report on controls relevant to our financial reporting: current version plus gap letter", report: ReportSOC1},
		{q: "Send the report on controls relevant to our financial statements", report: ReportSOC1},
		{q: "Report on controls relevant to security: latest copy", report: ReportSOC2},
	})
}

// A new version of a money calculator and release notes before a change to a money
// platform are changes to a financial system: both reports. (The loss of the data
// centre behind one is read by recovery_time_plain.)
func TestMoneySystemChangesBoth(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Before a new version of the payroll calculator is released, is it tested against last period's results?", report: ReportBoth, areas: []string{"change_financial"}},
		{q: "Is a new version of the interest calculator checked against the old one before it goes live?", report: ReportBoth, areas: []string{"change_financial"}},
		{q: "Do clients get release notes before changes to the billing platform go live?", report: ReportBoth, areas: []string{"change_financial"}},
		{q: "Are release notes sent before updates to the claims system go live?", report: ReportBoth, areas: []string{"change_financial"}},
		{q: "If the data center hosting the billing platform is lost, how soon can invoices be processed again?", report: ReportBoth},
		{q: "Do you publish release notes for the mobile app?", report: ReportNone},
		{q: "What is your release schedule?", report: ReportNone},
	})
}
