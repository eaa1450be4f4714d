package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"brief/report"
	"brief/report/config"
	"brief/report/corpus"
)

func loadTestConfig(t testing.TB) *config.Config {
	t.Helper()
	cfg, err := config.Load(filepath.Join("testdata", "config.toml"))
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

// runCached runs the pipeline with a fresh Cache on dir, as a new process
// would.
func runCached(t testing.TB, cfg *config.Config, dir string, opts Options) *Result {
	t.Helper()
	c, err := OpenCache(dir, cfg)
	if err != nil {
		t.Fatal(err)
	}
	opts.Cache = c
	opts.Generated = time.Date(2023, 7, 1, 0, 0, 0, 0, time.UTC)
	res, err := Run(context.Background(), cfg, opts)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Err(); err != nil {
		t.Fatalf("cache writes: %v", err)
	}
	return res
}

func modelJSON(t testing.TB, b *report.Brief) string {
	t.Helper()
	data, err := json.MarshalIndent(b, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestCacheReuse(t *testing.T) {
	cfg := loadTestConfig(t)
	dir := filepath.Join(t.TempDir(), "cache")
	uncached, err := Run(context.Background(), cfg, Options{Generated: time.Date(2023, 7, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	first := runCached(t, cfg, dir, Options{})
	if first.Cached != 0 {
		t.Errorf("first run took %d articles from an empty cache", first.Cached)
	}
	second := runCached(t, cfg, dir, Options{})
	if second.Cached != second.Articles {
		t.Errorf("second run took %d of %d articles from the cache", second.Cached, second.Articles)
	}
	want := modelJSON(t, uncached.Brief)
	for name, r := range map[string]*Result{"filling": first, "cached": second} {
		if got := modelJSON(t, r.Brief); got != want {
			t.Errorf("%s run's model differs from the uncached run's", name)
		}
	}

	// A corrupt entry is ignored and rewritten.
	entries, _ := filepath.Glob(filepath.Join(dir, "*", "*.json"))
	if len(entries) != second.Articles {
		t.Fatalf("cache holds %d entries, want %d", len(entries), second.Articles)
	}
	for i, junk := range []string{"{\"key\": \"trunc", `{"key":"0000","facts":{}}`} {
		if err := os.WriteFile(entries[i], []byte(junk), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	third := runCached(t, cfg, dir, Options{})
	if third.Cached != third.Articles-2 {
		t.Errorf("after corrupting two entries, %d of %d came from the cache; want all but two", third.Cached, third.Articles)
	}
	if got := modelJSON(t, third.Brief); got != want {
		t.Errorf("the model after corrupt entries differs from the uncached run's")
	}
	if fourth := runCached(t, cfg, dir, Options{}); fourth.Cached != fourth.Articles {
		t.Errorf("corrupt entries were not rewritten: %d of %d from the cache", fourth.Cached, fourth.Articles)
	}
}

func TestCacheKeyFollowsConfiguration(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "cache")
	tests := []struct {
		name   string
		change func(*config.Config)
	}{
		{"alias", func(c *config.Config) { c.Actors[0].Aliases = append(c.Actors[0].Aliases, "Pakistani authorities") }},
		{"issue term", func(c *config.Config) { c.Issues[0].Terms = append(c.Issues[0].Terms, "peace process") }},
		{"cleaning", func(c *config.Config) { c.Cleaning.DropLines = []string{"PTI"} }},
	}
	runCached(t, loadTestConfig(t), dir, Options{})
	for _, tt := range tests {
		cfg := loadTestConfig(t)
		tt.change(cfg)
		if res := runCached(t, cfg, dir, Options{}); res.Cached != 0 {
			t.Errorf("after changing the %s, %d articles came from the cache; want none", tt.name, res.Cached)
		}
	}
	// Neither the period nor the title is part of the key.
	cfg := loadTestConfig(t)
	cfg.Title = "Another title"
	res := runCached(t, cfg, dir, Options{Period: report.Period{Label: "2023-W23", Start: "2023-06-05", End: "2023-06-11"}})
	if res.Cached != res.Articles {
		t.Errorf("a new period or title missed the cache: %d of %d", res.Cached, res.Articles)
	}
}

func TestCachePrune(t *testing.T) {
	cfg := loadTestConfig(t)
	dir := filepath.Join(t.TempDir(), "cache")
	runCached(t, cfg, dir, Options{})
	stale := filepath.Join(dir, "ab", "cdef.json")
	tmp := filepath.Join(dir, "ab", ".x.json.tmp-1")
	for _, p := range []string{stale, tmp} {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		os.WriteFile(p, []byte("{}"), 0o644)
		old := time.Now().Add(-48 * time.Hour)
		os.Chtimes(p, old, old)
	}
	// Entries in use are never pruned, however old.
	entries, _ := filepath.Glob(filepath.Join(dir, "[0-9a-f][0-9a-f]", "*.json"))
	for _, e := range entries {
		old := time.Now().Add(-48 * time.Hour)
		os.Chtimes(e, old, old)
	}
	c, _ := OpenCache(dir, cfg)
	if _, err := Run(context.Background(), cfg, Options{Cache: c}); err != nil {
		t.Fatal(err)
	}
	n, err := c.Prune(24 * time.Hour)
	if err != nil || n != 2 {
		t.Errorf("Prune = %d, %v; want the 2 stale files removed", n, err)
	}
	left, _ := filepath.Glob(filepath.Join(dir, "*", "*.json"))
	if len(left) != len(entries)-1 {
		t.Errorf("%d entries left, want the %d in use", len(left), len(entries)-1)
	}
}

// BenchmarkRerunAddOne measures the weekly case the cache is for: 10,000
// articles already seen, one new one, the whole pipeline but rendering.
func BenchmarkRerunAddOne(b *testing.B) {
	const seen = 10000
	cfg := loadTestConfig(b)
	root := b.TempDir()
	src := filepath.Join(root, "sources")
	if err := os.Mkdir(src, 0o755); err != nil {
		b.Fatal(err)
	}
	for i := range seen {
		writeArticle(b, src, i)
	}
	cache := filepath.Join(root, "cache")
	opts := Options{SourcesDir: src, Period: report.Period{Label: "2023-W23", Start: "2023-06-05", End: "2023-06-11"}}
	runCached(b, cfg, cache, opts)
	if testing.Verbose() {
		opts.Log = slog.New(slog.NewTextHandler(os.Stderr, nil))
	}
	b.ResetTimer()
	for i := range b.N {
		b.StopTimer()
		writeArticle(b, src, seen+i)
		b.StartTimer()
		res := runCached(b, cfg, cache, opts)
		if res.Cached != res.Articles-1 {
			b.Fatalf("%d of %d articles from the cache, want all but the new one", res.Cached, res.Articles)
		}
	}
}

// writeArticle writes a small article dated within 2023, its text unique
// to n.
func writeArticle(b testing.TB, dir string, n int) {
	day := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n%365)
	text := fmt.Sprintf(`+++
title = "Report %d on the TTP"
outlet = "Outlet %d"
published = %s
+++
Islamabad said on Monday that talks with the Tehreek-e-Taliban Pakistan (TTP) could only resume if the group agreed to lay down arms, report %d said.

The Taliban government in Kabul denied that the TTP is based in Afghanistan and offered to mediate. At least %d militants were killed in the operation, officials said.
`, n, n%40, day.Format(time.DateOnly), n, n%50+2)
	if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%05d.md", n)), []byte(text), 0o644); err != nil {
		b.Fatal(err)
	}
}

// TestCachedLoadMatchesCorpus checks that loading through the cache gives
// the sources and problems corpus.Load gives, on the first run and on a
// cached one: warnings of cached articles, broken and duplicate files.
func TestCachedLoadMatchesCorpus(t *testing.T) {
	cfg := loadTestConfig(t)
	src := t.TempDir()
	files := map[string]string{
		"a.md":       "+++\ntitle = \"A\"\npublished = \"2023-06\"\n+++\nIslamabad rejected talks with the TTP.\n",
		"b.md":       "Undated headline\n\nThe Taliban denied that the TTP is based in Afghanistan.\n",
		"c.md":       "+++\ntitle = \"C\"\npublished = \"2023-06\"\n+++\nIslamabad rejected talks with the TTP.\n",
		"d.md":       "+++\ntitle = \"D\"\npublished = 2023-06-06\ncolour = \"red\"\n+++\nThe TTP offered talks.\n",
		"broken.md":  "+++\ntitle = \"Broken\npublished = 2023\n+++\nText.\n",
		"notes.txt":  "\xff\xfe not UTF-8\n",
		"e.md":       "Undated headline\n\nThe Taliban denied that the TTP is based in Afghanistan.\n",
		".hidden.md": "ignored",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(src, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	opts := corpus.Options{DropLines: cfg.Cleaning.DropLines, RelativeTo: cfg.Dir}
	wantSources, wantProblems, err := corpus.Load(src, opts)
	if err != nil {
		t.Fatal(err)
	}
	cache, err := OpenCache(filepath.Join(t.TempDir(), "cache"), cfg)
	if err != nil {
		t.Fatal(err)
	}
	for run := range 2 {
		res, err := Run(context.Background(), cfg, Options{SourcesDir: src, Cache: cache})
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(res.Problems) != fmt.Sprint(wantProblems) {
			t.Errorf("run %d: problems\n%v\nwant corpus.Load's\n%v", run, res.Problems, wantProblems)
		}
		if !strings.Contains(fmt.Sprint(res.Problems), "same content as") {
			t.Errorf("run %d: the duplicate is not reported: %v", run, res.Problems)
		}
		if res.Articles != len(wantSources) {
			t.Errorf("run %d: %d articles, corpus.Load has %d", run, res.Articles, len(wantSources))
		}
		if wantCached := run * len(wantSources); res.Cached != wantCached {
			t.Errorf("run %d: %d articles from the cache, want %d", run, res.Cached, wantCached)
		}
	}
}

// TestCacheHitKeepsEntry: an entry that another configuration sharing the
// folder uses now and then survives that configuration's prunes, because
// each hit refreshes its modification time, which Prune goes by.
func TestCacheHitKeepsEntry(t *testing.T) {
	cfg := loadTestConfig(t)
	dir := filepath.Join(t.TempDir(), "cache")
	runCached(t, cfg, dir, Options{})
	entries, _ := filepath.Glob(filepath.Join(dir, "[0-9a-f][0-9a-f]", "*.json"))
	if len(entries) == 0 {
		t.Fatal("the first run left no cache entry")
	}
	// The entries were last written 40 days ago; this configuration's
	// weekly run uses them today.
	old := time.Now().Add(-40 * 24 * time.Hour)
	for _, e := range entries {
		if err := os.Chtimes(e, old, old); err != nil {
			t.Fatal(err)
		}
	}
	if res := runCached(t, cfg, dir, Options{}); res.Cached != len(entries) {
		t.Fatalf("%d articles from the cache, want %d", res.Cached, len(entries))
	}
	for _, e := range entries {
		if info, err := os.Stat(e); err != nil || time.Since(info.ModTime()) > time.Hour {
			t.Errorf("%s: a hit left its time at %v (%v); want now", e, info.ModTime(), err)
		}
	}
	// Another configuration's run, sharing the folder, uses none of them.
	other := loadTestConfig(t)
	other.Issues = other.Issues[:1]
	c, err := OpenCache(dir, other)
	if err != nil {
		t.Fatal(err)
	}
	if n, err := c.Prune(30 * 24 * time.Hour); err != nil || n != 0 {
		t.Errorf("the other configuration's Prune(30 days) = %d, %v; want entries used today kept", n, err)
	}
}
