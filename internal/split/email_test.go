package split

import "testing"

// Questionnaires pasted from an e-mail: the greeting and the sign-off with the
// sender's name and details under it are not questions.
func TestSplitSignatures(t *testing.T) {
	t.Parallel()
	checkSplitCases(t, []splitCase{
		{"name, title, company and numbers under a sign-off",
			"1. Do you hold a SOC 2 report?\n2. Is MFA enforced?\n\nKind regards,\nPriya Raman\nHead of Third-Party Risk\nContoso Savings Bank\n+44 20 7946 0018\npriya.raman@contoso.example", []sq{
				{"Do you hold a SOC 2 report?", "", 1}, {"Is MFA enforced?", "", 2}}},
		{"a blank line inside the signature",
			"Do you encrypt backups?\nMany thanks,\n\nLee\nVendor Management | Fabrikam", []sq{
				{"Do you encrypt backups?", "", 1}}},
		{"sign-off words of every kind",
			"Is SSO supported?\nThanks in advance!\nAlex\n\nDo you log access?\nAll the best\nSam\n\nAre logs kept?\nBest,\nJo", []sq{
				{"Is SSO supported?", "", 1}, {"Do you log access?", "", 5}, {"Are logs kept?", "", 9}}},
		{"a question after a sign-off is still read",
			"Do you use MFA?\nThanks!\nOne more: do you test restores?\n2. Is there a DR site?", []sq{
				{"Do you use MFA?", "", 1}, {"One more: do you test restores?", "", 3}, {"Is there a DR site?", "", 4}}},
		{"a request after a sign-off is still read",
			"Do you use MFA?\nCheers,\nPlease send the SOC 2 report as well.", []sq{
				{"Do you use MFA?", "", 1}, {"Please send the SOC 2 report as well.", "", 3}}},
		{"thanks that say more are not a sign-off",
			"Thank you for completing our vendor security review.\nDo you encrypt data at rest?", []sq{
				{"Thank you for completing our vendor security review. Do you encrypt data at rest?", "", 1}}},
		{"a spreadsheet row after a sign-off is read",
			"Do you use MFA?\nRegards\nID\tQuestion\tAnswer\nAC-2\tDo you review access?\tYes", []sq{
				{"Do you use MFA?", "", 1}, {"Do you review access?", "", 4}}},
	})
}

func TestSignOff(t *testing.T) {
	t.Parallel()
	for line, want := range map[string]bool{
		"Thanks,": true, "Thanks!!": true, "Kind regards,": true, "Best regards": true,
		"Many thanks in advance!": true, "All the best": true, "Yours sincerely,": true,
		"Cheers": true, "Best,": true, "Thank you so much!": true,
		"Thank you for completing our review.": false, "Best practices": false,
		"Regards to the SOC 2 report": false, "All": false, "Thanks, do you use MFA?": false,
	} {
		if got := signOff([]byte(line)); got != want {
			t.Errorf("signOff(%q) = %v, want %v", line, got, want)
		}
	}
}

// A greeting or a covering line before the first question is dropped on its
// own: never with the question or the context after it, and never when it asks
// for something itself.
func TestSplitPreambles(t *testing.T) {
	t.Parallel()
	checkSplitCases(t, []splitCase{
		{"a covering sentence over the first question",
			"Good morning,\nWe are reviewing you as a key supplier, please answer the questions below.\nDo you hold a SOC 2 Type II report?\nIs MFA enforced?", []sq{
				{"Do you hold a SOC 2 Type II report?", "", 3}, {"Is MFA enforced?", "", 4}}},
		{"a greeting line over context and a question",
			"Hi Sam, Contoso sent these over:\nWe are a bank regulated by the PRA.\nDo you hold a SOC 1 report?", []sq{
				{"We are a bank regulated by the PRA. Do you hold a SOC 1 report?", "", 2}}},
		{"please find below",
			"Hello,\n\nPlease find below the questions from our vendor risk team.\n\n1. Do you encrypt backups?\n2. Is SSO supported?", []sq{
				{"Do you encrypt backups?", "", 5}, {"Is SSO supported?", "", 6}}},
		{"here are",
			"Here are the security questions from Fabrikam's procurement team:\n- Do you log access?\n- Are logs kept for a year?", []sq{
				{"Do you log access?", "", 2}, {"Are logs kept for a year?", "", 3}}},
		{"a dear line",
			"Dear supplier,\nIs customer data encrypted at rest?", []sq{
				{"Is customer data encrypted at rest?", "", 2}}},
		{"a greeting that asks for something is a request",
			"Hi Sam, please send your latest SOC 2 report.\nIs MFA enforced?", []sq{
				{"Hi Sam, please send your latest SOC 2 report.", "", 1}, {"Is MFA enforced?", "", 2}}},
		{"a wrapped preamble is one line",
			"Hi team, can someone help with the questions below from\nContoso Bank?\nDo you encrypt backups?", []sq{
				{"Do you encrypt backups?", "", 3}}},
		{"a short lead-in after the first question is a heading, not dropped",
			"Do you use MFA?\nHere are more from legal:\nWill you sign our DPA?", []sq{
				{"Do you use MFA?", "", 1}, {"Will you sign our DPA?", "Here are more from legal", 3}}},
		{"a greeting line ends with a comma or an exclamation mark",
			"Team & Organisation\nIs there a named security officer?", []sq{
				{"Is there a named security officer?", "Team & Organisation", 2}}},
	})
}

