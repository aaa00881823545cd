package triage

import "testing"

// A clause of a data privacy or processing agreement set out for the provider to
// initial is signed with that agreement: the DPA, not the practice the clause
// names. The same duty asked as a question, or a reviewer who initials a control's
// record, keeps its reading.
func TestDataAgreementClauseToInitial(t *testing.T) {
	t.Parallel()
	dpa := []string{"dpa"}
	checkClass(t, []classCase{
		{q: "Section 5. Vendor will not re-identify de-identified patient information. Vendor initials ______ Date ______", report: "none", arts: dpa},
		{q: "Clause 9 - Subcontractors receiving member data are bound by terms no less protective than this addendum. Initial here: ___", report: "none", arts: dpa},
		{q: "2.3 Consumer data collected through the loyalty app is not sold or used for targeted advertising. Licensee initials: ____", report: "none", arts: dpa},
		{q: "Pupil records remain the property of the school at all times. Supplier initials ____", report: "none", arts: dpa},
		// Near-misses: the duty asked as a question, a control record initialled.
		{q: "Will student data be used for targeted advertising, or sold or rented to any third party? (Y/N)", report: "soc2", crit: "P6.1"},
		{q: "Provider shall not use student data to target advertising, nor sell student data. Please confirm, and explain what controls enforce this.", report: "soc2"},
		{q: "Does the reviewer initial each reconciliation of customer data loads?", report: "soc2", crit: "PI1.3"},
		{q: "An initial assessment of the controls over patient information, designed as of today, is all we need this year.", report: "soc2", arts: []string{}},
	})
}
