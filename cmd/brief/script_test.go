package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gofrs/flock"
	"github.com/rogpeppe/go-internal/testscript"

	"brief/cmd/brief/internal/lock"
	"brief/cmd/brief/internal/outputs"
	"brief/docs"
	"brief/internal/golden"
	"brief/report"
)

// runAsBrief, set to 1 in a test process's environment, makes the test
// binary run as the brief command: the Go tests that need a process of
// their own (signals, two runs at once, cron's empty environment) run
// the test binary so instead of building one.
const runAsBrief = "BRIEF_TEST_RUN_AS_BRIEF"

// switchPause, in a process run as brief, widens the moments between the
// renames that put outputs in place (outputs.SwitchPause), so that a kill
// test can land between them.
const switchPause = "BRIEF_TEST_SWITCH_PAUSE"

func TestMain(m *testing.M) {
	if os.Getenv(runAsBrief) == "1" {
		if d, err := time.ParseDuration(os.Getenv(switchPause)); err == nil {
			outputs.SwitchPause = d
		}
		main()
	}
	os.Exit(m.Run())
}

// briefBinary returns the path of a binary that runs as brief when its
// environment has runAsBrief=1: this test binary.
func briefBinary(t *testing.T) string {
	t.Helper()
	bin, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	return bin
}

// TestScripts runs each feature's script in testdata/script: a command
// line, its exit status, what it wrote to stdout and stderr, and which
// files exist after it. Every script starts in an empty folder $WORK,
// with SOURCE_DATE_EPOCH=1700000000 (14 November 2023) as "now"; $REPO is
// the repository and $TESTDATA this package's testdata folder.
//
// Beside testscript's own commands, a script may use:
//
//	brief ARGS...            run the command in this process (as main does, with no stdin),
//	                         in the script's folder; ! brief expects a failure
//	status N CMD [ARGS...]   run CMD (brief, or a program) and require exit status N
//	demo DIR                 copy the demo's config.toml and sources/ into DIR
//	model FILE...            each FILE is a model matching docs/model.schema.json
//	whole FILE|DIR...        each file (or each output in DIR) is a complete JSON, PDF or workbook
//	lock DIR                 hold DIR's output lock, as another run would, until unlock DIR
//
// and the condition [tool:NAME], true when an outside tool is installed;
// under CI=true a missing tool fails the script, so that
// "[!tool:pdftotext] skip" skips only where skipping is allowed.
func TestScripts(t *testing.T) {
	repo, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	testdata, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		// Absolute: a script's brief changes the working directory.
		Dir: filepath.Join(testdata, "script"),
		// go test -update rewrites a script's expected files (the
		// second argument of cmp stdout/stderr) from the run's output.
		UpdateScripts: golden.Update(),
		Condition:     toolCondition,
		Setup: func(e *testscript.Env) error {
			e.Setenv("REPO", repo)
			e.Setenv("TESTDATA", testdata)
			e.Setenv("SOURCE_DATE_EPOCH", "1700000000")
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"brief":  cmdBrief,
			"status": cmdStatus,
			"demo":   cmdDemo,
			"model":  cmdModel,
			"whole":  cmdWhole,
			"lock":   cmdLock,
			"unlock": cmdUnlock,
		},
	})
}

// inProcess serialises the scripts' runs of brief: each changes the
// working directory and SOURCE_DATE_EPOCH of the whole test process.
var inProcess sync.Mutex

// runBriefInScript runs brief with args in this process, in the script's
// current folder and with its SOURCE_DATE_EPOCH, writing to the script's
// stdout and stderr, and returns the exit status.
func runBriefInScript(ts *testscript.TestScript, args []string) int {
	stdout, stderr := ts.Stdout(), ts.Stderr()
	dir := ts.MkAbs(".")
	inProcess.Lock()
	defer inProcess.Unlock()
	wd, err := os.Getwd()
	ts.Check(err)
	ts.Check(os.Chdir(dir))
	defer os.Chdir(wd)
	old, had := os.LookupEnv("SOURCE_DATE_EPOCH")
	defer func() {
		if had {
			os.Setenv("SOURCE_DATE_EPOCH", old)
		} else {
			os.Unsetenv("SOURCE_DATE_EPOCH")
		}
	}()
	if v := ts.Getenv("SOURCE_DATE_EPOCH"); v != "" {
		os.Setenv("SOURCE_DATE_EPOCH", v)
	} else {
		os.Unsetenv("SOURCE_DATE_EPOCH")
	}
	return run(context.Background(), args, &env{stdin: strings.NewReader(""), stdout: stdout, stderr: stderr})
}

// cmdBrief runs brief in this process: it must succeed, or with ! fail.
func cmdBrief(ts *testscript.TestScript, neg bool, args []string) {
	code := runBriefInScript(ts, args)
	switch {
	case code != 0 && !neg:
		ts.Fatalf("brief exited %d", code)
	case code == 0 && neg:
		ts.Fatalf("brief succeeded unexpectedly")
	}
}

