package triage

import (
	"slices"
	"testing"
)

// categoryCase is a question with the categories it must have (want) and must not
// have (absent), and, when first is set, the criteria one of which must come first.
type categoryCase struct {
	class, question string
	want, absent    []string
	first           []string
}

// checkCategoryCases classifies each case as a subtest and checks its categories
// and its first criterion.
func checkCategoryCases(t *testing.T, e *Engine, tests []categoryCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.class+": "+tc.question, func(t *testing.T) {
			v := e.Classify(Question{Text: tc.question})
			for _, c := range tc.want {
				if !slices.Contains(v.Categories, c) {
					t.Errorf("categories %v, want %s (criteria %v)", v.Categories, c, v.Criteria)
				}
			}
			for _, c := range tc.absent {
				if slices.Contains(v.Categories, c) {
					t.Errorf("categories %v, want no %s (criteria %v)", v.Categories, c, v.Criteria)
				}
			}
			if tc.first != nil && (len(v.Criteria) == 0 || !slices.Contains(tc.first, v.Criteria[0])) {
				t.Errorf("criteria %v, want one of %v first", v.Criteria, tc.first)
			}
		})
	}
}

// A security activity written as how a control of another category is carried out
// or evidenced (the disposal is logged, usage is monitored against thresholds and
// breaches of them raise an alert, access is granted once the NDA is signed) does
// not add Security to a question plainly about that other control. A question that
// asks about the security activity in its own right keeps both categories. The
// questions are written for this test, apart from the evaluation sets.
func TestQualifierWords(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	sec, avail, pi, conf, priv := CatSecurity, CatAvailability, CatProcessingIntegrity, CatConfidentiality, CatPrivacy
	tests := []categoryCase{
		// Logged, monitored or alerted as the evidence of another control.
		{"disposal logged", "Patient records past their retention date are purged from the archive, and each purge is logged with the date and operator.", []string{priv}, []string{sec}, nil},
		{"disposal logged", "When a shopper closes the account, is their personal data erased within 30 days and the erasure recorded in a log?", []string{priv}, []string{sec}, nil},
		{"consent logged", "Marketing consent given by app users is captured with a timestamp, and every withdrawal of consent is logged.", []string{priv}, []string{sec}, []string{"P2.1"}},
		{"capacity monitored", "Storage and memory usage on the booking platform is monitored, and when usage crosses 80% the operations team adds capacity.", []string{avail}, []string{sec}, []string{"A1.1"}},
		{"capacity monitored", "Describe how CPU and disk utilisation are monitored against thresholds and how threshold breaches lead to scaling out.", []string{avail}, []string{sec}, []string{"A1.1"}},
		{"processing errors logged", "Rows rejected by the nightly product catalogue load are logged and reprocessed until the load is complete and accurate.", []string{pi}, []string{sec}, nil},
		{"access granted after NDA", "Temporary staff sign a non-disclosure agreement covering client deal documents before they are granted access to them.", []string{conf}, []string{sec}, []string{"C1.1"}},
		// The security activity asked about in its own right: both categories stay.
		{"security developed", "Are personal data deleted at the end of the retention period, and are the access logs of the archive reviewed for anomalies?", []string{priv, sec}, nil, nil},
		{"security developed", "Is capacity monitored on every cluster, and are security events from those hosts sent to the SIEM for correlation?", []string{avail, sec}, nil, nil},
		{"security developed", "Do new starters sign an NDA, and are their access requests approved by the system owner before accounts are created?", []string{conf, sec}, nil, nil},
		{"security developed", "Are incidents involving personal data handled under a documented incident response plan with a trained response team?", []string{sec}, nil, nil},
		// Word senses: geolocation data collected is personal data, not a device
		// located; a schema change is a change, not a processing definition.
		{"geolocation data", "Is opt-in consent obtained before precise geolocation data is collected from app users?", []string{priv}, []string{sec}, nil},
		{"geolocation of devices", "Can lost phones be found by geolocation and wiped remotely?", []string{sec}, []string{priv}, nil},
		{"schema change", "Are schema changes to the analytics database approved and tested before release?", []string{sec}, []string{pi}, nil},
		{"data schema", "Is there a documented data schema that defines each input field and its format?", []string{pi}, nil, nil},
		// The security activity alone is still security.
		{"security alone", "Are audit logs of the payments API retained for a year and reviewed for anomalies?", []string{sec}, nil, []string{"CC7.2"}},
		{"security alone", "How are user accounts provisioned and approved?", []string{sec}, nil, []string{"CC6.2"}},
		// Encryption in transit is no qualifier: the channel encrypted is asked about
		// in its own right. Only a transfer channel named as the way data arrives
		// (SFTP) qualifies, and "transit" or "flight" without data is no channel.
		{"encrypted channel", "Are nightly database snapshots shipped over TLS to the standby region?", []string{avail, sec}, nil, nil},
		{"encrypted channel", "Is the disaster recovery copy sent to the secondary site over an encrypted connection?", []string{avail, sec}, nil, nil},
		{"transfer channel as the way in", "How do you confirm that the roster files imported over SFTP each week are complete and accurate?", []string{pi}, []string{sec}, nil},
		{"no channel", "How do you verify that timetable updates received from the regional transit authority are complete and accurate?", []string{pi}, []string{sec}, nil},
		// A second question joined by "and is …", with access, accounts or logs as its
		// subject, is its own control; another subject keeps the qualifier.
		{"second question", "Are backups copied to a second region each night, and is access to the copies granted only after approval?", []string{avail, sec}, nil, nil},
		{"second question", "Is the archive of signed contracts replicated offsite and are accounts on the archive provisioned only on request?", []string{sec}, nil, nil},
		{"same question", "Is personal data of closed accounts erased within 30 days, and are erasures logged?", []string{priv}, []string{sec}, nil},
	}
	checkCategoryCases(t, e, tests)
}

