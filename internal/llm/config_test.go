package llm

import (
	"reflect"
	"testing"
	"time"

	"github.com/kelseyhightower/envconfig"
)

// TestConfigLoadsFromEnvironment: the tags name the variables; unset ones stay
// zero, and New gives them the Default constants (the one place they live).
func TestConfigLoadsFromEnvironment(t *testing.T) {
	t.Setenv("OPENAI_API_KEY", "sk-test")
	t.Setenv("OPENAI_BASE_URL", "http://localhost:11434/v1")
	t.Setenv("SOC_LLM_TIMEOUT", "30s")
	t.Setenv("SOC_LLM_CHANNELS", "C1,#sales")
	var cfg Config
	if err := envconfig.Process("", &cfg); err != nil {
		t.Fatal(err)
	}
	want := Config{APIKey: "sk-test", BaseURL: "http://localhost:11434/v1",
		Timeout: 30 * time.Second, Channels: []string{"C1", "#sales"}}
	if !reflect.DeepEqual(cfg, want) {
		t.Errorf("config mismatch\n got %+v\nwant %+v", cfg, want)
	}
}
