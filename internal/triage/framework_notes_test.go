package triage

import "testing"

// A framework's scoping notes and guidance lines ("Scoping note: …", "… No response
// is required") ask the respondent nothing: no report and no artifact, even when
// they name controls. A question that mentions scope, or a response time, is still
// asked.
func TestFrameworkNotesAskNothing(t *testing.T) {
	t.Parallel()
	nothing := []string{}
	checkClass(t, []classCase{
		{q: "Scoping note: laboratory instruments that never connect to the hospital network are outside this section.", report: "none", arts: nothing},
		{q: "Note for respondents: items in this block are informational only; the encryption requirements are restated in section 7.", report: "none", arts: nothing},
		{q: "Guidance for suppliers: backups held by a subcontractor count as your own. No response needed for this row.", report: "none", arts: nothing},
		{q: "Reference only - the access control standard of the bank applies to all remote sessions.", report: "none", arts: nothing},
		{q: "Stores in the franchise network follow head office's physical security rules; a response is not required from individual outlets.", report: "none", arts: nothing},
		// Near-misses: a question that mentions a response or the scope.
		{q: "Is a response required within 24 hours of a reported incident?", report: "soc2", crit: "CC7.4"},
		{q: "Describe how you decide which systems are in scope; no response is required for legacy systems.", report: "soc2"},
		{q: "Do you scope your penetration test to cover all internet-facing systems?", report: "soc2", crit: "CC4.1"},
	})
}
