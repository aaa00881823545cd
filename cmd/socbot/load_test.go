package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/socbot/socbot/internal/slacktest"
	"github.com/socbot/socbot/internal/testlog"
)

// burst is the shape of a load run.
type burst struct {
	mentions, channels, slashes int
	over                        time.Duration
	// binary runs `socbot run` as its own process (built by the test, or
	// SOCBOT_BIN), as in production; otherwise it runs in the test process.
	binary bool
}

// burstResult is what a load run measured.
type burstResult struct {
	envelopes, slashInAck, slashLater int
	acks, answers, slashAnswers       []time.Duration
	peakRSS, finalRSS, peakHeap       int64 // bytes; 0 when not measured
}

// TestLoadBurst replays the acceptance burst against the built binary: 500
// mentions over 10 seconds across 20 channels (half of them watched, so each
// mention also arrives as a channel message; every tenth redelivered as Slack
// does after a slow ack) and 100 /soc commands, half short enough to be
// answered in the ack and half long ones answered through response_url. It
// reports ack and answer latency percentiles and the bot process's memory.
// About a minute, most of it building the binary; opt-in:
//
//	SOCBOT_LOAD=1 go test ./cmd/socbot -run TestLoadBurst -v
//
// SOCBOT_BIN=/path/to/socbot uses that binary instead of building one;
// SOCBOT_LOAD_MENTIONS, SOCBOT_LOAD_SLASHES and SOCBOT_LOAD_SECONDS resize the
// burst; SOCBOT_LOAD_REDIS_URL keeps state in that Redis (under a fresh key
// prefix) instead of process memory; SOCBOT_LOAD_LOG_LEVEL and
// SOCBOT_LOAD_LOGS=FILE keep the bot's log for a look afterwards.
func TestLoadBurst(t *testing.T) {
	if os.Getenv("SOCBOT_LOAD") == "" {
		t.Skip("set SOCBOT_LOAD=1 to run the load test (TestLoadSmoke is its short version)")
	}
	b := burst{mentions: envInt("SOCBOT_LOAD_MENTIONS", 500), channels: 20, slashes: envInt("SOCBOT_LOAD_SLASHES", 100),
		over: time.Duration(envInt("SOCBOT_LOAD_SECONDS", 10)) * time.Second, binary: true}
	r := runBurst(t, b)
	t.Logf("burst: %d mentions over %v across %d channels, %d /soc; %d envelopes in all", b.mentions, b.over, b.channels, b.slashes, r.envelopes)
	t.Logf("/soc: %d answered in the ack, %d through response_url", r.slashInAck, r.slashLater)
	t.Logf("ack latency        %s", percentiles(r.acks))
	t.Logf("answer latency     %s   (mention to chat.postMessage)", percentiles(r.answers))
	t.Logf("/soc answer        %s   (command to answer, in ack or response_url)", percentiles(r.slashAnswers))
	t.Logf("memory: peak RSS %s (VmHWM), RSS at end %s, peak Go heap in use %s", mib(r.peakRSS), mib(r.finalRSS), mib(r.peakHeap))
}

// TestLoadSmoke is a short burst through the same path in plain `go test`:
// every mention answered exactly once, every /soc answered, the numbers
// computed. It asserts no timing.
func TestLoadSmoke(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	r := runBurst(t, burst{mentions: 40, channels: 4, slashes: 8, over: 400 * time.Millisecond})
	if len(r.acks) != r.envelopes || len(r.slashAnswers) != 8 {
		t.Errorf("acks %d of %d envelopes, /soc answers %d of 8", len(r.acks), r.envelopes, len(r.slashAnswers))
	}
	t.Logf("ack %s; answer %s", percentiles(r.acks), percentiles(r.answers))
}

