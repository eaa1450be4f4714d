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
	"regexp"
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

// TestUnattended runs the built binary as cron would: under an empty
// environment (no HOME, a minimal PATH, TZ unset), from a folder that is
// not the configuration's, on a copy of the demo configuration and seeds.
func TestUnattended(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary; skipped with -short")
	}
	bin := buildBinary(t)
	t.Run("week", func(t *testing.T) { testWeek(t, bin) })
	t.Run("last week in the configured zone", func(t *testing.T) { testLastWeek(t, bin) })
	t.Run("since until", func(t *testing.T) { testSinceUntil(t, bin) })
	t.Run("empty week", func(t *testing.T) { testEmptyWeek(t, bin) })
	t.Run("bad periods", func(t *testing.T) { testBadUsage(t, bin) })
	t.Run("lock", func(t *testing.T) { testLock(t, bin) })
	t.Run("two runs at once", func(t *testing.T) { testTwoRuns(t, bin) })
	t.Run("SIGKILL while writing", func(t *testing.T) { testKilled(t, bin, syscall.SIGKILL) })
	t.Run("SIGTERM while writing", func(t *testing.T) { testKilled(t, bin, syscall.SIGTERM) })
	t.Run("SIGTERM while waiting", func(t *testing.T) { testInterrupted(t, bin) })
	t.Run("exit statuses", func(t *testing.T) { testExitStatuses(t, bin) })
	t.Run("json logs", func(t *testing.T) { testJSONLogs(t, bin) })
	t.Run("quiet", func(t *testing.T) { testQuiet(t, bin) })
	t.Run("cache", func(t *testing.T) { testCache(t, bin) })
}

// buildBinary builds the command once into a temporary folder. Only the
// build sees the Go environment (HOME, GOCACHE…); runs get none of it.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "brief")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
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
	cmd.Env = w.env
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

func testWeek(t *testing.T, bin string) {
	w := newWorkspace(t, bin)
	r := w.build(t, 0, "--week", "2023-W23")
	var want []string
	for _, ext := range []string{".pdf", ".xlsx", ".json"} {
		want = append(want, filepath.Join(w.out, "brief-2023-W23"+ext))
	}
	if got := strings.Fields(r.stdout); !slices.Equal(got, want) {
		t.Errorf("stdout %q, want only the paths %q", r.stdout, want)
	}
	for _, p := range append(want, filepath.Join(w.out, "brief-latest.json")) {
		assertWhole(t, p)
	}
	b := loadModel(t, want[2])
	if want := (report.Period{Label: "2023-W23", Start: "2023-06-05", End: "2023-06-11"}); b.Meta.Period != want {
		t.Errorf("meta.period = %+v, want %+v", b.Meta.Period, want)
	}
	var inWeek bool
	for _, s := range b.Sources {
		switch {
		case s.Published == "2023-06-06":
			inWeek = true
		case report.CompareDates(s.Published, "2023-06-05") >= 0:
			t.Errorf("source %s published %s is neither in the week nor before it", s.Path, s.Published)
		}
	}
	if !inWeek {
		t.Errorf("the week's article (published 2023-06-06) is not among the sources: %+v", b.Sources)
	}
	if len(b.KeyPoints) == 0 || strings.Contains(b.KeyPoints[0], "No new reporting") {
		t.Errorf("key points %q: the week has an article", b.KeyPoints)
	}
	// Earlier articles are context: the matrix may show positions from
	// before the week, but the JSON must not carry the July article.
	for _, s := range b.Sources {
		if strings.HasPrefix(s.Published, "2023-07") {
			t.Errorf("source %s from after the week is in its brief", s.Path)
		}
	}
	latest := loadModel(t, filepath.Join(w.out, "brief-latest.json"))
	if latest.Meta.Period != b.Meta.Period {
		t.Errorf("brief-latest.json holds %+v, want the run's period", latest.Meta.Period)
	}
}

