package main

import (
	"archive/zip"
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gofrs/flock"

	"brief/cmd/brief/internal/lock"
	"brief/report"
	"brief/report/config"
)

// TestUnattended runs the command as cron would, where a script cannot:
// under an empty environment (no HOME, a minimal PATH, TZ unset), from a
// folder that is not the configuration's, two runs at once, and runs
// killed or interrupted while they write or wait. The binary is the test
// binary itself, which TestMain makes the brief command. What a single
// run does is in testdata/script.
func TestUnattended(t *testing.T) {
	if testing.Short() {
		t.Skip("runs builds in processes of their own; skipped with -short")
	}
	bin := briefBinary(t)
	t.Run("waiting for the lock", func(t *testing.T) { testLock(t, bin) })
	t.Run("two runs at once", func(t *testing.T) { testTwoRuns(t, bin) })
	t.Run("SIGKILL while writing", func(t *testing.T) { testKilled(t, bin, syscall.SIGKILL) })
	t.Run("SIGTERM while writing", func(t *testing.T) { testKilled(t, bin, syscall.SIGTERM) })
	t.Run("SIGTERM while waiting", func(t *testing.T) { testInterrupted(t, bin) })
}

// workspace is a copy of the demo: config.toml and sources/ in cfgDir,
// run from the unrelated folder runDir.
type workspace struct {
	bin, cfg, out, runDir string
	env                   []string
}

// newWorkspace copies the demo configuration and seeds into a temporary
// folder.
func newWorkspace(t *testing.T, bin string) *workspace {
	t.Helper()
	root := t.TempDir()
	cfgDir := filepath.Join(root, "briefs")
	copyFile(t, filepath.Join("..", "..", "config.toml"), filepath.Join(cfgDir, "config.toml"))
	seeds, err := filepath.Glob(filepath.Join("..", "..", "sources", "*.md"))
	if err != nil || len(seeds) == 0 {
		t.Fatalf("no seed articles in ../../sources: %v", err)
	}
	for _, s := range seeds {
		copyFile(t, s, filepath.Join(cfgDir, "sources", filepath.Base(s)))
	}
	runDir := filepath.Join(root, "elsewhere")
	if err := os.Mkdir(runDir, 0o755); err != nil {
		t.Fatal(err)
	}
	return &workspace{
		bin:    bin,
		cfg:    filepath.Join(cfgDir, "config.toml"),
		out:    filepath.Join(cfgDir, "out"),
		runDir: runDir,
		// cron's environment: no HOME, no TZ, a minimal PATH.
		env: []string{"PATH=/usr/bin:/bin", "SOURCE_DATE_EPOCH=1700000000"},
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// command returns the binary ready to run with args in the workspace.
func (w *workspace) command(args ...string) *exec.Cmd {
	cmd := exec.Command(w.bin, args...)
	cmd.Dir = w.runDir
	cmd.Env = append(slices.Clone(w.env), runAsBrief+"=1")
	return cmd
}

// result is a finished run.
type result struct {
	code           int
	stdout, stderr string
}

// run runs the binary to its end.
func (w *workspace) run(t *testing.T, args ...string) result {
	t.Helper()
	cmd := w.command(args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		t.Fatalf("run %v: %v", args, err)
	}
	return result{code: cmd.ProcessState.ExitCode(), stdout: stdout.String(), stderr: stderr.String()}
}

// build runs build with the workspace's configuration and more args, and
// fails the test unless it exits with want.
func (w *workspace) build(t *testing.T, want int, args ...string) result {
	t.Helper()
	r := w.run(t, append([]string{"build", "--config", w.cfg}, args...)...)
	if r.code != want {
		t.Fatalf("build %v: exit %d, want %d\nstderr:\n%s", args, r.code, want, r.stderr)
	}
	return r
}

// loadModel reads a JSON model the run wrote.
func loadModel(t *testing.T, path string) *report.Brief {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	validModel(t, path, data)
	var b report.Brief
	if err := json.Unmarshal(data, &b); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return &b
}

// holdLock takes the output folder's lock as another process would.
func holdLock(t *testing.T, dir string) (release func()) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	fl := flock.New(filepath.Join(dir, lock.Name))
	if ok, err := fl.TryLock(); !ok || err != nil {
		t.Fatalf("lock %s: %v", dir, err)
	}
	return func() { fl.Unlock() }
}

func testLock(t *testing.T, bin string) {
	w := newWorkspace(t, bin)
	release := holdLock(t, w.out)
	start := time.Now()
	r := w.build(t, exitLocked)
	if !strings.Contains(r.stderr, "another run holds the lock on "+w.out) || r.stdout != "" {
		t.Errorf("stderr %q, stdout %q; want the lock named and nothing on stdout", r.stderr, r.stdout)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("a locked-out run took %s to give up; it should exit at once", d)
	}
	r = w.build(t, exitLocked, "--wait", "300ms")
	if !strings.Contains(r.stderr, "after waiting 300ms") {
		t.Errorf("stderr %q, want it to say how long it waited", r.stderr)
	}
	// A waiting run says so, and goes on when the lock is released.
	cmd := w.command("build", "--config", w.cfg, "--wait", "1m")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	waited := false
	for lines := bufio.NewScanner(stderr); lines.Scan(); {
		if strings.Contains(lines.Text(), "waiting up to 1m0s") {
			waited = true
			release()
		}
	}
	if err := cmd.Wait(); err != nil || !waited {
		t.Errorf("build --wait 1m: %v; said it waited: %v", err, waited)
	}
	release()
}

func testTwoRuns(t *testing.T, bin string) {
	w := newWorkspace(t, bin)
	var cmds []*exec.Cmd
	var errs []*bytes.Buffer
	for range 2 {
		cmd := w.command("build", "--config", w.cfg, "--wait", "1m")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds, errs = append(cmds, cmd), append(errs, &stderr)
	}
	for i, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Errorf("run %d of two with --wait: %v\n%s", i, err, errs[i])
		}
	}
	assertOutputsWhole(t, w.out)
}

