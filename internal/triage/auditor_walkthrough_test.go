package triage

import "testing"

// A user auditor testing a report the service produces (its completeness and
// accuracy, "C&A", as information produced by the entity, a key report, its
// parameters, source tables and population) relies on it for the financial
// statements: SOC 1 financial reporting. A custom query behind such a report that
// may be changed adds the change control. The same words over security reports,
// logs or analytics stay where they were.
func TestKeyReportCompletenessAndAccuracy(t *testing.T) {
	t.Parallel()
	fr := []string{"financial_reporting"}
	checkClass(t, []classCase{
		{q: "How do you establish completeness and accuracy of the open claims listing we pull for our reserve testing?", report: "soc1", areas: fr},
		{q: "C&A of the commission statement extract: how is it established?", report: "soc1", areas: fr},
		{q: "For the IPE we test, how do you confirm the population in the loan tape is complete?", report: "soc1", areas: fr},
		{q: "Payroll register report: which parameters and source tables drive it, and who confirms the population is complete?", report: "soc1", areas: fr},
		{q: "How is the C&A of the gift aid claim listing established?", report: "soc1", areas: fr},
		{q: "We treat the member dues billing summary as IPE. Is the report logic validated?", report: "soc1", areas: fr},
		{q: "How are completeness and accuracy of the fuel card transaction extract established?", report: "soc1", areas: fr},
		{q: "IPE: the refund register comes from a custom query. How is the query logic validated and kept from unauthorised edits?",
			report: "soc1", areas: []string{"financial_reporting", "change_financial"}},
		{q: "Tuition receivable aging: standard report or custom query, and how is its completeness and accuracy checked?", report: "soc1", areas: fr},
		// Near misses: documentation, logs, security and analytics reports.
		{q: "Do you maintain a data flow diagram for the platform?", report: "soc2"},
		{q: "How do you ensure the completeness and accuracy of security event logs?", report: "soc2"},
		{q: "What key reports does your SIEM produce?", report: "soc2"},
		{q: "Is the completeness of telemetry loaded into the analytics warehouse checked?", report: "soc2"},
		{q: "Output reports are reviewed for completeness and accuracy before they are distributed.", report: "soc2"},
		{q: "Does your SOC 1 report include a control objective over the completeness and accuracy of ACH files sent to the bank?",
			report: "soc1", areas: []string{"interfaces"}},
	})
}

// Systems that keep a client's money records, named by the trade's own words (a
// retirement plan's recordkeeping platform, a stock plan or equity compensation
// platform, a transfer agent's system, a commercial or corporate card console, a
// lease accounting SaaS, the custody signing HSMs): an IT general control over one
// is both reports. A recordkeeping team, an HR portal or a website is no money
// system.
func TestMoneySystemsByTradeWords(t *testing.T) {
	t.Parallel()
	acc := []string{"access_financial"}
	chg := []string{"change_financial"}
	checkClass(t, []classCase{
		{q: "Is MFA required for admins of the stock plan administration platform?", report: "both", areas: acc},
		{q: "How are changes to the recordkeeping platform tested before release?", report: "both", areas: chg},
		{q: "Who has admin rights in the transfer agent system?", report: "both", areas: acc},
		{q: "Is data in the equity compensation database encrypted at rest?", report: "both", areas: acc},
		{q: "Password settings for the corporate card admin portal?", report: "both", areas: acc},
		{q: "How do you regression test vendor upgrades to the lease accounting SaaS?", report: "both", areas: chg},
		{q: "Who can log in to the TA platform from offshore?", report: "both", areas: acc},
		{q: "How is access to the fuel card management platform provisioned, and how are roles mapped to job function?", report: "both", areas: acc},
		// Near misses.
		{q: "Is MFA required for the HR portal?", report: "soc2"},
		{q: "How are changes to the marketing website tested?", report: "soc2"},
		{q: "Who has admin rights on the recordkeeping tool for our HR policies?", report: "soc2"},
		{q: "How many FTEs sit on the recordkeeping team for our plan?", report: "none"},
	})
}

// The asker's SOX or ICFR reliance over a control of such a system keeps the
// control's own area beside financial reporting.
func TestRelianceOverTradeMoneySystem(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "For our SOX testing, describe the quarterly review of who has access to the recordkeeping system.",
			report: "soc1", areas: []string{"access_financial", "financial_reporting"}},
		{q: "ICFR: the nightly NAV strike jobs on the TA platform - how are failures spotted and resolved? Our auditors will rely on this.",
			report: "soc1", areas: []string{"operations_financial", "financial_reporting"}},
	})
}

