package triage

import "testing"

// Money a service holds for its clients is often asked about through its balances and
// accounts rather than its safekeeping: the escrow, trust or impound balances kept for
// borrowers, tenants or beneficiaries, the statements of a trust, payments out of
// escrow. These are custody, beside whatever process is asked about. An escrow balance
// read as one figure of a payoff quote or a boarded loan, software escrow, and trust
// in the security sense are not. Written for this test.
func TestMoneyHeldReadByItsBalances(t *testing.T) {
	t.Parallel()
	cu := "custody"
	checkAreaCases(t, []areaCase{
		{question: "Who looks after the tenant trust balances between rent collection and the payout to owners?", report: ReportSOC1, with: []string{cu}},
		{question: "Which checks make sure the quarterly trust statements sent to the trust's beneficiaries are accurate?", report: ReportSOC1, with: []string{cu}},
		{question: "Are the impound accounts you keep for homeowners' taxes and insurance analysed every year for shortages?", report: ReportSOC1, with: []string{cu}},
		{question: "Describe how borrower escrow balances are checked against the servicing ledger each month.", report: ReportSOC1, with: []string{cu}},
		{question: "Who may move money out of the player fiduciary accounts, and are those moves approved by a second person?", report: ReportSOC1, with: []string{cu}},
		{question: "What makes sure escrow disbursements for hazard insurance leave on time for every mortgage?", report: ReportSOC1, with: []string{cu}},
		{question: "Our members' trust monies sit with you: how are they kept apart from your own operating cash?", report: ReportSOC1, with: []string{cu}},
		{question: "How do you make sure interest is credited correctly to the client trust balances you keep?", report: ReportSOC1, with: []string{cu}},
		{question: "How are impound balances for property tax reviewed when the tax bill arrives?", report: ReportSOC1, with: []string{cu}},
		// Near misses: an escrow balance as one figure of a quote or of boarded data, code
		// placed in escrow, and trust in the security sense.
		{question: "How are payoff amounts computed so that accrued interest, late fees and the escrow balance are right on the good-through date?", report: ReportSOC1, without: []string{cu}},
		{question: "Will the source code of the billing platform be placed in escrow with an independent agent?", report: ReportNone},
		{question: "Is your network built on a zero trust model with device posture checks?", report: ReportSOC2},
		{question: "How are borrower payments split between principal, interest and escrow when they are posted?", report: ReportSOC1, without: []string{cu}},
	})
}
