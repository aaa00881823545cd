package triage

import "testing"

// Watching systems for threats and attacks is security event monitoring (CC7.2)
// whichever word comes first: "threat monitoring", "persistent threat" tools, traffic
// watched for signs of attack. Threats named in a risk assessment or a threat model
// and the monitoring of regulatory change keep their own criteria. The questions are
// written for this test, apart from the evaluation sets.
func TestThreatMonitoringWordings(t *testing.T) {
	t.Parallel()
	checkFirstAndAbsent(t, []firstCase{
		{"Do you use any advanced persistent threat (APT) monitoring tools?", "CC7.2", nil},
		{"Do you employ threat monitoring of next-generation or persistent attacks?", "CC7.2", nil},
		{"Is network traffic watched for signs of attack?", "CC7.2", nil},
		{"Are cloud workloads covered by intrusion and threat monitoring at all hours?", "CC7.2", nil},
		{"Is there attack detection on the public web tier?", "CC7.2", nil},
		{"Are persistent threats in the environment hunted for and detected?", "CC7.2", nil},
		{"Who watches production systems for malicious activity overnight?", "CC7.2", nil},
		{"Is there round-the-clock threat detection and response?", "CC7.2", nil},
		// Near misses: threats assessed, modelled or regulatory changes monitored.
		{"Do you maintain a threat model for the product?", "CC3.2", []string{"CC7.2"}},
		{"Are threats to the business identified in the annual risk assessment?", "CC3.2", []string{"CC7.2"}},
		{"Is there a process for monitoring regulatory changes?", "CC3.4", []string{"CC7.2"}},
	})
}
