package state

import (
	"context"
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/socbot/socbot/internal/triage"
)

// TestStores runs one behavioural suite against every store: in-process,
// Redis (miniredis, or the server in REDIS_TEST_URL) and Resilient over Redis.
func TestStores(t *testing.T) {
	cases := []struct {
		name string
		run  func(t *testing.T, b backend)
	}{
		{"claim and release", testClaim},
		{"claim event", testClaimEvent},
		{"conversation follow-up", testConversation},
		{"save answer of a deleted conversation", testSaveMissing},
		{"forget user", testForget},
		{"rate limit", testRateLimit},
		{"begin", testBegin},
		{"begin charges the turn's cost", testBeginCost},
		{"cache", testCache},
		{"feedback", testFeedback},
		{"ttl expiry", testExpiry},
		{"every key namespaced and expiring", testKeys},
	}
	for _, newBackend := range backends(t) {
		for _, c := range cases {
			b := newBackend(t)
			t.Run(b.name+"/"+c.name, func(t *testing.T) { c.run(t, b) })
		}
	}
}

func mustClaim(t *testing.T, s store, team, key string, want bool) {
	t.Helper()
	got, err := s.Claim(context.Background(), team, key, 10*time.Minute)
	if err != nil {
		t.Fatalf("Claim(%s, %s): %v", team, key, err)
	}
	if got != want {
		t.Fatalf("Claim(%s, %s) = %v, want %v", team, key, got, want)
	}
}

func testClaim(t *testing.T, b backend) {
	ctx := context.Background()
	mustClaim(t, b.s, "T1", "job", true)
	mustClaim(t, b.s, "T1", "job", false)
	mustClaim(t, b.s, "T2", "job", true) // teams do not share keys
	if err := b.s.Release(ctx, "T1", "job"); err != nil {
		t.Fatalf("Release: %v", err)
	}
	mustClaim(t, b.s, "T1", "job", true)
}

func testClaimEvent(t *testing.T, b backend) {
	ctx := context.Background()
	steps := []struct {
		name               string
		release            bool
		event, channel, ts string
		want               bool
	}{
		{name: "first delivery", event: "Ev1", channel: "C1", ts: "1.1", want: true},
		{name: "Slack retry", event: "Ev1", channel: "C1", ts: "1.1", want: false},
		{name: "same message as app_mention", event: "Ev2", channel: "C1", ts: "1.1", want: false},
		{name: "another message", event: "Ev3", channel: "C1", ts: "1.2", want: true},
		{name: "same ts in another channel", event: "Ev4", channel: "C2", ts: "1.1", want: true},
		{name: "slash command (no ids)", event: "", channel: "", ts: "", want: true},
		{name: "slash command again", event: "", channel: "", ts: "", want: true},
		{name: "failed work released", release: true, event: "Ev3", channel: "C1", ts: "1.2"},
		{name: "retry after release", event: "Ev3", channel: "C1", ts: "1.2", want: true},
		{name: "event id only", event: "Ev5", want: true},
		{name: "event id only, retried", event: "Ev5", want: false},
	}
	for _, s := range steps {
		if s.release {
			if err := b.s.ReleaseEvent(ctx, "T1", s.event, s.channel, s.ts); err != nil {
				t.Fatalf("%s: ReleaseEvent: %v", s.name, err)
			}
			continue
		}
		got, err := b.s.ClaimEvent(ctx, "T1", s.event, s.channel, s.ts)
		if err != nil {
			t.Fatalf("%s: ClaimEvent: %v", s.name, err)
		}
		if got != s.want {
			t.Errorf("%s: ClaimEvent(%q, %q, %q) = %v, want %v", s.name, s.event, s.channel, s.ts, got, s.want)
		}
	}
}

