package triage

import "testing"

// A role that could do two money steps ("which of your roles could both create a
// vendor and approve its invoices?") asks segregation of duties, the SOC 1 area:
// the role is the holder of two duties, not logical access to a system, when no
// system is named. With a system named beside the roles ("billing platform roles",
// "roles in the invoicing platform") the duties are enforced by its access rights
// and both reports answer, as do roles reviewed or given access. The questions are
// written for this test, apart from the evaluation sets.
func TestRolesHoldingTwoDuties(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Which of your roles could both create a vendor and approve that vendor's invoices?", report: ReportSOC1, cats: []string{}},
		{q: "Which payroll roles can both add employees and approve pay?", report: ReportSOC1, areas: []string{"segregation_of_duties"}},
		{q: "Is there a single role that can both adjust an invoice and apply cash to it?", report: ReportSOC1},
		{q: "Could one role both approve a refund and pay it out from the billing account?", report: ReportSOC1},
		{q: "Is there a role at your bureau that can both key and approve payroll changes?", report: ReportSOC1, areas: []string{"segregation_of_duties"}},
		{q: "Does any invoicing role both issue credit notes and apply the refunds?", report: ReportSOC1},
		// Near misses: a system named beside the roles, and roles reviewed or given access.
		{q: "Which billing platform roles could both create and approve credits?", report: ReportBoth},
		{q: "Which roles in the invoicing platform could both raise and approve a credit note?", report: ReportBoth},
		{q: "In your loan servicing system, do role profiles stop the same user from both booking a loan and disbursing the funds?", report: ReportBoth},
		{q: "Which roles have access to the payroll application?", report: ReportBoth, areas: []string{"access_financial"}},
		{q: "How are roles in the claims system reviewed?", report: ReportBoth, areas: []string{"access_financial"}},
		{q: "Are billing system roles reviewed, and can anyone both raise and approve a credit note?", report: ReportBoth},
	})
}
