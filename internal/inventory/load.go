package inventory

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/socbot/socbot/internal/triage"
)

// maxSize bounds what Parse reads: an inventory is a few kilobytes.
const maxSize = 1 << 20

// file is the document: a single list of entries under "reports".
type file struct {
	Reports []yaml.Node `yaml:"reports"`
}

// entry is one report as written in YAML. Dates stay strings here so that a
// malformed one is reported with its field, in the file's own words.
type entry struct {
	Kind        string   `yaml:"kind"`
	Name        string   `yaml:"name"`
	Type        string   `yaml:"type"`
	Categories  []string `yaml:"categories"`
	SOC1Areas   []string `yaml:"soc1_areas"`
	Scope       []string `yaml:"scope"`
	PeriodStart string   `yaml:"period_start"`
	PeriodEnd   string   `yaml:"period_end"`
	Issued      string   `yaml:"issued"`
	Expires     string   `yaml:"expires"`
	Bridges     string   `yaml:"bridges"`
	NDA         *bool    `yaml:"nda"`
	Request     request  `yaml:"request"`
	Notes       string   `yaml:"notes"`
	Controls    string   `yaml:"controls_file"`
}

type request struct {
	URL     string `yaml:"url"`
	Channel string `yaml:"channel"`
	Contact string `yaml:"contact"`
}

var (
	entryFields   = yamlFields(reflect.TypeFor[entry]())
	requestFields = yamlFields(reflect.TypeFor[request]())
)

// shapes says what each field holds, for type errors.
var shapes = map[string]string{
	"categories": "a list", "soc1_areas": "a list", "scope": "a list",
	"nda": "true or false", "request": "a mapping with url, channel and/or contact",
}

// Load reads and validates the inventory file at path, and the control
// matrices its reports name (controls_file, relative to the inventory's folder).
func Load(path string) (*Inventory, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read report inventory: %w", err)
	}
	defer f.Close()
	inv, err := Parse(f, path)
	if err != nil {
		return nil, err
	}
	if err := inv.loadControls(context.Background(), filepath.Dir(path)); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return inv, nil
}

// Parse reads and validates an inventory; name prefixes every error
// ("reports.yaml: entry 2 (soc2 "Platform SOC 2"): period_end … is before …").
// Validation errors are a *InvalidError whose message is one line.
func Parse(r io.Reader, name string) (*Inventory, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(b) > maxSize {
		return nil, fmt.Errorf("%s: larger than %d bytes; is this the report inventory?", name, maxSize)
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	var doc yaml.Node
	if err := dec.Decode(&doc); errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%s: empty file; expected a \"reports:\" list", name)
	} else if err != nil {
		return nil, fmt.Errorf("%s: %s", name, oneLine(err))
	}
	if err := dec.Decode(new(yaml.Node)); !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%s: more than one YAML document; put every entry under one \"reports:\" list", name)
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%s: expected a \"reports:\" list at the top (line %d)", name, root.Line)
	}
	for i := 0; i < len(root.Content); i += 2 {
		if k := root.Content[i]; k.Value != "reports" {
			return nil, fmt.Errorf("%s: unknown top-level field %q (line %d); the file holds one \"reports:\" list", name, k.Value, k.Line)
		}
	}
	// The keys are checked above and per entry below, with messages that name
	// the entry; KnownFields is the backstop for anything those checks miss.
	strict := yaml.NewDecoder(bytes.NewReader(b))
	strict.KnownFields(true)
	var f file
	if err := strict.Decode(&f); err != nil {
		return nil, fmt.Errorf("%s: %s", name, oneLine(err))
	}
	if len(f.Reports) == 0 {
		return nil, fmt.Errorf("%s: no entries under \"reports:\"", name)
	}
	inv := &Inventory{Entries: make([]Report, len(f.Reports))}
	var probs []*EntryError
	for i := range f.Reports {
		rep, p := decodeEntry(&f.Reports[i], i+1)
		inv.Entries[i] = rep
		probs = append(probs, p...)
	}
	// Validate even after shape errors, to report every problem at once, but
	// skip a field already reported (a malformed date is not also "missing").
	var invalid *InvalidError
	if err := inv.Validate(); errors.As(err, &invalid) {
		for _, p := range invalid.Problems {
			if !slices.ContainsFunc(probs, func(q *EntryError) bool { return q.Index == p.Index && (q.Field == p.Field || q.Field == "") }) {
				probs = append(probs, p)
			}
		}
	} else if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(probs) > 0 {
		slices.SortStableFunc(probs, func(a, b *EntryError) int { return a.Index - b.Index })
		return nil, fmt.Errorf("%s: %w", name, &InvalidError{Problems: probs})
	}
	return inv, nil
}

