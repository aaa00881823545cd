package triage

import "testing"

// Access or bearer tokens checked before a request is served (signature, expiry,
// issuer, audience, the claims they carry, revocation) are how each call is
// authenticated: logical access (CC6.1), though no access or password word is
// written. Tokenised card numbers, hardware tokens for MFA and anti-forgery tokens
// are other subjects. The questions are written for this test.
func TestTokenValidation(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Do your services verify the signature and expiry of every JWT they receive?", report: "soc2", first: "CC6.1"},
		{q: "Are access tokens checked for issuer and audience before a request is served?", report: "soc2", first: "CC6.1"},
		{q: "Do your APIs reject tokens signed with the none algorithm?", report: "soc2", first: "CC6.1"},
		{q: "Is token validation performed on every microservice call, or only at the gateway?", report: "soc2", first: "CC6.1"},
		{q: "How does the mobile backend verify bearer tokens issued by your identity service?", report: "soc2", first: "CC6.1"},
		{q: "Are expired or revoked tokens rejected by the reporting API within a minute?", report: "soc2", first: "CC6.1"},
		{q: "Which claims in an ID token does the web tier inspect before it loads a workspace?", report: "soc2", first: "CC6.1"},
		{q: "Do you check the audience of service-to-service tokens?", report: "soc2", first: "CC6.1"},
		// Near misses: other tokens.
		{q: "Do you tokenize card numbers before storing them?", report: "none"},
		{q: "Are hardware tokens issued to staff for MFA?", report: "soc2", first: "CC6.1"},
		{q: "Do unit tests verify that XSRF tokens are required for state-changing requests?", report: "soc2"},
	})
}
