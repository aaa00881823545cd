// Package prompts owns the text socbot sends to a language model: the templates
// (embedded from *.tmpl), the typed inputs they are rendered from, and the
// Version that goes into every cache key, so changing a prompt invalidates what
// was cached under the old one.
package prompts

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"strings"
	"text/template"
)

// Version names the current wording of the prompts. Bump it whenever a template
// or the shape of its input changes: cached answers keyed by the old version are
// then never reused.
const Version = "2026-11-28.1"

//go:embed *.tmpl
var files embed.FS

var tmpl = template.Must(template.New("prompts").Funcs(template.FuncMap{
	"json": jsonString,
	"join": strings.Join,
}).ParseFS(files, "*.tmpl"))

// Rendered is one prompt ready to send: a system message and a user message.
type Rendered struct {
	System string
	User   string
}

// SummaryInput is what the summary prompt sees: question texts (already
// redacted by the caller) and the rule verdicts, nothing about who asked or where.
type SummaryInput struct {
	Total     int               // questions in the snippet
	Counts    []Count           // questions per report, in a fixed order
	Headline  string            // the rules' own one-line headline, if any
	Questions []SummaryQuestion // at most the caller's limit, in input order
	Omitted   int               // questions left out of Questions by that limit
}

// Count is the number of questions that one report answers.
type Count struct {
	Report string
	N      int
}

// SummaryQuestion is one question with the verdict the rules gave it.
type SummaryQuestion struct {
	N          int
	Text       string
	Report     string
	Type       string
	Categories []string
	Artifacts  []string
	Suggested  bool // the verdict was suggested by the model, not a rule
	Unmatched  bool // no rule and no suggestion: nothing known
}

// ClassifyInput is what the gap-filling prompt sees: the questions no rule
// matched and the closed vocabularies the answer must use.
type ClassifyInput struct {
	Questions []ClassifyQuestion
	Allowed   Vocabulary
}

// ClassifyQuestion is one unmatched question; N is its 1-based position in the
// request and is how the model refers to it in the answer.
type ClassifyQuestion struct {
	N       int
	Text    string
	Section string // heading above the question, context only
}

// Vocabulary lists every value the model may use in an answer.
type Vocabulary struct {
	Reports    []string
	Types      []string
	Categories []string
	Criteria   []string
	SOC1Areas  []string
	Artifacts  []string
}

// RenderSummary renders the summary prompt.
func RenderSummary(in SummaryInput) (Rendered, error) { return render("summary", in) }

// RenderClassify renders the gap-filling prompt.
func RenderClassify(in ClassifyInput) (Rendered, error) {
	if len(in.Allowed.Reports) == 0 || len(in.Allowed.Criteria) == 0 {
		return Rendered{}, fmt.Errorf("render classify prompt: allowed values are empty")
	}
	return render("classify", in)
}

func render(name string, data any) (Rendered, error) {
	var sys, user bytes.Buffer
	if err := tmpl.ExecuteTemplate(&sys, name+".system", data); err != nil {
		return Rendered{}, fmt.Errorf("render %s system prompt: %w", name, err)
	}
	if err := tmpl.ExecuteTemplate(&user, name+".user", data); err != nil {
		return Rendered{}, fmt.Errorf("render %s user prompt: %w", name, err)
	}
	return Rendered{System: strings.TrimSpace(sys.String()), User: strings.TrimSpace(user.String())}, nil
}

// jsonString quotes s as a JSON string, so questionnaire text can never break
// out of the data block it is placed in (quotes, newlines and fences are escaped).
func jsonString(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	return strings.TrimSuffix(b.String(), "\n")
}
