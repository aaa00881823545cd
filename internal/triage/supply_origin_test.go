package triage

import "testing"

// Where supplied equipment comes from (its country of origin, a maker a national
// authority lists as high-risk or untrusted, covered telecommunications equipment) is
// a fact written in. How the respondent assesses or reviews its own high-risk
// suppliers stays vendor oversight, and the origin of a web request is no supply.
func TestSupplyOriginFacts(t *testing.T) {
	t.Parallel()
	fact := []string{"custom_answer"}
	checkClass(t, []classCase{
		{q: "Does the CCTV system you propose contain Hikvision or Dahua cameras?", report: "none", arts: fact},
		{q: "Confirm no covered telecommunications equipment (Section 889 of the FY2019 NDAA) is part of the offer.", report: "none", arts: fact},
		{q: "In which country are the infusion pump control boards manufactured?", report: "none", arts: fact},
		{q: "Country of origin of the point-of-sale terminals:", report: "none", arts: fact},
		{q: "Does any supplied router come from a supplier the government has listed as untrusted?", report: "none", arts: fact},
		// Near-misses: the respondent's own vendor oversight.
		{q: "How do you assess high-risk vendors before onboarding?", report: "soc2", crit: "CC9.2"},
		{q: "Are high-risk suppliers reviewed annually?", report: "soc2", crit: "CC9.2"},
		{q: "Do you track the origin of third-party code libraries included in your software?", report: "soc2", crit: "CC7.1"},
	})
}
