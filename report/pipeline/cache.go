package pipeline

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"
	"unsafe"

	"github.com/gofrs/flock"

	"brief/internal/hugepage"
	"brief/report"
	"brief/report/config"
	"brief/report/corpus"
)

// cacheVersion names the layout of cache records and the extraction
// rules' generation. Bump it when either changes in a way the executable's
// hash would not show (it always does for a rebuilt binary).
const cacheVersion = "brief-extract-cache/8"

// Cache keeps each article's extracted facts between runs, so that a
// re-run extracts only new or changed articles.
//
// An entry's key is the hash of the article's bytes, of the parts of the
// configuration extraction depends on (actors, issues, cleaning), of
// cacheVersion and of the running executable, so a changed article, a
// changed configuration or a rebuilt program never reuses stale facts.
//
// The entries live in an append-only file per salt (logPath: a build and
// a configuration), of checksummed segments, each a stream of records
// and one of date expressions, laid out by hand (codec.go). A run reads
// its file once, a segment at a time, decoding its segments on all
// cores, and appends one segment of what it extracted. Why this rather
// than a file per entry (the first layout: 10,000 opens and JSON decodes,
// 0.7 s of decoding alone) or an embedded database: bbolt or SQLite would
// store each entry as its own value, decoded on its own, and a gob or
// JSON decoder per value costs as much as the JSON files did. One gob
// stream per segment (the layout before this one) decoded 10,000 entries
// about four times faster than the files, and the hand-made layout about
// ten times faster than gob.
//
// Safety: a segment is appended with one write under an exclusive file
// lock (the file's name+".lock") and synced; a reader takes no lock and stops at
// the first segment that is cut short or fails its CRC-32C, so a run
// killed mid-append (kill -9) leaves a tail that readers ignore and the
// next writer cuts off. Compaction writes a new file and renames it into
// place, so a reader holding the old file reads it whole. A file whose
// header is wrong is rebuilt, never trusted.
type Cache struct {
	dir  string
	salt string
	now  func() time.Time // the clock, a variable for tests

	loadOnce sync.Once            // reset by release, so that a later get reads the file again
	loaded   map[cacheKey]*record // the file's entries, by key
	timexes  bool                 // load reads the entries' date expressions (needTimexes)
	released bool                 // loaded holds keys and use stamps only (release)
	dead     int                  // records the file holds that no entry needs
	file     os.FileInfo          // the file read, for os.SameFile; nil if none
	validEnd int64                // where its last whole segment ends

	mu    sync.Mutex
	used  map[cacheKey]bool
	fresh []record   // entries extracted this run, not yet written
	touch []cacheKey // hits whose use stamp is older than touchAfter
	errs  []error
}

// cacheKey is an entry's key: a SHA-256.
type cacheKey [sha256.Size]byte

// record is one record of the file: an entry, or, with Entry nil, a note
// that the entry Key was used at Used.
type record struct {
	Key   cacheKey
	Used  int64 // Unix seconds of the entry's last use
	Entry *entry
}

// entry is an article as loaded and cleaned (its text too: a quote is
// checked against the texts that print it), the warnings loading it gave,
// its facts and its syndication fingerprint. Its path is not part of it:
// a renamed article is still the same article.
type entry struct {
	Source      report.Source
	Problems    []cachedProblem
	Facts       report.Facts
	Fingerprint []uint64
}

// cachedProblem is a warning about an article, without its file.
type cachedProblem struct {
	Line int
	Msg  string
}

