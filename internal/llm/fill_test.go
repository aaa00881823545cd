package llm

import (
	"context"
	"encoding/json"
	"errors"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/socbot/socbot/internal/llmtest"
	"github.com/socbot/socbot/internal/triage"
	"github.com/socbot/socbot/prompts"
)

func TestFillGapsHappyPath(t *testing.T) {
	t.Parallel()
	srv := llmtest.New(t)
	srv.Enqueue(llmtest.Reply{Content: answersJSON(t,
		ans(1, "soc2", "type2", "CC6.1", "C1.1"),
		with(ans(2, "soc1", "type2"), "soc1_areas", []string{"transaction_processing"}),
	)})
	c, _ := newTestClient(t, srv, nil, nil)
	res := sample()

	fills, err := c.FillGaps(context.Background(), res.Items)
	if err != nil {
		t.Fatal(err)
	}
	want := []Fill{
		{Index: 1, Verdict: triage.Verdict{Report: "soc2", Type: "type2", Categories: []string{"security", "confidentiality"},
			Criteria: []string{"CC6.1", "C1.1"}, SOC1Areas: []string{}, Artifacts: []string{}, Confidence: FillConfidence, Unmatched: true,
			Evidence: []triage.Evidence{{Rule: "llm", Reason: "suggested by the language model"}}, Source: triage.SourceModel}},
		{Index: 3, Verdict: triage.Verdict{Report: "soc1", Type: "type2", Categories: []string{}, Criteria: []string{},
			SOC1Areas: []string{"transaction_processing"}, Artifacts: []string{}, Confidence: FillConfidence, Unmatched: true,
			Evidence: []triage.Evidence{{Rule: "llm", Reason: "suggested by the language model"}}, Source: triage.SourceModel}},
	}
	if !reflect.DeepEqual(fills, want) {
		t.Fatalf("fills mismatch\n got %+v\nwant %+v", fills, want)
	}

	reqs := srv.Requests()
	if len(reqs) != 1 {
		t.Fatalf("%d requests, want 1", len(reqs))
	}
	r := reqs[0]
	if r.Chat.Model != "test-model" || r.FormatType() != "json_schema" {
		t.Errorf("model %q format %q", r.Chat.Model, r.FormatType())
	}
	var rf struct {
		Name   string          `json:"name"`
		Strict bool            `json:"strict"`
		Schema json.RawMessage `json:"schema"`
	}
	if err := json.Unmarshal(r.Chat.ResponseFormat.JSONSchema, &rf); err != nil || !rf.Strict || !strings.Contains(string(rf.Schema), `"CC9.2"`) {
		t.Errorf("json_schema = %s (err %v)", r.Chat.ResponseFormat.JSONSchema, err)
	}
	user := r.Text("user")
	for _, it := range res.Items {
		if sent := strings.Contains(user, it.Text); sent != it.Unmatched {
			t.Errorf("question %s sent=%v, want sent only when unmatched", it.ID, sent)
		}
	}

	if n := Apply(&res, fills); n != 2 {
		t.Errorf("Apply applied %d, want 2", n)
	}
	if !res.Items[1].Verdict.Suggested() || res.Items[0].Verdict.Suggested() {
		t.Error("Suggested marks the wrong items")
	}
}

