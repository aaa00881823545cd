package triage

import "testing"

// Reviewing the SOC reports of one's own vendors, asked with the verb after the
// reports ("Are vendor SOC reports reviewed quarterly?"), is vendor management
// (CC9.2), as it is in the active order ("Do you review vendor SOC reports?"). After
// a plural verb with no article, a singular "vendor" before a report's name says
// whose reports they are; it is not the respondent named in the third person. The
// respondent's own report asked for or described, and "the vendor" as the
// respondent, keep their verdicts. The questions are written for this test, apart
// from the evaluation sets.
func TestVendorReportsReviewed(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Are vendor SOC reports reviewed quarterly?", report: "soc2", first: "CC9.2"},
		{q: "Are supplier SOC 2 reports reviewed each year?", report: "soc2", first: "CC9.2"},
		{q: "Do vendor SOC reports get reviewed by your security team?", report: "soc2", first: "CC9.2"},
		{q: "Have supplier SOC reports been assessed?", report: "soc2", first: "CC9.2"},
		{q: "Are provider SOC reports obtained and reviewed annually?", report: "soc2", first: "CC9.2"},
		{q: "Are contractor SOC 2 reports collected?", report: "soc2", first: "CC9.2"},
		{q: "Are your vendors' SOC 2 reports reviewed?", report: "soc2", first: "CC9.2"},
		{q: "Do you review vendor SOC reports quarterly?", report: "soc2", first: "CC9.2"},
		// Near misses: the respondent's own report, "the vendor" as the respondent.
		{q: "Are your SOC reports available?", report: "soc2", absent: "CC9.2"},
		{q: "Is your SOC 2 report reviewed by management before release?", report: "soc2", absent: "CC9.2"},
		{q: "Can we review your SOC 1?", report: "soc1", absent: "CC9.2"},
		{q: "Is the vendor SOC 2 compliant?", report: "soc2", absent: "CC9.2"},
		{q: "Does the vendor have a SOC 2 report?", report: "soc2", absent: "CC9.2"},
		{q: "Is Vendor SOC 2 certified?", report: "soc2", absent: "CC9.2"},
	})
}

// A history of administrators' or privileged sign-ins kept by the respondent is the
// logging of security events (CC7.2). Histories of other things are not; who sees the
// asker's users' login history is TestLoginHistorySeenByWhom.
func TestAdminLoginHistoryKept(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Do you keep login history for your administrators?", report: "soc2", first: "CC7.2"},
		{q: "Is a history of admin logins kept?", report: "soc2", first: "CC7.2"},
		{q: "Is the login history of administrators kept?", report: "soc2", first: "CC7.2"},
		{q: "Are histories of privileged logins kept?", report: "soc2", first: "CC7.2"},
		{q: "Do you keep administrator login history?", report: "soc2", first: "CC7.2"},
		{q: "Is there a history of administrator logins?", report: "soc2", first: "CC7.2"},
		{q: "Do you retain logon history for privileged accounts?", report: "soc2", crit: "CC7.2"},
		// Near misses.
		{q: "Do you keep browser history?", report: "none"},
		{q: "Do you keep employment history for staff?", report: "none"},
		{q: "Do you check the employment history of administrators?", report: "none"},
		{q: "Is browser history of admins cleared?", report: "none"},
	})
}