func testConversation(t *testing.T, b backend) {
	ctx := context.Background()
	id := "D1:1700000000.000100"
	if c, ok, err := b.s.GetConversation(ctx, "T1", id); err != nil || ok || len(c.Questions) != 0 {
		t.Fatalf("GetConversation(new) = %+v, %v, %v; want empty, false, nil", c, ok, err)
	}
	first := []string{`Do you have a SOC 2 Type 2 report?`, `Is data encrypted "at rest"? \ ✓`}
	c, err := b.s.AppendQuestions(ctx, "T1", id, "U1", "dm", first)
	if err != nil {
		t.Fatalf("AppendQuestions: %v", err)
	}
	if !reflect.DeepEqual(c.Questions, first) || c.UserID != "U1" || c.Surface != "dm" || c.ID != id {
		t.Fatalf("after first append: %+v", c)
	}
	result := json.RawMessage(`{"summary":{"total":2,"headline":"SOC 2 Type 2"},"questions":[]}`)
	if err := b.s.SaveAnswer(ctx, "T1", id, "D1", "1700000001.000200", result); err != nil {
		t.Fatalf("SaveAnswer: %v", err)
	}
	c, err = b.s.AppendQuestions(ctx, "T1", id, "U1", "dm", []string{"also: do you test DR yearly?"})
	if err != nil {
		t.Fatalf("AppendQuestions (follow-up): %v", err)
	}
	want := append(slices.Clone(first), "also: do you test DR yearly?")
	if !reflect.DeepEqual(c.Questions, want) {
		t.Errorf("follow-up questions mismatch:\n got %q\nwant %q", c.Questions, want)
	}
	if c.AnswerChannel != "D1" || c.AnswerTS != "1700000001.000200" {
		t.Errorf("follow-up lost the answer to update: channel %q ts %q", c.AnswerChannel, c.AnswerTS)
	}
	if !jsonEqual(t, c.LastResult, result) {
		t.Errorf("LastResult = %s, want %s", c.LastResult, result)
	}
	got, ok, err := b.s.GetConversation(ctx, "T1", id)
	if err != nil || !ok {
		t.Fatalf("GetConversation: ok %v err %v", ok, err)
	}
	if !reflect.DeepEqual(got.Questions, want) || got.AnswerTS != c.AnswerTS || got.UpdatedAt.IsZero() {
		t.Errorf("GetConversation = %+v, want the appended conversation", got)
	}
	if _, ok, _ := b.s.GetConversation(ctx, "T2", id); ok {
		t.Errorf("conversation visible from another team")
	}
}

func jsonEqual(t *testing.T, a, b []byte) bool {
	t.Helper()
	var x, y any
	if err := json.Unmarshal(a, &x); err != nil {
		t.Fatalf("decode %s: %v", a, err)
	}
	if err := json.Unmarshal(b, &y); err != nil {
		t.Fatalf("decode %s: %v", b, err)
	}
	return reflect.DeepEqual(x, y)
}

func testSaveMissing(t *testing.T, b backend) {
	ctx := context.Background()
	if err := b.s.SaveAnswer(ctx, "T1", "gone", "C1", "1.1", json.RawMessage(`{}`)); err != nil {
		t.Fatalf("SaveAnswer: %v", err)
	}
	if _, ok, err := b.s.GetConversation(ctx, "T1", "gone"); ok || err != nil {
		t.Errorf("SaveAnswer recreated a deleted conversation (ok %v, err %v)", ok, err)
	}
}

func testForget(t *testing.T, b backend) {
	ctx := context.Background()
	appends := []struct{ conv, user string }{
		{"C1:1.1", "U1"}, {"D1:2.2", "U1"}, {"C1:3.3", "U2"}, {"C1:1.1", "U1"},
	}
	for _, a := range appends {
		if _, err := b.s.AppendQuestions(ctx, "T1", a.conv, a.user, "mention", []string{"q"}); err != nil {
			t.Fatalf("AppendQuestions: %v", err)
		}
	}
	n, err := b.s.ForgetUser(ctx, "T1", "U1")
	if err != nil || n != 2 {
		t.Fatalf("ForgetUser(U1) = %d, %v; want 2, nil", n, err)
	}
	for _, id := range []string{"C1:1.1", "D1:2.2"} {
		if _, ok, _ := b.s.GetConversation(ctx, "T1", id); ok {
			t.Errorf("conversation %s survived ForgetUser", id)
		}
	}
	if _, ok, _ := b.s.GetConversation(ctx, "T1", "C1:3.3"); !ok {
		t.Errorf("another user's conversation was deleted")
	}
	if n, err := b.s.ForgetUser(ctx, "T1", "U1"); err != nil || n != 0 {
		t.Errorf("second ForgetUser(U1) = %d, %v; want 0, nil", n, err)
	}
}

