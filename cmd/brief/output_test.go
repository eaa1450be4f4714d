package main

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"brief/report"
)

func TestPeriodSlug(t *testing.T) {
	long := strings.Repeat("A very long period label from another tool ", 10)
	tests := []struct{ label, want string }{
		{"", "all"},
		{"whole corpus", "all"},
		{"2023-W23", "2023-W23"},
		{"1 June 2023 – 30 June 2023", "1_June_2023___30_June_2023"},
		{strings.Repeat("x", maxSlug), strings.Repeat("x", maxSlug)},
	}
	for _, tt := range tests {
		if got := periodSlug(tt.label); got != tt.want {
			t.Errorf("periodSlug(%q) = %q, want %q", tt.label, got, tt.want)
		}
	}
	// Long labels, ASCII or not, are cut to maxSlug bytes, the same way
	// each time, and labels that differ only after the cut stay apart.
	for _, label := range []string{long, strings.Repeat("période ", 100), strings.Repeat("x", maxSlug+1)} {
		got := periodSlug(label)
		if len(got) > maxSlug {
			t.Errorf("periodSlug(%.20q…) is %d bytes, want at most %d", label, len(got), maxSlug)
		}
		if again := periodSlug(label); again != got {
			t.Errorf("periodSlug(%.20q…) = %q, then %q", label, got, again)
		}
	}
	if a, b := periodSlug(long+"one"), periodSlug(long+"two"); a == b {
		t.Errorf("two long labels differing at the end both give %q", a)
	}
}

// jsonPlan plans only the JSON output, the quickest to render.
func jsonPlan(dir, label string) outputPlan {
	plan := planOutputs(dir, "brief-{period}", "brief-latest", label)
	plan.only = []string{"json"}
	return plan
}

// TestWriteOutputsLongLabel: a model's very long period label still gives
// file names the file system takes.
func TestWriteOutputsLongLabel(t *testing.T) {
	label := strings.Repeat("Période de rapport très longue ", 20)
	paths, err := writeOutputs(jsonPlan(t.TempDir(), label), &report.Brief{})
	if err != nil {
		t.Fatalf("writeOutputs: %v", err)
	}
	if len(paths) != 1 || len(filepath.Base(paths[0])) > len("brief-")+maxSlug+len(".json") {
		t.Errorf("wrote %q, want one JSON with a capped name", paths)
	}
}

// TestWriteOutputsMixed: when a rename fails after others succeeded, the
// error names the files written and those left as they were; when the
// first fails, nothing is mixed and the error does not say so.
func TestWriteOutputsMixed(t *testing.T) {
	tests := []struct {
		blocked       string // made a non-empty folder, so renaming onto it fails
		mixed         bool
		written, kept string
	}{
		{"brief-latest.json", true, "brief-2023-W23.json", "brief-latest.json"},
		{"brief-2023-W23.json", false, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.blocked, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.MkdirAll(filepath.Join(dir, tt.blocked, "keep"), 0o755); err != nil {
				t.Fatal(err)
			}
			_, err := writeOutputs(jsonPlan(dir, "2023-W23"), &report.Brief{})
			if err == nil {
				t.Fatal("writeOutputs succeeded over a folder")
			}
			var me *mixedError
			if errors.As(err, &me) != tt.mixed {
				t.Fatalf("error %q: mixed = %v, want %v", err, !tt.mixed, tt.mixed)
			}
			if !tt.mixed {
				return
			}
			msg := err.Error()
			written := strings.Index(msg, "replaced "+filepath.Join(dir, tt.written))
			notWritten := strings.Index(msg, "not replaced")
			kept := strings.LastIndex(msg, filepath.Join(dir, tt.kept))
			if written < 0 || notWritten < written || kept < notWritten {
				t.Errorf("error %q; want it to say %s was replaced and %s was not", msg, tt.written, tt.kept)
			}
		})
	}
}

func TestNotWritable(t *testing.T) {
	lockErr := func(errno syscall.Errno) error {
		return &fs.PathError{Op: "open", Path: "out/.brief.lock", Err: errno}
	}
	for _, tt := range []struct {
		err  error
		hint bool
	}{
		{lockErr(syscall.EACCES), true},
		{lockErr(syscall.EPERM), true},
		{lockErr(syscall.EROFS), true},
		{lockErr(syscall.ENOSPC), false},
	} {
		got := notWritable(tt.err)
		if !errors.Is(got, tt.err) {
			t.Errorf("notWritable(%v) = %v, which no longer wraps it", tt.err, got)
		}
		if hint := strings.Contains(got.Error(), "not writable: fix its permissions or pass --out DIR"); hint != tt.hint {
			t.Errorf("notWritable(%v) = %q; want the hint: %v", tt.err, got, tt.hint)
		}
	}
	if notWritable(nil) != nil {
		t.Error("notWritable(nil) is not nil")
	}
}

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

// TestLatestKeepsTheNewestPeriod: building an earlier week again writes
// that week's files but leaves the newest brief under the latest name.
func TestLatestKeepsTheNewestPeriod(t *testing.T) {
	dir := t.TempDir()
	week := func(label, start, end string) *report.Brief {
		return &report.Brief{Meta: report.Meta{Period: report.Period{Label: label, Start: start, End: end}}}
	}
	latestEnd := func() string {
		var b report.Brief
		data, err := os.ReadFile(filepath.Join(dir, "brief-latest.json"))
		if err != nil || json.Unmarshal(data, &b) != nil {
			t.Fatalf("brief-latest.json unreadable: %v", err)
		}
		return b.Meta.Period.End
	}
	for _, tt := range []struct {
		b          *report.Brief
		wantLatest string
	}{
		{week("2023-W23", "2023-06-05", "2023-06-11"), "2023-06-11"},
		{week("2023-W22", "2023-05-29", "2023-06-04"), "2023-06-11"}, // an earlier week again
		{week("2023-W24", "2023-06-12", "2023-06-18"), "2023-06-18"},
	} {
		if _, err := writeOutputs(jsonPlan(dir, tt.b.Meta.Period.Label), tt.b); err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(filepath.Join(dir, "brief-"+tt.b.Meta.Period.Label+".json")); err != nil {
			t.Errorf("%s: the period's own file was not written: %v", tt.b.Meta.Period.Label, err)
		}
		if got := latestEnd(); got != tt.wantLatest {
			t.Errorf("after %s, brief-latest ends %s, want %s", tt.b.Meta.Period.Label, got, tt.wantLatest)
		}
	}
}
