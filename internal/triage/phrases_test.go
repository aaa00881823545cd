package triage

import (
	"fmt"
	"reflect"
	"slices"
	"testing"
)

// The engine compiles phrases with phraseCompiler; expandLexicon and compilePhrase
// say what a phrase means. Every phrase of the embedded table and catalogues must
// compile to the same terms both ways, in the same order.
func TestPhraseCompilerMatchesPlainCompiler(t *testing.T) {
	phrases, lex := tablePhrases(t, ruleFiles)
	doc, err := criteriaCatalogue.read(ruleFiles)
	if err != nil {
		t.Fatal(err)
	}
	for cat, list := range doc.Subjects {
		for _, src := range list {
			phrases = append(phrases, phraseSource{"subject " + cat, src})
		}
	}
	pc := newPhraseCompiler(lex, 0)
	for _, p := range phrases {
		got, _, err := pc.compile(p.src)
		if err != nil {
			t.Errorf("%s: %q: %v", p.where, p.src, err)
			continue
		}
		got = slices.Clone(got) // phrases share terms: compare copies
		for k, terms := range got {
			terms = slices.Clone(terms)
			for i := range terms {
				if terms[i].arr <= 0 {
					t.Errorf("%s: %q: term %d has no array number", p.where, p.src, i)
				}
				terms[i].arr = 0 // a term compiled alone has none
			}
			got[k] = terms
		}
		expanded, err := expandLexicon(p.src, lex, 0)
		if err != nil {
			t.Fatalf("%s: %q: %v", p.where, p.src, err)
		}
		want := make([][]term, len(expanded))
		for i, ph := range expanded {
			if want[i], err = compilePhrase(ph); err != nil {
				t.Fatalf("%s: %q: %v", p.where, ph, err)
			}
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %q compiles to\n%+v\nwant\n%+v", p.where, p.src, got, want)
		}
	}
}

// The compiler splits a phrase into chunks at white space as strings.Fields does,
// tabs and the white space outside ASCII included, and reads the same chunk, the
// same alternative and the same lexicon entry alike wherever they come.
func TestPhraseCompilerChunks(t *testing.T) {
	lex := map[string][]string{
		"kind": {"access\treview*", "mfa|otp", "the log"},
		"more": {"@kind ~2 log*", "  log*  "},
	}
	pc := newPhraseCompiler(lex, 0)
	for _, src := range []string{
		"access review*",
		"  access \t review*\n",
		"access\u00a0review*",
		"access\u0085review* ~3 log*",
		"caf\u00e9 review*",
		"Access REVIEW*",
		"mfa|otp token*",
		"token* mfa|otp",
		"mfa|otp ~4 token*",
		"@kind token*",
		"@more",
		"user @kind",
		"point in time",
	} {
		got, _, err := pc.compile(src)
		if err != nil {
			t.Errorf("%q: %v", src, err)
			continue
		}
		got = slices.Clone(got)
		for k := range got {
			got[k] = slices.Clone(got[k])
			for i := range got[k] {
				got[k][i].arr = 0
			}
		}
		expanded, err := expandLexicon(src, lex, 0)
		if err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		want := make([][]term, len(expanded))
		for i, ph := range expanded {
			if want[i], err = compilePhrase(ph); err != nil {
				t.Fatalf("%q: %v", ph, err)
			}
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q compiles to\n%+v\nwant\n%+v", src, got, want)
		}
	}
}

// A phrase that does not compile gives the plain compiler's error.
func TestPhraseCompilerErrors(t *testing.T) {
	lex := map[string][]string{
		"ok":    {"access review*", "mfa|otp"},
		"bad":   {"review ~13 access"},
		"loop":  {"x @loop"},
		"empty": {""},
	}
	for _, src := range []string{
		"access ~13 review",
		"access ~x review",
		"mfa|the token",
		"mfa|two-words",
		"@missing control",
		"@ok @bad",
		"@loop",
		"en* control",
		"the of",
		"which ~2 countr*",
		"@empty",
		"@ok the",
		"a|b|c",
		"financial statement*|financial reporting",
		"@ok set up|setup",
		"how many|number of",
	} {
		t.Run(src, func(t *testing.T) {
			_, _, got := newPhraseCompiler(lex, 0).compile(src)
			want := plainCompileError(src, lex)
			if got == nil || want == nil || got.Error() != want.Error() {
				t.Errorf("error %v, want %v", got, want)
			}
		})
	}
}

func plainCompileError(src string, lex map[string][]string) error {
	phrases, err := expandLexicon(src, lex, 0)
	if err != nil {
		return err
	}
	for _, ph := range phrases {
		if _, err := compilePhrase(ph); err != nil {
			if ph != src {
				return fmt.Errorf("in %q: %w", src, err)
			}
			return err
		}
	}
	return nil
}

// A source compiled again gives the phrases of the first time, with their numbers;
// another source, even one of the same phrases, gives new numbers, and so does a
// source compiled after one that failed.
func TestPhraseCompilerNumbersRepeatedSources(t *testing.T) {
	lex := map[string][]string{"kind": {"access review*", "mfa|otp"}}
	pc := newPhraseCompiler(lex, 0)
	type compiled struct {
		n     int
		first int32
	}
	compile := func(src string) compiled {
		t.Helper()
		phrases, first, err := pc.compile(src)
		if err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		return compiled{len(phrases), first}
	}
	a := compile("@kind token*")
	if a != (compiled{2, 0}) {
		t.Errorf("first source: %+v, want two phrases from 0", a)
	}
	b := compile("@kind")
	if b != (compiled{2, 2}) {
		t.Errorf("second source: %+v, want two phrases from 2", b)
	}
	if again := compile("@kind token*"); again != a {
		t.Errorf("first source again: %+v, want %+v", again, a)
	}
	if _, _, err := pc.compile("@kind ~13 token"); err == nil {
		t.Fatal("a gap of 13 compiled")
	}
	if near := compile("@kind  token*"); near != (compiled{2, 4}) { // another source, the same phrases
		t.Errorf("source written otherwise: %+v, want two phrases from 4", near)
	}
	p1, _, _ := pc.compile("@kind token*")
	p2, _, _ := pc.compile("@kind token*")
	if &p1[0][0] != &p2[0][0] {
		t.Error("a source compiled again does not share its terms")
	}
}