func TestFillGapsDropsInvalidAnswers(t *testing.T) {
	t.Parallel()
	good := ans(1, "soc2", "type2", "CC7.2")
	cases := []struct {
		name   string
		bad    map[string]any
		reason string
	}{
		{"report out of enum", ans(2, "soc3", "type2"), "report"},
		{"report spelled loosely", ans(2, "SOC 1", "type2"), "report"},
		{"type out of enum", ans(2, "soc2", "type3"), "type"},
		{"type with none", ans(2, "none", "type2"), "type"},
		{"no type with soc2", ans(2, "soc2", ""), "type"},
		{"unknown criterion", ans(2, "soc2", "type2", "CC10.1"), "criteria"},
		{"criterion lower case", ans(2, "soc2", "type2", "cc6.1"), "criteria"},
		{"unknown category", with(ans(2, "soc2", "type2"), "categories", []string{"integrity"}), "categories"},
		{"unknown area", with(ans(2, "soc1", "type2"), "soc1_areas", []string{"payroll"}), "soc1_areas"},
		{"unknown artifact", with(ans(2, "none", ""), "artifacts", []string{"ssn"}), "artifacts"},
		{"too many criteria", ans(2, "soc2", "type2", "CC1.1", "CC1.2", "CC1.3", "CC1.4", "CC1.5", "CC2.1", "CC2.2", "CC2.3", "CC3.1"), "criteria"},
		{"criteria on none", ans(2, "none", "", "CC6.1"), "inconsistent"},
		{"categories on soc1", with(ans(2, "soc1", "type2"), "categories", []string{"security"}), "inconsistent"},
		{"area on soc2", with(ans(2, "soc2", "type2"), "soc1_areas", []string{"custody"}), "inconsistent"},
		{"index zero", ans(0, "soc2", "type2"), "index"},
		{"index negative", ans(-1, "soc2", "type2"), "index"},
		{"index past the request", ans(3, "soc2", "type2"), "index"},
		{"duplicate index", ans(1, "soc1", "type1"), "duplicate"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			srv := llmtest.New(t)
			srv.Enqueue(llmtest.Reply{Content: answersJSON(t, good, tc.bad)})
			var reasons []string
			c, _ := newTestClient(t, srv, nil, nil, WithHooks(Hooks{Dropped: func(op, reason string) { reasons = append(reasons, op+":"+reason) }}))
			fills, err := c.FillGaps(context.Background(), sample().Items)
			if err != nil {
				t.Fatal(err)
			}
			if len(fills) != 1 || fills[0].Index != 1 || fills[0].Verdict.Criteria[0] != "CC7.2" {
				t.Errorf("fills = %+v, want only the valid answer for item 1", fills)
			}
			if want := []string{"classify:" + tc.reason}; !slices.Equal(reasons, want) {
				t.Errorf("dropped reasons = %v, want %v", reasons, want)
			}
			if got := c.Stats().Dropped; got != 1 {
				t.Errorf("Stats.Dropped = %d, want 1", got)
			}
		})
	}
}

func TestFillGapsMalformedReplies(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name  string
		reply llmtest.Reply
	}{
		{"prose", llmtest.Reply{Content: "Sure! Question 1 is SOC 2."}},
		{"fenced json", llmtest.Reply{Content: "```json\n" + `{"answers":[]}` + "\n```"}},
		{"unknown field", llmtest.Reply{Content: `{"answers":[{"n":1,"report":"soc2","type":"type2","categories":[],"criteria":[],"soc1_areas":[],"artifacts":[],"confidence":1}]}`}},
		{"unknown top-level field", llmtest.Reply{Content: `{"answers":[],"note":"hi"}`}},
		{"trailing data", llmtest.Reply{Content: `{"answers":[]} {"answers":[]}`}},
		{"no answers", llmtest.Reply{Content: `{}`}},
		{"wrong types", llmtest.Reply{Content: `{"answers":[{"n":"1","report":"soc2"}]}`}},
		{"truncated content", llmtest.Reply{Content: `{"answers":[{"n":1,"report":"so`}},
		{"empty content", llmtest.Reply{Content: ""}},
		{"truncated body", llmtest.Reply{Body: llmtest.Truncate(`{"answers":[]}`, 90)}},
		{"body not json", llmtest.Reply{Body: "<html>bad gateway</html>"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			srv := llmtest.New(t)
			srv.Enqueue(tc.reply)
			c, _ := newTestClient(t, srv, NewMemoryCache(10), nil)
			fills, err := c.FillGaps(context.Background(), sample().Items)
			var e *Error
			if !errors.As(err, &e) || e.Kind != OutcomeMalformed {
				t.Fatalf("err = %v, want a malformed *Error", err)
			}
			if fills != nil {
				t.Errorf("fills = %+v, want none", fills)
			}
			if n := srv.Count(); n != 1 {
				t.Errorf("%d requests, want 1 (malformed replies are not retried)", n)
			}
			if c.Stats().Malformed != 1 {
				t.Errorf("Stats = %+v, want one malformed", c.Stats())
			}
			if c.cache.(*MemoryCache).Len() != 0 {
				t.Error("a malformed reply was cached")
			}
		})
	}
}