// Lines that close an e-mail go like a sign-off; a closing line that asks for
// something real is a request.
func TestSplitClosings(t *testing.T) {
	t.Parallel()
	checkSplitCases(t, []splitCase{
		{"an e-mail closing in every way",
			"Hi Priya,\n\nHere are a few questions from our review board:\n1. Do you keep audit logs for a year?\n2. Is customer data encrypted at rest?\n\nLet me know if anything is unclear.\nHappy to jump on a call.\nLooking forward to your answers.\nFeel free to reach out with questions.\nThanks in advance!\nSam", []sq{
				{"Do you keep audit logs for a year?", "", 4}, {"Is customer data encrypted at rest?", "", 5}}},
		{"a closing line ending with a comma signs off",
			"Do you test restores?\nLooking forward to hearing from you,\nJordan Ellis\nSupplier Assurance, Northwind Health", []sq{
				{"Do you test restores?", "", 1}}},
		{"closings between questions are passed over",
			"Do you test restores?\nIf you have any questions, please don't hesitate to contact me.\nIs there a second site?\nAny questions, just shout.\nWe look forward to working with you.", []sq{
				{"Do you test restores?", "", 1}, {"Is there a second site?", "", 3}}},
		{"a pleasantry over context leaves the context with its question",
			"Hope you are well,\nWe are a mutual insurer regulated by the PRA.\nHappy to discuss.\nDo you hold a SOC 1 report?", []sq{
				{"We are a mutual insurer regulated by the PRA. Do you hold a SOC 1 report?", "", 2}}},

		// near misses
		{"a closing line that asks for something real is a request",
			"Is MFA enforced?\nLet me know whether you can share the SOC 2 under our NDA.", []sq{
				{"Is MFA enforced?", "", 1}, {"Let me know whether you can share the SOC 2 under our NDA.", "", 2}}},
		{"a real ask after a sign-off is still read",
			"Is MFA enforced?\nThanks in advance!\nFeel free to reach out with questions.\nLet us know which regions host our data.", []sq{
				{"Is MFA enforced?", "", 1}, {"Let us know which regions host our data.", "", 4}}},
		{"asking for a bridge letter in a closing tone is a request",
			"Please let me know if you have a bridge letter for the gap.", []sq{
				{"Please let me know if you have a bridge letter for the gap.", "", 1}}},
		{"a question about questions is a question",
			"Do you have any questions for us?", []sq{
				{"Do you have any questions for us?", "", 1}}},
		{"a comma closing before any question is not a sign-off",
			"Looking forward to working with you,\nDo you hold ISO 27001?", []sq{
				{"Do you hold ISO 27001?", "", 2}}},
	})
}

func TestClosingLine(t *testing.T) {
	t.Parallel()
	for line, want := range map[string]bool{
		"Let me know if anything is unclear.": true, "Happy to jump on a call.": true,
		"Looking forward to your answers.": true, "Feel free to reach out with questions.": true,
		"Thanks for your help!": true, "Hope this helps.": true, "Don't hesitate to get in touch.": true,
		"Let me know whether you can share the SOC 2 under our NDA.": false,
		"Let us know which regions host our data.":                   false,
		"Do you have any questions":                                  false,
		"Any questions?":                                             false,
		"Thank you for completing our vendor security review.":       false,
		"We know.":                             true,
		"Happy path tests run on every build.": false,
	} {
		if got := closingLine([]byte(line)); got != want {
			t.Errorf("closingLine(%q) = %v, want %v", line, got, want)
		}
	}
}
