package version

import (
	"runtime/debug"
	"testing"
)

func TestString(t *testing.T) {
	tests := []struct {
		name    string
		stamped string
		info    *debug.BuildInfo // nil: no build info
		want    string
	}{
		{"linker stamp wins", "v1.2.3-4-gabcdef0", &debug.BuildInfo{Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "ffffffffffffffff"}}}, "v1.2.3-4-gabcdef0"},
		{"no build info", "dev", nil, "dev"},
		{"vcs revision shortened", "dev", &debug.BuildInfo{Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "0123456789abcdef0123"}}}, "0123456789ab"},
		{"dirty tree", "dev", &debug.BuildInfo{Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "0123456789abcdef0123"}, {Key: "vcs.modified", Value: "true"}}}, "0123456789ab-dirty"},
		{"module version from go install", "dev", &debug.BuildInfo{Main: debug.Module{Version: "v0.3.0"}}, "v0.3.0"},
		{"devel without vcs", "dev", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "dev"},
		{"empty stamp treated as dev", "", nil, "dev"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			oldV, oldRead := Version, readBuildInfo
			t.Cleanup(func() { Version, readBuildInfo = oldV, oldRead })
			Version = tt.stamped
			readBuildInfo = func() (*debug.BuildInfo, bool) { return tt.info, tt.info != nil }
			if got := String(); got != tt.want {
				t.Errorf("String() = %q, want %q", got, tt.want)
			}
		})
	}
}
