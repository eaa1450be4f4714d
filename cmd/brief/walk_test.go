package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
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
