// Package lock keeps two runs from writing one output folder at once. The
// lock is an advisory file lock (flock(2) on Unix) on a file in the folder:
// the system releases it when the process ends, however it ends, so a
// killed run never leaves a stale lock behind.
package lock

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/gofrs/flock"
)

// Name is the lock file's name inside the locked folder.
const Name = ".brief.lock"

// ErrHeld is matched (with errors.Is) by the error of a lock another
// process holds.
var ErrHeld = errors.New("another run holds the lock")

// HeldError says which folder is locked and, when known, by whom.
type HeldError struct {
	Dir    string
	Holder string // e.g. "pid 4242, started 2023-06-12T06:00:00Z"; "" if unknown
	Waited time.Duration
}

func (e *HeldError) Error() string {
	msg := "another run holds the lock on " + e.Dir
	if e.Holder != "" {
		msg += " (" + e.Holder + ")"
	}
	if e.Waited > 0 {
		return msg + fmt.Sprintf("; still held after waiting %s", e.Waited)
	}
	return msg + "; try again when it ends, or pass --wait DURATION"
}

// Is makes errors.Is(err, ErrHeld) true.
func (e *HeldError) Is(target error) bool { return target == ErrHeld }

// retryDelay is how often a waiting run tries the lock again.
const retryDelay = 100 * time.Millisecond

// Acquire locks dir, creating it if needed. With wait 0 it fails at once
// when another process holds the lock; otherwise it tries until wait has
// passed. It returns ctx's error if ctx ends first. The returned unlock
// releases the lock; call it with defer.
func Acquire(ctx context.Context, dir string, wait time.Duration) (unlock func(), err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("output folder: %w", err)
	}
	path := filepath.Join(dir, Name)
	fl := flock.New(path)
	locked, err := tryLock(ctx, fl, wait)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	if !locked {
		return nil, &HeldError{Dir: dir, Holder: holder(path), Waited: wait}
	}
	// Who holds the lock, for the message a second run prints. The lock is
	// on the open file, so writing through another descriptor is safe.
	note := fmt.Sprintf("pid %d, started %s\n", os.Getpid(), time.Now().UTC().Format(time.RFC3339))
	_ = os.WriteFile(path, []byte(note), 0o644)
	return func() { fl.Unlock() }, nil
}

func tryLock(ctx context.Context, fl *flock.Flock, wait time.Duration) (bool, error) {
	if wait <= 0 {
		return fl.TryLock()
	}
	wctx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	ok, err := fl.TryLockContext(wctx, retryDelay)
	if errors.Is(err, context.DeadlineExceeded) && ctx.Err() == nil {
		return false, nil
	}
	return ok, err
}

// holder reads what the holding run wrote into the lock file.
func holder(path string) string {
	data, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(data))
}
