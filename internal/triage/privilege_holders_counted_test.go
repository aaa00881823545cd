package triage

import "testing"

// A count of the people or accounts that hold a privilege ("how many staff hold
// superuser rights on the payments cluster", "how many accounts hold root rights,
// and when were they last recertified") asks about access, not the company's size:
// the SOC 2, not a written fact. Counts of people, sites or customers, and rights
// that are no privilege (the right to work, rights to a name), stay written answers.
// The questions are written for this test.
func TestPrivilegeHoldersCounted(t *testing.T) {
	t.Parallel()
	written := []string{"custom_answer"}
	none := []string{}
	checkClass(t, []classCase{
		{q: "How many staff hold superuser rights on the payments cluster today?", report: "soc2", arts: none},
		{q: "Number of contractors with write rights to the customer database?", report: "soc2", arts: none},
		{q: "How many employees have elevated rights on their laptops?", report: "soc2", arts: none},
		{q: "How many accounts hold root rights on the hosts, and when were they last recertified?", report: "soc2", arts: none, crit: "CC6.3"},
		{q: "How many of your developers have admin rights in production?", report: "soc2", arts: none, crit: "CC6.3"},
		{q: "Headcount with owner rights on the cloud organisation, and when was the list last recertified?", report: "soc2", arts: none, crit: "CC6.3"},
		{q: "How many people can sign in with administrative rights to the firewall console?", report: "soc2", arts: none},
		// Near misses: counts that are facts, and rights that are no privilege.
		{q: "How many employees do you have?", report: "none", arts: written},
		{q: "How many data centres do you operate, and where are they located?", report: "none", arts: written},
		{q: "How many customers use the product in Germany?", report: "none", arts: written},
		{q: "How many engineers have the right to work in the US?", report: "none", arts: written},
		{q: "How many years has the company held its rights to the brand name?", report: "none", arts: written},
		{q: "How many team members hold administrator rights in your identity provider?", report: "soc2", arts: none},
	})
}
