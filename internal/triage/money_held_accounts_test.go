package triage

import "testing"

// Money a provider holds for others sits in accounts and wallets named by what they
// are: an impound or FBO account, an omnibus wallet, a trust ledger, goods on
// consignment, money collected and held until it is paid on. A reconciliation of such
// an account keeps custody beside it. The same words with another object (backups in
// cold storage, a remittance file kept on a server) name no money held.
func TestMoneyHeldInNamedAccounts(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "How is the property-tax impound balance for each borrower agreed to what is owed to the county, and who clears the differences?",
			report: "soc1", with: []string{"custody", "reconciliation"}},
		{question: "Each morning, do you tie the program's FBO account at the sponsor bank to the total of cardholder balances on your ledger?",
			report: "soc1", with: []string{"custody", "reconciliation"}},
		{question: "Are customer wallet balances matched to the omnibus wallets on chain every day?",
			report: "soc1", with: []string{"custody", "reconciliation"}},
		{question: "Is a monthly three-way check done between the bank, the trust ledger and each matter's balance?",
			report: "soc1", with: []string{"custody"}},
		{question: "Parts you keep for us as consigned stock: how are they counted and agreed to our books?",
			report: "soc1", with: []string{"custody", "reconciliation"}},
		{question: "Retiree contributions you take in each month: where are they held before they are remitted to the insurer?",
			report: "soc1", with: []string{"custody"}},
		{question: "Union dues deducted from pay are kept where until you remit them to the local?",
			report: "soc1", with: []string{"custody"}},
		{question: "Can one operator initiate and approve a withdrawal from cold storage?",
			report: "soc1", with: []string{"custody", "segregation_of_duties"}},
		// The keys that move clients' coins guard the coins themselves.
		{question: "Are the signing keys for customer wallets kept in an HSM?",
			report: "both", with: []string{"custody"}},
		// Near misses: storage tiers, files and keys are no money held.
		{question: "Are backups moved to cold storage after thirty days and kept for a year?",
			report: "soc2"},
		{question: "Is the mobile wallet feature of your app included in the yearly penetration test?",
			report: "soc2"},
		{question: "Do you use Glacier or another cold storage tier for old audit logs?",
			report: "soc2"},
	})
}
