package triage

import "testing"

// Original documents of value held for the client (promissory notes, collateral files,
// title deeds, stock certificates) are in custody, and logging them in and out of the
// vault is the custody register, not a security log: SOC 1 custody alone. Logs of
// visitors, sessions or portal downloads, and keys in custody, stay SOC 2. Written for
// this test.
func TestDocumentsHeldInCustody(t *testing.T) {
	t.Parallel()
	cu := "custody"
	checkAreaCases(t, []areaCase{
		{question: "Describe how original loan documents held for us are stored, logged in and out, and inventoried.", report: "soc1", first: cu},
		{question: "Are collateral files kept in your vault logged out and back in when staff borrow them?", report: "soc1", first: cu},
		{question: "Stock certificates held in safekeeping: are they logged in and out of the vault?", report: "soc1", first: cu},
		{question: "Trust deeds you hold for our members - how is each one logged in and out?", report: "soc1", first: cu},
		{question: "How are the mortgage notes you safekeep for us counted and logged when they are released to a buyer?", report: "soc1", first: cu},
		// Near misses: logs of people, sessions and downloads; keys in custody.
		{question: "Are visitors to the vault room logged in and out?", report: "soc2"},
		{question: "Are user sessions logged out after 15 minutes of inactivity?", report: "soc2"},
		{question: "Are downloads of loan documents from the customer portal logged and monitored?", report: "soc2"},
		{question: "Who has custody of the encryption keys, and is each use of them logged?", report: "soc2"},
	})
}
