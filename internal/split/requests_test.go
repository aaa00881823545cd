package split

import "testing"

// Lines that ask for something past a short opening are requests; lines that
// set the scene, name a topic or title a section are not.
func TestAsksAfterLead(t *testing.T) {
	t.Parallel()
	tests := []struct {
		line string
		want bool
	}{
		// a request after a lead
		{"We do not need the SOC 1, just send the security report.", true},
		{"We don't need the SOC 1 - send the SOC 2 instead.", true},
		{"SOC 1 not needed — just share the SOC 2 bridge letter.", true},
		{"For the security review, please provide your latest pen test summary.", true},
		{"For the security review, provide your latest pen test summary.", true},
		{"If possible, attach the ISO 27001 certificate.", true},
		{"Also, please send the signed DPA.", true},
		{"Just send the security report.", true},
		{"Also include the bridge letter.", true},
		{"Include the bridge letter with the report.", true},
		{"Forward the most recent penetration test summary.", true},
		{"Payroll: describe how rate changes are approved.", true},
		{"We rely on you for SOX; explain how access is reviewed.", true},
		{"Our auditors rely on your controls. Describe the user access review.", true},
		{"We would be grateful if you could kindly share the SOC 2 report.", true},
		{"No bridge letter needed, but please send the latest SOC 2.", true},
		{"As part of onboarding, list your subprocessors.", true},
		{"Where relevant, state whether the report covers payroll.", true},
		{"If you have a SOC 2, then send it.", true},
		{"Optional: attach a network diagram.", true},
		// context, topics and titles: no request
		{"We are a bank regulated by the PRA and the FCA.", false},
		{"Background: our auditors rely on your controls for SOX.", false},
		{"The following questions relate to payroll:", false},
		{"We host in Frankfurt, and provide a DPA to all customers.", false},
		{"Our auditors, a Big Four firm, provide assurance to our board.", false},
		{"Customer data includes bank account numbers and salaries.", false},
		{"Data we hold: list of employees, salaries and bank details.", false},
		{"Market share, revenue and headcount are reported quarterly.", false},
		{"Forward proxies inspect all outbound traffic.", false},
		{"Select Your Hosting Region", false},
		{"Supply Chain Risk Management", false},
		{"List of Subprocessors", false},
		{"State Privacy Laws", false},
		{"We also send a summary of findings to our board.", false},
		{"Services in scope: send, receive and store payments.", false},
		{"In addition to the SOC 2, we provide an ISO certificate.", false},
		{"We can provide the report under NDA.", false},
		{"Our team will check the report, e.g. the period and the opinion.", false},
	}
	for _, tc := range tests {
		if got := analyze([]byte(tc.line)).qstart; got != tc.want {
			t.Errorf("%q: asks = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// A request line stands as an item of its own, whatever follows it; a line that
// sets the scene stays with the question after it.
func TestSplitRequestLines(t *testing.T) {
	t.Parallel()
	checkSplitCases(t, []splitCase{
		{"a request after a lead, then a question",
			"We do not need the SOC 1, just send the security report.\nHow are supplier bank detail changes approved?", []sq{
				{"We do not need the SOC 1, just send the security report.", "", 1},
				{"How are supplier bank detail changes approved?", "", 2}}},
		{"without a full stop",
			"No SOC 1 needed, just send the SOC 2\nHow are payroll changes approved?", []sq{
				{"No SOC 1 needed, just send the SOC 2", "", 1},
				{"How are payroll changes approved?", "", 2}}},
		{"please after a lead",
			"For the vendor review, please provide your latest pen test summary.\nIs MFA enforced for administrators?", []sq{
				{"For the vendor review, please provide your latest pen test summary.", "", 1},
				{"Is MFA enforced for administrators?", "", 2}}},
		{"a bare verb after a lead",
			"As part of onboarding, list your subprocessors.\nDo you encrypt backups?", []sq{
				{"As part of onboarding, list your subprocessors.", "", 1},
				{"Do you encrypt backups?", "", 2}}},
		{"a request after a question is not the vendor's answer",
			"Do you hold a SOC 1 report?\nWe do not need it, just send the SOC 2.\nIs MFA enforced?", []sq{
				{"Do you hold a SOC 1 report?", "", 1},
				{"We do not need it, just send the SOC 2.", "", 2},
				{"Is MFA enforced?", "", 3}}},
		{"requests one after another",
			"Kindly share your retention schedule.\nAlso, please send the signed DPA.\nIf possible, attach the ISO certificate.", []sq{
				{"Kindly share your retention schedule.", "", 1},
				{"Also, please send the signed DPA.", "", 2},
				{"If possible, attach the ISO certificate.", "", 3}}},
		{"context stays with the question after it",
			"Background: our auditors rely on your controls for SOX.\nAre user access reviews done quarterly?", []sq{
				{"Background: our auditors rely on your controls for SOX. Are user access reviews done quarterly?", "", 1}}},
		{"context stays with the request after it",
			"We are a bank regulated by the PRA.\nPlease send your SOC 1 report.\nHow are bank detail changes approved?", []sq{
				{"We are a bank regulated by the PRA. Please send your SOC 1 report.", "", 1},
				{"How are bank detail changes approved?", "", 3}}},
		{"context after a request goes with the next question",
			"Just send the SOC 2.\nOur auditors rely on the payroll service for SOX.\nHow are pay rate changes approved?", []sq{
				{"Just send the SOC 2.", "", 1},
				{"Our auditors rely on the payroll service for SOX. How are pay rate changes approved?", "", 2}}},
		{"a lead that lists a topic is a heading",
			"The following questions relate to payroll:\nHow are pay rate changes approved?\nExplain how payroll is reconciled.", []sq{
				{"How are pay rate changes approved?", "The following questions relate to payroll", 2},
				{"Explain how payroll is reconciled.", "The following questions relate to payroll", 3}}},
		{"a heading stays a heading",
			"Access Control\nFor administrators, please describe how MFA is enforced.\nAre accounts reviewed quarterly?", []sq{
				{"For administrators, please describe how MFA is enforced.", "Access Control", 2},
				{"Are accounts reviewed quarterly?", "Access Control", 3}}},
		{"a wrapped request is one item",
			"Please describe how backups are\nencrypted and tested.\nIs MFA enforced?", []sq{
				{"Please describe how backups are encrypted and tested.", "", 1},
				{"Is MFA enforced?", "", 3}}},
		{"a wrapped request after a lead is one item",
			"We do not need the SOC 1, just send the security report for\nthe payroll platform.\nIs MFA enforced?", []sq{
				{"We do not need the SOC 1, just send the security report for the payroll platform.", "", 1},
				{"Is MFA enforced?", "", 3}}},
		{"a request after a lead takes its options",
			"For the security review, please provide the following:\n- SOC 2 report\n- Pen test summary\nIs MFA enforced?", []sq{
				{"For the security review, please provide the following: SOC 2 report; Pen test summary", "", 1},
				{"Is MFA enforced?", "", 4}}},
		{"numbered and bulleted requests",
			"1. We do not need the SOC 1, just send the security report.\n2. How are supplier bank detail changes approved?\n- If possible, attach your ISO certificate.\n- Do you encrypt backups?", []sq{
				{"We do not need the SOC 1, just send the security report.", "", 1},
				{"How are supplier bank detail changes approved?", "", 2},
				{"If possible, attach your ISO certificate.", "", 3},
				{"Do you encrypt backups?", "", 4}}},
		{"a request keeps its words, not its Yes/No",
			"For the insurance review, please confirm you carry cyber cover of $5M. Yes/No\nProvide the certificate.", []sq{
				{"For the insurance review, please confirm you carry cyber cover of $5M.", "", 1},
				{"Provide the certificate.", "", 2}}},
		{"a subject before the verb is context",
			"Our auditors, a Big Four firm, provide assurance to our board.\nDo you have a SOC 1?", []sq{
				{"Our auditors, a Big Four firm, provide assurance to our board. Do you have a SOC 1?", "", 1}}},
		{"a statement with a joined verb is context",
			"We host in Frankfurt, and provide a DPA to every customer.\nWhere are backups stored?", []sq{
				{"We host in Frankfurt, and provide a DPA to every customer. Where are backups stored?", "", 1}}},
	})
}
