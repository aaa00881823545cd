package triage

import "testing"

// Money a vendor holds for others until something happens (a campaign closes, a trip
// departs, a tenancy ends), cheques and cash kept safe until they are banked, and who
// logs versus who banks them, are custody and segregation of duties in business
// words; stored-value top-ups, pledges and gifts are financial transactions; a lump
// settlement tied back to its items is a reconciliation. The same words about data,
// money laundering or a price list keep their own verdicts.
func TestMoneyHeldAndBusinessWordFinance(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Deposits paid by travellers sit with you until the tour departs. Is that money ring-fenced from your operating cash?",
			report: "soc1", areas: []string{"custody"}},
		{q: "Tenant security deposits are kept by your agency until move-out: how are the funds held, and are they commingled with company money?",
			report: "soc1", areas: []string{"custody"}},
		{q: "Where do the monies you hold on behalf of our sellers sit pending payout?",
			report: "soc1", areas: []string{"custody"}},
		{q: "How is cash taken at the box office locked away and protected overnight before the bank run?",
			report: "soc1", areas: []string{"custody"}},
		{q: "Can one clerk both open the incoming cheque mail and bank the cheques, or is that split between two staff?",
			report: "soc1", areas: []string{"segregation_of_duties"}},
		{q: "How do you make sure each gift card load is recorded exactly once on the card balance?",
			report: "soc1", areas: []string{"transaction_processing"}},
		{q: "Each Friday the acquirer pays us one net amount. How is that payout tied back to the individual sales, and who chases a mismatched donation?",
			report: "soc1", areas: []string{"reconciliation"}},
		{q: "How do you make sure each haulage bill is paid only once and at the contracted rate?",
			report: "soc1", areas: []string{"transaction_processing"}},
		{q: "Our trust's auditors are fine with a report as of one date on your donation handling, since the service only launched in spring.",
			report: "soc1", typ: "type1"},
		// Near-misses: data held, money laundering, commercial terms, a login.
		{q: "Where is our customer data held until the contract ends?", report: "soc2"},
		{q: "How do you protect the platform against money laundering by sellers?", report: "none"},
		{q: "Do you sell through resellers, and what is your list price per seat?", report: "none"},
		{q: "Is every user who logs in to the admin console recorded in an audit log?", report: "soc2"},
	})
}

// A tenant's deposit or rent kept apart from the vendor's own money is custody of
// funds, not a tenant isolated on shared infrastructure; a new hire keyed into payroll
// is payroll's standing data, not hiring. Tenants' data and environments, and checks
// on the people hired, keep their SOC 2 verdicts.
func TestTenantsMoneyAndPayrollHires(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Do you hold tenant deposits in escrow, segregated from company cash?",
			report: "soc1", areas: []string{"custody"}},
		{q: "Is each tenant's rent collected into a client account kept separate from the agency's operating account?",
			report: "soc1", areas: []string{"custody"}},
		{q: "Are the tenant security deposits you collect kept in a separate account from your own funds until the lease ends?",
			report: "soc1", areas: []string{"custody"}},
		{q: "Are new hires set up in payroll only after HR sends a signed offer?",
			report: "soc1", areas: []string{"master_data"}},
		{q: "Can the same clerk add a new hire to the payroll system and also release the pay run?",
			report: "soc1"},
		{q: "Who enters new hires into the payroll platform, and is that entry checked before the first salary payment?",
			report: "soc1"},
		// Near misses: tenants' data and environments, and people screened or trained.
		{q: "Is each tenant's data logically separated in your multi-tenant database?",
			report: "soc2", crit: "CC6.1"},
		{q: "Are tenant environments isolated from one another?",
			report: "soc2", crit: "CC6.1"},
		{q: "Do you run background checks on new hires?",
			report: "soc2", crit: "CC1.4"},
		{q: "Is security awareness training required for new hires within 30 days?",
			report: "soc2", crit: "CC1.4"},
	})
}

// Policyholders are the people insured, not a policy to send: sharing or selling
// their data asks for no policy document, while a policy named beside them still does.
func TestPolicyholdersAreNoPolicy(t *testing.T) {
	t.Parallel()
	none := []string{}
	checkClass(t, []classCase{
		{q: "Do you sell or share our policyholders' personal data with marketing partners? Explain any sharing.",
			report: "soc2", arts: none},
		{q: "Is any policyholder information shared with reinsurers or affiliates for their own marketing?",
			report: "soc2", arts: none},
		{q: "Are policyholders' personal details ever sold to data brokers or shared with affiliates?",
			report: "soc2", arts: none},
		// Near miss: a policy document asked for about policyholders.
		{q: "Please share your data retention policy covering policyholder records.",
			report: "none", arts: []string{"policy_document"}},
	})
}
