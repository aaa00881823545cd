package main

// End-to-end tests of the bot with its state in Redis: real Socket Mode and Web
// API (internal/slacktest), the real state store and, between them and Redis,
// a TCP proxy the tests can cut. Redis is REDIS_TEST_URL when set (each test
// uses a key prefix of its own and deletes only its keys), miniredis otherwise.

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"log/slog"
	"net"
	"net/url"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"
	"github.com/redis/go-redis/v9/maintnotifications"
	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"

	"github.com/socbot/socbot/bot"
	"github.com/socbot/socbot/internal/netfault"
	"github.com/socbot/socbot/internal/slacktest"
	"github.com/socbot/socbot/internal/state"
	"github.com/socbot/socbot/internal/triage"
)

const (
	e2eChannel = "C0SALES01"
	e2eDM      = "D0ALICE01"
	e2eUser    = "U0ALICE01"
	e2eMention = "<@" + slacktest.BotUserID + "> "
)

// testRedis is the Redis the test talks to through its proxy.
type testRedis struct {
	url    string // the server itself
	mr     *miniredis.Miniredis
	prefix string
}

// newTestRedis returns REDIS_TEST_URL's server, or a fresh miniredis. The
// test's keys (and only those) are deleted when it ends.
func newTestRedis(t *testing.T, forceMini bool) testRedis {
	t.Helper()
	var b [6]byte
	_, _ = rand.Read(b[:])
	r := testRedis{prefix: "sbe2e-" + hex.EncodeToString(b[:])}
	if u := os.Getenv("REDIS_TEST_URL"); u != "" && !forceMini {
		r.url = u
		t.Cleanup(func() { deletePrefix(t, u, r.prefix) })
		return r
	}
	r.mr = miniredis.RunT(t)
	r.url = "redis://" + r.mr.Addr() + "/0"
	return r
}

func deletePrefix(t *testing.T, rawURL, prefix string) {
	opt, err := redis.ParseURL(rawURL)
	if err != nil {
		t.Errorf("REDIS_TEST_URL: %v", err)
		return
	}
	c := redis.NewClient(opt)
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	iter := c.Scan(ctx, 0, prefix+":*", 500).Iterator()
	var ks []string
	for iter.Next(ctx) {
		ks = append(ks, iter.Val())
	}
	if len(ks) > 0 {
		if err := c.Del(ctx, ks...).Err(); err != nil {
			t.Errorf("delete test keys: %v", err)
		}
	}
}

// startProxy puts a TCP proxy the test can cut in front of Redis.
func startProxy(t *testing.T, target string) *netfault.Proxy {
	t.Helper()
	p, err := netfault.New(target)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.Close)
	return p
}

// redisAddr is the host:port of a Redis URL.
func redisAddr(t *testing.T, redisURL string) string {
	t.Helper()
	u, err := url.Parse(redisURL)
	if err != nil {
		t.Fatal(err)
	}
	return u.Host
}

// proxiedURL is the Redis URL through the proxy.
func proxiedURL(t *testing.T, p *netfault.Proxy, redisURL string) string {
	t.Helper()
	u, err := url.Parse(redisURL)
	if err != nil {
		t.Fatal(err)
	}
	u.Host = p.Addr()
	return u.String()
}

// replica is one socbot process: a bot with its own store and connections.
type replica struct {
	bot     *bot.Bot
	store   *state.Resilient
	seen    *seenStore
	workers int
}

type replicaOpts struct {
	redisURL  string
	prefix    string
	rateLimit int
	stateTTL  time.Duration
	// workers is bot.Config.Workers (0: 4); sentinel needs 1.
	workers int
	// onClaim, when set, is called with the channel of each event as the bot
	// starts deciding its claim, before the store is asked.
	onClaim func(channel string)
}

// e2eOpTimeout is the deadline of each Redis call in these tests. SOC_REDIS_TIMEOUT
// allows at most 300 ms, and a call past its deadline is an outage to the store:
// it answers from process memory, so two replicas both answer. Under the race
// detector on a busy machine, first calls over a cold connection pool took longer,
// which turned the tests of a healthy Redis into outage tests. The outage tests
// refuse connections or kill redis-server, which the client notices at once
// whatever the deadline.
const e2eOpTimeout = 5 * time.Second

