package triage

import (
	"slices"
	"testing"
)

// A question that asks which thing the vendor uses (software, framework, operating
// system, standard, hosting provider, country) or for an identifier of the company is a
// fact written in; the same nouns beside a control activity or a security subject stay
// a control. An artifact decides the report only when it is what is asked for, not
// when its noun qualifies another subject. The questions are written for this test,
// apart from the evaluation sets.
func TestFactAndArtifactTier(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct {
		question string
		report   string
		first    []string // one of these criteria comes first, when set
		artifact string   // an artifact that must be present, when set
	}{
		// Facts: what the vendor uses or who provides it.
		{"Which message queue software does the platform run on?", "none", nil, "custom_answer"},
		{"What web framework is the customer portal built with?", "none", nil, "custom_answer"},
		{"Who is the hosting provider for the production environment?", "none", nil, "custom_answer"},
		{"Which cloud provider hosts the reporting service?", "none", nil, "custom_answer"},
		{"What is the name of the mobile app you are proposing?", "none", nil, "custom_answer"},
		{"Which operating systems are used on your database servers?", "none", nil, "custom_answer"},
		{"Which industry standards is your security programme aligned with?", "none", nil, "custom_answer"},
		{"Please give your organisation's Unique Entity Identifier.", "none", nil, "custom_answer"},
		{"What programming languages is the product written in?", "none", nil, "custom_answer"},
		{"Will all agency data, backups and logs included, stay within the EU?", "none", nil, "custom_answer"},
		{"Do you use Azure, or a similar outsourced virtual-machine data centre?", "none", nil, "custom_answer"},
		{"Is the solution offered as multi-tenant SaaS or as on-premises software?", "none", nil, "custom_answer"},
		{"Subcontractors (list)", "none", nil, "custom_answer"},
		// Neighbours: a control activity or a security subject keeps the control.
		{"How are logs reviewed for data kept in the EU?", "soc2", []string{"CC7.2"}, ""},
		{"Do you use AWS KMS to encrypt data?", "soc2", nil, ""},
		{"Which encryption algorithms protect data at rest?", "soc2", []string{"CC6.1", "CC6.7"}, ""},
		{"Which tools do you use to monitor privileged access?", "soc2", nil, ""},
		{"What version of TLS is enforced on public endpoints?", "soc2", []string{"CC6.7", "CC6.1"}, ""},
		{"Is third-party software patched within 30 days of a critical release?", "soc2", nil, ""},
		{"Do you use anti-malware software on every laptop?", "soc2", []string{"CC6.8"}, ""},
		{"Who approves changes to production?", "soc2", []string{"CC8.1"}, ""},
		{"Name the person accountable for information security.", "soc2", nil, ""},
		{"How are the operating systems on your servers hardened?", "soc2", nil, ""},
		// An artifact noun that qualifies another subject does not decide the report.
		{"How are escrow payments for homeowner insurance calculated and paid for the mortgages you service?", "soc1", nil, ""},
		{"How are medical claims checked against the negotiated fee schedule before payment, and how are errors fixed?", "soc1", nil, ""},
		{"How do you reconcile contribution payments with the census file we provide as plan sponsor?", "soc1", nil, ""},
		// The artifact asked for as a document: no SOC report, even beside a topic word.
		{"Can you sign a BAA with us? You would store PHI.", "none", nil, "hipaa_attestation"},
		{"Please link your privacy statement for patients.", "none", nil, "privacy_policy"},
		{"How is PHI encrypted in transit under your BAA?", "soc2", []string{"CC6.7"}, ""},
		// A report to read without an NDA, or a management summary, is the SOC 3.
		{"Can we get an executive summary of the SOC 2 without signing an NDA?", "soc2", nil, "soc3"},
		{"Is there a management summary of your latest audit report we could share with our board?", "soc2", nil, "soc3"},
		// A control asked with "attach a copy": the control and the document.
		{"Is the acceptable use policy approved by leadership and reviewed every year? Please attach it.", "soc2", []string{"CC5.3"}, "policy_document"},
		{"Please attach your approved information security policy.", "none", nil, "policy_document"},
		// Documents and reports asked for stay what they were.
		{"Please provide your SOC 2 Type II report.", "soc2", nil, ""},
		{"Are you ISO 27001 certified?", "none", nil, "iso27001_certificate"},
		{"Do you carry cyber liability insurance?", "none", nil, "insurance_certificate"},
	}
	for _, tc := range tests {
		t.Run(tc.question, func(t *testing.T) {
			v := e.Classify(Question{Text: tc.question})
			if v.Report != tc.report {
				t.Fatalf("report %s, want %s (criteria %v, evidence %+v)", v.Report, tc.report, v.Criteria, v.Evidence)
			}
			if tc.first != nil && (len(v.Criteria) == 0 || !slices.Contains(tc.first, v.Criteria[0])) {
				t.Errorf("criteria %v, want one of %v first", v.Criteria, tc.first)
			}
			if tc.artifact != "" && !slices.Contains(v.Artifacts, tc.artifact) {
				t.Errorf("artifacts %v, want %s", v.Artifacts, tc.artifact)
			}
		})
	}
}

