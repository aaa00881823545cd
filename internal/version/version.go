// Package version owns the build's version string: stamped by the linker in
// release builds, read from the module's VCS stamp otherwise.
package version

import (
	"runtime"
	"runtime/debug"
)

// Version is set at link time:
//
//	go build -ldflags "-X github.com/socbot/socbot/internal/version.Version=$(git describe --tags --always --dirty)"
//
// It stays "dev" in a plain `go build` or `go run`.
var Version = "dev"

// readBuildInfo is swapped in tests.
var readBuildInfo = debug.ReadBuildInfo

// String returns the version to show and export: the linker-stamped Version
// when there is one, else the VCS revision Go recorded in the binary
// (shortened to 12 characters, "-dirty" when the tree had local changes),
// else "dev".
func String() string {
	if Version != "" && Version != "dev" {
		return Version
	}
	info, ok := readBuildInfo()
	if !ok {
		return "dev"
	}
	var rev string
	var dirty bool
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if rev == "" {
		if v := info.Main.Version; v != "" && v != "(devel)" {
			return v // installed with `go install module@version`
		}
		return "dev"
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if dirty {
		rev += "-dirty"
	}
	return rev
}

// GoVersion is the Go toolchain the binary was built with.
func GoVersion() string { return runtime.Version() }
