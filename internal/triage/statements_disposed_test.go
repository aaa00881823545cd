package triage

import "testing"

// Financial statements, balance sheets or annual reports that the client hands over
// and asks to have deleted, destroyed, purged or kept only so long are confidential
// data at its disposal (C1.2), not a request for the respondent's own accounts. A
// request for the respondent's statements, rating or going-concern standing keeps the
// written answer.
func TestStatementsDisposedAreConfidentialData(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "At contract end, will you delete the financial statements we uploaded and confirm deletion in writing?",
			report: "soc2"},
		{question: "When our engagement ends, are the balance sheets we shared with you destroyed, including copies in backups?",
			report: "soc2"},
		{question: "How long do you retain the audited financial statements our borrowers submit through the portal?",
			report: "soc2"},
		{question: "Are the annual reports we send you purged from your systems once the review is finished?",
			report: "soc2"},
		{question: "After termination, how are our income statements erased from your storage?",
			report: "soc2"},
		// Near misses: the respondent's own accounts asked for.
		{question: "Please provide your audited financial statements for the last two fiscal years.",
			report: "none"},
		{question: "Is there any going concern doubt in your most recent annual report?",
			report: "none"},
		{question: "Share your balance sheet and income statement for the latest year.",
			report: "none"},
		{question: "What is your credit rating, and can you send your annual accounts?",
			report: "none"},
	})
}