const (
	// logPrefix and logSuffix frame the cache files' names in the cache
	// folder: a file per salt, named by its first 16 hex digits, so that
	// a run reads only the entries it can use. Another build or
	// configuration sharing the folder has its own file, and a build that
	// replaced another does not read the old one's entries (a month of
	// them, twice the file, until they were pruned). legacyLog is the
	// name of the one file of the layouts before.
	logPrefix = "extractions-"
	logSuffix = ".log"
	legacyLog = "extractions.log"
	// logHeader starts the file; another header means another layout.
	logHeader = "brief extraction cache, segments of CRC-32C-checked records, v5\n"
	// segmentRecords is the most records a segment holds, so that a large
	// file decodes on all cores.
	segmentRecords = 1000
	// lockWait is how long a writer waits for another's lock before it
	// gives up writing (the cache only ever saves time).
	lockWait = 30 * time.Second
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// OpenCache returns the cache in dir for cfg's extraction settings. The
// folder is created on the first write; nothing is read until the first
// lookup.
func OpenCache(dir string, cfg *config.Config) (*Cache, error) {
	exe, err := executableHash()
	if err != nil {
		return nil, fmt.Errorf("extraction cache: %w", err)
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00", cacheVersion, exe)
	// The switches by what they do, so that a key left out and the same
	// value written out give one key.
	lex := cfg.Lexicon
	lex.Thesaurus, lex.StanceModel = nil, nil
	if err := json.NewEncoder(h).Encode(struct {
		Actors      []report.Actor
		Issues      []report.Issue
		Cleaning    config.Cleaning
		Lexicon     config.Lexicon
		Thesaurus   bool
		StanceModel bool
		Limits      corpus.Limits // a cached article skips the line, key and paragraph checks
	}{cfg.Actors, cfg.Issues, cfg.Cleaning, lex, cfg.Lexicon.UseThesaurus(), cfg.Lexicon.UseStanceModel(), cfg.Limits}); err != nil {
		return nil, fmt.Errorf("extraction cache: %w", err)
	}
	return &Cache{dir: dir, salt: hex.EncodeToString(h.Sum(nil)), now: time.Now, used: map[cacheKey]bool{}}, nil
}

// Dir returns the cache's folder.
func (c *Cache) Dir() string { return c.dir }

// needTimexes says whether the entries' date expressions are wanted
// (Options.Timexes). They are most of a segment's records and only
// `extract --timexes` uses them, so by default they are not decoded;
// wanting them after a load without them reads the file again. Call it
// before the run looks anything up.
func (c *Cache) needTimexes(need bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if need && !c.timexes {
		c.timexes = true
		c.loadOnce = sync.Once{}
	}
}

func (c *Cache) logPath() string { return filepath.Join(c.dir, logPrefix+c.salt[:16]+logSuffix) }

// indexSuffix ends the name of the article index (fileIndex) kept beside
// a cache file.
const indexSuffix = ".files"

// indexPath is the article index's path: the cache file's, with
// indexSuffix for logSuffix.
func (c *Cache) indexPath() string {
	return filepath.Join(c.dir, logPrefix+c.salt[:16]+indexSuffix)
}

// key returns the cache key of an article's content hash.
func (c *Cache) key(hash string) cacheKey {
	return sha256.Sum256([]byte(c.salt + "\x00" + hash))
}

// touchAfter is how old an entry's use stamp may get before a hit renews
// it. Prune goes by that stamp, so an entry any run sharing the folder
// uses stays; renewing at most daily keeps most runs from writing at all.
const touchAfter = 24 * time.Hour

// get returns the cached article whose file has the given content hash,
// now found at path, and marks the entry as used now.
func (c *Cache) get(hash, path string) (article, bool) {
	c.loadOnce.Do(c.load)
	key := c.key(hash)
	c.mu.Lock()
	r, ok := c.loaded[key] // a key release let go of is read again from the file above
	c.used[key] = true
	if ok && c.now().Sub(time.Unix(r.Used, 0)) > touchAfter {
		c.touch = append(c.touch, key)
	}
	c.mu.Unlock()
	if !ok || r.Entry == nil || r.Entry.Source.ID != report.SourceID(hash) {
		return article{}, false
	}
	e := r.Entry
	src := e.Source
	src.Path, src.Hash = path, hash
	a := article{src: &src, facts: e.Facts, fingerprint: e.Fingerprint, cached: true}
	for _, p := range e.Problems {
		a.probs = append(a.probs, corpus.Problem{File: path, Line: p.Line, Msg: p.Msg})
	}
	return a, true
}

// load reads the file's entries. A missing or unreadable file is an empty
// cache; an error is remembered only when it is not a missing file.
func (c *Cache) load() {
	c.mu.Lock()
	c.loaded, c.released = map[cacheKey]*record{}, false
	timexes := c.timexes
	c.mu.Unlock()
	f, err := os.Open(c.logPath())
	if errors.Is(err, os.ErrNotExist) {
		return
	}
	if err == nil {
		defer f.Close()
		var info os.FileInfo
		if info, err = f.Stat(); err == nil {
			c.file = info
			c.loaded, c.dead, c.validEnd, err = decodeLogAt(f, info.Size(), timexes)
		}
	}
	if err != nil {
		c.fail(err)
	}
}

// decodeLog returns the entries of a cache file's bytes, how many of its
// records are dead weight (use notes, repeated entries, undecodable
// segments), and where its last whole segment ends: 0 when the header is
// not this layout's.
func decodeLog(data []byte) (map[cacheKey]*record, int, int64) {
	return decodeLogWith(data, true)
}

// decodeLogWith is decodeLog, leaving out the entries' date expressions
// unless timexes is set.
func decodeLogWith(data []byte, timexes bool) (map[cacheKey]*record, int, int64) {
	entries, dead, end, _ := decodeLogAt(bytes.NewReader(data), int64(len(data)), timexes)
	return entries, dead, end
}

// decodeLogAt is decodeLogWith for a file of the given size, read a
// segment at a time on all cores (readSegment): the file is never in
// memory whole, and its records are read straight into the memory their
// strings keep. It fails only when the file cannot be read; a damaged
// file is what decodeLogWith makes of it.
func decodeLogAt(f io.ReaderAt, size int64, timexes bool) (map[cacheKey]*record, int, int64, error) {
	entries := map[cacheKey]*record{}
	head := make([]byte, len(logHeader))
	if n, err := f.ReadAt(head, 0); n < len(head) || string(head) != logHeader {
		if err == io.EOF {
			err = nil
		}
		return entries, 0, 0, err
	}
	spans, err := segmentSpans(f, size)
	if err != nil {
		return entries, 0, 0, err
	}
	decoded := make([][]record, len(spans))
	bad := make([]bool, len(spans))
	torn := make([]bool, len(spans)) // cut short or failing its checksum
	failed := make([]error, len(spans))
	scratch := make(chan []byte, cpuWorkers()) // reused for what is only checked
	for range cpuWorkers() {
		scratch <- nil
	}
	parallel(context.Background(), cpuWorkers(), len(spans), func(i int) {
		buf := <-scratch
		defer func() { scratch <- buf }()
		var ok bool
		decoded[i], buf, ok, failed[i] = readSegment(f, spans[i], buf, timexes)
		torn[i] = !ok
		bad[i] = ok && decoded[i] == nil
	})
	end := int64(len(logHeader))
	for i, sp := range spans {
		if failed[i] != nil {
			return map[cacheKey]*record{}, 0, 0, failed[i]
		}
		if torn[i] {
			decoded, bad = decoded[:i], bad[:i]
			break
		}
		end = sp.off + int64(sp.n)
	}
	dead := 0
	for i, recs := range decoded {
		if bad[i] {
			dead++
			continue
		}
		for _, r := range recs {
			old, ok := entries[r.Key]
			switch {
			case r.Entry != nil:
				if ok {
					dead++
					r.Used = max(r.Used, old.Used)
				}
				entries[r.Key] = &r
			case ok:
				dead++
				old.Used = max(old.Used, r.Used)
			default:
				dead++
			}
		}
	}
	return entries, dead, end, nil
}

// segmentSpan is where a segment's payload lies in a cache file, and its
// checksum.
type segmentSpan struct {
	off int64
	n   int
	sum uint32
}

// segmentSpans reads the segments' heads of a cache file of the given
// size, from the end of its header, up to the first that claims more
// bytes than the file has (a torn tail).
func segmentSpans(f io.ReaderAt, size int64) ([]segmentSpan, error) {
	var spans []segmentSpan
	var head [segmentHead]byte
	for off := int64(len(logHeader)); size-off >= segmentHead; {
		if _, err := f.ReadAt(head[:], off); err != nil {
			if err == io.EOF {
				break
			}
			return nil, err
		}
		n := int64(binary.LittleEndian.Uint32(head[:]))
		if n > size-off-segmentHead {
			break
		}
		spans = append(spans, segmentSpan{off + segmentHead, int(n), binary.LittleEndian.Uint32(head[4:])})
		off += segmentHead + n
	}
	return spans, nil
}

// readSegment reads the segment sp of f and decodes it. It returns its
// records, nil when they do not decode; scratch, grown if need be; false
// when the segment is cut short or fails its checksum; and an error when
// f cannot be read.
//
// The records stream is read into memory of its own, which the strings
// it holds then are (see codec.go): it is never written again. What
// follows it, the date expressions, only passes through scratch for the
// checksum unless timexes is set.
func readSegment(f io.ReaderAt, sp segmentSpan, scratch []byte, timexes bool) ([]record, []byte, bool, error) {
	read := func(buf []byte, off int64) (bool, error) {
		n, err := f.ReadAt(buf, off)
		if n == len(buf) {
			return true, nil
		}
		if err == io.EOF {
			err = nil
		}
		return false, err
	}
	records := 0 // the records stream's length, when the trailer tells it
	if sp.n >= segmentTrailer {
		var trailer [segmentTrailer]byte
		if ok, err := read(trailer[:], sp.off+int64(sp.n-segmentTrailer)); !ok {
			return nil, scratch, false, err
		}
		if n := int(binary.LittleEndian.Uint32(trailer[:])); n <= sp.n-segmentTrailer {
			records = n
		}
	}
	body := make([]byte, records)
	hugepage.Advise(body) // read whole and kept: a fault per 2 MB, not per 4 KB
	if ok, err := read(body, sp.off); !ok {
		return nil, scratch, false, err
	}
	scratch = slices.Grow(scratch[:0], sp.n-records)[:sp.n-records]
	if ok, err := read(scratch, sp.off+int64(records)); !ok {
		return nil, scratch, false, err
	}
	if crc32.Update(crc32.Checksum(body, castagnoli), castagnoli, scratch) != sp.sum {
		return nil, scratch, false, nil
	}
	if sp.n < segmentTrailer || records != int(binary.LittleEndian.Uint32(scratch[len(scratch)-segmentTrailer:])) {
		return nil, scratch, true, nil // a whole segment, but not one this layout writes
	}
	var timexStream []byte
	if timexes {
		timexStream = scratch[:len(scratch)-segmentTrailer]
	}
	recs, err := decodeStreams(unsafe.String(unsafe.SliceData(body), len(body)), timexStream)
	if err != nil {
		return nil, scratch, true, nil
	}
	return recs, scratch, true, nil
}

// decodeSegment decodes a segment's payload (see codec.go): its records
// and, when timexes is set, their entries' date expressions.
func decodeSegment(payload []byte, timexes bool) ([]record, error) {
	if len(payload) < segmentTrailer {
		return nil, errors.New("a segment too short for its trailer")
	}
	n := int(binary.LittleEndian.Uint32(payload[len(payload)-segmentTrailer:]))
	if n > len(payload)-segmentTrailer {
		return nil, fmt.Errorf("a segment's records run to %d of %d bytes", n, len(payload)-segmentTrailer)
	}
	var timexStream []byte
	if timexes {
		timexStream = payload[n : len(payload)-segmentTrailer]
	}
	return decodeStreams(string(payload[:n]), timexStream)
}

// decodeStreams decodes a segment's records stream and, unless it is
// nil, its date expressions stream.
func decodeStreams(records string, timexes []byte) ([]record, error) {
	d := &segmentReader{s: records}
	recs := d.readRecords()
	if d.err == nil && d.off != len(d.s) {
		d.fail()
	}
	if d.err != nil {
		return nil, d.err
	}
	if timexes != nil {
		t := &segmentReader{s: string(timexes)}
		t.readTimexes(recs)
		if t.err == nil && t.off != len(t.s) {
			t.fail()
		}
		if t.err != nil {
			return nil, fmt.Errorf("a segment's date expressions: %w", t.err)
		}
	}
	return recs, nil
}

// segmentTrailer is the length of a segment payload's trailer: the
// length of its records' stream.
const segmentTrailer = 4

// segments splits the bytes after the header into segment payloads: each
// a 4-byte length, a 4-byte CRC-32C of the payload, and the payload. It
// stops at the first segment cut short or failing its checksum, and
// returns where the last good one ends.
func segments(data []byte) (segs [][]byte, end int64) {
	off := len(logHeader)
	for len(data)-off >= 8 {
		n := int(binary.LittleEndian.Uint32(data[off:]))
		sum := binary.LittleEndian.Uint32(data[off+4:])
		if n > len(data)-off-8 {
			break
		}
		payload := data[off+8 : off+8+n]
		if crc32.Checksum(payload, castagnoli) != sum {
			break
		}
		segs = append(segs, payload)
		off += 8 + n
	}
	return segs, int64(off)
}

// put stores a usable article, its facts and fingerprint, to be written
// by flush.
func (c *Cache) put(a article) {
	if a.src == nil {
		return
	}
	src := *a.src
	src.Path, src.Hash = "", ""
	e := &entry{Source: src, Facts: a.facts, Fingerprint: a.fingerprint}
	for _, p := range a.probs {
		e.Problems = append(e.Problems, cachedProblem{Line: p.Line, Msg: p.Msg})
	}
	key := c.key(a.src.Hash)
	c.mu.Lock()
	c.fresh = append(c.fresh, record{Key: key, Used: c.now().Unix(), Entry: e})
	c.used[key] = true
	c.mu.Unlock()
}

func (c *Cache) fail(err error) {
	c.mu.Lock()
	c.errs = append(c.errs, fmt.Errorf("extraction cache %s: %w", c.dir, err))
	c.mu.Unlock()
}

// pending returns how many new entries wait to be written.
func (c *Cache) pending() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.fresh)
}

