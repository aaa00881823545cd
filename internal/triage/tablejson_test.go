package triage

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"reflect"
	"testing"
)

// plainDecode reads data as the loaders read a file tableJSON leaves alone.
func plainDecode[T any](data []byte) (T, error) {
	var v T
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	err := dec.Decode(&v)
	return v, err
}

// sameAsPlain checks that when fast reads data, encoding/json reads it too, to the
// same value, and reports whether fast read it.
func sameAsPlain[T any](t *testing.T, data []byte, fast func([]byte) (T, bool)) bool {
	t.Helper()
	got, ok := fast(data)
	if !ok {
		return false
	}
	want, err := plainDecode[T](data)
	if err != nil {
		t.Errorf("%q: read, but encoding/json fails: %v", data, err)
	} else if !reflect.DeepEqual(got, want) {
		t.Errorf("%q: read as\n%+v\nwant\n%+v", data, got, want)
	}
	return true
}

// Every table file is read by tableJSON, as encoding/json reads it.
func TestTableJSONReadsTheFiles(t *testing.T) {
	names, err := fs.Glob(ruleFiles, "rules/*.json")
	if err != nil || len(names) == 0 {
		t.Fatal(names, err)
	}
	read := func(name string) []byte {
		data, err := fs.ReadFile(ruleFiles, name)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	for _, name := range names {
		if !sameAsPlain(t, read(name), decodeRuleFile) {
			t.Errorf("%s: left to encoding/json", name)
		}
	}
	for _, name := range []string{catalogueFile, areasFile} {
		if !sameAsPlain(t, read(name), decodeCatalogue) {
			t.Errorf("%s: left to encoding/json", name)
		}
	}
	if !sameAsPlain(t, read(wordingFile), decodeWording) {
		t.Errorf("%s: left to encoding/json", wordingFile)
	}
}

// tableJSONCases are inputs tableJSON reads or leaves; either way, what it reads
// must be what encoding/json reads.
var tableJSONCases = []struct {
	in   string
	read bool
}{
	{`{"lexicon": {"a": ["x y", "z*"]}, "rules": [{"id": "r", "weight": 0.5, "any": ["a|b"], "negatable": true, "examples": {"match": ["one", "two"], "no_match": []}}]}`, true},
	{` {"rules": []} `, true},
	{`{}`, true},
	{`{"rules": [{"all": [["a"], []], "weight": -1.5e-2}]}`, true},
	{`{"rules": [{"id": "caf\u00e9 \"q\" \\ \n"}]}`, true},
	{`{"rules": [{"id": "café – ‘x’"}]}`, true},
	{`{"rules": [{"weight": 1E+2}]}`, true},
	{`{"rules": [{"weight": -0}]}`, true},
	{`{"rules": [{"artifacts_alone": true, "duties": false}]}`, true}, // a field rule leaves to reflection
	{`{"rules": [{"artifacts_alone": true, "artifacts_alone": false}]}`, false},
	{`{"rules": [{"ID": "r"}]}`, false},            // encoding/json folds the case of keys
	{`{"rules": [{"id": "r", "id": "s"}]}`, false}, // a key twice
	{`{"lexicon": {"a": [], "a": ["x"]}}`, false},
	{`{"rules": null}`, false},
	{`{"rules": [{"id": null}]}`, false},
	{`{"rules": [{"weight": 01}]}`, false},
	{`{"rules": [{"weight": 1.}]}`, false},
	{`{"rules": [{"weight": .5}]}`, false},
	{`{"rules": [{"weight": +1}]}`, false},
	{`{"rules": [{"weight": 1e999}]}`, false},
	{`{"rules": [{"weight": "1"}]}`, false},
	{`{"rules": [{"negatable": tru}]}`, false},
	{`{"rules": [{"any": ["a",]}]}`, false},
	{`{"rules": [{"id": "a` + "\x01" + `"}]}`, false},
	{`{"rules": [{"id": "a` + "\xff" + `"}]}`, false},
	{`{"rules": [{"id": "a` + "\t" + `b"}]}`, false},
	{`{"rules": [{"id": "a` + "\x7f" + `b ~ | * @"}]}`, true},
	{`{"rules": [{"id": "ab`, false},
	{`{"rules": [{"id": "caf` + "\xc3" + `"}]}`, false},
	{`{"rules": [{"id": "\x"}]}`, false},
	{`{"rules": [{"unknown": 1}]}`, false},
	{`{"rules": []} {}`, false},
	{`{"rules": []`, false},
	{`[]`, false},
	{``, false},
}

func TestTableJSONLeavesTheRest(t *testing.T) {
	for _, tc := range tableJSONCases {
		if got := sameAsPlain(t, []byte(tc.in), decodeRuleFile); got != tc.read {
			t.Errorf("%q: read %v, want %v", tc.in, got, tc.read)
		}
	}
	for _, tc := range []struct {
		in   string
		read bool
	}{
		{`{"about": "x", "criteria": [{"id": "CC1.1", "meaning": "m", "terms": {"a b": 3, "c": 0.5}}], "subjects": {"privacy": ["x"]}}`, true},
		{`{"areas": []}`, true},
		{`{"criteria": [{"terms": {"a": 1, "a": 2}}]}`, false},
		{`{"criteria": [{"terms": {"a": null}}]}`, false},
	} {
		if got := sameAsPlain(t, []byte(tc.in), decodeCatalogue); got != tc.read {
			t.Errorf("%q: read %v, want %v", tc.in, got, tc.read)
		}
	}
	for _, tc := range []struct {
		in   string
		read bool
	}{
		{`{"expand": [{"write": ["pwd"], "read": "password", "unless": ["x*"]}], "senses": [{"write": ["ledger"], "read": "log", "near": ["immutable"]}], "spelling": ["encryption"], "not_slips": []}`, true},
		{`{"senses": [{"write": ["a"], "cue": []}]}`, false},
	} {
		if got := sameAsPlain(t, []byte(tc.in), decodeWording); got != tc.read {
			t.Errorf("%q: read %v, want %v", tc.in, got, tc.read)
		}
	}
}

func FuzzTableJSON(f *testing.F) {
	for _, tc := range tableJSONCases {
		f.Add([]byte(tc.in))
	}
	f.Add([]byte(`{"criteria": [{"id": "CC1.1", "terms": {"a": 1}}], "subjects": {"privacy": ["x"]}}`))
	f.Add([]byte(`{"expand": [{"write": ["pwd"], "read": "password"}], "senses": [{"write": ["l"], "before": ["b"], "after": []}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		sameAsPlain(t, data, decodeRuleFile)
		sameAsPlain(t, data, decodeCatalogue)
		sameAsPlain(t, data, decodeWording)
	})
}
