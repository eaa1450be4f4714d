package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

func TestFileIndexRoundTrip(t *testing.T) {
	recs := map[string]fileRecord{
		"/a/b.md": {fileStamp{1, 2, 3, 4, 5}, sha256.Sum256([]byte("b"))},
		"/a/é.md": {fileStamp{6, 7, 8, 9, 10}, sha256.Sum256([]byte("é"))},
	}
	data := encodeIndex(recs)
	got, err := decodeIndex(data)
	if err != nil || !sameRecords(got, recs) {
		t.Fatalf("decodeIndex(encodeIndex(recs)) = %v, %v; want %v", got, err, recs)
	}
	for i := range data {
		if i < len(indexHeader) {
			continue
		}
		bad := append([]byte(nil), data...)
		bad[i] ^= 1
		if _, err := decodeIndex(bad); err == nil {
			t.Errorf("a flipped bit at %d of %d was not noticed", i, len(data))
		}
	}
	for n := range len(data) {
		if _, err := decodeIndex(data[:n]); err == nil {
			t.Errorf("an index cut to %d of %d bytes was read", n, len(data))
		}
	}
}

// TestFileIndexTrustsOnlyUnchangedFiles checks that a file's hash comes
// from the index only while the file is as it was, and that a file
// changed just before the run is not recorded.
func TestFileIndexTrustsOnlyUnchangedFiles(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("stamps are read on Linux only")
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "a.md")
	index := filepath.Join(dir, "index")
	if err := os.WriteFile(file, []byte("one"), 0o644); err != nil {
		t.Fatal(err)
	}
	hashOnce := func(now time.Time) (string, bool) {
		x := openFileIndex(index, now)
		h, ok := x.hash(file)
		if !ok {
			st, stamped := x.stamp(file)
			data, err := os.ReadFile(file)
			if err != nil || !stamped {
				t.Fatal(err, stamped)
			}
			x.record(file, st, sha256.Sum256(data))
		}
		if err := x.save(index); err != nil {
			t.Fatal(err)
		}
		return h, ok
	}
	// Written just now: read, and not recorded (racily clean).
	if _, ok := hashOnce(time.Now()); ok {
		t.Fatal("a file with no index entry had a hash")
	}
	if _, ok := hashOnce(time.Now()); ok {
		t.Fatal("a file changed within racyMargin of the run was recorded")
	}
	// As if an hour later: recorded, then trusted.
	later := time.Now().Add(time.Hour)
	hashOnce(later)
	if h, ok := hashOnce(later); !ok || h != hexSum("one") {
		t.Fatalf("an unchanged file's hash = %q, %v; want %q from the index", h, ok, hexSum("one"))
	}
	// Same size, modification time set back: the change time tells.
	info, _ := os.Stat(file)
	if err := os.WriteFile(file, []byte("two"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(file, info.ModTime(), info.ModTime()); err != nil {
		t.Fatal(err)
	}
	if h, ok := hashOnce(later); ok {
		t.Fatalf("a changed file's hash came from the index: %q", h)
	}
	// A damaged index is ignored.
	if err := os.WriteFile(index, []byte(indexHeader+"junk"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, ok := hashOnce(later); ok {
		t.Fatal("a damaged index was trusted")
	}
}

func hexSum(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}
