package triage

import "testing"

// An engine named by the money it computes (a rating engine, a NAV calculation
// engine) is a financial system: fixes and changes to it are changes to a financial
// system (both reports), not change management alone nor the calculation itself.
func TestMoneyEnginesAreFinancialSystems(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Who signs off hotfixes to the usage rating engine, and are they reviewed afterwards?",
			report: "both", first: "change_financial"},
		{question: "Are emergency changes to the NAV engine approved within two days of going live?",
			report: "both", first: "change_financial"},
		// Near misses: a site's navigation and a credit score are no money engine.
		{question: "Is the site nav menu tested on mobile before each release?",
			report: "soc2"},
		{question: "How is a change to the vendor risk rating method approved?",
			report: "soc2"},
	})
}
