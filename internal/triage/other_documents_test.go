package triage

import "testing"

// Certification and assessment schemes other than SOC, named by the scheme (HITRUST,
// CSA STAR, Cyber Essentials, TISAX, IRAP, ISMAP, C5, ENS, K-ISMS, CMMC and SPRS, IEC
// 62443, the TPN shield, ISO standards other than 27001, ONC), have no document of
// ours and are answered in writing; ISO 27001 keeps its certificate and FedRAMP its
// package, also when another scheme is named beside them. How a control is practised,
// with a scheme named beside it, stays the control. The questions are written for
// this test, apart from the evaluation sets.
func TestCertificationSchemes(t *testing.T) {
	t.Parallel()
	fact := []string{"custom_answer"}
	checkClass(t, []classCase{
		{q: "Are the controllers you ship certified against IEC 62443-4-2? Give the certificate number and the certification body.", report: "none", arts: fact},
		{q: "Is your secure development process certified to 62443-4-1 (Yes / No / In progress)?", report: "none", arts: fact},
		{q: "Has the post-production facility achieved a TPN Gold shield? State the date of the last assessment.", report: "none", arts: fact},
		{q: "Is the service registered on the ISMAP cloud service list?", report: "none", arts: fact},
		{q: "Do you hold a current BSI C5 attestation for the German region?", report: "none", arts: fact},
		{q: "Esquema Nacional de Seguridad: certification category (basic / medium / high)?", report: "none", arts: fact},
		{q: "Is the Korean deployment K-ISMS certified?", report: "none", arts: fact},
		{q: "Has the platform passed an IRAP assessment at PROTECTED level?", report: "none", arts: fact},
		{q: "Which CSA STAR level do you hold (Level 1 self-assessment or Level 2 certification)?", report: "none", arts: fact},
		{q: "Cyber Essentials Plus: certificate number and expiry date", report: "none", arts: fact},
		{q: "Are you certified to ISO/IEC 27701 for privacy information management?", report: "none", arts: fact},
		{q: "Does your quality system hold ISO 9001 registration?", report: "none", arts: fact},
		{q: "Is the organisation ISO 22301 certified for business continuity?", report: "none", arts: fact},
		{q: "Do you have a HITRUST r2 validated assessment?", report: "none", arts: fact},
		{q: "What is your current SPRS score, and which CMMC level are you targeting?", report: "none", arts: fact},
		{q: "Is the EHR module certified under the ONC Health IT programme? Give its CHPL listing.", report: "none", arts: fact},
		// A scheme with a document of its own keeps that document, beside the others.
		{q: "Are you certified to ISO 9001 and ISO 27001? Attach both certificates.", report: "none", arts: []string{"custom_answer", "iso27001_certificate"}},
		{q: "Do you hold ISO 22301 or ISO 27001 certificates?", report: "none", arts: []string{"custom_answer", "iso27001_certificate"}},
		{q: "Is the service FedRAMP Moderate authorized?", report: "none", arts: []string{"fedramp"}},
		{q: "Are you ISO certified?", report: "none", arts: []string{"iso27001_certificate"}},
		// Near-misses: the control is practised, the scheme only named beside it.
		{q: "How are backups tested, in line with ISO 22301?", report: "soc2", crit: "A1.3"},
		{q: "Describe how security patches reach field devices under your IEC 62443 process.", report: "soc2", crit: "CC7.1"},
		{q: "Are user access rights reviewed quarterly as HITRUST requires?", report: "soc2", crit: "CC6.3"},
		{q: "Is the business continuity plan tested every year?", report: "soc2", crit: "CC9.1"},
	})
}
