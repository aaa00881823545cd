package triage

import (
	"slices"
	"testing"
)

// Commercial, legal and trade terms (limits of liability, indemnities, warranties,
// governing law, ownership of intellectual property, export control and sanctions
// screening, ESG and modern-slavery reporting, anti-bribery undertakings) are answered
// in writing, whatever breach, claim or confidential word they speak of; compliance
// with a privacy law, or its agreement asked for, is the DPA whatever personal data
// the law protects. A control
// asked about in the same words (notify, encrypt, train, review…) stays a control, and
// a contract word alone decides nothing. The questions are written for this test,
// apart from the evaluation sets.
func TestCommercialTermsTier(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct {
		question string
		report   string
		first    []string // one of these criteria comes first, when set
	}{
		// Legal terms of the contract.
		{"Is your total liability capped at twelve months of fees, and are losses from a breach of confidentiality carved out of the cap?", "none", nil},
		{"Will you indemnify us against third-party claims arising from a security breach caused by your staff?", "none", nil},
		{"Please confirm the warranty period for the software and any disclaimer of implied warranties.", "none", nil},
		{"The agreement is governed by the laws of which jurisdiction, and how are disputes resolved (arbitration or courts)?", "none", nil},
		{"Who owns the intellectual property in custom reports and configurations you build for us?", "none", nil},
		{"Do you exclude consequential damages for lost or corrupted data?", "none", nil},
		{"Would you take on unlimited liability for failures of your data protection duties?", "none", nil},
		{"Is loss of confidential records carved out of the liability cap, or excluded from it?", "none", nil},
		{"Are sales taxes included in the price you quoted?", "none", nil},
		{"May we name you as a customer and use your logo in marketing material?", "none", nil},
		// Trade compliance.
		{"Are all customers and resellers screened against OFAC and other sanctions lists before a licence is issued?", "none", nil},
		{"Has the product been classified under the EAR, and does any component fall under ITAR?", "none", nil},
		// Corporate responsibility.
		{"Describe your ESG reporting and whether you disclose greenhouse gas emissions.", "none", nil},
		{"Provide a copy of your most recent modern slavery and human trafficking statement.", "none", nil},
		{"Will you warrant in the contract that no bribes or kickbacks are paid to win our business?", "none", nil},
		// Compliance with a privacy law, and the agreement that sets it out.
		{"Is the platform compliant with COPPA for the pupils' accounts it stores?", "none", nil},
		{"Please countersign and return our data privacy agreement for learner records.", "none", nil},
		// Near misses: the control is the subject, or only the contract is named.
		{"How do you comply with GDPR when a data subject asks for their personal data to be deleted?", "soc2", nil},
		{"Do you keep consent records for personal information as the CCPA requires?", "soc2", nil},
		{"Do your contracts with subprocessors oblige them to tell you about data breaches within 48 hours?", "soc2", []string{"P6.5", "CC9.2"}},
		{"Does the master agreement include an indemnity, and how soon will you notify us of a security incident?", "soc2", nil},
		{"Is technical data subject to export control encrypted at rest and in transit?", "soc2", []string{"CC6.1", "CC6.7"}},
		{"Are employees trained each year on the anti-bribery and corruption policy?", "soc2", nil},
		{"Does every employee acknowledge each year a code of conduct that forbids bribery?", "soc2", []string{"CC1.1"}},
		{"Are job candidates screened against sanctions lists as part of background checks?", "soc2", []string{"CC1.4", "CC1.5"}},
		{"Are disciplinary sanctions applied to staff who violate security policies?", "soc2", []string{"CC1.5"}},
		{"Are environmental safeguards such as fire suppression and humidity sensors in place in the data centre?", "soc2", nil},
		{"Do you carry professional indemnity insurance?", "none", nil},
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
			if tc.report == ReportNone && len(v.Artifacts) == 0 {
				t.Errorf("no artifact: a written answer or the document named is expected")
			}
		})
	}
}
