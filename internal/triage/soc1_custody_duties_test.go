package triage

import "testing"

// A person who receives, handles or collects client money and is kept from also
// posting, depositing or approving it is a split of duties: the money names the
// first duty, not assets held for clients. Custody stays when the question asks how
// client money or assets are held or safeguarded. Written for this test.
func TestDutiesOverClientMoneyAreNoCustody(t *testing.T) {
	t.Parallel()
	sod := "segregation_of_duties"
	exactAreas(t, map[string][]string{
		"Is the person who handles client funds kept from also posting them to the ledger?":                    {sod},
		"Can the clerk who receives customer money at the front desk also record it in the ledger?":            {sod},
		"Is the bookkeeper who opens the donation envelopes kept from also depositing them?":                   {sod},
		"Can the teller who takes in member deposits also approve their withdrawal?":                           {sod},
		"Is the staff member who collects tenant rent cheques prevented from also posting the receipts?":       {sod},
		"Is the employee who handles customer funds at the counter barred from also crediting their accounts?": {sod},
	})
	// Near misses: the money held for clients is the subject.
	checkAreaCases(t, []areaCase{
		{question: "Are client funds kept in a separate trust account, apart from the firm's own money?",
			report: "soc1", first: "custody"},
		{question: "How are investor assets safeguarded, and can the person who records trades also release securities from custody?",
			report: "soc1", with: []string{"custody", sod}},
	})
}
