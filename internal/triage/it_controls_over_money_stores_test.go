package triage

import "testing"

// An IT general control over a system or data store that computes or holds clients'
// money is both reports. Two ways it was missed: new users of a named money system
// approved or signed off (no SOC 2 rule read the approval of a new user, so the
// system alone gave SOC 1), and a table or database named only by the money data it
// holds (bank details, pay or premium rates, balances, invoices), which no SOC 1
// rule read as a money system. A control over a system whose name holds the words
// of its process ("the claims payment application") has the control's area, not
// the process's. New users of other systems stay SOC 2; a money record
// approved or written to a payment file stays SOC 1. The questions are written for
// this test.
func TestITControlsOverMoneyStores(t *testing.T) {
	t.Parallel()
	access := []string{"access_financial"}
	none := []string{}
	checkClass(t, []classCase{
		// New users of a named money system approved: both.
		{q: "Who signs off new users of the dues billing app?", report: "both"},
		{q: "Are new users of the royalty engine approved by their line manager?", report: "both", areas: access, crit: "CC6.2"},
		{q: "Who approves new users in the loan servicing platform?", report: "both", areas: access, crit: "CC6.2"},
		// The system's name holds the words of its process: the control's area.
		{q: "How are new users of the claims payment application approved?", report: "both", areas: access, crit: "CC6.2"},
		{q: "Is the claims payment application built under a written SDLC?", report: "both", areas: []string{"change_financial"}},
		// A store named by the money data it holds: both.
		{q: "Is the supplier bank details database encrypted at rest?", report: "both", areas: access},
		{q: "Can you confirm that reads of the payee bank details table are logged?", report: "both"},
		{q: "Are admin logins to the payment datastore logged?", report: "both", areas: access},
		{q: "Who has read access to the vendor bank details table?", report: "both", areas: access},
		// Near misses: new users of a system that holds no money, no data store
		// named, a money record approved or written to a payment file.
		{q: "Who approves new users of the intranet?", report: "soc2", areas: none},
		{q: "Are new starters' user accounts on the service desk tool approved by a manager?", report: "soc2", areas: none},
		{q: "Are customer phone numbers encrypted at rest?", report: "soc2", areas: none},
		{q: "Are new payee records approved before the first payment?", report: "soc1"},
		{q: "Is every refund approval written to the refund file?", report: "soc1"},
		{q: "Are changes to the fee table reviewed before they take effect?", report: "soc1"},
	})
}