func testLastWeek(t *testing.T, bin string) {
	w := newWorkspace(t, bin)
	// Sunday 11 June 2023 20:00 UTC is already Monday 12 June in Karachi,
	// the configuration's zone: last week there is 2023-W23, while in UTC
	// it would still be W22.
	sunday := time.Date(2023, 6, 11, 20, 0, 0, 0, time.UTC)
	w.env = []string{"PATH=/usr/bin:/bin", fmt.Sprintf("SOURCE_DATE_EPOCH=%d", sunday.Unix())}
	r := w.build(t, 0, "--week", "last", "--out", filepath.Join(w.runDir, "out"))
	if !strings.Contains(r.stdout, "brief-2023-W23.json") {
		t.Errorf("--week last on %s in Asia/Karachi wrote %q, want 2023-W23", sunday, r.stdout)
	}
}

func testSinceUntil(t *testing.T, bin string) {
	w := newWorkspace(t, bin)
	r := w.build(t, 0, "--since", "2023-05", "--until", "2023-06")
	path := filepath.Join(w.out, "brief-2023-05-01_to_2023-06-30.json")
	if !strings.Contains(r.stdout, path) {
		t.Fatalf("stdout %q, want %s", r.stdout, path)
	}
	b := loadModel(t, path)
	if b.Meta.Period.Start != "2023-05-01" || b.Meta.Period.End != "2023-06-30" {
		t.Errorf("meta.period = %+v", b.Meta.Period)
	}
}

func testEmptyWeek(t *testing.T, bin string) {
	w := newWorkspace(t, bin)
	r := w.build(t, 0, "--week", "2023-W40")
	b := loadModel(t, filepath.Join(w.out, "brief-2023-W40.json"))
	if len(b.KeyPoints) != 1 || !strings.Contains(b.KeyPoints[0], "No new reporting") {
		t.Errorf("key points of an empty week %q, want one saying there was no new reporting", b.KeyPoints)
	}
	if len(b.Figures)+len(b.Events) != 0 {
		t.Errorf("an empty week has %d figures and %d events", len(b.Figures), len(b.Events))
	}
	for _, p := range strings.Fields(r.stdout) {
		assertWhole(t, p)
	}
}