// Who to contact and what legal history the company has are facts written in, even
// when the words speak of security or of enforcement; a practice about legal holds,
// regulatory change or contacts is still a control. The questions are written for
// this test, apart from the evaluation sets.
func TestContactAndLegalHistoryFacts(t *testing.T) {
	t.Parallel()
	written := []string{"custom_answer"}
	checkRequests(t, []requestCase{
		{"Name, title, e-mail and phone number of the person we should contact about security questions", "none", "", nil, written, nil},
		{"Security point of contact (name / email / phone):", "none", "", nil, written, nil},
		{"Is there any pending or threatened litigation against your firm?", "none", "", nil, written, nil},
		{"In the last 3 years, has any regulator fined or sanctioned the company?", "none", "", nil, written, nil},
		{"Please disclose any consent decree, enforcement proceeding or lawsuit involving your organisation since 2020.", "none", "", nil, written, nil},
		{"Company was sued by customer or regulator in past five year? Give details.", "none", "", nil, written, nil},
		{"Name, title, e-mail and phone number of the person we should contact about security questions on this assessment", "none", "", nil, written, nil},
		{"Security point of contact for this review - name and direct phone:", "none", "", nil, written, nil},
		{"Whom should our analysts email with clarification questions on your responses?", "none", "", nil, written, nil},
		{"Has the firm faced any regulatory fine or enforcement proceeding since 2021? If so, describe.", "none", "", nil, written, nil},
		{"Has the company been subject to an enforcement action or material litigation in the last five years? If yes, please describe.", "none", "", nil, written, nil},
		// References are facts whatever module the referees use.
		{"Provide three client references in regional banking that use your payroll module.", "none", "", nil, written, nil},
		{"Please list two references from credit unions that run your loan servicing module.", "none", "", nil, written, nil},
		{"Share references from universities using the tuition billing product.", "none", "", nil, written, nil},
		// Near misses: practices.
		{"How are security incidents escalated to the named contact in the customer organisation?", "soc2", "", nil, nil, nil},
		{"Are points of contact kept current for regulators and law enforcement?", "soc2", "", nil, nil, nil},
		{"Who is notified when a breach affecting our data is confirmed, and how?", "soc2", "", nil, nil, nil},
		{"Are reference checks performed on new hires?", "soc2", "", nil, nil, nil},
		{"Who approves changes to reference data used in pricing?", "soc1", "", nil, nil, nil},
		{"Do you obtain consent before processing personal data for marketing?", "soc2", "", nil, nil, nil},
		{"How do you notify the supervisory authority of a personal data breach within 72 hours?", "soc2", "", nil, nil, nil},
	})
}

