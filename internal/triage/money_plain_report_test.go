package triage

import "testing"

// Report decisions on money questions written in plain words: each table below
// holds questions of one class and near misses that must keep their reading.

// A money amount worked out, figured out or added to an account is calculated and
// posted: SOC 1 transaction processing. Working out a route or a head count, exercise
// and the vendor's own fee stay as they were.
func TestMoneyWorkedOutInPlainWords(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct{ question, report string }{
		{"How is the interest worked out on every mortgage each month?", ReportSOC1},
		{"When the index rate resets, how is the new interest on each loan worked out?", ReportSOC1},
		{"How are the service charges for each tenant worked out at year end?", ReportSOC1},
		{"How do you figure out the sales tax on each invoice line?", ReportSOC1},
		{"Who works out the bonus amounts before payroll runs?", ReportSOC1},
		{"How are the commissions for each agent figured out?", ReportSOC1},
		{"How are overdraft fees added to customer accounts?", ReportSOC1},
		{"How do you work out the best route for deliveries?", ReportNone},
		{"How do you work out how many servers we need?", ReportNone},
		{"Can staff work out in the office gym?", ReportNone},
		{"How is the fee worked out for your enterprise plan?", ReportNone},
		{"How are new users added to our account?", ReportNone},
	}
	for _, tt := range tests {
		if v := e.Classify(Question{Text: tt.question}); v.Report != tt.report {
			t.Errorf("%q: report %s, want %s", tt.question, v.Report, tt.report)
		}
	}
}

// Money held for people (HSA and FSA balances, escrow funds, collateral, cheques never
// cashed) is custody, and a second person or signer over a release or a manual credit
// is dual control; the same words over code, firewalls or encrypted data are not.
func TestMoneyHeldAndReleasedByTwo(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct{ question, report string }{
		{"Who holds the money sitting in our staff's FSA accounts?", ReportSOC1},
		{"Contributions to employee HSA accounts: where is the money kept?", ReportSOC1},
		{"How is the collateral pledged against our loans kept safe?", ReportSOC1},
		{"Collateral files for the mortgages you service: where are they held?", ReportSOC1},
		{"Funds in escrow: does releasing them need two signers?", ReportSOC1},
		{"Does a payout from the trust account need two signatures?", ReportSOC1},
		{"Refund cheques customers never cash: who follows them up?", ReportSOC1},
		{"How do you handle uncashed dividend checks?", ReportSOC1},
		{"Can a rep credit bonus points to a member's balance without another manager okaying it?", ReportSOC1},
		{"Does a second person have to OK manual credits to customer accounts?", ReportSOC1},
		{"Do you take collateral for the loans you make to us?", ReportNone},
		{"Is the HSA account data encrypted?", ReportSOC2},
		{"Do firewall rule changes need two signatures?", ReportSOC2},
	}
	for _, tt := range tests {
		if v := e.Classify(Question{Text: tt.question}); v.Report != tt.report {
			t.Errorf("%q: report %s, want %s", tt.question, v.Report, tt.report)
		}
	}
}

// Duties named by their holders ("preparer vs poster", "who requests vs who keys"), a
// finance duties matrix, and a claim set up and paid by the same examiner keep duties
// apart in a money process.
func TestDutiesNamedByTheirHolders(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct{ question, report string }{
		{"JE preparer vs approver \u2013 separated?", ReportSOC1},
		{"Are invoice keyers kept apart from payment releasers: keyer vs releaser?", ReportSOC1},
		{"Who can request a credit note vs who posts it?", ReportSOC1},
		{"Segregation of duties matrix for finance roles: who reviews it?", ReportSOC1},
		{"How do you make sure a claim cannot be set up and paid by the same examiner?", ReportSOC1},
		{"Can a refund be created and approved by the same clerk?", ReportSOC1},
		{"Is there a segregation of duties between developers and production?", ReportSOC2},
		{"Who can request access vs who approves it?", ReportSOC2},
	}
	for _, tt := range tests {
		if v := e.Classify(Question{Text: tt.question}); v.Report != tt.report {
			t.Errorf("%q: report %s, want %s", tt.question, v.Report, tt.report)
		}
	}
}

// A payer's or insurer's payments, short or over, are claims money, not insurance
// cover; pay that goes on after someone leaves, dies or is terminated is the
// transaction itself.
func TestPayersPaymentsAndPaymentsAfterLeaving(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct{ question, report string }{
		{"If a payer underpays one of our claims, how is it spotted?", ReportSOC1},
		{"What if an insurer overpays a claim?", ReportSOC1},
		{"How are insurance payments applied to patient balances?", ReportSOC1},
		{"Who works the 835 remittances that do not match what we billed?", ReportSOC1},
		{"How do you make sure pension payments stop after a member dies?", ReportSOC1},
		{"How do you stop wages being paid after an employee is terminated?", ReportSOC1},
		{"Do you carry general liability insurance?", ReportNone},
		{"What does your insurance pay out per claim?", ReportNone},
		{"Are we overpaying for the licences we do not use?", ReportNone},
		{"Do benefits continue after I leave the company?", ReportNone},
		{"How soon is access removed after someone leaves?", ReportSOC2},
	}
	for _, tt := range tests {
		if v := e.Classify(Question{Text: tt.question}); v.Report != tt.report {
			t.Errorf("%q: report %s, want %s", tt.question, v.Report, tt.report)
		}
	}
}

