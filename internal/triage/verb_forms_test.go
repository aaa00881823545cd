package triage

import "testing"

func TestInflect(t *testing.T) {
	t.Parallel()
	tests := []struct {
		verb       string
		s, ing, ed string
	}{
		{"approve", "approves", "approving", "approved"},
		{"check", "checks", "checking", "checked"},
		{"verify", "verifies", "verifying", "verified"},
		{"tie", "ties", "tying", "tied"},
		{"guarantee", "guarantees", "guaranteeing", "guaranteed"},
		{"countersign", "countersigns", "countersigning", "countersigned"},
		{"honour", "honours", "honouring", "honoured"},
		{"relay", "relays", "relaying", "relayed"},
		{"fix", "fixes", "fixing", "fixed"},
	}
	for _, tt := range tests {
		for _, c := range []struct {
			f    verbForm
			want string
		}{{formBase, tt.verb}, {formS, tt.s}, {formIng, tt.ing}, {formEd, tt.ed}} {
			if got := inflect(tt.verb, c.f); got != c.want {
				t.Errorf("inflect(%q, %d) = %q, want %q", tt.verb, c.f, got, c.want)
			}
		}
	}
}
