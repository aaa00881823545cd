package triage

import "testing"

// A service that watches for and answers security events (managed detection and
// response, an MSSP, EDR alerts triaged or watched around the clock) is monitoring,
// CC7.2 first, with triage (CC7.3) or response (CC7.4) where asked; anti-malware or
// EDR software installed, updated or deployed stays CC6.8 first, alerts sent to a
// console beside it included. Written for this test.
func TestMonitoringServiceBeforeMalware(t *testing.T) {
	t.Parallel()
	checkRanks(t, []rankCase{
		{"Do you use a managed detection and response (MDR) provider?", "CC7.2", nil, nil},
		{"Is your MDR vendor contracted to watch the environment every hour of the year?", "CC7.2", nil, nil},
		{"Are EDR alerts triaged 24x7, and how are confirmed threats contained?", "CC7.2", []string{"CC7.3"}, nil},
		{"Does an MDR service triage alerts and escalate incidents to your team?", "CC7.2", []string{"CC7.3"}, nil},
		{"Who investigates EDR detections outside business hours?", "CC7.2", nil, nil},
		{"Do you outsource security monitoring to an MSSP?", "CC7.2", nil, nil},
		{"Is a managed security service provider responsible for watching your alerts at night?", "CC7.2", nil, nil},
		// Near misses: the software itself.
		{"Is anti-malware software installed on all servers and workstations?", "CC6.8", nil, nil},
		{"Are antivirus signatures updated daily?", "CC6.8", nil, nil},
		{"Is EDR deployed on all endpoints?", "CC6.8", nil, nil},
		{"Is EDR installed on every laptop, with alerts going to a central console?", "CC6.8", nil, nil},
		{"Does the endpoint detection and response agent block ransomware on servers?", "CC6.8", nil, nil},
	})
}
