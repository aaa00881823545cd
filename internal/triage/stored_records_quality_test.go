package triage

import "testing"

// Records a product keeps that must not be altered, deleted or lost (entries of an
// append-only store, a custody or provenance ledger, "protected against alteration
// or loss") are stored data kept complete and accurate: PI1.5. A log of security
// events kept tamper-proof stays monitoring (CC7.2).
func TestStoredRecordsNotAlteredOrLost(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "The custody ledger kept for each specimen is append-only. What stops its entries from being altered or lost?", report: "soc2", cats: []string{"processing_integrity"}, crit: "PI1.5"},
		{q: "How do you make sure the stored versions of a signed contract cannot be overwritten or deleted?", report: "soc2", crit: "PI1.5"},
		{q: "Are the provenance records for each consignment protected against alteration or loss?", report: "soc2", crit: "PI1.5"},
		{q: "Grading history is kept in an append-only table; can rows ever be edited?", report: "soc2", crit: "PI1.5"},
		// Near-misses: logs of security events.
		{q: "Are security events written to an append-only ledger?", report: "soc2", cats: []string{"security"}, crit: "CC7.2"},
		{q: "Are audit log entries protected so they cannot be altered?", report: "soc2", cats: []string{"security"}},
	})
}

// Exceptions an auditor found in the SOC report, and what was done to correct them,
// are deficiencies remedied (CC4.2). "We need to know which ones" is the asker's
// request, not need-to-know access (CC6.3), which a basis or a principle still is.
func TestReportExceptionsCorrected(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Did the auditor note any deviations in your latest SOC 2, and how were they fixed?", report: "soc2", cats: []string{"security"}, crit: "CC4.2"},
		{q: "Your SOC 2 shows exceptions? We need to know which ones and the fix for each.", report: "soc2", cats: []string{"security"}, crit: "CC4.2"},
		{q: "Were there exceptions in the examination of your controls this year?", report: "soc2", crit: "CC4.2"},
		// Near-misses: need-to-know access keeps CC6.3; the asker's question is its own subject.
		{q: "Access to case files is limited on a need-to-know basis.", report: "soc2", crit: "CC6.3"},
		{q: "We need to know whether all staff complete security awareness training.", report: "soc2", crit: "CC2.2"},
	})
}

// Keeping personal data the service holds accurate, complete and up to date
// (patient demographics, student records, member details) is data quality: P7.1.
// A request from an individual to correct their data stays P5.2.
func TestPersonalDataKeptAccurate(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "How do you keep the member data you hold accurate and current?", report: "soc2", cats: []string{"privacy"}, crit: "P7.1"},
		{q: "What checks keep student records accurate and up to date?", report: "soc2", cats: []string{"privacy"}, crit: "P7.1"},
		{q: "Is patient information you store re-verified so that it does not go stale?", report: "soc2", cats: []string{"privacy"}, crit: "P7.1"},
		// Near-misses: correction on request; protection of the data.
		{q: "Can individuals ask for inaccurate personal data to be corrected?", report: "soc2", crit: "P5.2"},
		{q: "How do you protect patient data at rest?", report: "soc2", cats: []string{"security"}},
	})
}
