package triage

import "testing"

// Criteria of privacy, risk, vendor oversight and change asked in unseen wording:
// personal info handed to third parties (P6.1, subprocessors set apart), a register
// of breaches whatever was notified (P6.3), a new law's effect on controls (CC3.4), a
// provider's own SOC reports reviewed (CC9.2), code scanning run in the build
// pipeline (CC8.1), subprocessors bound to the same commitments and then to report
// breaches (P6.4 before P6.5), and individuals asking to see what is held on them
// (P5.1). Near misses keep their own first criterion. The questions are written for
// this test, apart from the evaluation sets.
func TestPrivacyAndOversightWording(t *testing.T) {
	t.Parallel()
	checkRanks(t, []rankCase{
		{question: "Besides your sub-processors, is customer personal info ever handed to other third parties?", first: "P6.1"},
		{question: "Do you give personal info about our members to third parties without asking them?", first: "P6.1"},
		{question: "Is there an inventory of every breach of personal data, including those you decided not to report to the regulator?", first: "P6.3"},
		{question: "When new legislation comes in, how do you assess its impact on your controls?", first: "CC3.4"},
		{question: "If a new regulation affects your service, is its effect on your risks and controls evaluated?", first: "CC3.4"},
		{question: "The platform runs on Azure. How do you review Microsoft's SOC 2 report each year?", first: "CC9.2"},
		{question: "Do you obtain your colocation provider's SOC reports and check the exceptions?", first: "CC9.2"},
		{question: "Does the CI pipeline run SAST on every build, and can a failed scan stop the release?", first: "CC8.1"},
		{question: "Are suppliers that process personal data held to the same protection standard as you, and must they tell you of a breach?", first: "P6.4", top: []string{"P6.5"}},
		{question: "If a client asks to see what you keep on them, how is that handled?", first: "P5.1"},
		// Near misses.
		{question: "Are subprocessors required to notify you of any personal data breach within 24 hours?", first: "P6.5"},
		{question: "How do you notify affected individuals of a breach of their personal data?", first: "P6.6"},
		{question: "Are vulnerability scans of production run every month?", first: "CC7.1"},
		{question: "Are changes approved before they are deployed to production?", first: "CC8.1"},
		{question: "Can individuals ask you to correct mistakes in their personal data?", first: "P5.2"},
	})
}
