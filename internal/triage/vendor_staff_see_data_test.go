package triage

import "testing"

// Whether the respondent's own staff (support, engineers, administrators, anyone at the
// company) can see, read or reach the customer's data is logical access to that data
// (soc2 CC6.1; no C1.1, as nothing is said to be confidential). What the customer's own
// administrators or users can see in the product stays a product feature, and staff
// access reviewed, removed, logged or screened for is that other control. The questions
// are written for this test, apart from the evaluation sets.
func TestVendorStaffSeeCustomerData(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Can your support staff see our data?", report: "soc2", first: "CC6.1", absent: "C1.1"},
		{q: "Can your engineers view our records?", report: "soc2", first: "CC6.1"},
		{q: "Are your employees able to read our files?", report: "soc2", first: "CC6.1"},
		{q: "Can anyone at your company look at our data?", report: "soc2", first: "CC6.1"},
		{q: "Do your developers have access to our data?", report: "soc2", first: "CC6.1"},
		{q: "Which of your staff can see customer data?", report: "soc2", first: "CC6.1"},
		{q: "Can your support team open our documents?", report: "soc2", first: "CC6.1"},
		{q: "Can your administrators browse our content?", report: "soc2", first: "CC6.1"},
		{q: "Is your staff able to view the data we upload?", report: "soc2", first: "CC6.1"},
		{q: "Can your personnel access our tenant's records?", report: "soc2", first: "CC6.1"},
		{q: "Can your support agents read our messages?", report: "soc2", first: "CC6.1"},
		// Near misses: the customer's own people, support as a commercial fact, and
		// staff who see something other than the customer's data.
		{q: "Can our admins see all the data in our tenant?", report: "none", arts: []string{"custom_answer"}},
		{q: "Can our users see each other's data?", report: "none", arts: []string{"custom_answer"}},
		{q: "Is support open on weekends?", report: "none", arts: []string{"custom_answer"}},
		{q: "Can your support staff see the status page?", report: "soc2", first: "CC2.3"},
		// Staff described by their access while another control is asked of them.
		{q: "Are staff who can read our records background checked before they start?", report: "soc2", first: "CC1.4", absent: "CC6.1"},
		{q: "Do engineers with access to client data sign a confidentiality agreement?", report: "soc2", absent: "CC6.1"},
		{q: "Must your consultants sign an NDA before they can read our records?", report: "soc2", absent: "CC6.1"},
		// Staff access as the object of another access control: a review or a removal
		// ranks first.
		{q: "Is your staff's access to customer data reviewed every quarter?", report: "soc2", first: "CC6.3"},
		{q: "Is your developers' access to our records revoked when they change roles?", report: "soc2", first: "CC6.3"},
	})
}