// openStore builds the store as state.Open does (a client that fails fast, the
// scripts loaded, process memory beside Redis), with e2eOpTimeout for every
// deadline, which state.Open would refuse as SOC_REDIS_TIMEOUT.
func openStore(t *testing.T, o replicaOpts, log *slog.Logger) *state.Resilient {
	t.Helper()
	cfg := state.Config{URL: o.redisURL, Prefix: o.prefix, StateTTL: o.stateTTL,
		OpTimeout: e2eOpTimeout, BreakerCooldown: 100 * time.Millisecond}
	opt, err := redis.ParseURL(o.redisURL)
	if err != nil {
		t.Fatal(err)
	}
	opt.MaxRetries = 1
	opt.DialTimeout = e2eOpTimeout
	opt.ReadTimeout, opt.WriteTimeout, opt.PoolTimeout = e2eOpTimeout, e2eOpTimeout, e2eOpTimeout
	opt.ContextTimeoutEnabled = true
	opt.DisableIdentity = true
	opt.MaintNotificationsConfig = &maintnotifications.Config{Mode: maintnotifications.ModeDisabled}
	r := state.NewRedis(redis.NewClient(opt), cfg)
	if err := r.LoadScripts(context.Background()); err != nil {
		t.Fatalf("load scripts: %v", err)
	}
	return state.NewResilient(r, state.NewMemory(cfg), log)
}

// seenStore is the store as the bot sees it, counting the events whose claim it
// has decided and how many of those it was granted, so that a test can wait
// until both replicas are done with a batch instead of sleeping for a while.
type seenStore struct {
	*state.Resilient
	decided, granted atomic.Int64
	sentinels        atomic.Int64 // claims of sentinel events decided
	onClaim          func(channel string)
}

func (s *seenStore) ClaimEvent(ctx context.Context, team, eventID, channel, ts string) (bool, error) {
	s.entered(channel)
	ok, err := s.Resilient.ClaimEvent(ctx, team, eventID, channel, ts)
	s.count(channel, ok || err != nil) // the bot answers when the store fails
	return ok, err
}

func (s *seenStore) Begin(ctx context.Context, team string, turn triage.Turn) (triage.TurnResult, error) {
	s.entered(turn.Channel)
	res, err := s.Resilient.Begin(ctx, team, turn)
	s.count(turn.Channel, res.Owned || err != nil)
	return res, err
}

func (s *seenStore) entered(channel string) {
	if s.onClaim != nil {
		s.onClaim(channel)
	}
}

func (s *seenStore) count(channel string, granted bool) {
	if channel == e2eSentinel {
		s.sentinels.Add(1)
		return
	}
	if granted {
		s.granted.Add(1)
	}
	s.decided.Add(1)
}

