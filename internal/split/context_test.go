package split

import "testing"

// Sentences that set the scene before a numbered or bulleted item open its
// text, as they open an unmarked question's; a line that may title the items,
// or that asks itself, stays apart.
func TestSplitContextBeforeItems(t *testing.T) {
	t.Parallel()
	checkSplitCases(t, []splitCase{
		{"regulator before the first numbered question",
			"We are a credit union supervised by the NCUA.\n1. Can you share a SOC 1 Type 2 report?\n2. Is data encrypted at rest?", []sq{
				{"We are a credit union supervised by the NCUA. Can you share a SOC 1 Type 2 report?", "", 1},
				{"Is data encrypted at rest?", "", 3}}},
		{"a background line between numbered questions",
			"1. Do you hold ISO 27001?\nBackground: our external auditors test your controls each year.\n2. How are changes to the billing engine approved?", []sq{
				{"Do you hold ISO 27001?", "", 1},
				{"Background: our external auditors test your controls each year. How are changes to the billing engine approved?", "", 2}}},
		{"two sentences before a request with a Q label",
			"Our members' savings data sits in your platform. It is in scope for our audit.\nQ4: Provide your latest SOC 2 report.", []sq{
				{"Our members' savings data sits in your platform. It is in scope for our audit. Provide your latest SOC 2 report.", "", 1}}},
		{"context before a bullet",
			"Payments flow through your gateway.\n- Do you reconcile settlement files daily?\n- Who approves refunds?", []sq{
				{"Payments flow through your gateway. Do you reconcile settlement files daily?", "", 1},
				{"Who approves refunds?", "", 3}}},
		{"context after a numbered section's questions goes with the next item, outside it",
			"1. Hosting\n1.1 Where are your data centres?\nBackground: payroll for 4,000 staff runs on your service.\n2. Are pay changes approved by a second person?", []sq{
				{"Where are your data centres?", "Hosting", 2},
				{"Background: payroll for 4,000 staff runs on your service. Are pay changes approved by a second person?", "", 3}}},
		{"wrapped context",
			"We are a listed company and our auditors rely on\nyour controls over revenue.\n1. Do you have a SOC 1?", []sq{
				{"We are a listed company and our auditors rely on your controls over revenue. Do you have a SOC 1?", "", 1}}},

		// near misses
		{"a terse request without a full stop stays apart",
			"Copy of your password policy\n1. Is MFA enforced for admins?", []sq{
				{"Copy of your password policy", "", 1}, {"Is MFA enforced for admins?", "", 2}}},
		{"a line closed by etc.) may title the items",
			"Laptops (Windows, macOS, etc.)\n5. Are disks encrypted?", []sq{
				{"Laptops (Windows, macOS, etc.)", "", 1}, {"Are disks encrypted?", "", 2}}},
		{"context before a numbered heading stays apart",
			"We are a hospital group.\n1. Access Control\n1.1 Is MFA enforced?", []sq{
				{"We are a hospital group.", "", 1}, {"Is MFA enforced?", "Access Control", 3}}},
		{"context before an item that does not ask stays apart",
			"We are a hospital group.\n1. Latest penetration test summary.", []sq{
				{"We are a hospital group.", "", 1}, {"Latest penetration test summary.", "", 2}}},
		{"a question before an item is a question",
			"Do you hold a SOC 2?\n1. Is MFA enforced?", []sq{
				{"Do you hold a SOC 2?", "", 1}, {"Is MFA enforced?", "", 2}}},
		{"a request before an item is a request",
			"Send your pen test letter.\n1. Is MFA enforced?", []sq{
				{"Send your pen test letter.", "", 1}, {"Is MFA enforced?", "", 2}}},
		{"a blank line ends the context",
			"We are a hospital group.\n\n1. Is MFA enforced?", []sq{
				{"We are a hospital group.", "", 1}, {"Is MFA enforced?", "", 3}}},
		{"a preamble is not context",
			"Please find below the questions from our risk team.\n1. Is MFA enforced?", []sq{
				{"Is MFA enforced?", "", 2}}},
		{"a lead-in keeps its options",
			"Which of the following do you hold?\n- SOC 2\n- ISO 27001", []sq{
				{"Which of the following do you hold? SOC 2; ISO 27001", "", 1}}},
	})
}

func TestSplitContextKeepsItemID(t *testing.T) {
	t.Parallel()
	qs := Split("We are a bank regulated by the PRA.\n7. Do you hold a SOC 1?\nBackground: we rely on it.\nQ8: Is it Type 2?")
	if len(qs) != 2 || qs[0].ID != "7" || qs[1].ID != "Q8" {
		t.Fatalf("got %+v, want ids 7 and Q8", qs)
	}
}

// A first-person line under a question is the vendor's answer and is dropped,
// unless it says its writer relies on the reader: that is the asker setting
// the scene for the question after it, kept as a notice is.
func TestSplitAskerRelianceUnderAQuestion(t *testing.T) {
	t.Parallel()
	checkSplitCases(t, []splitCase{
		{"reliance goes with the next question",
			"Do you use MFA for admins?\nWe are a SOX filer and rely on your controls.\nDo you hold a SOC 1?", []sq{
				{"Do you use MFA for admins?", "", 1},
				{"We are a SOX filer and rely on your controls. Do you hold a SOC 1?", "", 2}}},
		{"reliance before a numbered item",
			"1. Do you encrypt backups?\nOur auditors depend heavily on you for ICFR testing.\n2. How are payroll changes approved?", []sq{
				{"Do you encrypt backups?", "", 1},
				{"Our auditors depend heavily on you for ICFR testing. How are payroll changes approved?", "", 2}}},
		{"reliance for the asker's financial statements",
			"Do you reconcile payments daily?\nWe rely on your controls for our financial statements.\nIs the reconciliation reviewed?", []sq{
				{"Do you reconcile payments daily?", "", 1},
				{"We rely on your controls for our financial statements. Is the reconciliation reviewed?", "", 2}}},
		{"reliance naming SOX with no question after it stays",
			"Do you test restores?\nWe are a SOX filer and rely on your controls.", []sq{
				{"Do you test restores?", "", 1}, {"We are a SOX filer and rely on your controls.", "", 2}}},

		// Near misses: answers in the vendor's voice.
		{"a vendor relying on its own supplier",
			"Is MFA enforced?\nWe rely on AWS for hosting.\nDo you log access?", []sq{
				{"Is MFA enforced?", "", 1}, {"Do you log access?", "", 3}}},
		{"a vendor relying on its customer's admins",
			"Do you deprovision users?\nWe rely on your admins to remove users via SCIM.\nDo you log access?", []sq{
				{"Do you deprovision users?", "", 1}, {"Do you log access?", "", 3}}},
		{"a vendor relying on the customer for its keys",
			"Is data encrypted at rest?\nWe depend on you to rotate your own keys.\nDo you log access?", []sq{
				{"Is data encrypted at rest?", "", 1}, {"Do you log access?", "", 3}}},
		{"the asker describing itself reads like an answer",
			"Is MFA enforced?\nWe are a bank regulated by the PRA.\nDo you log access?", []sq{
				{"Is MFA enforced?", "", 1}, {"Do you log access?", "", 3}}},
		{"reliance naming no report with no question after it is dropped",
			"Do you test restores?\nWe rely on your team to report incidents within a day.\n\nIs data encrypted?", []sq{
				{"Do you test restores?", "", 1}, {"Is data encrypted?", "", 4}}},
	})
}
