package triage

import "testing"

// "Before the next billing cycle" or "before the first payroll run uses it" says
// when a control over standing data must be done, not that the run is asked about:
// the run's words add no transaction_processing beside the master data approved.
// A question about the run itself, or about the items in it, keeps the area. The
// questions are written for this test, apart from the evaluation sets.
func TestBeforeTheNextRunIsATime(t *testing.T) {
	t.Parallel()
	md := []string{"master_data"}
	tp := []string{"transaction_processing"}
	checkClass(t, []classCase{
		{q: "Who signs off changes to the tariff table, and are they tested before the next billing run?", report: "soc1", areas: md},
		{q: "Chargemaster price changes: who approves them and are they tested before the next billing cycle?", report: "soc1", areas: md},
		{q: "Who approves changes to premium rates and are they tested before the next billing run?", report: "soc1", areas: md},
		{q: "Are tariff changes reviewed before the next billing run?", report: "soc1", areas: md},
		{q: "Are changes to the price master approved before the upcoming billing cycle?", report: "soc1", areas: md},
		{q: "Price list updates: who approves them and are they verified before the next billing cycle?", report: "soc1", areas: md},
		{q: "Who signs off changes to employee pay rates before the next payroll run?", report: "soc1", areas: md},
		// Near misses: the run, or the items in it, asked about.
		{q: "Are invoices checked for accuracy before the next billing run?", report: "soc1", areas: tp},
		{q: "How do you make sure the billing cycle runs on time?", report: "soc1", areas: tp},
		{q: "Who approves updates to the fee schedule before the first billing cycle uses it?", report: "soc1", areas: md},
	})
}
