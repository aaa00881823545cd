package triage

import "testing"

// A rate, fee, discount, commission or dividend that the board approved is the
// authority behind a money figure the process applies (SOC 1), not board oversight
// of internal control (CC1.2). The board approving or being told about security,
// risk or an audit plan stays governance.
func TestBoardApprovedMoneyFigure(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "When the board approves a new fee schedule, how is it loaded into the billing system and checked?", report: "soc1", areas: []string{"master_data"}},
		{q: "Do the commission percentages paid to agents match the grid the board of directors approved?", report: "soc1"},
		{q: "Are the late-payment surcharges added to member invoices the ones the board approved?", report: "soc1"},
		{q: "Is the interest rate the board approves each quarter applied to every savings balance?", report: "soc1", areas: []string{"master_data"}},
		{q: "Do your payout calculations use the dividend rate the board approved for the year?", report: "soc1"},
		// Near misses: the board over security, risk and assurance is CC1.2.
		{q: "Does the board approve the information security policy each year?", report: "soc2", crit: "CC1.2"},
		{q: "Is the board briefed on cyber risk at least quarterly?", report: "soc2", crit: "CC1.2"},
		{q: "Does the board approve the annual internal audit plan for the payroll service?", report: "soc2", crit: "CC1.2"},
		{q: "Are quarterly reports on the billing platform risk presented to the board for approval?", report: "soc2", crit: "CC1.2"},
		{q: "Does the board of directors oversee information security, including the billing platform?", report: "soc2", crit: "CC1.2"},
	})
}
