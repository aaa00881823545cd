package triage

import "testing"

// Product capabilities asked in other words are written in (none + custom_answer):
// "navigators" for browsers (a calque), the file formats the product can take or
// accept. An identity provider named by a cloud company's name (Azure AD, Google
// Workspace) is sign-on, not a cloud vendor overseen (no CC9.2). Near misses: patient
// navigators are people, files validated against a format are an input check, and
// a cloud provider assessed stays vendor management. The questions are written for
// this test, apart from the evaluation sets.
func TestCapabilitiesInOtherWords(t *testing.T) {
	t.Parallel()
	written := []string{"custom_answer"}
	checkClass(t, []classCase{
		{q: "Which navigators are supported?", report: ReportNone, arts: written},
		{q: "Is the application compatible with all navigators?", report: ReportNone, arts: written},
		{q: "What file formats can you accept for the member uploads?", report: ReportNone, arts: written},
		{q: "Which file formats can you take for the product catalogue import? CSV, XLSX?", report: ReportNone, arts: written},
		{q: "Your platform allows SSO with our Azure AD and provisioning via SCIM?", report: ReportSOC2, absent: "CC9.2"},
		{q: "Does sign-in work with Azure Active Directory for our staff?", report: ReportSOC2, absent: "CC9.2"},
		// Near misses.
		{q: "Our patient navigators use the portal: is their access reviewed every quarter?", report: ReportSOC2, first: "CC6.3"},
		{q: "Are uploaded files validated against the file format before import?", report: ReportSOC2, first: "PI1.2"},
		{q: "The service is hosted on Azure: how do you assess Microsoft as a vendor?", report: ReportSOC2, first: "CC9.2"},
	})
}
