package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"brief/report"
	"brief/report/config"
	"brief/report/corpus"
)

// runBrief runs the command in-process and returns its exit status,
// stdout and stderr.
func runBrief(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	return runBriefStdin(t, strings.NewReader(""), args...)
}

// runBriefStdin is runBrief with stdin reading from r.
func runBriefStdin(t *testing.T, r io.Reader, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), args, &env{stdin: r, stdout: &stdout, stderr: &stderr})
	if code == exitOK {
		checkProducedModels(t, args, stdout.String())
	}
	return code, stdout.String(), stderr.String()
}

// needTool skips the test when an outside tool is missing, except in CI,
// where every check must run.
func needTool(t *testing.T, name string) {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is missing; .ci/run must install it", name)
		}
		t.Skipf("%s not installed; skipping this check (.ci/run installs it)", name)
	}
}

// TestBuildDemo is the walking brief end to end: the demo configuration
// and sources give a PDF, a workbook and a JSON model.
func TestBuildDemo(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	out := t.TempDir()
	code, stdout, stderr := runBrief(t, "build", "--config", "../../config.toml", "--out", out)
	if code != 0 {
		t.Fatalf("build exited %d: %s", code, stderr)
	}
	paths := strings.Fields(stdout)
	want := []string{"brief-all.pdf", "brief-all.xlsx", "brief-all.json"}
	if len(paths) != len(want) {
		t.Fatalf("build printed %q, want the paths of %v", stdout, want)
	}
	for i, p := range paths {
		if filepath.Base(p) != want[i] {
			t.Errorf("path %d = %s, want %s", i, p, want[i])
		}
		if info, err := os.Stat(p); err != nil || info.Size() == 0 {
			t.Errorf("%s missing or empty: %v", p, err)
		}
	}
	cfg, err := config.Load("../../config.toml")
	if err != nil {
		t.Fatal(err)
	}
	sources, _, err := corpus.Load("../../sources", corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Run("json", func(t *testing.T) { checkJSON(t, paths[2], len(sources)) })
	t.Run("workbook", func(t *testing.T) { checkWorkbook(t, paths[1]) })
	t.Run("pdf", func(t *testing.T) { checkPDF(t, paths[0], cfg, sources) })
}

func checkJSON(t *testing.T, path string, articles int) {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var b report.Brief
	if err := json.Unmarshal(data, &b); err != nil {
		t.Fatalf("model JSON does not parse: %v", err)
	}
	if len(b.Sources) != articles {
		t.Errorf("model has %d sources, want %d", len(b.Sources), articles)
	}
	var raw map[string]json.RawMessage
	json.Unmarshal(data, &raw)
	for _, key := range []string{"sources", "figures", "events", "stances"} {
		if v := string(raw[key]); v == "" || v == "null" {
			t.Errorf("model JSON %q = %q, want a list", key, v)
		}
	}
}

func checkWorkbook(t *testing.T, path string) {
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatalf("excelize cannot read the workbook back: %v", err)
	}
	defer f.Close()
	if len(f.GetSheetList()) < 2 {
		t.Errorf("workbook sheets = %v, want the brief's sheets", f.GetSheetList())
	}
}

func checkPDF(t *testing.T, path string, cfg *config.Config, sources []report.Source) {
	for _, tool := range []string{"qpdf", "pdffonts", "pdftotext"} {
		needTool(t, tool)
	}
	if out, err := exec.Command("qpdf", "--check", path).CombinedOutput(); err != nil {
		t.Errorf("qpdf --check: %v\n%s", err, out)
	}
	fonts, err := exec.Command("pdffonts", path).Output()
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(fonts)), "\n")
	if len(lines) < 3 {
		t.Errorf("pdffonts lists no font:\n%s", fonts)
	}
	for _, l := range lines[2:] {
		// Columns: name type encoding emb sub uni object ID.
		f := strings.Fields(l)
		if len(f) < 5 || f[len(f)-5] != "yes" {
			t.Errorf("font not embedded: %s", l)
		}
	}
	text, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	flat := squash(string(text))
	for _, s := range cfg.Sections {
		if !strings.Contains(flat, squash(s.Title)) {
			t.Errorf("PDF lacks the heading of section %q", s.Title)
		}
	}
	for _, s := range sources {
		if !strings.Contains(flat, squash(s.Title)) {
			t.Errorf("PDF lacks the title of %s: %q", s.Path, s.Title)
		}
	}
}

// squash folds spacing, line breaks and typographic quotes so that text
// wrapped across lines still matches.
func squash(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "\u00a0", " ", "-\n", "").Replace(s)
	return strings.Join(strings.Fields(s), "")
}

