package triage

import (
	"slices"
	"testing"
)

// Words with two senses in questionnaires: the sense decides the criterion. Each row
// names a criterion the question must get (want) and one it must not (not); the
// near-misses keep the other sense.
func TestWordSenses(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct {
		sense, question string
		report          string
		want, not       string
	}{
		// Releasing money after approval is a payment step, not a software release.
		{"release money", "Is a refund released to the customer only once two managers approve it?", "soc1", "", "CC8.1"},
		{"release money", "Are supplier payments released after a second approval?", "soc1", "", "CC8.1"},
		{"release money", "Do outgoing wires get released only after callback and approval?", "soc1", "", "CC8.1"},
		{"release software", "Is each release approved by the product owner before it ships?", "soc2", "CC8.1", ""},
		{"release software", "Are emergency releases reviewed after the fact?", "soc2", "CC8.1", ""},
		// "switches" is network equipment only beside network words.
		{"switch verb", "When a member switches health plans, how is the premium deduction changed?", "", "", "CC6.6"},
		{"switch verb", "If a customer switches billing currency, who approves it?", "", "", "CC6.6"},
		{"switch noun", "Are core switches configured from a hardened baseline?", "soc2", "CC6.6", ""},
		{"switch noun", "Do you restrict management access to switches and firewalls?", "soc2", "CC6.6", ""},
		// Publishing to customers on a documentation site or portal is external
		// communication; a customer portal as the system, or jobs that post to client
		// ledgers, is not.
		{"publish to customers", "Data dictionaries for every export are kept current and published to clients on the help site.", "soc2", "CC2.3", ""},
		{"publish to customers", "Specifications of each report's fields are published to tenants in the documentation portal.", "soc2", "CC2.3", ""},
		{"portal as the system", "The customer portal enforces input validation on every form.", "soc2", "", "CC2.3"},
		{"post to a ledger", "Overnight jobs post transactions to client ledgers; who can change their schedule?", "", "", "CC2.3"},
		// Leaked credentials watched for outside are monitoring, not authentication.
		{"leaked credentials", "Is there a service that alerts you when staff passwords turn up in breach dumps or on the dark web?", "soc2", "CC7.2", ""},
		{"leaked credentials", "Are public repositories searched for secrets or keys your developers may have pushed by mistake?", "soc2", "CC7.2", ""},
		{"credentials managed", "Are credentials rotated when an employee leaves?", "soc2", "CC6.1", "CC7.2"},
	}
	for _, tc := range tests {
		t.Run(tc.sense+": "+tc.question, func(t *testing.T) {
			v := e.Classify(Question{Text: tc.question})
			if tc.report != "" && v.Report != tc.report {
				t.Errorf("report %s, want %s (evidence %+v)", v.Report, tc.report, v.Evidence)
			}
			if tc.want != "" && !slices.Contains(v.Criteria, tc.want) {
				t.Errorf("criteria %v, want %s (evidence %+v)", v.Criteria, tc.want, v.Evidence)
			}
			if tc.not != "" && slices.Contains(v.Criteria, tc.not) {
				t.Errorf("criteria %v, must not hold %s (evidence %+v)", v.Criteria, tc.not, v.Evidence)
			}
		})
	}
}

// Model training on customer data is a data-use question; staff training stays
// training. A right of access is a data subject's only with personal data or a
// person as its subject; rights of access to a system are access provisioning.
func TestWordSensesTrainingAndAccessRights(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct {
		question  string
		want, not string
	}{
		{"Will prompts we send be used to train your AI?", "P4.1", "CC1.4"},
		{"Are your language models trained on client records?", "P4.1", "CC1.4"},
		{"Is tenant content used for model training?", "P4.1", "CC1.4"},
		{"Do you train support staff on data handling?", "CC1.4", "P4.1"},
		{"Are engineers trained in secure coding every year?", "CC1.4", "P4.1"},
		{"How are access rights to the payroll system assigned?", "CC6.2", "P5.1"},
		{"Rights of access to the reporting application are reviewed twice a year.", "CC6.3", "P5.1"},
		{"How can a person exercise the right of access to their records?", "P5.1", ""},
		{"How do you honour the right of access?", "P5.1", ""},
		{"What is the process for erasure requests under GDPR?", "P4.3", ""},
		{"Can a consumer have us forget them (right to be forgotten)?", "P4.3", ""},
		{"How do patients ask for deletion, and how are deletion requests from patients tracked?", "P4.3", ""},
		{"Are deletion requests for a departing employee's login approved?", "", "P4.3"},
	}
	for _, tc := range tests {
		t.Run(tc.question, func(t *testing.T) {
			v := e.Classify(Question{Text: tc.question})
			if tc.want != "" && !slices.Contains(v.Criteria, tc.want) {
				t.Errorf("criteria %v, want %s (evidence %+v)", v.Criteria, tc.want, v.Evidence)
			}
			if tc.not != "" && slices.Contains(v.Criteria, tc.not) {
				t.Errorf("criteria %v, must not hold %s (evidence %+v)", v.Criteria, tc.not, v.Evidence)
			}
		})
	}
}

