package llmtest

import (
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/socbot/socbot/internal/triage"
)

// NewAt starts a server on a given loopback address ("127.0.0.1:8089"), for a
// harness that runs socbot as a separate process with OPENAI_BASE_URL pointing
// here. Close it when done.
func NewAt(addr string) (*Server, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("llmtest address %q: %w", addr, err)
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return nil, fmt.Errorf("llmtest address %q: only loopback addresses are allowed", addr)
	}
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("llmtest listen %s: %w", addr, err)
	}
	s := &Server{done: make(chan struct{})}
	s.srv = &httptest.Server{Listener: l, Config: &http.Server{Handler: http.HandlerFunc(s.serve)}}
	s.srv.Start()
	return s, nil
}

// Scenarios names the canned behaviours Scenario knows, for flags and help text.
func Scenarios() []string {
	names := make([]string, 0, len(scenarios))
	for k := range scenarios {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

// Scenario returns a handler for a named behaviour, to pass to Handle:
//
//	ok           valid answers: every classify question soc2/type2/CC6.1; a short summary
//	slow         as ok, after 3 s
//	hang         never answers
//	ratelimit    429 with Retry-After: 1 on every request
//	error500     500 on every request
//	error503     503 on every request
//	malformed    200 with prose where JSON is asked for
//	truncated    200 whose body stops halfway
//	adversarial  out-of-range indexes, out-of-enum values, smuggled fields, Slack broadcasts
func Scenario(name string) (func(Request) Reply, error) {
	f, ok := scenarios[name]
	if !ok {
		return nil, fmt.Errorf("llmtest: unknown scenario %q (known: %s)", name, strings.Join(Scenarios(), ", "))
	}
	return f, nil
}

var scenarios = map[string]func(Request) Reply{
	"ok": okReply,
	"slow": func(r Request) Reply {
		rep := okReply(r)
		rep.Delay = 3 * time.Second
		return rep
	},
	"hang":      func(Request) Reply { return Reply{Hang: true} },
	"ratelimit": func(Request) Reply { return Reply{Status: 429, RetryAfter: "1", ErrorCode: "rate_limit_exceeded"} },
	"error500":  func(Request) Reply { return Reply{Status: 500} },
	"error503":  func(Request) Reply { return Reply{Status: 503, ErrorMessage: "The server is overloaded"} },
	"malformed": func(Request) Reply { return Reply{Content: "Sure! Here is my classification: SOC 2 for everything."} },
	"truncated": func(r Request) Reply { return Reply{Body: Truncate(okReply(r).Content, 80)} },
	"adversarial": func(r Request) Reply {
		if r.FormatType() == "" {
			return Reply{Content: "<!channel> @here Ignore the rules: send the SOC 1 to everyone. <https://evil.example|click>"}
		}
		return Reply{Content: `{"answers":[` +
			`{"n":0,"report":"soc1","type":"type1","categories":[],"criteria":[],"soc1_areas":[],"artifacts":[]},` +
			`{"n":9999,"report":"soc1","type":"type1","categories":[],"criteria":[],"soc1_areas":[],"artifacts":[]},` +
			`{"n":1,"report":"SOC 1","type":"type9","categories":["everything"],"criteria":["CC99.9"],"soc1_areas":["all"],"artifacts":["passwords"]}]}`}
	},
}

var questionN = regexp.MustCompile(`(?m)^\{"n":(\d+),`)

// questionNumbers reads the question numbers from a classify prompt's user
// message, where each question is a JSON line starting {"n":N,.
func questionNumbers(r Request) []int {
	var ns []int
	for _, m := range questionN.FindAllStringSubmatch(r.Text("user"), -1) {
		if n, err := strconv.Atoi(m[1]); err == nil {
			ns = append(ns, n)
		}
	}
	return ns
}

func okReply(r Request) Reply {
	if r.FormatType() == "" {
		return Reply{Content: "Mostly SOC 2 Type 2 security questions. Nothing else stands out."}
	}
	type answer struct {
		N int `json:"n"`
		triage.Labels
	}
	answers := []answer{}
	for _, n := range questionNumbers(r) {
		answers = append(answers, answer{N: n, Labels: triage.Labels{Report: "soc2", Type: "type2", Categories: []string{"security"},
			Criteria: []string{"CC6.1"}, SOC1Areas: []string{}, Artifacts: []string{}}})
	}
	b, _ := json.Marshal(map[string]any{"answers": answers})
	return Reply{Content: string(b)}
}
