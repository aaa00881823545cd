package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/socbot/socbot/internal/slacktest"
	"github.com/socbot/socbot/internal/testlog"
)

func TestFilesConfig(t *testing.T) {
	for _, tc := range []struct {
		name    string
		env     map[string]string
		wantErr string
		wantMB  int64
		jobs    int
	}{
		{name: "defaults", wantMB: 20, jobs: 2},
		{name: "set", env: map[string]string{"SOC_FILE_MAX_MB": "50", "SOC_FILE_JOBS": "4", "SOC_FILE_TIMEOUT": "5m"}, wantMB: 50, jobs: 4},
		{name: "too large", env: map[string]string{"SOC_FILE_MAX_MB": "500"}, wantErr: "SOC_FILE_MAX_MB: 500: want 1 to 100"},
		{name: "no jobs", env: map[string]string{"SOC_FILE_JOBS": "0"}, wantErr: "SOC_FILE_JOBS: 0"},
		{name: "short timeout", env: map[string]string{"SOC_FILE_TIMEOUT": "1s"}, wantErr: "SOC_FILE_TIMEOUT: 1s"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			env := validEnv()
			for k, v := range tc.env {
				env[k] = v
			}
			setEnv(t, env)
			cfg, err := loadConfig()
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("loadConfig error = %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("loadConfig: %v", err)
			}
			f := cfg.botFiles()
			if f.Limits.MaxFileSize != tc.wantMB<<20 || f.Jobs != tc.jobs || f.Client == nil || f.TransferTimeout < cfg.APITimeout {
				t.Errorf("botFiles = %+v", f)
			}
		})
	}
}

// TestRunFileInDM: `socbot run`, configured by the environment, reads a CSV
// shared in a DM through its file client and uploads the filled CSV.
func TestRunFileInDM(t *testing.T) {
	srv := slacktest.New(slacktest.WithPingInterval(time.Second))
	defer srv.Close()
	var stderr testlog.Buffer
	runSocbot(t, srv, map[string]string{"SOC_FILE_MAX_MB": "1"}, &stderr)
	wait, stop := context.WithTimeout(context.Background(), 15*time.Second)
	defer stop()
	f := srv.AddFile(slacktest.File{Name: "acme.csv", Content: []byte("ID,Question\nA-1,Do you encrypt backups at rest?\n")})
	big := srv.AddFile(slacktest.File{Name: "big.csv", Size: 2 << 20, Content: []byte("x")})
	ts := srv.NextTS()
	if _, _, err := srv.SendEvent(wait, srv.WithFiles(slacktest.DirectMessage("D0ALICE01", "U0ALICE01", "", ts, ""), f, big), slacktest.EventOpts{}); err != nil {
		t.Fatal(err)
	}
	up, err := srv.WaitCalls(wait, "upload", 1)
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	if body := string(up[0].Body); up[0].Params.Get("filename") != "acme-triaged.csv" || !strings.Contains(body, "SOC 2") {
		t.Errorf("uploaded %q:\n%s", up[0].Params.Get("filename"), body)
	}
	posts, err := srv.WaitCalls(wait, "chat.postMessage", 2)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(posts[0].Text()+posts[1].Text(), "larger than 1 MB") {
		t.Errorf("SOC_FILE_MAX_MB not applied:\n%s\n%s", posts[0].Text(), posts[1].Text())
	}
}
