package triage

import "testing"

// A risk assessment that considers fraud, security awareness training, and the
// assessment of vendors' or subcontractors' security are governance of the service
// (SOC 2) even when their example is a money item: funds diverted by staff, a fake
// request to change bank details, firms that do payment work. A control over the
// money item itself, or access to a money system, keeps its reading, and so do staff
// trained in a money procedure and a change in law applied to a calculation.
func TestGovernanceOverMoneyStaysSOC2(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Does the yearly risk assessment consider staff misappropriating client money held in trust?",
			report: "soc2"},
		{question: "Does your fraud risk assessment cover an employee diverting escrow funds?",
			report: "soc2"},
		{question: "Does the annual risk assessment consider embezzlement of member funds held in trust?",
			report: "soc2"},
		{question: "Does annual security awareness training teach staff to spot emails that ask to change a supplier's bank details?",
			report: "soc2"},
		{question: "Is phishing training given to the payroll team on requests to change an employee's direct deposit details?",
			report: "soc2"},
		{question: "Does security awareness training cover fake requests to change a customer's payout bank account?",
			report: "soc2"},
		{question: "Do you subcontract premium audits to outside firms? If so, how do you evaluate their security before and during the engagement?",
			report: "soc2"},
		// Near misses: controls over the money item, access to a money system.
		{question: "How do you prevent fraudulent disbursements from client trust accounts?",
			report: "soc1"},
		{question: "Who can change a supplier's bank details, and is each change confirmed by phone?",
			report: "soc1", first: "master_data"},
		{question: "Is security awareness training required before staff get access to the payroll system?",
			report: "both"},
		{question: "Are premiums collected by the outsourced lockbox reconciled to the bank each day?",
			report: "both", first: "reconciliation"},
		// Training in the money procedure, a change in the law applied to the
		// calculation: the money process itself.
		{question: "Are payroll clerks trained on the payroll calculation procedures, and is their work checked for accuracy?",
			report: "soc1"},
		{question: "When a tax law changes, how do you make sure withholding is calculated correctly from the effective date?",
			report: "soc1"},
	})
}
