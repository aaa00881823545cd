package triage

import "testing"

// What new staff sign, read or accept when they join is the code of conduct and the
// terms of employment (CC1.1) and the policies communicated to them (CC2.2), in the
// words of a form as well as a framework's: agreements filled out, paperwork signed,
// policies reviewed at onboarding. A non-disclosure agreement stays confidentiality
// (C1.1), background checks stay screening (CC1.4), and agreements with suppliers
// stay vendor management. The questions are written for this test, apart from the
// evaluation sets.
func TestJoinerAgreementsAndPolicies(t *testing.T) {
	t.Parallel()
	checkRanks(t, []rankCase{
		{"Do you require new employees to complete agreements and read the policies before starting?", "", []string{"CC1.1", "CC2.2"}, nil},
		{"Must new hires sign an employment agreement and accept the acceptable use policy?", "CC1.1", nil, nil},
		{"Are new joiners required to read and acknowledge the information security policies?", "CC2.2", nil, nil},
		{"Do new starters fill out and sign agreements setting out the rules of conduct?", "CC1.1", nil, nil},
		{"During onboarding, do staff review and sign the security policies?", "CC2.2", nil, nil},
		{"Are new personnel asked to sign agreements covering their security duties?", "CC1.1", nil, nil},
		{"Are staff required to read and sign the security policy when they join?", "CC2.2", nil, nil},
		{"Do new team members sign the handbook and agree to its terms on day one?", "", []string{"CC1.1"}, nil},
		// Near misses: confidentiality, screening, suppliers.
		{"Do new hires sign a non-disclosure agreement?", "C1.1", nil, []string{"CC1.1"}},
		{"Are background checks performed on new employees?", "CC1.4", nil, nil},
		{"Do you have agreements with subcontractors that cover security?", "CC9.2", nil, []string{"CC1.1"}},
	})
}
