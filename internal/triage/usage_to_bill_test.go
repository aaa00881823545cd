package triage

import "testing"

// Usage that becomes a bill (a meter reading, a rated call, a customer's monthly
// bill) is a financial transaction in utility and telecom wording: whether every
// reading reaches the bill, whether a dropped record is caught, and whether an
// estimate is trued up to the actual are its completeness and accuracy. The same
// records in an analytics stream, or a bill only shown to the customer, are not.
func TestUsageThatBecomesABill(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "When a smart meter reading is late, how do you stop an estimate being billed twice, and is it trued up later?",
			report: "soc1", with: []string{"transaction_processing"}},
		{question: "What stops roaming usage going missing before the subscriber bills are produced each month?",
			report: "soc1", with: []string{"transaction_processing"}},
		{question: "Interim bills for tenants: how are they trued up against the final service charge?",
			report: "soc1", with: []string{"transaction_processing"}},
		// Near misses: the same words about analytics data or the customer's view.
		{question: "Are dropped records in the clickstream pipeline detected before the dashboards refresh?",
			report: "soc2"},
		{question: "Is smart meter reading data encrypted in transit?",
			report: "soc2"},
	})
}
