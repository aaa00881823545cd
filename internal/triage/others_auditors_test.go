package triage

import "testing"

// The auditors of the asker's customers, clients or members are someone else's
// reliance: an SSAE 18 report they keep asking about on a money platform is both
// reports, like the name said with no reliance at all. The asker's own auditors, and
// a SOC 1 named, keep the SOC 1.
func TestOtherPeoplesAuditorsAreNoOwnReliance(t *testing.T) {
	t.Parallel()
	none := []string{}
	checkClass(t, []classCase{
		{q: "Our clients' auditors want to know whether your billing platform has an SSAE 18 report.", report: "both", areas: none},
		{q: "Our members' auditors ask us every spring whether the pension administration system has been examined under SSAE 18.", report: "both", areas: none},
		{q: "Customer auditors have been requesting the SSAE 18 attestation on your loan servicing platform; do you have one?", report: "both", areas: none},
		// Near-misses: the asker's own auditors, a SOC 1 named.
		{q: "Our auditors keep asking whether your claims platform has an SSAE 18 report.", report: "soc1", areas: none},
		{q: "Our external auditors need your SSAE 18 report on the payroll service.", report: "soc1", areas: none},
		{q: "Our customers' auditors require your SOC 1 report.", report: "soc1", areas: none},
	})
}
