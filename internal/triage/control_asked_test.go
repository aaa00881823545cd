package triage

import "testing"

// A question that asks how the vendor checks, verifies, ensures, knows or honours
// something asks for a control, as a control statement states one: when no rule
// decides it, one typical term of a criterion is enough for the catalogue to name it,
// as for a statement. "How many", "how long" and questions that ask nothing of the
// kind stay unanswered (none). The questions are written for this test, apart from
// the evaluation sets.
func TestControlAskedAnsweredByVocabulary(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "How do you make sure the weekly analytics reports reach only the right customer and are complete?", report: ReportSOC2, first: "PI1.4"},
		{q: "How do you check that the totals shown on our fundraising dashboard are correct?", report: ReportSOC2, first: "PI1.4"},
		{q: "Ticket scans appear on the museum dashboard as visits. How can we be sure those figures are right?", report: ReportSOC2, first: "PI1.4"},
		{q: "Readings from our water meters flow to your portal; how do you know none are dropped on the way?", report: ReportSOC2, first: "PI1.2"},
		{q: "How do you verify that no messages are missed between our order system and yours?", report: ReportSOC2, first: "PI1.2"},
		{q: "Members who ask for no phone calls: how does your team honour that preference in every system?", report: ReportSOC2, first: "P2.1"},
		{q: "How would you treat a demand of access from a person concerned by the data you keep?", report: ReportSOC2, first: "P5.1"},
		{q: "How do you guarantee that the exam results are delivered to the correct destinatary only?", report: ReportSOC2, first: "PI1.4"},
		// Near misses: figures, product facts and service questions with no criterion's words.
		{q: "How many people work in your support team?", report: ReportNone},
		{q: "How long have you been serving customers in the hospitality sector?", report: ReportNone},
		{q: "How do you price the premium support tier?", report: ReportNone},
		{q: "Which browsers does the customer portal support?", report: ReportNone},
		{q: "How do you handle requests for a custom integration?", report: ReportNone},
		{q: "What is the right number to call for account questions?", report: ReportNone},
	})
}