// pendingText returns the length of the texts of the new entries that
// wait to be written: about a third of what their encoding holds.
func (c *Cache) pendingText() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for _, r := range c.fresh {
		if r.Entry != nil {
			n += len(r.Entry.Source.Text)
		}
	}
	return n
}

// flushAsync flushes the cache, on another goroutine when async is true,
// and returns a channel closed once it is done.
func (c *Cache) flushAsync(async bool) chan struct{} {
	done := make(chan struct{})
	if !async {
		c.flush()
		close(done)
		return done
	}
	go func() {
		defer close(done)
		c.flush()
	}()
	return done
}

// flush appends what this run extracted and the renewed use stamps to the
// file, as segments written under the lock. A failure is remembered, not
// returned: the cache only ever saves time.
//
// A run looks its articles up before it flushes, so flush then lets go
// of every entry's article and facts (release), which the run holds
// itself as long as it needs them. Kept, they would stay in memory while
// the brief is rendered: a 10 MB article's facts are about 20 MB.
func (c *Cache) flush() {
	c.loadKeys()
	c.mu.Lock()
	recs := slices.Clone(c.fresh)
	now := c.now().Unix()
	for _, k := range c.touch {
		recs = append(recs, record{Key: k, Used: now})
	}
	c.fresh, c.touch = nil, nil
	c.release()
	c.mu.Unlock()
	if len(recs) == 0 {
		return
	}
	if err := c.append(recs); err != nil {
		c.fail(err)
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, r := range recs {
		old, ok := c.loaded[r.Key]
		switch {
		case r.Entry != nil:
			if ok {
				c.dead++
			}
			c.loaded[r.Key] = &record{Key: r.Key, Used: r.Used}
		case ok:
			old.Used = r.Used
			c.dead++
		}
	}
}

// release replaces each loaded entry with its key and use stamp alone, in
// a new record (a get may still read the old one), which is what flush
// and Prune need. The next get reads the file again, so a cache used for
// another run still finds every entry. Call it with c.mu held, while no
// get runs.
func (c *Cache) release() {
	for k, r := range c.loaded {
		if r.Entry != nil {
			c.loaded[k] = &record{Key: k, Used: r.Used}
		}
	}
	c.released = true
	c.loadOnce = sync.Once{}
}

// loadKeys reads the file's entries unless release left their keys and
// use stamps, which is all that flush and Prune need.
func (c *Cache) loadKeys() {
	c.mu.Lock()
	released := c.released
	c.mu.Unlock()
	if !released {
		c.loadOnce.Do(c.load)
	}
}

// append writes records at the end of the file's last whole segment,
// cutting off a torn tail and starting a new file when the header is
// wrong.
func (c *Cache) append(recs []record) error {
	unlock, err := c.lock()
	if err != nil {
		return err
	}
	defer unlock()
	f, err := os.OpenFile(c.logPath(), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return err
	}
	defer f.Close()
	end, err := c.validEndOf(f)
	if err != nil {
		return err
	}
	if err := f.Truncate(end); err != nil {
		return err
	}
	from := end
	if end == 0 {
		if _, err := f.WriteAt([]byte(logHeader), 0); err != nil {
			return err
		}
		from = int64(len(logHeader))
	}
	// The segments go to the file as they are encoded; a run killed
	// meanwhile leaves a torn tail, which the next run cuts.
	newEnd, err := encodeSegments(f, from, recs)
	if err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if info, err := f.Stat(); err == nil {
		c.mu.Lock()
		c.file, c.validEnd = info, newEnd
		c.mu.Unlock()
	}
	return nil
}

// validEndOf returns where the last whole segment of the open file ends,
// or 0 when its header is not this layout's. When f is the file load read,
// only what was appended since is checked.
func (c *Cache) validEndOf(f *os.File) (int64, error) {
	info, err := f.Stat()
	if err != nil {
		return 0, err
	}
	from := int64(0)
	if c.file != nil && os.SameFile(c.file, info) && info.Size() >= c.validEnd {
		from = c.validEnd
	}
	if from == 0 {
		head := make([]byte, len(logHeader))
		if _, err := f.ReadAt(head, 0); err != nil || string(head) != logHeader {
			return 0, nil
		}
		from = int64(len(logHeader))
	}
	rest := make([]byte, info.Size()-from)
	if _, err := f.ReadAt(rest, from); err != nil && err != io.EOF {
		return 0, err
	}
	_, end := segments(append([]byte(logHeader), rest...))
	return from + end - int64(len(logHeader)), nil
}

// encodeSegments writes records as segments of at most segmentRecords
// into w from offset off, and returns where the last one ends. Each
// segment's payload goes straight to w behind room left for its header,
// which is written once its length and checksum are known: a segment is
// never held in memory (one of a 10 MB article is about 30 MB).
func encodeSegments(w io.WriterAt, off int64, recs []record) (int64, error) {
	for chunk := range slices.Chunk(recs, segmentRecords) {
		body := &summingWriter{w: io.NewOffsetWriter(w, off+segmentHead)}
		if err := encodeSegment(body, chunk); err != nil {
			return off, err
		}
		var head [segmentHead]byte
		binary.LittleEndian.PutUint32(head[:], uint32(body.n))
		binary.LittleEndian.PutUint32(head[4:], body.sum)
		if _, err := w.WriteAt(head[:], off); err != nil {
			return off, err
		}
		off += segmentHead + body.n
	}
	return off, nil
}

// segmentHead is the length of a segment's header: its payload's length
// and CRC-32C, little-endian.
const segmentHead = 8

// summingWriter passes writes on to w, counting their bytes and their
// CRC-32C; while drop is set, it drops them.
type summingWriter struct {
	w    io.Writer
	n    int64
	sum  uint32
	drop bool
}

func (s *summingWriter) Write(p []byte) (int, error) {
	if s.drop {
		return len(p), nil
	}
	n, err := s.w.Write(p)
	s.sum = crc32.Update(s.sum, castagnoli, p[:n])
	s.n += int64(n)
	return n, err
}

// memoryFile is an io.WriterAt that keeps what is written in memory.
type memoryFile struct{ data []byte }

func (m *memoryFile) WriteAt(p []byte, off int64) (int, error) {
	if end := int(off) + len(p); end > len(m.data) {
		m.data = append(m.data, make([]byte, end-len(m.data))...)
	}
	return copy(m.data[off:], p), nil
}

// lock takes the cache's write lock, waiting up to lockWait.
func (c *Cache) lock() (unlock func(), err error) {
	if err := os.MkdirAll(c.dir, 0o755); err != nil {
		return nil, err
	}
	fl := flock.New(c.logPath() + ".lock")
	ctx, cancel := context.WithTimeout(context.Background(), lockWait)
	defer cancel()
	ok, err := fl.TryLockContext(ctx, 50*time.Millisecond)
	if err != nil || !ok {
		return nil, fmt.Errorf("another run kept the cache locked for %s; its new entries were not saved: %v", lockWait, err)
	}
	return func() { fl.Unlock() }, nil
}

// Err returns the first error reading or writing the cache, if any, with
// how many there were.
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

// Prune removes the entries this run did not use and whose last use is
// older than maxAge, and returns how many it removed. Entries of other
// configurations sharing the folder survive while they are used at least
// every maxAge. It rewrites the file (into a new file renamed into place)
// only when that removes entries or when dead records, such as use notes,
// outweigh a quarter of it. It also removes the files of other salts
// (other builds or configurations) and of the layouts before that no run
// has written for maxAge (each counts as one), and the first layout's
// entry files (a file per entry in folders 00 to ff) older than maxAge.
// A run renews its entries' use stamps at least daily, by appending to
// its file, so a file unwritten for maxAge is one no run has used.
func (c *Cache) Prune(maxAge time.Duration) (int, error) {
	removed, err := c.pruneLegacy(maxAge)
	if err != nil {
		return removed, err
	}
	c.loadKeys()
	if c.file == nil || !c.worthCompacting(maxAge) {
		return removed, nil
	}
	unlock, err := c.lock()
	if err != nil {
		return removed, fmt.Errorf("prune extraction cache: %w", err)
	}
	defer unlock()
	data, err := os.ReadFile(c.logPath())
	if errors.Is(err, os.ErrNotExist) {
		return removed, nil
	} else if err != nil {
		return removed, fmt.Errorf("prune extraction cache: %w", err)
	}
	entries, dead, _ := decodeLog(data)
	cutoff := c.now().Add(-maxAge).Unix()
	var keep []record
	for k, r := range entries {
		if c.isUsed(k) || r.Used >= cutoff {
			keep = append(keep, *r)
		}
	}
	stale := len(entries) - len(keep)
	if stale == 0 && dead <= len(entries)/4 {
		return removed, nil
	}
	slices.SortFunc(keep, func(a, b record) int { return bytes.Compare(a.Key[:], b.Key[:]) })
	buf := &memoryFile{data: []byte(logHeader)}
	if _, err := encodeSegments(buf, int64(len(logHeader)), keep); err != nil {
		return removed, fmt.Errorf("prune extraction cache: %w", err)
	}
	if err := replaceFile(c.logPath(), buf.data, true); err != nil {
		return removed, fmt.Errorf("prune extraction cache: %w", err)
	}
	return removed + stale, nil
}

// worthCompacting reports whether, as far as this run read and wrote the
// file, compacting it would remove a stale entry or a quarter of dead
// records; only then is the file read again, under the lock, to compact
// it. (Another run may have added stale entries since: the next prune
// finds them.)
func (c *Cache) worthCompacting(maxAge time.Duration) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.dead > len(c.loaded)/4 {
		return true
	}
	cutoff := c.now().Add(-maxAge).Unix()
	for k, r := range c.loaded {
		if !c.used[k] && r.Used < cutoff {
			return true
		}
	}
	return false
}

