package main

import (
	"bytes"
	"context"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
)

// setEnv sets the variables for one test and clears every other socbot variable.
func setEnv(t *testing.T, env map[string]string) {
	t.Helper()
	for _, k := range envKeys(reflect.TypeOf(Config{})) {
		t.Setenv(k, "")
	}
	// Tests never take the production port: a free loopback one instead.
	t.Setenv("SOC_HTTP_ADDR", "127.0.0.1:0")
	for k, v := range env {
		t.Setenv(k, v)
	}
}

func validEnv() map[string]string {
	return map[string]string{"SLACK_APP_TOKEN": "xapp-1-A1-1-abc", "SLACK_BOT_TOKEN": "xoxb-1-2-abc"}
}

func TestLoadConfigDefaults(t *testing.T) {
	setEnv(t, validEnv())
	cfg, err := loadConfig()
	if err != nil {
		t.Fatalf("loadConfig: %v", err)
	}
	if cfg.Mode != "reply" || cfg.Workers != 16 || cfg.QueueSize != 1024 || cfg.ShutdownTimeout != 10*time.Second ||
		cfg.Level != "info" || cfg.Format != "json" || cfg.APIURL != "" || len(cfg.Channels) != 0 {
		t.Errorf("defaults = %+v", cfg)
	}
}

func TestLoadConfigValues(t *testing.T) {
	env := validEnv()
	env["SLACK_API_URL"] = "http://127.0.0.1:9999/api"
	env["SOC_WATCH_CHANNELS"] = "C0AAA1111, C0BBB2222,"
	env["SOC_WATCH_MODE"] = "React"
	env["SOC_WORKERS"] = "4"
	env["SOC_SHUTDOWN_TIMEOUT"] = "3s"
	env["SOC_LOG_FORMAT"] = "text"
	setEnv(t, env)
	cfg, err := loadConfig()
	if err != nil {
		t.Fatalf("loadConfig: %v", err)
	}
	if cfg.APIURL != "http://127.0.0.1:9999/api/" {
		t.Errorf("APIURL = %q, want a trailing slash added", cfg.APIURL)
	}
	if strings.Join(cfg.Channels, "|") != "C0AAA1111|C0BBB2222" {
		t.Errorf("Channels = %q", cfg.Channels)
	}
	if cfg.Mode != "react" || cfg.Workers != 4 || cfg.ShutdownTimeout != 3*time.Second || cfg.Format != "text" {
		t.Errorf("cfg = %+v", cfg)
	}
	bc := cfg.botConfig()
	if bc.WatchMode != "react" || len(bc.WatchChannels) != 2 || bc.Workers != 4 {
		t.Errorf("botConfig = %+v", bc)
	}
}

