package triage

import "testing"

// Access levels, roles and role permissions that the customer's own side defines,
// assigns or creates for its own users ("let us define access levels", "can
// customers assign roles to their users", "configure role permissions for our
// users") are its admin setting in the product: none + custom_answer, the
// product-capabilities convention. The product's own access model (does it support
// RBAC), the vendor's roles for its staff, and roles provisioned through SCIM stay
// logical access. The questions are written for this test.
func TestCustomerDefinesRoles(t *testing.T) {
	t.Parallel()
	written := []string{"custom_answer"}
	none := []string{}
	checkClass(t, []classCase{
		{q: "Let us define access levels", report: "none", arts: written},
		{q: "Does the software let us define access levels for our staff?", report: "none", arts: written},
		{q: "Does the product let us set permission levels for our users?", report: "none", arts: written},
		{q: "Does the portal allow customers to create custom roles?", report: "none", arts: written},
		{q: "Can client administrators create custom roles for their team?", report: "none", arts: written},
		{q: "Can customers assign roles to their users?", report: "none", arts: written},
		{q: "Can we configure role permissions for our users?", report: "none", arts: written},
		{q: "Option to define permission levels for our own users?", report: "none", arts: written},
		// Administrators who set a level for each user of the portal are the
		// customer's own: the portal's users are its staff, and the vendor's people
		// would be named as such ("your administrators", "vendor admins").
		{q: "Can administrators set different access levels for each user of the portal?", report: "none", arts: written},
		// Near misses: the product's access model, the vendor's people, SCIM.
		{q: "Does the application support role-based access control?", report: "soc2", crit: "CC6.1", arts: none},
		{q: "Do you define access levels for your staff?", report: "soc2", crit: "CC6.1", arts: none},
		{q: "Can we assign roles to our users via SCIM?", report: "soc2", crit: "CC6.1", arts: none},
		{q: "Are access levels of your engineers reviewed quarterly?", report: "soc2", crit: "CC6.3", arts: none},
	})
}
