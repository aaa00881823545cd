package triage

import "testing"

// A money word in its other sense names no money system: claims carried in a
// JWT, an OIDC token or a SAML assertion, commissioning (bringing into service)
// servers or new systems, an EDI trading partner. The senses table reads them as attributes, deploy
// and business there, so the question keeps its security reading; the same words
// before a money system's noun or over money keep their SOC 1 half.
func TestMoneyWordsReadInAnotherSense(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Which user claims does your identity platform pass to our application, and is SSO enforced?", report: "soc2", areas: []string{}},
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
		// An identity provider or a token beside claims is how staff sign in to the
		// claims system, not a claim inside a token: only a protocol word (JWT, SAML,
		// OIDC, OAuth, an assertion) or a cue just before it ("group claims") says so.
		{q: "Do claims handlers authenticate to the claims platform through your IdP with a hardware token?", report: "both", areas: []string{"access_financial"}},
		{q: "Is the claims portal protected by your identity provider's single sign-on and MFA?", report: "both", areas: []string{"access_financial"}},
		// "New" alone after commission says nothing: new business, new hires and new
		// agents are paid commission; new servers or systems are commissioned.
		{q: "Who signs off commission new hire bonuses before payroll?", report: "soc1"},
		{q: "Who approves the commission new business rates paid to brokers?", report: "soc1"},
		{q: "When commissioning new network equipment, are default passwords changed?", report: "soc2", areas: []string{}},
	})
}

// Access over a money system in the words people use for it: who issues refunds,
// grants credits, waives fees or changes prices or bank details there; staff
// who sign in or log in to it; and who holds or manages the keys that encrypt its data.
// They are both reports (access_financial). A login to something that holds no money,
// single sign-on, entries logged in a ticket and keys rotated on a schedule are not.
func TestAccessWordingOverMoneySystems(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Who can issue refunds or change customer bank details in the billing system?", report: "both", areas: []string{"master_data", "access_financial"}},
		{q: "In the rebate platform, who may grant credits to a member's account?", report: "both", areas: []string{"access_financial"}},
		{q: "Who can waive late fees in the bursar system?", report: "both", areas: []string{"access_financial"}},
		{q: "Do finance staff sign in to the payroll application with their own named accounts?", report: "both", areas: []string{"access_financial"}},
		{q: "Which contractors are able to log in to the claims administration system?", report: "both", areas: []string{"access_financial"}},
		{q: "Is the rent payment platform's database encrypted, and who manages the encryption keys?", report: "both", areas: []string{"access_financial"}},
		{q: "Who holds the keys used to encrypt the loan servicing database?", report: "both", areas: []string{"access_financial"}},
		// Near-misses: no money system, or the words in another sense.
		{q: "Which staff can sign in to the HR system, and is MFA required?", report: "soc2", areas: []string{}},
		{q: "Is single sign-on offered for the admin console?", report: "soc2", areas: []string{}},
		{q: "Are emergency changes logged in the ticketing tool and reviewed afterwards?", report: "soc2", areas: []string{}},
		{q: "Is the marketing database encrypted at rest, and who manages the keys?", report: "soc2", areas: []string{}},
		{q: "Are the payroll platform's backups restored in a test each quarter?", report: "both", areas: []string{"operations_financial"}},
	})
}
