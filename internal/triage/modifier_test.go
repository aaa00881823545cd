package triage

import (
	"slices"
	"testing"
)

// A word of availability, confidentiality, processing integrity or privacy that only
// says which thing or which time a security control is about adds no category: the
// control decides. The same words as the subject of the question keep their
// category. The questions are written for this test, apart from the evaluation sets.
func TestWordThatNamesTheThing(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct {
		class, question string
		first           string // the criterion cited first
		without, with   string // a category that must not, or must, be in the verdict
	}{
		// The word before the thing it names.
		{"before the thing", "Is access to the backup console protected by MFA?", "CC6.1", CatAvailability, ""},
		{"before the thing", "Are the logs from the failover cluster shipped to the SIEM?", "CC7.2", CatAvailability, ""},
		{"before the thing", "Is the uptime monitoring tool behind single sign-on?", "CC6.1", CatAvailability, ""},
		{"before the thing", "Is access to capacity planning dashboards restricted to on-call engineers?", "CC6.1", CatAvailability, ""},
		{"before the thing", "Are outage tickets given an owner in the incident tool?", "", CatAvailability, ""},
		{"before the thing", "Are batch job servers patched every month?", "CC7.1", CatProcessingIntegrity, ""},
		{"before the thing", "Is access to the ETL tool limited to named engineers?", "CC6.1", CatProcessingIntegrity, ""},
		{"before the thing", "Is the consent management platform in the scope of your vulnerability scans?", "CC7.1", CatPrivacy, ""},
		{"before the thing", "Is every read of the trade secrets share logged?", "CC7.2", CatConfidentiality, ""},
		// A time the control also holds in, a place after a thing, a clause naming it.
		{"time", "Are emergency changes made during an outage approved after the fact?", "CC8.1", CatAvailability, ""},
		{"time", "Do staff learn in awareness training what to do in an outage?", "CC2.2", CatAvailability, ""},
		{"place", "Are servers in the secondary region scanned for vulnerabilities weekly?", "CC7.1", CatAvailability, ""},
		{"which clause", "Are hosts running batch processing monitored for signs of intrusion?", "CC7.2", CatProcessingIntegrity, ""},
		{"which clause", "Must contractors who sign an NDA also take security training?", "", CatConfidentiality, ""},
		{"which clause", "Is MFA enforced for engineers who administer the disaster recovery site?", "CC6.1", CatAvailability, ""},
		{"which clause", "Is SSO required on the portal used to manage the DR site?", "", CatAvailability, ""},
		// Near misses: the same words as the subject keep their category.
		{"subject", "Is the disaster recovery site in another region?", "", "", CatAvailability},
		{"subject", "Are backups replicated to a second region?", "A1.2", "", CatAvailability},
		{"subject", "Are backups encrypted and kept in a secondary region?", "", "", CatAvailability},
		{"subject", "How do you monitor uptime and plan capacity?", "A1.1", "", CatAvailability},
		{"subject", "Are record counts checked after each batch run?", "PI1.3", "", CatProcessingIntegrity},
		{"subject", "Do employees and contractors sign NDAs before they start?", "", "", CatConfidentiality},
		{"subject", "Do you collect consent before using personal data for marketing?", "", "", CatPrivacy},
		{"subject", "Is the backup console itself backed up every night?", "", "", CatAvailability},
	}
	for _, tc := range tests {
		t.Run(tc.class+": "+tc.question, func(t *testing.T) {
			v := e.Classify(Question{Text: tc.question})
			if tc.first != "" && (len(v.Criteria) == 0 || v.Criteria[0] != tc.first) {
				t.Errorf("criteria %v, want %s first (evidence %+v)", v.Criteria, tc.first, v.Evidence)
			}
			if tc.without != "" && slices.Contains(v.Categories, tc.without) {
				t.Errorf("categories %v, want no %s (evidence %+v)", v.Categories, tc.without, v.Evidence)
			}
			if tc.with != "" && !slices.Contains(v.Categories, tc.with) {
				t.Errorf("categories %v, want %s (evidence %+v)", v.Categories, tc.with, v.Evidence)
			}
		})
	}
}

// The downtime a business impact analysis finds tolerable is a figure of the
// continuity plan (CC9.1), not availability monitored; downtime asked about in
// its own right stays A1.1.
func TestDowntimeSetByImpactAnalysis(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct {
		question string
		avail    bool // availability is in the verdict
	}{
		{"Does your BIA record the maximum tolerable downtime of every critical process?", false},
		{"Is a business impact analysis kept up to date, with the acceptable outage for each service?", false},
		{"Which processes does the business impact analysis rank first, and what downtime is allowable for each?", false},
		// Near misses: downtime as the subject, or a second ask beside the analysis.
		{"How much downtime did the platform have last quarter?", true},
		{"Is a business impact analysis done, and how is downtime monitored against the SLA?", true},
	}
	for _, tc := range tests {
		t.Run(tc.question, func(t *testing.T) {
			v := e.Classify(Question{Text: tc.question})
			if got := slices.Contains(v.Categories, CatAvailability); got != tc.avail {
				t.Errorf("availability %v, want %v (categories %v, criteria %v)", got, tc.avail, v.Categories, v.Criteria)
			}
		})
	}
}

// Production data restored in a recovery test is the test's data, not production
// data used for testing software: no C1.1 and no change management. Production data
// used to test releases stays both.
func TestProductionDataInARestoreTest(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct {
		question string
		conf     bool // C1.1 and confidentiality are in the verdict
	}{
		{"How recently did you recover production data from a backup as a test, and how long did it take?", false},
		{"Are backups of production data tested every quarter?", false},
		{"Do you test restores of production data from your backups at least once a year?", false},
		// Near misses: production data used in testing.
		{"Is production data ever copied into test environments?", true},
		{"Is restored production data ever used for testing new releases?", true},
	}
	for _, tc := range tests {
		t.Run(tc.question, func(t *testing.T) {
			v := e.Classify(Question{Text: tc.question})
			got := slices.Contains(v.Criteria, "C1.1") && slices.Contains(v.Categories, CatConfidentiality)
			if got != tc.conf {
				t.Errorf("confidentiality %v, want %v (categories %v, criteria %v)", got, tc.conf, v.Categories, v.Criteria)
			}
			if !tc.conf && slices.Contains(v.Criteria, "CC8.1") {
				t.Errorf("criteria %v, want no CC8.1", v.Criteria)
			}
		})
	}
}

// Integrity of data in transit is what encryption in transit protects (CC6.7), not
// the integrity of stored data (PI1.5).
func TestIntegrityInTransit(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct {
		question string
		first    string
		pi       bool // processing integrity is in the verdict
	}{
		{"Is TLS used to keep the integrity of customer data in transit?", "CC6.7", false},
		{"How are the confidentiality and integrity of records protected in transit between sites?", "CC6.7", false},
		// Near misses: stored data.
		{"Are checksums used to confirm the integrity of archived datasets?", "PI1.5", true},
		{"How is corruption of stored data detected?", "PI1.5", true},
	}
	for _, tc := range tests {
		t.Run(tc.question, func(t *testing.T) {
			v := e.Classify(Question{Text: tc.question})
			if len(v.Criteria) == 0 || v.Criteria[0] != tc.first {
				t.Errorf("criteria %v, want %s first", v.Criteria, tc.first)
			}
			if got := slices.Contains(v.Categories, CatProcessingIntegrity); got != tc.pi {
				t.Errorf("processing integrity %v, want %v (categories %v)", got, tc.pi, v.Categories)
			}
		})
	}
}