// Whether personal data or PHI is handled at all is a scoping fact (a written answer,
// beside the HIPAA attestation when a BAA is asked for); how it is handled stays a
// privacy control.
func TestPersonalDataScope(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct {
		question, report, artifact string
	}{
		{"Will any of your subcontractors receive or maintain PHI for us?", "none", "custom_answer"},
		{"Does the service store or process PII?", "none", "custom_answer"},
		{"Will you transmit PHI, and will you execute a BAA with us?", "none", "hipaa_attestation"},
		{"How do you store PII?", "soc2", ""},
		{"Is PHI encrypted whenever it is transmitted?", "soc2", ""},
		{"Describe the safeguards when your staff access personal data.", "soc2", ""},
	}
	for _, tc := range tests {
		t.Run(tc.question, func(t *testing.T) {
			v := e.Classify(Question{Text: tc.question})
			if v.Report != tc.report {
				t.Errorf("report %s, want %s (evidence %+v)", v.Report, tc.report, v.Evidence)
			}
			if tc.artifact != "" && !slices.Contains(v.Artifacts, tc.artifact) {
				t.Errorf("artifacts %v, want %s", v.Artifacts, tc.artifact)
			}
		})
	}
}

// Words of the rules' financial vocabulary in another sense: a ledger that is
// append-only, tamper-evident, hash-chained, distributed or a log of changes or
// events is a log store (SOC 2, CC7.2 or the control it serves); a job posting, a
// blog post, a bulletin posted to a page is published, not booked; the statements of
// a privacy notice are not client statements. The same words about money stay SOC 1.
func TestFinancialWordsInOtherSenses(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Are security events stored in a tamper-evident ledger database such as QLDB?", report: "soc2", crit: "CC7.2", areas: []string{}},
		{q: "Do you keep a hash-chained ledger of administrator actions that engineers cannot edit?", report: "soc2", crit: "CC7.2", areas: []string{}},
		{q: "Do you run a distributed ledger for certificate transparency?", report: "soc2", areas: []string{}},
		{q: "Are entries in the change ledger approved before deployment?", report: "soc2", crit: "CC8.1", areas: []string{}},
		{q: "Are job postings checked for accuracy before they go live?", report: "none"},
		{q: "Are posted security bulletins checked for accuracy before publication?", report: "none"},
		{q: "Is the information posted on your status page accurate and timely?", report: "soc2", crit: "CC2.3", areas: []string{}},
		{q: "Are statements in your privacy notice verified as accurate?", report: "none", arts: []string{"privacy_policy"}},
		{q: "Is the release of new builds to production approved by a second engineer?", report: "soc2", crit: "CC8.1"},
		// Near-misses: the ledger, postings and statements of a financial process.
		{q: "Who can post manual journal entries to the general ledger in your system?", report: "both", areas: []string{"access_financial"}},
		{q: "Are ledger postings reconciled to the bank statement daily?", report: "soc1", areas: []string{"reconciliation"}},
		{q: "Is the general ledger locked and immutable after month-end close?", report: "soc1"},
		{q: "Are cash receipts posted to the right customer account the same day?", report: "soc1", areas: []string{"transaction_processing"}},
		{q: "Are account statements sent to clients complete and accurate?", report: "soc1", areas: []string{"financial_reporting"}},
		{q: "Are journal entries posted to the ledger after approval?", report: "soc1"},
		{q: "Are the posting jobs for the claims ledger monitored?", report: "both", areas: []string{"operations_financial"}},
	})
}

// A job posting or a blog post is published; jobs and batches that post entries to a
// ledger are the subjects of the financial verb and stay SOC 1.
func TestPostingJobsAreNotJobPostings(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Do the jobs that post transactions to client ledgers have change control?", report: "both"},
		{q: "Does the job post cash receipts to the right customer account?", report: "soc1", areas: []string{"transaction_processing"}},
		{q: "Are batch jobs posting journal entries monitored for failures?", report: "both"},
		{q: "Our interfaces run as scheduled jobs posting premium receipts; how are failures followed up?", report: "both"},
		{q: "Is output of batches that post payments into the ERP reconciled?", report: "soc1"}, // the reconciliation of the postings, a business control
		// Near-misses: the noun phrases stay published.
		{q: "Who approves a job post before it is published?", report: "none"},
		{q: "Are job postings reviewed for discriminatory wording?", report: "none"},
		{q: "Is legal sign-off needed before posting a vacancy?", report: "none"},
		{q: "Does marketing review each blog post before it goes live?", report: "none"},
	})
}