// cmdStatus runs a command and checks its exit status.
func cmdStatus(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: status N CMD [ARGS...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("status %q: want a number", args[0])
	}
	got := 0
	if args[1] == "brief" {
		got = runBriefInScript(ts, args[2:])
	} else if err := ts.Exec(args[1], args[2:]...); err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			ts.Fatalf("%v", err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("exit status %d, want %d", got, want)
	}
}

// cmdDemo copies the demo configuration and its articles into a folder.
func cmdDemo(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: demo DIR")
	}
	repo := ts.Getenv("REPO")
	dir := ts.MkAbs(args[0])
	seeds, err := filepath.Glob(filepath.Join(repo, "sources", "*.md"))
	ts.Check(err)
	if len(seeds) == 0 {
		ts.Fatalf("no demo articles in %s/sources", repo)
	}
	ts.Check(os.MkdirAll(filepath.Join(dir, "sources"), 0o755))
	copyTo := func(from, to string) {
		data, err := os.ReadFile(from)
		ts.Check(err)
		ts.Check(os.WriteFile(to, data, 0o644))
	}
	copyTo(filepath.Join(repo, "config.toml"), filepath.Join(dir, "config.toml"))
	for _, s := range seeds {
		copyTo(s, filepath.Join(dir, "sources", filepath.Base(s)))
	}
}

// cmdModel validates models against the JSON schema.
func cmdModel(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) == 0 {
		ts.Fatalf("usage: model FILE...")
	}
	for _, name := range args {
		data, err := os.ReadFile(ts.MkAbs(name))
		ts.Check(err)
		err = docs.ValidateModel(data)
		if err == nil && !strings.Contains(string(data), `"schema_version": "`+report.SchemaVersion+`"`) {
			err = fmt.Errorf("no schema_version %s", report.SchemaVersion)
		}
		switch {
		case err != nil && !neg:
			ts.Fatalf("%s: %v", name, err)
		case err == nil && neg:
			ts.Fatalf("%s is a valid model", name)
		}
	}
}

// cmdWhole checks that files are complete files of their kind.
func cmdWhole(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) == 0 {
		ts.Fatalf("usage: whole FILE|DIR...")
	}
	for _, name := range args {
		path := ts.MkAbs(name)
		info, err := os.Stat(path)
		ts.Check(err)
		paths := []string{path}
		if info.IsDir() {
			paths = nil
			for _, f := range finalFiles(ts, path) {
				paths = append(paths, filepath.Join(path, f))
			}
		}
		for _, p := range paths {
			if err := wholeFile(p); err != nil {
				ts.Fatalf("%v", err)
			}
		}
	}
}

// held are the locks scripts hold, by folder.
var held sync.Map // string -> *flock.Flock

// cmdLock takes a folder's output lock as another process would.
func cmdLock(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: lock DIR")
	}
	dir := ts.MkAbs(args[0])
	ts.Check(os.MkdirAll(dir, 0o755))
	fl := flock.New(filepath.Join(dir, lock.Name))
	if ok, err := fl.TryLock(); !ok || err != nil {
		ts.Fatalf("lock %s: %v", dir, err)
	}
	held.Store(dir, fl)
	ts.Defer(func() { fl.Unlock() })
}

// cmdUnlock releases a lock cmdLock took.
func cmdUnlock(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: unlock DIR")
	}
	fl, ok := held.LoadAndDelete(ts.MkAbs(args[0]))
	if !ok {
		ts.Fatalf("%s is not locked", args[0])
	}
	ts.Check(fl.(*flock.Flock).Unlock())
}

// toolCondition answers a script's [tool:NAME] condition: whether an
// outside tool is installed. Under CI=true a missing tool is an error, as
// every check must run there.
func toolCondition(cond string) (bool, error) {
	name, ok := strings.CutPrefix(cond, "tool:")
	if !ok {
		return false, fmt.Errorf("unknown condition %q", cond)
	}
	if _, err := exec.LookPath(name); err != nil {
		if os.Getenv("CI") == "true" {
			return false, fmt.Errorf("%s is missing; .ci/run must install it", name)
		}
		return false, nil
	}
	return true, nil
}

func TestToolCondition(t *testing.T) {
	t.Setenv("CI", "")
	if ok, err := toolCondition("tool:sh"); !ok || err != nil {
		t.Errorf("[tool:sh] = %v, %v; want true", ok, err)
	}
	if ok, err := toolCondition("tool:no-such-tool-here"); ok || err != nil {
		t.Errorf("[tool:no-such-tool-here] = %v, %v; want false, so that the script skips", ok, err)
	}
	t.Setenv("CI", "true")
	if _, err := toolCondition("tool:no-such-tool-here"); err == nil {
		t.Error("under CI=true a missing tool is no error; the script would skip its check")
	}
	if _, err := toolCondition("network"); err == nil {
		t.Error("an unknown condition is no error")
	}
}
