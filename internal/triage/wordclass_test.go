package triage

import (
	"strings"
	"testing"
	"unsafe"
)

// TestTokenForms checks that every token of a matched question carries what the
// index and the class lists say of its text, however the text came to be: written,
// expanded from the wording table, read in another sense, or corrected from a slip.
func TestTokenForms(t *testing.T) {
	e := mustEngine(t)
	texts := []string{
		"We don't need the SOC 1, we already have your SOC 2 on file.",
		"Will a Type 1 not satisfy our auditors? Our auditors will not accept a design-only report.",
		"Do you enforce MFA for admin a/c and pwd resets?",
		"Is the change ledger append-only, and who posts to the general ledger?",
		"Is data at rest encrpyted and are backups tested for restoration?",
		"Not less than annually, excluding Privacy: describe how access is reviewed.",
	}
	for _, p := range labelledSets(t) {
		for _, q := range readEvalSet(t, p) {
			texts = append(texts, q.Text)
		}
	}
	s := e.pool.Get().(*scratch)
	defer e.pool.Put(s)
	for _, text := range texts {
		e.fire(s, text)
		for k := range s.toks {
			tk := &s.toks[k]
			if got, want := tk.cls, classOf(tk.text); got != want {
				t.Fatalf("%q: token %q has classes %b, want %b", text, tk.text, got, want)
			}
			if tk.stop {
				continue // a skipped word is not looked up, and matches nothing
			}
			if !tk.read {
				t.Fatalf("%q: word %q was never looked up", text, tk.text)
			}
			want, ok := e.ix.forms.find(tk.text)
			if !ok {
				want = form{id: -1, sid: -1}
			}
			if tk.form != want {
				t.Fatalf("%q: token %q has form %+v, the index says %+v", text, tk.text, tk.form, want)
			}
		}
	}
}

// TestSkipWordClasses checks that the skipped words keep their classes.
func TestSkipWordClasses(t *testing.T) {
	for w := range skipWords {
		ok, cls, _ := skipWord(w)
		if !ok || cls != classOf(w) {
			t.Errorf("skipWord(%q) = %v, %b; want true, %b", w, ok, cls, classOf(w))
		}
	}
}

// TestWordTable checks that the table of forms finds every word it was given with
// its form, the last one set, and no other word: near misses of every word of the
// index, long words and a table that outgrows the size it was made for.
func TestWordTable(t *testing.T) {
	if n := unsafe.Sizeof(wordEntry{}); n != 64 {
		t.Errorf("a word entry takes %d bytes, want 64", n)
	}
	e := mustEngine(t)
	want := map[string]form{}
	for w, f := range e.ix.forms.all() {
		want[w] = f
	}
	if len(want) != e.ix.forms.len() {
		t.Fatalf("the table yields %d words, and says it has %d", len(want), e.ix.forms.len())
	}
	wt := newWordTable(4) // grows
	for w, f := range want {
		wt.set(w, form{id: -2})
		wt.set(w, f)
	}
	for w, f := range want {
		if got, ok := wt.find(w); !ok || got != f {
			t.Fatalf("find(%q) = %+v, %v; want %+v", w, got, ok, f)
		}
		for _, other := range []string{w + "x", w[:len(w)-1], "x" + w, w + strings.Repeat("s", maxTableWord)} {
			if _, listed := want[other]; listed {
				continue
			}
			if _, ok := wt.find(other); ok {
				t.Fatalf("find(%q) found a word the index lacks", other)
			}
		}
	}
	long := strings.Repeat("a", maxTableWord+1)
	small := newWordTable(2)
	small.set(long, form{id: 7})
	small.set("b", form{id: 3})
	if f, ok := small.find(long); !ok || f.id != 7 {
		t.Errorf("a long word: find = %+v, %v", f, ok)
	}
	if f, ok := small.find("b"); !ok || f.id != 3 {
		t.Errorf("a short word: find = %+v, %v", f, ok)
	}
	if n := small.len(); n != 2 {
		t.Errorf("a table of two words has %d", n)
	}
}
