package triage

import "testing"

// Journaling in storage (a journaled volume, a journaling file system) keeps stored
// data whole through a crash: the integrity of data at rest (PI1.5), not a journal of
// the ledger. A journal entry, and payments or receipts journaled to the ledger, keep
// their money reading.
func TestStorageJournaling(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Is the database volume journaled, and are block checksums verified when data is read back?",
			report: "soc2"},
		{question: "Do your storage servers use a journaling file system so a crash cannot leave customer files half written?",
			report: "soc2"},
		{question: "Is filesystem journalling turned on for the disks holding tenant data, with periodic integrity scans?",
			report: "soc2"},
		{question: "Are write-ahead logs and journaling used so that stored records stay complete after a power loss?",
			report: "soc2"},
		{question: "Is metadata journaling enabled on the NFS shares, and do you scrub stored objects for bit rot?",
			report: "soc2"},
		// Near misses: journals of the ledger.
		{question: "Are journal entries reviewed for accuracy before they are posted to the ledger?",
			report: "soc1"},
		{question: "Are manual journal entries over the threshold approved by a second person before posting?",
			report: "soc1"},
		{question: "Is every payment journaled correctly to the general ledger before month end?",
			report: "soc1"},
		{question: "How are recurring journals checked for completeness each close?",
			report: "soc1"},
	})
}
