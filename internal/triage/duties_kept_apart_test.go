package triage

import "testing"

// Duties, roles or responsibilities kept apart or separate in a money process that
// pays out or remits ("incompatible duties kept apart in your disbursement
// process", "conflicting responsibilities kept separate") are segregation of duties
// alone: "kept apart … disbursement" names no money held until it is paid out.
// Money, taxes or premiums kept apart until they are remitted stay custody. The
// questions are written for this test, apart from the evaluation sets.
func TestDutiesKeptApartInAPayingProcess(t *testing.T) {
	t.Parallel()
	sod := []string{"segregation_of_duties"}
	custody := []string{"custody"}
	checkClass(t, []classCase{
		{q: "How are incompatible duties kept apart in your disbursement process, e.g. the person who creates a vendor can't also approve the payment?", report: "soc1", areas: sod},
		{q: "Are payment entry and approval duties kept separate in the remittance workflow?", report: "soc1", areas: sod},
		{q: "Are staff duties held apart in the disbursement cycle so no one both creates and releases a payment?", report: "soc1", areas: sod},
		{q: "Are duties kept apart between the staff who key remittances and those who approve them?", report: "soc1", areas: sod},
		{q: "In the claims disbursement process, how are conflicting responsibilities kept separate?", report: "soc1", areas: sod},
		{q: "Are the tasks of keying and releasing refunds kept separate in your disbursement team?", report: "soc1", areas: sod},
		{q: "How do you keep the responsibilities of preparing and approving tax remittances apart?", report: "soc1", areas: sod},
		{q: "Are the functions of preparing and releasing disbursements kept apart?", report: "soc1", areas: sod},
		// Near misses: money kept apart or held until it is paid out.
		{q: "Are client funds kept in a separate account until disbursement?", report: "soc1", areas: custody},
		{q: "Are collected taxes kept apart from operating cash until remittance?", report: "soc1", areas: custody},
		{q: "Is the escrow money held apart until it is disbursed to the seller?", report: "soc1", areas: custody},
	})
}
