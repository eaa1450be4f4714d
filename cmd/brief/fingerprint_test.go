package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// keptWorkspace is a copy of the demo with an assessment and a lexicon
// file, for builds run in this process.
type keptWorkspace struct {
	dir, cfg, out string
}

func newKeptWorkspace(t *testing.T) *keptWorkspace {
	t.Helper()
	w := &keptWorkspace{dir: t.TempDir()}
	w.cfg = filepath.Join(w.dir, "config.toml")
	w.out = filepath.Join(w.dir, "out")
	data, err := os.ReadFile(filepath.Join("..", "..", "config.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(strings.TrimSpace(string(data)), "thesaurus = true") {
		t.Fatal("the demo configuration no longer ends in its [lexicon] table")
	}
	cfg := "assessment = \"assessment.txt\"\n" + string(data) + "\nfile = \"extra.toml\"\n"
	w.write(t, "config.toml", cfg)
	w.write(t, "assessment.txt", "The talks will fail.\n")
	w.write(t, "extra.toml", "# no entries yet\n")
	seeds, _ := filepath.Glob(filepath.Join("..", "..", "sources", "*.md"))
	for _, s := range seeds {
		copyFile(t, s, filepath.Join(w.dir, "sources", filepath.Base(s)))
	}
	return w
}

func (w *keptWorkspace) write(t *testing.T, name, content string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(w.dir, name), []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// build runs build in this process and says whether it kept the outputs
// it found, checking that it printed the same paths either way.
func (w *keptWorkspace) build(t *testing.T, args ...string) (kept bool) {
	t.Helper()
	code, stdout, stderr := runCmd(append([]string{"build", "--config", w.cfg}, args...)...)
	if code != 0 {
		t.Fatalf("build %v: exit %d\n%s", args, code, stderr)
	}
	if !strings.Contains(stdout, filepath.Join(w.out, "brief-")) || strings.Count(stdout, "\n") != 3 {
		t.Errorf("build %v printed %q, want the three paths", args, stdout)
	}
	kept = strings.Contains(stderr, "kept them")
	if kept == strings.Contains(stderr, "wrote ") {
		t.Errorf("build %v: kept %t, but its log says\n%s", args, kept, stderr)
	}
	return kept
}

// TestUnchangedKept builds the demo twice with nothing changed in
// between: the second run keeps the outputs (the same files, not
// rewritten). Then each input the outputs are made from is changed in
// turn, and each output damaged or deleted, and the next run renders;
// the run after it keeps again.
func TestUnchangedKept(t *testing.T) {
	w := newKeptWorkspace(t)
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	// Fresh files cannot be vouched for (racyMargin): every run renders.
	w.build(t)
	if w.build(t) {
		t.Fatal("kept outputs made from files changed a moment ago")
	}
	racyMargin = -time.Hour // files changed up to an hour from now count as old
	t.Cleanup(func() { racyMargin = time.Second })
	w.build(t) // writes the fingerprint
	files := []string{"brief-all.pdf", "brief-all.xlsx", "brief-all.json", "brief-latest.pdf", "brief-latest.xlsx", "brief-latest.json"}
	before := map[string][3]int64{}
	for _, f := range files {
		before[f] = identity(t, filepath.Join(w.out, f))
	}
	if !w.build(t) {
		t.Fatal("nothing changed, but the outputs were rendered again")
	}
	for _, f := range files {
		if identity(t, filepath.Join(w.out, f)) != before[f] {
			t.Errorf("%s was written again", f)
		}
	}

	review := filepath.Join(w.dir, "review.xlsx")
	copyFile(t, filepath.Join(w.out, "brief-all.xlsx"), review)
	article := filepath.Join(w.dir, "sources", "new.md")
	changes := []struct {
		name   string
		change func()
		args   []string
	}{
		{"an article edited", func() {
			seeds, _ := filepath.Glob(filepath.Join(w.dir, "sources", "*.md"))
			f, err := os.OpenFile(seeds[0], os.O_APPEND|os.O_WRONLY, 0)
			if err != nil {
				t.Fatal(err)
			}
			f.WriteString("\nOne more paragraph.\n")
			f.Close()
		}, nil},
		{"an article added", func() { w.write(t, "sources/new.md", "+++\ntitle = \"New\"\n+++\nA new article.\n") }, nil},
		{"an article renamed", func() { os.Rename(article, article+".txt") }, nil},
		{"an article removed", func() { os.Remove(article + ".txt") }, nil},
		{"a link added", func() {
			w.write(t, "one.md", "+++\ntitle = \"One\"\n+++\nThe first text.\n")
			w.write(t, "two.md", "+++\ntitle = \"Two\"\n+++\nThe second text.\n")
			if err := os.Symlink(filepath.Join(w.dir, "one.md"), filepath.Join(w.dir, "sources", "linked.md")); err != nil {
				t.Fatal(err)
			}
		}, nil},
		{"a link pointed elsewhere", func() {
			link := filepath.Join(w.dir, "sources", "linked.md")
			os.Remove(link)
			if err := os.Symlink(filepath.Join(w.dir, "two.md"), link); err != nil {
				t.Fatal(err)
			}
		}, nil},
		{"the configuration", func() {
			data, _ := os.ReadFile(w.cfg)
			os.WriteFile(w.cfg, append(data, "# a comment\n"...), 0o644)
		}, nil},
		{"the lexicon file", func() { w.write(t, "extra.toml", "# still no entries\n") }, nil},
		{"the assessment", func() { w.write(t, "assessment.txt", "The talks may succeed.\n") }, nil},
		{"SOURCE_DATE_EPOCH", func() { t.Setenv("SOURCE_DATE_EPOCH", "1700086400") }, nil},
		{"another period", func() {}, []string{"--since", "2023-01-01"}},
		{"a review", func() {}, []string{"--review", review}},
		{"the review edited", func() { copyFile(t, filepath.Join(w.out, "brief-all.xlsx"), review) }, []string{"--review", review}},
		{"a damaged workbook", func() {
			f, err := os.OpenFile(filepath.Join(w.out, "brief-latest.xlsx"), os.O_WRONLY, 0)
			if err != nil {
				t.Fatal(err)
			}
			f.WriteAt([]byte("XX"), 100)
			f.Close()
		}, []string{"--review", review}},
		{"a deleted PDF", func() { os.Remove(filepath.Join(w.out, ".brief-all.set", "brief-all.pdf")) }, []string{"--review", review}},
		{"a deleted link", func() { os.Remove(filepath.Join(w.out, "brief-latest.json")) }, []string{"--review", review}},
	}
	args := []string(nil)
	for _, c := range changes {
		c.change()
		args = c.args
		if w.build(t, args...) {
			t.Errorf("%s: the outputs were kept", c.name)
		}
		if !w.build(t, args...) {
			t.Errorf("%s: the run after the one that rendered rendered too", c.name)
		}
	}
	if w.build(t, append(args, "--force")...) {
		t.Error("--force kept the outputs")
	}
	if w.build(t, append(args, "--no-cache")...) {
		t.Error("--no-cache kept the outputs")
	}
	// What --force and --no-cache wrote is kept by the next run.
	if !w.build(t, args...) {
		t.Error("the run after --no-cache rendered")
	}
}
