package triage

import "testing"

// A place that holds money instruments (a cheque printing room, a vault or store of
// blank cheques) under physical access, and the keys of wallets that hold clients'
// assets, are both reports: the SOC 2 criterion beside the SOC 1 custody objective.
// A word that only names the place ("printing") gives no criterion. Rooms that hold
// no money, a party's room, encryption and TLS keys beside a money system, and a
// money team's own review stay as they were. The questions are written for this test.
func TestMoneyHoldersUnderAccess(t *testing.T) {
	t.Parallel()
	custody := []string{"custody"}
	checkClass(t, []classCase{
		{q: "How is physical entry to the cheque printing room restricted?", report: "both", areas: custody, first: "CC6.4", absent: "CC6.7"},
		{q: "Is the check stock room covered by CCTV and badge readers?", report: "both", areas: custody, first: "CC6.4"},
		{q: "Are visitors to the claims cheque vault escorted and logged?", report: "both", areas: custody, first: "CC6.4"},
		{q: "How are the signing keys for customer custody wallets secured, and who can reach them?", report: "both", areas: custody, first: "CC6.1"},
		{q: "Where are the private keys of client custody wallets kept, and who can use them?", report: "both", areas: custody, first: "CC6.1"},
		// Near misses: no money in the room, a party's room, keys beside a money
		// system that hold no assets, a verb "check", and a money team's review.
		{q: "Who can enter the server room?", report: "soc2", areas: []string{}},
		{q: "Is physical access to the office mail room restricted?", report: "soc2", areas: []string{}},
		{q: "Are the encryption keys of the payroll platform rotated each year?", report: "soc2", areas: []string{}},
		{q: "Where are TLS private keys for the billing portal stored?", report: "soc2", areas: []string{}},
		{q: "Do you check room access logs each week?", report: "soc2", areas: []string{}},
		{q: "Does the billing team review firewall rules?", report: "soc2", areas: []string{}},
		{q: "Who can physically get into the room where signed money orders are kept?", report: "soc1", areas: custody},
		{q: "Are the keys to the cash vault kept by two people?", report: "soc1", areas: custody},
	})
}