// Breach notice: to the affected people themselves is P6.6; to the customer, school
// or controller so that it can notify them is incident response first (CC7.4) with
// the individuals' notice (P6.6); to the customer alone is CC7.4 without privacy.
// Backups named inside a question about disposing of data add no availability.
func TestBreachNoticeAndDisposalWords(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	sec, avail, priv := CatSecurity, CatAvailability, CatPrivacy
	tests := []categoryCase{
		{"notice to individuals", "How are affected policyholders told when their personal information has been compromised?", []string{priv}, nil, []string{"P6.6"}},
		{"notice to individuals", "Will the data principals be intimated if their personal data is breached?", []string{priv}, nil, []string{"P6.6"}},
		{"notice to individuals", "Do you notify affected employees after an unauthorized disclosure of their payroll records?", []string{priv}, nil, []string{"P6.6"}},
		{"notice relayed", "Will you notify the controller of a personal data breach without undue delay so that it can notify affected data subjects?", []string{sec, priv}, nil, []string{"CC7.4", "P6.6"}},
		{"notice relayed", "If patient records are exposed in an incident, do you alert the clinic in time for it to contact the affected patients?", []string{sec, priv}, nil, []string{"CC7.4", "P6.6"}},
		{"notice relayed", "Following an unauthorized acquisition of member data, does the vendor inform the plan so the plan can notify members?", []string{sec, priv}, nil, []string{"CC7.4", "P6.6"}},
		{"notice to customer only", "Will you notify us within 72 hours of a security breach?", []string{sec}, []string{priv}, []string{"CC7.4"}},
		{"notice to customer only", "Do you inform clients of incidents affecting their environment?", []string{sec}, []string{priv}, []string{"CC7.4"}},
		{"acquisition as a deal", "Is the risk of a planned acquisition of another company assessed before it closes?", []string{sec}, nil, []string{"CC3.4", "CC3.2"}},
		{"backups in a disposal question", "At the end of the engagement, how is customer personal data destroyed, including in backups?", []string{priv}, []string{avail}, nil},
		{"backups in a disposal question", "Describe how student records are disposed of (incl. backups) when the contract ends.", []string{priv}, []string{avail}, nil},
		{"backups as the subject", "Are backups of the HR database copied to a second region every night?", []string{avail}, nil, []string{"A1.2"}},
	}
	checkCategoryCases(t, e, tests)
}

