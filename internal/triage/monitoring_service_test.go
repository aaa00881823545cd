package triage

import "testing"

// A service that watches for and answers security events (managed detection and
// response, an MSSP, EDR alerts triaged or watched around the clock) is monitoring,
// CC7.2 first, with triage (CC7.3) or response (CC7.4) where asked; anti-malware or
// EDR software installed, updated or deployed stays CC6.8 first, alerts sent to a
// console beside it included. Written for this test.
func TestMonitoringServiceBeforeMalware(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct {
		q, first string
		also     []string
	}{
		{"Do you use a managed detection and response (MDR) provider?", "CC7.2", nil},
		{"Is your MDR vendor contracted to watch the environment every hour of the year?", "CC7.2", nil},
		{"Are EDR alerts triaged 24x7, and how are confirmed threats contained?", "CC7.2", []string{"CC7.3"}},
		{"Does an MDR service triage alerts and escalate incidents to your team?", "CC7.2", []string{"CC7.3"}},
		{"Who investigates EDR detections outside business hours?", "CC7.2", nil},
		{"Do you outsource security monitoring to an MSSP?", "CC7.2", nil},
		{"Is a managed security service provider responsible for watching your alerts at night?", "CC7.2", nil},
		// Near misses: the software itself.
		{"Is anti-malware software installed on all servers and workstations?", "CC6.8", nil},
		{"Are antivirus signatures updated daily?", "CC6.8", nil},
		{"Is EDR deployed on all endpoints?", "CC6.8", nil},
		{"Is EDR installed on every laptop, with alerts going to a central console?", "CC6.8", nil},
		{"Does the endpoint detection and response agent block ransomware on servers?", "CC6.8", nil},
	}
	for _, tc := range tests {
		v := e.Classify(Question{Text: tc.q})
		if len(v.Criteria) == 0 || v.Criteria[0] != tc.first {
			t.Errorf("%q: criteria %v, want %s first", tc.q, v.Criteria, tc.first)
			continue
		}
		for _, c := range tc.also {
			found := false
			for _, g := range v.Criteria {
				found = found || g == c
			}
			if !found {
				t.Errorf("%q: criteria %v, want %s too", tc.q, v.Criteria, c)
			}
		}
	}
}