func testRateLimit(t *testing.T, b backend) {
	ctx := context.Background()
	const limit = 5
	type step struct {
		advance  time.Duration
		user     string
		n, limit int
		want     bool
		maxWait  time.Duration // when refused, RetryAfter in (0, maxWait]
	}
	steps := []step{
		{user: "U1", n: 3, limit: limit, want: true},
		{advance: 20 * time.Second, user: "U1", n: 2, limit: limit, want: true},
		{user: "U1", n: 1, limit: limit, want: false, maxWait: 40 * time.Second},
		{user: "U2", n: 1, limit: limit, want: true},
		{user: "U3", n: 50, limit: limit, want: true}, // a long paste takes the whole minute
		{user: "U3", n: 1, limit: limit, want: false, maxWait: time.Minute},
		{user: "U4", n: 100, limit: 0, want: true}, // no limit
	}
	steps = append(steps,
		// The first 3 leave the window 60s after they came: 3 more fit, not 4.
		step{advance: 41 * time.Second, user: "U1", n: 4, limit: limit, want: false, maxWait: 20 * time.Second},
		step{user: "U1", n: 3, limit: limit, want: true},
		step{user: "U1", n: 1, limit: limit, want: false, maxWait: 20 * time.Second},
	)
	for i, s := range steps {
		b.tick(s.advance)
		ok, wait, err := b.s.Allow(ctx, "T1", s.user, s.n, s.limit)
		if err != nil {
			t.Fatalf("step %d: Allow: %v", i, err)
		}
		if ok != s.want {
			t.Fatalf("step %d: Allow(%s, %d, %d) = %v, want %v", i, s.user, s.n, s.limit, ok, s.want)
		}
		if !ok && (wait <= 0 || wait > s.maxWait) {
			t.Errorf("step %d: retry after %v, want in (0, %v]", i, wait, s.maxWait)
		}
	}
}

func testBegin(t *testing.T, b backend) {
	ctx := context.Background()
	turn := triage.Turn{EventID: "Ev1", Channel: "C1", TS: "1.1", Conversation: "C1:1.1", UserID: "U1",
		Surface: "mention", Questions: []string{"q1", "q2"}, RateLimit: 3}
	res, err := b.s.Begin(ctx, "T1", turn)
	if err != nil {
		t.Fatalf("Begin: %v", err)
	}
	if !res.Owned || !res.Allowed || !reflect.DeepEqual(res.Conversation.Questions, []string{"q1", "q2"}) {
		t.Fatalf("Begin = %+v, want owned, allowed, [q1 q2]", res)
	}
	dup := turn
	dup.EventID = "Ev2" // the same message as a message event
	if res, err := b.s.Begin(ctx, "T1", dup); err != nil || res.Owned {
		t.Fatalf("Begin(duplicate) = %+v, %v; want not owned", res, err)
	}
	next := triage.Turn{EventID: "Ev3", Channel: "C1", TS: "1.5", Conversation: "C1:1.1", UserID: "U1",
		Surface: "mention", Questions: []string{"q3", "q4"}, RateLimit: 3}
	res, err = b.s.Begin(ctx, "T1", next)
	if err != nil {
		t.Fatalf("Begin: %v", err)
	}
	if !res.Owned || res.Allowed || res.RetryAfter <= 0 || res.RetryAfter > time.Minute {
		t.Fatalf("Begin(over limit) = %+v, want owned, refused, retry within a minute", res)
	}
	if res, err := b.s.Begin(ctx, "T1", next); err != nil || res.Owned {
		t.Fatalf("Begin(retry of refused) = %+v, %v; want not owned (the user was told)", res, err)
	}
	c, _, err := b.s.GetConversation(ctx, "T1", "C1:1.1")
	if err != nil || !reflect.DeepEqual(c.Questions, []string{"q1", "q2"}) {
		t.Fatalf("conversation after refused turn = %q, %v; want [q1 q2]", c.Questions, err)
	}
	slash := triage.Turn{UserID: "U2", Surface: "slash", Questions: []string{"s1"}}
	res, err = b.s.Begin(ctx, "T1", slash)
	if err != nil || !res.Owned || !res.Allowed || !reflect.DeepEqual(res.Conversation.Questions, []string{"s1"}) {
		t.Fatalf("Begin(slash, no conversation) = %+v, %v", res, err)
	}
}