func (c *Cache) isUsed(k cacheKey) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.used[k]
}

// pruneLegacy removes the first layout's entry files older than maxAge.
func (c *Cache) pruneLegacy(maxAge time.Duration) (int, error) {
	shards, err := os.ReadDir(c.dir)
	if errors.Is(err, os.ErrNotExist) {
		return 0, nil
	} else if err != nil {
		return 0, fmt.Errorf("prune extraction cache: %w", err)
	}
	removed := 0
	for _, sh := range shards {
		if strings.HasPrefix(sh.Name(), "."+logPrefix) || strings.HasPrefix(sh.Name(), "."+legacyLog) { // a compaction or an index write cut short
			info, err := sh.Info()
			if err == nil && (indexTemp(sh.Name()) || c.now().Sub(info.ModTime()) > time.Hour) {
				os.Remove(filepath.Join(c.dir, sh.Name()))
			}
			continue
		}
		if c.otherIndex(sh.Name()) {
			if info, err := sh.Info(); err == nil && c.now().Sub(info.ModTime()) >= maxAge {
				os.Remove(filepath.Join(c.dir, sh.Name())) // not an entry: not counted
			}
			continue
		}
		if c.otherLog(sh.Name()) {
			if info, err := sh.Info(); err == nil && c.now().Sub(info.ModTime()) >= maxAge {
				removed += removeLog(filepath.Join(c.dir, sh.Name()))
			}
			continue
		}
		if _, err := hex.DecodeString(sh.Name()); !sh.IsDir() || len(sh.Name()) != 2 || err != nil {
			continue
		}
		dir := filepath.Join(c.dir, sh.Name())
		files, _ := os.ReadDir(dir)
		for _, f := range files {
			info, err := f.Info()
			if err != nil || c.now().Sub(info.ModTime()) < maxAge {
				continue
			}
			if os.Remove(filepath.Join(dir, f.Name())) == nil {
				removed++
			}
		}
		os.Remove(dir) // only when empty
	}
	return removed, nil
}

