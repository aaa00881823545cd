package llm

import (
	"context"
	"strings"
	"testing"

	"github.com/socbot/socbot/internal/llmtest"
	"github.com/socbot/socbot/internal/triage"
)

func TestSummariseHappyPath(t *testing.T) {
	t.Parallel()
	srv := llmtest.New(t)
	const said = "Mostly SOC 2 Type 2 security questions. One question needs a person to look at it."
	srv.Enqueue(llmtest.Reply{Content: "  " + said + "\n"})
	c, _ := newTestClient(t, srv, nil, nil)
	res := sample()
	res.Summary.Headline = "Send the SOC 2 Type 2"

	got, err := c.Summarise(context.Background(), res)
	if err != nil {
		t.Fatal(err)
	}
	if got != said {
		t.Errorf("summary = %q", got)
	}
	r := srv.Requests()[0]
	if r.FormatType() != "" {
		t.Errorf("summary asked for response_format %q", r.FormatType())
	}
	user := r.Text("user")
	for _, want := range []string{
		`"text":"Is MFA enforced for all users?","report":"soc2","type":"type2","categories":["security"]`,
		`"text":"Describe your quantum-safe cryptography roadmap.","verdict":"unmatched"`,
		"Snippet: 5 questions. Per report: soc2 3, none 2.",
		`Rules' headline: "Send the SOC 2 Type 2"`,
	} {
		if !strings.Contains(user, want) {
			t.Errorf("summary prompt lacks %s:\n%s", want, user)
		}
	}
	for _, leak := range []string{"q1", "rule-q1", "0.9"} {
		if strings.Contains(user, leak) {
			t.Errorf("summary prompt carries %q, which is not a question text or verdict field", leak)
		}
	}
}

func TestSummariseSkipsShortSnippets(t *testing.T) {
	t.Parallel()
	srv := llmtest.New(t)
	c, _ := newTestClient(t, srv, nil, nil)
	res := sample()
	res.Items = res.Items[:MinSummaryQuestions-1]
	if s, err := c.Summarise(context.Background(), res); s != "" || err != nil {
		t.Errorf("Summarise = %q, %v", s, err)
	}
	if srv.Count() != 0 {
		t.Errorf("%d requests for a %d-question snippet", srv.Count(), len(res.Items))
	}
}

func TestSummaryListsAtMostMaxQuestions(t *testing.T) {
	t.Parallel()
	srv := llmtest.New(t)
	srv.SetDefault(llmtest.Reply{Content: "Fine."})
	c, _ := newTestClient(t, srv, nil, func(cfg *Config) { cfg.MaxQuestions = 2 })
	if _, err := c.Summarise(context.Background(), sample()); err != nil {
		t.Fatal(err)
	}
	user := srv.Requests()[0].Text("user")
	if strings.Contains(user, "encrypt data in transit") || !strings.Contains(user, "Questions not listed here: 3") {
		t.Errorf("prompt does not stop at 2 questions:\n%s", user)
	}
}

func TestCleanSummary(t *testing.T) {
	t.Parallel()
	cases := []struct{ in, want string }{
		{"Plain text.", "Plain text."},
		{"<!channel> **Send** the `SOC 2`.\n\n# Done", "Send the SOC 2. Done"},
		{"Ping @here and <@U123ABC> now, see <https://evil.example|here>.", "Ping here and now, see ."},
		{"   \n\t ", ""},
		{strings.Repeat("Word. ", 200), strings.TrimSpace(strings.Repeat("Word. ", 116))},
	}
	for _, tc := range cases {
		if got := cleanSummary(tc.in); got != tc.want {
			t.Errorf("cleanSummary(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

func TestEnrichFillsThenSummarises(t *testing.T) {
	t.Parallel()
	srv := llmtest.New(t)
	srv.Handle(func(r llmtest.Request) llmtest.Reply {
		if r.FormatType() != "" {
			return llmtest.Reply{Content: answersJSON(t, with(ans(2, "soc1", "type2"), "soc1_areas", []string{"transaction_processing"}))}
		}
		return llmtest.Reply{Content: "Mostly SOC 2 Type 2; the payroll question is suggested as SOC 1."}
	})
	c, _ := newTestClient(t, srv, nil, nil)
	res := sample()
	summary, filled, err := c.Enrich(context.Background(), &res)
	if err != nil {
		t.Fatal(err)
	}
	if filled != 1 || !res.Items[3].Verdict.Suggested() || res.Items[3].Report != triage.ReportSOC1 {
		t.Errorf("filled %d, item 3 = %+v", filled, res.Items[3].Verdict)
	}
	if !strings.Contains(summary, "suggested as SOC 1") {
		t.Errorf("summary = %q", summary)
	}
	reqs := srv.Requests()
	if len(reqs) != 2 {
		t.Fatalf("%d requests, want 2", len(reqs))
	}
	// The summary sees the suggestion, marked as one.
	if !strings.Contains(reqs[1].Text("user"), `"report":"soc1","type":"type2","categories":[],"artifacts":[],"source":"suggested"`) {
		t.Errorf("summary prompt does not mark the suggestion:\n%s", reqs[1].Text("user"))
	}
}
