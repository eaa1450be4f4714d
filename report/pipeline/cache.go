package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"

	"brief/report"
	"brief/report/config"
	"brief/report/corpus"
)

// cacheVersion names the layout of cache entries and the extraction
// rules' generation. Bump it when either changes in a way the executable's
// hash would not show (it always does for a rebuilt binary).
const cacheVersion = "brief-extract-cache/1"

// Cache keeps each article's extracted facts in a folder, one file per
// article, so that a re-run extracts only new or changed articles.
//
// An entry's key is the hash of the article's bytes, of the parts of the
// configuration extraction depends on (actors, issues, cleaning), of
// cacheVersion and of the running executable, so a changed article, a
// changed configuration or a rebuilt program never reuses stale facts.
// Entries are written atomically; an unreadable or corrupt entry is
// ignored and rewritten.
type Cache struct {
	dir  string
	salt string

	mu   sync.Mutex
	used map[string]bool
	errs []error
}

// OpenCache returns the cache in dir for cfg's extraction settings. The
// folder is created on the first write.
func OpenCache(dir string, cfg *config.Config) (*Cache, error) {
	exe, err := executableHash()
	if err != nil {
		return nil, fmt.Errorf("extraction cache: %w", err)
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00", cacheVersion, exe)
	if err := json.NewEncoder(h).Encode(struct {
		Actors   []report.Actor
		Issues   []report.Issue
		Cleaning config.Cleaning
		Lexicon  config.Lexicon
	}{cfg.Actors, cfg.Issues, cfg.Cleaning, cfg.Lexicon}); err != nil {
		return nil, fmt.Errorf("extraction cache: %w", err)
	}
	return &Cache{dir: dir, salt: hex.EncodeToString(h.Sum(nil)), used: map[string]bool{}}, nil
}

// Dir returns the cache's folder.
func (c *Cache) Dir() string { return c.dir }

// entry is one cache file's content: the article as loaded and cleaned,
// the warnings loading it gave, and its facts. The path is not part of
// it: a renamed article is still the same article.
type entry struct {
	Key      string          `json:"key"`
	Source   report.Source   `json:"source"`
	Text     string          `json:"text"`
	Problems []cachedProblem `json:"problems,omitempty"`
	Facts    report.Facts    `json:"facts"`
}

// cachedProblem is a warning about an article, without its file.
type cachedProblem struct {
	Line int    `json:"line,omitempty"`
	Msg  string `json:"msg"`
}

// key returns the cache key of an article's content hash.
func (c *Cache) key(hash string) string {
	sum := sha256.Sum256([]byte(c.salt + "\x00" + hash))
	return hex.EncodeToString(sum[:])
}

// path returns where an entry lives: 256 sub-folders keep each small.
func (c *Cache) path(key string) string {
	return filepath.Join(c.dir, key[:2], key[2:]+".json")
}

// touchAfter is how old an entry's modification time may get before a
// hit refreshes it. Prune goes by that time, so an entry any run sharing
// the folder uses stays; refreshing at most daily keeps hits read-only
// most of the time.
const touchAfter = 24 * time.Hour

// get returns the cached article whose file has the given content hash,
// now found at path, and marks the entry as used now.
func (c *Cache) get(hash, path string) (article, bool) {
	key := c.key(hash)
	c.markUsed(key)
	data, modTime, err := readEntry(c.path(key))
	if err != nil {
		return article{}, false
	}
	var e entry
	if err := json.Unmarshal(data, &e); err != nil || e.Key != key || e.Source.ID != report.SourceID(hash) {
		return article{}, false
	}
	if time.Since(modTime) > touchAfter {
		now := time.Now()
		_ = os.Chtimes(c.path(key), now, now) // at worst Prune removes it later and it is recomputed
	}
	src := e.Source
	src.Path, src.Hash, src.Text = path, hash, e.Text
	a := article{src: &src, facts: e.Facts, cached: true}
	for _, p := range e.Problems {
		a.probs = append(a.probs, corpus.Problem{File: path, Line: p.Line, Msg: p.Msg})
	}
	return a, true
}

// readEntry reads a cache file and returns its modification time.
func readEntry(path string) ([]byte, time.Time, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, time.Time{}, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, time.Time{}, err
	}
	data, err := io.ReadAll(f)
	return data, info.ModTime(), err
}

// put stores a usable article and its facts. A failure is remembered, not
// returned: the cache only ever saves time.
func (c *Cache) put(a article) {
	if a.src == nil {
		return
	}
	key := c.key(a.src.Hash)
	e := entry{Key: key, Source: *a.src, Text: a.src.Text, Facts: a.facts}
	for _, p := range a.probs {
		e.Problems = append(e.Problems, cachedProblem{Line: p.Line, Msg: p.Msg})
	}
	data, err := json.Marshal(e)
	if err == nil {
		err = writeAtomic(c.path(key), data)
	}
	if err != nil {
		c.mu.Lock()
		c.errs = append(c.errs, err)
		c.mu.Unlock()
	}
}

func (c *Cache) markUsed(key string) {
	c.mu.Lock()
	c.used[key] = true
	c.mu.Unlock()
}

// Err returns the first error writing entries, if any, with how many
// writes failed.
func (c *Cache) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	switch len(c.errs) {
	case 0:
		return nil
	case 1:
		return c.errs[0]
	}
	return fmt.Errorf("%w (and %d more)", c.errs[0], len(c.errs)-1)
}

// Prune removes entries this run did not use and that are older than
// maxAge, and leftover temporary files as old; it returns how many files
// it removed. Entries of other configurations sharing the folder survive
// while they are in use at least every maxAge.
func (c *Cache) Prune(maxAge time.Duration) (int, error) {
	shards, err := os.ReadDir(c.dir)
	if errors.Is(err, os.ErrNotExist) {
		return 0, nil
	} else if err != nil {
		return 0, fmt.Errorf("prune extraction cache: %w", err)
	}
	removed := 0
	for _, sh := range shards {
		if !sh.IsDir() || len(sh.Name()) != 2 {
			continue
		}
		dir := filepath.Join(c.dir, sh.Name())
		files, err := os.ReadDir(dir)
		if err != nil {
			continue
		}
		for _, f := range files {
			name := f.Name()
			if len(name) == 62+len(".json") && c.isUsed(sh.Name()+name[:62]) {
				continue
			}
			info, err := f.Info()
			if err != nil || time.Since(info.ModTime()) < maxAge {
				continue
			}
			if os.Remove(filepath.Join(dir, name)) == nil {
				removed++
			}
		}
	}
	return removed, nil
}

func (c *Cache) isUsed(key string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.used[key]
}

// writeAtomic writes data to a temporary file beside path and renames it
// into place, so a reader never sees half an entry. Entries are not
// synced: a lost entry after a crash is only recomputed.
func writeAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("extraction cache: %w", err)
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("extraction cache: %w", err)
	}
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("extraction cache: %w", err)
	}
	return nil
}

var exeHash = sync.OnceValues(func() (string, error) {
	path, err := os.Executable()
	if err != nil {
		return "", fmt.Errorf("find the running program: %w", err)
	}
	f, err := os.Open(path)
	if err != nil {
		return "", fmt.Errorf("read the running program: %w", err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", fmt.Errorf("read the running program: %w", err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
})

// executableHash returns the SHA-256 of the running program, computed
// once.
func executableHash() (string, error) { return exeHash() }
