package triage

import "testing"

// A control the vendor runs, asked over a system whose name is a product surface
// (the support portal, the mobile app, the marketing website), is still that
// control: backups, recovery objectives, leavers' access, pen tests and DDoS
// protection keep their criteria instead of being read as a feature of the product
// or as the company's website address. What the product can do, and what the
// customer's own administrators can set in it, stays a feature written in.
func TestControlOverProductSurface(t *testing.T) {
	t.Parallel()
	none := []string{"custom_answer"}
	checkClass(t, []classCase{
		{q: "How often is the customer support portal backed up?", report: "soc2", crit: "A1.2"},
		{q: "Is data in the mobile app backed up daily and kept off site?", report: "soc2", crit: "A1.2"},
		{q: "Public website - backed up? Y/N", report: "soc2", crit: "A1.2"},
		{q: "Do you back up the support portal every night?", report: "soc2", crit: "A1.2"},
		{q: "Is the company website database backed up hourly?", report: "soc2", crit: "A1.2"},
		{q: "What are the RTO and RPO for the marketing website?", report: "soc2", crit: "A1.3"},
		{q: "Support portal RTO/RPO?", report: "soc2", crit: "A1.3"},
		{q: "What RPO do you commit to for the iOS app?", report: "soc2", crit: "A1.2"},
		{q: "Are leavers' accounts on the customer support portal removed within 24 hours?", report: "soc2", crit: "CC6.3"},
		{q: "Are former employees' logins to the public website removed on their last day?", report: "soc2", crit: "CC6.3"},
		{q: "Are accounts on the mobile app removed when staff leave?", report: "soc2", crit: "CC6.3"},
		{q: "Are accounts on the HR system removed when staff leave?", report: "soc2", crit: "CC6.3"},
		{q: "Is the support portal pen tested annually by a third party?", report: "soc2", crit: "CC4.1", arts: []string{"pentest_letter"}},
		{q: "Is the mobile app pen-tested every year?", report: "soc2", crit: "CC4.1", arts: []string{"pentest_letter"}},
		{q: "What DDoS mitigation sits in front of the support portal?", report: "soc2", crit: "CC6.6"},
		{q: "How is the company website defended against denial-of-service attacks?", report: "soc2", crit: "CC6.6"},
		{q: "Who approves releases of the support portal?", report: "soc2", crit: "CC8.1"},
		{q: "Who signs off releases of the mobile app?", report: "soc2", crit: "CC8.1"},
		{q: "Are the admin users of the customer portal reviewed every quarter?", report: "soc2", crit: "CC6.3"},
		// Near misses: capabilities, settings and facts of the product stay written in.
		{q: "Who approves press releases about the product?", report: "none"},
		{q: "Who approves the release of payroll to the bank?", report: "soc1"},
		{q: "Are admin users shown on the dashboard?", report: "none"},
		{q: "What browsers does the portal support?", report: "none", arts: none},
		{q: "What is your website URL?", report: "none", arts: none},
		{q: "Company website:", report: "none", arts: none},
		{q: "Is the mobile app available on Android?", report: "none", arts: none},
		{q: "Does the mobile app work offline?", report: "none", arts: none},
		{q: "Does the support portal support file attachments up to 25 MB?", report: "none", arts: none},
		{q: "Is the help centre available in French and German?", report: "none", arts: none},
		{q: "Is the marketing website available in Spanish?", report: "none", arts: none},
		{q: "Does the partner portal integrate with Salesforce?", report: "none", arts: none},
		{q: "Is there a public API for the customer dashboard?", report: "none", arts: none},
		{q: "Can our admins schedule reports to be emailed from the customer dashboard?", report: "none", arts: none},
		{q: "Can our admins require MFA for our users in the admin console?", report: "none", arts: none},
		{q: "Does the portal offer a dark mode?", report: "none"},
		{q: "Can customers set a session timeout in the dashboard?", report: "none", arts: none},
		{q: "Can clients configure password rules in the admin console?", report: "none", arts: none},
		{q: "Are customers required to change passwords in the portal every 90 days?", report: "soc2", crit: "CC6.1"},
		{q: "Does the customer portal support SSO with our IdP?", report: "soc2", crit: "CC6.1"},
		{q: "Is the HR system backed up daily?", report: "soc2", crit: "A1.2"},
	})
}
