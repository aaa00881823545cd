package triage

import "testing"

// Board, investor, owner or monthly packs named as confidential or sensitive data
// the asker keeps with the service are a kind of the asker's data, asked about for
// its protection, access or disposal: no financial report the service produces, so
// no SOC 1 financial reporting. Packs the service prepares and checks for the
// asker's books stay financial reporting.
func TestPacksAsConfidentialData(t *testing.T) {
	t.Parallel()
	none := []string{}
	fr := []string{"financial_reporting"}
	checkClass(t, []classCase{
		{q: "When we leave, how do you purge sensitive files such as board packs and budgets from your document store?", report: "soc2", areas: none},
		{q: "Our restricted documents - investor packs, deal memos - sit in your portal; how is access to them limited to our named users?", report: "soc2", areas: none},
		{q: "Is confidential material like quarterly packs encrypted at rest in your file sync service?", report: "soc2", areas: none},
		{q: "Board packs and other confidential papers are uploaded to the meeting app; how are they protected from other tenants?", report: "soc2", areas: none},
		{q: "After termination, do you certify destruction of our confidential files, including monthly packs and forecasts?", report: "soc2", areas: none},
		{q: "Are owner packs for our properties, which hold confidential tenant data, deleted when the contract ends?", report: "soc2", areas: none},
		// Near misses: packs the service prepares for the asker's books.
		{q: "Are the monthly investor packs you prepare for us reviewed for accuracy before release?", report: "soc1", areas: fr},
		{q: "Who approves the board packs your fund accounting team produces before they go to our trustees?", report: "soc1", areas: fr},
		{q: "Is the data in the quarterly packs you send us complete and reconciled to the ledger?", report: "soc1"},
	})
}
