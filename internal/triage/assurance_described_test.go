package triage

import "testing"

// A SOC report asked for by describing it rather than naming it: the vendor's latest
// attestation, an outside accounting firm's examination of its controls, a report on a
// single date. Each is a SOC 2 (by far the common case), Type 1 when the date is one
// day. Near-misses: attestations of something else, internal audit, the firm's name
// as a form field, and the auditor of the financial statements. The questions are
// written for this test, apart from the evaluation sets.
func TestAssuranceDescribed(t *testing.T) {
	t.Parallel()
	checkRequests(t, []requestCase{
		{"Would you attach your current attestation to this questionnaire?", "soc2", "type2", nil, []string{}, nil},
		{"Have external auditors examined your controls in the past year? If so, share the report.", "soc2", "type2", nil, nil, nil},
		{"Has an accounting firm tested your controls? We'd like to read what it found.", "soc2", "type2", nil, nil, nil},
		{"Since the product launched last month, a report at a given date will do.", "soc2", "type1", nil, nil, nil},
		// Near-misses.
		{"Upload your most recent PCI DSS attestation.", "none", "", nil, []string{"pci_aoc"}, nil},
		{"Name of the CPA firm that performed your latest attestation:", "none", "", nil, []string{"custom_answer"}, nil},
		{"Who is your external statutory auditor?", "none", "", nil, []string{"custom_answer"}, nil},
		{"Who is your external financial auditor?", "none", "", nil, []string{"custom_answer"}, nil},
		{"Is there one report that covers all regions?", "none", "", nil, nil, nil},
	})
}
