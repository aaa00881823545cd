package triage

import "testing"

// How software is tested before it ships and whether security is built into the
// stages of developing it are change management (CC8.1), in whatever words a form
// uses: a testing process for code or releases, static and dynamic testing of the
// application, security principles designed into the product or development
// lifecycle. Testing a plan, a restore or an incident process, a product's
// end-of-life dates and staff development keep their own readings. The questions
// are written for this test, apart from the evaluation sets.
func TestSoftwareTestingAndSecureLifecycle(t *testing.T) {
	t.Parallel()
	checkFirstAndAbsent(t, []firstCase{
		{"Do you have software testing processes that are defined and followed?", "CC8.1", nil},
		{"Is there a formal testing procedure for each new version of the application?", "CC8.1", nil},
		{"Are applications tested with static and dynamic methods before they go live?", "CC8.1", nil},
		{"Is code tested by someone other than its author before it is released?", "CC8.1", nil},
		{"Do you test software changes in a non-production environment?", "CC8.1", nil},
		{"Are information security principles designed into the product lifecycle?", "CC8.1", nil},
		{"Is security built into every stage of your product development?", "CC8.1", nil},
		{"Are security requirements defined at the start of each software project?", "CC8.1", nil},
		{"Is security considered in each phase of the development life cycle?", "CC8.1", nil},
		// Near misses: other tests and other lifecycles.
		{"Is the disaster recovery plan tested each year?", "A1.3", []string{"CC8.1"}},
		{"Do you test restores from backup every quarter?", "A1.3", []string{"CC8.1"}},
		{"Do you test your incident response process?", "CC7.4", []string{"CC8.1"}},
		{"Is security awareness part of every employee's development plan?", "CC2.2", []string{"CC8.1"}},
		{"Are the applications penetration tested by an outside firm each year?", "CC4.1", nil},
	})
}