// Whether a custodian is a chartered trust company or a qualified custodian, and
// its charter number, is a fact written in, not the custody control; how the
// custodian safeguards the assets is still custody.
func TestCustodianCharterIsAFact(t *testing.T) {
	t.Parallel()
	fact := []string{"custom_answer"}
	checkClass(t, []classCase{
		{q: "Is the custody entity a state-chartered trust company?", report: "none", arts: fact},
		{q: "Is the custodian a qualified custodian under the Advisers Act?", report: "none", arts: fact},
		{q: "Which regulator charters your trust company, and what is the charter number?", report: "none", arts: fact},
		{q: "How does the qualified custodian safeguard client assets?", report: "soc1", areas: []string{"custody"}},
	})
}

// A report asked for "with the list of" its complementary user entity controls is
// the report with an item sent beside it: "list" after a determiner asks nothing.
func TestReportWithTheListOfCUECs(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Please provide the SOC 1 Type II on the payroll platform, with the list of complementary user entity controls (CUECs).",
			report: "soc1", areas: []string{}},
		{q: "Send the SOC 1 for the recordkeeping platform with the list of CUECs.", report: "soc1", areas: []string{}},
	})
}

// An auditor's walkthrough ("walk us through", "describe the review of … including
// precision and threshold", "what's the key control over", "what evidences the
// review") over a money process named in a trade's own nouns is SOC 1 with the
// process's area: equity compensation (option grants, RSU releases, ESPP
// purchases, exercise transactions), transfer agency (orders posted at NAV), the
// revenue cycle (charge capture, claim submissions, clearinghouse rejections),
// leases (abstracts checked against the signed lease), workers' compensation class
// codes, crypto custody (deposits attributed, withdrawals against a whitelist) and
// retirement plan contribution edits. The same structure words over security
// processes stay SOC 2.
func TestWalkthroughOverTradeMoneyNouns(t *testing.T) {
	t.Parallel()
	tp := []string{"transaction_processing"}
	md := []string{"master_data"}
	checkClass(t, []classCase{
		{q: "Walk us through how a new option grant is recorded, from the board approval to the participant ledger.", report: "soc1", areas: tp},
		{q: "Walk us through RSU releases: how are the shares withheld for tax worked out?", report: "soc1", areas: tp},
		{q: "Describe the review of ESPP purchase calculations, including the precision the reviewer works to.", report: "soc1", areas: tp},
		{q: "What's the key control over the monthly straight-line rent accrual posted for each lease?", report: "soc1", areas: tp},
		{q: "Walk us through a redemption order from the dealer through to settlement at NAV.", report: "soc1", areas: tp},
		{q: "What evidences the review of claim payments above the examiner's authority?", report: "soc1", areas: tp},
		{q: "Clearinghouse denials: who works them, and how do you know every denied claim was resubmitted?", report: "soc1"},
		{q: "Walk us through charge capture to claim submission for the infusion clinics.", report: "soc1", areas: tp},
		{q: "Describe the review of class code assignments that drive workers comp premium, including the threshold for a second look.", report: "soc1", areas: md},
		{q: "What's the key control over attributing incoming crypto deposits to customer accounts?", report: "soc1", areas: []string{"custody", "transaction_processing"}},
		{q: "Walk us through a customer withdrawal of digital assets: whitelist, approvals, signing, broadcast.", report: "soc1", areas: []string{"custody", "transaction_processing"}},
		{q: "Walk us through loan payoffs: payoff quote, receipt of funds, lien release.", report: "soc1", areas: tp},
		{q: "What evidences the review of each lease abstract against the signed lease?", report: "soc1", areas: md},
		{q: "How are deferral edit-check failures over the 415 limit worked, and who signs off the fix?", report: "soc1", areas: tp},
		// Near misses: the same structure words over security processes.
		{q: "Walk us through your incident response process.", report: "soc2"},
		{q: "What's the key control over production deployments?", report: "soc2"},
		{q: "Describe the review of firewall rules, including the threshold for escalation.", report: "soc2"},
		{q: "Walk us through how a new employee gets laptop access.", report: "soc2"},
		{q: "Describe the review of code releases, including the threshold for emergency changes.", report: "soc2"},
		{q: "Is application allowlisting enforced on the trading desk laptops?", report: "soc2"},
	})
}
