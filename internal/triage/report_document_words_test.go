package triage

import "testing"

// "Public" that names a kind of company, a listing or an accounting firm describes
// someone (often the asker) and asks for no report that can be shared publicly: the
// SOC 3 stays for a report wanted in public or without an NDA. Questions written for
// this test.
func TestPublicCompanyIsNoPublicReport(t *testing.T) {
	t.Parallel()
	soc3 := []string{"soc3"}
	checkRequests(t, []requestCase{
		{"We are a public company. Does your service auditor's report address the controls that matter to our ICFR?", "soc1", "", nil, nil, soc3},
		{"As a listed public corporation we need your SOC 1 for our auditors.", "soc1", "", nil, nil, soc3},
		{"Was your last SOC 2 issued by a registered public accounting firm?", "soc2", "", nil, nil, soc3},
		{"Our parent is a public issuer; please forward the SOC 2 Type II.", "soc2", "", nil, nil, soc3},
		// Near misses: a report wanted in public or without an NDA is the SOC 3.
		{"Is a public version of your audit report available for our website?", "soc2", "", nil, soc3, nil},
		{"Is a summary of your assurance report publicly available to anyone?", "soc2", "", nil, soc3, nil},
		{"Can we get a shareable attestation without signing an NDA?", "soc2", "", nil, soc3, nil},
	})
}