// Figures the service gives for the client's books, tied out at a period end, are
// reconciliation and financial reporting.
func TestFiguresSentForOurBooks(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct{ question, report string }{
		{"Quarter end: do you tie out the figures you report to us against your records?", ReportSOC1},
		{"The accrual figure you send for our books: how is it worked out?", ReportSOC1},
		{"The liability balances you give us for our ledger: how are they checked?", ReportSOC1},
		{"The uptime report you send us each month: how is it checked?", ReportSOC2},
	}
	for _, tt := range tests {
		if v := e.Classify(Question{Text: tt.question}); v.Report != tt.report {
			t.Errorf("%q: report %s, want %s", tt.question, v.Report, tt.report)
		}
	}
}

// Time punches and HR records carried into pay, the rejects sent back, and EDI
// acknowledgements matched to claims sent are interfaces of a money process.
func TestTimeAndHRFeedsIntoPay(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct{ question, report string }{
		{"Hours come over from the time clock into payroll. What if some punches never make it across?", ReportSOC1},
		{"Records the HRIS feed rejects: how are they sent back to us?", ReportSOC1},
		{"Errors in the census file from our HCM: how are they reported?", ReportSOC1},
		{"Are the acks from the clearinghouse matched back to every claim batch we send?", ReportSOC1},
		{"999 acknowledgements: are they tied to the 837 files we submit?", ReportSOC1},
		{"Are TCP acks monitored on the load balancer?", ReportSOC2},
		{"Do employees sign acknowledgements of the security policy?", ReportSOC2},
		{"Is the HRIS feed used to disable leavers' accounts?", ReportSOC2},
	}
	for _, tt := range tests {
		if v := e.Classify(Question{Text: tt.question}); v.Report != tt.report {
			t.Errorf("%q: report %s, want %s", tt.question, v.Report, tt.report)
		}
	}
}

// Index and benchmark rates (SOFR, prime) updated in a loan system and verified by a
// second person are standing data; a price list keyed in is too.
func TestIndexRatesAsStandingData(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct{ question, report string }{
		{"Prime rate changes for our variable loans: does a second person verify the input?", ReportSOC1},
		{"When SOFR is updated in the servicing system, is the input checked by another person?", ReportSOC1},
		{"Benchmark rate changes for adjustable loans: is the update reviewed by someone else?", ReportSOC1},
		{"Price list changes in the billing system: who can ask for one vs who keys it?", ReportSOC1},
		{"Are servers hardened against CIS benchmarks?", ReportSOC2},
		{"How are price list updates communicated to us?", ReportNone},
		{"Please send your price list.", ReportNone},
	}
	for _, tt := range tests {
		if v := e.Classify(Question{Text: tt.question}); v.Report != tt.report {
			t.Errorf("%q: report %s, want %s", tt.question, v.Report, tt.report)
		}
	}
}

// A report on controls relevant to the asker's financial statements or reporting is the
// SOC 1 by its title, with a bridge letter asked beside it.
func TestSOC1ByItsTitle(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct{ question, report string }{
		{"Report on controls relevant to our financial statements: latest copy + bridge letter if period has ended", ReportSOC1},
		{"Report on controls relevant to our financial reporting: current version plus gap letter", ReportSOC1},
		{"Send the report on controls relevant to our financial statements", ReportSOC1},
		{"Report on controls relevant to security: latest copy", ReportSOC2},
	}
	for _, tt := range tests {
		if v := e.Classify(Question{Text: tt.question}); v.Report != tt.report {
			t.Errorf("%q: report %s, want %s", tt.question, v.Report, tt.report)
		}
	}
}

// A new version of a money calculator and release notes before a change to a money
// platform are changes to a financial system: both reports. (The loss of the data
// centre behind one is read by recovery_time_plain.)
func TestMoneySystemChangesBoth(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct{ question, report string }{
		{"Before a new version of the payroll calculator is released, is it tested against last period's results?", ReportBoth},
		{"Is a new version of the interest calculator checked against the old one before it goes live?", ReportBoth},
		{"Do clients get release notes before changes to the billing platform go live?", ReportBoth},
		{"Are release notes sent before updates to the claims system go live?", ReportBoth},
		{"If the data center hosting the billing platform is lost, how soon can invoices be processed again?", ReportBoth},
		{"Do you publish release notes for the mobile app?", ReportNone},
		{"What is your release schedule?", ReportNone},
	}
	for _, tt := range tests {
		if v := e.Classify(Question{Text: tt.question}); v.Report != tt.report {
			t.Errorf("%q: report %s, want %s", tt.question, v.Report, tt.report)
		}
	}
}
