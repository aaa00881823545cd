package triage

import "testing"

// Two steps of a money process named as nouns ("payment entry and payment
// approval", "cash receipting ... posting") and said to be segregated, separated or
// split are segregation of duties, as the same steps written as verbs are. A network,
// a tenant's data or records segregated are no duties.
func TestDutyNounsSegregated(t *testing.T) {
	t.Parallel()
	sod := []string{"segregation_of_duties"}
	checkAreaCases(t, []areaCase{
		{question: "Are payment entry and payment approval segregated in your AP team?",
			report: "soc1", first: "segregation_of_duties"},
		{question: "Is invoice keying separated from invoice approval in the payables process?",
			report: "soc1", first: "segregation_of_duties"},
		{question: "Is cash receipting segregated from posting to the ledger?",
			report: "soc1", with: sod},
		{question: "Are trade booking and settlement confirmation segregated at your back office?",
			report: "soc1", with: sod},
		{question: "Are refund initiation and refund approval segregated at the offshore centre?",
			report: "soc1", first: "segregation_of_duties"},
		{question: "Are claim adjudication and claim payment release separated by role?",
			report: "soc1", with: sod},
		{question: "Is the entry of manual payroll adjustments segregated from their approval?",
			report: "soc1", with: sod},
		{question: "Journal preparation vs. journal approval: are they segregated?",
			report: "soc1", with: sod},
		// Near misses: networks, tenants' data and records segregated.
		{question: "Is the production network segregated from the corporate network?",
			report: "soc2"},
		{question: "Is each customer's data segregated from other tenants in the database?",
			report: "soc2"},
	})
}