// testKilled kills builds at moments spread over a run and checks that
// every file under a final name is whole, that the outputs of the first
// run stay until replaced, and that the next run removes what a killed
// run left.
func testKilled(t *testing.T, bin string, sig syscall.Signal) {
	w := newWorkspace(t, bin)
	w.build(t, 0, "--week", "2023-W23")
	before := finalFiles(t, w.out)
	if len(before) != 6 {
		t.Fatalf("first run left %q, want 6 outputs", before)
	}
	start := time.Now()
	w.build(t, 0, "--week", "2023-W23")
	took := time.Since(start)

	var codes []int
	for i := range 12 {
		delay := took * time.Duration(i) / 10
		cmd := w.command("build", "--config", w.cfg, "--week", "2023-W23")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		cmd.Process.Signal(sig)
		cmd.Wait()
		ws := cmd.ProcessState.Sys().(syscall.WaitStatus)
		code := ws.ExitStatus()
		if ws.Signaled() {
			code = 128 + int(ws.Signal())
		}
		codes = append(codes, code)
		if sig == syscall.SIGTERM && !slices.Contains([]int{0, exitInterrupted, 128 + int(syscall.SIGTERM)}, code) {
			t.Errorf("SIGTERM after %s: exit %d, want 0 (finished), 130 (interrupted) or killed before the handler", delay, code)
		}
		if code == exitInterrupted {
			if tmp := tempFiles(t, w.out); len(tmp) > 0 {
				t.Errorf("an interrupted run left temporary files %q", tmp)
			}
		}
		if got := finalFiles(t, w.out); !slices.Equal(got, before) {
			t.Errorf("after %s after %s the outputs are %q, want %q", sig, delay, got, before)
		}
		assertOutputsWhole(t, w.out)
	}
	t.Logf("exit statuses for %s at 0%%..110%% of a run (%s): %v", sig, took.Round(time.Millisecond), codes)
	if sig == syscall.SIGTERM && !slices.Contains(codes, exitInterrupted) {
		t.Logf("no SIGTERM landed while the handler was listening; see SIGTERM while waiting")
	}
	// A temporary file as a killed run leaves it is removed by the next
	// run, which holds the lock.
	stale := filepath.Join(w.out, ".brief-2023-W23.pdf.tmp-123456")
	if err := os.WriteFile(stale, []byte("%PDF-1.7 half"), 0o644); err != nil {
		t.Fatal(err)
	}
	w.build(t, 0, "--week", "2023-W23")
	if tmp := tempFiles(t, w.out); len(tmp) > 0 {
		t.Errorf("the run after a kill left temporary files %q", tmp)
	}
}

// testInterrupted sends SIGTERM to a run waiting for the lock: it must
// exit 130, saying it was interrupted, and write nothing.
func testInterrupted(t *testing.T, bin string) {
	w := newWorkspace(t, bin)
	release := holdLock(t, w.out)
	defer release()
	cmd := w.command("build", "--config", w.cfg, "--wait", "1m", "--log-format", "json")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := bufio.NewScanner(stderr)
	var log []string
	for lines.Scan() {
		log = append(log, lines.Text())
		if strings.Contains(lines.Text(), "waiting up to") {
			cmd.Process.Signal(syscall.SIGTERM)
		}
	}
	cmd.Wait()
	if code := cmd.ProcessState.ExitCode(); code != exitInterrupted {
		t.Errorf("SIGTERM while waiting: exit %d, want %d; stderr:\n%s", code, exitInterrupted, strings.Join(log, "\n"))
	}
	if !strings.Contains(strings.Join(log, "\n"), "interrupted") {
		t.Errorf("stderr does not say the run was interrupted:\n%s", strings.Join(log, "\n"))
	}
	if got := finalFiles(t, w.out); len(got) != 0 {
		t.Errorf("an interrupted run wrote %q", got)
	}
}

