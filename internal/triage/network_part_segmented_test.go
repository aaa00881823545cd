package triage

import (
	"slices"
	"testing"
)

// A part of the network named by what it holds or who uses it ("the section of the
// network that holds the databases", "cardholder systems on their own segment", "the
// payments environment isolated from the corporate LAN") and kept apart from the rest
// is network segmentation, with the segmentation rule's CC6.1 and CC6.6: SOC 2, or
// both with access_financial when the part is a money system (who can reach it is
// access to that system). Isolated incidents, a market segment, a network
// that is only monitored and a tenant's money kept apart keep their own verdicts.
// Written for this test.
func TestPartOfNetworkSegmented(t *testing.T) {
	t.Parallel()
	sec := []string{CatSecurity}
	hits := []classCase{
		{q: "Is the section of the network that holds production databases segmented?", report: "soc2", cats: sec, crit: "CC6.6"},
		{q: "Are cardholder systems on their own network segment?", report: "soc2", cats: sec, crit: "CC6.6"},
		{q: "Is the payments environment isolated from the corporate LAN?", report: "both", cats: sec, crit: "CC6.6", areas: []string{"access_financial"}},
		{q: "Are database servers placed in a separate network zone from the web tier?", report: "soc2", cats: sec, crit: "CC6.6"},
		{q: "Is the portion of the network used by the lab walled off from the office network?", report: "soc2", cats: sec, crit: "CC6.6"},
		{q: "Do the build servers sit on a dedicated subnet, apart from staff laptops?", report: "soc2", cats: sec, crit: "CC6.6"},
		{q: "Is the billing platform isolated from the corporate network?", report: "both", cats: sec, crit: "CC6.6", areas: []string{"access_financial"}},
		{q: "Is the part of the network where customer data is stored separated from the office network?", report: "soc2", cats: sec, crit: "CC6.6"},
		{q: "Is the area of the network hosting the HR application separated from guest traffic?", report: "soc2", cats: sec, crit: "CC6.6"},
	}
	checkClass(t, hits)
	e := mustEngine(t)
	for _, c := range hits {
		if v := e.Classify(Question{Text: c.q}); !slices.Contains(v.Criteria, "CC6.1") || !slices.Contains(v.Criteria, "CC6.6") {
			t.Errorf("%q: criteria %v, want CC6.1 and CC6.6", c.q, v.Criteria)
		}
	}
	// Near misses: no segmentation read.
	for _, q := range []string{
		"Are isolated incidents on the network reported to the customer?",
		"Which market segment does your company mainly serve?",
		"Is the network monitored around the clock by your own team?",
		"What market segments do you serve, and where is customer data stored?",
		"Which section of the network diagram shows the backup links?",
	} {
		v := e.Classify(Question{Text: q})
		for _, ev := range v.Evidence {
			if ev.Rule == "segmentation" {
				t.Errorf("%q: segmentation fired on %v", q, ev.Matched)
			}
		}
	}
}