func testFeedback(t *testing.T, b backend) {
	ctx := context.Background()
	t0 := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	votes := []struct {
		team string
		f    triage.Feedback
	}{
		{"T1", triage.Feedback{Vote: triage.VoteDown, UserID: "U1", Rules: []string{"soc2-encryption", "soc1-itgc"}, Report: "both", QuestionIDs: []string{"q1"}, At: t0}},
		{"T2", triage.Feedback{Vote: triage.VoteDown, UserID: "U2", Rules: []string{"soc2-encryption"}, Report: "soc2", At: t0.Add(time.Hour)}},
		{"T1", triage.Feedback{Vote: triage.VoteUp, UserID: "U3", Rules: []string{"soc1-itgc"}, Report: "soc1", At: t0.Add(2 * time.Hour)}},
		{"T1", triage.Feedback{Vote: triage.VoteUp, UserID: "U3", Rules: []string{"soc1-itgc"}, Report: "soc1", At: t0.Add(2 * time.Hour)}}, // same vote twice
	}
	for _, v := range votes {
		if err := b.s.Record(ctx, v.team, v.f); err != nil {
			t.Fatalf("Record: %v", err)
		}
	}
	if err := b.s.Record(ctx, "T1", triage.Feedback{Vote: "meh"}); err == nil {
		t.Errorf("Record accepted an unknown vote")
	}
	fb, err := b.s.ListFeedback(ctx, t0.Add(30*time.Minute))
	if err != nil {
		t.Fatalf("ListFeedback: %v", err)
	}
	if len(fb) != 3 || fb[0].Team != "T2" || fb[0].Vote != triage.VoteDown || fb[1].Team != "T1" || !fb[1].At.Equal(t0.Add(2*time.Hour)) {
		t.Fatalf("ListFeedback(since) = %+v, want the 3 later votes, oldest first, with teams", fb)
	}
	all, err := b.s.ListFeedback(ctx, time.Time{})
	if err != nil || len(all) != 4 {
		t.Fatalf("ListFeedback(all) = %d votes, %v; want 4", len(all), err)
	}
	got := RankRules(all)
	want := []RuleScore{{Rule: "soc2-encryption", Down: 2}, {Rule: "soc1-itgc", Down: 1, Up: 2}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("RankRules mismatch:\n got %+v\nwant %+v", got, want)
	}
}

func testExpiry(t *testing.T, b backend) {
	if b.advance == nil {
		t.Skip("no clock control on a real server; testKeys checks the TTLs instead")
	}
	ctx := context.Background()
	mustClaim(t, b.s, "T1", "job", true)
	if ok, _ := b.s.ClaimEvent(ctx, "T1", "Ev1", "C1", "1.1"); !ok {
		t.Fatal("ClaimEvent failed")
	}
	if _, err := b.s.AppendQuestions(ctx, "T1", "C1:1.1", "U1", "mention", []string{"q"}); err != nil {
		t.Fatal(err)
	}
	if err := b.s.Record(ctx, "T1", triage.Feedback{Vote: triage.VoteDown, Rules: []string{"r"}}); err != nil {
		t.Fatal(err)
	}

	b.advance(b.cfg.DedupeTTL - time.Second)
	if ok, _ := b.s.ClaimEvent(ctx, "T1", "Ev1", "C1", "1.1"); ok {
		t.Fatal("event claim expired before the dedupe TTL")
	}
	b.advance(2 * time.Second)
	mustClaim(t, b.s, "T1", "job", true)
	if ok, _ := b.s.ClaimEvent(ctx, "T1", "Ev1", "C1", "1.1"); !ok {
		t.Error("event claim outlived the dedupe TTL")
	}
	if _, ok, _ := b.s.GetConversation(ctx, "T1", "C1:1.1"); !ok {
		t.Fatal("conversation expired with the dedupe TTL")
	}

	b.advance(b.cfg.StateTTL)
	if _, ok, _ := b.s.GetConversation(ctx, "T1", "C1:1.1"); ok {
		t.Error("conversation outlived the state TTL")
	}
	if n, _ := b.s.ForgetUser(ctx, "T1", "U1"); n != 0 {
		t.Errorf("user index outlived the state TTL: forgot %d", n)
	}
	b.advance(b.cfg.FeedbackTTL)
	if fb, _ := b.s.ListFeedback(ctx, time.Time{}); len(fb) != 0 {
		t.Errorf("feedback outlived its TTL: %+v", fb)
	}
}

// keyKind is one kind of key a store writes and the TTL it must carry.
type keyKind struct {
	kind   string
	match  func(k string) bool
	want   time.Duration
	memory bool // the in-process store keeps this kind as a key too
}

