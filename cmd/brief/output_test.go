package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOutputFolderNotUsable: an output folder that cannot be made or
// written is an error that says what to do.
func TestOutputFolderNotUsable(t *testing.T) {
	model := filepath.Join(renderData, "model.json")
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	cases := map[string]string{filepath.Join(file, "out"): "fix the path or its permissions, or pass --out DIR"}
	if os.Geteuid() != 0 { // root writes anywhere
		ro := t.TempDir()
		if err := os.Chmod(ro, 0o555); err != nil {
			t.Fatal(err)
		}
		cases[ro] = "the output folder is not writable: fix its permissions or pass --out DIR"
		cases[filepath.Join(ro, "sub")] = "fix the path or its permissions, or pass --out DIR"
	}
	for out, want := range cases {
		code, stdout, stderr := runBrief(t, "render", "--model", model, "--only", "json", "--out", out)
		if code != exitFailure || stdout != "" || !strings.Contains(stderr, want) {
			t.Errorf("--out %s: exit %d, stdout %q, stderr %q; want %d and %q", out, code, stdout, stderr, exitFailure, want)
		}
	}
}

// TestRemoveStaleOwnOnly: a run removes the temporary files a killed run
// left for its own outputs, and no other program's in a shared folder.
func TestRemoveStaleOwnOnly(t *testing.T) {
	out := t.TempDir()
	ours := filepath.Join(out, ".brief-latest.json.tmp-12345")
	theirs := []string{filepath.Join(out, ".notes.txt.tmp-99"), filepath.Join(out, ".brief-latest.json.tmp-draft")}
	for _, p := range append(theirs, ours) {
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, _, stderr := runBrief(t, "render", "--model", filepath.Join(renderData, "model.json"), "--only", "json", "--out", out)
	if code != 0 {
		t.Fatalf("render exited %d: %s", code, stderr)
	}
	if _, err := os.Stat(ours); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("%s, left by a killed run, is still there", ours)
	}
	for _, p := range theirs {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("another program's %s was removed: %v", p, err)
		}
	}
}
