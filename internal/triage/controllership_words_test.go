package triage

import "testing"

// A controller's words for a money process (write-offs approved within limits, call
// records rated, accounts left unbilled, distributions to owners, a balance rolled
// forward, breaks left to age) are SOC 1 even with no other financial word beside
// them; the same words in their everyday or engineering sense stay out of SOC 1.
func TestControllershipProcessWords(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Bad-debt write-offs on member accounts: which staff may approve one, and up to what limit?",
			report: "soc1", areas: []string{"transaction_processing"}},
		{q: "Roaming CDRs: how are they rated, and what happens to the ones that fail rating?",
			report: "soc1", areas: []string{"transaction_processing"}},
		{q: "How would you notice a subscriber left unbilled at the end of a cycle?",
			report: "soc1", areas: []string{"transaction_processing"}},
		{q: "Who checks the monthly landlord distributions before they are paid out?",
			report: "soc1", areas: []string{"transaction_processing"}},
		{q: "Is the plan's cash balance rolled forward each month from the opening balance, and who reviews the roll-forward?",
			report: "soc1", areas: []string{"reconciliation"}},
		{q: "Open breaks older than ten days: escalated to whom?",
			report: "soc1", areas: []string{"reconciliation"}},
		// Near-misses: the words in another sense.
		{q: "Do your support staff get rest breaks during long shifts?", report: "none"},
		{q: "Is the software distribution server hardened and patched?", report: "soc2"},
	})
}

// Money systems named by what they do for a finance team (the positive pay portal,
// the card management system, the payables automation tool, the unclaimed property
// module): an IT control over one of them is both reports.
func TestControllershipMoneySystems(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Does the positive pay portal require a second factor at sign-in?",
			report: "both", areas: []string{"access_financial"}, crit: "CC6.1"},
		{q: "When an analyst leaves, how fast is their login to the card program platform disabled?",
			report: "both", areas: []string{"access_financial"}},
		{q: "Who holds administrator rights in the AP automation tool, and is that list reviewed?",
			report: "both", areas: []string{"access_financial"}},
		{q: "Are roles in the escheatment module reviewed at least twice a year?",
			report: "both", areas: []string{"access_financial"}},
		// Near-misses: a tool or a card with no money in it.
		{q: "Who has administrator rights in the ticketing tool?", report: "soc2"},
		{q: "Who can enrol new badges in the key card management system for the office doors?", report: "soc2"},
	})
}

// A document asked for a named money service (the PCI AOC, an ISO certificate, a
// pen-test letter for the payments or payroll platform) is the document alone: the
// service says what the document covers, not a control asked of it. A control asked
// of the same service keeps its report.
func TestDocumentForNamedMoneyService(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Share the PCI DSS attestation of compliance for your card issuing platform.",
			report: "none", arts: []string{"pci_aoc"}},
		{q: "Is the merchant acquiring processor PCI compliant?",
			report: "none", arts: []string{"pci_aoc"}},
		{q: "Please send the PCI AOC for the payment processing environment.",
			report: "none", arts: []string{"pci_aoc"}},
		// Near-misses: a control of the service asked beside or instead of the document.
		{q: "How are card payments processed through the payment platform reconciled to the bank each day?",
			report: "soc1"},
		{q: "Is access to the card processing platform reviewed every quarter?",
			report: "both", areas: []string{"access_financial"}},
	})
}

// Reconciliation words over data that is not money (row counts of a warehouse load,
// an event stream, a queue of clinical messages, API rate limits) are processing
// integrity or security, never a SOC 1 area; over ledgers, suspense accounts and
// payment files they stay SOC 1.
func TestControllershipWordsOverData(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "After each warehouse load, are row counts tied out to the source tables?",
			report: "soc2", crit: "PI1.3"},
		{q: "How are breaks between the telemetry stream and the event counts in the lake reconciled?",
			report: "soc2"},
		{q: "Which HL7 messages end up in the suspense queue, and who reprocesses them?",
			report: "soc2"},
		{q: "Rate tables for the API rate limiter: are they tuned to throttle abusive clients?", report: "soc2", crit: "CC6.6"},
		// Near-misses: the same words over money.
		{q: "Who clears the items in the premium suspense account each week?",
			report: "soc1", areas: []string{"reconciliation"}},
		{q: "Is the GL file's record count tied out to the cash receipts total before posting?",
			report: "soc1"},
		{q: "Who approves changes to the rate tables used to bill our shipments?",
			report: "soc1", areas: []string{"master_data"}},
	})
}
