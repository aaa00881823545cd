package triage

import "testing"

// Facts of the contract and the company written tersely or in another language: how
// long the contract runs and the notice to end it (also in German), an insurance line
// shortened to "ins", and the level a data centre holds under a government hosting
// scheme. They are written answers or the insurance certificate; a control that only
// shares a word with them stays the control.
func TestTerseContractAndSchemeFacts(t *testing.T) {
	t.Parallel()
	fact := []string{"custom_answer"}
	ins := []string{"insurance_certificate"}
	checkClass(t, []classCase{
		{q: "Contract length and notice period for cancellation?", report: "none", arts: fact},
		{q: "What is the minimum length of the agreement, and how much notice must either side give to end it?", report: "none", arts: fact},
		{q: "Vertragslaufzeit und Kündigungsfrist?", report: "none", arts: fact},
		{q: "E&O ins carrier / limit", report: "none", arts: ins},
		{q: "Liability ins cert attached? (Y/N)", report: "none", arts: ins},
		{q: "Cyber ins coverage per claim", report: "none", arts: ins},
		{q: "Is the colocation site certified at HCF Strategic level?", report: "none", arts: fact},
		{q: "Which Hosting Certification Framework status does your hosting partner hold?", report: "none", arts: fact},
		// Near-misses: the control is practised.
		{q: "How is a delay in termination of leaver accounts detected?", report: "soc2", crit: "CC6.3"},
		{q: "Do you encrypt data at rest for the duration of the contract?", report: "soc2", crit: "CC6.1"},
		{q: "How is physical access to the data centre reviewed?", report: "soc2", crit: "CC6.4"},
	})
}
