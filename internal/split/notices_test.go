package split

import "testing"

// Notices ("Please note …", "NB: …") are context, never items: right under a
// question they annotate it, opening a paragraph they lead into the question
// after them, and with no question after them they go. Instructions about
// filling in the form go wherever they stand.
func TestSplitNotices(t *testing.T) {
	t.Parallel()
	checkSplitCases(t, []splitCase{
		{"an e-mail with notices, an instruction and a sign-off",
			"Hello Dana,\n\nPlease answer all questions in English.\nPlease be aware that our regulator reviews every outsourcing contract.\n1. Do you hold a SOC 1 Type 2 report?\n2. Is production access reviewed each quarter?\nNB: we count contractors as staff.\n3. Where are backups kept?\n\nKind regards,\nMorgan", []sq{
				{"Please be aware that our regulator reviews every outsourcing contract. Do you hold a SOC 1 Type 2 report?", "", 4},
				{"Is production access reviewed each quarter? NB: we count contractors as staff.", "", 6},
				{"Where are backups kept?", "", 8}}},
		{"a notice opening a paragraph leads into the question after it",
			"Do you run a bug bounty?\n\nPlease keep in mind that card data passes through your API.\nIs the API in scope of your PCI assessment?", []sq{
				{"Do you run a bug bounty?", "", 1},
				{"Please keep in mind that card data passes through your API. Is the API in scope of your PCI assessment?", "", 3}}},
		{"a note with something to say is context, no longer dropped",
			"Note: our auditors rely on this vendor for SOX.\nDo you have a current assurance report?", []sq{
				{"Note: our auditors rely on this vendor for SOX. Do you have a current assurance report?", "", 1}}},
		{"a notice under a numbered question annotates it",
			"4. Do you screen new hires?\nPlease note that this includes offshore support staff.\n5. Is there a clean-desk policy?", []sq{
				{"Do you screen new hires? Please note that this includes offshore support staff.", "", 1},
				{"Is there a clean-desk policy?", "", 3}}},
		{"a wrapped notice stays whole",
			"Please note that the answers you give\nwill form part of the contract.\nDo you subcontract support?", []sq{
				{"Please note that the answers you give will form part of the contract. Do you subcontract support?", "", 1}}},
		{"a notice with no question after it goes",
			"Do you log admin actions?\n\nPlease read our supplier code before the kickoff.", []sq{
				{"Do you log admin actions?", "", 1}}},
		{"a notice before a heading goes",
			"Please be advised that answers are shared with procurement.\n\nACCESS\nIs SSO enforced?", []sq{
				{"Is SSO enforced?", "ACCESS", 4}}},
		{"a notice naming a SOC report stays even alone",
			"Do you log admin actions?\n\nNB: a SOC 1 is mandatory for payroll providers.", []sq{
				{"Do you log admin actions?", "", 1}, {"NB: a SOC 1 is mandatory for payroll providers.", "", 3}}},
		{"a notice of the asker's SOX reliance stays even alone",
			"Dear Alex,\n\nPlease note that our external auditors rely on your controls for our SOX testing.\n\n1. Do you keep an asset register?\n\nPlease keep in mind that we may ask for evidence.", []sq{
				{"Please note that our external auditors rely on your controls for our SOX testing.", "", 3},
				{"Do you keep an asset register?", "", 5}}},
		{"instructions about filling in the form go wherever they stand",
			"Please read the instructions carefully before answering.\nDo you patch monthly?\nAll fields must be completed.\nIs there a WAF?\nPlease respond within ten working days.\nKindly fill in every section.", []sq{
				{"Do you patch monthly?", "", 2}, {"Is there a WAF?", "", 4}}},
		{"an instruction between context and its question",
			"We process health records.\nPlease answer each question fully.\nIs PHI encrypted at rest?", []sq{
				{"We process health records. Is PHI encrypted at rest?", "", 1}}},

		// near misses
		{"a notice that also requests is a request",
			"Please note: send your SOC 2 report by Friday.\nIs MFA enforced?", []sq{
				{"Please note: send your SOC 2 report by Friday.", "", 1}, {"Is MFA enforced?", "", 2}}},
		{"read and sign is a request",
			"Please read our supplier code and sign the attached NDA.\nIs MFA enforced?", []sq{
				{"Please read our supplier code and sign the attached NDA.", "", 1}, {"Is MFA enforced?", "", 2}}},
		{"answer whether asks",
			"Please answer whether backups leave the region.\nPlease respond if you use subcontractors.", []sq{
				{"Please answer whether backups leave the region.", "", 1},
				{"Please respond if you use subcontractors.", "", 2}}},
		{"questions about answering customers are questions",
			"Please describe how you respond to customer questions about outages.", []sq{
				{"Please describe how you respond to customer questions about outages.", "", 1}}},
		{"completing the form and sending a report is a request",
			"Please complete the attached questionnaire and send your SOC 2 report.", []sq{
				{"Please complete the attached questionnaire and send your SOC 2 report.", "", 1}}},
		{"a lead-in ending in a colon keeps its options",
			"Please answer the following:\n- Do you use MFA?\n- Do you encrypt backups?", []sq{
				{"Do you use MFA?", "", 2}, {"Do you encrypt backups?", "", 3}}},
		{"a note label alone is not a notice",
			"Do you use MFA?\nNote:\nNotes: none\nIs SSO supported?", []sq{
				{"Do you use MFA?", "", 1}, {"Is SSO supported?", "", 4}}},
		{"noted is not a notice",
			"Noted risks are tracked in a register.\nDo you review the register yearly?", []sq{
				{"Noted risks are tracked in a register. Do you review the register yearly?", "", 1}}},
	})
}

func TestNoticeLine(t *testing.T) {
	t.Parallel()
	for line, want := range map[string]bool{
		"Please note that we are regulated.": true, "Please read this before you start.": true,
		"Please be aware we may audit you.": true, "Please keep in mind the deadline.": true,
		"Note: payroll runs weekly.": true, "NB: contractors count as staff.": true,
		"N.B. all times are UTC.": true, "Kindly note the new address.": true,
		"Note:": false, "Please noted": false, "Notes: none": false, "Please send the report.": false,
		"Please note: is MFA on?": false, "Please note you must provide the SOC 2.": false,
		"Please note the list is public.": true, "Please note: please attach it.": false,
	} {
		if got := noticeLine([]byte(line)); got != want {
			t.Errorf("noticeLine(%q) = %v, want %v", line, got, want)
		}
	}
}

func TestFillingInstruction(t *testing.T) {
	t.Parallel()
	for line, want := range map[string]bool{
		"Please answer all questions in English.":                    true,
		"Please read the instructions carefully before answering.":   true,
		"Answer every question.":                                     true,
		"Please provide your answers in the comments column.":        true,
		"Please mark N/A where a question is not applicable.":        true,
		"Note: answer for production only.":                          true,
		"Please respond within ten working days.":                    true,
		"Please answer the following:":                               false,
		"Please answer whether you test restores.":                   false,
		"Please answer for the SOC 2 scope only.":                    false,
		"Please answer for production and send the pen test letter.": false,
		"Please complete the attached form and your DPA.":            false,
		"Describe how you answer customer questions.":                false,
		"Do you answer all questions?":                               false,
		"Complete backups run nightly.":                              false,
	} {
		if got := fillingInstruction([]byte(line)); got != want {
			t.Errorf("fillingInstruction(%q) = %v, want %v", line, got, want)
		}
	}
}
