package state

import (
	"testing"
	"time"
)

func TestBreaker(t *testing.T) {
	type step struct {
		advance time.Duration
		do      string // allow, success, failure, abort
		want    bool   // result of allow, or the transition flag of success/failure
		state   breakerState
	}
	cases := []struct {
		name  string
		steps []step
	}{
		{"stays closed below the threshold", []step{
			{do: "failure", want: false, state: closed},
			{do: "failure", want: false, state: closed},
			{do: "success", want: false, state: closed},
			{do: "failure", want: false, state: closed},
			{do: "failure", want: false, state: closed},
			{do: "allow", want: true, state: closed},
		}},
		{"opens after consecutive failures, refuses during cool-down", []step{
			{do: "failure"}, {do: "failure"},
			{do: "failure", want: true, state: open},
			{do: "allow", want: false, state: open},
			{advance: time.Second, do: "allow", want: false, state: open},
		}},
		{"half-open lets one probe through; success closes", []step{
			{do: "failure"}, {do: "failure"}, {do: "failure", want: true, state: open},
			{advance: 2 * time.Second, do: "allow", want: true, state: halfOpen},
			{do: "allow", want: false, state: halfOpen}, // only one probe at a time
			{do: "success", want: true, state: closed},
			{do: "allow", want: true, state: closed},
		}},
		{"failed probe re-opens for another cool-down", []step{
			{do: "failure"}, {do: "failure"}, {do: "failure", want: true, state: open},
			{advance: 2 * time.Second, do: "allow", want: true, state: halfOpen},
			{do: "failure", want: false, state: open}, // not a new outage: no second log line
			{advance: time.Second, do: "allow", want: false, state: open},
			{advance: time.Second, do: "allow", want: true, state: halfOpen},
		}},
		{"aborted probe gives its slot back", []step{
			{do: "failure"}, {do: "failure"}, {do: "failure", want: true, state: open},
			{advance: 2 * time.Second, do: "allow", want: true, state: halfOpen},
			{do: "abort", state: open},
			{do: "allow", want: true, state: halfOpen},
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			clk := newClock()
			b := newBreaker(3, 2*time.Second)
			b.now = clk.Now
			for i, s := range c.steps {
				clk.Add(s.advance)
				var got bool
				switch s.do {
				case "allow":
					got = b.allow()
				case "success":
					got = b.success()
				case "failure":
					got = b.failure()
				case "abort":
					b.abort()
				}
				if got != s.want {
					t.Errorf("step %d %s = %v, want %v", i, s.do, got, s.want)
				}
				if st := b.current(); st != s.state {
					t.Errorf("step %d %s: state %v, want %v", i, s.do, st, s.state)
				}
			}
		})
	}
}

// A readiness probe's PING must not hide calls that keep failing: only an open
// breaker is closed by it, a closed one keeps counting.
func TestBreakerReopenKeepsFailures(t *testing.T) {
	t.Parallel()
	b := newBreaker(3, 2*time.Second)
	b.failure()
	b.failure()
	if b.reopen() {
		t.Fatal("reopen of a closed breaker reported a recovery")
	}
	if !b.failure() {
		t.Fatal("the third failure did not open the breaker after a PING in between")
	}
	if !b.reopen() {
		t.Fatal("reopen of an open breaker did not close it")
	}
	if b.failure() || b.failure() {
		t.Fatal("a reopened breaker did not start counting from zero")
	}
	if !b.failure() {
		t.Fatal("three failures after reopening did not open the breaker")
	}
}
