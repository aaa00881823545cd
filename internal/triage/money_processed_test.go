package triage

import "testing"

// A money object with a processing verb ("the credit is issued", "discounts are
// credited", "dues are billed") beside an accuracy or completeness ask (the right tier,
// only once, nothing left unposted, checked before it is issued) is transaction
// processing, whatever business word names the money. Near-misses: the same asking
// words over logs, backups, people or a contract's terms, and "confirm" as a request.
func TestMoneyProcessedByStructure(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "When a distributor claims a price-protection credit, what confirms the claimed amount before the credit is issued?", report: "soc1", area: "transaction_processing"},
		{question: "How do you know no parking citation payment is left unposted?", report: "soc1", area: "transaction_processing"},
		{question: "What ensures volume discounts are credited to a distributor at the right tier?", report: "soc1", area: "transaction_processing"},
		{question: "How is it confirmed that each member's cashback reward is credited once and only once?", report: "soc1", area: "transaction_processing"},
		{question: "Before refunds go out for cancelled enrolments, who confirms the refunded amount is right?", report: "soc1", area: "transaction_processing"},
		{question: "Members pay dues by class: how do you make sure dues are billed at the right rate for each class?", report: "soc1", area: "transaction_processing"},
		{question: "What checks that a licensee's minimum guarantee is credited to the right period?", report: "soc1", area: "transaction_processing"},
		{question: "Are loyalty points converted and credited to the right tier once a stay is completed?", report: "soc1", area: "transaction_processing"},
		{question: "Is the late fee assessed only once per overdue installment?", report: "soc1", area: "transaction_processing"},
		{question: "How do you make sure per-diem interest is charged correctly up to the payoff date?", report: "soc1", area: "transaction_processing"},
		{question: "Are dealer incentive payouts calculated at the right tier of units sold?", report: "soc1", area: "transaction_processing"},
		// Near-misses: no money processed, the commitment itself, or "confirm" as a request.
		{question: "Are service credits issued when you miss the uptime SLA, and how are they calculated?", report: "none", artifact: "custom_answer"},
		{question: "How do you make sure every log event reaches the SIEM and none is dropped?", report: "soc2", crit: "PI1.3"},
		{question: "Please confirm whether your payment pages are in scope for PCI and send the AOC.", report: "none", artifact: "pci_aoc"},
		{question: "Is the right person notified when an alert is raised?", report: "soc2", crit: "CC7.2"},
		{question: "Do you charge a fee for extra support hours?", report: "none", artifact: "custom_answer"},
		{question: "How do you make sure every backup job completes and none are skipped?", report: "soc2", crit: "A1.2"},
		{question: "Is access to the payment gateway limited to the right people?", report: "both", area: "access_financial", not: "transaction_processing"},
	})
}
