package main

import (
	"bytes"
	"context"
	"io"
	"path/filepath"
	"strings"
	"testing"
)

// The cases set SOC_REPORTS_FILE, so they do not run in parallel.
func TestRunReports(t *testing.T) {
	example := filepath.Join("..", "..", "deploy", "reports.example.yaml")
	invalid := filepath.Join("..", "..", "testdata", "inventory", "end_before_start.yaml")
	tests := []struct {
		name       string
		env        string
		args       []string
		wantCode   int
		wantOut    []string // substrings of stdout
		wantErr    string   // substring of stderr; stderr must be empty when ""
		wantOneErr bool     // stderr is exactly one line
	}{
		{name: "no inventory configured", args: nil, wantCode: 0,
			wantOut: []string{"No report inventory is configured. Set SOC_REPORTS_FILE=FILE or pass --reports FILE"}},
		{name: "flag", args: []string{"--reports", example, "--as-of", "2026-11-28"}, wantCode: 0,
			wantOut: []string{
				"Report inventory as of 2026-11-28: 10 entries\n",
				"- Acme Platform SOC 2: SOC 2 Type 2 (Security, Availability, Confidentiality) 2025-10-01 to 2026-09-30 — fresh, NDA, ask in #security-requests or ask security@acme.example\n",
				`bridged by "Acme Billing bridge letter" until 2027-03-31`,
			}},
		{name: "environment", env: example, args: []string{"--as-of", "2027-01-15"}, wantCode: 0,
			wantOut: []string{"as of 2027-01-15", "needs a bridge letter (none on hand)"}},
		{name: "flag wins over environment", env: invalid, args: []string{"--reports", example}, wantCode: 0,
			wantOut: []string{"Acme Platform SOC 2"}},
		{name: "invalid file", args: []string{"--reports", invalid}, wantCode: 2, wantOneErr: true,
			wantErr: `socbot reports: ` + invalid + `: entry 2 (soc2 "Platform SOC 2"): period_end 2025-01-01 is before period_start 2025-06-01`},
		{name: "invalid file from the environment", env: invalid, wantCode: 2, wantOneErr: true, wantErr: "period_end 2025-01-01 is before"},
		{name: "missing file", args: []string{"--reports", filepath.Join(t.TempDir(), "nope.yaml")}, wantCode: 2, wantOneErr: true,
			wantErr: "socbot reports: read report inventory: open "},
		{name: "bad --as-of", args: []string{"--reports", example, "--as-of", "28/11/2026"}, wantCode: 2,
			wantErr: `--as-of "28/11/2026" is not a date`},
		{name: "stray argument", args: []string{example}, wantCode: 2, wantErr: "unexpected argument"},
		{name: "unknown flag", args: []string{"--format", "json"}, wantCode: 2, wantErr: "flag provided but not defined: -format"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv(envReportsFile, tt.env)
			var out, errOut bytes.Buffer
			code := realMain(context.Background(), append([]string{"reports"}, tt.args...), strings.NewReader(""), &out, &errOut)
			if code != tt.wantCode {
				t.Errorf("exit code = %d, want %d (stderr %q)", code, tt.wantCode, errOut.String())
			}
			for _, w := range tt.wantOut {
				if !strings.Contains(out.String(), w) {
					t.Errorf("stdout lacks %q:\n%s", w, out.String())
				}
			}
			if tt.wantErr == "" && errOut.Len() > 0 {
				t.Errorf("unexpected stderr: %q", errOut.String())
			}
			if !strings.Contains(errOut.String(), tt.wantErr) {
				t.Errorf("stderr = %q, want it to contain %q", errOut.String(), tt.wantErr)
			}
			if tt.wantOneErr && strings.Count(errOut.String(), "\n") != 1 {
				t.Errorf("stderr is not one line: %q", errOut.String())
			}
		})
	}
}

func TestLoadReports(t *testing.T) {
	t.Setenv(envReportsFile, "")
	inv, path, err := loadReports("", io.Discard)
	if inv != nil || path != "" || err != nil {
		t.Fatalf("loadReports with nothing set = %v, %q, %v; want nil, \"\", nil", inv, path, err)
	}
	example := filepath.Join("..", "..", "deploy", "reports.example.yaml")
	t.Setenv(envReportsFile, example)
	inv, path, err = loadReports("", io.Discard)
	if err != nil || inv == nil || path != example {
		t.Fatalf("loadReports from the environment = %v, %q, %v", inv, path, err)
	}
}
