package triage

import (
	"slices"
	"testing"
)

// The classes of wording the rules were first written without (issue: SOC 1 business
// words, confidentiality, company facts, one keyword deciding, rarely given criteria,
// control statements, type). The questions are written for this test, apart from the
// evaluation sets; each checks the class, not one phrasing.
func TestWordingClasses(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct {
		class, question string
		report, typ     string
		first           string // first criterion, when one is expected
		area, artifact  string // a SOC 1 area or an artifact that must be present
	}{
		{"soc1 business words", "How are chargebacks posted to merchant accounts and reconciled?", "soc1", "type2", "", "reconciliation", ""},
		{"soc1 business words", "How do you ensure dividend reinvestments are credited to the right shareholder accounts?", "soc1", "type2", "", "custody", ""},
		{"soc1 business words", "Who approves changes to the premium rating tables?", "soc1", "type2", "", "master_data", ""},
		{"soc1 business words", "How are unapplied receipts researched and cleared from suspense?", "soc1", "type2", "", "reconciliation", ""},
		{"soc1 business words", "How are trades that fail to settle followed up?", "soc1", "type2", "", "transaction_processing", ""},
		{"soc1 business words", "Is the NAV struck daily independently checked?", "soc1", "type2", "", "transaction_processing", ""},
		{"soc1 business words", "Is cash received applied to the correct policyholder account?", "soc1", "type2", "", "transaction_processing", ""},
		{"one keyword", "Are wire transfers above a threshold released only after callback verification?", "soc1", "type2", "", "transaction_processing", ""},
		{"rare criteria", "Do you have a person responsible for the privacy?", "soc2", "type2", "P8.1", "", ""},
		{"confidentiality", "After contract end, how long until our files are purged from your systems?", "soc2", "type2", "C1.2", "", ""},
		{"confidentiality", "How is customer data labelled as confidential handled by support staff?", "soc2", "type2", "C1.1", "", ""},
		{"confidentiality", "What happens to our data when we cancel the subscription?", "soc2", "type2", "C1.2", "", ""},
		{"confidentiality", "How long are call recordings kept?", "soc2", "type2", "C1.2", "", ""},
		{"confidentiality", "How do you restrict who can view customer contracts internally?", "soc2", "type2", "C1.1", "", ""},
		{"processing integrity", "Are data processing results compared against expected totals before release to clients?", "soc2", "type2", "PI1.3", "", ""},
		{"processing integrity", "Describe how the accuracy of the recommendation scores delivered to customers is checked.", "soc2", "type2", "PI1.4", "", ""},
		{"company facts", "How many data centers do you operate?", "none", "", "", "", "custom_answer"},
		{"company facts", "Please list your supported browsers and mobile platforms.", "none", "", "", "", "custom_answer"},
		{"company facts", "Are backups stored outside the EU?", "none", "", "", "", "custom_answer"},
		{"company facts", "Can our auditors perform an on-site audit?", "none", "", "", "", "custom_answer"},
		{"one keyword", "Do you allow customers to perform vulnerability scans against their tenant?", "none", "", "", "", "custom_answer"},
		{"one keyword", "Are backups replicated to a second region in the same country?", "soc2", "type2", "A1.2", "", ""},
		{"one keyword", "Do you use a third-party service to monitor uptime?", "soc2", "type2", "A1.1", "", ""},
		{"one keyword", "Is HTTPS enforced on all public endpoints?", "soc2", "type2", "CC6.7", "", ""},
		{"one keyword", "Can we scan your application ourselves?", "none", "", "", "", "custom_answer"},
		{"one keyword", "Which REST API endpoints require authentication?", "soc2", "type2", "CC6.1", "", ""},
		{"rare criteria", "Is a retrospective held and are systems rebuilt after a compromise?", "soc2", "type2", "CC7.5", "", ""},
		{"control statement", "Mechanisms exist to identify and document the data flows of the organization's systems.", "soc2", "type2", "CC2.1", "", ""},
		{"type", "We need evidence the controls worked during the whole audit window.", "soc2", "type2", "", "", ""},
		{"type", "Is the attestation a snapshot at one date?", "soc2", "type1", "", "", ""},
		{"type", "Does the report cover a 12-month review window?", "soc2", "type2", "", "", ""},
		{"type", "Please send the SOC 2 report on the design of controls as at 31 March.", "soc2", "type1", "", "", ""},
		{"company facts", "Roughly how many developers maintain the codebase?", "none", "", "", "", "custom_answer"},
		{"company facts", "Name two universities of comparable size that use the product.", "none", "", "", "", "custom_answer"},
		{"company facts", "Since what year has the business been trading?", "none", "", "", "", "custom_answer"},
		{"company facts", "Who are the majority shareholders of the firm?", "none", "", "", "", "custom_answer"},
		{"company facts", "Explain the licensing model: named users or concurrent seats?", "none", "", "", "", "custom_answer"},
		{"company facts", "During which hours is phone support staffed?", "none", "", "", "", "custom_answer"},
		{"company facts", "Which calendar connectors does the scheduling module ship with?", "none", "", "", "", "custom_answer"},
		{"company facts", "Can the web client be operated with a keyboard alone?", "none", "", "", "", "custom_answer"},
		{"company facts", "List the sub-processors engaged for the hosted service.", "none", "", "", "", "custom_answer"},
		{"company facts", "Accounts payable contact phone", "none", "", "", "", "custom_answer"},
		{"company facts", "Describe how you remove system access when an employee leaves the company.", "soc2", "type2", "CC6.3", "", ""},
		{"company facts", "Does the platform support SAML single sign-on for administrators?", "soc2", "type2", "CC6.1", "", ""},
		{"company facts", "How many failed log-in attempts lock an account?", "soc2", "type2", "", "", ""},
		{"company facts", "Does the application export its audit logs to our SIEM?", "soc2", "type2", "CC7.2", "", ""},
		{"one keyword", "Would you let our assessors test the hosted tenant before signature?", "none", "", "", "", "custom_answer"},
		{"one keyword", "Can our security staff scan the externally facing IPs you assign to us?", "none", "", "", "", "custom_answer"},
		{"one keyword", "Do you test your own controls through an internal audit function?", "soc2", "type2", "CC4.1", "", ""},
		{"one keyword", "Could replicas of our database be moved to a foreign region?", "none", "", "", "", "custom_answer"},
		{"one keyword", "Is log collection handled in-house or outsourced?", "soc2", "type2", "CC7.2", "", ""},
		{"one keyword", "Which payment providers does the donation page accept?", "none", "", "", "", "custom_answer"},
		{"one keyword", "Is a demo environment available to prospective customers?", "none", "", "", "", "custom_answer"},
		{"one keyword", "Are changes tested in a staging environment before release?", "soc2", "type2", "CC8.1", "", ""},
		{"company facts", "How many people sit in your information security team?", "none", "", "", "", "custom_answer"},
		{"company facts", "Give the name and phone number of the person we call about security matters.", "none", "", "", "", "custom_answer"},
		{"company facts", "In what countries are the backups of our records physically kept?", "none", "", "", "", "custom_answer"},
		{"company facts", "Is the business a certified veteran-owned enterprise?", "none", "", "", "", "custom_answer"},
		{"company facts", "How do you log and monitor access to the records stored in each country?", "soc2", "type2", "", "", ""},
		{"one keyword", "The supplier shall hold professional indemnity cover of no less than two million pounds.", "none", "", "", "", "insurance_certificate"},
		{"type", "Point in time is acceptable for the first year; which date will the report be as of?", "soc2", "type1", "", "", ""},
		{"type", "Does the board oversee the design and operation of internal control over the period?", "soc2", "type2", "", "", ""},
		{"one keyword", "Corporate website (https://www.example.com)", "none", "", "", "", "custom_answer"},
		{"one keyword", "Is every page of the customer portal served only over HTTPS?", "soc2", "type2", "CC6.7", "", ""},
		{"one keyword", "Which endpoint returns the list of invoices for an account?", "none", "", "", "", "custom_answer"},
		{"one keyword", "Are developer workstations and other endpoints centrally patched?", "soc2", "type2", "", "", ""},
		{"one keyword", "Is the database backup job operated by a third party?", "soc2", "type2", "A1.2", "", ""},
		{"one keyword", "Does the service run on Azure or in your own data centre?", "none", "", "", "", "custom_answer"},
		{"one keyword", "Could our red team run a phishing simulation against your staff?", "none", "", "", "", "custom_answer"},
		{"one keyword", "How much notice is required to cancel the contract, and what is the notice period at renewal?", "none", "", "", "", "custom_answer"},
		{"one keyword", "Are full credit card numbers ever written to your databases?", "none", "", "", "", "pci_aoc"},
		{"company facts", "Can dashboards be downloaded as CSV files?", "none", "", "", "", "custom_answer"},
		{"company facts", "Which web browsers are certified for the admin console?", "none", "", "", "", "custom_answer"},
		{"company facts", "Is an on-prem install offered alongside the hosted edition?", "none", "", "", "", "custom_answer"},
		{"company facts", "Is live chat support included?", "none", "", "", "", "custom_answer"},
		{"company facts", "What availability do you guarantee in the order form?", "none", "", "", "", "custom_answer"},
		{"company facts", "# offices", "none", "", "", "", "custom_answer"},
		{"company facts", "How is uptime measured and reported to customers each month?", "soc2", "type2", "", "", ""},
		{"type", "A Type II is what our policy asks for; can you send it?", "soc2", "type2", "", "", ""},
		{"type", "Until your first Type 2 is issued a Type 1 will do for now.", "soc2", "type1", "", "", ""},
		{"type", "A Type I by itself would not satisfy procurement.", "soc2", "type2", "", "", ""},
		{"type", "Is your SOC 2 a design-only report?", "soc2", "type1", "", "", ""},
		{"type", "Does the SOC 2 cover the entire year?", "soc2", "type2", "", "", ""},
		{"type", "Our auditors accept a SOC 2 of controls designed at 30 September.", "soc2", "type1", "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.class+": "+tc.question, func(t *testing.T) {
			v := e.Classify(Question{Text: tc.question})
			if v.Report != tc.report || v.Type != tc.typ {
				t.Fatalf("%s/%q, want %s/%q (evidence %+v)", v.Report, v.Type, tc.report, tc.typ, v.Evidence)
			}
			if tc.first != "" && (len(v.Criteria) == 0 || v.Criteria[0] != tc.first) {
				t.Errorf("criteria %v, want %s first", v.Criteria, tc.first)
			}
			if tc.area != "" && !slices.Contains(v.SOC1Areas, tc.area) {
				t.Errorf("soc1_areas %v, want %s", v.SOC1Areas, tc.area)
			}
			if tc.artifact != "" && !slices.Contains(v.Artifacts, tc.artifact) {
				t.Errorf("artifacts %v, want %s", v.Artifacts, tc.artifact)
			}
		})
	}
}
