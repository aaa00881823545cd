package triage

import "testing"

// The asker's own certification told as context ("we are ISO 27001 certified
// ourselves, so …") asks for no certificate: the control asked next decides. The
// respondent's certificate asked for stays the ISO request. The questions are
// written for this test, apart from the evaluation sets.
func TestAskerOwnCertificationIsContext(t *testing.T) {
	t.Parallel()
	none := []string{}
	iso := []string{"iso27001_certificate"}
	checkClass(t, []classCase{
		{q: "We hold ISO 27001 ourselves, so just briefly: is customer data encrypted at rest?", report: ReportSOC2, arts: none},
		{q: "As an ISO 27001 certified firm ourselves we still need to know: is production access reviewed every quarter?", report: ReportSOC2, first: "CC6.3", arts: none},
		{q: "Our own ISO 27001 programme makes us ask every supplier: are critical vulnerabilities patched within 30 days?", report: ReportSOC2, arts: none},
		{q: "Being ISO 27001 registered ourselves, we ask: do administrators use MFA?", report: ReportSOC2, arts: none},
		// Near misses: the respondent's certificate asked for.
		{q: "Are you ISO 27001 certified?", report: ReportNone, arts: iso},
		{q: "Please send your ISO 27001 certificate and Statement of Applicability.", report: ReportNone, arts: iso},
		{q: "We are certified ourselves. Is your company ISO 27001 certified too?", report: ReportNone, arts: iso},
	})
}

// A control asked as a figure of time ("within how many hours are a leaver's
// accounts disabled?") is the control, not a count of the company's people or sites;
// counts of users, customers and staff stay facts written in.
func TestControlAskedAsAFigureOfTime(t *testing.T) {
	t.Parallel()
	written := []string{"custom_answer"}
	checkClass(t, []classCase{
		{q: "After termination, within how many days are the person's user accounts disabled?", report: ReportSOC2, first: "CC6.3"},
		{q: "How many hours after a contractor leaves are all of their accounts removed?", report: ReportSOC2, first: "CC6.3"},
		{q: "Within how many business days is access removed for a dismissed employee?", report: ReportSOC2, first: "CC6.3"},
		{q: "In how many working days are the accounts of people who left the company deactivated?", report: ReportSOC2, first: "CC6.3"},
		// Near misses: counts of accounts, customers and staff.
		{q: "How many user accounts does your largest customer have?", report: ReportNone, arts: written},
		{q: "How many customers do you serve in Canada?", report: ReportNone, arts: written},
		{q: "How many employees work in your London office?", report: ReportNone, arts: written},
		{q: "Number of active customer accounts in Europe?", report: ReportNone, arts: written},
	})
}

// A document asked for with the calque "join" (joindre: attach) is the document
// itself; data moved to another provider in a standard format and what the asker's
// admins can see in their own tenant are product capabilities written in. The
// vendor's own controls beside them stay SOC 2.
func TestDocumentJoinedAndCapabilitiesAsked(t *testing.T) {
	t.Parallel()
	doc := []string{"policy_document"}
	written := []string{"custom_answer"}
	checkClass(t, []classCase{
		{q: "Please join a copy of your incident response plan.", report: ReportNone, arts: doc},
		{q: "Kindly join your plan of business continuity, no audit report needed.", report: ReportNone, arts: doc},
		{q: "Can you join the policy of access control (document only)?", report: ReportNone, arts: doc},
		{q: "Can our data be moved to a new supplier in an open format when the contract ends?", report: ReportNone, arts: written},
		{q: "Could our records be migrated to another system in a common file format?", report: ReportNone, arts: written},
		{q: "Can our admins see the login history of everyone in our tenant?", report: ReportNone, arts: written},
		// Near misses: staff who join, the vendor's own return of data and reviews.
		{q: "When new staff join, do they sign the acceptable use policy?", report: ReportSOC2},
		{q: "Is customer data returned or deleted at the end of the contract?", report: ReportSOC2},
		{q: "Do your administrators review the login history of the production tenant?", report: ReportSOC2},
	})
}
