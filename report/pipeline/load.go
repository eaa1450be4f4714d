package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"runtime"
	"sync"
	"time"

	"brief/report"
	"brief/report/corpus"
)

// article is one file's outcome: nil src when it cannot be used, facts
// when they came from the cache.
type article struct {
	src         *report.Source
	probs       []corpus.Problem
	facts       report.Facts
	fingerprint []uint64 // assemble.Fingerprint of the text, with the facts
	cached      bool
}

// loadCached reads every article in dir as corpus.Load does, on all
// cores, and takes an article's source and facts from cache (which may be
// nil) when it holds them, so that an article seen before is neither
// cleaned nor extracted again. Problems and sources come in file order.
func loadCached(ctx context.Context, dir string, opts corpus.Options, cache *Cache) ([]article, error) {
	files, links, err := corpus.List(dir, opts)
	if err != nil {
		return nil, err
	}
	cleaner, err := opts.Cleaner()
	if err != nil {
		return nil, err
	}
	out := make([]article, len(files), len(files)+len(links))
	var index *fileIndex
	if cache != nil {
		index = openFileIndex(cache.indexPath(), time.Now())
	}
	hits := hitsFirst(ctx, files, opts, cache, index)
	// Reading is mostly waiting on the file system, so more readers than
	// cores keep the cores busy.
	err = parallel(ctx, ioWorkers(), len(files), func(i int) {
		if hits[i].src != nil {
			out[i] = hits[i]
			return
		}
		out[i] = loadOne(files[i], corpus.DisplayPath(files[i], opts.RelativeTo), opts.Limits, cleaner, cache, index)
	})
	if err != nil {
		return nil, err
	}
	if cache != nil {
		if err := index.save(cache.indexPath()); err != nil {
			cache.fail(err)
		}
	}
	for _, p := range links { // links out of the sources folder, reported and skipped
		out = append(out, article{probs: []corpus.Problem{p}})
	}
	return dedupe(out), nil
}

// hitsFirst returns, for each file, its article when the cache holds it.
// It hashes every file the index does not know unchanged while the cache
// file is read and decoded on the other cores, so that a run whose
// articles are nearly all cached waits for the slower of the two rather
// than for both. The files it finds no entry for are read again by
// loadOne, which hashes what it reads: an article edited in between is
// still taken as it is then. With no cache file yet, it does nothing.
func hitsFirst(ctx context.Context, files []string, opts corpus.Options, cache *Cache, index *fileIndex) []article {
	hits := make([]article, len(files))
	if cache == nil {
		return hits
	}
	if _, err := os.Stat(cache.logPath()); err != nil {
		return hits
	}
	loaded := make(chan struct{})
	go func() {
		cache.loadOnce.Do(cache.load)
		close(loaded)
	}()
	hashes := make([]string, len(files))
	parallel(ctx, ioWorkers(), len(files), func(i int) {
		if h, ok := index.hash(files[i]); ok {
			hashes[i] = h
			return
		}
		st, stamped := index.stamp(files[i])
		data, prob := corpus.ReadFile(files[i], corpus.DisplayPath(files[i], opts.RelativeTo), opts.Limits)
		if prob == nil {
			sum := sha256.Sum256(data)
			hashes[i] = hex.EncodeToString(sum[:])
			if stamped {
				index.record(files[i], st, sum)
			}
		}
	})
	<-loaded
	for i, h := range hashes {
		if h == "" {
			continue // unreadable: loadOne reports it
		}
		if a, ok := cache.get(h, corpus.DisplayPath(files[i], opts.RelativeTo)); ok {
			hits[i] = a
		}
	}
	return hits
}

// loadOne reads one file, from the cache when it can. A panic while
// reading it skips the article with a Problem instead of ending the run.
func loadOne(file, path string, limits corpus.Limits, cleaner *corpus.Cleaner, cache *Cache, index *fileIndex) (a article) {
	defer func() {
		if r := recover(); r != nil {
			a = article{probs: []corpus.Problem{internalError(path, "reading", r)}}
		}
	}()
	st, stamped := index.stamp(file)
	data, prob := corpus.ReadFile(file, path, limits)
	if prob != nil {
		return article{probs: []corpus.Problem{*prob}}
	}
	sum := sha256.Sum256(data)
	hash := hex.EncodeToString(sum[:])
	if stamped {
		index.record(file, st, sum)
	}
	if cache != nil {
		if a, ok := cache.get(hash, path); ok {
			return a
		}
	}
	src, probs := parseArticle(path, data, cleaner)
	return article{src: src, probs: probs}
}

// dedupe keeps the first of articles with the same content and reports
// the others, as corpus.Load does.
func dedupe(arts []article) []article {
	seen := map[string]string{} // hash → first path
	out := arts[:0]
	for _, a := range arts {
		if a.src == nil {
			out = append(out, a)
			continue
		}
		if first, dup := seen[a.src.Hash]; dup {
			a.probs = append(a.probs, corpus.Duplicate(a.src.Path, first))
			a.src = nil
			out = append(out, a)
			continue
		}
		seen[a.src.Hash] = a.src.Path
		out = append(out, a)
	}
	return out
}

// cpuWorkers is how many goroutines compute at once: one a core.
func cpuWorkers() int { return runtime.GOMAXPROCS(0) }

// ioWorkers is how many goroutines read files at once.
func ioWorkers() int { return 4 * runtime.GOMAXPROCS(0) }

// parallel calls work(i) for i in [0, n) on the given number of
// goroutines and waits. It stops handing out work when ctx ends and
// returns ctx's error.
func parallel(ctx context.Context, workers, n int, work func(i int)) error {
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(workers, max(n, 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				work(i)
			}
		}()
	}
	var err error
feed:
	for i := range n {
		select {
		case jobs <- i:
		case <-ctx.Done():
			err = ctx.Err()
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	return err
}
