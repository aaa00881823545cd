package triage

import "testing"

// Words that name another category only as a detail of a security control add no
// category: confidentiality terms in contracts with vendors (vendor management), a
// classification recorded beside an asset's owner, an inventory reconciled, a lost
// device wiped remotely. Encryption of backups and delivery of output only to its
// own tenant add security beside availability and processing integrity.
func TestCategoriesOfDetails(t *testing.T) {
	t.Parallel()
	sec := []string{"security"}
	checkClass(t, []classCase{
		{q: "Are confidentiality obligations flowed down to your subcontractors, and how is their compliance checked?", report: "soc2", cats: sec},
		{q: "Do vendor contracts carry security and confidentiality clauses?", report: "soc2", cats: sec, crit: "CC9.2"},
		{q: "Is an inventory kept of all laptops, servers and cloud accounts, each with a named owner and a data classification, and reconciled every quarter?", report: "soc2", cats: sec},
		{q: "Can laptops that are lost or stolen be wiped remotely, and is their disk encryption enforced?", report: "soc2", cats: sec},
		{q: "Nightly database snapshots: are they encrypted and copied to a second region?", report: "soc2", cats: []string{"security", "availability"}},
		{q: "Is every data export checked for completeness and sent only to the requesting customer?", report: "soc2", cats: []string{"security", "processing_integrity"}},
		// Near-misses: the category is the subject.
		{q: "How do subprocessors protect the confidential information we share with them?", report: "soc2", cats: []string{"security", "confidentiality"}},
		{q: "Is there a data classification policy that labels confidential documents?", report: "soc2", crit: "C1.1"},
		{q: "Media holding customer data is wiped before disposal.", report: "soc2", crit: "C1.2"},
		{q: "Are backup copies immutable, so that ransomware cannot encrypt or delete them?", report: "soc2", cats: []string{"availability"}},
	})
}