// Words of a financial process in another sense: custodians of keys or data are
// people who hold secrets, not the custody of client assets; an activity or audit
// ledger is a log; finance staff kept by role from other records are the subject of an
// access control, not the financial system; the master agreement is a contract, not
// master data; the vendor's own financial statements audited by a firm are its
// audited accounts, not the asker's reliance.
func TestFinancialWordsInAnotherSense(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Are encryption keys split between two key custodians so no one person holds a whole key?", report: "soc2", crit: "CC6.1", not: "custody"},
		{question: "HSM key ceremonies require at least two named custodians and are recorded.", report: "soc2", not: "custody"},
		{question: "Who are the custodians of the master encryption keys, and how are they chosen?", report: "soc2", not: "custody"},
		{question: "Data custodians are assigned for each customer dataset and review access yearly.", report: "soc2", not: "custody"},
		{question: "The event ledger kept by the platform records every admin action - can entries be altered?", report: "soc2", crit: "CC7.2"},
		{question: "Is role-based access enforced so that billing clerks cannot view patients' clinical charts?", report: "soc2", crit: "CC6.3"},
		{question: "Do role permissions stop payroll staff from reaching HR case notes in the system?", report: "soc2", crit: "CC6.3"},
		{question: "Are customer responsibilities spelled out in the master subscription agreement?", report: "soc2", not: "master_data"},
		{question: "Does the customer master services agreement state your security obligations?", report: "none"},
		{question: "Annual financial statements are audited by an outside accounting firm.", report: "none", artifact: "financial_statements"},
		{question: "Are the company's financial statements audited each year? Please attach the latest.", report: "none", artifact: "financial_statements"},
		// Near misses: the financial sense.
		{question: "Are client securities held by a qualified custodian and reconciled daily?", report: "soc1", area: "custody"},
		{question: "Who can post or delete entries in the general ledger application you host for us?", report: "both", area: "access_financial"},
		{question: "Is access for billing staff to the billing system reviewed quarterly?", report: "both", area: "access_financial"},
		{question: "Who approves changes to the vendor master in the payables system?", report: "soc1", area: "master_data"},
		{question: "Our financial statement auditors will rely on your controls; which report should we request?", report: "soc1"},
		{question: "For our financial statement audit, which of your controls matter?", report: "soc1"},
	})
}

// A bug bounty is a practice of finding vulnerabilities whatever platform runs it or
// whatever it pays: the platform named is a detail of the practice, not a product fact.
func TestBugBountyIsAPractice(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Public bug bounty for the web and mobile apps? Which platform and payout range?", report: "soc2", crit: "CC7.1"},
		{question: "Do you operate a public bug bounty, and what rewards does it pay?", report: "soc2", crit: "CC4.1"},
		{question: "Is your bounty program run on HackerOne or Bugcrowd, and is it private or public?", report: "soc2", crit: "CC7.1"},
		{question: "Does the mobile app support offline use?", report: "none", artifact: "custom_answer"},
		{question: "We do not run a bug bounty. Do you support SAML SSO on the mobile app?", report: "soc2"},
	})
}

// Non-financial data said to be outside billing stays processing integrity: events,
// clickstream or telemetry loaded into analytics, even beside "not used for
// invoicing"; the asker's "no financial reporting impact" asks for no SOC 1. Practices
// asked with a fact word stay practices: data flow documentation, how soon patients
// are told of a breach, when risks were last analysed.
func TestNonFinancialDataAndPracticesAskedAsFacts(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Product telemetry events feed our usage dashboards, which are not used for invoicing. Do you check that no events are dropped?", report: "soc2", crit: "PI1.3"},
		{question: "How do you make sure the clickstream events we stream to your analytics platform are loaded completely, with no duplicates?", report: "soc2", crit: "PI1.3"},
		{question: "Are marketing events loaded into the warehouse checked for completeness and duplicates each night?", report: "soc2", crit: "PI1.3"},
		{question: "Our engagement with you has no financial reporting relevance, so we do not need a SOC 1. Do you encrypt data at rest?", report: "soc2", not: "financial_reporting"},
		{question: "Do you maintain documentation of data flows across the service, showing where customer data moves?", report: "soc2", crit: "CC2.1"},
		{question: "How many hours after detecting a breach of patient data will you notify us and the affected individuals? Tell us about your process.", report: "soc2", crit: "P6.6"},
		{question: "When was the last risk analysis of systems that hold PHI performed?", report: "soc2", crit: "CC3.2"},
		// Near-misses: financial data, facts.
		{question: "Are billing events streamed to your platform checked for duplicates?", report: "soc1"},
		{question: "Is the daily billing feed to our ledger checked against control totals?", report: "soc1", area: "interfaces"},
		{question: "Do you store PHI?", report: "none", artifact: "custom_answer"},
		{question: "Where is our data stored?", report: "none", artifact: "custom_answer"},
		{question: "Is there anything else you want to tell us about your security program?", report: "none", artifact: "custom_answer"},
	})
}
