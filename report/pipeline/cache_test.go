package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
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

// cacheLog returns the path of the cache file in dir for cfg.
func cacheLog(t testing.TB, cfg *config.Config, dir string) string {
	t.Helper()
	c, err := OpenCache(dir, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return c.logPath()
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

	// A damaged file is never trusted: what follows the damage is
	// extracted again and the file repaired.
	log := cacheLog(t, cfg, dir)
	good, err := os.ReadFile(log)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name       string
		damage     func([]byte) []byte
		wantCached int
	}{
		{"torn tail", func(b []byte) []byte { return b[:len(b)-10] }, 0},
		{"flipped byte", func(b []byte) []byte { b = slices.Clone(b); b[len(b)/2] ^= 0xff; return b }, 0},
		{"wrong header", func(b []byte) []byte { return append([]byte("brief extraction cache v0\n"), b...) }, 0},
		{"junk appended", func(b []byte) []byte { return append(slices.Clone(b), "\x05\x00\x00\x00junk"...) }, second.Articles},
		{"empty", func([]byte) []byte { return nil }, 0},
	} {
		if err := os.WriteFile(log, tt.damage(good), 0o644); err != nil {
			t.Fatal(err)
		}
		damaged := runCached(t, cfg, dir, Options{})
		if damaged.Cached != tt.wantCached {
			t.Errorf("%s: %d of %d articles from the cache, want %d", tt.name, damaged.Cached, damaged.Articles, tt.wantCached)
		}
		if got := modelJSON(t, damaged.Brief); got != want {
			t.Errorf("%s: the model differs from the uncached run's", tt.name)
		}
		if again := runCached(t, cfg, dir, Options{}); again.Cached != again.Articles {
			t.Errorf("%s: the file was not repaired: %d of %d from the cache", tt.name, again.Cached, again.Articles)
		}
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
		{"stance model", func(c *config.Config) { on := true; c.Lexicon.StanceModel = &on }},
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
	// A switch written out at its default is the switch left out.
	cfg = loadTestConfig(t)
	off, on := false, true
	cfg.Lexicon.StanceModel, cfg.Lexicon.Thesaurus = &off, &on
	if res := runCached(t, cfg, dir, Options{}); res.Cached != res.Articles {
		t.Errorf("stance_model = false and thesaurus = true missed the cache: %d of %d", res.Cached, res.Articles)
	}
}

// clockAt returns a cache on dir whose clock says now+offset.
func clockAt(t *testing.T, cfg *config.Config, dir string, offset time.Duration) *Cache {
	t.Helper()
	c, err := OpenCache(dir, cfg)
	if err != nil {
		t.Fatal(err)
	}
	c.now = func() time.Time { return time.Now().Add(offset) }
	return c
}

func TestCachePrune(t *testing.T) {
	cfg := loadTestConfig(t)
	dir := filepath.Join(t.TempDir(), "cache")
	// Entries written 48 hours ago by a run of another configuration.
	other := loadTestConfig(t)
	other.Issues = other.Issues[:1]
	old := clockAt(t, other, dir, -48*time.Hour)
	if _, err := Run(context.Background(), other, Options{Cache: old}); err != nil {
		t.Fatal(err)
	}
	// Its file was last written then (a run renews its stamps daily).
	written := time.Now().Add(-48 * time.Hour)
	if err := os.Chtimes(cacheLog(t, other, dir), written, written); err != nil {
		t.Fatal(err)
	}
	legacy := filepath.Join(dir, "ab", "cdef.json") // the first layout's
	os.MkdirAll(filepath.Dir(legacy), 0o755)
	os.WriteFile(legacy, []byte("{}"), 0o644)
	past := time.Now().Add(-100 * time.Hour)
	os.Chtimes(legacy, past, past)

	c := clockAt(t, cfg, dir, 0)
	res, err := Run(context.Background(), cfg, Options{Cache: c})
	if err != nil {
		t.Fatal(err)
	}
	if n, err := c.Prune(72 * time.Hour); err != nil || n != 1 {
		t.Errorf("Prune(72h) = %d, %v; want only the legacy file removed", n, err)
	}
	n, err := c.Prune(24 * time.Hour)
	if err != nil || n != res.Articles {
		t.Errorf("Prune(24h) = %d, %v; want the other configuration's %d stale entries removed", n, err, res.Articles)
	}
	if _, err := os.Stat(legacy); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the legacy entry is still there: %v", err)
	}
	// Entries in use are never pruned, however old.
	if again := runCached(t, cfg, dir, Options{}); again.Cached != again.Articles {
		t.Errorf("after pruning, %d of %d from the cache; want all", again.Cached, again.Articles)
	}
	if again := runCached(t, other, dir, Options{}); again.Cached != 0 {
		t.Errorf("pruned entries still served: %d", again.Cached)
	}
	// With nothing stale, Prune leaves the file alone.
	before, _ := os.Stat(cacheLog(t, cfg, dir))
	if n, err := clockAt(t, cfg, dir, 0).Prune(24 * time.Hour); n != 0 || err != nil {
		t.Errorf("Prune with nothing stale = %d, %v", n, err)
	}
	if after, _ := os.Stat(cacheLog(t, cfg, dir)); !os.SameFile(before, after) {
		t.Error("Prune rewrote a file it had nothing to remove from")
	}
}

