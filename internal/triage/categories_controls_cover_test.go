package triage

import "testing"

// Two or more Trust Services Categories named as what the controls cover ("Do your
// controls cover both availability and security?") ask about the SOC 2's categories,
// each named one included, as the same words about an audit do. One category alone
// beside controls, or names that qualify another noun ("security and privacy
// training"), stays as it was. The questions are written for this test.
func TestControlsCoverCategories(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Do your controls cover both availability and security?", report: "soc2", cats: []string{"security", "availability"}},
		{q: "Do your controls cover security, availability and confidentiality?", report: "soc2", cats: []string{"security", "availability", "confidentiality"}},
		{q: "Does your control set include confidentiality and privacy?", report: "soc2", cats: []string{"security", "confidentiality", "privacy"}},
		{q: "Do the controls address availability & security?", report: "soc2", cats: []string{"security", "availability"}},
		{q: "Does your audit cover security and availability?", report: "soc2", cats: []string{"security", "availability"}},
		{q: "Are your controls covering processing integrity and security?", report: "soc2", cats: []string{"security", "processing_integrity"}},
		// Near misses: names that qualify a noun, and no controls or report at all.
		{q: "Do your controls cover security and privacy training for staff?", report: "soc2", cats: []string{"security"}},
		{q: "Does your policy cover security and privacy?", report: "none"},
		{q: "Do your controls cover availability?", report: "soc2", cats: []string{"security"}},
	})
}
