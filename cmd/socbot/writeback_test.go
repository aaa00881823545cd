package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"

	"github.com/socbot/socbot/internal/questionnaire"
	"github.com/socbot/socbot/internal/triage"
)

// endsAfter is a context that ends (Err returns context.Canceled) after its
// first n looks, as a Ctrl-C arriving in the middle of a write.
type endsAfter struct {
	context.Context
	n atomic.Int32
}

func newEndsAfter(n int32) *endsAfter {
	c := &endsAfter{Context: context.Background()}
	c.n.Store(n)
	return c
}

func (c *endsAfter) Err() error {
	if c.n.Add(-1) < 0 {
		return context.Canceled
	}
	return nil
}

// triagedCSV reads a small CSV questionnaire and triages it, for writeBack.
func triagedCSV(t *testing.T) (*questionnaire.Doc, triage.Result) {
	t.Helper()
	in := []byte("ID,Question\n1,Do you encrypt backups at rest?\n2,Is payroll calculated correctly?\n")
	doc, err := questionnaire.ReadContext(context.Background(), "q.csv", bytes.NewReader(in), questionnaire.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	eng, err := triage.NewEngine()
	if err != nil {
		t.Fatal(err)
	}
	res, err := triage.Pipeline{Classifier: eng}.Run(context.Background(), doc.Questions, nil)
	if err != nil {
		t.Fatal(err)
	}
	return doc, res
}

// dirEntries lists the names in dir.
func dirEntries(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

// An interrupted or failed --out leaves no half-written file: the file named
// keeps what it held (or stays absent), and no temporary file is left beside it.
func TestTriageOutWrittenWholeOrNotAtAll(t *testing.T) {
	doc, res := triagedCSV(t)
	const old = "an earlier answer the user keeps\n"
	for _, tt := range []struct {
		name string
		ctx  func() context.Context
		dir  bool // the path is a directory: the rename fails
	}{
		{"interrupted before writing", func() context.Context { return newEndsAfter(0) }, false},
		{"interrupted with the temporary file made", func() context.Context { return newEndsAfter(1) }, false},
		{"interrupted with the data written, before the rename", func() context.Context { return newEndsAfter(2) }, false},
		{"rename refused", context.Background, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "answers.csv")
			if tt.dir {
				if err := os.MkdirAll(filepath.Join(path, "inside"), 0o755); err != nil {
					t.Fatal(err)
				}
			} else if err := os.WriteFile(path, []byte(old), 0o644); err != nil {
				t.Fatal(err)
			}
			err := writeBack(tt.ctx(), path, "q.csv", doc, res, io.Discard)
			if err == nil {
				t.Fatal("writeBack succeeded")
			}
			if !tt.dir && !errors.Is(err, context.Canceled) {
				t.Errorf("err = %v, want context.Canceled", err)
			}
			if got := dirEntries(t, dir); len(got) != 1 || got[0] != "answers.csv" {
				t.Errorf("folder holds %q, want answers.csv alone", got)
			}
			if !tt.dir {
				if data, _ := os.ReadFile(path); string(data) != old {
					t.Errorf("answers.csv now holds %q, want what it held", data)
				}
			}
		})
	}
	t.Run("complete", func(t *testing.T) {
		dir := t.TempDir()
		path := filepath.Join(dir, "answers.csv")
		if err := os.WriteFile(path, []byte(old), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := writeBack(context.Background(), path, "q.csv", doc, res, io.Discard); err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(data), "payroll") || strings.Contains(string(data), old) {
			t.Errorf("answers.csv = %q", data)
		}
		if got := permOf(t, path); got != 0o600 {
			t.Errorf("mode %v, want the file's own 0600", got)
		}
		fresh := filepath.Join(dir, "fresh.csv")
		if err := writeBack(context.Background(), fresh, "q.csv", doc, res, io.Discard); err != nil {
			t.Fatal(err)
		}
		mask := syscall.Umask(0)
		syscall.Umask(mask)
		if got, want := permOf(t, fresh), os.FileMode(0o644&^mask); got != want {
			t.Errorf("new file's mode %v, want %v (0644 less the umask)", got, want)
		}
		if got := dirEntries(t, dir); len(got) != 2 {
			t.Errorf("folder holds %q, want answers.csv and fresh.csv alone", got)
		}
	})
}

// permOf is the permission bits of the file at path.
func permOf(t *testing.T, path string) os.FileMode {
	t.Helper()
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return st.Mode().Perm()
}

// A new --out file gets the permissions the user's umask allows, as a file
// written straight would: under umask 077 nobody else may read the answers.
// Not parallel: the umask belongs to the whole process.
func TestTriageOutHonoursUmask(t *testing.T) {
	doc, res := triagedCSV(t)
	for _, tt := range []struct {
		umask int
		want  os.FileMode
	}{
		{0o077, 0o600},
		{0o027, 0o640},
		{0o022, 0o644},
	} {
		old := syscall.Umask(tt.umask)
		path := filepath.Join(t.TempDir(), "answers.csv")
		err := writeBack(context.Background(), path, "q.csv", doc, res, io.Discard)
		syscall.Umask(old)
		if err != nil {
			t.Fatal(err)
		}
		if got := permOf(t, path); got != tt.want {
			t.Errorf("umask %03o: mode %v, want %v", tt.umask, got, tt.want)
		}
	}
}

// --out naming a symbolic link writes the file the link points to, with
// that file's permissions, and leaves the link in place.
func TestTriageOutThroughSymlink(t *testing.T) {
	doc, res := triagedCSV(t)
	dir := t.TempDir()
	target := filepath.Join(dir, "target.csv")
	if err := os.WriteFile(target, []byte("old\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "answers.csv")
	if err := os.Symlink("target.csv", link); err != nil {
		t.Fatal(err)
	}
	if err := writeBack(context.Background(), link, "q.csv", doc, res, io.Discard); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Lstat(link); err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("answers.csv is no longer a link (%v)", err)
	}
	data, err := os.ReadFile(target)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "payroll") {
		t.Errorf("target.csv = %q, want the answers", data)
	}
	if got := permOf(t, target); got != 0o600 {
		t.Errorf("target's mode %v, want its own 0600", got)
	}
	if got := dirEntries(t, dir); len(got) != 2 {
		t.Errorf("folder holds %q, want answers.csv and target.csv alone", got)
	}
}
