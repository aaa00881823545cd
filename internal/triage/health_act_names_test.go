package triage

import "testing"

// The health privacy acts written out in full are the acts their short names stand
// for: "insurance" and "portability" inside the Health Insurance Portability and
// Accountability Act are neither an insurance policy to certify nor data
// portability, and the HITECH Act spelled out is HITECH. Insurance held and data
// exported keep their own readings. The questions are written for this test, apart
// from the evaluation sets.
func TestHealthActNamesWrittenOut(t *testing.T) {
	t.Parallel()
	hipaa := []string{"hipaa_attestation"}
	checkClass(t, []classCase{
		{q: "Do you comply with the Health Insurance Portability and Accountability Act?", report: "none", arts: hipaa},
		{q: "Is the service subject to the Health Insurance Portability & Accountability Act of 1996?", report: "none", arts: hipaa},
		{q: "Will the platform hold any records covered by the Health Insurance Portability and Accountability Act?", report: "none", arts: hipaa},
		{q: "Health Insurance Portability and Accountability Act compliance (yes/no)", report: "none", arts: hipaa},
		{q: "Will you sign a business associate agreement as the Health Insurance Portability and Accountability Act requires?", report: "none", arts: hipaa},
		{q: "Do you meet the requirements of the Health Information Technology for Economic and Clinical Health Act?", report: "none", arts: hipaa},
		{q: "Are all staff trained on the Health Insurance Portability and Accountability Act privacy and security rules?", report: "soc2", arts: hipaa, crit: "CC2.2"},
		// Near misses: insurance held, data exported.
		{q: "Do you carry cyber liability insurance, and with what limits?", report: "none", arts: []string{"insurance_certificate"}},
		{q: "Are you HIPAA compliant, and do you hold cyber insurance?", report: "none", arts: []string{"hipaa_attestation", "insurance_certificate"}},
		{q: "Is data portability supported for customer exports?", report: "soc2", arts: []string{}, crit: "PI1.4"},
	})
}
