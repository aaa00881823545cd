package triage

import (
	"strings"
	"testing"
)

// A question that asks how the vendor performs a money process for the client (how
// an item is deposited, credited, posted, accrued, disbursed or settled, how the
// books are closed, how cut-off puts items in the right period) asks the SOC 1
// transaction processing objective, though it names no act of control. The grid
// pairs acts of processing with money nouns in several frames; the near misses keep
// the same verbs and nouns in questions of fact, commercial terms, product
// capability, and the same verbs over things that are no money.

// processActs are participles of a money-processing act. "Collected" is left out: the
// criteria vocabulary reads it as the collection of personal data and answers first.
var processActs = []string{
	"deposited", "credited", "posted", "applied", "booked", "recorded", "calculated", "computed",
	"accrued", "allocated", "billed", "invoiced", "disbursed", "paid out", "settled", "released",
	"remitted", "distributed", "deducted", "withheld", "apportioned", "amortised",
	"capitalised", "netted", "cleared",
}

// processNouns are plural money nouns of a client.
var processNouns = []string{
	"customer receipts", "premiums", "commissions", "royalties", "rebates", "refunds", "remittances",
	"dividends", "loan repayments", "wages", "grant awards", "rent deposits", "insurance claims",
	"payroll deductions",
}

// processFrames hold %a for the act and %n for the noun.
var processFrames = []string{
	"How are our %n %a?",
	"Describe how the %n are %a each day.",
	"Please explain how %n get %a on our behalf.",
	"Walk us through how %n are %a for our entity.",
}

func TestMoneyProcessAskedGrid(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	total, bad := 0, 0
	for _, f := range processFrames {
		for _, a := range processActs {
			for _, n := range processNouns {
				q := strings.NewReplacer("%a", a, "%n", n).Replace(f)
				v := e.Classify(Question{Text: q})
				total++
				if v.Report != ReportSOC1 || len(v.SOC1Areas) == 0 || !businessAreaName(v.SOC1Areas[0]) {
					bad++
					if bad <= 20 {
						t.Errorf("%q: %s %v, want soc1 with a business area", q, v.Report, v.SOC1Areas)
					}
				}
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d grid questions missed", bad, total)
	}
}

// businessAreaName reports whether name is an area of the money process itself.
func businessAreaName(name string) bool {
	switch name {
	case "transaction_processing", "financial_reporting", "master_data", "reconciliation", "custody", "interfaces":
		return true
	}
	return false
}

func TestMoneyProcessAskedPeriodAndPlace(t *testing.T) {
	t.Parallel()
	tp := []string{"transaction_processing"}
	checkClass(t, []classCase{
		{q: "Explain how the takings banked at each store are credited to the right cost centre.", report: "soc1", areas: tp},
		{q: "How is quarter-end cut-off done so that freight delivered on the final day falls in the correct period?", report: "soc1", areas: tp},
		{q: "At year end, who decides when the books are closed for each of our entities?", report: "soc1", areas: tp},
		{q: "Once a scholarship award is released, how is the amount posted to the student's account?", report: "soc1", areas: tp},
		{q: "Describe how donations collected at events are deposited and recorded.", report: "soc1", areas: tp},
		{q: "What is your process for disbursing grant awards to recipients?", report: "soc1", areas: tp},
		{q: "Describe the steps for crediting rebates to our distributors.", report: "soc1", areas: tp},
	})
}

func TestMoneyProcessAskedNearMisses(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	for _, q := range []string{
		// Facts: how often, when, how long, how the asker pays.
		"How often are payouts settled?",
		"When are invoices billed each month?",
		"How do customers pay us?",
		"How long does it take for refunds to be credited?",
		// Commercial terms and product capability.
		"How are we billed for overage usage?",
		"Can customers see how their refunds are credited in the portal?",
		"Does the product support rebates calculated per tier?",
		"Describe how we are billed for extra users.",
		"Explain how premiums are credited in the mobile app.",
		"Describe how the invoice template is applied to new accounts in the portal.",
		// The same verbs over things that are no money.
		"How are payment notification emails released?",
		"Describe how refund tickets are closed.",
		"How is the refund page released to production?",
		"How are payout alerts cleared by the on-call engineer?",
		"How are logs posted to the SIEM?",
		"How is code released to production?",
		"How are support tickets closed?",
		"How is personal data recorded and stored?",
		"How are notification messages delivered?",
		"How are security alerts settled and closed?",
		"How is access cut off when staff leave?",
		"What is your process for releasing code to production?",
		"Describe your process for closing incidents raised about payouts.",
	} {
		v := e.Classify(Question{Text: q})
		if v.Report == ReportSOC1 {
			t.Errorf("%q: soc1 %v, want not soc1", q, v.SOC1Areas)
		}
	}
}
