// Package golden compares a test's output with a golden file, a
// deterministic text rendering kept in testdata, and rewrites the file
// when the tests run with -update:
//
//	go test ./... -update
//
// Importing the package registers the one -update flag of the module; a
// package with tests but no golden files imports it for its effect, so
// that the flag is accepted by every package's tests.
package golden

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files from the tests' output (review the diff)")

// Update reports whether the tests run with -update.
func Update() bool { return *update }

// Check compares got with the golden file at path and reports the first
// line where they differ. Under -update it writes got to path first,
// making the folder if needed.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test -update writes it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (go test -update rewrites it; review the diff):\n%s", path, Diff(string(want), string(got)))
	}
}

// Diff describes where got first differs from want, line by line, with
// the lines around it.
func Diff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	i := 0
	for i < len(wl) && i < len(gl) && wl[i] == gl[i] {
		i++
	}
	var b strings.Builder
	fmt.Fprintf(&b, "first difference at line %d (%d lines, want %d):\n", i+1, len(gl), len(wl))
	for j := max(0, i-2); j < i; j++ {
		fmt.Fprintf(&b, "      %s\n", wl[j])
	}
	for j := i; j < min(len(wl), i+3); j++ {
		fmt.Fprintf(&b, "want: %s\n", wl[j])
	}
	for j := i; j < min(len(gl), i+3); j++ {
		fmt.Fprintf(&b, " got: %s\n", gl[j])
	}
	return b.String()
}
