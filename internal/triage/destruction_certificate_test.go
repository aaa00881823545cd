package triage

import "testing"

// A certificate that the customer's data, records or files were destroyed or
// deleted when the engagement ends is the disposal of confidential information
// (C1.2), in any order of its words; a certificate of destruction for drives,
// laptops or servers stays the disposal of media and equipment (CC6.5). The
// questions are written for this test, apart from the evaluation sets.
func TestCertificateOfDataDestruction(t *testing.T) {
	t.Parallel()
	checkFirstAndAbsent(t, []firstCase{
		{"Do you issue a certificate of deletion for client data at offboarding?", "C1.2", nil},
		{"Can we receive a destruction certificate for our files once the engagement is over?", "C1.2", nil},
		{"Will you provide a certificate of destruction for our data when the service ends?", "C1.2", nil},
		{"Is a certificate of data destruction provided after customer data is purged at contract end?", "C1.2", nil},
		{"Will you certify in writing that our confidential records were destroyed when the contract ends?", "C1.2", nil},
		{"After termination, is the customer given certification that all its information was erased?", "C1.2", nil},
		{"Will all confidential client documents be destroyed within 30 days of the contract ending?", "C1.2", nil},
		// Near misses: certificates for equipment.
		{"Are certificates of destruction obtained for hard drives sent to the shredding vendor?", "CC6.5", nil},
		{"Is a certificate of destruction kept for every retired laptop?", "CC6.5", nil},
		{"Are decommissioned servers' disks wiped and a certificate of erasure issued?", "CC6.5", nil},
	})
}
