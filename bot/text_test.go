package bot

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"net"
	"net/http"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"github.com/socbot/socbot/internal/state"
	"github.com/socbot/socbot/internal/triage"
)

func TestEscapeText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"<!channel> <!here> <@U123>", "&lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt;"},
		{"a & b", "a &amp; b"},
		{"&lt;!channel&gt;", "&amp;lt;!channel&amp;gt;"},
		{"<https://x.example|click>", "&lt;https://x.example|click&gt;"},
	}
	for _, tt := range tests {
		if got := escapeText(tt.in); got != tt.want {
			t.Errorf("escapeText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPlainText(t *testing.T) {
	const bot = "U0SOCBOT1"
	tests := []struct{ name, in, want string }{
		{"mention removed", "<@U0SOCBOT1> Do you encrypt backups?", "Do you encrypt backups?"},
		{"named mention removed", "<@U0SOCBOT1|socbot> hi", "hi"},
		{"other mentions kept", "<@U0SOCBOT1> ask <@U0BOB> about <!channel>", "ask <@U0BOB> about <!channel>"},
		{"entities undone", "Q &amp; A: is 1 &lt; 2 &gt; 0?", "Q & A: is 1 < 2 > 0?"},
		{"escaped mention stays text", "&lt;!channel&gt;", "<!channel>"},
		{"link label", "see <https://trust.example.com|our trust page>", "see our trust page"},
		{"bare link", "see <https://trust.example.com>", "see https://trust.example.com"},
		{"mailto", "<mailto:sec@example.com|sec@example.com>", "sec@example.com"},
		{"only the mention", "  <@U0SOCBOT1>  ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := plainText(tt.in, bot); got != tt.want {
				t.Errorf("plainText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"exactly ten", 11, "exactly ten"},
		{"a longer sentence", 8, "a longe…"},
		{"ééééé", 3, "éé…"},
	}
	for _, tt := range tests {
		if got := truncate(tt.in, tt.n); got != tt.want {
			t.Errorf("truncate(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

func TestShareValueRoundTrip(t *testing.T) {
	b := &Bot{store: state.NewMemory(state.Config{})}
	for _, text := range []string{"Do you encrypt? <!channel> & &lt;b&gt;", "plain"} {
		got, err := b.shareText(t.Context(), "T1", shareValue(text))
		if err != nil || got != text {
			t.Errorf("round trip of %q = %q, %v", text, got, err)
		}
	}
	long := string(bytes.Repeat([]byte("<"), 600))
	if v := shareValue(long); v != "" {
		t.Errorf("shareValue of text escaping past 2000 chars = %d chars, want none", len(v))
	}
}

func TestWriteCSVNeutralisesFormulas(t *testing.T) {
	res := triage.Result{Items: []triage.Item{
		{Question: triage.Question{ID: "q1", Text: "=HYPERLINK(\"http://evil\")"}, Verdict: triage.Verdict{Report: "soc2", Type: "type2",
			Criteria: []string{"CC6.1"}, Confidence: 0.9, Evidence: []triage.Evidence{{Rule: "r1", Matched: []string{"+1"}}, {Rule: "r2", Negated: true}}}},
		{Question: triage.Question{ID: "-2", Text: "@SUM(A1)"}, Verdict: triage.Verdict{Report: "none", Unmatched: true}},
		{Question: triage.Question{ID: "q3", Text: "\tTabbed"}},
		{Question: triage.Question{ID: "q4", Text: "\rCR"}},
	}}
	var buf bytes.Buffer
	if err := writeCSV(&buf, res); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 5 || len(rows[0]) != len(csvHeader) {
		t.Fatalf("%d rows of %d cells", len(rows), len(rows[0]))
	}
	for _, row := range rows[1:] {
		for _, cell := range row {
			if cell != "" && bytes.ContainsAny([]byte{cell[0]}, "=+-@\t\r") {
				t.Errorf("cell %q starts with a formula character", cell)
			}
		}
	}
	if rows[1][2] != `'=HYPERLINK("http://evil")` || rows[2][0] != "'-2" || rows[1][11] != "r1;!r2" || rows[1][12] != "'+1" {
		t.Errorf("row 1 = %q; row 2 = %q", rows[1], rows[2])
	}
}

func TestClassify(t *testing.T) {
	dial := &net.OpError{Op: "dial", Err: errors.New("connection refused")}
	read := &net.OpError{Op: "read", Err: errors.New("connection reset")}
	tests := []struct {
		name                 string
		err                  error
		kind                 repeat
		wantRetry, wantUnkwn bool
		wantWait             time.Duration
	}{
		{"429 once", &slack.RateLimitedError{RetryAfter: 3 * time.Second}, once, true, false, 3 * time.Second},
		{"429 tiny", &slack.RateLimitedError{RetryAfter: 0}, once, true, false, time.Second},
		{"429 huge", &slack.RateLimitedError{RetryAfter: time.Hour}, idempotent, true, false, maxRetryAfter},
		{"429 no header", slack.StatusCodeError{Code: 429}, once, true, false, time.Second},
		{"500 idempotent", slack.StatusCodeError{Code: 500}, idempotent, true, false, 0},
		{"500 once", slack.StatusCodeError{Code: 500}, once, false, true, 0},
		{"404", slack.StatusCodeError{Code: 404}, idempotent, false, false, 0},
		{"dial once", fmt.Errorf("post: %w", dial), once, true, false, 0},
		{"reset once", fmt.Errorf("post: %w", read), once, false, true, 0},
		{"reset idempotent", read, idempotent, true, false, 0},
		{"not_in_channel", slack.SlackErrorResponse{Err: "not_in_channel"}, once, false, false, 0},
		{"internal_error once", slack.SlackErrorResponse{Err: "internal_error"}, once, false, true, 0},
		{"ratelimited body", slack.SlackErrorResponse{Err: "ratelimited"}, once, true, false, time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wait, retry, unknown := classify(tt.err, tt.kind)
			if retry != tt.wantRetry || unknown != tt.wantUnkwn || wait != tt.wantWait {
				t.Errorf("classify = wait %s retry %v unknown %v; want %s %v %v", wait, retry, unknown, tt.wantWait, tt.wantRetry, tt.wantUnkwn)
			}
		})
	}
}

func TestUserMessage(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{slack.SlackErrorResponse{Err: "not_in_channel"}, "/invite @socbot"},
		{&slack.RateLimitedError{RetryAfter: 30 * time.Second}, "31 seconds"},
		{slack.StatusCodeError{Code: http.StatusBadGateway}, "try again in a minute"},
	}
	for _, tt := range tests {
		if got := userMessage(fmt.Errorf("chat.postMessage: %w", tt.err)); !bytes.Contains([]byte(got), []byte(tt.want)) {
			t.Errorf("userMessage(%v) = %q, want it to say %q", tt.err, got, tt.want)
		}
	}
}

func TestLooksLikeQuestionnaire(t *testing.T) {
	matched := triage.Result{Items: []triage.Item{{Verdict: triage.Verdict{Report: "soc2", Confidence: 0.9}}}}
	weak := triage.Result{Items: []triage.Item{{Verdict: triage.Verdict{Report: "soc2", Confidence: 0.3}}}}
	tests := []struct {
		text string
		res  triage.Result
		want bool
	}{
		{"anyone up for lunch?", triage.Result{}, false},
		{"Do you enforce MFA?", matched, true},
		{"Do you enforce MFA?", weak, false},
		{"Acme sent a security questionnaire", triage.Result{}, true},
		{"they want our SOC 2 report", triage.Result{}, true},
		{"need the SOC II by Friday", triage.Result{}, true},
		{"CAIQ v4 attached", triage.Result{}, true},
		{"filling the SIG Lite", triage.Result{}, true},
		{"my email sig is broken", triage.Result{}, false},
		{"security review for the Globex deal", triage.Result{}, true},
		{"is the SSAE 18 report current?", triage.Result{}, true},
		{"the soccer match", triage.Result{}, false},
	}
	for _, tt := range tests {
		if got := looksLikeQuestionnaire(tt.text, tt.res); got != tt.want {
			t.Errorf("looksLikeQuestionnaire(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