// startReplica runs a bot wired as `socbot run` wires it against the fake
// Slack, until the test ends.
func startReplica(t *testing.T, srv *slacktest.Server, o replicaOpts) *replica {
	t.Helper()
	log := e2eLogger()
	eng, err := triage.NewEngine()
	if err != nil {
		t.Fatal(err)
	}
	deps := bot.Deps{
		Slack: slack.New(slacktest.BotToken, slack.OptionAppLevelToken(slacktest.AppToken), slack.OptionAPIURL(srv.URL),
			slack.OptionHTTPClient(bot.NewHTTPClient(10*time.Second))),
		Engine:        eng,
		SocketOptions: []socketmode.Option{socketmode.OptionPingInterval(3 * time.Second)},
	}
	st := openStore(t, o, log)
	seen := &seenStore{Resilient: st, onClaim: o.onClaim}
	deps.Store = seen
	workers := o.workers
	if workers == 0 {
		workers = 4
	}
	b, err := bot.New(bot.Config{Workers: workers, DedupeTTL: 15 * time.Minute, RateLimit: o.rateLimit}, deps, log)
	if err != nil {
		t.Fatal(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.Run(ctx) }()
	t.Cleanup(func() {
		stop()
		select {
		case <-done:
		case <-time.After(15 * time.Second):
			t.Error("bot did not stop")
		}
		st.Close()
	})
	return &replica{bot: b, store: st, seen: seen, workers: workers}
}

// e2eSentinel is the channel of the sentinel's mention (see sentinel).
const e2eSentinel = "C0SENTINEL"

// sentinel returns once each replica has fully handled every event sent
// before it, so that a check that something did NOT happen needs no pause.
// It sends a mention (to every replica when the fake broadcasts) and waits
// until each replica has decided its claim. Each replica reads its one
// connection in order, dispatches in that order and, with one worker, runs
// one handler at a time, first in first out; a handler decides its claim
// first thing, so a replica deciding the sentinel's claim has returned from
// every earlier handler, Slack calls and all. The sentinel's own answer is
// posted in e2eSentinel: count posts with postsExceptSentinel.
func sentinel(t *testing.T, srv *slacktest.Server, reps ...*replica) {
	t.Helper()
	var before []int64
	for _, r := range reps {
		if r.workers != 1 {
			t.Fatalf("sentinel needs replicas with one worker, not %d: events would not be handled in order", r.workers)
		}
		before = append(before, r.seen.sentinels.Load())
	}
	if _, _, err := srv.SendEvent(waitCtx(t, 10*time.Second), slacktest.Mention(e2eSentinel, "U0SENTRY1", e2eMention+"Do you encrypt the sentinel?", srv.NextTS(), ""), slacktest.EventOpts{}); err != nil {
		t.Fatal(err)
	}
	if !until(30*time.Second, func() bool {
		for i, r := range reps {
			if r.seen.sentinels.Load() <= before[i] {
				return false
			}
		}
		return true
	}) {
		t.Fatal("the sentinel's claim was never decided")
	}
}

// postsExceptSentinel is every chat.postMessage but the sentinels' answers.
func postsExceptSentinel(srv *slacktest.Server) []slacktest.Call {
	var out []slacktest.Call
	for _, c := range srv.Calls("chat.postMessage") {
		if c.Params.Get("channel") != e2eSentinel {
			out = append(out, c)
		}
	}
	return out
}

// settled is where a batch of events starts: what each replica had decided and
// been granted, and how many posts the fake Slack had, before the batch.
type settled struct {
	decided, granted [2]int64
	posts            int
}

func mark(srv *slacktest.Server, reps [2]*replica) settled {
	var s settled
	for i, r := range reps {
		s.decided[i], s.granted[i] = r.seen.decided.Load(), r.seen.granted.Load()
	}
	s.posts = len(srv.Calls("chat.postMessage"))
	return s
}

// settle waits until each replica has decided the claim of n events since from
// and every claim granted since then has been answered by a post.
func settle(t *testing.T, srv *slacktest.Server, reps [2]*replica, from settled, n int) {
	t.Helper()
	var now settled
	ok := until(30*time.Second, func() bool {
		now = mark(srv, reps)
		granted := now.granted[0] - from.granted[0] + now.granted[1] - from.granted[1]
		return now.decided[0]-from.decided[0] >= int64(n) && now.decided[1]-from.decided[1] >= int64(n) &&
			int64(now.posts-from.posts) >= granted
	})
	if !ok {
		t.Fatalf("replicas not done with %d events: before %+v, now %+v", n, from, now)
	}
}

func e2eLogger() *slog.Logger {
	if os.Getenv("SOCBOT_TEST_LOGS") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.DiscardHandler)
}

func waitCtx(t *testing.T, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

// until polls cond every 20 ms until it holds or d passes.
func until(d time.Duration, cond func() bool) bool {
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		if cond() {
			return true
		}
		time.Sleep(20 * time.Millisecond)
	}
	return cond()
}

// answersByThread counts socbot's posts per thread_ts in channel.
func answersByThread(srv *slacktest.Server, channel string) map[string]int {
	n := map[string]int{}
	for _, c := range srv.Calls("chat.postMessage") {
		if c.Params.Get("channel") == channel {
			n[c.Params.Get("thread_ts")]++
		}
	}
	return n
}

// sendMentions delivers one mention per question and waits for every ack;
// it returns the mentions' ts.
func sendMentions(t *testing.T, srv *slacktest.Server, user string, qs []string) ([]string, []time.Duration) {
	t.Helper()
	ctx := waitCtx(t, 20*time.Second)
	var tss []string
	var envs []string
	for _, q := range qs {
		ts := srv.NextTS()
		env, _, err := srv.SendEvent(ctx, slacktest.Mention(e2eChannel, user, e2eMention+q, ts, ""), slacktest.EventOpts{})
		if err != nil {
			t.Fatal(err)
		}
		tss, envs = append(tss, ts), append(envs, env)
	}
	var lat []time.Duration
	for _, env := range envs {
		a, err := srv.WaitAck(ctx, env)
		if err != nil {
			t.Fatal(err)
		}
		lat = append(lat, a.Latency)
	}
	return tss, lat
}

var e2eQuestions = []string{
	"Do you encrypt backups at rest?",
	"Do you have a SOC 1 report covering payroll processing?",
	"Is multi-factor authentication enforced for administrators?",
	"How often do you review user access?",
	"Do you perform background checks on employees?",
	"Is there an incident response plan tested annually?",
}