func TestConfigurationErrors(t *testing.T) {
	dir := t.TempDir()
	demo, err := os.ReadFile("../../config.toml")
	if err != nil {
		t.Fatal(err)
	}
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name, config string
		want         *regexp.Regexp
	}{
		{"misspelt key", strings.Replace(string(demo), "marking =", "markng =", 1), regexp.MustCompile(`misspelt-key\.toml:\d+: unknown key "markng"`)},
		{"wrong type", strings.Replace(string(demo), `page_size = "A4"`, `page_size = 4`, 1), regexp.MustCompile(`wrong-type\.toml:\d+: key "page_size": incompatible types`)},
		{"missing sources", strings.Replace(string(demo), `sources = "sources"`, `sources = "no-such-folder"`, 1), regexp.MustCompile(`missing-sources\.toml:\d+: sources folder .*no-such-folder does not exist`)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := write(strings.ReplaceAll(tt.name, " ", "-")+".toml", tt.config)
			for _, cmd := range []string{"build", "extract", "check"} {
				code, stdout, stderr := runBrief(t, cmd, "--config", path, "--out", filepath.Join(dir, "out"))
				if code != 2 {
					t.Errorf("%s: exit %d, want 2 (stderr %q)", cmd, code, stderr)
				}
				if !tt.want.MatchString(stderr) || strings.Count(stderr, "\n") != 1 {
					t.Errorf("%s: stderr %q, want one line matching %s", cmd, stderr, tt.want)
				}
				if stdout != "" {
					t.Errorf("%s: stdout %q, want nothing", cmd, stdout)
				}
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "out")); err == nil {
		t.Error("a run with a bad configuration created the output folder")
	}
}

func TestBrokenArticleIsSkipped(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	src := t.TempDir()
	good, err := os.ReadFile("../../sources/004_dcfc43daf360a3a4.md")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(src, "a.md"), good, 0o644)
	os.WriteFile(filepath.Join(src, "b.md"), []byte("+++\ntitle = \"Broken\npublished = 2023-06-01\n+++\nText.\n"), 0o644)

	code, stdout, stderr := runBrief(t, "extract", "--config", "../../config.toml", "--sources", src)
	if code != 0 {
		t.Fatalf("exit %d with one good article, want 0: %s", code, stderr)
	}
	if !regexp.MustCompile(`b\.md:2: front matter: .*; article skipped`).MatchString(stderr) {
		t.Errorf("stderr %q does not report b.md:2 as skipped", stderr)
	}
	var b report.Brief
	if err := json.Unmarshal([]byte(stdout), &b); err != nil || len(b.Sources) != 1 {
		t.Errorf("model has %d sources (%v), want the good one", len(b.Sources), err)
	}

	os.Remove(filepath.Join(src, "a.md"))
	code, stdout, stderr = runBrief(t, "extract", "--config", "../../config.toml", "--sources", src)
	if code != 1 || stdout != "" || !strings.Contains(stderr, "no usable article") {
		t.Errorf("only a broken article: exit %d, stdout %q, stderr %q; want 1, nothing, 'no usable article'", code, stdout, stderr)
	}
}

func TestUsage(t *testing.T) {
	tests := []struct {
		args []string
		code int
		out  string // in stdout, or in stderr for a non-zero status
	}{
		{[]string{"--help"}, 0, "Exit status:"},
		{[]string{"build", "--help"}, 0, "Usage: brief build"},
		{[]string{"help", "extract"}, 0, "Usage: brief extract"},
		{[]string{}, 2, "Usage: brief COMMAND"},
		{[]string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{[]string{"build", "--no-such-flag"}, 2, "brief: error: build: unknown option --no-such-flag; run 'brief build --help'"},
		{[]string{"build", "stray"}, 2, `unexpected argument "stray"`},
	}
	for _, tt := range tests {
		code, stdout, stderr := runBrief(t, tt.args...)
		got := stdout
		if tt.code != 0 {
			got = stderr
		}
		if code != tt.code || !strings.Contains(got, tt.out) {
			t.Errorf("brief %v: exit %d, output %q; want %d and %q", tt.args, code, got, tt.code, tt.out)
		}
	}
}

// TestOutputsDoNotDependOnHowConfigIsNamed: a cron run with an absolute
// --config and a hand run with a relative one give the same bytes.
func TestOutputsDoNotDependOnHowConfigIsNamed(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	abs, err := filepath.Abs("../../config.toml")
	if err != nil {
		t.Fatal(err)
	}
	var outputs [2][]string
	for i, cfg := range []string{"../../config.toml", abs} {
		code, stdout, stderr := runBrief(t, "build", "--config", cfg, "--out", t.TempDir(), "--no-cache")
		if code != 0 {
			t.Fatalf("build --config %s exited %d: %s", cfg, code, stderr)
		}
		outputs[i] = strings.Fields(stdout)
	}
	for i := range outputs[0] {
		a, _ := os.ReadFile(outputs[0][i])
		b, _ := os.ReadFile(outputs[1][i])
		if !bytes.Equal(a, b) || len(a) == 0 {
			t.Errorf("%s differs between a relative and an absolute --config", filepath.Base(outputs[0][i]))
		}
	}
}