func TestLoadConfigErrorsNameTheVariable(t *testing.T) {
	tests := []struct {
		name string
		set  map[string]string
		want []string
	}{
		{"no tokens", map[string]string{"SLACK_APP_TOKEN": "", "SLACK_BOT_TOKEN": ""}, []string{"SLACK_APP_TOKEN: not set", "SLACK_BOT_TOKEN: not set"}},
		{"tokens swapped", map[string]string{"SLACK_APP_TOKEN": "xoxb-1", "SLACK_BOT_TOKEN": "xapp-1"}, []string{"SLACK_APP_TOKEN: must be an app-level token", "got a xoxb- token", "SLACK_BOT_TOKEN: must be a bot token"}},
		{"user token", map[string]string{"SLACK_BOT_TOKEN": "xoxp-123"}, []string{"SLACK_BOT_TOKEN", "xoxp-"}},
		{"bad url", map[string]string{"SLACK_API_URL": "slack.com/api"}, []string{"SLACK_API_URL"}},
		{"channel name", map[string]string{"SOC_WATCH_CHANNELS": "#security"}, []string{"SOC_WATCH_CHANNELS", "#security"}},
		{"mode", map[string]string{"SOC_WATCH_MODE": "shout"}, []string{"SOC_WATCH_MODE", "shout"}},
		{"workers", map[string]string{"SOC_WORKERS": "0"}, []string{"SOC_WORKERS"}},
		{"workers not a number", map[string]string{"SOC_WORKERS": "many"}, []string{"SOC_WORKERS"}},
		{"timeout", map[string]string{"SOC_SHUTDOWN_TIMEOUT": "soon"}, []string{"SOC_SHUTDOWN_TIMEOUT"}},
		{"level", map[string]string{"SOC_LOG_LEVEL": "loud"}, []string{"SOC_LOG_LEVEL"}},
		{"format", map[string]string{"SOC_LOG_FORMAT": "xml"}, []string{"SOC_LOG_FORMAT"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := validEnv()
			for k, v := range tt.set {
				env[k] = v
			}
			setEnv(t, env)
			_, err := loadConfig()
			if err == nil {
				t.Fatal("loadConfig succeeded, want an error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
			if strings.Contains(err.Error(), "abc") {
				t.Errorf("error %q leaks a token", err)
			}
		})
	}
}

func TestRunBotRejectsBadConfigBeforeConnecting(t *testing.T) {
	setEnv(t, map[string]string{"SLACK_APP_TOKEN": "xoxb-wrong", "SLACK_BOT_TOKEN": "xoxb-1", "SLACK_API_URL": "http://127.0.0.1:1/"})
	var stderr bytes.Buffer
	code := realMain(context.Background(), []string{"run"}, nil, &bytes.Buffer{}, &stderr)
	if code != 2 || !strings.Contains(stderr.String(), "SLACK_APP_TOKEN") {
		t.Errorf("code %d, stderr %q; want 2 naming SLACK_APP_TOKEN", code, stderr.String())
	}
}

func TestManifestPrintsValidYAML(t *testing.T) {
	var out bytes.Buffer
	if code := realMain(context.Background(), []string{"manifest"}, nil, &out, &bytes.Buffer{}); code != 0 {
		t.Fatalf("exit %d", code)
	}
	var m struct {
		Features struct {
			SlashCommands []struct {
				Command string `yaml:"command"`
			} `yaml:"slash_commands"`
			AppHome struct {
				HomeTab bool `yaml:"home_tab_enabled"`
			} `yaml:"app_home"`
		} `yaml:"features"`
		OAuth struct {
			Scopes struct {
				Bot []string `yaml:"bot"`
			} `yaml:"scopes"`
		} `yaml:"oauth_config"`
		Settings struct {
			Events struct {
				BotEvents []string `yaml:"bot_events"`
			} `yaml:"event_subscriptions"`
			Interactivity struct {
				Enabled bool `yaml:"is_enabled"`
			} `yaml:"interactivity"`
			SocketMode bool `yaml:"socket_mode_enabled"`
		} `yaml:"settings"`
	}
	if err := yaml.Unmarshal(out.Bytes(), &m); err != nil {
		t.Fatalf("manifest is not YAML: %v", err)
	}
	if !m.Settings.SocketMode || !m.Settings.Interactivity.Enabled || !m.Features.AppHome.HomeTab {
		t.Errorf("socket mode, interactivity and home tab must be on: %+v", m.Settings)
	}
	if len(m.Features.SlashCommands) != 1 || m.Features.SlashCommands[0].Command != "/soc" {
		t.Errorf("slash commands = %+v, want /soc", m.Features.SlashCommands)
	}
	wantScopes := "app_mentions:read channels:history chat:write commands files:read files:write groups:history im:history reactions:write"
	if got := strings.Join(sorted(m.OAuth.Scopes.Bot), " "); got != wantScopes {
		t.Errorf("bot scopes = %s\nwant        %s", got, wantScopes)
	}
	wantEvents := "app_home_opened app_mention message.channels message.groups message.im"
	if got := strings.Join(sorted(m.Settings.Events.BotEvents), " "); got != wantEvents {
		t.Errorf("bot events = %s\nwant       %s", got, wantEvents)
	}
}

func sorted(s []string) []string {
	out := append([]string(nil), s...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

// TestEveryDefaultPinned pins the default of every variable, as socbot loads
// it from an empty environment. The values live in the packages that own the
// settings; this table only notices when one moves.
func TestEveryDefaultPinned(t *testing.T) {
	want := map[string]string{
		"SOC_WATCH_MODE": "reply", "SOC_WORKERS": "16", "SOC_QUEUE_SIZE": "1024",
		"SOC_SHUTDOWN_TIMEOUT": "10s", "SOC_SLACK_TIMEOUT": "10s",
		"SOC_LOG_LEVEL": "info", "SOC_LOG_FORMAT": "json", "SOC_HTTP_ADDR": ":8080",
		"OPENAI_MODEL": "gpt-4o-mini", "SOC_LLM_TIMEOUT": "8s", "SOC_LLM_MAX_QUESTIONS": "30",
		"SOC_LLM_CONCURRENCY": "4", "REDIS_DB": "0", "SOC_STATE_PREFIX": "socbot",
		"SOC_STATE_TTL": "168h", "SOC_DEDUPE_TTL": "15m", "SOC_FEEDBACK_TTL": "720h",
		"SOC_REDIS_TIMEOUT": "250ms", "SOC_REDIS_BREAKER_FAILURES": "3", "SOC_REDIS_BREAKER_COOLDOWN": "2s",
		"SOC_STATE_MAX_ENTRIES": "100000", "SOC_RATE_LIMIT": "0",
		"SOC_FILE_JOBS": "2", "SOC_FILE_MAX_MB": "20", "SOC_FILE_TIMEOUT": "2m",
		// No default: unset until the operator sets them.
		"SLACK_APP_TOKEN": "", "SLACK_BOT_TOKEN": "", "SLACK_API_URL": "", "SOC_WATCH_CHANNELS": "",
		"SOC_REPORTS_FILE": "", "OPENAI_API_KEY": "", "OPENAI_BASE_URL": "", "SOC_LLM_CHANNELS": "",
		"REDIS_URL": "", "REDIS_ADDRS": "", "REDIS_MASTER_NAME": "", "REDIS_USERNAME": "", "REDIS_PASSWORD": "",
		"SOC_CONVERSATION_TTL": "",
	}
	seen := map[string]bool{}
	for _, v := range configVars(reflect.ValueOf(loadedDefaults(t))) {
		seen[v.name] = true
		if w, ok := want[v.name]; !ok {
			t.Errorf("%s (default %q) is not in the table above", v.name, v.def)
		} else if v.def != w {
			t.Errorf("%s defaults to %q, want %q", v.name, v.def, w)
		}
	}
	for name := range want {
		if !seen[name] {
			t.Errorf("Config no longer reads %s", name)
		}
	}
}

// TestEmptyVariableIsUnset: every variable set to the empty string loads the
// same Config as an environment without them, and that Config is defaultConfig.
func TestEmptyVariableIsUnset(t *testing.T) {
	empty := loadedDefaults(t)
	for _, k := range envKeys(reflect.TypeOf(Config{})) {
		t.Setenv(k, "x") // restored after the test
		if err := os.Unsetenv(k); err != nil {
			t.Fatal(err)
		}
	}
	var unset Config
	if _, err := loadEnv(&unset); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(empty, unset) {
		t.Errorf("empty variables load\n%+v\nunset ones\n%+v", empty, unset)
	}
	if !reflect.DeepEqual(unset, defaultConfig()) {
		t.Errorf("an empty environment loads\n%+v\nnot defaultConfig\n%+v", unset, defaultConfig())
	}
}

// TestSubStructsLoadTheSameDefaults: a subcommand that reads one part of the
// configuration (socbot healthcheck its HTTPConfig, socbot feedback a
// state.Config) gets the same defaults as socbot run.
func TestSubStructsLoadTheSameDefaults(t *testing.T) {
	full := reflect.ValueOf(loadedDefaults(t))
	var check func(v reflect.Value)
	check = func(v reflect.Value) {
		for i := range v.NumField() {
			f := v.Type().Field(i)
			if !f.Anonymous || f.Type.Kind() != reflect.Struct {
				continue
			}
			part := reflect.New(f.Type)
			if _, err := loadEnv(part.Interface()); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(part.Elem().Interface(), v.Field(i).Interface()) {
				t.Errorf("%s loads %+v on its own, %+v inside Config", f.Type, part.Elem().Interface(), v.Field(i).Interface())
			}
			check(v.Field(i))
		}
	}
	check(full)
}