// twoReplicas starts a fake Slack that delivers every envelope to both of
// two bots, each with its own store over its own connections to one Redis.
func twoReplicas(t *testing.T, o replicaOpts) (*slacktest.Server, [2]*replica) {
	t.Helper()
	srv := slacktest.New(slacktest.WithPingInterval(200 * time.Millisecond))
	t.Cleanup(srv.Close)
	srv.Broadcast(true)
	r := [2]*replica{startReplica(t, srv, o), startReplica(t, srv, o)}
	if err := srv.WaitOpen(waitCtx(t, 15*time.Second), 2); err != nil {
		t.Fatalf("two Socket Mode connections not open: %v", err)
	}
	return srv, r
}

// TestTwoReplicasAnswerEachQuestionOnce delivers every envelope to two bots
// sharing one Redis: each question is answered exactly once, and a
// redelivered envelope (Slack's retry) not at all.
func TestTwoReplicasAnswerEachQuestionOnce(t *testing.T) {
	rd := newTestRedis(t, false)
	srv, reps := twoReplicas(t, replicaOpts{redisURL: rd.url, prefix: rd.prefix})

	var qs []string
	for range 3 {
		qs = append(qs, e2eQuestions...)
	}
	from := mark(srv, reps)
	tss, _ := sendMentions(t, srv, e2eUser, qs)
	// A retry of the first event, delivered to both again.
	ctx := waitCtx(t, 10*time.Second)
	if _, _, err := srv.SendEvent(ctx, slacktest.Mention(e2eChannel, e2eUser, e2eMention+qs[0], tss[0], ""),
		slacktest.EventOpts{RetryAttempt: 1}); err != nil {
		t.Fatal(err)
	}
	settle(t, srv, reps, from, len(qs)+1)
	got := answersByThread(srv, e2eChannel)
	for _, ts := range tss {
		if got[ts] != 1 {
			t.Errorf("question in %s answered %d times, want exactly once", ts, got[ts])
		}
	}
	if n := len(srv.Calls("chat.postMessage")); n != len(qs) {
		t.Errorf("%d answers posted for %d questions", n, len(qs))
	}
}

// TestRedisOutageKeepsAnswering cuts Redis in the middle of a run: both bots
// keep answering (each question at most once per process), say they are
// degraded, and share Redis again by themselves when it is back.
func TestRedisOutageKeepsAnswering(t *testing.T) {
	rd := newTestRedis(t, false)
	p := startProxy(t, redisAddr(t, rd.url))
	srv, reps := twoReplicas(t, replicaOpts{redisURL: proxiedURL(t, p, rd.url), prefix: rd.prefix})
	checkOutage(t, srv, reps, func() { p.Set(netfault.Refuse) }, func() { p.Set(netfault.Up) })
}

// checkOutage runs questions past two replicas with Redis up, then down
// (cut), then back (restore).
func checkOutage(t *testing.T, srv *slacktest.Server, reps [2]*replica, cut, restore func()) {
	t.Helper()
	// A Redis just started may still refuse the first calls: begin shared.
	if !until(10*time.Second, func() bool { return !reps[0].store.Degraded() && !reps[1].store.Degraded() }) {
		t.Fatal("stores degraded before the outage")
	}
	// Up: exactly once. Both replicas are done with every question before the
	// cut: a claim still on its way would meet the outage and be granted from memory.
	from := mark(srv, reps)
	up, lat1 := sendMentions(t, srv, e2eUser, e2eQuestions)
	settle(t, srv, reps, from, len(up))

	// Down: every question still answered, once per process at most.
	cut()
	from = mark(srv, reps)
	before := from.posts
	down, lat2 := sendMentions(t, srv, "U0BOB0001", e2eQuestions)
	settle(t, srv, reps, from, len(down))
	if !until(10*time.Second, func() bool { return reps[0].store.Degraded() && reps[1].store.Degraded() }) {
		t.Errorf("stores not degraded while Redis is down: %v, %v", reps[0].store.Degraded(), reps[1].store.Degraded())
	}
	got := answersByThread(srv, e2eChannel)
	for _, ts := range down {
		if got[ts] < 1 || got[ts] > 2 {
			t.Errorf("question in %s answered %d times while Redis was down, want 1 or 2 (two processes)", ts, got[ts])
		}
	}
	for _, ts := range up {
		if got[ts] != 1 {
			t.Errorf("question in %s answered %d times (Redis up, then down), want exactly once", ts, got[ts])
		}
	}
	if n := len(srv.Calls("chat.postMessage")) - before; n > 2*len(down) {
		t.Errorf("%d posts while Redis was down for %d questions: %v", n, len(down), got)
	}
	t.Logf("while Redis was down: %d answers for %d questions", len(srv.Calls("chat.postMessage"))-before, len(down))

	// Back: both recover by themselves, and answer exactly once again.
	restore()
	restored := time.Now()
	if !until(15*time.Second, func() bool { return !reps[0].store.Degraded() && !reps[1].store.Degraded() }) {
		t.Fatal("stores still degraded after Redis came back")
	}
	t.Logf("recovered %s after Redis came back", time.Since(restored).Round(10*time.Millisecond))
	from = mark(srv, reps)
	again, lat3 := sendMentions(t, srv, "U0CAROL01", e2eQuestions)
	settle(t, srv, reps, from, len(again))
	got = answersByThread(srv, e2eChannel)
	for _, ts := range again {
		if got[ts] != 1 {
			t.Errorf("question in %s answered %d times after recovery, want exactly once", ts, got[ts])
		}
	}
	lat := slices.Concat(lat1, lat2, lat3)
	slices.Sort(lat)
	t.Logf("acks: %d, max latency %s (all envelopes acked, Redis up, down and back)", len(lat), lat[len(lat)-1])
}