func testBadUsage(t *testing.T, bin string) {
	w := newWorkspace(t, bin)
	tests := []struct {
		args []string
		want string // in the one line of stderr
	}{
		{[]string{"--week", "2023-W54"}, "2023 has weeks 01 to 52"},
		{[]string{"--week", "next"}, "want an ISO week such as 2023-W23"},
		{[]string{"--week", "2023-W23", "--since", "2023-06-01"}, "either a week or a span"},
		{[]string{"--since", "2023-13-01"}, "want a date such as"},
		{[]string{"--since", "2023-06-30", "--until", "2023-06-01"}, "swap the two dates"},
		{[]string{"--since", "2031-01-01"}, "after today"},
		{[]string{"--wait", "soon"}, "invalid value"},
		{[]string{"--wait", "-1s"}, "positive duration"},
		{[]string{"--log-format", "xml"}, "text or json"},
	}
	for _, tt := range tests {
		r := w.run(t, append([]string{"build", "--config", w.cfg}, tt.args...)...)
		if r.code != exitUsage || !strings.Contains(r.stderr, tt.want) || r.stdout != "" {
			t.Errorf("build %v: exit %d, stdout %q, stderr %q; want %d and %q", tt.args, r.code, r.stdout, r.stderr, exitUsage, tt.want)
		}
		if _, err := os.Stat(w.out); err == nil {
			t.Errorf("build %v created the output folder; bad usage must touch nothing", tt.args)
		}
	}
	// extract takes the same periods.
	if r := w.run(t, "extract", "--config", w.cfg, "--week", "W23"); r.code != exitUsage {
		t.Errorf("extract --week W23: exit %d, want %d", r.code, exitUsage)
	}
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

func testExitStatuses(t *testing.T, bin string) {
	w := newWorkspace(t, bin)
	broken := filepath.Join(w.runDir, "broken")
	copyFile(t, filepath.Join("testdata", "unattended", "broken.md"), filepath.Join(broken, "broken.md"))
	misspelt := filepath.Join(filepath.Dir(w.cfg), "misspelt.toml")
	copyFile(t, filepath.Join("testdata", "unattended", "misspelt.toml"), misspelt)
	release := func() {}
	tests := []struct {
		name  string
		setup func()
		args  []string
		code  int
		want  string
	}{
		{"success", nil, []string{"--week", "2023-W23"}, exitOK, ""},
		{"no usable article", nil, []string{"--sources", broken}, exitFailure, "no usable article"},
		{"bad configuration", nil, []string{"--config", misspelt}, exitUsage, "misspelt.toml:4: unknown key"},
		{"bad usage", nil, []string{"--week", "2023-23"}, exitUsage, "--week 2023-23"},
		{"locked", func() { release = holdLock(t, w.out) }, nil, exitLocked, "another run holds the lock"},
	}
	for _, tt := range tests {
		if tt.setup != nil {
			tt.setup()
		}
		args := append([]string{"build", "--config", w.cfg}, tt.args...)
		r := w.run(t, args...)
		if r.code != tt.code || !strings.Contains(r.stderr, tt.want) {
			t.Errorf("%s: exit %d, stderr %q; want %d and %q", tt.name, r.code, r.stderr, tt.code, tt.want)
		}
		if tt.code != exitOK && r.stdout != "" {
			t.Errorf("%s: stdout %q, want nothing", tt.name, r.stdout)
		}
	}
	release()
	// 130 is checked by "SIGTERM while waiting"; the usage text lists them all.
	r := w.run(t, "--help")
	for _, code := range []string{"0 ", "1 ", "2 ", "3 ", "130 "} {
		if !regexp.MustCompile(`(?m)^\s+` + code).MatchString(r.stdout) {
			t.Errorf("brief --help does not document exit status %s", code)
		}
	}
}

func testJSONLogs(t *testing.T, bin string) {
	w := newWorkspace(t, bin)
	broken := filepath.Join(w.runDir, "broken")
	copyFile(t, filepath.Join("testdata", "unattended", "broken.md"), filepath.Join(broken, "broken.md"))
	mixed := filepath.Join(w.runDir, "mixed")
	copyFile(t, filepath.Join("testdata", "unattended", "broken.md"), filepath.Join(mixed, "broken.md"))
	copyFile(t, filepath.Join("testdata", "unattended", "undated.md"), filepath.Join(mixed, "undated.md"))
	tests := []struct {
		args   []string
		code   int
		levels []string // levels that must appear
	}{
		{[]string{"build", "--config", w.cfg, "--week", "2023-W23"}, exitOK, []string{"INFO"}},
		{[]string{"build", "--config", w.cfg, "--sources", mixed}, exitOK, []string{"INFO", "WARN"}},
		{[]string{"build", "--config", w.cfg, "--sources", broken}, exitFailure, []string{"WARN", "ERROR"}},
		{[]string{"build", "--config", w.cfg, "--week", "someday"}, exitUsage, []string{"ERROR"}},
		{[]string{"build", "--config", w.cfg, "--no-such-flag"}, exitUsage, []string{"ERROR"}},
		{[]string{"build", "--config", w.cfg, "stray"}, exitUsage, []string{"ERROR"}},
		{[]string{"build", "--config", "/nowhere/config.toml"}, exitUsage, []string{"ERROR"}},
		{[]string{"extract", "--config", w.cfg, "--sources", mixed}, exitOK, []string{"WARN"}},
		{[]string{"check", "--config", w.cfg, "--sources", broken}, exitFailure, []string{"ERROR"}},
		{[]string{"frobnicate"}, exitUsage, []string{"ERROR"}},
	}
	for _, tt := range tests {
		args := append(slices.Clone(tt.args), "--log-format", "json")
		r := w.run(t, args...)
		if r.code != tt.code {
			t.Errorf("%v: exit %d, want %d; stderr:\n%s", args, r.code, tt.code, r.stderr)
		}
		seen := map[string]bool{}
		for _, line := range strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n") {
			var rec struct{ Time, Level, Msg string }
			if err := json.Unmarshal([]byte(line), &rec); err != nil || rec.Msg == "" || rec.Time == "" {
				t.Errorf("%v: stderr line %q is not a JSON log record", args, line)
			}
			seen[rec.Level] = true
		}
		for _, l := range tt.levels {
			if !seen[l] {
				t.Errorf("%v: no %s record in stderr:\n%s", args, l, r.stderr)
			}
		}
	}
}

