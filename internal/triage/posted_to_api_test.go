package triage

import "testing"

// Records "posted" to an API, endpoint or webhook are sent over HTTP, not entered in a
// ledger: whether none is dropped or duplicated on the way is SOC 2 processing
// integrity. Near-misses: entries posted to a ledger or an account stay SOC 1.
func TestRecordsPostedToAnAPI(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Sensor readings are posted to your collector endpoint every minute. How do you detect readings that were dropped or duplicated?", report: "soc2", crit: "PI1.3"},
		{question: "Our app events get posted to your ingestion API; are any events lost before they reach the warehouse?", report: "soc2", crit: "PI1.3"},
		{question: "Notifications are posted to the customer's webhook: what stops duplicated notifications?", report: "soc2"},
		// Near-misses: a ledger posting.
		{question: "How do you make sure every payment is posted to the general ledger once and only once?", report: "soc1", area: "transaction_processing"},
		{question: "Are cash receipts posted to the correct customer account completely and accurately?", report: "soc1"},
	})
}
