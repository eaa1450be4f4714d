package pipeline

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"io/fs"
	"os"
	"sort"
	"sync"
	"time"
)

// fileIndex remembers, for each article file a run hashed, what the file
// system said of it then (device, inode, size, modification and change
// times: a fileStamp) and the SHA-256 of its bytes, so that the next run
// finds the content hash of an unchanged file, and with it the file's
// cache entry, without reading the file. Adding one article to 10,000
// cached ones otherwise reads and hashes all 10,001 (40 MB, 60,000
// system calls).
//
// A stamp is trusted as make and git trust one, with git's guard against
// a "racily clean" file: a stamp is recorded only when the file's
// modification and change times are older than the run's start by more
// than racyMargin, so any later change to the file, however quick, gives
// it another change time (which no program can set back). A file changed
// since is read and hashed again, as every file was before.
//
// The index is one file beside the cache's log (indexPath), written
// whole to a temporary file and renamed into place; a file that is cut
// short, fails its CRC-32C or has another header is ignored, and the
// articles are read as if there were none. It is saved only when this
// run's stamps differ from those it read.
type fileIndex struct {
	since int64 // Unix nanoseconds: newer times are not recorded
	old   map[string]fileRecord

	mu   sync.Mutex
	seen map[string]fileRecord
}

// fileStamp is what the file system says of a file that changes when its
// content does.
type fileStamp struct {
	dev, ino           uint64
	size, mtime, ctime int64
}

type fileRecord struct {
	stamp fileStamp
	hash  [sha256.Size]byte
}

// racyMargin is how much older than the run's start a file's times must
// be for its stamp to be recorded: file systems take their times from a
// coarse clock, a tick or so behind the one time.Now reads.
const racyMargin = time.Second

// indexHeader starts an index file; another header means another layout.
const indexHeader = "brief article index, CRC-32C-checked stamps and hashes, v1\n"

// openFileIndex reads the index at path, or starts an empty one when it is
// missing or not whole, for a run that starts now.
func openFileIndex(path string, now time.Time) *fileIndex {
	x := &fileIndex{since: now.Add(-racyMargin).UnixNano(), seen: map[string]fileRecord{}}
	if data, err := os.ReadFile(path); err == nil {
		x.old, _ = decodeIndex(data)
	}
	return x
}

// hash returns the content hash the index holds for file, when the file
// is as it was then, and keeps the file for the index this run saves.
func (x *fileIndex) hash(file string) (string, bool) {
	if x == nil || len(x.old) == 0 {
		return "", false
	}
	r, ok := x.old[file]
	if !ok {
		return "", false
	}
	st, ok := statFile(file)
	if !ok || st != r.stamp {
		return "", false
	}
	x.mu.Lock()
	x.seen[file] = r
	x.mu.Unlock()
	return hex.EncodeToString(r.hash[:]), true
}

// stamp returns file's stamp, to be taken before the file is read and
// given to record with the hash of what was read.
func (x *fileIndex) stamp(file string) (fileStamp, bool) {
	if x == nil {
		return fileStamp{}, false
	}
	return statFile(file)
}

// record keeps the hash of file's bytes, read after its stamp st was
// taken, unless the file changed too recently to be told apart from a
// change to come.
func (x *fileIndex) record(file string, st fileStamp, sum [sha256.Size]byte) {
	if x == nil || st.mtime >= x.since || st.ctime >= x.since {
		return
	}
	x.mu.Lock()
	x.seen[file] = fileRecord{st, sum}
	x.mu.Unlock()
}

// save writes the run's stamps to path when they are not those read.
// The index only ever saves time, so a failure is returned for the
// caller to report, never fatal.
func (x *fileIndex) save(path string) error {
	if x == nil {
		return nil
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	if sameRecords(x.old, x.seen) {
		return nil
	}
	err := replaceFile(path, encodeIndex(x.seen), false) // a file a crash leaves cut short fails its check and is ignored
	if errors.Is(err, fs.ErrNotExist) {
		return nil // another run's Prune took the temporary file, as one a killed run left: the next run writes the index
	}
	return err
}

func sameRecords(a, b map[string]fileRecord) bool {
	if len(a) != len(b) {
		return false
	}
	for k, r := range a {
		if o, ok := b[k]; !ok || o != r {
			return false
		}
	}
	return true
}

// encodeIndex lays the records out, by path: the header, then each
// record (the path's length as a uvarint, the path, five 8-byte
// little-endian numbers and the hash), then a CRC-32C of the records.
func encodeIndex(recs map[string]fileRecord) []byte {
	paths := make([]string, 0, len(recs))
	for p := range recs {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	buf := []byte(indexHeader)
	for _, p := range paths {
		r := recs[p]
		buf = binary.AppendUvarint(buf, uint64(len(p)))
		buf = append(buf, p...)
		for _, n := range []uint64{r.stamp.dev, r.stamp.ino, uint64(r.stamp.size), uint64(r.stamp.mtime), uint64(r.stamp.ctime)} {
			buf = binary.LittleEndian.AppendUint64(buf, n)
		}
		buf = append(buf, r.hash[:]...)
	}
	return binary.LittleEndian.AppendUint32(buf, crc32.Checksum(buf[len(indexHeader):], castagnoli))
}

// decodeIndex reads what encodeIndex wrote, or fails.
func decodeIndex(data []byte) (map[string]fileRecord, error) {
	errBad := errors.New("article index: not whole")
	if !bytes.HasPrefix(data, []byte(indexHeader)) || len(data) < len(indexHeader)+4 {
		return nil, errBad
	}
	body := data[len(indexHeader) : len(data)-4]
	if crc32.Checksum(body, castagnoli) != binary.LittleEndian.Uint32(data[len(data)-4:]) {
		return nil, errBad
	}
	const fixed = 5*8 + sha256.Size
	recs := map[string]fileRecord{}
	for len(body) > 0 {
		n, k := binary.Uvarint(body)
		if k <= 0 || n > uint64(len(body)-k) || uint64(len(body)-k)-n < fixed {
			return nil, errBad
		}
		body = body[k:]
		path := string(body[:n])
		body = body[n:]
		u := func(i int) uint64 { return binary.LittleEndian.Uint64(body[8*i:]) }
		r := fileRecord{stamp: fileStamp{dev: u(0), ino: u(1), size: int64(u(2)), mtime: int64(u(3)), ctime: int64(u(4))}}
		copy(r.hash[:], body[40:fixed])
		recs[path] = r
		body = body[fixed:]
	}
	return recs, nil
}

// FileStamp describes a file as the article index knows it unchanged:
// device, inode, size, modification and change times (ns), following
// links; false where no change time can be had (only Linux is looked
// at) or the file is not a regular one. A file written again gets a new
// change time, which no program can set back.
func FileStamp(path string) (stamp string, changed time.Time, ok bool) {
	s, ok := statFile(path)
	return describeStamp(s, ok)
}

// InfoStamp is FileStamp from what os.Stat or os.Lstat told of a file.
func InfoStamp(info os.FileInfo) (stamp string, changed time.Time, ok bool) {
	s, ok := stampOf(info)
	return describeStamp(s, ok)
}

func describeStamp(s fileStamp, ok bool) (string, time.Time, bool) {
	if !ok {
		return "", time.Time{}, false
	}
	changed := time.Unix(0, max(s.mtime, s.ctime))
	return fmt.Sprintf("%d:%d:%d:%d:%d", s.dev, s.ino, s.size, s.mtime, s.ctime), changed, true
}