// runBurst starts `socbot run` against a fake Slack, replays b and checks that
// every mention is answered exactly once and every /soc answered.
func runBurst(t *testing.T, b burst) burstResult {
	t.Helper()
	srv := slacktest.New(slacktest.WithPingInterval(5 * time.Second))
	defer srv.Close()
	var watched []string
	for c := range b.channels / 2 {
		watched = append(watched, fmt.Sprintf("C0LOAD%03d", c))
	}
	env := map[string]string{
		"SLACK_APP_TOKEN": slacktest.AppToken, "SLACK_BOT_TOKEN": slacktest.BotToken, "SLACK_API_URL": srv.URL,
		"SOC_WATCH_CHANNELS": strings.Join(watched, ","), "SOC_LOG_LEVEL": "info",
	}
	if l := os.Getenv("SOCBOT_LOAD_LOG_LEVEL"); l != "" {
		env["SOC_LOG_LEVEL"] = l
	}
	if u := os.Getenv("SOCBOT_LOAD_REDIS_URL"); u != "" {
		env["REDIS_URL"] = u
		env["SOC_STATE_PREFIX"] = fmt.Sprintf("socbot-load-%d", time.Now().UnixNano())
	}
	setEnv(t, env)

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	logs := &testlog.Buffer{}
	code := make(chan int, 1)
	pid := 0
	if b.binary {
		bin := os.Getenv("SOCBOT_BIN")
		if bin == "" {
			bin = buildBinary(t)
		}
		cmd := exec.Command(bin, "run")
		cmd.Stderr = logs
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		pid = cmd.Process.Pid
		go func() {
			<-ctx.Done()
			_ = cmd.Process.Signal(syscall.SIGTERM)
		}()
		go func() {
			_ = cmd.Wait()
			code <- cmd.ProcessState.ExitCode()
		}()
	} else {
		go func() { code <- realMain(ctx, []string{"run"}, nil, &bytes.Buffer{}, logs) }()
	}
	wait, stop := context.WithTimeout(context.Background(), 2*time.Minute)
	defer stop()
	fail := func(format string, args ...any) {
		t.Helper()
		t.Fatalf(format+"\nwarnings and errors:\n%s\nlast logs:\n%s", append(args, problems(logs.String(), 40), tail(logs.String(), 10))...)
	}
	if err := srv.WaitConnections(wait, 1); err != nil {
		fail("no connection: %v", err)
	}
	metricsURL := "http://" + listenAddr(t, logs, wait) + "/metrics"

	// Peak Go heap, sampled from /metrics while the burst runs.
	var res burstResult
	sampleDone := make(chan struct{})
	sampleCtx, stopSampling := context.WithCancel(wait)
	go func() {
		defer close(sampleDone)
		for sampleCtx.Err() == nil {
			if m, err := scrape(sampleCtx, metricsURL); err == nil {
				res.peakHeap = max(res.peakHeap, m["go_memstats_heap_inuse_bytes"])
			}
			select {
			case <-sampleCtx.Done():
			case <-time.After(100 * time.Millisecond):
			}
		}
	}()

	longSlash := longQuestionnaire()
	var (
		mu       sync.Mutex
		sentAt   = map[string]time.Time{} // channel/ts of each mention
		envs     []string
		slashEnv = map[string]time.Time{} // envelope id → sent
		slashURL = map[string]string{}    // response_url path → envelope id
	)
	gap := b.over / time.Duration(b.mentions)
	slashEvery := max(1, b.mentions/max(1, b.slashes))
	slashesSent := 0
	start := time.Now()
	for i := range b.mentions {
		time.Sleep(time.Until(start.Add(time.Duration(i) * gap)))
		ch := fmt.Sprintf("C0LOAD%03d", i%b.channels)
		user := fmt.Sprintf("U0LOAD%04d", i) // the rate limit is per user
		ts := srv.NextTS()
		text := fmt.Sprintf("<@%s> Do you encrypt backups at rest, and is MFA enforced for remote access? (%d)", slacktest.BotUserID, i)
		at := time.Now()
		env, evID, err := srv.SendEvent(wait, slacktest.Mention(ch, user, text, ts, ""), slacktest.EventOpts{})
		if err != nil {
			fail("send: %v", err)
		}
		mu.Lock()
		sentAt[ch+"/"+ts] = at
		mu.Unlock()
		envs = append(envs, env)
		env, _, err = srv.SendEvent(wait, slacktest.ChannelMessage(ch, user, text, ts, ""), slacktest.EventOpts{})
		if err != nil {
			fail("send: %v", err)
		}
		envs = append(envs, env)
		if i%10 == 0 {
			env, _, err = srv.SendEvent(wait, slacktest.Mention(ch, user, text, ts, ""), slacktest.EventOpts{EventID: evID, RetryAttempt: 1, RetryReason: "timeout"})
			if err != nil {
				fail("send: %v", err)
			}
			envs = append(envs, env)
		}
		for ; slashesSent < b.slashes && slashesSent*slashEvery <= i; slashesSent++ {
			text := "Do you encrypt backups?\nDo you have a SOC 1 for payroll?"
			if slashesSent%2 == 1 {
				text = longSlash
			}
			at := time.Now()
			env, url, err := srv.SendSlash(wait, slacktest.Slash{Channel: ch, User: fmt.Sprintf("U0SLASH%03d", slashesSent), Text: text})
			if err != nil {
				fail("send: %v", err)
			}
			slashEnv[env] = at
			slashURL[urlPath(url)] = env
			envs = append(envs, env)
		}
	}

	for _, e := range envs {
		a, err := srv.WaitAck(wait, e)
		if err != nil {
			fail("ack of %s: %v", e, err)
		}
		res.acks = append(res.acks, a.Latency)
	}
	res.envelopes = len(envs)
	answersCtx, stopAnswers := context.WithTimeout(wait, 30*time.Second)
	if _, err := srv.WaitCalls(answersCtx, "chat.postMessage", b.mentions); err != nil {
		t.Errorf("answers: %v\nwarnings and errors:\n%s", err, problems(logs.String(), 40))
	}
	stopAnswers()
	acks := srv.Acks()
	for e, at := range slashEnv {
		if a := acks[e]; len(a.Payload) > 0 && string(a.Payload) != "null" {
			res.slashInAck++
			res.slashAnswers = append(res.slashAnswers, a.At.Sub(at))
		}
	}
	res.slashLater = len(slashEnv) - res.slashInAck
	if _, err := srv.WaitCalls(wait, "response_url", res.slashLater); err != nil {
		fail("/soc answers through response_url: %v", err)
	}
	stopSampling()
	<-sampleDone
	if m, err := scrape(wait, metricsURL); err == nil {
		res.finalRSS = m["process_resident_memory_bytes"]
		if !b.binary {
			res.finalRSS = 0 // the test process's, not the bot's alone
		}
	}
	if pid != 0 {
		res.peakRSS = vmHWM(pid)
	}
	cancel()
	select {
	case c := <-code:
		if c != 0 {
			t.Errorf("socbot run exited %d after SIGTERM, want 0\n%s", c, tail(logs.String(), 30))
		}
	case <-time.After(30 * time.Second):
		t.Error("socbot run did not exit after SIGTERM")
	}
	// Every envelope is acked, so every one was queued before the bot stopped
	// reading; it exits only once the queued and running work has finished
	// (a drain that ran out of time says so), so a duplicate answer, if any,
	// has been posted by now.
	if strings.Contains(logs.String(), "shutdown timeout") {
		t.Errorf("the drain ran out of time: the checks below may miss late answers\n%s", problems(logs.String(), 40))
	}
	for _, c := range srv.Calls("response_url") {
		if e, ok := slashURL[c.Path]; ok {
			res.slashAnswers = append(res.slashAnswers, c.At.Sub(slashEnv[e]))
			delete(slashURL, c.Path)
		}
	}
	seen := map[string]int{}
	for _, c := range srv.Calls("chat.postMessage") {
		k := c.Params.Get("channel") + "/" + c.Params.Get("thread_ts")
		seen[k]++
		if at, ok := sentAt[k]; ok && seen[k] == 1 {
			res.answers = append(res.answers, c.At.Sub(at))
		}
	}
	for k, n := range seen {
		if n != 1 {
			t.Errorf("%s answered %d times", k, n)
		}
	}
	if p := os.Getenv("SOCBOT_LOAD_LOGS"); p != "" {
		_ = os.WriteFile(p, []byte(logs.String()), 0o600)
	}
	if len(res.answers) != b.mentions {
		var missing []string
		for k := range sentAt {
			if seen[k] == 0 && len(missing) < 10 {
				missing = append(missing, k)
			}
		}
		t.Errorf("%d of %d mentions answered; unanswered include %v", len(res.answers), b.mentions, missing)
	}
	if len(res.slashAnswers) != b.slashes {
		t.Errorf("%d of %d /soc answered", len(res.slashAnswers), b.slashes)
	}

	for _, d := range [][]time.Duration{res.acks, res.answers, res.slashAnswers} {
		slices.Sort(d)
	}
	return res
}

