package triage

import "testing"

// Private keys, key shards and signing keys are cryptographic key management
// (CC6.1). The private keys that control clients' digital assets are also the
// safeguard of the assets held for them: both reports, custody beside CC6.1. TLS or
// API signing keys hold no client assets and stay SOC 2.
func TestPrivateKeysAreKeyManagement(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "How are the private keys for client crypto wallets protected?",
			report: "both", areas: []string{"custody"}, crit: "CC6.1"},
		{q: "Where are the key shards for customer digital asset wallets stored, and who can combine them?",
			report: "both", crit: "CC6.1"},
		// Near misses: keys that hold no client assets.
		{q: "Where are TLS private keys stored?", report: "soc2", areas: []string{}, crit: "CC6.1"},
		{q: "Are signing keys for the payments API rotated?", report: "soc2", areas: []string{}, crit: "CC6.1"},
	})
}
