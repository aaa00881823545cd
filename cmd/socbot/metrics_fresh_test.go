package main

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestFreshScrape: the first /metrics of a bot that has just connected holds
// every family docs/operations.md lists, the known label values at zero (so
// an increase() alert sees the first event), the Socket Mode gauge at 1; a
// dropped connection counts one reconnect. The first log line names the
// version, and every line's team is the team id.
func TestFreshScrape(t *testing.T) {
	doc, err := os.ReadFile("../../docs/operations.md")
	if err != nil {
		t.Fatal(err)
	}
	listed := regexp.MustCompile("(?m)^\\| `(socbot_[a-z_]+)` \\|").FindAllStringSubmatch(string(doc), -1)
	if len(listed) < 15 {
		t.Fatalf("docs/operations.md lists %d metric families; the table was not found", len(listed))
	}

	r := startRun(t, nil)
	var metrics string
	deadline := time.Now().Add(10 * time.Second)
	for {
		var code int
		code, metrics = r.get("/metrics")
		if code == 200 && strings.Contains(metrics, "socbot_socket_mode_connected 1") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("/metrics = %d, no socbot_socket_mode_connected 1:\n%s", code, grepLines(metrics, "socbot_"))
		}
		time.Sleep(20 * time.Millisecond)
	}
	for _, m := range listed {
		if !strings.Contains(metrics, "# TYPE "+m[1]+" ") {
			t.Errorf("docs/operations.md lists %s; a fresh scrape has no such family", m[1])
		}
	}
	for _, want := range []string{
		`socbot_dropped_total{reason="queue_full"} 0`,
		`socbot_dropped_total{reason="rate_limited"} 0`,
		`socbot_dropped_total{reason="file_timeout"} 0`,
		`socbot_panics_total{surface="slash"} 0`,
		`socbot_panics_total{surface="mention"} 0`,
		`socbot_envelopes_received_total{type="interactive"} 0`,
		`socbot_slack_api_calls_total{method="files.completeUploadExternal",status="ok"} 0`,
		`socbot_socket_mode_reconnects_total 0`,
	} {
		if !strings.Contains(metrics, want) {
			t.Errorf("fresh /metrics lacks %s", want)
		}
	}
	if strings.Contains(metrics, `method="files.upload"`) {
		t.Error(`/metrics names files.upload, a method socbot does not call`)
	}

	// A dropped connection: the gauge goes to 0, the reconnect is counted.
	if err := r.srv.Drop(r.wait); err != nil {
		t.Fatal(err)
	}
	if err := r.srv.WaitConnections(r.wait, 2); err != nil {
		t.Fatalf("no reconnection: %v", err)
	}
	for {
		_, metrics = r.get("/metrics")
		if strings.Contains(metrics, "socbot_socket_mode_reconnects_total 1") && strings.Contains(metrics, "socbot_socket_mode_connected 1") {
			break
		}
		if time.Now().After(deadline.Add(10 * time.Second)) {
			t.Fatalf("after a reconnect:\n%s", grepLines(metrics, "socket_mode"))
		}
		time.Sleep(20 * time.Millisecond)
	}
	if c := r.stop(); c != 0 {
		t.Errorf("exit %d after SIGTERM, want 0", c)
	}

	lines := r.lines()
	var starting []map[string]any
	for _, l := range lines {
		if l["msg"] == "socbot starting" {
			starting = append(starting, l)
		}
		if team, ok := l["team"]; ok && !strings.HasPrefix(team.(string), "T") {
			t.Errorf("line %q: team = %q, want the team id", l["msg"], team)
		}
	}
	if len(starting) != 1 || starting[0]["version"] == nil || starting[0]["version"] == "" {
		t.Errorf("want one 'socbot starting' line with the version, got %v", starting)
	}
	if len(lines) > 0 && lines[0]["msg"] != "socbot starting" {
		t.Errorf("first log line = %q, want socbot starting", lines[0]["msg"])
	}
	if !slices.ContainsFunc(lines, func(l map[string]any) bool { return l["msg"] == "authenticated" && l["team_name"] != nil }) {
		t.Error("the authenticated line does not name the workspace under team_name")
	}
}