// Completeness and accuracy of data that is not financial, as it is imported or
// synced (PI1.2), processed (PI1.3) or stored (PI1.5), is processing integrity; the
// channel it arrives by (SFTP), an audit trail of edits or the vendor-hosted
// deployment asked about do not make it a security question. Asked about alone,
// the channel, the audit trail and the vendors keep Security.
func TestNonFinancialDataIntegrity(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	sec, pi := CatSecurity, CatProcessingIntegrity
	tests := []categoryCase{
		{"inputs", "How do you make sure patient lists uploaded by clinics are complete and accurate before they are used?", []string{pi}, []string{sec}, []string{"PI1.2"}},
		{"inputs", "How do you verify that course enrolments imported over SFTP each night are complete and accurate?", []string{pi}, []string{sec}, []string{"PI1.2", "PI1.3"}},
		{"inputs", "When the product catalogue is synced from the supplier portal, how are sync errors found and reported to us?", []string{pi}, nil, []string{"PI1.3", "PI1.2"}},
		{"stored", "Is archived sensor data verified with checksums so that gaps or alterations are detected?", []string{pi}, nil, []string{"PI1.5"}},
		{"stored", "For the vendor-hosted deployment, how do you check that stored lab results remain complete and unaltered, with an audit trail of edits?", []string{pi}, []string{sec}, []string{"PI1.5"}},
		{"channel alone", "Are files exchanged with customers sent only over SFTP or HTTPS?", []string{sec}, []string{pi}, []string{"CC6.7"}},
		{"audit trail alone", "Are audit trails protected from tampering and retained for a year?", []string{sec}, []string{pi}, []string{"CC7.2"}},
		{"vendors alone", "Do you assess the security of vendor-hosted services you rely on?", []string{sec}, []string{pi}, []string{"CC9.2"}},
	}
	checkCategoryCases(t, e, tests)
}

// Confidential information named by its kind (a client's matter files behind
// ethical walls, embargoed or unreleased content, unpublished results, privileged
// correspondence, material non-public information) is C1.1. Near misses: a
// pre-release build is change management, a code of ethics is CC1.1, and
// forensic tools investigate incidents (CC7.4).
func TestConfidentialByKind(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	sec, conf := CatSecurity, CatConfidentiality
	tests := []categoryCase{
		{"kind of confidential", "How are unpublished quarterly earnings figures protected from leaking before the announcement?", []string{conf}, nil, nil},
		{"kind of confidential", "Are information barriers enforced between the advisory and trading desks?", []string{conf}, nil, nil},
		{"kind of confidential", "How is privileged legal correspondence kept apart from other users' files?", []string{conf}, nil, nil},
		{"kind of confidential", "Are embargoed press releases stored where only named staff can read them?", []string{conf}, nil, nil},
		{"kind of confidential", "Is access to matter files limited by ethical walls to the lawyers staffed on the matter?", []string{conf, sec}, nil, nil},
		{"kind of confidential", "How is material non-public information about our deals kept from staff outside the deal team?", []string{conf}, nil, nil},
		{"watermarking", "Is forensic watermarking applied to unreleased film cuts sent to reviewers?", []string{conf}, nil, []string{"C1.1"}},
		{"pre-release build", "Are pre-release builds tested in staging before they are deployed?", []string{sec}, []string{conf}, nil},
		{"code of ethics", "Do employees acknowledge the code of ethics every year?", []string{sec}, []string{conf}, []string{"CC1.1"}},
		{"forensics", "Do you keep forensic tools ready to investigate security incidents?", []string{sec}, []string{conf}, []string{"CC7.4"}},
		{"client money", "What stops funds held for one client from being applied to another client's matter?", nil, []string{conf}, nil},
	}
	checkCategoryCases(t, e, tests)
}
