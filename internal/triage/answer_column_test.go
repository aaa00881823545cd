package triage

import "testing"

// A form prints its answer column between a question and the condition that
// follows it ("Yes/No — if yes, …", "Y/N. If not, …"): the follow-up is still about
// the question before it, so a compensating control asked after a split of pay
// duties adds no SOC 2 control. A real second question after the column keeps its own
// verdict.
func TestFollowUpAfterAnswerColumn(t *testing.T) {
	t.Parallel()
	sod := []string{"segregation_of_duties"}
	checkClass(t, []classCase{
		{q: "May a single payroll clerk add a new starter and sign off their first pay run? Yes/No — if yes, what compensating control is in place?",
			report: "soc1", areas: sod},
		{q: "Could one buyer raise a purchase order and approve the supplier invoice? Y/N. If so, describe the mitigating review.",
			report: "soc1", areas: sod},
		{q: "Is the person who posts customer refunds also able to approve them? (Yes/No/N/A) If not, who does?",
			report: "soc1", areas: sod},
		// Near misses: a new question after the column is asked in its own right.
		{q: "Is the person who posts customer refunds also able to approve them? Y/N. Are your laptops encrypted?",
			report: "both", crit: "CC6.1"},
	})
	for _, tc := range []struct {
		part string
		want bool
	}{
		{"Yes/No — if yes, what is the compensating control?", true},
		{"(Y/N) If not, explain.", true},
		{"Yes/No. Otherwise describe.", true},
		{"Y/N. Is there a compensating control?", false},
		{"No, if the period has ended we need a bridge letter.", false},
		{"A/B testing: if yes, how?", false},
	} {
		if got := followUp(tc.part); got != tc.want {
			t.Errorf("followUp(%q) = %v, want %v", tc.part, got, tc.want)
		}
	}
}
