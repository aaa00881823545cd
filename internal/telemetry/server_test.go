package telemetry

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, strings.TrimSpace(string(body))
}

func TestServerHealthAndReadiness(t *testing.T) {
	t.Parallel()
	var notReady atomic.Pointer[error]
	ready := func() error {
		if p := notReady.Load(); p != nil {
			return *p
		}
		return nil
	}
	ts := httptest.NewServer(Server(":0", New("test"), ready, nil).Handler)
	defer ts.Close()

	steps := []struct {
		name       string
		err        error // what ready() returns from this step on
		path       string
		wantCode   int
		wantInBody string
	}{
		{"alive", nil, "/healthz", 200, "ok"},
		{"ready", nil, "/readyz", 200, "ok"},
		{"socket down", errors.New("socket mode not connected"), "/readyz", 503, "not ready: socket mode not connected"},
		{"alive while not ready", errors.New("socket mode not connected"), "/healthz", 200, "ok"},
		{"reason redacted", errors.New("store redis://:hunter2secret@redis:6379/0 unreachable"), "/readyz", 503, "redis://:[REDACTED]@redis:6379/0"},
		{"ready again", nil, "/readyz", 200, "ok"},
		{"unknown path", nil, "/nope", 404, ""},
	}
	for _, s := range steps {
		if s.err != nil {
			err := s.err
			notReady.Store(&err)
		} else {
			notReady.Store(nil)
		}
		code, body := get(t, ts.URL+s.path)
		if code != s.wantCode || !strings.Contains(body, s.wantInBody) {
			t.Errorf("%s: GET %s = %d %q, want %d containing %q", s.name, s.path, code, body, s.wantCode, s.wantInBody)
		}
		if strings.Contains(body, "hunter2secret") {
			t.Errorf("%s: readiness reason leaked a password: %q", s.name, body)
		}
	}

	resp, err := http.Post(ts.URL+"/healthz", "text/plain", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST /healthz = %d, want 405", resp.StatusCode)
	}
}

func TestServerNilReadyAndNilMetrics(t *testing.T) {
	t.Parallel()
	ts := httptest.NewServer(Server("", nil, nil, nil).Handler)
	defer ts.Close()
	if code, _ := get(t, ts.URL+"/readyz"); code != 200 {
		t.Errorf("/readyz with nil ready = %d, want 200", code)
	}
	if code, _ := get(t, ts.URL+"/metrics"); code != 404 {
		t.Errorf("/metrics with nil Metrics = %d, want 404", code)
	}
}

func TestProbeURL(t *testing.T) {
	t.Parallel()
	tests := []struct {
		addr, path string
		want       string
		wantErr    bool
	}{
		{"", "/healthz", "http://127.0.0.1:8080/healthz", false},
		{":8080", "/healthz", "http://127.0.0.1:8080/healthz", false},
		{":9090", "readyz", "http://127.0.0.1:9090/readyz", false},
		{"0.0.0.0:8081", "/healthz", "http://127.0.0.1:8081/healthz", false},
		{"[::]:8080", "/healthz", "http://127.0.0.1:8080/healthz", false},
		{"127.0.0.1:7000", "/healthz", "http://127.0.0.1:7000/healthz", false},
		{"[::1]:7000", "/healthz", "http://[::1]:7000/healthz", false},
		{"8080", "/healthz", "", true},
		{"host:", "/healthz", "", true},
	}
	for _, tt := range tests {
		got, err := ProbeURL(tt.addr, tt.path)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("ProbeURL(%q, %q) = %q, %v; want %q, error %v", tt.addr, tt.path, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestProbe(t *testing.T) {
	t.Parallel()
	var ready atomic.Bool
	ts := httptest.NewServer(Server("", nil, func() error {
		if !ready.Load() {
			return errors.New("store unreachable")
		}
		return nil
	}, nil).Handler)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()

	if err := Probe(ctx, ts.URL+"/healthz"); err != nil {
		t.Errorf("Probe /healthz: %v", err)
	}
	err := Probe(ctx, ts.URL+"/readyz")
	if err == nil || !strings.Contains(err.Error(), "503") || !strings.Contains(err.Error(), "store unreachable") {
		t.Errorf("Probe /readyz not ready: err = %v, want 503 with the reason", err)
	}
	ready.Store(true)
	if err := Probe(ctx, ts.URL+"/readyz"); err != nil {
		t.Errorf("Probe /readyz ready: %v", err)
	}
	ts.Close()
	if err := Probe(ctx, ts.URL+"/healthz"); err == nil {
		t.Error("Probe of a closed server succeeded")
	}

	// A server that never answers: the caller's deadline ends the probe.
	hang := make(chan struct{})
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-hang:
		case <-r.Context().Done():
		}
	}))
	defer slow.Close()
	defer close(hang)
	short, cancelShort := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancelShort()
	if err := Probe(short, slow.URL+"/healthz"); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Probe of a hung server: err = %v, want deadline exceeded", err)
	}
}

func TestRun(t *testing.T) {
	t.Parallel()
	// Take a free port, then serve on it.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()

	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- Run(ctx, Server(addr, New("t"), nil, nil)) }()

	url := "http://" + addr + "/healthz"
	var probeErr error
	for range 100 { // until the listener is up
		pctx, pcancel := context.WithTimeout(context.Background(), time.Second)
		probeErr = Probe(pctx, url)
		pcancel()
		if probeErr == nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if probeErr != nil {
		t.Fatalf("server never answered: %v", probeErr)
	}

	// The same address again cannot be bound: Run fails at once.
	if err := Run(context.Background(), Server(addr, nil, nil, nil)); err == nil {
		t.Error("Run on a taken address returned nil")
	}

	cancel()
	select {
	case err := <-errc:
		if err != nil {
			t.Errorf("Run after cancel: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return after its context ended")
	}
}
