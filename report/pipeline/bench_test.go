package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"time"

	"brief/internal/cputime"
	"brief/report/assemble"
	"brief/report/config"
	"brief/report/internal/synth"
)

// The benchmarks below run the pipeline (load, clean, extract, assemble;
// no rendering) on corpora that internal/synth writes, with the demo's
// configuration. go run ./report/internal/gencorpus writes the
// same corpus for timing the brief command itself.
//
//	go test ./report/pipeline -run '^$' -bench . -benchtime 3x

// benchArticles is the size of the desk the benchmarks model.
const benchArticles = 10000

var (
	corpusOnce sync.Once
	corpusDir  string
	corpusErr  error
)

// benchCorpus returns a folder holding the 10,000-article corpus, written
// once per test binary.
func benchCorpus(b *testing.B) string {
	b.Helper()
	corpusOnce.Do(func() {
		corpusDir, corpusErr = os.MkdirTemp("", "brief-bench-corpus-")
		if corpusErr == nil {
			corpusErr = synth.Write(corpusDir, 0, benchArticles, synth.Options{Seed: 1})
		}
	})
	if corpusErr != nil {
		b.Fatal(corpusErr)
	}
	b.Cleanup(func() {}) // the corpus is shared by the benchmarks; TestMain removes it
	return corpusDir
}

func TestMain(m *testing.M) {
	if dir := os.Getenv(writerEnv); dir != "" {
		appendForever(dir) // until killed
	}
	code := m.Run()
	if corpusDir != "" {
		os.RemoveAll(corpusDir)
	}
	os.Exit(code)
}

func demoConfig(b testing.TB) *config.Config {
	b.Helper()
	cfg, err := config.Load(filepath.Join("..", "..", "config.toml"))
	if err != nil {
		b.Fatal(err)
	}
	return cfg
}

// BenchmarkCold10k extracts 10,000 articles with an empty cache, as a
// first run does, and fills the cache.
func BenchmarkCold10k(b *testing.B) {
	cfg := demoConfig(b)
	src := benchCorpus(b)
	for i := range b.N {
		cache, err := OpenCache(filepath.Join(b.TempDir(), fmt.Sprint("cache", i)), cfg)
		if err != nil {
			b.Fatal(err)
		}
		res, err := Run(context.Background(), cfg, Options{SourcesDir: src, Cache: cache, Generated: time.Unix(0, 0)})
		if err != nil {
			b.Fatal(err)
		}
		if res.Articles != benchArticles || res.Cached != 0 {
			b.Fatalf("%d articles, %d from the cache; want %d, none", res.Articles, res.Cached, benchArticles)
		}
	}
}

// BenchmarkAddOne10k is the weekly run: 10,000 articles in the cache, one
// new one.
func BenchmarkAddOne10k(b *testing.B) {
	cfg := demoConfig(b)
	src := filepath.Join(b.TempDir(), "sources")
	if err := os.CopyFS(src, os.DirFS(benchCorpus(b))); err != nil {
		b.Fatal(err)
	}
	dir := filepath.Join(b.TempDir(), "cache")
	runCached(b, cfg, dir, Options{SourcesDir: src})
	b.ResetTimer()
	for i := range b.N {
		b.StopTimer()
		if err := synth.Write(src, benchArticles+i, 1, synth.Options{Seed: 1}); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		res := runCached(b, cfg, dir, Options{SourcesDir: src})
		if res.Cached != res.Articles-1 {
			b.Fatalf("%d of %d articles from the cache, want all but the new one", res.Cached, res.Articles)
		}
	}
}