// TestCachePruneTemps checks that Prune removes an article index's
// temporary file a killed run left, however new, and keeps a new
// compaction's temporary file (it may be another run's, still writing)
// until it is an hour old.
func TestCachePruneTemps(t *testing.T) {
	cfg := loadTestConfig(t)
	dir := filepath.Join(t.TempDir(), "cache")
	c := clockAt(t, cfg, dir, 0)
	if _, err := Run(context.Background(), cfg, Options{Cache: c}); err != nil {
		t.Fatal(err)
	}
	index := filepath.Join(dir, "."+logPrefix+"0123456789abcdef"+indexSuffix+".tmp-42")
	compaction := filepath.Join(dir, "."+logPrefix+"0123456789abcdef"+logSuffix+".tmp-43")
	oldCompaction := filepath.Join(dir, "."+logPrefix+"0123456789abcdef"+logSuffix+".tmp-44")
	for _, p := range []string{index, compaction, oldCompaction} {
		if err := os.WriteFile(p, []byte("cut short"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	past := time.Now().Add(-2 * time.Hour)
	os.Chtimes(oldCompaction, past, past)
	if _, err := c.Prune(24 * time.Hour); err != nil {
		t.Fatal(err)
	}
	for p, want := range map[string]bool{index: false, compaction: true, oldCompaction: false} {
		_, err := os.Stat(p)
		if got := err == nil; got != want {
			t.Errorf("%s: there after Prune %v, want %v", filepath.Base(p), got, want)
		}
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
// a hit renews its use stamp, which Prune goes by.
func TestCacheHitKeepsEntry(t *testing.T) {
	cfg := loadTestConfig(t)
	dir := filepath.Join(t.TempDir(), "cache")
	// The entries were written 40 days ago; this configuration's weekly
	// run uses them today.
	if _, err := Run(context.Background(), cfg, Options{Cache: clockAt(t, cfg, dir, -40*24*time.Hour)}); err != nil {
		t.Fatal(err)
	}
	before, _ := os.Stat(cacheLog(t, cfg, dir))
	res := runCached(t, cfg, dir, Options{})
	if res.Cached != res.Articles {
		t.Fatalf("%d of %d articles from the cache", res.Cached, res.Articles)
	}
	after, _ := os.Stat(cacheLog(t, cfg, dir))
	if after.Size() <= before.Size() {
		t.Errorf("a hit on a 40-day-old entry wrote no use note")
	}
	// A run the next day writes none: stamps are renewed at most daily.
	if _, err := Run(context.Background(), cfg, Options{Cache: clockAt(t, cfg, dir, 2*time.Hour)}); err != nil {
		t.Fatal(err)
	}
	if again, _ := os.Stat(cacheLog(t, cfg, dir)); again.Size() != after.Size() {
		t.Errorf("a run hours after the last wrote to the cache (%d → %d bytes)", after.Size(), again.Size())
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
	if n, err := clockAt(t, other, dir, 31*24*time.Hour).Prune(30 * 24 * time.Hour); err != nil || n != res.Articles {
		t.Errorf("Prune(30 days) 31 days later = %d, %v; want all %d removed", n, err, res.Articles)
	}
}

// TestCacheConcurrentRuns runs readers of one cache folder while another
// run appends new entries and compacts the file: every run's model is the
// uncached one.
func TestCacheConcurrentRuns(t *testing.T) {
	cfg := loadTestConfig(t)
	dir := filepath.Join(t.TempDir(), "cache")
	want := modelJSON(t, runCached(t, cfg, dir, Options{}).Brief)

	more := t.TempDir() // the demo's articles and one more
	if err := os.CopyFS(more, os.DirFS(cfg.Resolve(cfg.Sources))); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(more, "new.md"), []byte("+++\ntitle = \"New\"\npublished = 2023-06-07\n+++\nIslamabad rejected talks with the TTP on Wednesday.\n"), 0o644)

	errs := make(chan error, 8)
	for r := range 6 {
		go func() {
			c, err := OpenCache(dir, cfg)
			if err == nil && r%3 == 0 { // a writer: new entries, then compaction
				_, err = Run(context.Background(), cfg, Options{SourcesDir: more, Cache: c})
				if err == nil {
					_, err = c.Prune(0)
				}
			} else if err == nil {
				var res *Result
				res, err = Run(context.Background(), cfg, Options{Cache: c, Generated: time.Date(2023, 7, 1, 0, 0, 0, 0, time.UTC)})
				if err == nil && modelJSON(t, res.Brief) != want {
					err = errors.New("a reader's model differs from the uncached one")
				}
			}
			if err == nil {
				err = c.Err()
			}
			errs <- err
		}()
	}
	for range 6 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
	if res := runCached(t, cfg, dir, Options{SourcesDir: more}); res.Cached != res.Articles {
		t.Errorf("after the concurrent runs, %d of %d articles from the cache", res.Cached, res.Articles)
	}
}

// writerEnv names the cache folder a helper process appends to until it
// is killed (TestCacheSurvivesKill).
const writerEnv = "BRIEF_TEST_CACHE_WRITER"

// appendForever is the helper process: it appends segments of large
// entries to the cache in dir as fast as it can.
func appendForever(dir string) {
	cfg, err := config.Load(filepath.Join("testdata", "config.toml"))
	if err != nil {
		panic(err)
	}
	c, err := OpenCache(dir, cfg)
	if err != nil {
		panic(err)
	}
	quote := strings.Repeat("a long quote ", 400)
	for n := 0; ; n++ {
		for i := range 500 {
			hash := fmt.Sprintf("%064x", n*1000+i)
			src := report.Source{ID: report.SourceID(hash), Hash: hash, Title: "T"}
			facts := report.Facts{Stances: []report.Stance{{Actor: "TTP", Citations: []report.Citation{{Source: src.ID, Quote: quote}}}}}
			c.put(article{src: &src, facts: facts})
		}
		c.flush()
		if err := c.Err(); err != nil {
			panic(err)
		}
	}
}

// TestCacheSurvivesKill kills a process appending to the cache with
// SIGKILL, at some point of its writing, and checks that the file still
// reads (every whole segment, nothing else) and takes new entries.
func TestCacheSurvivesKill(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a helper process")
	}
	cfg := loadTestConfig(t)
	dir := filepath.Join(t.TempDir(), "cache")
	for kill := range 3 {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), writerEnv+"="+dir)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Let it write a few megabytes past what is there.
		var startSize int64
		if info, err := os.Stat(cacheLog(t, cfg, dir)); err == nil {
			startSize = info.Size()
		}
		for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(time.Duration(kill*7+3) * time.Millisecond) {
			if info, err := os.Stat(cacheLog(t, cfg, dir)); err == nil && info.Size() > startSize+3<<20 {
				break
			}
		}
		cmd.Process.Kill() // SIGKILL on Unix
		cmd.Wait()

		c, err := OpenCache(dir, loadTestConfig(t))
		if err != nil {
			t.Fatal(err)
		}
		c.loadOnce.Do(c.load)
		if err := c.Err(); err != nil {
			t.Fatalf("kill %d: reading the cache: %v", kill, err)
		}
		written := len(c.loaded) - kill // this test adds one entry a round
		if written == 0 || written%500 != 0 {
			t.Errorf("kill %d: %d entries read, want whole segments of 500", kill, written)
		}
		for _, r := range c.loaded {
			if r.Entry != nil && r.Entry.Source.Title == "" {
				continue // this test's own
			}
			if r.Entry == nil || len(r.Entry.Facts.Stances) != 1 || len(r.Entry.Facts.Stances[0].Citations[0].Quote) != 400*13 {
				t.Fatalf("kill %d: an entry read back damaged: %+v", kill, r.Entry)
			}
		}
		// The next write cuts off any torn tail.
		hash := fmt.Sprintf("%064x", 1<<40+kill)
		c.put(article{src: &report.Source{ID: report.SourceID(hash), Hash: hash}})
		c.flush()
		if err := c.Err(); err != nil {
			t.Fatal(err)
		}
		data, _ := os.ReadFile(cacheLog(t, cfg, dir))
		if _, end := segments(data); end != int64(len(data)) {
			t.Errorf("kill %d: after a write, %d bytes follow the last whole segment", kill, int64(len(data))-end)
		}
		t.Logf("kill %d: %d entries survived, file %d bytes", kill, len(c.loaded), len(data))
	}
}

// TestCacheKeepsText: an article from the cache has the cleaned text it
// had when extracted, which the renderers read to tell which sources
// print a quote.
func TestCacheKeepsText(t *testing.T) {
	cfg := loadTestConfig(t)
	dir := filepath.Join(t.TempDir(), "cache")
	first := runCached(t, cfg, dir, Options{})
	second := runCached(t, cfg, dir, Options{})
	if second.Cached != second.Articles {
		t.Fatalf("%d of %d from the cache", second.Cached, second.Articles)
	}
	texts := map[string]string{}
	for _, s := range first.Brief.Sources {
		texts[s.ID] = s.Text
	}
	for _, s := range second.Brief.Sources {
		if s.Text == "" || s.Text != texts[s.ID] {
			t.Errorf("source %s from the cache has text %.40q, want %.40q", s.ID, s.Text, texts[s.ID])
		}
	}
}

// largestWrite is an io.WriterAt that keeps what is written in memory
// and the length of the longest single write.
type largestWrite struct {
	memoryFile
	max int
}

func (l *largestWrite) WriteAt(p []byte, off int64) (int, error) {
	l.max = max(l.max, len(p))
	return l.memoryFile.WriteAt(p, off)
}

// TestLargeEntriesReadBackWhole: a large entry (a long text, thousands
// of facts, a long fingerprint) is written in writes of a buffer's size,
// never whole, between small entries and use notes, and reads back equal
// to what was written, each list nil when it was empty.
func TestLargeEntriesReadBackWhole(t *testing.T) {
	text := strings.Repeat("Officials said 12 soldiers were killed. \u00e9\xff", 60000) // 2.5 MB, not all UTF-8
	quote := report.Citation{Source: "s1", Quote: text[:40]}
	large := &entry{Source: report.Source{ID: "s1", Title: "A long article", Text: text}, Problems: []cachedProblem{{Line: 3, Msg: "odd"}}}
	for i := range 3000 {
		large.Facts.Figures = append(large.Facts.Figures, report.Figure{Text: fmt.Sprint(i, " killed"), Who: "soldiers", Citations: []report.Citation{quote}})
		large.Facts.Events = append(large.Facts.Events, report.Event{Date: "2023-06-01", Summary: "Soldiers were killed", Actors: []string{"TTP"}, Citations: []report.Citation{quote}})
		large.Fingerprint = append(large.Fingerprint, uint64(i)*0x9e3779b97f4a7c15)
	}
	large.Facts.Stances = []report.Stance{{Actor: "TTP", Issue: "talks", Citations: []report.Citation{quote}}}
	noFacts := &entry{Source: report.Source{ID: "s3", Text: text}} // large by its text alone
	small := &entry{Source: report.Source{ID: "s2", Text: "Short."}, Facts: report.Facts{Timexes: []report.Timex{{Source: "s2", Text: "Monday"}}}}
	recs := []record{
		{Key: cacheKey{1}, Used: 7, Entry: small},
		{Key: cacheKey{2}, Used: 8, Entry: large},
		{Key: cacheKey{3}, Used: 9},
		{Key: cacheKey{4}, Used: 10, Entry: noFacts},
	}
	w := &largestWrite{memoryFile: memoryFile{data: []byte(logHeader)}}
	end, err := encodeSegments(w, int64(len(logHeader)), recs)
	if err != nil {
		t.Fatal(err)
	}
	if w.max > 64<<10 {
		t.Errorf("a write of %d bytes; the encoder's buffer holds 64 KiB", w.max)
	}
	entries, dead, valid := decodeLog(w.data)
	if valid != end || dead != 1 || len(entries) != 3 {
		t.Fatalf("read back %d entries and %d dead records, valid to %d of %d", len(entries), dead, valid, end)
	}
	for _, want := range []record{recs[0], recs[1], recs[3]} {
		got := entries[want.Key]
		if got == nil || got.Used != want.Used || !reflect.DeepEqual(got.Entry, want.Entry) {
			t.Errorf("entry %d read back differs from the one written", want.Key[0])
		}
	}
}

// TestCacheLetsGoOfEntries: once a run has flushed, the cache holds its
// entries' keys and use stamps but no article or facts, in the run that
// filled it and in one that read it; a cache used for another run reads
// the file again and finds every entry, giving the same model.
func TestCacheLetsGoOfEntries(t *testing.T) {
	cfg := loadTestConfig(t)
	c, err := OpenCache(filepath.Join(t.TempDir(), "cache"), cfg)
	if err != nil {
		t.Fatal(err)
	}
	var want string
	for run, wantCached := range []bool{false, true, true} {
		res, err := Run(context.Background(), cfg, Options{Cache: c, Generated: time.Date(2023, 7, 1, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Cached == res.Articles; got != wantCached || res.Articles == 0 {
			t.Errorf("run %d: %d of %d articles from the cache, want all: %v", run, res.Cached, res.Articles, wantCached)
		}
		if run == 0 {
			want = modelJSON(t, res.Brief)
		} else if modelJSON(t, res.Brief) != want {
			t.Errorf("run %d: the model differs from the first run's", run)
		}
		if len(c.loaded) != res.Articles {
			t.Errorf("run %d: the cache has %d keys, want %d", run, len(c.loaded), res.Articles)
		}
		for k, r := range c.loaded {
			if r.Entry != nil || r.Used == 0 {
				t.Errorf("run %d: after the flush, entry %x holds its facts (%v) or lost its use stamp (%d)", run, k[:4], r.Entry != nil, r.Used)
			}
		}
		if n, err := c.Prune(30 * 24 * time.Hour); err != nil || n != 0 {
			t.Errorf("run %d: Prune = %d, %v; want nothing removed", run, n, err)
		}
	}
}

// TestDecodeLogAtSize: a file is read at the size it had when opened:
// what was appended since is left to the run that appended it, and a file
// cut shorter (a torn tail cut off) is read up to its last whole segment.
func TestDecodeLogAtSize(t *testing.T) {
	buf := &memoryFile{data: []byte(logHeader)}
	var ends []int64
	off := int64(len(logHeader))
	for i := range 3 {
		e := &entry{Source: report.Source{ID: fmt.Sprint("s", i), Text: strings.Repeat("text ", 100)}}
		var err error
		if off, err = encodeSegments(buf, off, []record{{Key: cacheKey{byte(i + 1)}, Used: 1, Entry: e}}); err != nil {
			t.Fatal(err)
		}
		ends = append(ends, off)
	}
	data := buf.data
	for _, tt := range []struct {
		size    int64 // the size the file had when opened
		shorter int64 // how much is cut off by the time it is read
		entries int
		end     int64
	}{
		{int64(len(data)), 0, 3, ends[2]},
		{ends[1], 0, 2, ends[1]},                                       // grown since: the third is not read
		{ends[1] + 5, 0, 2, ends[1]},                                   // a torn tail
		{int64(len(data)), int64(len(data)) - ends[1] - 3, 2, ends[1]}, // cut short while read
		{int64(len(logHeader)), 0, 0, int64(len(logHeader))},
	} {
		f := bytes.NewReader(data[:int64(len(data))-tt.shorter])
		entries, _, end, err := decodeLogAt(f, tt.size, false)
		if err != nil || len(entries) != tt.entries || end != tt.end {
			t.Errorf("size %d, %d cut off: %d entries to %d, %v; want %d to %d", tt.size, tt.shorter, len(entries), end, err, tt.entries, tt.end)
		}
	}
}

// unless a run holds its lock.
func TestCacheFilePerSalt(t *testing.T) {
	cfg := loadTestConfig(t)
	other := loadTestConfig(t)
	other.Issues = other.Issues[:1]
	dir := filepath.Join(t.TempDir(), "cache")
	runCached(t, other, dir, Options{})
	res := runCached(t, cfg, dir, Options{})
	if cacheLog(t, cfg, dir) == cacheLog(t, other, dir) {
		t.Fatal("two configurations share a cache file")
	}
	c, err := OpenCache(dir, cfg)
	if err != nil {
		t.Fatal(err)
	}
	c.loadOnce.Do(c.load)
	if len(c.loaded) != res.Articles {
		t.Errorf("read %d entries, want this configuration's %d", len(c.loaded), res.Articles)
	}
	legacy := filepath.Join(dir, legacyLog)
	os.WriteFile(legacy, []byte("brief extraction cache, segments of CRC-32C-checked gob records, v3\n"), 0o644)
	old := time.Now().Add(-40 * 24 * time.Hour)
	for _, f := range []string{legacy, cacheLog(t, other, dir)} {
		if err := os.Chtimes(f, old, old); err != nil {
			t.Fatal(err)
		}
	}
	// A run of the other configuration holds its lock: its file stays.
	held, err := OpenCache(dir, other)
	if err != nil {
		t.Fatal(err)
	}
	unlock, err := held.lock()
	if err != nil {
		t.Fatal(err)
	}
	if n, err := c.Prune(30 * 24 * time.Hour); err != nil || n != 1 {
		t.Errorf("Prune with the other file locked = %d, %v; want the legacy file alone removed", n, err)
	}
	unlock()
	if n, err := c.Prune(30 * 24 * time.Hour); err != nil || n != res.Articles {
		t.Errorf("Prune = %d, %v; want the other configuration's %d entries removed", n, err, res.Articles)
	}
	for _, f := range []string{legacy, cacheLog(t, other, dir)} {
		if _, err := os.Stat(f); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s is still there: %v", filepath.Base(f), err)
		}
	}
	if again := runCached(t, cfg, dir, Options{}); again.Cached != again.Articles {
		t.Errorf("this configuration's entries: %d of %d from the cache", again.Cached, again.Articles)
	}
}
