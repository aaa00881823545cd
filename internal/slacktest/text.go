package slacktest

import (
	"encoding/json"
	"strings"
)

// Texts returns every string a person could see in the call: the text
// parameter and every string inside the blocks (decoded from JSON, so escapes
// such as \u003c are undone). Use it to look for text that must not reach
// Slack unescaped.
func (c Call) Texts() []string {
	var out []string
	if t := c.Params.Get("text"); t != "" {
		out = append(out, t)
	}
	var sources []string
	if b := c.Params.Get("blocks"); b != "" {
		sources = append(sources, b)
	}
	if len(c.Body) > 0 {
		sources = append(sources, string(c.Body))
	}
	for _, src := range sources {
		var v any
		if json.Unmarshal([]byte(src), &v) == nil {
			out = collectStrings(v, out)
		}
	}
	return out
}

// Text is Texts joined by newlines.
func (c Call) Text() string { return strings.Join(c.Texts(), "\n") }

func collectStrings(v any, out []string) []string {
	switch x := v.(type) {
	case string:
		out = append(out, x)
	case []any:
		for _, e := range x {
			out = collectStrings(e, out)
		}
	case map[string]any:
		for _, e := range x {
			out = collectStrings(e, out)
		}
	}
	return out
}
