package triage

import (
	"slices"
	"testing"
)

// Control-catalogue statements ("The organisation …", "Mechanisms exist to …",
// "Management …") whose subject is a rarely cited criterion, and the word of another
// criterion they carry as a qualifier: the board oversight under which management
// sets up its structure, the security program a named individual runs, the risk
// assessment whose risks a control framework is mapped to, the policies through which
// control activities are deployed. The subject's criterion ranks first; each near
// miss keeps the other reading.
func TestControlStatementSubjects(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct {
		class, question string
		first, notFirst string
	}{
		{"standards of behaviour", "Personnel are expected to follow documented standards of conduct, and violations are dealt with promptly.", "CC1.1", "CC5.3"},
		{"standards of behaviour", "The firm defines what acceptable behaviour looks like for staff and contractors.", "CC1.1", ""},
		{"policy deviations", "Deviations from the security standards require a documented and approved exception.", "CC5.3", ""},

		{"governing body", "A governing body that is independent of management oversees the cybersecurity programme.", "CC1.2", "CC5.3"},
		{"governing body", "Does the governing body review security risks each quarter?", "CC1.2", ""},
		{"security program itself", "Is there a written information security program approved by management?", "CC5.3", ""},

		{"structure under oversight", "Leadership sets, under board oversight, structures and reporting lines for the risk and compliance functions.", "CC1.3", "CC1.2"},
		{"structure under oversight", "The board of directors exercises oversight of the internal control system.", "CC1.2", ""},
		{"qualified individual", "The company appoints a senior official to coordinate and maintain its security program.", "CC1.3", "CC5.3"},
		{"qualified individual", "A qualified individual is assigned to run the cybersecurity program across all business units.", "CC1.3", "CC5.3"},

		{"significant change", "Management evaluates changes that may significantly affect the control environment.", "CC3.4", "CC8.1"},
		{"significant change", "Are changes to production systems approved before release?", "CC8.1", "CC3.4"},

		{"objectives stated clearly", "Security objectives are specified clearly enough to support the assessment of risks.", "CC3.1", "CC3.2"},
		{"objectives stated clearly", "Is a risk assessment performed annually against defined objectives?", "CC3.2", ""},

		{"controls mapped to risks", "Our controls are mapped to the risks recorded in the risk register, following the CIS Controls.", "CC5.1", "CC3.2"},
		{"controls mapped to risks", "Is a risk register maintained and reviewed every quarter?", "CC3.2", ""},

		{"control activities by kind", "General control activities over technology are designed and put in place.", "CC5.2", "CC5.1"},
		{"control activities by kind", "Control activities are put into practice through policies and supporting procedures.", "CC5.3", "CC5.1"},
		{"control activities by kind", "Control activities are chosen to reduce the risks found in the assessment.", "CC5.1", ""},

		{"disruption risk mitigation", "The company identifies risk mitigation activities for risks that arise from possible business disruptions.", "CC9.1", "CC3.2"},
		{"disruption risk mitigation", "How do you identify risks to your information systems?", "CC3.2", ""},

		{"external reporting channel", "Outside parties such as researchers and customers can report security issues through a published address.", "CC2.3", "CC2.2"},
		{"external reporting channel", "Can employees report security concerns anonymously?", "CC2.2", ""},

		{"information produced by the entity", "Information produced by the entity that controls rely on is checked for completeness and accuracy.", "CC2.1", ""},
		{"source control", "Is source control used for all infrastructure code?", "CC8.1", ""},

		{"lessons improve the plan", "Are lessons from past incidents used to improve the incident response procedures?", "CC7.5", "CC7.4"},
		{"lessons improve the plan", "Is the incident response plan tested every year?", "CC7.4", ""},

		{"vendor breach commitments", "Suppliers with access to personal data must notify the company of any suspected unauthorized disclosure.", "P6.5", ""},
	}
	for _, tc := range tests {
		v := e.Classify(Question{Text: tc.question})
		first := ""
		if len(v.Criteria) > 0 {
			first = v.Criteria[0]
		}
		if first != tc.first || (tc.notFirst != "" && first == tc.notFirst) {
			t.Errorf("%s: %q: criteria %v, want %s first", tc.class, tc.question, v.Criteria, tc.first)
		}
	}
}

// Words that only qualify a statement add no category of their own: the processing
// capacity a capacity control watches, the complete and accurate record a privacy
// register keeps, the authenticated individuals an access request comes from. The
// same words as the subject keep their category.
func TestQualifierWordsAddNoCategory(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct {
		question string
		want     []string
	}{
		{"Current processing capacity of the cluster is monitored against forecast demand.", []string{"availability"}},
		{"Are batch processing jobs monitored for failures and rerun when needed?", []string{"processing_integrity"}},
		{"A complete, accurate and timely record is kept of each disclosure of personal data to third parties.", []string{"privacy"}},
		{"Are files processed completely, accurately and timely, with errors corrected?", []string{"processing_integrity"}},
		{"Authenticated individuals can obtain a copy of the personal data held about them.", []string{"privacy"}},
		{"Are all administrators authenticated with a hardware key?", []string{"security"}},
	}
	for _, tc := range tests {
		v := e.Classify(Question{Text: tc.question})
		got := slices.Clone(v.Categories)
		slices.Sort(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: categories %v, want %v (criteria %v)", tc.question, v.Categories, tc.want, v.Criteria)
		}
	}
}

// A master service agreement is a contract, not master data; the vendor or
// customer master file stays a SOC 1 area. Subprocessors bound by data processing
// agreements is privacy practice; signing the customer's DPA is still the document.
func TestContractNamesAreNotTheirWords(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Security commitments are given to customers through master service agreements.", report: "soc2", crit: "CC2.3", not: "master_data"},
		{question: "Are changes to the customer master file in the billing system approved?", report: "soc1", area: "master_data"},
	})
	checkRequests(t, []requestCase{
		{question: "Vendors handling personal data are bound by data processing agreements with equivalent privacy terms.", report: ReportSOC2, artifacts: []string{}},
		{question: "Will you agree to be bound by our data processing agreement?", report: ReportNone, artifacts: []string{"dpa"}},
	})
}
