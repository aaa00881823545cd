package triage

import "testing"

// Call detail records and usage events carried through mediation to rating are the
// money records of usage billing: their completeness (none lost, no gaps, rated
// exactly once, duplicates suppressed) is transaction processing, SOC 1. Usage
// events sent to analytics, detection tools that record events, call records kept
// by a support line and ratings of vulnerabilities stay outside money.
func TestUsageRecordsRatedForBilling(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Describe how every usage event from the network elements is carried through mediation to rating without loss.",
			report: "soc1", first: "transaction_processing"},
		{question: "How do you make sure each CDR collected from our switches is rated exactly once?",
			report: "soc1", first: "transaction_processing"},
		{question: "Are call detail records that fail mediation recycled until they are rated, and how are duplicates suppressed?",
			report: "soc1", first: "transaction_processing"},
		{question: "How do you know a CDR file from the switch was fully mediated for billing, with no gaps in the sequence numbers?",
			report: "soc1", with: []string{"transaction_processing"}},
		{question: "After a tariff correction, usage records are sent back through rating: how do you confirm none were dropped?",
			report: "soc1", first: "transaction_processing"},
		// Near misses: the same words outside money.
		{question: "Do you retain call detail records from your support line, and for how long?",
			report: "soc2"},
		{question: "How do you rate the severity of vulnerabilities found in scans?",
			report: "soc2"},
		{question: "Does your EDR or XDR tool record every endpoint event without loss?",
			report: "soc2"},
		{question: "Are the usage events our mobile app sends to your analytics warehouse loaded completely?",
			report: "soc2"},
	})
}