func testQuiet(t *testing.T, bin string) {
	w := newWorkspace(t, bin)
	r := w.build(t, 0, "--quiet")
	if r.stderr != "" {
		t.Errorf("--quiet success wrote %q to stderr", r.stderr)
	}
	for _, p := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		assertWhole(t, p)
	}
	r = w.run(t, "build", "--config", w.cfg, "--quiet", "--week", "bad")
	if r.code != exitUsage || strings.Count(r.stderr, "\n") != 1 {
		t.Errorf("--quiet with an error: exit %d, stderr %q; want one error line", r.code, r.stderr)
	}
}

func testCache(t *testing.T, bin string) {
	w := newWorkspace(t, bin)
	w.build(t, 0)
	r := w.build(t, 0, "--log-format", "json")
	var load struct {
		Step             string
		Articles, Cached int
	}
	for _, line := range strings.Split(r.stderr, "\n") {
		if json.Unmarshal([]byte(line), &load); load.Step == "load" {
			break
		}
	}
	if load.Articles == 0 || load.Cached != load.Articles {
		t.Errorf("second run: %d of %d articles from the cache, want all", load.Cached, load.Articles)
	}
	first := loadModel(t, filepath.Join(w.out, "brief-all.json"))
	w.build(t, 0, "--no-cache")
	if again := loadModel(t, filepath.Join(w.out, "brief-all.json")); !jsonEqual(t, first, again) {
		t.Errorf("the model built from the cache differs from one built without it")
	}
}

func jsonEqual(t *testing.T, a, b any) bool {
	t.Helper()
	x, err1 := json.Marshal(a)
	y, err2 := json.Marshal(b)
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	return bytes.Equal(x, y)
}

// finalFiles lists the final-named files in the output folder.
func finalFiles(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
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

// assertWhole checks that a file is a complete file of its kind: the JSON
// parses, the PDF ends with %%EOF, the workbook opens as a zip archive.
func assertWhole(t *testing.T, path string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Errorf("%v", err)
		return
	}
	if len(data) == 0 {
		t.Errorf("%s is empty", path)
		return
	}
	switch filepath.Ext(path) {
	case ".json":
		var v map[string]any
		if err := json.Unmarshal(data, &v); err != nil {
			t.Errorf("%s: not whole JSON: %v", path, err)
		}
	case ".pdf":
		if !bytes.HasPrefix(data, []byte("%PDF-")) || !bytes.HasSuffix(bytes.TrimRight(data, "\r\n"), []byte("%%EOF")) {
			t.Errorf("%s: not a whole PDF (%d bytes)", path, len(data))
		}
	case ".xlsx":
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Errorf("%s: not a whole workbook: %v", path, err)
			return
		}
		for _, f := range zr.File {
			rc, err := f.Open()
			if err == nil {
				_, err = io.Copy(io.Discard, rc)
				rc.Close()
			}
			if err != nil {
				t.Errorf("%s: %s: %v", path, f.Name, err)
			}
		}
	default:
		t.Errorf("unexpected file %s in the output folder", path)
	}
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
