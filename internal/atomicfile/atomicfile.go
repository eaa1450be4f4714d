// Package atomicfile writes files so that a reader, or a run killed at any
// moment, sees either the complete new file or the previous one, never a
// partial file under the final name.
//
// Every write goes through a temporary file in the final file's folder,
// named ".FINAL.tmp-DIGITS" (hidden, so a folder's loader passes it
// over; IsTemp and RemoveStale recognise it), which is synced and then
// renamed into place (Commit) or, when an existing file must never be
// replaced, linked into place (CommitNew); the folder is synced after.
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Write calls write with a temporary file in path's folder, syncs it, and
// renames it to path. On any error the temporary file is removed and path
// is left as it was.
func Write(path string, perm os.FileMode, write func(io.Writer) error) error {
	p, err := Prepare(path, perm, write)
	if err != nil {
		return err
	}
	return p.Commit()
}

// WriteFile is Write for data already in memory, as os.WriteFile.
func WriteFile(path string, data []byte, perm os.FileMode) error {
	return Write(path, perm, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// Pending is a file written and synced under a temporary name in its
// final folder, waiting to be renamed into place. Preparing several files
// and then committing them all keeps the window in which a killed run
// leaves a mixed set of outputs down to a few renames.
type Pending struct {
	tmp, path string
}

// Prepare calls write with a temporary file in path's folder and syncs
// it. On any error the temporary file is removed.
func Prepare(path string, perm os.FileMode, write func(io.Writer) error) (_ *Pending, err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, tempPrefix(base)+"*")
	if err != nil {
		return nil, fmt.Errorf("create temporary file for %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := write(tmp); err != nil {
		return nil, fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Chmod(perm); err != nil {
		return nil, fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		return nil, fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return nil, fmt.Errorf("write %s: %w", path, err)
	}
	return &Pending{tmp: tmp.Name(), path: path}, nil
}

// Path returns the final path.
func (p *Pending) Path() string { return p.path }

// Commit renames the file into place and syncs its folder.
func (p *Pending) Commit() error {
	if err := os.Rename(p.tmp, p.path); err != nil {
		os.Remove(p.tmp)
		return fmt.Errorf("write %s: %w", p.path, err)
	}
	return SyncDir(filepath.Dir(p.path))
}

// CommitNew puts the file in place only if path does not exist yet: it
// links the temporary file to path, which fails when path exists, so an
// existing file is never replaced, even by a run that raced this one.
// Then the temporary name is removed and the folder synced. When path
// exists the error matches fs.ErrExist (errors.Is) and path is left as
// it was.
//
// A file system without hard links (FAT and exFAT drives, some network
// shares) refuses the link; then the name is reserved by creating path
// exclusively, which also fails when path exists, and the temporary file
// is renamed over the reservation. For that moment a reader may find
// path empty, never partly written.
func (p *Pending) CommitNew() error {
	err := link(p.tmp, p.path)
	if err != nil && !errors.Is(err, fs.ErrExist) {
		err = p.renameOverReservation()
	}
	os.Remove(p.tmp)
	if err != nil {
		return fmt.Errorf("write %s: %w", p.path, err)
	}
	return SyncDir(filepath.Dir(p.path))
}

// link is os.Link; tests replace it to act as a file system without
// hard links.
var link = os.Link

// renameOverReservation creates path exclusively and renames the
// temporary file over it, for file systems that cannot link.
func (p *Pending) renameOverReservation() error {
	f, err := os.OpenFile(p.path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	f.Close()
	if err := os.Rename(p.tmp, p.path); err != nil {
		os.Remove(p.path) // our empty reservation, nobody else's file
		return err
	}
	return nil
}

// Abort removes the temporary file; path stays as it was.
func (p *Pending) Abort() { os.Remove(p.tmp) }

// SyncDir makes a rename in dir durable.
func SyncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return nil // not every system can open a folder; the rename stands
	}
	defer d.Close()
	d.Sync()
	return nil
}

// IsTemp reports whether a file name is one of Write's temporary files
// for the file named final: ".FINAL.tmp-DIGITS". final may be a path.Match
// pattern ("brief-*.pdf") to match the temporary files of several finals.
// Another program's temporary files never match.
func IsTemp(name, final string) bool {
	i := strings.LastIndex(name, ".tmp-")
	if !strings.HasPrefix(name, ".") || i < 1 {
		return false
	}
	digits := name[i+len(".tmp-"):]
	if digits == "" || strings.Trim(digits, "0123456789") != "" {
		return false
	}
	base := name[1:i]
	if ok, err := path.Match(final, base); err == nil {
		return ok
	}
	return base == final
}

// TempName returns a fresh temporary name beside path, in the form IsTemp
// and RemoveStale recognise, for a file or link the caller makes itself
// (os.CreateTemp cannot make a symbolic link). The caller must handle the
// rare name that exists already.
func TempName(path string) string {
	dir, base := filepath.Split(path)
	return filepath.Join(dir, tempPrefix(base)+strconv.FormatUint(rand.Uint64()%1e12, 10))
}

// tempPrefix is how the names of final's temporary files begin; Prepare
// asks os.CreateTemp for it followed by random digits.
func tempPrefix(final string) string { return "." + final + ".tmp-" }

// RemoveStale removes the temporary files a killed run left in dir for
// the files named finals (base names such as "brief-latest.pdf", or
// patterns such as "brief-*.pdf") that are
// at least minAge old, and returns their paths. Other files, including
// other programs' temporary files, are left alone. Only call it while no
// other process may be writing these files (holding the folder's lock),
// or with a minAge longer than any write takes.
func RemoveStale(dir string, finals []string, minAge time.Duration) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, nil
		}
		return nil, fmt.Errorf("clean %s: %w", dir, err)
	}
	ours := func(name string) bool {
		return slices.ContainsFunc(finals, func(final string) bool { return IsTemp(name, final) })
	}
	var removed []string
	for _, e := range entries {
		if !e.Type().IsRegular() || !ours(e.Name()) {
			continue
		}
		if minAge > 0 {
			info, err := e.Info()
			if err != nil || time.Since(info.ModTime()) < minAge {
				continue
			}
		}
		path := filepath.Join(dir, e.Name())
		if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return removed, fmt.Errorf("remove stale temporary file: %w", err)
		}
		removed = append(removed, path)
	}
	return removed, nil
}