func TestFillGapsRespectsMaxQuestions(t *testing.T) {
	t.Parallel()
	srv := llmtest.New(t)
	srv.SetDefault(llmtest.Reply{Content: answersJSON(t, ans(1, "soc2", "type2"), ans(2, "soc2", "type2"))})
	c, _ := newTestClient(t, srv, nil, func(cfg *Config) { cfg.MaxQuestions = 1 })
	fills, err := c.FillGaps(context.Background(), sample().Items)
	if err != nil {
		t.Fatal(err)
	}
	if len(fills) != 1 || fills[0].Index != 1 {
		t.Errorf("fills = %+v, want one, for item 1", fills)
	}
	if user := srv.Requests()[0].Text("user"); strings.Contains(user, "payroll") {
		t.Errorf("second unmatched question sent despite MaxQuestions=1:\n%s", user)
	}
}

func TestFillGapsWithNothingUnmatchedSendsNothing(t *testing.T) {
	t.Parallel()
	srv := llmtest.New(t)
	c, _ := newTestClient(t, srv, nil, nil)
	res := sample()
	items := []triage.Item{res.Items[0], res.Items[2]}
	if fills, err := c.FillGaps(context.Background(), items); fills != nil || err != nil {
		t.Errorf("FillGaps = %v, %v", fills, err)
	}
	if srv.Count() != 0 {
		t.Errorf("%d requests, want 0", srv.Count())
	}
}

func TestJSONSchemaFallsBackToJSONObject(t *testing.T) {
	t.Parallel()
	srv := llmtest.New(t)
	srv.RejectJSONSchema(true)
	srv.SetDefault(llmtest.Reply{Content: answersJSON(t, ans(1, "soc2", "type2", "CC6.1"))})
	c, waits := newTestClient(t, srv, nil, nil)
	for i := 0; i < 2; i++ {
		fills, err := c.FillGaps(context.Background(), sample().Items)
		if err != nil || len(fills) != 1 {
			t.Fatalf("call %d: fills %v err %v", i, fills, err)
		}
	}
	var formats []string
	for _, r := range srv.Requests() {
		formats = append(formats, r.FormatType())
	}
	if want := []string{"json_schema", "json_object", "json_object"}; !slices.Equal(formats, want) {
		t.Errorf("formats = %v, want %v", formats, want)
	}
	if len(*waits) != 0 {
		t.Errorf("the fallback waited %v; it is not a retry", *waits)
	}
}

func TestApplyTouchesOnlyUnmatchedItems(t *testing.T) {
	t.Parallel()
	res := sample()
	res.Items[3].Evidence = []triage.Evidence{{Rule: "soc1-named", Reason: "negated", Negated: true}}
	before := sample()
	forged := triage.Verdict{Report: "soc1", Type: "type1", Confidence: 1, Evidence: []triage.Evidence{{Rule: "fake"}}}
	n := Apply(&res, []Fill{
		{Index: 0, Verdict: forged},  // matched: ignored
		{Index: 2, Verdict: forged},  // matched: ignored
		{Index: -1, Verdict: forged}, // out of range: ignored
		{Index: 5, Verdict: forged},  // out of range: ignored
		{Index: 3, Verdict: forged},  // unmatched: applied, capped, marked
	})
	if n != 1 {
		t.Fatalf("applied %d, want 1", n)
	}
	for _, i := range []int{0, 1, 2, 4} {
		if !reflect.DeepEqual(res.Items[i], before.Items[i]) {
			t.Errorf("item %d changed:\n got %+v\nwant %+v", i, res.Items[i], before.Items[i])
		}
	}
	got := res.Items[3].Verdict
	if got.Confidence != FillConfidence || !got.Unmatched || got.Report != "soc1" {
		t.Errorf("applied verdict = %+v", got)
	}
	wantEv := []triage.Evidence{{Rule: "soc1-named", Reason: "negated", Negated: true}, {Rule: "llm", Reason: "suggested by the language model"}}
	if !reflect.DeepEqual(got.Evidence, wantEv) {
		t.Errorf("evidence = %+v, want %+v", got.Evidence, wantEv)
	}
	if Apply(nil, nil) != 0 {
		t.Error("Apply(nil) applied something")
	}
}

