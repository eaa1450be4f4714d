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
// rewrite golden files, and every package with tests imports this one, so
// that go test ./... -update rewrites every golden file and no package's
// tests refuse the flag.
func TestOneHarness(t *testing.T) {
	root := filepath.Join("..", "..")
	here := filepath.Join(root, "internal", "golden") // the flag's one home
	tests := map[string]bool{}                        // folders with tests: whether one imports this package
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		dir := filepath.Dir(path)
		if d.IsDir() || !strings.HasSuffix(path, ".go") || dir == here {
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
		if strings.HasSuffix(path, "_test.go") {
			tests[dir] = tests[dir] || strings.Contains(string(data), `"brief/internal/golden"`)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for dir, imports := range tests {
		if !imports {
			t.Errorf("%s: its tests do not import brief/internal/golden, so they refuse -update; add an update_test.go with import _ \"brief/internal/golden\"", dir)
		}
	}
}
