package triage

import "testing"

// A log, inventory or register kept of breaches of personal data is the privacy
// record of unauthorised disclosures (P6.3), whether the log is named before the
// breaches or after them. Logs reviewed to detect breaches stay monitoring (CC7.2),
// security incidents tracked stay incident response, a log of authorised
// disclosures stays P6.2 and notice to the people affected stays P6.6. The questions
// are written for this test, apart from the evaluation sets.
func TestBreachRegisterWordings(t *testing.T) {
	t.Parallel()
	checkFirstAndAbsent(t, []firstCase{
		{"Do you keep a log of all breaches of personal information, with the response to each?", "P6.3", nil},
		{"Is there a log of reported breaches involving PII and what was done about them?", "P6.3", nil},
		{"Is an inventory of breaches affecting personal data maintained?", "P6.3", nil},
		{"Are suspected or confirmed breaches of customer personal data entered in a log?", "P6.3", nil},
		{"Is a running log kept of every breach of patient PHI, including the steps taken?", "P6.3", nil},
		// Near misses: logs that detect, incidents tracked, other privacy records.
		{"Are logs reviewed to detect breaches of personal data?", "CC7.2", nil},
		{"Are security incidents logged and tracked to resolution?", "", []string{"P6.3"}},
		{"How are individuals notified of a breach of their personal data?", "P6.6", nil},
		{"Do you maintain a log of disclosures of personal information to third parties?", "P6.2", nil},
	})
}
