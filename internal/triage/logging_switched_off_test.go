package triage

import "testing"

// Logging switched or turned off is still the logging control (CC7.2): only a user
// logging off or out of a session reads "log" another way.
func TestLoggingSwitchedOff(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Can admins switch logging off?", report: "soc2", crit: "CC7.2"},
		{q: "Is logging turned off for any production systems?", report: "soc2", crit: "CC7.2"},
		{q: "Is audit logging ever switched off during maintenance?", report: "soc2", crit: "CC7.2"},
		// A user logging off or out is a session, not an event log.
		{q: "Users are logged off after 15 minutes of inactivity.", report: "soc2", absent: "CC7.2"},
		{q: "When users log out, is the session token revoked?", report: "soc2", absent: "CC7.2"},
	})
}
