package triage

import "testing"

// Records of no money sense (events, messages, readings, survey responses) that the
// asker streams, pushes or sends, asked to be processed once, with none counted
// twice, dropped or lost, are processing integrity (PI1.3), whether the sending verb
// comes before its records or the records are said to be processed. Money
// transactions, security events watched for threats, and data processed on a
// schedule or in a place are not, and records said to be ingested are the input
// (PI1.2). The questions are written for this test, apart
// from the evaluation sets.
func TestRecordsProcessedOnce(t *testing.T) {
	t.Parallel()
	pi := []string{"processing_integrity"}
	none := []string{}
	checkClass(t, []classCase{
		{q: "We stream clickstream events into your analytics platform. How do you make sure each event is processed once and only once?", report: "soc2", typ: "type2", cats: pi, crit: "PI1.3", arts: none},
		{q: "How do you ensure every message is processed completely, exactly once, without duplicates?", report: "soc2", cats: pi, crit: "PI1.3", arts: none},
		{q: "Our IoT devices push sensor readings to your API - what stops readings from being dropped or counted twice?", report: "soc2", cats: pi, crit: "PI1.3", arts: none},
		{q: "We publish order-status events to your webhook; are any events lost or duplicated on retry?", report: "soc2", cats: pi, crit: "PI1.3", arts: none},
		{q: "What guarantees that events we send are not processed twice?", report: "soc2", cats: pi, crit: "PI1.3", arts: none},
		{q: "Do you deduplicate incoming events so each one is counted only once?", report: "soc2", cats: pi, crit: "PI1.3", arts: none},
		{q: "We send survey responses in nightly batches; how do you confirm every response was loaded without loss?", report: "soc2", cats: pi, crit: "PI1.3", arts: none},
		{q: "Is each record we upload processed exactly once?", report: "soc2", cats: pi, crit: "PI1.3", arts: none},
		{q: "How is it ensured that every event we emit reaches your platform once, with none duplicated?", report: "soc2", cats: pi, crit: "PI1.3", arts: none},
		// Near misses: money transactions, copies kept for recovery, data
		// processed on a schedule or in a place, accounts in a directory.
		{q: "Are payroll transactions processed exactly once?", report: "soc1", areas: []string{"transaction_processing"}},
		{q: "Are duplicate invoices caught before payment is released?", report: "soc1", areas: []string{"transaction_processing"}},
		{q: "Do you keep duplicate copies of our data in a second region?", report: "soc2", crit: "A1.2"},
		{q: "Is customer data processed only in the EU?", report: "none", arts: []string{"custom_answer"}},
		{q: "Is our data processed once a day or continuously?", report: "none"},
		// Records said to be ingested are the input (PI1.2), not the processing.
		{q: "Are readings ingested from field devices checked so none is counted twice?", report: "soc2", cats: pi, crit: "PI1.2"},
	})
}
