package triage

import "testing"

// "SOC" written for a security operations centre, by its hours, its staff, or how it is
// run, is event monitoring (CC7.2), a SOC 2 practice; "SOC" with a number, a type or
// the word report is the report, and a SOC code is an occupation code. The questions
// are written for this test, apart from the evaluation sets.
func TestSecurityOperationsCentre(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Is there a round-the-clock SOC watching production?", report: "soc2", crit: "CC7.2"},
		{q: "Does an outsourced SOC cover nights and weekends?", report: "soc2", crit: "CC7.2"},
		{q: "How many SOC analysts are on each shift?", report: "soc2", crit: "CC7.2"},
		{q: "Our SOC runs 24/7 - does yours?", report: "soc2", crit: "CC7.2"},
		{q: "Is your SOC only staffed in business hours?", report: "soc2", crit: "CC7.2"},
		{q: "Do you use a SOC-as-a-service provider or run the SOC yourselves?", report: "soc2", crit: "CC7.2"},
	})
	checkRequests(t, []requestCase{
		// Near-misses: the report, or another SOC.
		{"Do you run a SOC 1 audit every year?", "soc1", "type2", nil, nil, nil},
		{"Our security team wants your SOC 2 Type II report.", "soc2", "type2", nil, nil, nil},
		{"Please send the SOC 3 report.", "soc2", "type2", nil, []string{"soc3"}, nil},
		{"Which SOC code do you give the project manager role?", "none", "", nil, nil, nil},
	})
}
