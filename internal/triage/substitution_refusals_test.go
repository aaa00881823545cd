package triage

import "testing"

// Refusals written as a substitution or with "cannot": "in lieu of" and "in place of"
// put what follows them out of scope as "instead of" does, a substitute refused ("we
// cannot accept a SOC 3 in place of the SOC 2") leaves the report it would replace
// wanted, "instead" with no "of" points to what is asked for, and "cannot" refuses
// like "can't". A report the vendor has ("you only have a Type 1") is not one the
// asker holds, and a bridge letter said not to be needed is not the thing asked for.
// The questions are written for this test, apart from the evaluation sets.
func TestSubstitutionRefusals(t *testing.T) {
	t.Parallel()
	checkRequests(t, []requestCase{
		{"In lieu of your SOC 2, could you send the most recent pen test attestation letter?", "none", "", nil, []string{"pentest_letter"}, nil},
		{"In place of a SOC 2 report we would take your ISO/IEC 27001 certificate.", "none", "", nil, []string{"iso27001_certificate"}, nil},
		{"A SOC 3 cannot be accepted in place of the full SOC 2 Type II.", "soc2", "type2", nil, []string{}, nil},
		{"We won't take the public SOC 3 instead of the SOC 2 under NDA.", "soc2", "type2", nil, nil, []string{"soc3"}},
		{"We need nothing other than the SOC 2 Type 2.", "soc2", "type2", nil, nil, nil},
		{"We do not need the ISAE 3402; instead, please send the SOC 2.", "soc2", "type2", nil, nil, nil},
		{"A SOC 1 we cannot accept.", "none", "", nil, nil, nil},
		{"Type I we cannot accept. Is your SOC 2 a Type II?", "soc2", "type2", nil, nil, nil},
		{"We gather you only have a Type 1 so far, and that is acceptable for now.", "soc2", "type1", nil, nil, nil},
		{"No gap letter is needed this time; just send the new SOC 1 when it is issued.", "soc1", "type2", nil, nil, []string{"bridge_letter"}},
		// Near-misses that keep their reading.
		{"Instead of the SOC 2, do you have a PCI DSS Attestation of Compliance?", "none", "", nil, []string{"pci_aoc"}, nil},
		{"Other than your SOC 2, which certifications do you hold, such as ISO 27001?", "none", "", nil, []string{"iso27001_certificate"}, nil},
		{"Our auditors cannot accept a Type 1 report on the SOC 2.", "soc2", "type2", nil, nil, nil},
		{"We already hold your SOC 2; please send the bridge letter.", "none", "", nil, []string{"bridge_letter"}, nil},
		{"Can you confirm in writing that there were no material changes since the period ended?", "none", "", nil, []string{"bridge_letter"}, nil},
	})
}
