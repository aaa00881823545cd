package triage

import "testing"

// A money process asked about with governance words around it (a fraud risk, a
// policy, a committee, a supplier's oversight) is the SOC 1 alone: those words say
// why the process is asked or who asked, not a SOC 2 subject. An IT general control
// over the money system (access, change, operations, recovery) still makes it both,
// and a data-protection question asked beside the process (privacy, confidentiality)
// is a SOC 2 ask of its own. The questions are written for this test.
func TestGovernanceWordsBesideMoneyProcess(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Given the fraud risk in vendor payments, how are new payee bank details verified before the first payment?", report: "soc1"},
		{q: "Because of the fraud risk around redirected salaries, how are changes to employees' bank details confirmed?", report: "soc1"},
		{q: "Our treasury policy requires two approvers for wires over $25k. Does your payment process enforce dual approval on the wires you send for us?", report: "soc1"},
		{q: "To manage fraud risk, how do you confirm each change to a supplier's remit-to account before it is used?", report: "soc1"},
		// Near misses: IT general controls over the money system stay both; a privacy
		// ask of its own beside the process stays both.
		{q: "Is access to the payroll application reviewed every quarter, and who approves new users?", report: "both"},
		{q: "Are changes to the billing system tested and approved before release?", report: "both"},
		{q: "How are donations coded to the correct restricted fund, and are donors' personal details used only for the purposes in your privacy notice?", report: "both"},
		{q: "Do you have a fraud risk assessment?", report: "soc2"},
	})
}