// A field of a form or a question over something that is not a control (the firm that
// audits the company or issued its report, the date of its last independent audit, an
// approximate count, a representative's contact details, card brands and payment rails
// for the vendor's own invoices, the region a tenant sits in, a model picked from a
// list, regulator inspections and loss history, diversity classifications, the same
// terms offered to other buyers) is written in; the same nouns in a control question
// stay the control. The questions are written for this test, apart from the
// evaluation sets.
func TestFactsOverNoControl(t *testing.T) {
	t.Parallel()
	written := []string{"custom_answer"}
	checkRequests(t, []requestCase{
		{"Which CPA firm issued your most recent independent auditor's report?", "none", "", nil, written, nil},
		{"Name of the accounting firm that signed your most recent service auditor's report:", "none", "", nil, written, nil},
		{"Who are your external auditors, and how often is the lead partner rotated?", "none", "", nil, written, nil},
		{"Date of the most recent third-party audit of your information security program (MM/YYYY)", "none", "", nil, written, nil},
		{"Approximately how many contractors can reach production customer data?", "none", "", nil, written, nil},
		{"Estimated number of staff with administrative rights to the hosting environment:", "none", "", nil, written, nil},
		{"Data protection officer: name, title and e-mail", "none", "", nil, written, nil},
		{"Which card networks do you accept when we pay our renewal invoice?", "none", "", nil, written, nil},
		{"Is payment via wire transfer or ACH possible for the annual fee?", "none", "", nil, written, nil},
		{"In which cloud region would our dedicated instance reside?", "none", "", nil, written, nil},
		{"Has a national regulator inspected your facility in the past two years? List the findings.", "none", "", nil, written, nil},
		{"Were you audited by the FDA recently, and what was the outcome?", "none", "", nil, written, nil},
		{"Will you extend the same pricing to other districts in the consortium?", "none", "", nil, written, nil},
		{"Deployment model (choose one): multi-tenant SaaS / single-tenant / on-premises", "none", "", nil, written, nil},
		{"Have you filed a cyber insurance claim in the past five years? Give the amounts.", "none", "", nil, written, nil},
		{"Loss history for the past three years (claims and amounts):", "none", "", nil, written, nil},
		{"Certified as MBE, WBE or SDVOSB? Upload the certificate.", "none", "", nil, written, nil},
		// A full stop after an abbreviation does not end the field's sentence.
		{"Approx. number of engineers with production access", "none", "", nil, written, nil},
		{"Est. count of staff who can open customer tickets:", "none", "", nil, written, nil},
		// The same nouns in a control question stay the control.
		{"How do you review which staff have access to PHI?", "soc2", "", nil, nil, []string{"custom_answer"}},
		{"Date of last successful restore test?", "soc2", "", nil, nil, []string{"custom_answer"}},
		{"Please send the audit report issued by your CPA firm.", "soc2", "", nil, nil, []string{"custom_answer"}},
		{"Are customer names and addresses encrypted at rest?", "soc2", "", nil, nil, []string{"custom_answer"}},
		{"Are insurance claims paid accurately and on time?", "soc1", "", nil, nil, []string{"custom_answer"}},
		{"Backups incl. database snapshots: how often are they taken?", "soc2", "", nil, nil, []string{"custom_answer"}},
		{"Are end-of-life operating systems still in use anywhere in production?", "soc2", "", nil, nil, []string{"custom_answer"}},
		{"Do you have a dedicated privacy team? About how many people, and who does its lead report to?", "soc2", "", nil, nil, []string{"custom_answer"}},
	})
}

// The AOC answers PCI compliance and the document asked for, and card data named by
// itself; a control asked over card data (encrypted, tokenised, segmented, backed up),
// or under a PCI item number, is the control alone. The questions are written for
// this test, apart from the evaluation sets.
func TestPCIArtifactOnlyWhenAsked(t *testing.T) {
	t.Parallel()
	aoc := []string{"pci_aoc"}
	checkRequests(t, []requestCase{
		{"Are stored card numbers encrypted or tokenised in your databases?", "soc2", "", nil, nil, aoc},
		{"How is payment card data protected in backups?", "soc2", "", nil, nil, aoc},
		{"PCI-7 Is MFA required for administrator access to systems holding card data?", "soc2", "", nil, nil, aoc},
		{"PCI 3 Is the network holding cardholder data isolated from office networks by firewalls?", "soc2", "", nil, nil, aoc},
		{"Do you keep credit card numbers in application logs, and if so are they encrypted?", "soc2", "", nil, nil, aoc},
		// PCI compliance or its document asked for, or card data named alone.
		{"If you handle cardholder data, attach your attestation of compliance.", "none", "", nil, aoc, nil},
		{"Is the platform in PCI scope, and is your compliance current?", "none", "", nil, aoc, nil},
		{"Do you process debit card payments?", "none", "", nil, aoc, nil},
	})
}
