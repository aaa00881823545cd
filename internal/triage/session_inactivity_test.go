package triage

import "testing"

// A session or screen that is locked, ended or logged out after a spell of
// inactivity is an authentication setting (CC6.1), however it is worded: "log-out"
// there is not a log to review (CC7.2). Accounts disabled after months unused are
// account management, and a session that is recorded is still logging. The
// questions are written for this test, apart from the evaluation sets.
func TestSessionEndsAfterInactivity(t *testing.T) {
	t.Parallel()
	checkFirstAndAbsent(t, []firstCase{
		{"Does the platform end a user's session after 15 minutes of inactivity?", "CC6.1", nil},
		{"Does the portal automatically log-out a user who has been idle for half an hour?", "CC6.1", nil},
		{"Are consoles locked or signed out automatically after a period of inactivity?", "CC6.1", nil},
		{"Does the application time out sessions that have been idle for 30 minutes?", "CC6.1", nil},
		{"Is an idle session closed by the system after a set number of minutes?", "CC6.1", nil},
		{"Will the web client log off inactive users automatically?", "CC6.1", nil},
		{"Do admin sessions expire after inactivity, and can the institution set the limit?", "CC6.1", nil},
		{"Are workstation screens locked when a user steps away and the device is idle?", "CC6.1", nil},
		{"After ten minutes without activity, does the service require the user to log in again?", "CC6.1", nil},
		{"Are user sessions logged out automatically after 15 minutes of inactivity?", "CC6.1", nil},
		{"Is a clerk who leaves the terminal idle logged off by the system?", "CC6.1", nil},
		{"Does the console log out operators who have been inactive for ten minutes?", "CC6.1", nil},
		// Near misses: other controls in nearby words.
		{"Are log-out and log-in events of administrators logged centrally?", "CC7.2", nil},
		{"Are inactive user accounts disabled after 90 days?", "CC6.3", nil},
		{"Are user logins and logouts recorded in the audit log?", "CC7.2", nil},
		{"Is user activity during each session logged and reviewed?", "CC7.2", nil},
	})
}
