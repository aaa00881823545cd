package triage

import "testing"

// The store of a money system encrypted (its database or ledger encrypted at rest),
// the credentials or keys that let someone move its money, who changed its
// balances or entries, users removed from it, and the traffic to it encrypted in
// transit are access to it: both reports (access_financial). Personal data encrypted
// beside a money process, its backups encrypted, and keys rotated with nothing said of
// what they authorise are not.
func TestMoneyStoreProtectionIsAccess(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Is the tuition billing database encrypted at rest?", report: "both", areas: []string{"access_financial"}, crit: "CC6.1"},
		{q: "royalty ledger encrypted at rest (AES-256)?", report: "both", areas: []string{"access_financial"}, crit: "CC6.1"},
		{q: "Do you encrypt the pension administration database, and with which algorithm?", report: "both", areas: []string{"access_financial"}},
		{q: "Is transparent data encryption switched on for the escrow ledger?", report: "both", areas: []string{"access_financial"}},
		{q: "Where are the tokens that approve payouts from the driver payout engine kept, and who can read them?", report: "both", areas: []string{"access_financial"}},
		{q: "How are the certificates that sign outgoing wires from the treasury platform protected?", report: "both", areas: []string{"access_financial"}},
		{q: "Does the rebate platform record who adjusted rebate balances and when?", report: "both", areas: []string{"access_financial"}},
		{q: "Is there a history of who edited journal entries in the fund accounting system?", report: "both", areas: []string{"access_financial"}},
		{q: "termed employees disabled in the billing app same day?", report: "both", areas: []string{"access_financial"}},
		{q: "Are termed staff removed from the claims system within 24 hours?", report: "both", areas: []string{"access_financial"}},
		{q: "Is traffic to the loan servicing database encrypted in transit with TLS?", report: "both", areas: []string{"access_financial"}, crit: "CC6.7"},
		// Near-misses: the same words with no money store, over backups,
		// over personal data, or keys rotated without a word of what they authorise.
		{q: "Is the CRM database encrypted at rest?", report: "soc2", areas: []string{}},
		{q: "Are backups of the payroll database encrypted and copied offsite?", report: "both", areas: []string{"operations_financial"}},
		{q: "For the pension administration platform, is member personal data encrypted at rest?", report: "soc2", areas: []string{}},
		{q: "Are the API keys of the invoicing portal rotated every quarter?", report: "soc2", areas: []string{}},
		{q: "Is the key management ledger reviewed each quarter?", report: "soc2", areas: []string{}},
		{q: "What is commonly termed a sandbox in your development process?", report: "soc2", areas: []string{}},
	})
}

// Dual control or split knowledge of cryptographic keys is key management, not a
// second person approving a financial transaction; a wire released under dual control
// still is.
func TestKeyDualControlIsNoDutySplit(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Card issuing platform: are the PIN keys held in an HSM under dual control and split knowledge?", report: "soc2", areas: []string{}},
		{q: "Is dual control enforced over the master keys of the payments HSM?", report: "soc2", areas: []string{}},
		{q: "Is the lending database encrypted at rest, with its keys under dual control?", report: "both", areas: []string{"access_financial"}},
		// Near-misses: dual control over the money itself.
		{q: "Are refunds above the limit in the billing system approved under dual control?", report: "soc1", areas: []string{"segregation_of_duties", "transaction_processing"}},
		{q: "Do supplier bank detail changes need dual authorisation?", report: "soc1"},
	})
}

// A batch of a money process named by its business word (a proration, dividend or
// patronage batch) is a money system: its failures, reruns and who may change its
// schedule are operations and access over it.
func TestMoneyProcessBatchIsAMoneySystem(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "The overnight rebate batch: how are failures alerted and who is allowed to change its schedule?", report: "both", areas: []string{"operations_financial", "access_financial"}},
		{q: "Is the patronage batch restarted automatically after a failure?", report: "both", areas: []string{"operations_financial"}},
		{q: "Is the member equity system backed up every night?", report: "both", areas: []string{"operations_financial"}},
		// Near-misses: a batch of something that is no money.
		{q: "How are failures in the nightly image resize batch alerted?", report: "soc2", areas: []string{}},
		{q: "Do you publish a diversity and pay equity report?", report: "none"},
	})
}

// Software changes to a money system are change_financial even when the line opens
// on the standing data the system holds ("rate tables change every April"): code,
// program, software and emergency changes are the system's own changes, not master data.
func TestCodeChangesBesideStandingData(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Tax tables are updated every January. How are code changes to the withholding platform tested before release?", report: "both", areas: []string{"change_financial"}, crit: "CC8.1"},
		{q: "Price lists are revised each spring; are emergency changes to the toll collection system reviewed after the fact?", report: "both", areas: []string{"change_financial"}},
		{q: "Our fee schedule is set by the board. Are software changes to the tuition billing system approved before deployment?", report: "both", areas: []string{"change_financial"}},
		// Near-misses: the standing data itself changed.
		{q: "How are fee schedule changes in the billing system approved?", report: "soc1", areas: []string{"master_data"}},
		{q: "Who approves changes to the tax tables in the payroll system?", report: "soc1", areas: []string{"master_data"}},
	})
}
