package split

import "testing"

// Questionnaires pasted from an e-mail: the greeting and the sign-off with the
// sender's name and details under it are not questions.
func TestSplitSignatures(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   string
		want []sq
	}{
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
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			checkSplit(t, tc.in, tc.want)
		})
	}
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
	tests := []struct {
		name string
		in   string
		want []sq
	}{
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
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			checkSplit(t, tc.in, tc.want)
		})
	}
}
