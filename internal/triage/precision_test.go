package triage

import (
	"slices"
	"testing"
)

// A financial word or a company fact named in passing must not decide the report when
// the question's subject is a security control, a privacy practice or a commercial
// fact; questions whose subject really is a financial process or a fact keep their
// verdict. The questions are written for this test, apart from the evaluation sets.
func TestSubjectPrecision(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct {
		class, question string
		report          string
		first           []string // one of these criteria comes first, when set
		absent          string   // a criterion that must not be cited
		area, artifact  string   // a SOC 1 area or an artifact that must be present
	}{
		// A billing word in a commercial question: a written answer.
		{"commercial fact", "Are you able to bill us in pounds sterling?", "none", nil, "", "", "custom_answer"},
		{"commercial fact", "Can invoices be issued in Swiss francs?", "none", nil, "", "", "custom_answer"},
		{"commercial fact", "What payment terms do you offer on your invoices?", "none", nil, "", "", "custom_answer"},
		// A billing word beside a security control: SOC 2.
		{"security subject", "Is the billing contact list held in your CRM encrypted at rest?", "soc2", []string{"CC6.1", "CC6.7"}, "", "", ""},
		{"security subject", "Are attachments on incoming invoices checked for viruses before anyone opens them?", "soc2", []string{"CC6.8"}, "", "", ""},
		{"security subject", "Are invoice PDFs scanned for malicious code and checked for accuracy of the file type?", "soc2", []string{"CC6.8"}, "", "", ""},
		{"security subject", "Are the people who run invoicing trained to spot phishing emails?", "soc2", []string{"CC2.2", "CC1.4"}, "", "", ""},
		{"commercial fact", "Which currency are your prices quoted in?", "none", nil, "", "", "custom_answer"},
		// The financial process is the subject: SOC 1 stays.
		{"financial process", "How do you make sure invoice amounts are computed correctly?", "soc1", nil, "", "transaction_processing", ""},
		{"financial process", "Are payroll transactions recorded in the right pay period?", "soc1", nil, "", "transaction_processing", ""},
		{"financial process", "Are payment transactions that fail validation corrected and resubmitted?", "soc1", nil, "", "transaction_processing", ""},
		{"financial process", "Are the nightly payroll batch jobs monitored for failures?", "both", nil, "", "operations_financial", ""},
		// A fact rule beside a control activity: the control decides.
		{"fact and control", "Can customers export all their records, and are they deleted from your systems afterwards?", "soc2", []string{"C1.2"}, "", "", ""},
		{"fact and control", "On exit, is our content handed back in an open format and then wiped?", "soc2", []string{"C1.2", "CC6.5"}, "", "", ""},
		{"fact and control", "How do you make transfers of personal data to other countries lawful?", "soc2", []string{"P6.1"}, "", "", ""},
		{"fact and control", "Is consent obtained before personal information is moved outside the EU?", "soc2", []string{"P3.2", "P6.1", "P2.1"}, "", "", ""},
		// Facts alone stay facts.
		{"fact", "In which country is our data hosted?", "none", nil, "", "", "custom_answer"},
		{"fact", "Can we export our data in an open format such as CSV?", "none", nil, "", "", "custom_answer"},
		{"fact", "Does personal data ever leave the EEA?", "none", nil, "", "", "custom_answer"},
		{"fact", "Where do you keep customer data?", "none", nil, "", "", "custom_answer"},
		// Jobs and transactions without a financial process: SOC 2.
		{"no financial process", "Are nightly backup jobs watched, and does a failed run raise an alert?", "soc2", []string{"A1.2", "CC7.2"}, "PI1.3", "", ""},
		{"no financial process", "How are records that fail validation handled?", "soc2", []string{"PI1.2", "PI1.3"}, "", "", ""},
		{"no financial process", "What becomes of transactions rejected by validation checks?", "soc2", []string{"PI1.2", "PI1.3"}, "", "", ""},
		{"no financial process", "How are failed transactions retried?", "soc2", []string{"PI1.3"}, "", "", ""},
		{"no financial process", "How do you monitor that ETL jobs finish on time?", "soc2", []string{"PI1.3"}, "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.class+": "+tc.question, func(t *testing.T) {
			v := e.Classify(Question{Text: tc.question})
			if v.Report != tc.report {
				t.Fatalf("report %s, want %s (criteria %v, evidence %+v)", v.Report, tc.report, v.Criteria, v.Evidence)
			}
			if tc.first != nil && (len(v.Criteria) == 0 || !slices.Contains(tc.first, v.Criteria[0])) {
				t.Errorf("criteria %v, want one of %v first", v.Criteria, tc.first)
			}
			if tc.absent != "" && slices.Contains(v.Criteria, tc.absent) {
				t.Errorf("criteria %v, want no %s", v.Criteria, tc.absent)
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
