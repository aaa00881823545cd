package triage

import "testing"

// A feed of records that are not money (sensor readings, tracking scans, status
// messages, notifications) sent, pushed or uploaded in batches or files, asked
// whether any are dropped, duplicated or never arrive, is processing integrity
// (SOC 2, PI1.3). A money word the question itself rules out ("invoicing is done
// elsewhere", "no payments are involved") makes neither that feed nor its file
// checks a financial interface.
func TestNonMoneyRecordFeedsAreProcessingIntegrity(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Soil moisture readings from our field sensors are pushed to your agronomy portal each hour. How would you notice readings that were dropped or sent twice?", report: "soc2", cats: []string{"processing_integrity"}, areas: []string{}, crit: "PI1.3"},
		{q: "Flight status messages arrive from the airline feed every minute. What checks catch duplicated or missing messages?", report: "soc2", cats: []string{"processing_integrity"}, areas: []string{}, crit: "PI1.3"},
		{q: "Wearable heart-rate records are uploaded in batches overnight. If an upload fails part way, how is it found that some records never arrived?", report: "soc2", cats: []string{"processing_integrity"}, areas: []string{}, crit: "PI1.3"},
		{q: "Trailer gate-in scans are sent to your yard system in files every ten minutes. How are lost or duplicated scans detected?", report: "soc2", cats: []string{"processing_integrity"}, areas: []string{}, crit: "PI1.3"},
		{q: "Library circulation updates are synced to your catalogue nightly. Do you check that no updates are missing?", report: "soc2", cats: []string{"processing_integrity"}, areas: []string{}, crit: "PI1.3"},
		{q: "Smart thermostat readings are sent by SFTP to your demand-planning model (planning only; invoicing is done elsewhere). How do you confirm each file is complete, with row counts, before it is loaded?", report: "soc2", cats: []string{"processing_integrity"}, areas: []string{}, crit: "PI1.2"},
		// Near-misses: money in the feed, or records in another sense.
		{q: "Are invoice records in the billing feed checked for duplicates before they are posted?", report: "soc1", areas: []string{"interfaces", "transaction_processing"}},
		{q: "Are payroll files sent to the bank checked with record counts and control totals?", report: "soc1", areas: []string{"interfaces"}},
		{q: "Are uploaded files scanned for malware before they are stored?", report: "soc2", cats: []string{"security"}},
		{q: "Are vulnerability scans sent to us monthly, and are any missing hosts followed up?", report: "soc2", cats: []string{"security"}},
		{q: "Do you keep records of visitors to the data centre?", report: "soc2", cats: []string{"security"}},
		// A record count is a count, not records on the move: an export checked against
		// it and delivered to the right person is an output (PI1.4).
		{q: "Is the bulk export checked for completeness against source record counts, delivered only to the named contact?", report: "soc2", cats: []string{"processing_integrity"}, crit: "PI1.4"},
	})
}

// A money word the asker rules out ("billing is handled elsewhere", "no payments
// are involved", "not used for invoicing") adds no SOC 1 interface, while a money
// word that stands adds it.
func TestMoneyWordRuledOutAddsNoInterface(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Occupancy counts are sent hourly to your planning tool (billing is handled elsewhere). Are the files checked with record counts before they are loaded?", report: "soc2", areas: []string{}},
		{q: "Shift rosters are uploaded to your scheduling service; no payments are involved. Is each file checked for completeness with record counts?", report: "soc2", areas: []string{}},
		{q: "Route plans are transferred nightly to your dispatch system and payroll is processed separately. Are transfer files reconciled with record counts?", report: "soc2", areas: []string{}},
		// Near-misses: the money word stands.
		{q: "Billing files are transferred nightly to your platform. Are they checked with record counts before they are loaded?", report: "soc1", areas: []string{"interfaces"}},
		{q: "Are the remittance files we send to the bank reconciled to control totals?", report: "soc1", areas: []string{"interfaces", "reconciliation"}},
	})
}
