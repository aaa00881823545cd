package triage

import "testing"

// An inventory or register the vendor keeps of the assets that support its service,
// and a list it updates at least quarterly or annually, is a control asked as a
// practice (asset inventory: CC6.1, CC2.1), not a fact about what the product
// supports: "support" there is what the assets do for the service. What the product
// itself supports or exports stays a product fact. The questions are written for this
// test, apart from the evaluation sets.
func TestPracticeIsNotAProductFeature(t *testing.T) {
	t.Parallel()
	fact := []string{"custom_answer"}
	none := []string{}
	checkClass(t, []classCase{
		{q: "Does the carrier keep a register of the servers and network devices that support the dispatch service?", report: "soc2", crit: "CC6.1", arts: none},
		{q: "Does the vendor track an inventory of laptops and mobile devices that support the service, refreshed monthly?", report: "soc2", crit: "CC6.1", arts: none},
		{q: "AM-2 Is an inventory of the cloud accounts and databases that support the customer portal maintained and updated at least annually?", report: "soc2", crit: "CC6.1", arts: none},
		{q: "Does the hosting firm maintain an inventory of the applications supporting the booking site, reviewed quarterly?", report: "soc2", crit: "CC6.1", arts: none},
		// Near-misses: what the product does.
		{q: "Does the app support inventory management for our warehouses?", report: "none", arts: fact},
		{q: "Does the mobile app support offline use?", report: "none", arts: fact},
		{q: "Can the platform export the asset inventory to CSV?", report: "none", arts: fact},
	})
}
