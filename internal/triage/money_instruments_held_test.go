package triage

import "testing"

// Who holds the things that can make or carry money (blank cheque stock, signature
// plates and facsimile signatures, cheque printers, the keys of a lockbox, a safe's
// combination, bearer instruments and physical certificates held for clients) is
// the safeguarding of client assets: SOC 1 custody. "Printing" in the name of the
// cheque run is no data leaving by printer, and a physical key to a money holder is
// no credential of a money system. Badge stock, laptops, data centre keys and
// encryption keys held by customers stay SOC 2. The questions are written for this
// test.
func TestMoneyInstrumentsHeld(t *testing.T) {
	t.Parallel()
	custody := []string{"custody"}
	checkClass(t, []classCase{
		{q: "Check printing – who keeps the unused check stock and the signature plate?", report: "soc1", areas: custody},
		{q: "Where is the facsimile signature stamp stored, and who may use it?", report: "soc1", areas: custody},
		{q: "Who holds the keys to the lockbox where customer remittances arrive?", report: "soc1", areas: custody},
		{q: "How often is the safe combination changed, and who knows it?", report: "soc1", areas: custody},
		{q: "How are bearer bonds you hold for clients safeguarded?", report: "soc1", areas: custody},
		{q: "Are blank cheques kept under lock and key, with the serial numbers used written down?", report: "soc1", areas: custody},
		{q: "Who has custody of the signature plates used on payroll cheques?", report: "soc1", areas: custody},
		{q: "Is the cheque printer locked away when not in use, and who holds its key?", report: "soc1", areas: custody},
		// Near misses: badges, laptops, encryption keys and printing of data.
		{q: "Who holds the stock of blank visitor badges?", report: "soc2", areas: []string{}},
		{q: "Are the encryption keys held by customers or by you?", report: "soc2", areas: []string{}},
		{q: "Where are spare laptops held, and who can take one?", report: "soc2", areas: []string{}},
		{q: "Is printing to local printers blocked on staff laptops?", report: "soc2", areas: []string{}, first: "CC6.7"},
		{q: "Who holds the keys to the server cages in the data centre?", report: "soc2", areas: []string{}},
	})
}
