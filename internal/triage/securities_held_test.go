package triage

import "testing"

// Securities held in paper (stock, share and bearer bond certificates) and the vault
// they sit in are assets held for clients: custody, SOC 1. A trust ledger, trust
// receipts or the three-way trust reconciliation are trust accounting: custody beside
// the reconciliation. A vault of secrets or certificates for TLS is key management,
// the three-way match of invoices is payables, and "zero trust" names no trust money.
func TestSecuritiesHeldAndTrustAccounting(t *testing.T) {
	t.Parallel()
	none := []string{}
	custody := []string{"custody"}
	checkClass(t, []classCase{
		{q: "Are client share certificates kept in your vault, and who holds the combination?", report: "soc1", areas: custody},
		{q: "Are bearer bonds held for investors kept in a vault under dual control?", report: "soc1", areas: custody},
		{q: "Is the trust ledger for each client reconciled to the bank statement monthly?",
			report: "soc1", areas: []string{"custody", "reconciliation"}},
		{q: "Monthly three way reconciliation of the client trust account: who prepares it?",
			report: "soc1", areas: []string{"custody", "reconciliation"}},
		// Near misses: key vaults, the three-way match, zero trust.
		{q: "Are TLS certificates stored in a vault?", report: "soc2", areas: none},
		{q: "Do you use a PAM vault for admin credentials?", report: "soc2", areas: none},
		{q: "Is the three-way match performed before invoices are paid?", report: "soc1", areas: []string{"transaction_processing"}},
		{q: "Do you follow a zero trust model for remote access?", report: "soc2", areas: none},
	})
}
