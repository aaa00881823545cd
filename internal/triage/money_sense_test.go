package triage

import (
	"slices"
	"testing"
)

// An IT control word beside a money process is read by its object. Voided and
// reissued cheques, customers' accounts set up in a ledger, reconciliations or
// overrides logged, payees' or members' changes validated, remittances monitored,
// and a later question asking whether that check is independent: the object is the
// money item or the process's own review, and the SOC 1 answers alone, saying why
// (money_sense). The same words with a system, its code, its database, its jobs or
// its users' access as their object keep both reports. The questions are written
// for this test.
func TestITWordsReadByTheirObject(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	cases := []struct {
		q, report string
	}{
		// The object is the money item or the process's own review: SOC 1.
		{"When a payment check is cancelled and reissued, how is the original prevented from clearing?", "soc1"},
		{"When new tenant accounts are set up for rent billing, who checks the deposit and rent amounts?", "soc1"},
		{"How are new customer accounts set up in the receivables ledger and who signs off on the credit limits?", "soc1"},
		{"How are new vendor accounts set up in accounts payable and who approves the remit-to details?", "soc1"},
		{"How do you reconcile the payroll taxes you remit against the amounts withheld, and is each reconciliation logged?", "soc1"},
		{"Are duplicate vendor invoices blocked before payment, and is each override logged?", "soc1"},
		{"How are address and bank changes sent by plan members validated before benefit payments are recalculated?", "soc1"},
		{"How are loan payoff amounts calculated, and are changes to the payoff figures approved?", "soc1"},
		{"How do you confirm premium remittances reach the carrier on time, and who monitors the deposit dates?", "soc1"},
		{"When a claims payment is stopped and reissued, who approves the reissue?", "soc1"},
		{"Are royalty amounts recalculated before they are paid to authors? Is that an independent review?", "soc1"},
		{"Are refunds checked before they are paid? Is that review performed by someone independent?", "soc1"},
		// Near misses: the IT control bears on the system that computes or holds the
		// money, or the later question asks about the system.
		{"Who can change the payroll calculation code and is it tested?", "both"},
		{"How is access to the billing system reviewed?", "both"},
		{"Is the ledger database backed up?", "both"},
		{"Are failed posting batches alerted to your on-call?", "both"},
		{"Are emergency fixes to the premium rating logic approved after the fact?", "both"},
		{"How are refunds approved, and are admin actions in the refund application logged?", "both"},
		{"How are new users of the claims payment application provisioned and approved?", "both"},
		{"What logging exists for changes to supplier bank accounts in the AP system?", "both"},
		{"How are vendor invoices approved before payment? Is access to the AP system reviewed?", "both"},
	}
	for _, c := range cases {
		t.Run(c.q, func(t *testing.T) {
			v := e.Classify(Question{Text: c.q})
			if v.Report != c.report {
				t.Fatalf("report %s, want %s (evidence %+v)", v.Report, c.report, v.Evidence)
			}
			said := slices.ContainsFunc(v.Evidence, func(ev Evidence) bool { return ev.Rule == "money_sense" })
			if said != (c.report == ReportSOC1) {
				t.Errorf("money_sense evidence %v, want %v (evidence %+v)", said, c.report == ReportSOC1, v.Evidence)
			}
		})
	}
}