// The prompt lists every allowed value, and its example answer passes the
// same validation the model's answers do.
func TestClassifyPromptMatchesValidation(t *testing.T) {
	t.Parallel()
	srv := llmtest.New(t)
	srv.SetDefault(llmtest.Reply{Content: answersJSON(t)})
	c, _ := newTestClient(t, srv, nil, nil)
	if _, err := c.FillGaps(context.Background(), sample().Items); err != nil {
		t.Fatal(err)
	}
	sys := srv.Requests()[0].Text("system")
	for _, list := range [][]string{triage.AllReports, triage.AllCategories, triage.AllCriteria, triage.AllSOC1Areas, triage.AllArtifacts} {
		for _, v := range list {
			if !strings.Contains(sys, v) {
				t.Errorf("classify prompt does not list %q", v)
			}
		}
	}
	var example string
	for _, line := range strings.Split(sys, "\n") {
		if strings.HasPrefix(line, `{"answers":`) {
			example = line
		}
	}
	rep, err := parseReply([]byte(example))
	if err != nil {
		t.Fatalf("example %q: %v", example, err)
	}
	if valid := c.validate(rep.Answers, 1); len(valid) != 1 {
		t.Errorf("the prompt's example answer fails validation: %s", example)
	}
}

// The three descriptions of a classify reply name the same fields: the strict
// schema sent as response_format (required and properties alike), the
// example answer in the prompt the model reads, and the reply the parser
// accepts. The schema's enums are the prompt's allowed values.
func TestClassifySchemaPromptAndParserAgree(t *testing.T) {
	t.Parallel()
	var schema struct {
		Required   []string `json:"required"`
		Properties struct {
			Answers struct {
				Items struct {
					Required             []string `json:"required"`
					AdditionalProperties bool     `json:"additionalProperties"`
					Properties           map[string]struct {
						Enum  []string `json:"enum"`
						Items struct {
							Enum []string `json:"enum"`
						} `json:"items"`
					} `json:"properties"`
				} `json:"items"`
			} `json:"answers"`
		} `json:"properties"`
	}
	if err := json.Unmarshal(classifySchema, &schema); err != nil {
		t.Fatal(err)
	}
	item := schema.Properties.Answers.Items
	if !slices.Equal(schema.Required, []string{"answers"}) || item.AdditionalProperties {
		t.Errorf("schema requires %v, additional item properties %v; want answers and none", schema.Required, item.AdditionalProperties)
	}
	required := slices.Sorted(slices.Values(item.Required))
	if props := slices.Sorted(maps.Keys(item.Properties)); !slices.Equal(props, required) {
		t.Errorf("schema properties %v, required %v: every field must be required", props, required)
	}

	// The parser's fields, from the reply type's JSON tags.
	var parsed []string
	var walk func(reflect.Type)
	walk = func(rt reflect.Type) {
		for f := range rt.Fields() {
			if f.Anonymous {
				walk(f.Type)
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			parsed = append(parsed, name)
		}
	}
	walk(reflect.TypeFor[answer]())
	if slices.Sort(parsed); !slices.Equal(parsed, required) {
		t.Errorf("parser reads %v, schema requires %v", parsed, required)
	}

	p, err := prompts.RenderClassify(prompts.ClassifyInput{Questions: []prompts.ClassifyQuestion{{N: 1, Text: "x"}}, Allowed: vocabulary()})
	if err != nil {
		t.Fatal(err)
	}
	var example struct {
		Answers []map[string]json.RawMessage `json:"answers"`
	}
	for _, line := range strings.Split(p.System, "\n") {
		if strings.HasPrefix(line, `{"answers":`) {
			if err := json.Unmarshal([]byte(line), &example); err != nil {
				t.Fatalf("example answer %s: %v", line, err)
			}
		}
	}
	if len(example.Answers) == 0 {
		t.Fatalf("classify prompt has no example answer:\n%s", p.System)
	}
	if got := slices.Sorted(maps.Keys(example.Answers[0])); !slices.Equal(got, required) {
		t.Errorf("prompt's example answer names %v, schema requires %v", got, required)
	}

	v := vocabulary()
	for field, allowed := range map[string][]string{"report": v.Reports, "type": v.Types} {
		if got := item.Properties[field].Enum; !slices.Equal(got, allowed) {
			t.Errorf("schema enum of %s = %v, prompt allows %v", field, got, allowed)
		}
	}
	for field, allowed := range map[string][]string{"categories": v.Categories, "criteria": v.Criteria, "soc1_areas": v.SOC1Areas, "artifacts": v.Artifacts} {
		if got := item.Properties[field].Items.Enum; !slices.Equal(got, allowed) {
			t.Errorf("schema enum of %s = %v, prompt allows %v", field, got, allowed)
		}
	}
}
