package triage

import "testing"

// A financial process in an industry's own words: an amount or quantity the process
// counts (room revenue, bushels, tolls, recoveries) agreed to what should match it, goods
// or money held for someone, a payment made only as approved, a business parameter
// (a split, a fee code, a plan's rules) changed with authority, a close or an aging
// report the client books from. The same verbs on security objects stay SOC 2.
func TestBusinessProcessInIndustryWords(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		// Reconciliation: an amount or quantity agreed to its counterpart.
		{question: "Each day's toll takings: are they agreed to the bank statement, and who looks into gaps?",
			report: "soc1", with: []string{"reconciliation"}},
		{question: "Box office ticket sales: are they matched to the card settlement report every night?",
			report: "soc1", with: []string{"reconciliation"}},
		{question: "How are salvage recoveries reconciled with the adjuster's statements each month?",
			report: "soc1", with: []string{"reconciliation"}},
		{question: "Barrels held in your tank farm for us: are they counted and agreed to the quantity on our stock records?",
			report: "soc1", with: []string{"reconciliation", "custody"}},
		// Custody: goods or money kept for someone.
		{question: "Cotton stored in your warehouses under our receipts: how is it protected and how often is it counted?",
			report: "soc1", with: []string{"custody"}},
		{question: "Is the cash of residents held by the care home kept apart from the operator's own money?",
			report: "soc1", with: []string{"custody"}},
		// Interfaces: sales files loaded in full.
		{question: "Outlet takings are sent to your royalty system each evening. How do you know every file was received and loaded in full?",
			report: "soc1", with: []string{"interfaces"}},
		// Segregation of duties: two people validate a transfer of money.
		{question: "Do fund transfers above the limit need approval by two officers?",
			report: "soc1", with: []string{"segregation_of_duties"}},
		// Transaction processing: paid only as approved.
		{question: "How do you ensure bursary payments are made only to eligible students and in the approved amount?",
			report: "soc1", with: []string{"transaction_processing"}},
		// Master data: a business parameter changed with authority.
		{question: "When the royalty split between co-writers is amended, who approves it?",
			report: "soc1", first: "master_data"},
		{question: "Who authorises changes to the tariff codes used in water billing?",
			report: "soc1", with: []string{"master_data"}},
		{question: "Reps are paid from your incentive tool. How are changes to the commission plan rules approved?",
			report: "soc1", with: []string{"master_data"}},
		// Financial reporting: the close and the reports the client books from.
		{question: "Who reviews the trial balance you prepare for us before it is sent?",
			report: "soc1", with: []string{"financial_reporting"}},
		{question: "How do you check the receivables aging report we use to set our bad debt allowance?",
			report: "soc1", with: []string{"financial_reporting"}},
		// Near misses: the same verbs and objects in a security sense.
		{question: "Do you reconcile the list of active user accounts against HR leaver records?",
			report: "soc2", without: []string{"reconciliation"}},
		{question: "Are firewall rule changes matched to approved change tickets?",
			report: "soc2"},
		{question: "Do key ceremonies for the HSM require two persons to be present?",
			report: "soc2"},
		{question: "Who approves changes to the alerting rules in your SIEM?",
			report: "soc2"},
		{question: "Is access to production granted only to approved engineers?",
			report: "soc2"},
		{question: "Where are player accounts stored, and are passwords hashed?",
			report: "soc2"},
		{question: "Describe your vulnerability aging report and the time allowed to close critical findings.",
			report: "soc2"},
	})
}

// Words that look like another control inside a business phrase: a grain scale ticket is
// no capacity, the month-end close's support no end of vendor support, a payment window
// set by statute no compliance programme, a claim priced or a queue owned no contract
// term or company fact.
func TestBusinessPhrasesAreNotOtherControls(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Scale tickets from the weighbridge become grower settlements in your system: how is each settlement checked?",
			report: "soc1", with: []string{"transaction_processing"}},
		{question: "Describe the year-end close support you give us and who reviews it.",
			report: "soc1"},
		{question: "Are jobless benefit payments issued only for approved claims and within the statutory payment window?",
			report: "soc1", with: []string{"transaction_processing"}},
		{question: "How are hospital claims priced against the contracted rates, and how are pricing errors corrected?",
			report: "soc1"},
		{question: "Unapplied receipts queue: who owns it, and is it tied out to the bank every day?",
			report: "soc1", with: []string{"reconciliation"}},
	})
}
