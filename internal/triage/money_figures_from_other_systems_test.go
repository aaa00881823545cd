package triage

import "testing"

// Sales figures that come from the client's tills or meter data system before a
// royalty or a bill is calculated arrive over an interface; a roll-forward or a
// waterfall from the service used in the client's close is a report the client books
// from. Receipts that come in through a lockbox and a ledger extract stay what they
// were, and readings from a meter data system that are not money stay SOC 2.
func TestMoneyFiguresFromOtherSystems(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Sales figures coming from franchisee tills feed our royalty billing: how are they validated before the royalty is calculated?", report: "soc1", typ: "type2", areas: []string{"interfaces", "transaction_processing"}},
		{q: "We use the deferred revenue roll-forward from your platform in our close. How is it reconciled to cash received?", report: "soc1", typ: "type2", areas: []string{"reconciliation", "financial_reporting"}},
	})
	checkReportCases(t, []reportCase{
		{question: "Receipts coming in through the lockbox: how are they applied to the right invoices?", report: "soc1", area: "transaction_processing", not: "interfaces"},
		{question: "Sensor readings coming from the MDM: how are gaps detected?", report: "soc2", not: "interfaces"},
	})
}
