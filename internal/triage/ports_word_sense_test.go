package triage

import "testing"

// Ports open, restricted or blocked protect the boundary (CC6.6), but only the word
// "port" or "ports" is a network port: a portable or open export format, a portal
// open around the clock and a portfolio restricted to approved issuers are no
// boundary. Written for this test.
func TestPortsWordSense(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct {
		q    string
		want bool // boundary_protection fires
	}{
		{"Are only required ports open on internet-facing hosts?", true},
		{"Are unused network ports blocked on servers?", true},
		{"Is port 22 restricted to a small set of addresses?", true},
		{"Which ports are left open to the internet on your production hosts?", true},
		{"How often do you check the perimeter for open ports?", true},
		// Near misses.
		{"Can customers export their data in a portable, open format at the end of the contract?", false},
		{"Can reports be exported in a portable format, open to any spreadsheet tool?", false},
		{"Is the customer portal open around the clock for support tickets?", false},
		{"Are investment portfolios restricted to approved issuers?", false},
		{"Does the data portability feature block exports of deleted records?", false},
	}
	for _, tc := range tests {
		v := e.Classify(Question{Text: tc.q})
		got := false
		for _, ev := range v.Evidence {
			if ev.Rule == "boundary_protection" {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%q: boundary_protection fired %v, want %v (evidence %+v)", tc.q, got, tc.want, v.Evidence)
		}
	}
}