// indexTemp reports whether name is the temporary file of an article
// index being written. Prune runs after the run's own index is saved, so
// one it finds was left by a killed run, or belongs to a run beside this
// one that then fails to save its index: the index only ever saves time.
// A compaction's temporary file, which holds entries, waits an hour.
func indexTemp(name string) bool {
	return strings.Contains(name, indexSuffix+".tmp-")
}

// otherLog reports whether name is the cache file of another salt or of
// the layouts before.
func (c *Cache) otherLog(name string) bool {
	if name == legacyLog {
		return true
	}
	return strings.HasPrefix(name, logPrefix) && strings.HasSuffix(name, logSuffix) && name != filepath.Base(c.logPath())
}

// otherIndex reports whether name is the article index of another salt.
func (c *Cache) otherIndex(name string) bool {
	return strings.HasPrefix(name, logPrefix) && strings.HasSuffix(name, indexSuffix) && name != filepath.Base(c.indexPath())
}

// removeLog removes a cache file when no run holds its lock, and returns
// how many entries it held (1 for a file of the layouts before, which
// this one does not read). The lock file stays: a run waiting on it must
// lock the file the next writer locks.
func removeLog(path string) int {
	fl := flock.New(path + ".lock")
	if ok, err := fl.TryLock(); err != nil || !ok {
		return 0
	}
	defer fl.Unlock()
	data, err := os.ReadFile(path)
	if err != nil || os.Remove(path) != nil {
		return 0
	}
	entries, _, _ := decodeLogWith(data, false)
	return max(len(entries), 1)
}

// replaceFile writes data to a temporary file beside path, syncs it when
// durable, and renames it into place, so a reader sees the old file or
// the new one.
func replaceFile(path string, data []byte, durable bool) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	_, err = tmp.Write(data)
	if err == nil && durable {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
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

// ExecutableHash returns the SHA-256 of the running program, in hex,
// computed once a run: what tells one build of brief from another.
func ExecutableHash() (string, error) { return exeHash() }
