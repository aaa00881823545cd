package triage

import "testing"

// The criterion that ranks first, by the class of wording a question uses for it.
// Each row is a question written for this test (none from the evaluation sets):
// first is the criterion that must rank first ("" when the row only checks that
// another reading does not take over), notFirst one that must not, and absent
// criteria that must not appear at all. The near misses of each class keep the
// verdict of the other sense of the words.
func TestCriterionRankingClasses(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct {
		class, question string
		first, notFirst string
		absent          []string
	}{
		// Telling the people whose personal data a breach touched (data principals,
		// parents, pupils, policyholders, donors) is privacy notice (P6.6); an
		// unauthorised release, disclosure or acquisition of records is a breach in
		// other words, and "acquisition" there is not a merger (CC3.4).
		{"breach notice to individuals", "What is the procedure for intimation to data principals when their personal data is breached?", "P6.6", "CC7.4", nil},
		{"breach notice to individuals", "If pupil records are disclosed without authorisation, are parents and guardians told, and how soon?", "P6.6", "", []string{"CC3.4"}},
		{"breach notice to individuals", "In the event of unauthorized acquisition of policyholder data, how are affected policyholders notified?", "P6.6", "", []string{"CC3.4"}},
		{"breach notice to individuals", "Should donor details be compromised, will our donors be informed directly?", "P6.6", "", nil},
		{"breach notice to individuals", "Are affected residents notified when an incident exposes their council tax records?", "P6.6", "", nil},
		{"breach notice to customers", "Will you notify us of a security breach within 24 hours?", "CC7.4", "P6.6", nil},
		{"acquisition as a change", "How are the risks of a planned acquisition of another firm assessed?", "CC3.4", "", []string{"P6.6"}},
		{"acquisition as a change", "Do you reassess risk after a merger or acquisition?", "CC3.4", "", nil},

		// Replication, log shipping to a standby and point-in-time recovery keep the
		// system recoverable (A1.2); a database's own transaction or write-ahead log
		// is not a security log (CC7.2). Logs reviewed or sent to a SIEM stay CC7.2.
		{"recovery by replication", "Are database transaction logs copied to a second region so that the database can be recovered to a point in time?", "A1.2", "", []string{"CC7.2"}},
		{"recovery by replication", "Is the write-ahead log streamed to a standby replica in another zone?", "A1.2", "", []string{"CC7.2"}},
		{"recovery by replication", "Can the booking database be restored to any point in time within the last seven days?", "A1.2", "", nil},
		{"recovery by replication", "Do you use log shipping to keep a warm standby of the order database?", "A1.2", "", []string{"CC7.2"}},
		{"security logs", "Are audit logs shipped to the SIEM and reviewed daily?", "CC7.2", "A1.2", nil},
		{"security logs", "Are database transaction logs reviewed for suspicious queries?", "CC7.2", "", nil},

		// Personal data provided, given, rented, swapped, sold or traded to third
		// parties, partners or other organisations is disclosure (P6.1), before the
		// consent asked for it (P2.1). Selling goods is no disclosure, and consent
		// alone stays P2.1.
		{"disclosure to third parties", "Do you provide personal information about our members to third parties, and is their consent sought first?", "P6.1", "", nil},
		{"disclosure to third parties", "Is customer personal data ever given to partners for their own marketing?", "P6.1", "", nil},
		{"disclosure to third parties", "Do you rent or swap supporter lists with other charities?", "P6.1", "", nil},
		{"disclosure to third parties", "Has the company ever sold alumni data to recruiters?", "P6.1", "", nil},
		{"disclosure to third parties", "Are patient contact lists traded with affiliated clinics?", "P6.1", "", nil},
		{"consent alone", "Can users withdraw their consent to marketing at any time?", "P2.1", "", []string{"P6.1"}},
		{"selling goods", "Do you sell refurbished laptops to other companies?", "", "", []string{"P6.1"}},

		// Who may post or reverse entries, rights and accounts reviewed, and a login
		// disabled when someone leaves are access given and removed by role (CC6.3),
		// before the access restriction a money system's access rule names first
		// (CC6.1). Logins, passwords and MFA stay CC6.1, and access logs reviewed are
		// log review, not an access review.
		{"access reviewed or removed", "When a claims adjuster leaves, how soon is their logon to the policy admin system deactivated?", "CC6.3", "", nil},
		{"access reviewed or removed", "Are user accounts in the rent-collection platform recertified every six months?", "CC6.3", "", nil},
		{"access reviewed or removed", "Which employees are permitted to reverse payments in the donations ledger, and is that list checked?", "CC6.3", "", nil},
		{"access reviewed or removed", "Are entitlements in the treasury management system reviewed by the business owner each quarter?", "CC6.3", "", nil},
		{"access reviewed or removed", "How often do you audit administrative access to the database servers?", "CC6.3", "", nil},
		{"access to log in", "Is MFA required to sign in to the payroll system?", "CC6.1", "", nil},
		{"access to log in", "What password rules apply to the billing portal?", "CC6.1", "", nil},
		{"access logs reviewed", "Are door access logs for the server room reviewed weekly?", "", "CC6.3", nil},
		// A department is no departure, data left on a drive is no leaver, and an
		// account that holds money audited is no access review.
		{"not access removal", "Is customer data left on decommissioned drives deleted before disposal?", "", "", []string{"CC6.3"}},
		{"not access removal", "Does each department head sign off the records retention schedule?", "", "", []string{"CC6.3"}},
		{"not an access review", "Are customer account balances audited annually by an external firm?", "", "", []string{"CC6.3"}},
		{"access reviewed or removed", "Are user accounts reviewed every quarter by system owners?", "CC6.3", "", nil},
		{"access reviewed or removed", "Are system accounts on the hosts running the dispatch service audited twice a year?", "CC6.3", "", nil},

		// Records a customer or partner sends in, checked as received or imported
		// complete and correct, are inputs (PI1.2), before the processing that follows
		// (PI1.3). Records the service sends out and confirms as received are outputs
		// (PI1.4), and a bank's cash file loaded is a SOC 1 interface.
		{"inputs received complete", "When a franchisee uploads the weekly sales file, how do you make sure every line arrived without omissions?", "PI1.2", "", nil},
		{"inputs received complete", "How do you verify that timetable data imported from the transit agency is complete and correct?", "PI1.2", "", nil},
		{"inputs received complete", "Are inbound lab result batches checked for completeness before they are processed?", "PI1.2", "", nil},
		{"inputs received complete", "Are the enrolment updates we push to you received completely, and are rejected rows returned to us?", "PI1.2", "", nil},
		{"outputs confirmed received", "How do you confirm that the dispatch records sent to the carrier were all received and accepted?", "PI1.4", "", []string{"PI1.2"}},
		{"inputs of a money system", "Is the daily cash file from our bank loaded completely, with rejected records reported back to us?", "", "", []string{"PI1.2"}},
		{"inputs received complete", "Are imported shipment manifests checked for completeness?", "PI1.2", "", nil},
		{"inputs received complete", "Do you check that policy records imported from the broker portal are complete and accurate?", "PI1.2", "", nil},
		// A completed form or piece of evidence uploaded is a document asked for, and
		// "important" is not "import": neither is an input.
		{"document completed", "Please upload the completed vendor risk form together with your latest SOC 2 Type 2 report.", "", "", []string{"PI1.2"}},
		{"document completed", "Could you upload completed evidence of the last user access recertification?", "CC6.3", "", []string{"PI1.2"}},
		{"important, not imported", "It is important that the offboarding checklist is complete for every leaver.", "CC6.3", "", []string{"PI1.2"}},
		{"important, not imported", "We consider it important that patch rollouts are complete within 30 days; is that your target?", "CC7.1", "", []string{"PI1.2"}},

		// A status page for incidents and a channel through which customers report
		// suspected incidents or concerns are communication with outsiders (CC2.3);
		// handling the incidents reported, and a response plan, stay CC7.4, and staff
		// reporting concerns stays internal communication (CC2.2).
		{"incidents communicated", "Is there a public status page showing current incidents and planned maintenance?", "CC2.3", "", nil},
		{"incidents communicated", "How can tenants report a suspected security incident to you?", "CC2.3", "", nil},
		{"incidents communicated", "Is there a published mailbox for clients to report potential incidents?", "CC2.3", "", nil},
		{"incidents communicated", "Can users of the app flag security concerns to you, and how?", "CC2.3", "", nil},
		{"incidents handled", "How are security incidents reported by customers triaged and contained?", "", "CC2.3", nil},
		{"incidents handled", "Do you have an incident response plan that is tested every year?", "CC7.4", "", nil},
		{"staff report concerns", "Can employees report security concerns anonymously?", "CC2.2", "", nil},

		// Data deleted, destroyed or returned when a contract ends is confidential data
		// disposed of (C1.2), even with a certificate of destruction, and a second
		// language's "finish of the contract" is its end. Devices and media destroyed
		// stay CC6.5, and how long personal data is kept stays P4.2.
		{"data at the end", "When the engagement closes, is our case data returned or destroyed, and do we get a certificate of destruction?", "C1.2", "", []string{"CC6.5"}},
		{"data at the end", "After the finish of the agreement, are the files of the agency erased?", "C1.2", "", nil},
		{"data at the end", "Will a certificate of destruction of the data be issued on contract expiry?", "C1.2", "", nil},
		{"media destroyed", "Are certificates of destruction kept for shredded backup tapes?", "CC6.5", "", nil},
		{"media destroyed", "How are retired laptops wiped, and is a certificate of destruction issued?", "CC6.5", "", nil},
		{"retention set", "How long do you retain personal data of former employees?", "P4.2", "", nil},
	}
	for _, tt := range tests {
		v := e.Classify(Question{Text: tt.question})
		if tt.first != "" && (len(v.Criteria) == 0 || v.Criteria[0] != tt.first) {
			t.Errorf("%s: %q: criteria %v, want %s first", tt.class, tt.question, v.Criteria, tt.first)
		}
		if tt.notFirst != "" && len(v.Criteria) > 0 && v.Criteria[0] == tt.notFirst {
			t.Errorf("%s: %q: criteria %v, want %s not first", tt.class, tt.question, v.Criteria, tt.notFirst)
		}
		for _, c := range tt.absent {
			for _, got := range v.Criteria {
				if got == c {
					t.Errorf("%s: %q: criteria %v, want no %s", tt.class, tt.question, v.Criteria, c)
				}
			}
		}
	}
}
