package triage

import "testing"

// Lines whose first criterion was taken by words that only qualify the subject:
// provisioning done through SCIM (the identity capability, CC6.1, provisioning
// second), risks named by their kind (business disruption, the supply chain), the
// collection, use and disclosure a choice or consent is about, the retention period
// that only says when personal data is disposed of, and the deletion an individual
// asks for beside access to their data. Each near miss keeps the other reading.
func TestSubjectBeforeItsQualifyingWords(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct {
		class, question string
		first           string
	}{
		{"provisioning through SCIM", "Is SCIM supported for automatic provisioning and deprovisioning of user accounts?", "CC6.1"},
		{"provisioning through SCIM", "Does the platform offer SCIM 2.0 user provisioning from Okta or Azure AD?", "CC6.1"},
		{"provisioning through SCIM", "Users are provisioned and deprovisioned from the customer identity provider through SCIM.", "CC6.1"},
		{"provisioning through SCIM", "Our identity provider must push user provisioning and de-provisioning to your application via SCIM - supported?", "CC6.1"},
		{"provisioning through SCIM", "Single sign-on through SAML, plus SCIM provisioning - both available?", "CC6.1"},
		{"provisioning through SCIM", "Can our Entra ID tenant provision and deprovision users in your product over SCIM?", "CC6.1"},
		{"provisioning through SCIM", "Describe support for OIDC login and SCIM-based account provisioning.", "CC6.1"},
		{"provisioning through SCIM", "Automated de-provisioning via SCIM when a user is disabled in our identity provider?", "CC6.1"},
		{"provisioning near miss", "Is access removed within 24 hours when an employee leaves?", "CC6.3"},
		{"provisioning near miss", "Are new user accounts approved by a manager before they are provisioned?", "CC6.2"},
		{"provisioning near miss", "Are leavers' accounts deprovisioned within one business day of termination?", "CC6.3"},
		{"provisioning near miss", "Is infrastructure capacity provisioned automatically as load grows?", "A1.1"},

		{"risk named by its kind", "Risks of business disruption are identified and assessed annually.", "CC9.1"},
		{"risk named by its kind", "Supply chain risk management procedures are documented and approved.", "CC9.2"},
		{"risk named by its kind", "Disruption risks to critical services are identified and mitigation plans are approved by management.", "CC9.1"},
		{"risk named by its kind", "Risks arising from business interruption are identified, with mitigation including risk transfer.", "CC9.1"},
		{"risk named by its kind", "Vendor risks are identified and rated before onboarding.", "CC9.2"},
		{"risk named by its kind", "How are fraud risks identified and assessed?", "CC3.3"},
		{"risk near miss", "A risk assessment is performed annually and risks are identified and rated.", "CC3.2"},
		{"risk near miss", "Is the enterprise risk management program reviewed by leadership?", "CC3.2"},
		{"risk near miss", "How are risks from significant changes such as acquisitions identified?", "CC3.4"},
		{"risk near miss", "Risks are identified and analysed, including threats from vendors and business partners.", "CC3.2"},

		{"choice over collection, use and disclosure", "Individuals are offered choices about how their personal data is collected, used and disclosed, and consent is recorded.", "P2.1"},
		{"choice over collection, use and disclosure", "Is consent obtained for the collection, use and disclosure of customer personal data?", "P2.1"},
		{"choice over collection, use and disclosure", "Customers can withdraw consent to the collection, use and sharing of their personal data at any time.", "P2.1"},
		{"choice over collection, use and disclosure", "Consent for collecting, using and disclosing personal information is captured and stored.", "P2.1"},
		{"notice over collection, use and disclosure", "Is notice given to individuals about the collection, use, retention and disclosure of their personal information?", "P1.1"},
		{"choice near miss", "Is personal data disclosed to third parties only with consent?", "P6.1"},
		{"choice near miss", "Is the collection of personal data limited to what is necessary?", "P3.1"},
		{"choice near miss", "Do you obtain consent before processing personal data?", "P2.1"},
		{"choice near miss", "Is personal data shared with third parties, and how is that disclosure recorded?", "P6.1"},

		{"disposal when retention ends", "Customer personal data is purged once its retention period expires.", "P4.3"},
		{"disposal when retention ends", "Is personal information deleted or anonymised when the retention period ends?", "P4.3"},
		{"disposal when retention ends", "Personal records are destroyed after the retention period has lapsed.", "P4.3"},
		{"disposal when retention ends", "How do you dispose of personal data at the end of the retention schedule?", "P4.3"},
		{"disposal near miss", "How long is personal data retained?", "P4.2"},
		{"disposal near miss", "Is there a retention schedule for personal data, and is data deleted at the end of it?", "P4.2"},
		{"disposal near miss", "Personal data retention periods are defined and documented.", "P4.2"},

		{"deletion asked for beside access", "Do you handle data subject requests for access to and deletion of their personal data?", "P5.1"},
		{"deletion asked for beside access", "Individuals may request a copy of their personal data or ask for it to be deleted; are such requests fulfilled within 30 days?", "P5.1"},
		{"deletion asked for beside access", "Are consumer requests to access or delete their personal information honoured within the statutory deadline?", "P5.1"},
		{"deletion asked for beside access", "Customers can exercise rights of access and erasure over their personal data.", "P5.1"},
		{"deletion near miss", "Do you honour right-to-erasure requests?", "P4.3"},
		{"deletion near miss", "How do you respond to data subject access requests?", "P5.1"},
		{"deletion near miss", "Is personal data deleted when a customer asks?", "P4.3"},
		{"deletion near miss", "Does the service delete a user's personal data when the user asks for it to be deleted?", "P4.3"},
	}
	for _, tc := range tests {
		v := e.Classify(Question{Text: tc.question})
		first := ""
		if len(v.Criteria) > 0 {
			first = v.Criteria[0]
		}
		if first != tc.first {
			t.Errorf("%s: %q: criteria %v, want %s first", tc.class, tc.question, v.Criteria, tc.first)
		}
	}
}
