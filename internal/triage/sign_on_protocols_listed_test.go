package triage

import "testing"

// How users sign in to the service (SSO, SAML or OIDC federation, SCIM provisioning)
// is logical access to the system, SOC 2 CC6.1, even when the row asks for the list
// of protocols or identity providers supported; the lists of what else the product
// supports (browsers, gateways, file formats, languages) stay facts written in. The
// questions are written for this test.
func TestSignOnProtocolsListed(t *testing.T) {
	t.Parallel()
	written := []string{"custom_answer"}
	checkClass(t, []classCase{
		{q: "Does your solution support single sign-on? List supported protocols.", report: "soc2", crit: "CC6.1"},
		{q: "List supported SSO identity providers (Okta, Entra ID, Ping).", report: "soc2", crit: "CC6.1"},
		{q: "Please list your supported SSO identity providers.", report: "soc2", crit: "CC6.1"},
		{q: "Which federation protocols are supported for staff login (SAML 2.0, OIDC)?", report: "soc2", crit: "CC6.1"},
		{q: "Supported sign-on standards: SAML / OpenID Connect / CAS. Please list.", report: "soc2", crit: "CC6.1"},
		{q: "Is SCIM 2.0 supported for automatic user provisioning? List supported IdPs.", report: "soc2"},
		{q: "List the identity providers you have tested SAML federation with.", report: "soc2", crit: "CC6.1"},
		// Near misses: other things the product supports are facts.
		{q: "List supported browsers and versions.", report: "none", arts: written},
		{q: "Which payment gateways does the checkout support?", report: "none", arts: written},
		{q: "List supported file formats for bulk import.", report: "none", arts: written},
		{q: "Supported user interface languages: please list.", report: "none", arts: written},
	})
}
