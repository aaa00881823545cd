package triage

import (
	"slices"
	"testing"
)

// "IdP" is an identity provider: signing in through it is logical access (CC6.1),
// whatever its case or number. "IDS", "IPS", "IDPS", "NIDS" and "HIDS" are
// intrusion detection and prevention systems, read as the words they stand for
// (CC7.2, and CC6.6 for prevention). "IDS" counts only in capitals: "IDs" and
// "ids" are identifiers. The questions are written for this test.
func TestIdentityProviderNotIntrusionDetection(t *testing.T) {
	t.Parallel()
	checkRanks(t, []rankCase{
		{question: "Do you support SSO with our IdP?", first: "CC6.1", absent: []string{"CC7.2"}},
		{question: "Can users federate with Okta or another IdP?", first: "CC6.1", absent: []string{"CC7.2"}},
		{question: "Can we connect SAML via the customer's identity provider?", first: "CC6.1", absent: []string{"CC7.2"}},
		{question: "Which IDP do you integrate with for staff sign-in?", first: "CC6.1", absent: []string{"CC7.2"}},
		{question: "Is the idp enforced for all workforce logins?", first: "CC6.1", absent: []string{"CC7.2"}},
		{question: "Which IdPs are supported for SAML single sign-on?", first: "CC6.1", absent: []string{"CC7.2"}},
		{question: "Are workforce accounts managed centrally in an IdP?", first: "CC6.1", absent: []string{"CC7.2"}},
		{question: "Is authentication to the platform done through an identity provider?", first: "CC6.1", absent: []string{"CC7.2"}},
		{question: "Do you run IDS on production networks?", first: "CC7.2", absent: []string{"CC6.1", "CC6.2"}},
		{question: "Is an IDPS in place to detect attacks on the network?", first: "CC7.2", top: []string{"CC6.6"}, absent: []string{"CC6.1", "CC6.2"}},
		{question: "Do you deploy IDS/IPS at the network perimeter?", top: []string{"CC7.2", "CC6.6"}, absent: []string{"CC6.1", "CC6.2"}},
		{question: "Are IPS sensors deployed in front of the application?", first: "CC6.6", absent: []string{"CC6.1"}},
		{question: "Do you use NIDS and HIDS to watch for intrusions?", first: "CC7.2", absent: []string{"CC6.1"}},
		{question: "Are HIDS agents installed on all servers?", first: "CC7.2", absent: []string{"CC6.1"}},
		{question: "Is an intrusion detection system deployed?", first: "CC7.2", absent: []string{"CC6.1"}},
		// Near misses: identifiers and addresses keep their own sense.
		{question: "Are user IDs unique to each person?", first: "CC6.2", absent: []string{"CC7.2"}},
		{question: "ARE USER IDS UNIQUE TO EACH PERSON?", first: "CC6.2", absent: []string{"CC7.2"}},
		{question: "Are session IDs regenerated after login?", first: "CC6.1", absent: []string{"CC7.2"}},
	})
}

// ", and how often …", ", and when …", ", and who …" open a second question: no
// phrase joins a word before the comma to one after it, so the part asked first
// leads ("Is failover automatic, and how often is it tested?" is A1.2, then A1.3)
// and a word of the second question does not make a control of the first part's
// words ("access reviewed, and who approves" asks no access approval). A restore
// done last from backup is a restore test. The questions are written for this test.
func TestSecondQuestionAfterCommaAnd(t *testing.T) {
	t.Parallel()
	checkRanks(t, []rankCase{
		// "it" stands for failover: the second question asks a failover test, which
		// leads as "…, and when was it last tested?" does in the labelled rows.
		{question: "Is failover automatic, and how often is it tested?", first: "A1.3", top: []string{"A1.2"}},
		{question: "Is failover to the secondary region automatic, and when was it last exercised?", first: "A1.2", top: []string{"A1.3"}},
		{question: "Are backups encrypted, and who tests the restores?", first: "A1.2", top: []string{"A1.3"}},
		{question: "Are backups taken every night, and when was a restore last tested?", first: "A1.2", top: []string{"A1.3"}},
		{question: "Is user access reviewed, and who approves the review?", first: "CC6.3", absent: []string{"CC6.2"}},
		{question: "Are leavers' accounts disabled on the last day, and who confirms it?", first: "CC6.3"},
		{question: "Do you have an incident response plan, and when are customers notified?", first: "CC7.4", top: []string{"CC2.3"}},
		{question: "Are security incidents tracked, and who notifies affected customers?", first: "CC7.4", top: []string{"CC2.3"}},
		{question: "Is data encrypted at rest, and how often are keys rotated?", first: "CC6.1"},
		{question: "Are encryption keys held in a KMS, and how often are they rotated?", first: "CC6.1"},
		{question: "When did you last restore a database from backup?", first: "A1.3"},
		{question: "When was the file server last recovered from backup, and who checked the recovered files?", first: "A1.3"},
		// Near misses: one question with "and" and no comma, a list, and backups
		// with no restore.
		{question: "Are backups taken daily and restores tested quarterly?", first: "A1.3", top: []string{"A1.2"}},
		{question: "Is failover testing performed annually?", first: "A1.3"},
		{question: "When was the last backup taken?", first: "A1.2", absent: []string{"A1.3"}},
		{question: "Is access reviewed, approved and documented?", first: "CC6.3"},
	})
}

// Two controls joined by "and" each keep their rule and come in the order they are
// stated: data loss prevention words (removable media, USB, DLP) beside a malware
// control no longer hide it. The questions are written for this test.
func TestDataMovementAndMalwareJoined(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct {
		q     string
		first string
		rules []string
	}{
		{"Removable media is blocked and anti-malware runs on all endpoints.", "CC6.7", []string{"data_movement", "malware"}},
		{"Removable media is blocked and anti-malware runs on all servers.", "CC6.7", []string{"data_movement", "malware"}},
		{"Removable media use is restricted and antivirus signatures are updated daily.", "CC6.7", []string{"data_movement", "malware"}},
		{"Is removable media blocked and is anti-malware running on all endpoints?", "CC6.7", []string{"data_movement", "malware"}},
		{"Is USB storage disabled and is antivirus installed on every laptop?", "CC6.7", []string{"data_movement", "malware"}},
		{"Is data loss prevention in place and are all servers scanned for malware?", "CC6.7", []string{"data_movement", "malware"}},
		{"Anti-malware runs on all endpoints and removable media is blocked.", "CC6.8", []string{"data_movement", "malware"}},
		// Near misses: one control, and an endpoint agent that enforces DLP.
		{"Is removable media blocked on laptops?", "CC6.7", []string{"data_movement"}},
		{"Is anti-malware installed on all endpoints?", "CC6.8", []string{"malware"}},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			v := e.Classify(Question{Text: tt.q})
			if len(v.Criteria) < len(tt.rules) || v.Criteria[0] != tt.first {
				t.Errorf("criteria %v, want %s first and %d criteria", v.Criteria, tt.first, len(tt.rules))
			}
			for _, r := range tt.rules {
				if !slices.ContainsFunc(v.Evidence, func(ev Evidence) bool { return ev.Rule == r }) {
					t.Errorf("rule %s did not fire (evidence %+v)", r, v.Evidence)
				}
			}
		})
	}
	v := e.Classify(Question{Text: "Is a DLP agent on endpoints blocking USB storage?"})
	if slices.Contains(v.Criteria, "CC6.8") && v.Criteria[0] == "CC6.8" {
		t.Errorf("DLP agent on endpoints: criteria %v, want CC6.7 first", v.Criteria)
	}
}