// buildBinary builds socbot into the test's temporary directory.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "socbot")
	out, err := exec.Command("go", "build", "-trimpath", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// listenAddr waits for the bot's "internal HTTP server listening" log line
// and returns its address.
func listenAddr(t *testing.T, logs *testlog.Buffer, ctx context.Context) string {
	t.Helper()
	re := regexp.MustCompile(`"msg":"internal HTTP server listening".*?"addr":"([^"]+)"`)
	for ctx.Err() == nil {
		if m := re.FindStringSubmatch(logs.String()); m != nil {
			return m[1]
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("no internal HTTP server address in the logs:\n%s", tail(logs.String(), 30))
	return ""
}

// scrape reads the unlabelled samples of a Prometheus text exposition.
func scrape(ctx context.Context, url string) (map[string]int64, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	out := map[string]int64{}
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		name, val, ok := strings.Cut(sc.Text(), " ")
		if !ok || strings.HasPrefix(name, "#") || strings.Contains(name, "{") {
			continue
		}
		if f, err := strconv.ParseFloat(val, 64); err == nil {
			out[name] = int64(f)
		}
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	return out, sc.Err()
}

// vmHWM is a process's peak resident set size from /proc (0 when unknown).
func vmHWM(pid int) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return kb << 10
		}
	}
	return 0
}

