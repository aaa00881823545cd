package triage

import "testing"

// Goods a warehouse or logistics provider holds for its client are assets in its care
// (custody), and their counts agreed to the client's books are a reconciliation. A
// count of the provider's own laptops is neither.
func TestGoodsHeldForTheClient(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Our finished goods are stored in your distribution centres. How often are cycle counts performed, and how are count differences against our ledger resolved?",
			report: "soc1", with: []string{"custody", "reconciliation"}},
		{question: "For the merchandise you hold on consignment for us, how are cycle counts reconciled to our stock records and adjustments approved?",
			report: "soc1", with: []string{"custody", "reconciliation"}},
		// Near miss: the vendor's own equipment.
		{question: "Do you keep an inventory of the laptops issued to your staff?",
			report: "soc2"},
	})
}
