package triage

import "testing"

// An order, instruction, payment or change received after a processing cut-off, and
// how it is kept out of that day's price or run, is the timeliness of the money
// process itself: SOC 1 transaction processing. "Purchase and redemption orders" are
// fund dealing, not the purchase orders a buyer's procurement asks about, and "the
// cut-off time" an item arrives after is not the cut-off asked as a fact. The
// cut-off time asked for itself, a purchase order asked for as a document, and other
// senses of "cut off" keep their readings. The questions are written for this test,
// apart from the evaluation sets.
func TestReceivedAfterTheCutOff(t *testing.T) {
	t.Parallel()
	tp := []string{"transaction_processing"}
	none := []string{}
	checkClass(t, []classCase{
		{q: "How are subscription orders received after the 4 pm cut-off handled?", report: "soc1", areas: tp, arts: none},
		{q: "Are wire requests received after the cut-off time released the next business day?", report: "soc1", areas: tp, arts: none},
		{q: "How are orders placed after the cut-off prevented from getting that day's price?", report: "soc1", areas: tp, arts: none},
		{q: "What happens to unit purchase and redemption orders that arrive after the dealing cut-off?", report: "soc1", areas: tp, arts: none},
		{q: "Are timesheets submitted after the payroll cutoff paid in the following cycle, and who approves exceptions?", report: "soc1", arts: none},
		{q: "How do you stop payment instructions that come in after the 3pm cut-off time from going out the same day?", report: "soc1", areas: tp, arts: none},
		// Near misses: the cut-off time as a fact, a purchase order as a document,
		// other senses of "cut off".
		{q: "What is your wire cut-off time?", report: "none", arts: []string{"custom_answer"}},
		{q: "What is the daily cut-off time for ACH payment files?", report: "none", arts: []string{"custom_answer"}},
		{q: "Please provide a copy of a sample purchase order.", report: "none", arts: []string{"custom_answer"}},
		{q: "What is the cut-off time for support tickets to be answered the same day?", report: "none"},
	})
}
