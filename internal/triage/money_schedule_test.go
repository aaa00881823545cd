package triage

import "testing"

// A schedule, calendar, cadence or timetable of a money item asked as an option or a
// fact ("which payout schedules can sellers pick") is a product fact, written in,
// like how often or on which day it goes out; who sets or changes the schedule, or
// how it is reconciled or reviewed, stays SOC 1. The questions are written for this
// test.
func TestMoneyScheduleAsked(t *testing.T) {
	t.Parallel()
	fact := []string{"custom_answer"}
	checkClass(t, []classCase{
		{q: "Which payment calendar do you follow for supplier runs?", report: "none", arts: fact},
		{q: "What payout cadences are available to sellers?", report: "none", arts: fact},
		{q: "What disbursement timetable applies to our members?", report: "none", arts: fact},
		{q: "Which settlement schedules can a merchant pick from?", report: "none", arts: fact},
		{q: "What remittance schedules do you support?", report: "none", arts: fact},
		{q: "What refund timing options do customers have?", report: "none", arts: fact},
		{q: "Which payout frequencies can sellers select?", report: "none", arts: fact},
		{q: "What invoice schedule is available on the annual plan?", report: "none", arts: fact},
		// Near misses: a control over the schedule.
		{q: "Who approves changes to the payout schedule?", report: "soc1", areas: []string{"master_data"}},
		{q: "How is the payout schedule reconciled to bank settlements?", report: "soc1", areas: []string{"reconciliation"}},
		{q: "Is the disbursement schedule reviewed before each run?", report: "soc1", areas: []string{"master_data"}},
		{q: "What controls ensure payments follow the approved schedule?", report: "soc1", areas: []string{"transaction_processing"}},
	})
}