// waitAnswerSaved waits until conversation id records socbot's answer.
func waitAnswerSaved(t *testing.T, st *state.Resilient, id string) triage.Conversation {
	t.Helper()
	var conv triage.Conversation
	ok := until(10*time.Second, func() bool {
		c, found, err := st.GetConversation(context.Background(), slacktest.TeamID, id)
		conv = c
		return err == nil && found && c.AnswerTS != ""
	})
	if !ok {
		t.Fatalf("conversation %s never recorded the answer: %+v", id, conv)
	}
	return conv
}

// TestDMFollowUpUpdatesAnswer: a follow-up in a DM thread, handled by either
// replica, adds to the thread's questions and updates socbot's earlier answer.
func TestDMFollowUpUpdatesAnswer(t *testing.T) {
	rd := newTestRedis(t, false)
	srv, reps := twoReplicas(t, replicaOpts{redisURL: rd.url, prefix: rd.prefix, workers: 1})
	ctx := waitCtx(t, 20*time.Second)

	root := srv.NextTS()
	if _, _, err := srv.SendEvent(ctx, slacktest.DirectMessage(e2eDM, e2eUser, e2eQuestions[0], root, ""), slacktest.EventOpts{}); err != nil {
		t.Fatal(err)
	}
	posts, err := srv.WaitCalls(ctx, "chat.postMessage", 1)
	if err != nil {
		t.Fatal(err)
	}
	if posts[0].Params.Get("thread_ts") != "" {
		t.Fatalf("answer in thread %q, want the top of the DM", posts[0].Params.Get("thread_ts"))
	}
	conv := waitAnswerSaved(t, reps[0].store, e2eDM+":"+root)

	follow := srv.NextTS()
	if _, _, err := srv.SendEvent(ctx, slacktest.DirectMessage(e2eDM, e2eUser, e2eQuestions[1], follow, root), slacktest.EventOpts{}); err != nil {
		t.Fatal(err)
	}
	ups, err := srv.WaitCalls(ctx, "chat.update", 1)
	if err != nil {
		t.Fatal(err)
	}
	sentinel(t, srv, reps[:]...)
	if n := len(postsExceptSentinel(srv)); n != 1 {
		t.Errorf("%d messages posted; the follow-up should update the answer, not post another", n)
	}
	if n := len(srv.Calls("chat.update")); n != 1 {
		t.Errorf("%d updates, want 1 (once, by one replica)", n)
	}
	u := ups[0].Params
	if u.Get("ts") != conv.AnswerTS || u.Get("channel") != e2eDM {
		t.Errorf("updated %s/%s, want the earlier answer %s/%s", u.Get("channel"), u.Get("ts"), e2eDM, conv.AnswerTS)
	}
	if !strings.Contains(u.Get("blocks"), "2 messages of this thread") {
		t.Errorf("updated answer does not cover both messages: %.300s", u.Get("blocks"))
	}
	c, _, err := reps[1].store.GetConversation(context.Background(), slacktest.TeamID, e2eDM+":"+root)
	if err != nil || !slices.Equal(c.Questions, e2eQuestions[:2]) {
		t.Errorf("shared conversation = %q, %v; want both questions in order", c.Questions, err)
	}
}

