package pipeline

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"os"
	"testing"
	"time"

	"brief/report"
)

// cacheFuzzMax bounds the fuzzed cache file.
const cacheFuzzMax = 256 << 10

// fuzzArticle returns a small article with content hash n, as the cache
// stores one.
func fuzzArticle(n int) article {
	hash := fmt.Sprintf("%064x", n)
	src := report.Source{ID: report.SourceID(hash), Hash: hash, Title: fmt.Sprintf("Article %d", n), Text: "The TTP said it would talk."}
	facts := report.Facts{Stances: []report.Stance{{
		ID: fmt.Sprintf("st%d", n), Actor: "TTP", Issue: "talks", Position: report.Support, Date: "2023-06-01",
		Citations: []report.Citation{{Source: src.ID, Quote: "it would talk"}},
	}}}
	return article{src: &src, facts: facts, fingerprint: []uint64{uint64(n), 7}}
}

// FuzzCacheLog feeds the cache file reader files the package wrote, with
// their bytes mutated. With fix set, the segments' lengths and CRCs are
// made to check after the mutation, so that the gob decoder sees the
// mutated records.
//
// The reader must not panic; the entries it returns must come only from
// segments whose CRC checked, read in order up to the first one that does
// not; and a Cache on the file must still work: it appends a new entry
// after the last whole segment (a file with a wrong header is started
// again), leaving a file that reads whole, with the entries it had and
// the new one.
func FuzzCacheLog(f *testing.F) {
	cfg := loadTestConfig(f)
	seedDir := f.TempDir()
	c, err := OpenCache(seedDir, cfg)
	if err != nil {
		f.Fatal(err)
	}
	for round := range 3 {
		for i := range 2 {
			c.put(fuzzArticle(round*10 + i))
		}
		c.flush()
	}
	c.now = func() time.Time { return time.Now().Add(48 * time.Hour) }
	c.get(fuzzArticle(0).src.Hash, "a.md") // an old use stamp: a use note
	c.flush()
	if err := c.Err(); err != nil {
		f.Fatal(err)
	}
	seed, err := os.ReadFile(cacheLog(f, cfg, seedDir))
	if err != nil {
		f.Fatal(err)
	}
	if entries, _, end := decodeLog(seed); len(entries) != 6 || end != int64(len(seed)) {
		f.Fatalf("the seed file reads as %d entries up to %d of %d bytes; want 6, whole", len(entries), end, len(seed))
	}
	f.Add(seed, false)
	f.Add(seed, true)
	f.Add(seed[:len(seed)-5], false)
	f.Add([]byte(logHeader), false)
	f.Add([]byte{}, false)

	fresh := fuzzArticle(999)
	f.Fuzz(func(t *testing.T, data []byte, fix bool) {
		if len(data) > cacheFuzzMax {
			return
		}
		if fix {
			data = fixSegments(data)
		}
		entries, _, end := decodeLog(data)
		good := checkedRecords(t, data, end)
		for k, r := range entries {
			if !good[k] {
				t.Fatalf("entry %x is in no segment whose CRC checked", k[:4])
			}
			if r.Entry == nil {
				t.Fatalf("entry %x has no content", k[:4])
			}
		}

		dir := t.TempDir()
		path := cacheLog(t, cfg, dir)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		c, err := OpenCache(dir, cfg)
		if err != nil {
			t.Fatal(err)
		}
		c.get(fuzzArticle(0).src.Hash, "a.md")
		c.put(fresh)
		c.flush()
		if err := c.Err(); err != nil {
			t.Fatalf("appending to the cache: %v", err)
		}
		after, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		again, _, end := decodeLog(after)
		if end != int64(len(after)) {
			t.Fatalf("after an append the file reads up to %d of %d bytes", end, len(after))
		}
		if !bytes.HasPrefix(after, []byte(logHeader)) {
			t.Fatalf("after an append the file starts %.40q, not with the header", after)
		}
		for k := range entries {
			if again[k] == nil {
				t.Errorf("entry %x was lost by the append", k[:4])
			}
		}
		r := again[c.key(fresh.src.Hash)]
		if r == nil || r.Entry == nil || r.Entry.Source.ID != fresh.src.ID {
			t.Fatal("the appended entry does not read back")
		}
	})
}

// checkedRecords walks the segments of data up to end as the file's
// layout defines them, checking that each is whole and its CRC-32C
// checks, that end falls where one ends and that no whole, checked
// segment follows; it returns the keys of the entries they hold.
func checkedRecords(t *testing.T, data []byte, end int64) map[cacheKey]bool {
	t.Helper()
	keys := map[cacheKey]bool{}
	if !bytes.HasPrefix(data, []byte(logHeader)) {
		if end != 0 {
			t.Fatalf("a file with another header reads up to %d", end)
		}
		return keys
	}
	off := int64(len(logHeader))
	for off < end {
		if end-off < 8 {
			t.Fatalf("the reader's end %d cuts a segment header at %d", end, off)
		}
		n := int64(binary.LittleEndian.Uint32(data[off:]))
		sum := binary.LittleEndian.Uint32(data[off+4:])
		if off+8+n > end {
			t.Fatalf("the reader's end %d cuts the segment at %d of %d bytes", end, off, n)
		}
		payload := data[off+8 : off+8+n]
		if crc32.Checksum(payload, castagnoli) != sum {
			t.Fatalf("the reader's end %d is after the segment at %d, whose CRC fails", end, off)
		}
		if recs, err := decodeSegment(payload, false); err == nil {
			for _, r := range recs {
				if r.Entry != nil {
					keys[r.Key] = true
				}
			}
		}
		off += 8 + n
	}
	if off != end {
		t.Fatalf("the reader's end %d is not where a segment ends (%d)", end, off)
	}
	if rest := data[end:]; len(rest) >= 8 {
		n := uint64(binary.LittleEndian.Uint32(rest))
		if n <= uint64(len(rest)-8) && crc32.Checksum(rest[8:8+n], castagnoli) == binary.LittleEndian.Uint32(rest[4:]) {
			t.Fatalf("the reader stopped at %d, before a whole segment whose CRC checks", end)
		}
	}
	return keys
}

// fixSegments returns data with each segment after the header given a
// length that fits the data and the CRC-32C of its payload.
func fixSegments(data []byte) []byte {
	if !bytes.HasPrefix(data, []byte(logHeader)) {
		return data
	}
	data = bytes.Clone(data)
	off := len(logHeader)
	for len(data)-off >= 8 {
		n := min(int(binary.LittleEndian.Uint32(data[off:])), len(data)-off-8)
		binary.LittleEndian.PutUint32(data[off:], uint32(n))
		binary.LittleEndian.PutUint32(data[off+4:], crc32.Checksum(data[off+8:off+8+n], castagnoli))
		off += 8 + n
	}
	return data
}
