package triage

import (
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The rule, catalogue and wording files are read on every start. encoding/json
// reads them through reflection and copies every string; tableJSON reads the plain
// form they are written in straight into their types, with the strings sliced out
// of the file's bytes, which nothing writes after. It gives up, and encoding/json
// reads the file instead, on anything else: a key not written exactly as its
// field, a key given twice, a null, an escape it does not know, invalid UTF-8, a
// number outside JSON's syntax, or anything after the value. What it reads, it
// reads as encoding/json does (a test and a fuzz target hold it to that); what it
// leaves, encoding/json decides, errors included.
type tableJSON struct {
	s    string
	i    int
	ok   bool
	sbuf []string // strs reads into it, then copies the strings out at their number
	// sblock is the free part of the block the arrays strs returns are carved from.
	sblock []string
}

// strBlock is how many strings a block of strs's arrays holds.
const strBlock = 256

// newTableJSON reads data, which is the reader's and must not change after: the
// strings it reads are slices of it.
func newTableJSON(data []byte) *tableJSON { return &tableJSON{s: bytesToString(data), ok: true} }

// end reports whether the value read was the whole input and nothing failed.
func (d *tableJSON) end() bool {
	d.ws()
	return d.ok && d.i == len(d.s)
}

func (d *tableJSON) fail() { d.ok = false }

func (d *tableJSON) ws() {
	i := d.i
	for i < len(d.s) && (d.s[i] == ' ' || d.s[i] == '\t' || d.s[i] == '\n' || d.s[i] == '\r') {
		i++
	}
	d.i = i
}

// next skips white space and consumes c if it comes next.
func (d *tableJSON) next(c byte) bool {
	d.ws()
	if d.i < len(d.s) && d.s[d.i] == c {
		d.i++
		return true
	}
	return false
}

func (d *tableJSON) expect(c byte) {
	if !d.next(c) {
		d.fail()
	}
}

// str reads a string.
func (d *tableJSON) str() string {
	if !d.ok || !d.next('"') {
		d.fail()
		return ""
	}
	s, start, ascii := d.s, d.i, true
	for i := start; i < len(s); i++ {
		c := s[i]
		if plainByte[c] {
			continue
		}
		switch {
		case c == '"':
			v := s[start:i]
			d.i = i + 1
			if !ascii && !utf8.ValidString(v) {
				d.fail()
			}
			return v
		case c == '\\':
			d.i = i
			return d.escaped(start - 1)
		case c < ' ':
			d.i = i
			d.fail()
			return ""
		}
		ascii = false // c >= utf8.RuneSelf
	}
	d.i = len(s)
	d.fail()
	return ""
}

// plainByte holds the bytes that a string holds as they are: ASCII, neither a
// control character, a quote nor a backslash.
var plainByte = func() (t [256]bool) {
	for c := ' '; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// escaped reads a string with escapes that starts at quote, by encoding/json.
func (d *tableJSON) escaped(quote int) string {
	for d.i < len(d.s) {
		switch c := d.s[d.i]; {
		case c == '\\':
			d.i += 2
			continue
		case c == '"':
			d.i++
			var v string
			if err := json.Unmarshal([]byte(d.s[quote:d.i]), &v); err != nil {
				d.fail()
			}
			return v
		}
		d.i++
	}
	d.fail()
	return ""
}

// strs reads an array of strings; an empty one is empty, not nil, as encoding/json
// makes it.
func (d *tableJSON) strs() []string {
	d.expect('[')
	if d.next(']') {
		return []string{}
	}
	buf := d.sbuf[:0]
	for d.ok {
		buf = append(buf, d.str())
		if !d.next(',') {
			d.expect(']')
			break
		}
	}
	d.sbuf = buf
	out := carve(&d.sblock, len(buf), strBlock)
	copy(out, buf)
	return out
}

// list reads an array, calling elem for each element.
func (d *tableJSON) list(elem func()) {
	d.expect('[')
	if d.next(']') {
		return
	}
	for d.ok {
		elem()
		if !d.next(',') {
			d.expect(']')
			return
		}
	}
}

// object reads an object, calling field for each key with the reader on its value.
func (d *tableJSON) object(field func(key string)) {
	d.expect('{')
	if !d.ok || d.next('}') {
		return
	}
	for d.ok {
		k := d.str()
		d.expect(':')
		if !d.ok {
			return
		}
		field(k)
		if !d.next(',') {
			d.expect('}')
			return
		}
	}
}

// fields reads an object of known keys: field reads the value of a key and returns
// the key's number (1 to 63), or 0 for a key it leaves to encoding/json; a key given
// twice is left to it too.
func (d *tableJSON) fields(field func(key string) int) {
	var seen uint64
	d.object(func(k string) {
		n := field(k)
		if n == 0 || seen&(1<<n) != 0 {
			d.fail()
		}
		seen |= 1 << n
	})
}

func (d *tableJSON) boolean() bool {
	d.ws()
	switch {
	case len(d.s)-d.i >= 4 && d.s[d.i:d.i+4] == "true":
		d.i += 4
		return true
	case len(d.s)-d.i >= 5 && d.s[d.i:d.i+5] == "false":
		d.i += 5
		return false
	}
	d.fail()
	return false
}

// number reads a number in JSON's syntax.
func (d *tableJSON) number() float64 {
	d.ws()
	start := d.i
	digits := func() int {
		n := 0
		for d.i < len(d.s) && d.s[d.i] >= '0' && d.s[d.i] <= '9' {
			d.i++
			n++
		}
		return n
	}
	if d.i < len(d.s) && d.s[d.i] == '-' {
		d.i++
	}
	if d.i < len(d.s) && d.s[d.i] == '0' {
		d.i++
	} else if digits() == 0 {
		d.fail()
		return 0
	}
	if d.i < len(d.s) && d.s[d.i] == '.' {
		d.i++
		if digits() == 0 {
			d.fail()
			return 0
		}
	}
	if d.i < len(d.s) && (d.s[d.i] == 'e' || d.s[d.i] == 'E') {
		d.i++
		if d.i < len(d.s) && (d.s[d.i] == '+' || d.s[d.i] == '-') {
			d.i++
		}
		if digits() == 0 {
			d.fail()
			return 0
		}
	}
	v, err := strconv.ParseFloat(d.s[start:d.i], 64)
	if err != nil {
		d.fail()
	}
	return v
}

// objects reads an array of objects into a list of T, field reading the value of
// each key into the element as for fields; an empty array is empty, not nil, as
// encoding/json makes it.
func objects[T any](d *tableJSON, field func(en *T, key string) int) []T {
	out := []T{}
	d.list(func() {
		var en T
		d.fields(func(k string) int { return field(&en, k) })
		out = append(out, en)
	})
	return out
}

// strMap reads an object of string arrays.
func (d *tableJSON) strMap() map[string][]string {
	m := map[string][]string{}
	d.object(func(k string) {
		n := len(m)
		if m[k] = d.strs(); len(m) == n {
			d.fail() // a key given twice
		}
	})
	return m
}

// decodeRuleFile reads a rules/*.json file, reporting false when encoding/json must.
func decodeRuleFile(data []byte) (ruleFile, bool) {
	d := newTableJSON(data)
	var f ruleFile
	d.fields(func(k string) int {
		switch k {
		case "lexicon":
			f.Lexicon = d.strMap()
			return 1
		case "rules":
			f.Rules = []Rule{}
			d.list(func() {
				f.Rules = append(f.Rules, Rule{})
				d.rule(&f.Rules[len(f.Rules)-1])
			})
			return 2
		}
		return 0
	})
	return f, d.end()
}

func (d *tableJSON) rule(r *Rule) {
	d.fields(func(k string) int {
		switch k {
		case "id":
			r.ID = d.str()
			return 1
		case "reason":
			r.Reason = d.str()
			return 2
		case "tier":
			r.Tier = d.str()
			return 3
		case "any":
			r.Any = d.strs()
			return 4
		case "all":
			r.All = [][]string{}
			d.list(func() { r.All = append(r.All, d.strs()) })
			return 5
		case "not":
			r.Not = d.strs()
			return 6
		case "except_within":
			r.ExceptWithin = d.strs()
			return 7
		case "negatable":
			r.Negatable = d.boolean()
			return 8
		case "report":
			r.Report = d.str()
			return 9
		case "type":
			r.Type = d.str()
			return 10
		case "accept":
			r.Accept = d.boolean()
			return 11
		case "criteria":
			r.Criteria = d.strs()
			return 12
		case "categories":
			r.Categories = d.strs()
			return 13
		case "soc1_areas":
			r.SOC1Areas = d.strs()
			return 14
		case "artifacts":
			r.Artifacts = d.strs()
			return 15
		case "weight":
			r.Weight = d.number()
			return 16
		case "suppresses":
			r.Suppresses = d.strs()
			return 17
		case "incidental":
			r.Incidental = d.boolean()
			return 18
		case "qualifier":
			r.Qualifier = d.boolean()
			return 24
		case "fallback":
			r.Fallback = d.boolean()
			return 19
		case "remainder":
			r.Remainder = d.boolean()
			return 20
		case "duties":
			r.Duties = d.boolean()
			return 21
		case "unnumbered":
			r.Unnumbered = d.boolean()
			return 22
		case "joined":
			r.Joined = d.boolean()
			return 25
		case "examples":
			d.fields(func(k string) int {
				switch k {
				case "match":
					r.Examples.Match = d.strs()
					return 1
				case "no_match":
					r.Examples.NoMatch = d.strs()
					return 2
				}
				return 0
			})
			return 23
		}
		return d.otherRuleField(r, k)
	})
}

// ruleFields holds the index in Rule of each field by its JSON key.
var ruleFields = func() map[string]int {
	t := reflect.TypeFor[Rule]()
	m := make(map[string]int, t.NumField())
	for i := range t.NumField() {
		if name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ","); name != "" && name != "-" {
			m[name] = i
		}
	}
	return m
}()

// otherRuleField reads the value of a field of Rule that rule does not name, by
// reflection, when it is a string, a list of strings, a bool or a float64, and
// returns the key's number; 0 leaves the file to encoding/json.
func (d *tableJSON) otherRuleField(r *Rule, k string) int {
	i, ok := ruleFields[k]
	if !ok || 32+i > 63 {
		return 0
	}
	v := reflect.ValueOf(r).Elem().Field(i)
	switch {
	case v.Kind() == reflect.String:
		v.SetString(d.str())
	case v.Kind() == reflect.Bool:
		v.SetBool(d.boolean())
	case v.Kind() == reflect.Float64:
		v.SetFloat(d.number())
	case v.Type() == reflect.TypeFor[[]string]():
		v.Set(reflect.ValueOf(d.strs()))
	default:
		return 0
	}
	return 32 + i
}

// decodeCatalogue reads a catalogue file, reporting false when encoding/json must.
func decodeCatalogue(data []byte) (catalogueDoc, bool) {
	d := newTableJSON(data)
	var doc catalogueDoc
	d.fields(func(k string) int {
		switch k {
		case "about":
			doc.About = d.str()
			return 1
		case "criteria":
			doc.Criteria = d.entries()
			return 2
		case "areas":
			doc.Areas = d.entries()
			return 3
		case "subjects":
			doc.Subjects = d.strMap()
			return 4
		}
		return 0
	})
	return doc, d.end()
}

func (d *tableJSON) entries() []CatalogueEntry {
	return objects(d, func(en *CatalogueEntry, k string) int {
		switch k {
		case "id":
			en.ID = d.str()
			return 1
		case "meaning":
			en.Meaning = d.str()
			return 2
		case "except_within":
			en.ExceptWithin = d.strs()
			return 4
		case "terms":
			en.Terms = map[string]float64{}
			d.object(func(k string) {
				n := len(en.Terms)
				if en.Terms[k] = d.number(); len(en.Terms) == n {
					d.fail() // a key given twice
				}
			})
			return 3
		}
		return 0
	})
}

// wordingField reads one field of an entry of wording.json's expand or calques.
func wordingField(d *tableJSON, en *WordingEntry, k string) int {
	switch k {
	case "write":
		en.Write = d.strs()
		return 1
	case "read":
		en.Read = d.str()
		return 2
	case "unless":
		en.Unless = d.strs()
		return 3
	case "unless_near":
		en.UnlessNear = d.strs()
		return 4
	case "from":
		en.From = d.strs()
		return 5
	case "capitals":
		en.Capitals = d.boolean()
		return 6
	}
	return 0
}

// decodeWording reads wording.json, reporting false when encoding/json must.
func decodeWording(data []byte) (wordingDoc, bool) {
	d := newTableJSON(data)
	var doc wordingDoc
	d.fields(func(k string) int {
		switch k {
		case "about":
			doc.About = d.str()
			return 1
		case "expand":
			doc.Expand = objects(d, func(en *WordingEntry, k string) int { return wordingField(d, en, k) })
			return 2
		case "calques":
			doc.Calques = objects(d, func(en *WordingEntry, k string) int { return wordingField(d, en, k) })
			return 6
		case "senses":
			doc.Senses = objects(d, func(en *SenseEntry, k string) int {
				switch k {
				case "write":
					en.Write = d.strs()
					return 1
				case "read":
					en.Read = d.str()
					return 2
				case "near":
					en.Near = d.strs()
					return 3
				case "before":
					en.Before = d.strs()
					return 4
				case "after":
					en.After = d.strs()
					return 5
				case "next":
					en.Next = d.strs()
					return 6
				case "unless":
					en.Unless = d.strs()
					return 7
				}
				return 0
			})
			return 3
		case "spelling":
			doc.Spelling = d.strs()
			return 4
		case "not_slips":
			doc.NotSlips = d.strs()
			return 5
		}
		return 0
	})
	return doc, d.end()
}