// TestConversationExpires: after SOC_STATE_TTL the thread's questions are
// gone, so a late follow-up is answered on its own, in a new reply.
func TestConversationExpires(t *testing.T) {
	rd := newTestRedis(t, true) // needs miniredis's clock
	srv := slacktest.New(slacktest.WithPingInterval(200 * time.Millisecond))
	t.Cleanup(srv.Close)
	r := startReplica(t, srv, replicaOpts{redisURL: rd.url, prefix: rd.prefix, stateTTL: time.Hour})
	ctx := waitCtx(t, 20*time.Second)
	if err := srv.WaitOpen(ctx, 1); err != nil {
		t.Fatal(err)
	}
	root := srv.NextTS()
	if _, _, err := srv.SendEvent(ctx, slacktest.DirectMessage(e2eDM, e2eUser, e2eQuestions[0], root, ""), slacktest.EventOpts{}); err != nil {
		t.Fatal(err)
	}
	id := e2eDM + ":" + root
	waitAnswerSaved(t, r.store, id)
	rd.mr.FastForward(time.Hour + time.Second)
	if _, found, _ := r.store.GetConversation(context.Background(), slacktest.TeamID, id); found {
		t.Fatal("conversation outlived SOC_STATE_TTL")
	}
	follow := srv.NextTS()
	if _, _, err := srv.SendEvent(ctx, slacktest.DirectMessage(e2eDM, e2eUser, e2eQuestions[1], follow, root), slacktest.EventOpts{}); err != nil {
		t.Fatal(err)
	}
	posts, err := srv.WaitCalls(ctx, "chat.postMessage", 2)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(srv.Calls("chat.update")); n != 0 {
		t.Errorf("%d updates of an answer whose conversation expired", n)
	}
	if strings.Contains(posts[1].Params.Get("blocks"), "messages of this thread") {
		t.Errorf("late follow-up answered with the expired questions: %.300s", posts[1].Params.Get("blocks"))
	}
}

// responses returns the bodies posted to response_url.
func responses(srv *slacktest.Server) []string {
	var out []string
	for _, c := range srv.Calls("response_url") {
		out = append(out, string(c.Body))
	}
	return out
}

func waitResponse(t *testing.T, srv *slacktest.Server, n int, want string) string {
	t.Helper()
	calls, err := srv.WaitCalls(waitCtx(t, 10*time.Second), "response_url", n)
	if err != nil {
		t.Fatalf("no answer through response_url: %v", err)
	}
	var msg struct {
		Text         string `json:"text"`
		ResponseType string `json:"response_type"`
	}
	if err := json.Unmarshal(calls[n-1].Body, &msg); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(msg.Text, want) || msg.ResponseType != "ephemeral" {
		t.Errorf("response %q (%s), want an ephemeral one containing %q", msg.Text, msg.ResponseType, want)
	}
	return msg.Text
}

// TestSlashForget: /soc forget deletes the caller's conversations at once and
// says so; while Redis is down it says it could not.
func TestSlashForget(t *testing.T) {
	rd := newTestRedis(t, false)
	p := startProxy(t, redisAddr(t, rd.url))
	srv := slacktest.New(slacktest.WithPingInterval(200 * time.Millisecond))
	t.Cleanup(srv.Close)
	r := startReplica(t, srv, replicaOpts{redisURL: proxiedURL(t, p, rd.url), prefix: rd.prefix})
	ctx := waitCtx(t, 20*time.Second)
	if err := srv.WaitOpen(ctx, 1); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, q := range e2eQuestions[:2] {
		root := srv.NextTS()
		if _, _, err := srv.SendEvent(ctx, slacktest.DirectMessage(e2eDM, e2eUser, q, root, ""), slacktest.EventOpts{}); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, e2eDM+":"+root)
	}
	for _, id := range ids {
		waitAnswerSaved(t, r.store, id)
	}
	// Someone else's conversation stays.
	other := srv.NextTS()
	if _, _, err := srv.SendEvent(ctx, slacktest.DirectMessage("D0BOB0001", "U0BOB0001", e2eQuestions[2], other, ""), slacktest.EventOpts{}); err != nil {
		t.Fatal(err)
	}
	waitAnswerSaved(t, r.store, "D0BOB0001:"+other)

	env, _, err := srv.SendSlash(ctx, slacktest.Slash{Channel: e2eChannel, User: e2eUser, Text: "forget"})
	if err != nil {
		t.Fatal(err)
	}
	if a, err := srv.WaitAck(ctx, env); err != nil || a.Payload != nil {
		t.Fatalf("forget ack = %+v, %v; want a bare ack (the store is not called before it)", a, err)
	}
	waitResponse(t, srv, 1, "deleted 2 conversations")
	for _, id := range ids {
		if _, found, _ := r.store.GetConversation(context.Background(), slacktest.TeamID, id); found {
			t.Errorf("conversation %s still stored after /soc forget", id)
		}
	}
	if _, found, _ := r.store.GetConversation(context.Background(), slacktest.TeamID, "D0BOB0001:"+other); !found {
		t.Error("/soc forget deleted another user's conversation")
	}

	p.Set(netfault.Refuse)
	if _, _, err := srv.SendSlash(ctx, slacktest.Slash{Channel: e2eChannel, User: e2eUser, Text: "forget"}); err != nil {
		t.Fatal(err)
	}
	waitResponse(t, srv, 2, "couldn't delete")
}

