package deploy

// The compose files are loaded by compose-go, the library docker compose
// itself is built on: schema validation, interpolation, extends, profiles and
// the merge of an extra -f file happen as they would on an operator's host.

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/compose-spec/compose-go/v2/cli"
	"github.com/compose-spec/compose-go/v2/types"

	"github.com/socbot/socbot/internal/inventory"
	"github.com/socbot/socbot/internal/telemetry"
)

// loadCompose loads the given compose files as an operator would after
// following the README: deploy/.env copied from .env.example, and (for
// compose.reports.yml) deploy/reports.yaml in place. The files are copied to
// a scratch directory so that a real deploy/.env never leaks into the test.
func loadCompose(t *testing.T, profiles []string, files ...string) *types.Project {
	t.Helper()
	dir := t.TempDir()
	copyFile := func(from, to string) {
		b, err := os.ReadFile(from)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, to), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range files {
		copyFile(f, f)
	}
	copyFile(".env.example", ".env")
	copyFile("reports.example.yaml", "reports.example.yaml")
	copyFile("reports.example.yaml", "reports.yaml")

	var paths []string
	for _, f := range files {
		paths = append(paths, filepath.Join(dir, f))
	}
	opts, err := cli.NewProjectOptions(paths,
		cli.WithWorkingDirectory(dir),
		cli.WithProfiles(profiles),
		// Only the files' own defaults: no variable of the test's environment.
		cli.WithEnv(nil),
		cli.WithResolvedPaths(true),
	)
	if err != nil {
		t.Fatal(err)
	}
	p, err := opts.LoadProject(context.Background())
	if err != nil {
		t.Fatalf("compose %v (profiles %v) does not load: %v", files, profiles, err)
	}
	return p
}

func env(s types.ServiceConfig, name string) string {
	if v := s.Environment[name]; v != nil {
		return *v
	}
	return ""
}

// The default project is the real bot and Redis: no example inventory, a
// readiness health check, locked down, published on the loopback only.
func TestCompose(t *testing.T) {
	t.Parallel()
	p := loadCompose(t, nil, "docker-compose.yml")
	if got := p.ServiceNames(); !slices.Equal(sorted(got), []string{"redis", "socbot"}) {
		t.Errorf("default services = %v, want redis and socbot (the demo is opt-in)", got)
	}
	if !slices.Contains(p.DisabledServiceNames(), "socbot-demo") {
		t.Errorf("socbot-demo is not behind a profile: disabled %v", p.DisabledServiceNames())
	}
	bot, err := p.GetService("socbot")
	if err != nil {
		t.Fatal(err)
	}
	redis, _ := p.GetService("redis")
	if !strings.HasPrefix(redis.Image, "redis:7") {
		t.Errorf("redis image = %q, want redis:7-…", redis.Image)
	}
	for _, s := range []types.ServiceConfig{bot, redis} {
		if s.HealthCheck == nil || len(s.HealthCheck.Test) < 2 || s.HealthCheck.Test[0] != "CMD" {
			t.Errorf("%s: want an exec-form healthcheck [\"CMD\", …], got %+v", s.Name, s.HealthCheck)
		}
		if strings.HasSuffix(s.Image, ":latest") {
			t.Errorf("%s: image %s uses :latest", s.Name, s.Image)
		}
	}

	if len(bot.EnvFiles) != 1 || filepath.Base(bot.EnvFiles[0].Path) != ".env" {
		t.Errorf("socbot env_file = %+v, want .env", bot.EnvFiles)
	}
	if env(bot, "SLACK_APP_TOKEN") == "" {
		t.Error("the tokens of .env do not reach the socbot service")
	}
	if bot.DependsOn["redis"].Condition != types.ServiceConditionHealthy {
		t.Errorf("socbot depends_on redis = %+v, want service_healthy", bot.DependsOn["redis"])
	}
	if u := env(bot, "REDIS_URL"); !strings.HasPrefix(u, "redis://redis:6379") {
		t.Errorf("REDIS_URL = %q, want redis://redis:6379/… (the redis service)", u)
	}

	// No inventory by default: the example would send real salespeople to a
	// made-up company's contact.
	if f := env(bot, "SOC_REPORTS_FILE"); f != "" {
		t.Errorf("socbot sets SOC_REPORTS_FILE=%s by default; the inventory is opt-in", f)
	}
	for _, v := range bot.Volumes {
		t.Errorf("socbot mounts %s at %s by default; the inventory is opt-in", v.Source, v.Target)
	}

	if bot.Build == nil || bot.Build.Dockerfile != "deploy/Dockerfile" {
		t.Errorf("socbot build = %+v, want dockerfile deploy/Dockerfile", bot.Build)
	} else if _, err := os.Stat(filepath.Join("..", bot.Build.Dockerfile)); err != nil {
		t.Errorf("compose build: %v", err)
	}

	if bot.MemLimit == 0 || env(bot, "GOMEMLIMIT") == "" {
		t.Errorf("socbot: mem_limit %d, GOMEMLIMIT %q; want both, the second under the first", bot.MemLimit, env(bot, "GOMEMLIMIT"))
	}
	if !bot.ReadOnly || !slices.Contains(bot.CapDrop, "ALL") {
		t.Error("socbot: want read_only and cap_drop ALL")
	}
	if len(bot.Ports) == 0 {
		t.Error("socbot publishes no port")
	}
	for _, port := range bot.Ports {
		if port.HostIP != "127.0.0.1" {
			t.Errorf("socbot publishes %s:%s beyond the loopback", port.HostIP, port.Published)
		}
	}
}

