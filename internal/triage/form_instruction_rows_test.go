package triage

import "testing"

// A row of a form that tells who fills in a block of items, marks a block for the
// asker's own use or ends a sheet asks the respondent nothing: no report and no
// document, whatever the words of the section it sits in. Questions about data
// that a party fills in keep their control. The rows are written for this test,
// apart from the evaluation sets.
func TestFormInstructionRowsAskNothing(t *testing.T) {
	t.Parallel()
	nothing := []string{}
	checkClass(t, []classCase{
		{q: "HOST-01 through HOST-09; populated by the Supplier", report: "none", arts: nothing},
		{q: "through HOST-09; to be completed by the respondent", report: "none", arts: nothing},
		{q: "Items 4 thru 12 are filled in by the vendor.", report: "none", arts: nothing},
		{q: "This section is completed by the institution's reviewer.", report: "none", arts: nothing},
		{q: "Rows below to be answered by the bidder", report: "none", arts: nothing},
		{q: "For institution use only", report: "none", arts: nothing},
		{q: "Reviewer use only - leave blank", report: "none", arts: nothing},
		{q: "End of worksheet", section: "PCI DSS", report: "none", arts: nothing},
		{q: "End of section", section: "Encryption", report: "none", arts: nothing},
		// Near misses: data or fields filled in, and work at the end of a period.
		{q: "Are fields populated by the vendor validated before they are loaded?", report: "soc2"},
		{q: "Is customer data passed through the gateway encrypted?", report: "soc2", crit: "CC6.7"},
		{q: "Are access reviews completed by the end of each quarter?", report: "soc2", crit: "CC6.3"},
		{q: "Is the section of the network that holds production databases isolated by a firewall?", report: "soc2"},
	})
}