// decodeEntry decodes one entry field by field, so that each error names its field.
func decodeEntry(n *yaml.Node, index int) (Report, []*EntryError) {
	var probs []*EntryError
	kind, name := scalarField(n, "kind"), scalarField(n, "name")
	add := func(field, format string, args ...any) {
		probs = append(probs, &EntryError{Index: index, Kind: kind, Name: name, Field: field, Msg: fmt.Sprintf(format, args...)})
	}
	if n.Kind != yaml.MappingNode {
		add("", "expected a mapping of fields (kind, name, …), not %s (line %d)", nodeKind(n), n.Line)
		return Report{}, probs
	}
	var e entry
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if !slices.Contains(entryFields, k.Value) {
			add(k.Value, "unknown field %q (line %d)%s", k.Value, k.Line, suggest(k.Value, entryFields))
			continue
		}
		if k.Value == "request" && v.Kind == yaml.MappingNode {
			for j := 0; j+1 < len(v.Content); j += 2 {
				if rk := v.Content[j]; !slices.Contains(requestFields, rk.Value) {
					add("request."+rk.Value, "unknown field \"request.%s\" (line %d)%s", rk.Value, rk.Line, suggest(rk.Value, requestFields))
				}
			}
		}
		one := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Content: []*yaml.Node{k, v}}
		if err := one.Decode(&e); err != nil {
			shape := shapes[k.Value]
			if shape == "" {
				shape = "a single value"
			}
			add(k.Value, "%s must be %s (line %d)", k.Value, shape, v.Line)
		}
	}
	rep := Report{
		Kind: e.Kind, Name: e.Name, Type: e.Type, Categories: e.Categories, SOC1Areas: e.SOC1Areas,
		Scope: e.Scope, Bridges: e.Bridges, Notes: strings.TrimSpace(e.Notes), ControlsFile: strings.TrimSpace(e.Controls),
		Request: triage.Request{URL: e.Request.URL, Channel: e.Request.Channel, Contact: e.Request.Contact},
	}
	if e.NDA == nil {
		add("nda", "nda is required: true when sharing needs an NDA, false when it does not")
	} else {
		rep.NDA = *e.NDA
	}
	for _, d := range []struct {
		field string
		in    string
		out   *time.Time
	}{
		{"period_start", e.PeriodStart, &rep.PeriodStart},
		{"period_end", e.PeriodEnd, &rep.PeriodEnd},
		{"issued", e.Issued, &rep.Issued},
		{"expires", e.Expires, &rep.Expires},
	} {
		if d.in == "" {
			continue
		}
		t, err := time.Parse("2006-01-02", d.in)
		if err != nil {
			add(d.field, "%s %q is not a date (want YYYY-MM-DD)", d.field, d.in)
			continue
		}
		*d.out = t
	}
	return rep, probs
}

// scalarField returns the value of a scalar field of a mapping, or "".
func scalarField(n *yaml.Node, key string) string {
	if n.Kind != yaml.MappingNode {
		return ""
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key && n.Content[i+1].Kind == yaml.ScalarNode {
			return n.Content[i+1].Value
		}
	}
	return ""
}

func nodeKind(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		return fmt.Sprintf("%q", n.Value)
	}
	return "this"
}

// yamlFields lists the yaml field names of a struct type, in order.
func yamlFields(t reflect.Type) []string {
	var out []string
	for f := range t.Fields() {
		if tag, _, _ := strings.Cut(f.Tag.Get("yaml"), ","); tag != "" && tag != "-" {
			out = append(out, tag)
		}
	}
	return out
}

// suggest names the closest known field for a misspelt one, or lists them all.
func suggest(got string, known []string) string {
	best, dist := "", 3
	for _, k := range known {
		if d := editDistance(strings.ToLower(got), k); d < dist {
			best, dist = k, d
		}
	}
	if best != "" {
		return "; did you mean " + best + "?"
	}
	return "; known fields: " + strings.Join(known, ", ")
}

// editDistance is the Levenshtein distance between two short strings.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// oneLine folds a multi-line YAML error ("yaml: unmarshal errors:\n  line 3: …").
func oneLine(err error) string {
	return strings.Join(strings.Fields(err.Error()), " ")
}
