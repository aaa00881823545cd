package triage

import "testing"

// A question asking how the vendor checks or handles something is answered from a
// catalogue score of 2 only when a phrase of the criterion scored it: a lone word
// ("complaints", "collections", "go-live") is as often the asker's own trade word, and
// the honest answer to such a line is that no rule matched. The questions are
// written for this test, apart from the evaluation sets.
func TestControlAskedLoneWordUnanswered(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "How do you handle complaints from end users?", report: ReportNone},
		{q: "How do you ensure fair treatment of customers in collections?", report: ReportNone},
		{q: "How do you check that customer records are complete before go-live?", report: ReportNone},
		// A phrase of the criterion still answers.
		{q: "How do you verify that no messages are missed between our order system and yours?", report: ReportSOC2, first: "PI1.2"},
		{q: "How would you treat a demand of access from a person concerned by the data you keep?", report: ReportSOC2, first: "P5.1"},
	})
}
