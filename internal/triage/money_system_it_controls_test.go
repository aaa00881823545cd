package triage

import "testing"

// IT general controls (backup, job monitoring, admin access, physical access, password
// rules) over a system that moves money, named by what it does ("the system that
// prints refund cheques", "the NACHA origination batch", "the card settlement server",
// "the collections module"), are both reports. Near-misses: the same controls over a
// system that does something else, and "checks" or "collections" in another sense.
func TestITControlsOverMoneySystemNamedByWhatItDoes(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Is the application that prints refund cheques to policyholders replicated to a second site?", report: "both", area: "operations_financial"},
		{question: "How often is the server that issues vendor checks backed up, and are restores tested?", report: "both", area: "operations_financial"},
		{question: "Who is paged if the NACHA debit batch for member dues fails overnight?", report: "both", area: "operations_financial"},
		{question: "If the ACH origination job for tenant rent stops halfway, how is it detected?", report: "both", area: "operations_financial"},
		{question: "Which staff hold admin rights on the card settlement server, and is MFA enforced?", report: "both", area: "access_financial"},
		{question: "Who may sign in to the patient collections platform with administrator privileges?", report: "both", area: "access_financial"},
		{question: "Are password length and lockout enforced on the patient billing module?", report: "both", area: "access_financial"},
		{question: "Who can physically get into the room that holds the loan servicing system's servers?", report: "both", area: "access_financial"},
		// Near-misses: no money system, or the words in another sense.
		{question: "Is the system that runs health checks on our containers backed up?", report: "soc2"},
		{question: "Can staff physically get into the server room without a badge?", report: "soc2"},
		{question: "Are admin rights on the log collection platform reviewed quarterly?", report: "soc2"},
		{question: "Do you accept purchase orders (POs) for the annual subscription?", report: "none"},
	})
}
