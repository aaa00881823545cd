package triage

import "testing"

// A money word in its other sense names no money system: claims carried in an
// identity token or assertion, commissioning (bringing into service) servers or new
// systems, an EDI trading partner. The senses table reads them as attributes, deploy
// and business there, so the question keeps its security reading; the same words
// before a money system's noun or over money keep their SOC 1 half.
func TestMoneyWordsReadInAnotherSense(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Which claims does your identity platform release to our application at sign-on?", report: "soc2", areas: []string{}},
		{q: "Are the claims in each SAML assertion signed, and is SSO enforced for all staff?", report: "soc2", areas: []string{}},
		{q: "Can we map group claims from our IdP to roles in your application?", report: "soc2", areas: []string{}},
		{q: "Are OIDC claims used to decide which tenant a user belongs to?", report: "soc2", areas: []string{}},
		{q: "Before you commission new servers, are they hardened against a baseline?", report: "soc2", areas: []string{}},
		{q: "Describe how you commission new systems into the production environment and who signs them off.", report: "soc2", areas: []string{}},
		{q: "When commissioning network equipment, are default passwords changed?", report: "soc2", areas: []string{}},
		{q: "Is MFA enforced for every account on the EDI trading partner portal?", report: "soc2", areas: []string{}},
		// Near-misses: the same words over money stay SOC 1.
		{q: "Is MFA enforced for access to the claims adjudication system?", report: "both", areas: []string{"access_financial"}},
		{q: "How do you check that paid claims match the approved adjudication amounts?", report: "soc1", areas: []string{"transaction_processing"}},
		{q: "Who approves changes to the commission calculation engine?", report: "both", areas: []string{"change_financial"}},
		{q: "Are new commission plans approved before the first payout run?", report: "soc1"},
		{q: "Who can log in to the trading platform, and is that list reviewed?", report: "both", areas: []string{"access_financial"}},
		{q: "Was the penetration test commissioned from an independent firm?", report: "soc2"},
	})
}
