package triage

import "testing"

// The availability a service actually delivered over a past period is measured and
// reported against its commitment (A1.1), even when the commitment is asked in the
// same line; the commitment alone, the credits and the contract's figures stay
// commercial facts written in.
func TestAvailabilityAchieved(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "What availability percentage did the platform actually achieve in each of the last four quarters, against the SLA target?", report: "soc2", arts: []string{}, crit: "A1.1"},
		{q: "Share your contracted service level and the uptime you delivered last year.", report: "soc2", arts: []string{}, crit: "A1.1"},
		{q: "SLA: committed availability % / achieved availability % for the previous 12 months", report: "soc2", arts: []string{}, crit: "A1.1"},
		{q: "Provide monthly availability figures for the past six months alongside the SLA you commit to.", report: "soc2", arts: []string{}, crit: "A1.1"},
		{q: "What is the guaranteed uptime in your standard contract, and how much downtime did customers experience during the prior year?", report: "soc2", arts: []string{}, crit: "A1.1"},
		{q: "Target availability for the reporting module, and the historical availability you have observed?", report: "soc2", arts: []string{}, crit: "A1.1"},
		// Near misses: the commitment and its terms alone stay written answers.
		{q: "Provide your contractual uptime SLA and the URL of your public status page.", report: "none", arts: []string{"custom_answer"}},
		{q: "What service credits apply when monthly availability drops below the committed level?", report: "none", arts: []string{"custom_answer"}},
		{q: "What uptime percentage is committed in your standard SLA?", report: "none", arts: []string{"custom_answer"}},
		{q: "Will you agree to a 99.99% availability commitment in our contract?", report: "none", arts: []string{"custom_answer"}},
		{q: "What notice period applies to terminating the contract in its last year?", report: "none", arts: []string{"custom_answer"}},
	})
}
