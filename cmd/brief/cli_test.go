package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strings"
	"testing"
)

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
	gitDir, _ := exec.Command("git", "rev-parse", "--git-dir").Output()
	common, _ := exec.Command("git", "rev-parse", "--git-common-dir").Output()
	if !bytes.Equal(gitDir, common) && os.Getenv("CI") != "true" {
		// Go finds no repository in a linked git worktree, whose .git is
		// a file: skip before spending a build on it.
		t.Skip("a linked git worktree: go build stamps no revision here; TestDescribeBuild covers the text")
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
	w := newWorkspace(t, briefBinary(t))
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