// BenchmarkArticle10MB runs one 10 MB article through the pipeline. It
// reports the largest live heap (peak-live-MB: what the run holds at
// once, after a collection) and the largest heap goal (peak-heap-MB: the
// size the heap may grow to, about what the process then takes from the
// system) seen while it runs.
func BenchmarkArticle10MB(b *testing.B) {
	cfg := demoConfig(b)
	cfg.Limits.ArticleBytes = 16 << 20 // above the default limit, as a desk with such articles sets it
	src := filepath.Join(b.TempDir(), "sources")
	os.Mkdir(src, 0o755)
	var text strings.Builder
	text.WriteString(synth.Article(1, synth.Options{Seed: 7, Paragraphs: 28500}))
	if err := os.WriteFile(filepath.Join(src, "big.md"), []byte(text.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(text.Len()))
	b.ReportAllocs()
	runtime.GC()
	peak := watchHeap()
	for range b.N {
		if _, err := Run(context.Background(), cfg, Options{SourcesDir: src, Generated: time.Unix(0, 0)}); err != nil {
			b.Fatal(err)
		}
	}
	live, goal := peak()
	b.ReportMetric(float64(live)/1e6, "peak-live-MB")
	b.ReportMetric(float64(goal)/1e6, "peak-heap-MB")
}

// watchHeap samples the garbage collector's live heap and heap goal
// until the function it returns is called, which returns their largest
// values.
func watchHeap() (peak func() (live, goal uint64)) {
	samples := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/gc/heap/goal:bytes"}}
	stop, done := make(chan struct{}), make(chan struct{})
	var live, goal uint64
	go func() {
		defer close(done)
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(samples)
			live, goal = max(live, samples[0].Value.Uint64()), max(goal, samples[1].Value.Uint64())
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()
	return func() (uint64, uint64) {
		close(stop)
		<-done
		return live, goal
	}
}

// BenchmarkCacheRead10k reads a cache file of 10,000 entries (the entries
// of 200 extracted synthetic articles, each under 50 keys), as every run
// does first.
func BenchmarkCacheRead10k(b *testing.B) {
	cfg := demoConfig(b)
	src := filepath.Join(b.TempDir(), "sources")
	if err := synth.Write(src, 0, 200, synth.Options{Seed: 1}); err != nil {
		b.Fatal(err)
	}
	dir := filepath.Join(b.TempDir(), "cache")
	runCached(b, cfg, dir, Options{SourcesDir: src})
	c, _ := OpenCache(dir, cfg)
	c.loadOnce.Do(c.load)
	var recs []record
	for n := 0; len(recs) < benchArticles; n++ {
		for _, r := range c.loaded {
			r.Key[0], r.Key[1] = byte(n), byte(n>>8)
			recs = append(recs, *r)
		}
	}
	buf := &memoryFile{data: []byte(logHeader)}
	if _, err := encodeSegments(buf, int64(len(logHeader)), recs[:benchArticles]); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(cacheLog(b, cfg, dir), buf.data, 0o644); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(buf.data)))
	for b.Loop() {
		c, _ := OpenCache(dir, cfg)
		c.loadOnce.Do(c.load)
		if len(c.loaded) != benchArticles || c.Err() != nil {
			b.Fatalf("%d entries read (%v), want %d", len(c.loaded), c.Err(), benchArticles)
		}
	}
}

// BenchmarkAssemble10k assembles the brief of 10,000 cached articles, as
// every whole-corpus run does after loading them: the merges, the matrix,
// the figure groups, key points and sorts. Filling the cache first takes
// a cold run's extraction, outside the timing.
func BenchmarkAssemble10k(b *testing.B) {
	cfg := demoConfig(b)
	src := benchCorpus(b)
	dir := filepath.Join(b.TempDir(), "cache")
	runCached(b, cfg, dir, Options{SourcesDir: src})
	cache, err := OpenCache(dir, cfg)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	usable, _, cached, err := load(ctx, src, cfg, cache)
	if err != nil || cached != benchArticles {
		b.Fatalf("%d of %d articles from the cache (%v)", cached, len(usable), err)
	}
	arts, _, err := extractNew(ctx, usable, Extractor(cfg), cache, nil)
	if err != nil {
		b.Fatal(err)
	}
	in := assemble.Input{Meta: Meta(cfg, Options{SourcesDir: src, Generated: time.Unix(0, 0)}),
		Sections: cfg.Sections, Actors: cfg.Actors, Issues: cfg.Issues, Articles: arts}
	b.ReportAllocs()
	cpu := cputime.Process()
	n := 0
	for b.Loop() {
		n++
		if _, err := assemble.AssembleContext(ctx, in); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric((cputime.Process()-cpu).Seconds()/float64(n), "cpu-s/op")
}
