package triage

import "testing"

// ISO/IEC 27701 is an extension of an ISO/IEC 27001 certification (its privacy
// information management system is certified on top of the ISMS), as 27017 and
// 27018 are codes of practice certified with it: the ISO 27001 certificate answers
// a request for any of them. Other ISO standards (9001, 22301) have no document of
// ours and stay written answers. The questions are written for this test.
func TestISO27001FamilyCertificates(t *testing.T) {
	t.Parallel()
	iso := []string{"iso27001_certificate"}
	fact := []string{"custom_answer"}
	checkClass(t, []classCase{
		{q: "Are you certified to ISO/IEC 27701 for privacy information management?", report: "none", arts: iso},
		{q: "ISO 27701 PIMS extension: certificate number and expiry", report: "none", arts: iso},
		{q: "Do you hold 27701 certification for the EU region?", report: "none", arts: iso},
		{q: "Is the service ISO 27701 certified? Y/N", report: "none", arts: iso},
		{q: "Has your ISMS certificate been extended to ISO/IEC 27701?", report: "none", arts: iso},
		{q: "Attach the ISO/IEC 27018 certificate for the cloud service.", report: "none", arts: iso},
		// Near misses: ISO standards outside the family.
		{q: "ISO 9001 certificate", report: "none", arts: fact},
		{q: "Are you ISO 22301 certified?", report: "none", arts: fact},
		{q: "Do you hold ISO 9001 and ISO 27701 certificates?", report: "none", arts: []string{"custom_answer", "iso27001_certificate"}},
	})
}
