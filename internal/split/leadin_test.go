package split

import "testing"

// A sentence leading into the items below it ("The following questions relate
// to payroll:") titles them at the level of the section it stands in; a section
// label alone over its title ("SECTION A" / "COMPLIANCE") is one heading.
func TestSplitLeadInsAndLabels(t *testing.T) {
	t.Parallel()
	checkSplitCases(t, []splitCase{
		{"a lead-in sentence under a labelled section",
			"SECTION A: COMPLIANCE\nAccess Control\n1. Is MFA enforced for payroll admins?\n2. Are leavers removed within a day?\nThe following questions relate to payroll:\n3. Are pay rate changes approved by a second person?\n4. Who reconciles net pay to the bank file?\nSECTION B: OPERATIONS\n5. Do you test restores?", []sq{
				{"Is MFA enforced for payroll admins?", "COMPLIANCE > Access Control", 3},
				{"Are leavers removed within a day?", "COMPLIANCE > Access Control", 4},
				{"Are pay rate changes approved by a second person?", "COMPLIANCE > The following questions relate to payroll", 6},
				{"Who reconciles net pay to the bank file?", "COMPLIANCE > The following questions relate to payroll", 7},
				{"Do you test restores?", "OPERATIONS", 9}}},
		{"a long lead-in is a heading too, not an item",
			"Do you hold ISO 27001?\nThe questions in this part apply to the hosted claims platform only:\nIs claims data encrypted at rest?", []sq{
				{"Do you hold ISO 27001?", "", 1},
				{"Is claims data encrypted at rest?", "The questions in this part apply to the hosted claims platform only", 3}}},
		{"a lead-in replaces the lead-in before it",
			"These questions cover hosting:\nWhere are your servers?\nThe following concern your staff:\nAre staff vetted?", []sq{
				{"Where are your servers?", "These questions cover hosting", 2},
				{"Are staff vetted?", "The following concern your staff", 4}}},
		{"a lead-in right under a heading is under it",
			"ACCESS CONTROL\nThe following questions relate to administrator accounts:\nAre admin logins alerted?", []sq{
				{"Are admin logins alerted?", "ACCESS CONTROL > The following questions relate to administrator accounts", 3}}},
		{"a section label over its title is one heading",
			"SECTION A\nCOMPLIANCE\n1. Do you hold a SOC 1?\nPart 3\nBusiness Continuity:\nDo you test restores?", []sq{
				{"Do you hold a SOC 1?", "COMPLIANCE", 3}, {"Do you test restores?", "Business Continuity", 6}}},
		{"a section label over its title and a sub-heading",
			"Section B\nAccess Control\nPrivileged access\nAre admin accounts reviewed?", []sq{
				{"Are admin accounts reviewed?", "Access Control > Privileged access", 4}}},

		// near misses
		{"a section label alone is the section",
			"SECTION C\n1. Do you patch monthly?", []sq{{"Do you patch monthly?", "SECTION C", 2}}},
		{"a numbered heading under a section label nests",
			"SECTION C\n1. Access Control\n1.1 Is MFA enforced?", []sq{{"Is MFA enforced?", "SECTION C > Access Control", 3}}},
		{"markdown levels nest as written",
			"## Section A\n### Compliance\nDo you hold a SOC 1?", []sq{{"Do you hold a SOC 1?", "Section A > Compliance", 3}}},
		{"a short colon heading after a title's questions still nests",
			"Access Control\nIs MFA enforced?\nPrivileged access:\nAre admin accounts reviewed?", []sq{
				{"Is MFA enforced?", "Access Control", 2},
				{"Are admin accounts reviewed?", "Access Control > Privileged access", 4}}},
		{"a lead-in ending in a joining word keeps its options",
			"Do you log access?\nLogs are kept for the following:\n- sign-ins\n- admin actions", []sq{
				{"Do you log access?", "", 1}, {"Logs are kept for the following: sign-ins; admin actions", "", 2}}},
		{"a request with a colon keeps its options",
			"Select the frameworks that apply to the following service:\n- SOC 2\n- ISO 27001", []sq{
				{"Select the frameworks that apply to the following service: SOC 2; ISO 27001", "", 1}}},
		{"a form label with a colon is a field",
			"Contact for the following address:\nIs MFA enforced?", []sq{
				{"Contact for the following address:", "", 1}, {"Is MFA enforced?", "", 2}}},
	})
}
