package triage

import "testing"

// Field documents of a physical trade (scale, weigh, load, delivery or run tickets)
// matched to one another or to a statement before a payment is made are a
// reconciliation (SOC 1). Cash collected from machines and carried in sealed,
// numbered bags is held in custody, and a variance report of takings against a
// count reconciles it. A company's total revenue stays a fact written in.
func TestSOC1TicketsMatchedAndSealedCollections(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Before growers are paid, how are elevator weigh tickets matched to the grain receipts?", report: "soc1", area: "reconciliation"},
		// Tickets priced at the contract's rates are the transaction as well.
		{question: "Are quarry haul tickets matched to the weighbridge ledger and to the rates in the lease contract before the owner settlement is paid?", report: "soc1", area: "transaction_processing"},
		{question: "Before growers are paid, are the weigh tickets matched to the grain receipts and the contract price per bushel?", report: "soc1", area: "transaction_processing"},
		{question: "Are change tickets reviewed against the rates in the support contract?", report: "soc2", crit: "CC8.1", not: "transaction_processing"},
		{question: "Are the haulers' delivery tickets agreed to the landfill gate weights before the disposal fees are invoiced?", report: "soc1", area: "reconciliation"},
		{question: "How are quarry load tickets tied to the aggregate sales billed to contractors?", report: "soc1", area: "reconciliation"},
		{question: "Parking meter collections: are the coins carried in sealed tamper-evident bags?", report: "soc1", area: "custody"},
		{question: "Fare box cash is dropped into sealed numbered pouches; is a variance report of fares against ridership counts reviewed daily?", report: "soc1", area: "custody"},
		{question: "Is a variance report of the daily takings against the till counts reviewed by a supervisor?", report: "soc1", area: "reconciliation"},
		// Near misses.
		{question: "Are backup tapes shipped offsite in sealed, numbered bags?", report: "soc2", crit: "A1.2", not: "custody"},
		{question: "How are change tickets matched to the deployments in production?", report: "soc2", crit: "CC8.1"},
		{question: "Is evidence stored in sealed bags for forensic investigations?", report: "soc2", not: "custody"},
		{question: "What was your total revenue last year?", report: "none", artifact: "custom_answer"},
		{question: "Annual revenue total and headcount?", report: "none"},
	})
}