// finalFiles lists the final-named files in the output folder.
func finalFiles(t fataler, dir string) []string {
	entries, err := os.ReadDir(dir)
	if err != nil && !os.IsNotExist(err) {
		t.Fatalf("%v", err)
	}
	var out []string
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), ".") {
			out = append(out, e.Name())
		}
	}
	return out
}

// tempFiles lists the temporary files in the output folder.
func tempFiles(t *testing.T, dir string) []string {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	var out []string
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			out = append(out, e.Name())
		}
	}
	return out
}

// assertOutputsWhole checks every final-named file in dir.
func assertOutputsWhole(t *testing.T, dir string) {
	t.Helper()
	for _, name := range finalFiles(t, dir) {
		assertWhole(t, filepath.Join(dir, name))
	}
}

// fataler is a *testing.T or a *testscript.TestScript.
type fataler interface {
	Fatalf(format string, args ...any)
}

// assertWhole checks that a file is a complete file of its kind.
func assertWhole(t *testing.T, path string) {
	t.Helper()
	if err := wholeFile(path); err != nil {
		t.Error(err)
	}
}

// wholeFile reports whether a file is a complete file of its kind: the
// JSON parses, the PDF ends with %%EOF, the workbook opens as a zip
// archive whose every member reads.
func wholeFile(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if len(data) == 0 {
		return fmt.Errorf("%s is empty", path)
	}
	switch filepath.Ext(path) {
	case ".json":
		var v map[string]any
		if err := json.Unmarshal(data, &v); err != nil {
			return fmt.Errorf("%s: not whole JSON: %v", path, err)
		}
	case ".pdf":
		if !bytes.HasPrefix(data, []byte("%PDF-")) || !bytes.HasSuffix(bytes.TrimRight(data, "\r\n"), []byte("%%EOF")) {
			return fmt.Errorf("%s: not a whole PDF (%d bytes)", path, len(data))
		}
	case ".xlsx":
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			return fmt.Errorf("%s: not a whole workbook: %v", path, err)
		}
		for _, f := range zr.File {
			rc, err := f.Open()
			if err == nil {
				_, err = io.Copy(io.Discard, rc)
				rc.Close()
			}
			if err != nil {
				return fmt.Errorf("%s: %s: %v", path, f.Name, err)
			}
		}
	default:
		return fmt.Errorf("unexpected file %s in the output folder", path)
	}
	return nil
}

func TestExitStatusMapping(t *testing.T) {
	tests := []struct {
		err  error
		want int
	}{
		{nil, exitOK},
		{flag.ErrHelp, exitOK},
		{usageError{"bad"}, exitUsage},
		{fmt.Errorf("render: %w", reportedError{"m.json is not a valid model"}), exitUsage},
		{fmt.Errorf("build: %w", &report.PeriodError{Flag: "--week"}), exitUsage},
		{&config.Error{File: "c.toml"}, exitUsage},
		{&lock.HeldError{Dir: "out"}, exitLocked},
		{fmt.Errorf("render: %w", context.Canceled), exitInterrupted},
		{errors.New("disk full"), exitFailure},
	}
	for _, tt := range tests {
		if got := exitStatus(tt.err); got != tt.want {
			t.Errorf("exitStatus(%v) = %d, want %d", tt.err, got, tt.want)
		}
	}
}

// TestReportedNotLoggedAgain: an error whose details are already on
// stderr exits 2 without another line; any other error is logged once.
func TestReportedNotLoggedAgain(t *testing.T) {
	for _, tt := range []struct {
		err    error
		logged bool
	}{
		{fmt.Errorf("render: %w", reportedError{"m.json is not a valid model"}), false},
		{usageError{"--wait -1s: want a positive duration"}, true},
	} {
		var stderr bytes.Buffer
		code := exitCode(&env{stderr: &stderr}, tt.err)
		if code != exitUsage || (stderr.Len() > 0) != tt.logged {
			t.Errorf("exitCode(%v) = %d, stderr %q; want %d, logged: %v", tt.err, code, stderr.String(), exitUsage, tt.logged)
		}
	}
}

func TestJSONLogsWanted(t *testing.T) {
	tests := []struct {
		args []string
		want bool
	}{
		{[]string{"build", "--log-format", "json"}, true},
		{[]string{"build", "--log-format=json"}, true},
		{[]string{"build", "-log-format", "json", "--quiet"}, true},
		{[]string{"build", "--log-format", "text"}, false},
		{[]string{"build", "--log-format"}, false},
		{[]string{"build", "--config", "json"}, false},
		{[]string{"build", "log-format", "json"}, false},
	}
	for _, tt := range tests {
		if got := jsonLogsWanted(tt.args); got != tt.want {
			t.Errorf("jsonLogsWanted(%q) = %v, want %v", tt.args, got, tt.want)
		}
	}
}