// The health check is readiness (/readyz), run by the binary the image
// ships with a subcommand it has, on the port the service publishes.
func TestComposeHealthcheckProbesReadiness(t *testing.T) {
	t.Parallel()
	p := loadCompose(t, nil, "docker-compose.yml")
	bot, _ := p.GetService("socbot")
	want := []string{"CMD", "/socbot", "healthcheck", "-path", "/readyz"}
	if bot.HealthCheck == nil || !slices.Equal([]string(bot.HealthCheck.Test), want) {
		t.Fatalf("socbot healthcheck = %+v, want %q", bot.HealthCheck, want)
	}
	main, err := os.ReadFile(filepath.Join("..", "cmd", "socbot", "main.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(main), `{"healthcheck",`) {
		t.Fatal("cmd/socbot/main.go does not register the healthcheck subcommand the compose health check runs")
	}
	hc, err := os.ReadFile(filepath.Join("..", "cmd", "socbot", "healthcheck.go"))
	if err != nil || !strings.Contains(string(hc), `fs.String("path"`) {
		t.Fatal("socbot healthcheck has no -path flag")
	}
	addr := env(bot, "SOC_HTTP_ADDR")
	if addr == "" {
		addr = telemetry.DefaultAddr
	}
	u, err := telemetry.ProbeURL(addr, "/readyz")
	if err != nil {
		t.Fatalf("SOC_HTTP_ADDR %q: %v", addr, err)
	}
	_, port, _ := net.SplitHostPort(addr)
	if !strings.Contains(u, "127.0.0.1:"+port+"/readyz") && !strings.Contains(u, "localhost:"+port+"/readyz") {
		t.Errorf("healthcheck would probe %s, not port %s on the loopback", u, port)
	}
	var published bool
	for _, pc := range bot.Ports {
		published = published || pc.Published == port
	}
	if !published {
		t.Errorf("compose publishes %+v, not the health port %s", bot.Ports, port)
	}
}

// The two opt-in ways to an inventory: the operator's own file through
// compose.reports.yml, the example only through the demo profile.
func TestComposeInventoryIsOptIn(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name     string
		profiles []string
		files    []string
		service  string
		source   string
	}{
		{"own inventory", nil, []string{"docker-compose.yml", "compose.reports.yml"}, "socbot", "reports.yaml"},
		{"demo profile", []string{"demo"}, []string{"docker-compose.yml"}, "socbot-demo", "reports.example.yaml"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := loadCompose(t, tt.profiles, tt.files...)
			s, err := p.GetService(tt.service)
			if err != nil {
				t.Fatal(err)
			}
			target := env(s, "SOC_REPORTS_FILE")
			if target == "" {
				t.Fatalf("%s: SOC_REPORTS_FILE unset", tt.service)
			}
			var found bool
			for _, v := range s.Volumes {
				if v.Target != target {
					continue
				}
				found = true
				if filepath.Base(v.Source) != tt.source {
					t.Errorf("%s mounts %s, want %s", tt.service, v.Source, tt.source)
				}
				if !v.ReadOnly {
					t.Errorf("%s: inventory mount is writable", tt.service)
				}
				if v.Type != types.VolumeTypeBind || v.Bind == nil || v.Bind.CreateHostPath {
					t.Errorf("%s: want a bind mount with create_host_path: false (a missing file must fail, not become a directory): %+v", tt.service, v)
				}
			}
			if !found {
				t.Errorf("%s: nothing mounted at SOC_REPORTS_FILE=%s: %+v", tt.service, target, s.Volumes)
			}
			// Everything else is the real bot's.
			base, _ := p.GetService("socbot")
			if tt.service != "socbot" {
				if s.HealthCheck == nil || !slices.Equal(s.HealthCheck.Test, base.HealthCheck.Test) || !s.ReadOnly || s.Build == nil {
					t.Errorf("%s does not extend socbot: %+v", tt.service, s)
				}
			}
		})
	}
	// The example the demo mounts is a valid inventory.
	f, err := os.Open("reports.example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := inventory.Parse(f, "reports.example.yaml"); err != nil {
		t.Errorf("reports.example.yaml: %v", err)
	}
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}
