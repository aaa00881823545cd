package triage

import "testing"

// A SOC 3 asked for without its name, by an asker that cannot sign a non-disclosure
// agreement ("our policy prohibits signing NDAs", "procurement is not able to execute
// confidentiality agreements"), and a SOC 3 named as a list item and refused in the
// clause after it ("SOC 3 - not accepted in lieu of either"). The first is the SOC 2
// with the SOC 3; the second leaves the SOC 3 out. Askers who will sign, and NDAs as a
// practice, are neither. The questions are written for this test.
func TestSOC3WithoutNDAAndRefusedLabel(t *testing.T) {
	t.Parallel()
	soc3 := []string{"soc3"}
	none := []string{}
	checkClass(t, []classCase{
		{q: "Our company policy prohibits signing NDAs with vendors; which independent audit report can you provide?", report: "soc2", arts: soc3},
		{q: "We don't sign non-disclosure agreements during due diligence. Please send an independent report on your controls.", report: "soc2", arts: soc3},
		{q: "Procurement is not able to execute confidentiality agreements. Upload an audit report we can keep on file.", report: "soc2", arts: soc3},
		{q: "Our legal team will not enter into an NDA with suppliers; what attestation report can you share?", report: "soc2", arts: soc3},
		{q: "We are barred from executing vendor NDAs, so please point us to an assurance report that needs none.", report: "soc2", arts: soc3},
		{q: "Assurance: SOC 2 Type II - required; SOC 3 - not accepted in lieu of it.", report: "soc2", arts: none},
		{q: "Reports accepted: SOC 2 Type 2. SOC 3: not acceptable.", report: "soc2", arts: none},
		{q: "Send your SOC 2 Type II report. The SOC 3 report: will not satisfy our reviewers.", report: "soc2", arts: none},
		// Near misses: an asker that signs, NDAs as a practice or a step of the
		// asker's own, and a SOC 3 listed as accepted.
		{q: "We are happy to sign your NDA; please send the SOC 2.", report: "soc2", arts: none},
		{q: "Do you require customers to sign an NDA before sharing your SOC 2?", report: "soc2", arts: none},
		{q: "Do employees sign NDAs and confidentiality agreements at hire?", report: "soc2", arts: none},
		{q: "SOC 3 - accepted for marketing review only.", report: "soc2", arts: soc3},
		{q: "SOC 2 Type 1 - not accepted; send the SOC 2 Type 2.", report: "soc2", typ: "type2", arts: none},
		// No NDA needed, or one already in place, asks for no SOC 3.
		{q: "Please send the SOC 2 report; no need to sign an NDA, we already have one in place.", report: "soc2", arts: none},
		{q: "You don't need to sign an NDA with us again; just upload the SOC 2 report.", report: "soc2", arts: none},
	})
}
