package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strings"
	"testing"

	"brief/report"
)

// runInProcess runs the command line in this process and returns the exit
// status and what went to stdout and stderr.
func runInProcess(args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = run(context.Background(), args, &env{stdout: &out, stderr: &errOut})
	return code, out.String(), errOut.String()
}

// TestFlagErrors checks that a bad option is one error line in the
// documented form with a hint, not the flag package's message and usage.
func TestFlagErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"build", "--bogus"}, "brief: error: build: unknown option --bogus; run 'brief build --help' for the options\n"},
		{[]string{"extract", "--config"}, "brief: error: extract: option --config needs a value; run 'brief extract --help' for the options\n"},
		{[]string{"build", "--wait", "soon"}, `brief: error: build: invalid value "soon" for --wait: parse error; run 'brief build --help' for the options` + "\n"},
		{[]string{"render", "-x"}, "brief: error: render: unknown option --x; run 'brief render --help' for the options\n"},
		{[]string{"init"}, "brief: error: init: want one folder, as in brief init ~/briefs/northland; run 'brief init --help'\n"},
	}
	for _, tt := range tests {
		code, stdout, stderr := runInProcess(tt.args...)
		if code != exitUsage || stdout != "" || stderr != tt.want {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want 2 and %q", tt.args, code, stdout, stderr, tt.want)
		}
	}
	// Under JSON logs the same error is one JSON object.
	code, _, stderr := runInProcess("build", "--log-format", "json", "--bogus")
	if code != exitUsage || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, `"msg":"build: unknown option --bogus`) {
		t.Errorf("JSON: exit %d, stderr %q", code, stderr)
	}
}

