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
		{q: "HOST-01 thru HOST-09; to be completed by the respondent", report: "none", arts: nothing},
		{q: "Items 4 thru 12 are filled in by the vendor.", report: "none", arts: nothing},
		{q: "Questions 14 to 22 are answered by the supplier.", report: "none", arts: nothing},
		{q: "Rows 3–9: completed by the bidder", report: "none", arts: nothing},
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

// A question about work that passes through a system and is completed there names
// no range of items and no party that fills them in: it is asked, not a note.
func TestWorkCompletedThroughASystemIsNoNote(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	for _, q := range []string{
		"Are transactions processed through the payment gateway completed within SLA and reconciled?",
		"Are payments run through the gateway completed and matched to the bank statement?",
		"Is each claim run through adjudication completed within 30 days and checked for accuracy?",
		"Is the billing data that flows through your platform completed and reconciled daily?",
		"Are records that pass through the interface reconciled after processing is completed?",
		"Are refunds pushed thru the processor filled in and approved by a supervisor?",
		"Is each payroll batch taken through steps 1 to 4 completed and approved before it is released?",
		"Is the SOC 1 Type 2 completed by the vendor each year?",
	} {
		t.Run(q, func(t *testing.T) {
			v := e.Classify(Question{Text: q})
			for _, ev := range v.Evidence {
				if ev.Rule == "framework_note" && !ev.Negated {
					t.Errorf("read as a form note (evidence %+v)", v.Evidence)
				}
			}
			if v.Report == "none" {
				t.Errorf("report none, want a report (evidence %+v)", v.Evidence)
			}
		})
	}
}
