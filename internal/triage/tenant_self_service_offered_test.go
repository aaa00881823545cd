package triage

import (
	"strings"
	"testing"
)

// A line that says or asks whether the customer's side may do something in the
// product for its own users, tenant or data is a product feature, written in
// (none + custom_answer), whatever its form: a statement ("Customers can ...",
// "Customers are responsible for configuring ... for their own users"), "let us",
// "allow customer admins to", or a terse cell ("... - possible?", "... supported?",
// "Option to ...", "... available on the Business tier?"). The grid crosses those
// forms with actions on the tenant's own users and data and with places in the
// product; the near misses (the vendor's own practice, sign-on, provisioning and
// keys, breach notices and the vendor's shared-responsibility duties) stay the SOC 2.
// The wording is written for this test.
func TestTenantSelfServiceOffered(t *testing.T) {
	t.Parallel()
	written := []string{"custom_answer"}
	none := []string{}
	type act struct{ verb, gerund, noun, own string }
	acts := []act{
		{"enforce MFA on", "enforcing MFA on", "Enforcement of MFA on", "our own users"},
		{"set the session timeout for", "setting the session timeout for", "Setting of the session timeout for", "our users"},
		{"restrict access by IP range to", "restricting access by IP range to", "Restriction of access by IP range to", "our tenant"},
		{"export the audit log of", "exporting the audit log of", "Export of the audit log of", "our tenant to our SIEM"},
		{"configure role permissions for", "configuring role permissions for", "Configuration of role permissions for", "our own users"},
		{"deactivate the accounts of", "deactivating the accounts of", "Deactivation of the accounts of", "our users"},
		{"reset the passwords of", "resetting the passwords of", "Reset of the passwords of", "our own users"},
		{"view the login history of", "viewing the login history of", "Viewing of the login history of", "our users"},
	}
	places := []string{"", " in the admin console", " from the portal"}
	var cases []classCase
	for _, a := range acts {
		their := strings.ReplaceAll(a.own, "our ", "their ")
		lower := strings.ToLower(a.noun[:1]) + a.noun[1:]
		for _, p := range places {
			for _, q := range []string{
				"Customers can " + a.verb + " " + their + p + ".",
				"Customer administrators are able to " + a.verb + " " + their + p + ".",
				"Customers are responsible for " + a.gerund + " " + their + p + ".",
				a.noun + " " + a.own + p + " - possible?",
				a.noun + " " + a.own + p + " supported?",
				"Option to " + a.verb + " " + a.own + p + "?",
				"Option for our admins to " + a.verb + " " + a.own + p + " available?",
				"Does the Enterprise plan let us " + a.verb + " " + a.own + p + "?",
				"Does the product let tenant owners " + a.verb + " " + their + p + "?",
				"Do you allow customer admins to " + a.verb + " " + their + p + "?",
				"Is " + lower + " " + a.own + p + " available on the Business tier?",
			} {
				cases = append(cases, classCase{q: q, report: "none", arts: written})
			}
		}
	}
	cases = append(cases,
		classCase{q: "Do you enforce MFA for all of your administrators?", report: "soc2", arts: none},
		classCase{q: "Customers are notified of breaches affecting their tenant within 72 hours.", report: "soc2", arts: none},
		classCase{q: "Customers can configure SSO with their own identity provider in the admin console.", report: "soc2", arts: none, first: "CC6.1"},
		classCase{q: "SCIM provisioning of our users - possible?", report: "soc2", arts: none},
		classCase{q: "Customer managed keys for our tenant - supported?", report: "soc2", arts: none},
		classCase{q: "Does the Enterprise plan let us bring our own encryption keys for our tenant?", report: "soc2", arts: none},
		classCase{q: "The entity communicates to customers their responsibilities for the security of the service.", report: "soc2", arts: none},
		classCase{q: "The provider is responsible for restricting access to customer tenants to authorised personnel.", report: "soc2", arts: none},
		classCase{q: "Customers are responsible for their own data; the provider is responsible for the security of the infrastructure and for notifying customers of incidents.", report: "soc2", arts: none},
		classCase{q: "Your engineers' access to our tenant is restricted by IP range - possible?", report: "soc2", arts: none},
		classCase{q: "Do you export your own audit logs to your SIEM?", report: "soc2", arts: none},
		classCase{q: "Is access of your support staff to our tenant logged and reviewed?", report: "soc2", arts: none},
		classCase{q: "Do you allow your staff to access customer data without approval?", report: "soc2", arts: none},
		classCase{q: "Access of your employees to production is restricted by IP range and reviewed quarterly.", report: "soc2", arts: none},
		classCase{q: "Customers are informed of changes to their security obligations through release notes.", report: "soc2", arts: none},
		classCase{q: "Do you deactivate the accounts of your leavers within 24 hours?", report: "soc2", arts: none},
		// The customer's own admin setting (the product-capabilities convention):
		// it once stayed role-based access, CC6.1.
		classCase{q: "Does the product let us define access levels for our staff?", report: "none", arts: written},
	)
	checkClass(t, cases)
}
