package golden

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// recorder is a testing.TB that records failures instead of failing.
type recorder struct {
	testing.TB
	errors []string
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, format)
}
func (r *recorder) Fatalf(format string, args ...any) {
	r.errors = append(r.errors, format)
}

func TestCheck(t *testing.T) {
	if Update() {
		t.Skip("under -update Check writes instead of comparing")
	}
	path := filepath.Join(t.TempDir(), "a.golden")
	if err := os.WriteFile(path, []byte("one\ntwo\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		got  string
		fail bool
	}{
		{"one\ntwo\n", false},
		{"one\nthree\n", true},
		{"one\ntwo", true},
	} {
		r := &recorder{TB: t}
		Check(r, path, []byte(tt.got))
		if (len(r.errors) > 0) != tt.fail {
			t.Errorf("Check(%q): errors %q, want failure %v", tt.got, r.errors, tt.fail)
		}
	}
	r := &recorder{TB: t}
	Check(r, filepath.Join(t.TempDir(), "missing.golden"), nil)
	if len(r.errors) == 0 {
		t.Error("Check passed with no golden file")
	}
}

func TestUpdateWrites(t *testing.T) {
	defer func(u bool) { *update = u }(*update)
	*update = true
	path := filepath.Join(t.TempDir(), "new", "b.golden")
	Check(t, path, []byte("written\n"))
	if data, err := os.ReadFile(path); err != nil || string(data) != "written\n" {
		t.Errorf("under -update the file holds %q (%v)", data, err)
	}
}

func TestDiff(t *testing.T) {
	d := Diff("a\nb\nc\n", "a\nB\nc\n")
	for _, want := range []string{"line 2", "want: b", " got: B"} {
		if !strings.Contains(d, want) {
			t.Errorf("Diff lacks %q:\n%s", want, d)
		}
	}
}

// TestOneHarness: no test file of the module defines a flag of its own to
// rewrite golden files; each uses this package's -update, so that
// go test ./... -update rewrites them all.
func TestOneHarness(t *testing.T) {
	root := filepath.Join("..", "..")
	here := filepath.Join(root, "internal", "golden") // the flag's one home
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || filepath.Dir(path) == here {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for n, line := range strings.Split(string(data), "\n") {
			if strings.Contains(line, "flag.Bool(\"update") {
				t.Errorf("%s:%d defines its own update flag; use brief/internal/golden", path, n+1)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
