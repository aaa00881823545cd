package triage

import "testing"

// The roles of the vendor's staff, reviewed or recertified on a schedule, are the
// periodic access review of CC6.3. Roles and responsibilities of a security
// function stay CC1.3, and roles the customer reviews in the product are its own
// setting.
func TestStaffRolesReviewedIsAccessReview(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Are your staff's roles reviewed quarterly?", report: "soc2", crit: "CC6.3"},
		{question: "Do managers review their team members' roles periodically?", report: "soc2", crit: "CC6.3"},
		{question: "Do you review the roles of employees each quarter?", report: "soc2", crit: "CC6.3"},
		{question: "Are the roles of your staff reviewed quarterly?", report: "soc2", crit: "CC6.3"},
		{question: "Are contractor roles recertified twice a year?", report: "soc2", crit: "CC6.3"},
		// Near misses.
		{question: "Are staff roles and responsibilities documented?", report: "soc2", crit: "CC1.3", not: "CC6.3"},
		{question: "Are staff roles and responsibilities reviewed annually?", report: "soc2", crit: "CC1.3", not: "CC6.3"},
		{question: "Can customers review user roles in the admin console?", report: "none", not: "CC6.3"},
	})
}

// Rate limits and throttling set against abuse, bots, brute force or floods of
// requests guard the boundary (CC6.6). The limits themselves, asked as a fact of the
// product, are answered in writing.
func TestRateLimitsAgainstAbuseAreBoundaryProtection(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Do you apply rate limiting to your public APIs to prevent abuse?", report: "soc2", crit: "CC6.6"},
		{question: "Are request quotas enforced to prevent API abuse by attackers?", report: "soc2", crit: "CC6.6"},
		{question: "Is rate limiting used to protect login endpoints from brute-force attacks?", report: "soc2", crit: "CC6.6"},
		{question: "Do you rate-limit requests to block bots and scraping?", report: "soc2", crit: "CC6.6"},
		{question: "Is API traffic throttled so that malicious clients cannot flood the service?", report: "soc2", crit: "CC6.6"},
		// Near misses: the limits as product facts.
		{question: "API rate limits per tenant, configurable?", report: "none", artifact: "custom_answer"},
		{question: "What are the API rate limits?", report: "none", artifact: "custom_answer"},
		{question: "Can we raise our API quota?", report: "none", artifact: "custom_answer"},
	})
}

// A control asked "in line with", "per" or "as required by" ISO 27001 is the control,
// answered by the SOC 2; the certificate is for a question about the certification.
func TestStandardNamedAsFrameOfControl(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "How are backups tested, in line with ISO 27001?", report: "soc2", crit: "A1.3", not: "iso27001_certificate"},
		{question: "Per ISO 27001, how often are access reviews performed?", report: "soc2", crit: "CC6.3"},
		{question: "According to ISO 27001, do you encrypt data at rest?", report: "soc2", crit: "CC6.1"},
		{question: "Is vulnerability scanning performed as required by ISO 27001?", report: "soc2", crit: "CC7.1"},
		{question: "Are backups tested in accordance with ISO/IEC 27001?", report: "soc2", crit: "A1.3"},
		{question: "Is your incident response plan aligned with ISO 27001?", report: "soc2", crit: "CC7.4"},
		// Near misses: the certification itself.
		{question: "Are you ISO 27001 certified?", report: "none", artifact: "iso27001_certificate"},
		{question: "Are you certified according to ISO 27001?", report: "none", artifact: "iso27001_certificate"},
		{question: "Is your ISMS certified according to ISO 27001?", report: "none", artifact: "iso27001_certificate"},
		{question: "Please provide your ISO 27001 certificate.", report: "none", artifact: "iso27001_certificate"},
	})
}
