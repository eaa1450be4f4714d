package fetch

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// StateName is the fetch state's file name in the sources folder. It is
// hidden, so the folder's loader passes it over.
const StateName = ".brief-fetch.json"

// State is what earlier fetches learnt: each feed's validators, for
// conditional requests, and what became of each article address.
type State struct {
	Feeds map[string]FeedState `json:"feeds"`
	Items map[string]ItemState `json:"items"`
}

// FeedState is a feed's validators as last answered, once every item of
// that answer was handled.
type FeedState struct {
	Validators
	Checked time.Time `json:"checked"`
}

// ItemState is what became of an article address: stored as File (or
// found already there), or given up on for good with Failed's reason.
// A failure that may pass (a timeout, a 5xx) is not kept: the next run
// tries again.
type ItemState struct {
	File   string    `json:"file,omitempty"`
	Failed string    `json:"failed,omitempty"`
	When   time.Time `json:"when"`
}

// LoadState reads the state file in dir; a missing file is an empty state.
func LoadState(dir string) (*State, error) {
	s := &State{Feeds: map[string]FeedState{}, Items: map[string]ItemState{}}
	data, err := os.ReadFile(filepath.Join(dir, StateName))
	if errors.Is(err, os.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return s, fmt.Errorf("fetch state: %w", err)
	}
	if err := json.Unmarshal(data, s); err != nil {
		return &State{Feeds: map[string]FeedState{}, Items: map[string]ItemState{}},
			fmt.Errorf("fetch state %s is damaged (%v); starting afresh, feeds are downloaded again but no article is stored twice", filepath.Join(dir, StateName), err)
	}
	if s.Feeds == nil {
		s.Feeds = map[string]FeedState{}
	}
	if s.Items == nil {
		s.Items = map[string]ItemState{}
	}
	return s, nil
}

// Save writes the state file atomically: a reader, or a run after a
// crash, sees the previous state or the new one, never a part.
func (s *State) Save(dir string) error {
	data, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	return writeAtomic(filepath.Join(dir, StateName), append(data, '\n'), true)
}

// tempPrefix starts the names of files being written; they are hidden,
// so the folder's loader never reads one, and a later run removes those
// a killed run left.
const tempPrefix = ".brief-fetch-"

// writeAtomic writes data to a temporary file beside path, flushes it to
// disk and then puts it in place: over path when replace is true, else
// only if path does not exist yet (os.ErrExist otherwise).
func writeAtomic(path string, data []byte, replace bool) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, tempPrefix+"*.tmp")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer os.Remove(tmp) // after a rename or a link, only the temporary name goes
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp, 0o644); err != nil {
		return err
	}
	if replace {
		err = os.Rename(tmp, path)
	} else {
		// A hard link fails when path exists, so an existing file is
		// never replaced, even by a run that raced this one.
		err = os.Link(tmp, path)
	}
	if err != nil {
		return err
	}
	syncDir(dir)
	return nil
}

// syncDir flushes a folder's entries, so a rename survives a power cut.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// removeTemps removes the temporary files a killed run left in dir.
func removeTemps(dir string) {
	matches, _ := filepath.Glob(filepath.Join(dir, tempPrefix+"*.tmp"))
	for _, m := range matches {
		os.Remove(m)
	}
}
