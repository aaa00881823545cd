package triage

import "testing"

// Segregation or separation "between" two groups of people in a money process (the
// staff who set up payees and those who pay them, who records receipts and who
// banks them, who approves refunds and who issues them) is a split of duties: SOC 1
// alone, even when the process is outsourced or its payees are vendors. Segregation
// between funds, environments, or the people who write and approve code keeps its
// own verdict.
func TestDutiesSeparatedBetweenGroups(t *testing.T) {
	t.Parallel()
	none := []string{}
	sod := []string{"segregation_of_duties"}
	checkClass(t, []classCase{
		{q: "In the outsourced payables team, is there segregation between the clerks who add suppliers and the clerks who pay them?",
			report: "soc1", areas: sod, cats: none},
		{q: "Is separation kept between the people who log incoming cheques and the people who deposit them?",
			report: "soc1", areas: sod},
		{q: "Do you enforce separation between whoever approves customer refunds and whoever issues them?",
			report: "soc1", areas: sod},
		{q: "Is there segregation between the staff who set up new payees and the staff who release payments?",
			report: "soc1", areas: sod},
		// Near-misses: money kept apart, environments, code changes.
		{q: "Is there segregation between client funds and your operating accounts?", report: "soc1", areas: []string{"custody"}},
		{q: "Is there segregation between production and development environments?", report: "soc2", areas: none},
		{q: "Is there separation between the staff who deploy code and the staff who approve changes?", report: "soc2", areas: none},
	})
}