// TestRateLimitedUser: over SOC_RATE_LIMIT questions a minute, a user is told
// in the thread when to retry, and the other users are not affected.
func TestRateLimitedUser(t *testing.T) {
	rd := newTestRedis(t, false)
	srv, reps := twoReplicas(t, replicaOpts{redisURL: rd.url, prefix: rd.prefix, rateLimit: 3, workers: 1})
	ctx := waitCtx(t, 20*time.Second)

	// Mentions: three single questions pass, the fourth is refused.
	tss, _ := sendMentions(t, srv, e2eUser, e2eQuestions[:4])
	if _, err := srv.WaitCalls(ctx, "chat.postMessage", 4); err != nil {
		t.Fatal(err)
	}
	sentinel(t, srv, reps[:]...)
	var limited []string
	for _, c := range postsExceptSentinel(srv) {
		if strings.Contains(c.Params.Get("text"), "try again in") {
			limited = append(limited, c.Params.Get("thread_ts"))
		}
	}
	if len(limited) != 1 || !slices.Contains(tss, limited[0]) {
		t.Fatalf("rate-limit notices in threads %v, want exactly one, in one of %v", limited, tss)
	}
	if n := len(postsExceptSentinel(srv)); n != 4 {
		t.Errorf("%d posts for 4 mentions (3 answers and 1 notice) delivered to two replicas", n)
	}

	// A DM of the same user: refused too (one store call claims, limits,
	// appends), and without a second notice in the same minute.
	root := srv.NextTS()
	if _, _, err := srv.SendEvent(ctx, slacktest.DirectMessage(e2eDM, e2eUser, e2eQuestions[4], root, ""), slacktest.EventOpts{}); err != nil {
		t.Fatal(err)
	}
	sentinel(t, srv, reps[:]...)
	if n := len(postsExceptSentinel(srv)); n != 4 {
		t.Errorf("%d posts after a DM over the limit, want still 4 (one notice a minute)", n)
	}

	// Another user is answered.
	other, _ := sendMentions(t, srv, "U0BOB0001", e2eQuestions[:1])
	var posts []slacktest.Call
	if !until(10*time.Second, func() bool { posts = postsExceptSentinel(srv); return len(posts) >= 5 }) {
		t.Fatalf("%d posts, want the other user's answer as the fifth", len(posts))
	}
	if p := posts[4].Params; p.Get("thread_ts") != other[0] || strings.Contains(p.Get("text"), "try again in") {
		t.Errorf("other user got %q, want an answer", p.Get("text"))
	}
}

