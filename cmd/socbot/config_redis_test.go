package main

import (
	"strings"
	"testing"
	"time"
)

func TestRedisConfigDefaults(t *testing.T) {
	setEnv(t, validEnv())
	cfg, err := loadConfig()
	if err != nil {
		t.Fatalf("loadConfig: %v", err)
	}
	if cfg.RedisConfig.Config.Redis() || cfg.StateTTL != 7*24*time.Hour || cfg.DedupeTTL != 15*time.Minute ||
		cfg.OpTimeout != 250*time.Millisecond || cfg.RateLimit != 0 {
		t.Errorf("state defaults = %+v", cfg.RedisConfig)
	}
	bc := cfg.botConfig()
	if bc.DedupeTTL != cfg.DedupeTTL || bc.RateLimit != cfg.RateLimit {
		t.Errorf("bot dedupe TTL %s, rate limit %d; want SOC_DEDUPE_TTL and SOC_RATE_LIMIT", bc.DedupeTTL, bc.RateLimit)
	}
}

func TestRedisConfigErrorsNameTheVariable(t *testing.T) {
	tests := []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"SOC_REDIS_TIMEOUT": "2s"}, "SOC_REDIS_TIMEOUT"},
		{map[string]string{"SOC_DEDUPE_TTL": "5m"}, "SOC_DEDUPE_TTL"},
		{map[string]string{"SOC_STATE_TTL": "10s"}, "SOC_STATE_TTL"},
		{map[string]string{"SOC_RATE_LIMIT": "-1"}, "SOC_RATE_LIMIT"},
		{map[string]string{"REDIS_URL": "redis://127.0.0.1:1/0", "REDIS_ADDRS": "a:1,b:2"}, "REDIS_ADDRS"},
		{map[string]string{"REDIS_MASTER_NAME": "mymaster"}, "REDIS_MASTER_NAME"},
		{map[string]string{"SOC_CONVERSATION_TTL": "24h"}, "SOC_STATE_TTL"},
	}
	for _, tt := range tests {
		env := validEnv()
		for k, v := range tt.env {
			env[k] = v
		}
		setEnv(t, env)
		_, err := loadConfig()
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%v: err = %v, want one naming %s", tt.env, err, tt.want)
		}
	}
}

func TestRedisConfigValues(t *testing.T) {
	env := validEnv()
	env["REDIS_URL"] = "redis://127.0.0.1:6379/3"
	env["SOC_STATE_TTL"] = "48h"
	env["SOC_RATE_LIMIT"] = "0"
	setEnv(t, env)
	cfg, err := loadConfig()
	if err != nil {
		t.Fatalf("loadConfig: %v", err)
	}
	if !cfg.RedisConfig.Config.Redis() || cfg.StateTTL != 48*time.Hour || cfg.RateLimit != 0 {
		t.Errorf("state config = %+v", cfg.RedisConfig)
	}
}