// testKeys writes one key of every kind and checks each is under the team's prefix
// with exactly the TTL its kind is given. It runs on every backend, a real Redis
// included: the TTL read back may only have run down by the time the test took.
func testKeys(t *testing.T, b backend) {
	ctx := context.Background()
	const claimTTL, cacheTTL = 10 * time.Minute, 3 * time.Hour
	start := time.Now()
	_, _ = b.s.ClaimEvent(ctx, "T1", "Ev1", "C1", "1.1")
	mustClaim(t, b.s, "T1", "job", true) // claimTTL
	_, _ = b.s.Begin(ctx, "T1", triage.Turn{EventID: "Ev2", Conversation: "C1:2.2", UserID: "U1", Questions: []string{"q"}, RateLimit: 10})
	_, _, _ = b.s.Allow(ctx, "T1", "U2", 1, 10)
	_ = b.s.SaveAnswer(ctx, "T1", "C1:2.2", "C1", "2.3", json.RawMessage(`{}`))
	_ = b.s.Record(ctx, "T1", triage.Feedback{Vote: triage.VoteUp})
	_ = b.s.CacheSet(ctx, "llm:x", []byte("v"), cacheTTL)
	team := b.cfg.Prefix + ":{T1}:"
	kinds := []keyKind{
		{"event claim", func(k string) bool { return strings.HasPrefix(k, team+"dedupe:event:") }, b.cfg.DedupeTTL, true},
		{"message claim", func(k string) bool { return strings.HasPrefix(k, team+"dedupe:msg:") }, b.cfg.DedupeTTL, true},
		{"job claim", func(k string) bool { return k == team+"dedupe:job" }, claimTTL, true},
		{"conversation", func(k string) bool { return strings.HasPrefix(k, team+"conv:") }, b.cfg.StateTTL, true},
		{"user index", func(k string) bool { return strings.HasPrefix(k, team+"user:") }, b.cfg.StateTTL, true},
		{"rate window", func(k string) bool { return strings.HasPrefix(k, team+"rate:") }, time.Minute, true},
		{"feedback", func(k string) bool { return k == team+"feedback" }, b.cfg.FeedbackTTL, false},
		{"feedback teams", func(k string) bool { return k == b.cfg.Prefix+":feedback:teams" }, b.cfg.FeedbackTTL, false},
		{"cache", func(k string) bool { return k == b.cfg.Prefix+":cache:llm:x" }, cacheTTL, true},
	}
	seen := map[string]int{}
	for _, k := range b.keys() {
		ttl := b.pttl(k)
		elapsed := time.Since(start)
		i := slices.IndexFunc(kinds, func(kd keyKind) bool { return kd.match(k) })
		if i < 0 {
			t.Errorf("key %q is of no known kind (add its kind and TTL to this test)", k)
			continue
		}
		kd := kinds[i]
		seen[kd.kind]++
		if ttl > kd.want || ttl < kd.want-elapsed-time.Millisecond {
			t.Errorf("%s key %q has TTL %v, want %v", kd.kind, k, ttl, kd.want)
		}
	}
	for _, kd := range kinds {
		if seen[kd.kind] == 0 && (kd.memory || b.name != "memory") {
			t.Errorf("no %s key written", kd.kind)
		}
	}
}

func testBeginCost(t *testing.T, b backend) {
	ctx := context.Background()
	// One message holding five questions costs five of a limit of six.
	turn := triage.Turn{EventID: "Ev1", Channel: "D1", TS: "1.1", Conversation: "D1:1.1", UserID: "U1",
		Surface: "dm", Questions: []string{"five questions"}, RateLimit: 6, Cost: 5}
	if res, err := b.s.Begin(ctx, "T1", turn); err != nil || !res.Allowed {
		t.Fatalf("Begin(cost 5 of 6) = %+v, %v; want allowed", res, err)
	}
	next := triage.Turn{EventID: "Ev2", Channel: "D1", TS: "1.2", Conversation: "D1:1.1", UserID: "U1",
		Surface: "dm", Questions: []string{"two more"}, RateLimit: 6, Cost: 2}
	if res, err := b.s.Begin(ctx, "T1", next); err != nil || !res.Owned || res.Allowed {
		t.Fatalf("Begin(cost 2 more) = %+v, %v; want owned and refused", res, err)
	}
}

func testCache(t *testing.T, b backend) {
	ctx := context.Background()
	if _, ok, err := b.s.CacheGet(ctx, "llm:summary:abc"); ok || err != nil {
		t.Fatalf("CacheGet(missing) = %v, %v; want a miss", ok, err)
	}
	if err := b.s.CacheSet(ctx, "llm:summary:abc", []byte(`{"v":1}`), time.Hour); err != nil {
		t.Fatalf("CacheSet: %v", err)
	}
	v, ok, err := b.s.CacheGet(ctx, "llm:summary:abc")
	if err != nil || !ok || string(v) != `{"v":1}` {
		t.Fatalf("CacheGet = %q, %v, %v", v, ok, err)
	}
	if b.advance != nil {
		b.advance(time.Hour + time.Second)
		if _, ok, _ := b.s.CacheGet(ctx, "llm:summary:abc"); ok {
			t.Error("cache entry outlived its TTL")
		}
	}
}