// TestFeedbackRecorded: a 👎 is stored with its rule ids (no text), where
// `socbot feedback` reads it.
func TestFeedbackRecorded(t *testing.T) {
	rd := newTestRedis(t, false)
	srv := slacktest.New(slacktest.WithPingInterval(200 * time.Millisecond))
	t.Cleanup(srv.Close)
	r := startReplica(t, srv, replicaOpts{redisURL: rd.url, prefix: rd.prefix})
	ctx := waitCtx(t, 20*time.Second)
	if err := srv.WaitOpen(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if _, _, err := srv.SendBlockAction(ctx, slacktest.Action{Channel: e2eChannel, User: e2eUser,
		ActionID: "socbot_feedback_down", Value: "rules:soc2-encryption,soc1-itgc;report:both;q:q1,q2", MessageTS: srv.NextTS()}); err != nil {
		t.Fatal(err)
	}
	waitResponse(t, srv, 1, "Thanks")
	var fb []triage.Feedback
	ok := until(5*time.Second, func() bool {
		var err error
		fb, err = r.store.ListFeedback(context.Background(), time.Now().Add(-time.Hour))
		return err == nil && len(fb) == 1
	})
	if !ok {
		t.Fatalf("feedback stored = %+v, want one vote", fb)
	}
	if f := fb[0]; f.Vote != triage.VoteDown || f.UserID != e2eUser || !slices.Equal(f.Rules, []string{"soc2-encryption", "soc1-itgc"}) ||
		f.Report != "both" || !slices.Equal(f.QuestionIDs, []string{"q1", "q2"}) {
		t.Errorf("stored vote = %+v", f)
	}
}

// TestRoundTripsPerQuestion counts what the bot's path costs in Redis round
// trips for a new question: a mention claims the event and takes from the
// rate limit (2); a DM claims, limits and appends in one script, then records
// where the answer went (2). With one worker, an event's round trips are those
// between the start of its claim (a handler's first store call) and the start
// of the claim of the sentinel sent after it.
func TestRoundTripsPerQuestion(t *testing.T) {
	rd := newTestRedis(t, false)
	p := startProxy(t, redisAddr(t, rd.url))
	srv := slacktest.New(slacktest.WithPingInterval(200 * time.Millisecond))
	t.Cleanup(srv.Close)
	var (
		mu     sync.Mutex
		claims = map[string]int64{} // channel → round trips so far when its latest claim began
	)
	r := startReplica(t, srv, replicaOpts{redisURL: proxiedURL(t, p, rd.url), prefix: rd.prefix, rateLimit: 60, workers: 1,
		onClaim: func(channel string) {
			mu.Lock()
			defer mu.Unlock()
			claims[channel] = p.Sends()
		}})
	began := func(channel string) int64 {
		mu.Lock()
		defer mu.Unlock()
		return claims[channel]
	}
	ctx := waitCtx(t, 20*time.Second)
	if err := srv.WaitOpen(ctx, 1); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		event func(ts string) map[string]any
	}{
		{"mention", func(ts string) map[string]any {
			return slacktest.Mention(e2eChannel, e2eUser, e2eMention+e2eQuestions[0], ts, "")
		}},
		{"dm", func(ts string) map[string]any {
			return slacktest.DirectMessage(e2eDM, e2eUser, e2eQuestions[1], ts, "")
		}},
	}
	for i, tt := range tests {
		ev := tt.event(srv.NextTS())
		if _, _, err := srv.SendEvent(ctx, ev, slacktest.EventOpts{}); err != nil {
			t.Fatal(err)
		}
		sentinel(t, srv, r)
		if n := len(postsExceptSentinel(srv)); n != i+1 {
			t.Fatalf("%s: %d answers, want %d", tt.name, n, i+1)
		}
		n := began(e2eSentinel) - began(ev["channel"].(string))
		t.Logf("%s: %d Redis round trips", tt.name, n)
		if n < 1 || n > 2 {
			t.Errorf("%s: %d Redis round trips for a new question, want 1 or 2", tt.name, n)
		}
	}
}

// redisProcess is a redis-server the test starts, kills and starts again on
// the same port.
type redisProcess struct {
	bin  string
	port int
	cmd  *exec.Cmd
}

func (r *redisProcess) start(t *testing.T) {
	t.Helper()
	r.cmd = exec.Command(r.bin, "--port", strconv.Itoa(r.port), "--bind", "127.0.0.1",
		"--save", "", "--appendonly", "no", "--daemonize", "no", "--loglevel", "warning")
	if err := r.cmd.Start(); err != nil {
		t.Fatalf("start redis-server: %v", err)
	}
	addr := "127.0.0.1:" + strconv.Itoa(r.port)
	if !until(10*time.Second, func() bool {
		c, err := net.DialTimeout("tcp", addr, 100*time.Millisecond)
		if err == nil {
			c.Close()
		}
		return err == nil
	}) {
		t.Fatal("redis-server did not start")
	}
}

func (r *redisProcess) kill() {
	if r.cmd != nil && r.cmd.Process != nil {
		_ = r.cmd.Process.Kill()
		_ = r.cmd.Wait()
		r.cmd = nil
	}
}

// TestRedisServerKilledAndRestarted is the outage with a real redis-server
// process killed mid-run and started again (skipped where none is installed).
func TestRedisServerKilledAndRestarted(t *testing.T) {
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		t.Skip("redis-server not installed")
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	rp := &redisProcess{bin: bin, port: port}
	rp.start(t)
	t.Cleanup(rp.kill)
	url := "redis://127.0.0.1:" + strconv.Itoa(port) + "/0"
	srv, reps := twoReplicas(t, replicaOpts{redisURL: url, prefix: "sbe2e"})
	checkOutage(t, srv, reps, rp.kill, func() { rp.start(t) })
}