// longQuestionnaire is a /soc text too long to answer in the ack.
func longQuestionnaire() string {
	qs := []string{
		"Do you encrypt customer data at rest and in transit?",
		"Is multi-factor authentication enforced for all administrative access?",
		"How often are user access rights reviewed?",
		"Do you perform background checks on new employees?",
		"Describe your change management process for production systems.",
		"Do you reconcile payroll journal entries monthly?",
		"How are backups tested for restoration?",
		"Do you have a documented incident response plan?",
	}
	var sb strings.Builder
	for i := 0; sb.Len() < 2600; i++ {
		fmt.Fprintf(&sb, "%d. %s\n", i+1, qs[i%len(qs)])
	}
	return sb.String()
}

func urlPath(u string) string {
	if i := strings.Index(u, "://"); i >= 0 {
		if j := strings.Index(u[i+3:], "/"); j >= 0 {
			return u[i+3+j:]
		}
	}
	return u
}

func percentiles(d []time.Duration) string {
	if len(d) == 0 {
		return "(none)"
	}
	d = slices.Sorted(slices.Values(d))
	p := func(q int) time.Duration { return d[min(len(d)-1, len(d)*q/100)].Round(10 * time.Microsecond) }
	return fmt.Sprintf("p50 %v  p95 %v  p99 %v  max %v  (n=%d)", p(50), p(95), p(99), d[len(d)-1].Round(10*time.Microsecond), len(d))
}

func mib(b int64) string {
	if b == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.1f MiB", float64(b)/(1<<20))
}

func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}

func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

// problems returns up to n WARN and ERROR lines of the bot's log.
func problems(s string, n int) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if len(out) < n && (strings.Contains(l, `"level":"WARN"`) || strings.Contains(l, `"level":"ERROR"`)) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
