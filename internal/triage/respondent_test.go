package triage

import (
	"slices"
	"testing"
)

// TestRespondentParty: "the vendor", "the supplier", "the provider" or "the
// contractor" that answers the questionnaire is the respondent, whose own controls
// are asked about; only the respondent's vendors, sub-processors and other third
// parties are vendor management (CC9.2). The questions are written for this test,
// apart from the evaluation sets.
func TestRespondentParty(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct {
		question string
		first    string // the criterion that comes first, or "" for any
		cc92     bool   // whether vendor management is cited
	}{
		// The respondent as the actor: its own control, no CC9.2.
		{"Does the supplier keep its servers patched within thirty days?", "CC7.1", false},
		{"Supplier must retain audit logs for at least one year.", "CC7.2", false},
		{"Confirm that the vendor's staff complete security awareness training every year.", "CC2.2", false},
		{"Does Vendor encrypt its backups?", "", false},
		{"Is the vendor's customer data encrypted when stored?", "CC6.1", false},
		{"The provider maintains a documented disaster recovery plan.", "CC9.1", false},
		{"Explain how the service provider restricts administrator access.", "CC6.1", false},
		{"Has the contractor run a penetration test of the platform this year?", "CC4.1", false},
		{"Vendor shall describe the way it reviews firewall rules.", "CC6.6", false},
		// The respondent's own third parties: CC9.2 stays.
		{"Does the vendor rely on subcontractors to deliver the service?", "CC9.2", true},
		{"Does the supplier require its sub-processors to sign confidentiality terms?", "", true},
		{"Describe how you assess the security of your vendors.", "CC9.2", true},
		{"Do you monitor fourth parties?", "CC9.2", true},
		// "vendor" as a modifier, or a third party named before "the vendor".
		{"Is the vendor management policy reviewed annually?", "", true},
		{"Does the vendor risk assessment cover fourth parties?", "CC9.2", true},
		{"When a new supplier is onboarded, is the supplier's security reviewed?", "CC9.2", true},
		{"How do you monitor the vendor's performance against its contract?", "", true},
		{"Do you assess your cloud provider every year?", "CC9.2", true},
		// The maker of a product as the source of guidance or patches: not CC9.2.
		{"Is third-party software patched according to vendor advisories?", "CC7.1", false},
		{"Are hosts hardened to vendor-recommended baselines?", "CC7.1", false},
		// The asker speaking of its vendors, then addressing "you": the respondent.
		{"Suppliers that connect to our network must use MFA. Do you enforce MFA for admins?", "CC6.1", false},
		{"Our policy requires every vendor to test restores yearly. When did you last test one?", "", false},
		// The same words in a respondent's own statement, or with "you" first: vendors.
		{"Vendors that access our network must use MFA.", "", true},
		{"How do you assess vendors that access our data?", "CC9.2", true},
		{"The sub-contractors which handle our data, do you review them each year?", "CC9.2", true},
		// Third parties as the recipients of personal data, or bound by privacy terms:
		// the privacy criterion, not vendor management; the contract with them is.
		{"Is personal data disclosed to third parties only with the person's consent?", "P6.1", false},
		{"Are sub-processors held to privacy terms as strict as ours?", "P6.4", false},
		{"Must subprocessors notify you of breaches of the personal data they hold?", "P6.5", false},
		{"Do contracts with suppliers set out security requirements?", "CC9.2", true},
		{"Does the supplier rely on a third party to run its data centre?", "CC9.2", true},
		{"Do you use a third party to host customer data?", "CC9.2", true},
		// The respondent kept from doing something is its actor; the respondent's
		// own vendors kept from it are third parties.
		{"What prevents the vendor from copying our files to personal devices?", "", false},
		{"Is there anything that stops the supplier from selling our customer lists?", "", false},
		{"How do you prevent your vendors from accessing production data?", "", true},
	}
	for _, tc := range tests {
		t.Run(tc.question, func(t *testing.T) {
			v := e.Classify(Question{Text: tc.question})
			if tc.first != "" && (len(v.Criteria) == 0 || v.Criteria[0] != tc.first) {
				t.Errorf("criteria %v, want %s first", v.Criteria, tc.first)
			}
			if got := slices.Contains(v.Criteria, "CC9.2"); got != tc.cc92 {
				t.Errorf("criteria %v: CC9.2 cited %v, want %v", v.Criteria, got, tc.cc92)
			}
		})
	}
	// The vendor master file is still SOC 1 master data.
	if v := e.Classify(Question{Text: "Are changes to the vendor master file approved by a second person?"}); v.Report != ReportSOC1 {
		t.Errorf("vendor master file: report %s, want soc1", v.Report)
	}
}

// TestRespondentWords: the tokenizer skips only the party word that names the
// respondent.
func TestRespondentWords(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Does the vendor encrypt data?", []string{"data", "encrypt"}},
		{"The service provider's staff are screened.", []string{"screened", "staff"}},
		{"Vendor must log access.", []string{"access", "log", "must"}},
		{"Vendor Name", []string{"name", "vendor"}},
		{"Name the provider.", []string{"name", "provider"}},
		{"Is the vendor master file locked?", []string{"file", "locked", "master", "vendor"}},
		{"Do you audit the supplier?", []string{"audit", "supplier"}},
		{"Do vendors sign an NDA?", []string{"nda", "sign", "vendor"}},
	} {
		if got := Words(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("Words(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
