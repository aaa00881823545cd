package triage

import "testing"

// A people control asked of the staff of a money team (security or privacy training
// completed, an attestation or a code of conduct acknowledged) is the SOC 2 control
// environment: the payroll office or the claims examiners only say who is trained.
// "Completed" after the training, and the code of conduct or of ethics, are not a
// money process completed or program code changed. A pay run or a billing run
// completed, and the billing program's code, stay SOC 1 or both. The questions are
// written for this test, apart from the evaluation sets.
func TestPeopleControlsOfMoneyTeams(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Is security awareness training completed every year by staff at your payroll office?", report: ReportSOC2, first: "CC2.2", areas: []string{}},
		{q: "Are security awareness modules completed by new claims examiners before they start?", report: ReportSOC2, areas: []string{}},
		{q: "Is phishing training completed quarterly by the accounts payable clerks?", report: ReportSOC2, areas: []string{}},
		{q: "Is annual privacy training completed by all claims processors?", report: ReportSOC2, areas: []string{}},
		{q: "Is the acceptable use attestation completed by every payroll clerk each year?", report: ReportSOC2, first: "CC1.1", areas: []string{}},
		{q: "Is the code of conduct acknowledgement completed by all payroll staff every year?", report: ReportSOC2, first: "CC1.1", areas: []string{}},
		{q: "Do billing staff sign the code of ethics when they join?", report: ReportSOC2, first: "CC1.1", areas: []string{}},
		// Near misses: the money process completed, and program code changed.
		{q: "Is payroll completed before the cut-off?", report: ReportSOC1},
		{q: "Is each payroll run completed and approved before funds are released?", report: ReportSOC1},
		{q: "Are training reimbursements paid completely and on time?", report: ReportSOC1},
		{q: "Is every billing run completed and checked before invoices go out?", report: ReportSOC1},
		{q: "Is the payroll code reviewed before release?", report: ReportBoth, areas: []string{"change_financial"}},
	})
}
