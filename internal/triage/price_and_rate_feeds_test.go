package triage

import "testing"

// Feeds and files of prices, valuations, NAVs and exchange or interest rates carry
// the figures a service values or charges the clients' money with: checking that
// they arrive and load complete is the SOC 1 interfaces objective, like a ledger or
// bank feed (guide section 8), not SOC 2 processing integrity of some data. Feeds of
// clicks, heart rates or a product catalogue stay SOC 2, and a price list asked for
// stays a written fact. The questions are written for this test, apart from the
// evaluation sets.
func TestPriceAndRateFeeds(t *testing.T) {
	t.Parallel()
	iface := []string{"interfaces"}
	checkClass(t, []classCase{
		{q: "How do you confirm the nightly pricing feed loaded completely?", report: ReportSOC1, areas: iface},
		{q: "How do you make sure the valuation feed from the administrator arrives complete and accurate?", report: ReportSOC1, areas: iface},
		{q: "Are index rate files from the rate provider checked with record counts when they are imported?", report: ReportSOC1, areas: iface},
		{q: "Are FX rate feeds reconciled to the source each morning before conversion?", report: ReportSOC1},
		{q: "Are interest rate files from the treasury desk validated when received?", report: ReportSOC1, areas: iface},
		{q: "Are currency rate feeds checked for missing days before they are used?", report: ReportSOC1, areas: iface},
		{q: "Is the daily NAV feed to the fund platforms checked for completeness?", report: ReportSOC1, areas: iface},
		// Near misses: feeds that carry no money figures, and a price list as a fact.
		{q: "How do you confirm the clickstream feed loaded completely?", report: ReportSOC2, first: "PI1.3"},
		{q: "Are heart rate feeds from wearables processed completely and accurately?", report: ReportSOC2, first: "PI1.3"},
		{q: "How do you confirm the product catalogue feed loaded completely?", report: ReportSOC2, first: "PI1.3"},
		{q: "Can we get a price list for your plans?", report: ReportNone, arts: []string{"custom_answer"}},
	})
}
