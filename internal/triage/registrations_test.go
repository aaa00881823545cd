package triage

import "testing"

// Trade and customs programmes (C-TPAT, AEO, TAPA, Partners in Protection), validations
// a regulator expects of a computer system (21 CFR Part 11, EU GMP Annex 11, GAMP,
// GxP), registrations with a tax authority (a payroll or reporting agent) and
// membership of a professional body are facts the company answers in writing, not a
// process a SOC 1 or SOC 2 report tests, whatever money process the system runs. How
// a control is practised, with such a scheme named beside it, stays the control. The
// questions are written for this test, apart from the evaluation sets.
func TestRegistrationsAndRegulatedValidations(t *testing.T) {
	t.Parallel()
	fact := []string{"custom_answer"}
	none := []string{}
	checkClass(t, []classCase{
		{q: "Does the freight forwarder hold AEO-S status? Quote the EORI and the AEO certificate number.", report: "none", arts: fact},
		{q: "Is your cross-border trucking arm a C-TPAT partner, and what is its SVI number?", report: "none", arts: fact},
		{q: "Is the bonded warehouse TAPA FSR Level A certified?", report: "none", arts: fact},
		{q: "Is the LIMS validated to GAMP 5 and compliant with EU GMP Annex 11? Provide the validation report.", report: "none", arts: fact},
		{q: "Has the dosing-fee billing module been validated for 21 CFR Part 11? Send the validation summary.", report: "none", arts: fact, areas: none},
		{q: "Is the calibration laboratory accredited to ISO/IEC 17025?", report: "none", arts: fact},
		{q: "Are you registered with the IRS as a reporting agent for our payroll tax filings?", report: "none", arts: fact, areas: none},
		{q: "Is the actuarial practice a member of a chartered professional body? Give the membership number.", report: "none", arts: fact},
		{q: "Is the contract payroll firm registered with the state revenue department as a withholding agent?", report: "none", arts: fact, areas: none},
		// Near-misses: the control is practised; a member of a team is no membership.
		{q: "Are audit trails of the GxP system reviewed each month?", report: "soc2", crit: "CC7.2"},
		{q: "How are changes to the validated batch record system tested before release?", report: "soc2", crit: "CC8.1"},
		{q: "Are members of the on-call team notified of incidents by pager?", report: "soc2", crit: "CC7.4"},
		// The bank account reconciled is the subject; the pay period says when
		// (TestReconciledClauseNamesWhatIsReconciled).
		{q: "How is the payroll agent's bank account reconciled each pay period?", report: "soc1", areas: []string{"reconciliation"}},
	})
}
