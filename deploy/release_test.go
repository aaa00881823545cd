package deploy

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// The release configuration is deploy/release.sh (run by CI with --check,
// which builds every binary and publishes nothing) and the Dockerfile's OCI
// labels. No Docker engine runs here, so the image side is checked as text:
// each label the registry shows is declared in the runtime stage and fed by a
// build argument the script passes.
func TestReleaseImageLabels(t *testing.T) {
	t.Parallel()
	ins := instructions(t)
	last := 0
	for i, in := range ins {
		if strings.HasPrefix(in, "FROM ") {
			last = i
		}
	}
	runtime := ins[last:]
	args := map[string]bool{}
	labels := map[string]string{}
	for _, in := range runtime {
		if a, ok := strings.CutPrefix(in, "ARG "); ok {
			name, _, _ := strings.Cut(a, "=")
			args[name] = true
		}
		if l, ok := strings.CutPrefix(in, "LABEL "); ok {
			for _, m := range regexp.MustCompile(`(\S+)="([^"]*)"`).FindAllStringSubmatch(l, -1) {
				labels[m[1]] = m[2]
			}
		}
	}
	script, err := os.ReadFile("release.sh")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ label, arg string }{
		{"org.opencontainers.image.source", "SOURCE"},
		{"org.opencontainers.image.version", "VERSION"},
		{"org.opencontainers.image.revision", "REVISION"},
		{"org.opencontainers.image.created", "CREATED"},
	} {
		if labels[tt.label] != "${"+tt.arg+"}" {
			t.Errorf("runtime stage: LABEL %s = %q, want \"${%s}\"", tt.label, labels[tt.label], tt.arg)
		}
		// An ARG declared only in the build stage is empty after FROM.
		if !args[tt.arg] {
			t.Errorf("runtime stage does not declare ARG %s, so %s would be empty", tt.arg, tt.label)
		}
		if !strings.Contains(string(script), `--build-arg "`+tt.arg+`=`) {
			t.Errorf("release.sh does not pass --build-arg %s", tt.arg)
		}
	}
	if labels["org.opencontainers.image.licenses"] != "Apache-2.0" {
		t.Errorf("LABEL org.opencontainers.image.licenses = %q, want Apache-2.0", labels["org.opencontainers.image.licenses"])
	}
	if _, err := os.Stat(filepath.Join("..", "LICENSE")); err != nil {
		t.Errorf("the image says Apache-2.0 but the repository has no LICENSE: %v", err)
	}
	mod, _ := os.ReadFile(filepath.Join("..", "go.mod"))
	module := strings.TrimPrefix(strings.SplitN(string(mod), "\n", 2)[0], "module ")
	for _, src := range []string{
		regexp.MustCompile(`ARG SOURCE="([^"]*)"`).FindStringSubmatch(strings.Join(runtime, "\n"))[1],
		regexp.MustCompile(`SOURCE:-([^}]*)}`).FindStringSubmatch(string(script))[1],
	} {
		if src != "https://"+module {
			t.Errorf("default image source %q, want https://%s (the module path)", src, module)
		}
	}
}

func TestReleaseScript(t *testing.T) {
	t.Parallel()
	b, err := os.ReadFile("release.sh")
	if err != nil {
		t.Fatal(err)
	}
	script := string(b)
	if fi, err := os.Stat("release.sh"); err != nil || fi.Mode()&0o111 == 0 {
		t.Errorf("release.sh is not executable")
	}
	for _, want := range []string{
		"set -euo pipefail",
		// The same stamp the Dockerfile's build applies.
		"-X github.com/socbot/socbot/internal/version.Version=${version}",
		"CGO_ENABLED=0", "-trimpath", "./cmd/socbot",
		"linux/amd64", "linux/arm64", "darwin/arm64",
		"SHA256SUMS", "LICENSE",
		"-f deploy/Dockerfile",
	} {
		if !strings.Contains(script, want) {
			t.Errorf("release.sh lacks %q", want)
		}
	}
	if strings.Contains(script, ":latest") {
		t.Error("release.sh tags :latest; images carry their version only")
	}
	// --push appears once, in the publish branch.
	if n := strings.Count(script, "--push"); n != 1 {
		t.Errorf("release.sh mentions --push %d times, want once (publish only)", n)
	}
	publish := script[strings.Index(script, "\npublish)"):]
	if !strings.Contains(publish, "--push") {
		t.Error("the --push is outside the publish branch")
	}

	ci, err := os.ReadFile(filepath.Join("..", ".ci", "run"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(ci), "\n")
	if !slices.ContainsFunc(lines, func(l string) bool { return strings.TrimSpace(l) == "bash deploy/release.sh --check" }) {
		t.Error(".ci/run does not check the release build (bash deploy/release.sh --check)")
	}
}
