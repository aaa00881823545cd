package triage

import "testing"

// The asker's own reliance written as what it relies on the service for ("we rely on
// your X for our financial statements", "… for our books", "… for our month-end
// close") frames the question as the asker's financial reporting: SOC 1, with
// financial_reporting beside the areas of the control asked. Rent amounts, lease
// terms, rent schedules and rate cards are standing data: their authorised changes
// are master data. The questions are written for this test, apart from the
// evaluation sets.
func TestOwnRelianceForStatementsAndStandingRentData(t *testing.T) {
	t.Parallel()
	none := []string{}
	md := []string{"master_data", "financial_reporting"}
	checkClass(t, []classCase{
		{q: "We rely on your lease administration platform for our financial statements. How are rent schedule changes approved?", report: "soc1", areas: md, cats: none},
		{q: "We depend on your fee schedules for our month-end close; who approves edits to them?", report: "soc1", areas: md, cats: none},
		{q: "Our group relies on your system for our books. How are updates to client rate cards reviewed before use?", report: "soc1", areas: md, cats: none},
		{q: "How are changes to rental rates and lease terms authorised in the property ledger?", report: "soc1", areas: []string{"master_data"}},
		{q: "Who approves rent escalations keyed into the tenant ledger?", report: "soc1", areas: []string{"master_data"}},
		// Near-misses: a report asked for through the reliance carries no area;
		// someone else's reliance or a business day's close is no reliance; rent
		// data as a security object stays SOC 2.
		{q: "We rely on your platform for our financial statements. Please send your SOC 1 report.", report: "soc1", areas: none},
		{q: "Our members rely on you to pay their claims. How are claim payments checked for accuracy?", report: "soc1", areas: []string{"transaction_processing"}},
		{q: "We rely on your uptime for our close of business reporting.", report: "soc2", areas: none},
		{q: "Is rent roll data encrypted at rest?", report: "soc2", areas: none, crit: "CC6.1"},
	})
}

// Pay tables, salary scales and wage grades are standing data like pay rates: their
// authorised changes are master data, and a pay scale is no scaling of capacity. The
// questions are written for this test, apart from the evaluation sets.
func TestPayScalesAreStandingData(t *testing.T) {
	t.Parallel()
	md := []string{"master_data"}
	checkClass(t, []classCase{
		{q: "Who can edit the pay tables, and is each edit approved?", report: "soc1", areas: md},
		{q: "How are changes to salary scales authorised before the pay run?", report: "soc1", areas: md},
		{q: "Who approves updates to the wage grades used for hourly staff?", report: "soc1", areas: md},
		// Near-misses: the platform's scaling is capacity (of a money system: both,
		// operations_financial); pay scale data as a security object is SOC 2.
		{q: "Can the payroll platform scale to handle year-end peaks?", report: "both", areas: []string{"operations_financial"}, crit: "A1.1"},
		{q: "Is the pay scale data encrypted at rest?", report: "soc2", areas: []string{}, crit: "CC6.1"},
	})
}
