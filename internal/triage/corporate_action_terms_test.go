package triage

import "testing"

// Corporate action terms, data or fields kept in a security master file are standing
// data (master_data), not assets held in custody: the security master's terms are
// set up and approved like any other record. Corporate actions processed on the
// securities held for the client stay custody. Written for this test.
func TestCorporateActionTermsAreMasterData(t *testing.T) {
	t.Parallel()
	md := "master_data"
	checkAreaCases(t, []areaCase{
		{question: "Who approves edits to the security master file, including corporate action terms and coupon rates?", report: "soc1", first: md, without: []string{"custody"}},
		{question: "How are corporate action terms set up in the security master validated?", report: "soc1", first: md, without: []string{"custody", "transaction_processing"}},
		{question: "Are security master records (CUSIPs, pricing sources, corporate action data) changed only with approval?", report: "soc1", first: md, without: []string{"custody"}},
		// Near misses: corporate actions on the securities held.
		{question: "How are corporate actions on the securities you hold for us processed and communicated?", report: "soc1", first: "custody"},
		{question: "Are mandatory corporate actions reconciled to the custodian's notices?", report: "soc1", with: []string{"custody"}},
	})
}