func TestPlural(t *testing.T) {
	for n, want := range map[int]string{0: "0 articles", 1: "1 article", 2: "2 articles"} {
		if got := plural(n, "article"); got != want {
			t.Errorf("plural(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestVersion builds the command with version control stamping and
// checks that --version prints the revision checked out.
func TestVersion(t *testing.T) {
	head, err := exec.Command("git", "rev-parse", "HEAD").Output()
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("git rev-parse HEAD: %v (CI needs git and a clone)", err)
		}
		t.Skipf("no git checkout here (%v): the revision cannot be stamped", err)
	}
	bin := filepath.Join(t.TempDir(), "brief")
	if out, err := exec.Command("go", "build", "-buildvcs=true", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	if info, _ := exec.Command("go", "version", "-m", bin).Output(); !bytes.Contains(info, []byte("vcs.revision")) {
		// Go finds no repository in a linked git worktree, whose .git is
		// a file: the binary has no revision to print.
		if os.Getenv("CI") == "true" {
			t.Fatal("go build -buildvcs=true stamped no revision; CI runs from a clone")
		}
		t.Skip("go build stamped no revision here (a git worktree?); TestDescribeBuild covers the text")
	}
	for _, arg := range []string{"--version", "version"} {
		out, err := exec.Command(bin, arg).Output()
		if err != nil {
			t.Fatalf("brief %s: %v", arg, err)
		}
		if want := "revision " + strings.TrimSpace(string(head)); !strings.Contains(string(out), want) {
			t.Errorf("brief %s printed %q, want %q in it", arg, out, want)
		}
	}
}

func TestDescribeBuild(t *testing.T) {
	info := &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "v1.2.0"}, Settings: []debug.BuildSetting{
		{Key: "vcs.revision", Value: "0123abcd"}, {Key: "vcs.time", Value: "2026-01-02T03:04:05Z"}, {Key: "vcs.modified", Value: "true"},
	}}
	want := "brief v1.2.0 revision 0123abcd (2026-01-02T03:04:05Z) with local changes, go1.26.0"
	if got := describeBuild(info); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	info.Settings = nil
	if got := describeBuild(info); !strings.Contains(got, "revision unknown") {
		t.Errorf("without VCS information: %q", got)
	}
}

// TestStrict checks that --strict turns a skipped article into a failure
// that writes nothing, while the same run without it succeeds.
func TestStrict(t *testing.T) {
	w := newWorkspace(t, buildBinary(t))
	copyFile(t, filepath.Join("testdata", "unattended", "broken.md"), filepath.Join(filepath.Dir(w.cfg), "sources", "broken.md"))
	r := w.build(t, exitFailure, "--strict")
	if !strings.Contains(r.stderr, "brief: error: --strict: 1 problem with articles (1 skipped); nothing was written") || r.stdout != "" {
		t.Errorf("--strict: stdout %q, stderr %q", r.stdout, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(w.out, "brief-all.pdf")); err == nil {
		t.Error("--strict wrote the PDF")
	}
	w.build(t, exitOK)
	r = w.run(t, "extract", "--config", w.cfg, "--strict")
	if r.code != exitFailure || r.stdout != "" {
		t.Errorf("extract --strict: exit %d, stdout %d bytes", r.code, len(r.stdout))
	}
}

// TestInit starts a brief in an empty folder and builds it, as a newcomer
// would: the PDF is written, and a second init refuses to overwrite.
func TestInit(t *testing.T) {
	bin := buildBinary(t)
	dir := filepath.Join(t.TempDir(), "northland")
	out, err := exec.Command(bin, "init", dir).Output()
	if err != nil {
		t.Fatalf("init: %v", err)
	}
	if !strings.Contains(string(out), "brief build") {
		t.Errorf("init does not say what to run next:\n%s", out)
	}
	cmd := exec.Command(bin, "build")
	cmd.Dir = dir
	cmd.Env = []string{"PATH=/usr/bin:/bin"}
	paths, err := cmd.Output()
	if err != nil {
		t.Fatalf("build after init: %v", err)
	}
	pdf := filepath.Join(dir, "out", "brief-all.pdf")
	if !strings.Contains(string(paths), pdf) {
		t.Fatalf("build printed %q, want %s", paths, pdf)
	}
	if data, err := os.ReadFile(pdf); err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Errorf("%s: not a PDF (%v)", pdf, err)
	}
	b := loadModel(t, filepath.Join(dir, "out", "brief-all.json"))
	if len(b.Stances) == 0 || len(b.Sources) != 1 {
		t.Errorf("the sample article gave %d stances from %d sources", len(b.Stances), len(b.Sources))
	}
	if err := exec.Command(bin, "init", dir).Run(); err == nil {
		t.Error("init over an existing brief succeeded")
	}
}

// TestReadmeRecipes runs the crontab line's redirections and README's jq
// recipes on a real JSON log: paths go to one file, the log to another,
// and every recipe parses the log.
func TestReadmeRecipes(t *testing.T) {
	if _, err := exec.LookPath("jq"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("jq is missing (CI installs it)")
		}
		t.Skip("jq is missing; install it to run README's log recipes")
	}
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	cron := regexp.MustCompile(`(?m)^\s+0 6 \* \* 1 .* --log-format json >(\S+) 2>>(\S+)$`).FindSubmatch(readme)
	if cron == nil {
		t.Fatal("README has no crontab line writing paths with > and the log with 2>>")
	}
	// No line of README may send a JSON-logging run's stdout (the paths
	// it wrote) into the log the jq recipes read.
	for _, line := range strings.Split(string(readme), "\n") {
		for _, part := range strings.Split(line, ";") {
			if strings.Contains(part, "--log-format json") && strings.Contains(part, "2>&1") {
				t.Errorf("README mixes stdout into the JSON log: %s", strings.TrimSpace(part))
			}
		}
	}
	recipes := regexp.MustCompile(`(?m)^\s+(jq .*?)\s+#.*$`).FindAllSubmatch(readme, -1)
	if len(recipes) < 3 {
		t.Fatalf("README has %d jq recipes, want 3", len(recipes))
	}
	w := newWorkspace(t, buildBinary(t))
	copyFile(t, filepath.Join("testdata", "unattended", "undated.md"), filepath.Join(filepath.Dir(w.cfg), "sources", "undated.md"))
	dir := t.TempDir()
	paths, log := filepath.Join(dir, "paths"), filepath.Join(dir, "brief.log")
	for i, args := range [][]string{
		{"build", "--config", w.cfg, "--week", "2023-W23"},
		{"build", "--config", w.cfg, "--week", "2023-23"}, // a failure, for the third recipe
	} {
		cmd := w.command(append(args, "--log-format", "json")...)
		pf, _ := os.Create(paths)
		lf, _ := os.OpenFile(log, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
		cmd.Stdout, cmd.Stderr = pf, lf
		_ = cmd.Run()
		pf.Close()
		lf.Close()
		if data, _ := os.ReadFile(paths); i == 0 && (!strings.HasSuffix(strings.TrimSpace(string(data)), ".json") || strings.Contains(string(data), "{")) {
			t.Errorf("the paths file holds %q, want only paths", data)
		}
	}
	for _, m := range recipes {
		recipe := strings.ReplaceAll(string(m[1]), string(cron[2]), log)
		out, err := exec.Command("sh", "-c", recipe).CombinedOutput()
		if err != nil || len(bytes.TrimSpace(out)) == 0 {
			t.Errorf("%s: %v, output %q", recipe, err, out)
		}
	}
}

// TestAssessment builds a brief whose configuration names the analyst's
// assessment: it is printed first, marked as the analyst's, and carried
// in the JSON; a missing file is a configuration error.
func TestAssessment(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	dir := filepath.Join(t.TempDir(), "b")
	if code, _, stderr := runInProcess("init", dir); code != 0 {
		t.Fatal(stderr)
	}
	cfg := filepath.Join(dir, "config.toml")
	data, _ := os.ReadFile(cfg)
	data = bytes.Replace(data, []byte(`# assessment = "assessment.md"`), []byte(`assessment = "assessment.md"`), 1)
	if err := os.WriteFile(cfg, data, 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runInProcess("build", "--config", cfg)
	if code != exitUsage || !strings.Contains(stderr, "assessment: cannot read") {
		t.Errorf("missing assessment: exit %d, %q", code, stderr)
	}
	mine := "Talks are unlikely before the spring thaw.\n\nWatch the valley roads."
	if err := os.WriteFile(filepath.Join(dir, "assessment.md"), []byte(mine), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runInProcess("build", "--config", cfg)
	if code != 0 {
		t.Fatalf("build: %s", stderr)
	}
	paths := strings.Fields(stdout)
	if b := loadModel(t, paths[2]); b.Meta.Assessment != mine {
		t.Errorf("meta.assessment = %q", b.Meta.Assessment)
	}
	if text := plainPDFText(t, paths[0]); text != "" {
		a, k := strings.Index(text, "Analyst's assessment"), strings.Index(text, "This brief rests on")
		if a < 0 || k < 0 || a > k || !strings.Contains(text, "Talks are unlikely before the spring thaw.") {
			t.Errorf("the assessment is not printed first:\n%.600s", text)
		}
	}
}

func TestScriptWarnings(t *testing.T) {
	b := &report.Brief{
		Sources: []report.Source{
			{ID: "s1", Path: "sources/beijing.md", Title: "北京 calls for talks"},
			{ID: "s2", Path: "sources/urdu.md", Title: "پاکستان اور افغانستان"},
			{ID: "s3", Path: "sources/hindi.md", Title: "Plain title"},
		},
		Stances: []report.Stance{{ID: "t1", Citations: []report.Citation{{Source: "s3", Quote: "मंत्री ने कहा"}}}},
	}
	got := scriptWarnings(b)
	if len(got) != 2 || !strings.HasPrefix(got[0], "sources/beijing.md: the PDF cannot draw its Han script") ||
		!strings.HasPrefix(got[1], "sources/hindi.md: the PDF cannot draw its Devanagari script") {
		t.Errorf("warnings %q", got)
	}
}
