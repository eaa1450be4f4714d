package fetch

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"brief/internal/atomicfile"
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
	return atomicfile.WriteFile(filepath.Join(dir, StateName), append(data, '\n'), 0o644)
}

// removeTemps removes the temporary files a killed run left in dir: the
// articles' and the state file's (atomicfile's ".NAME.tmp-DIGITS"), and
// those of versions that named them ".brief-fetch-*.tmp". The lock the
// caller holds is the output folder's, not dir's: another fetch writing
// to other outputs may share dir, so only files older than any write
// takes are removed.
func removeTemps(dir string) {
	atomicfile.RemoveStale(dir, []string{"*.md", StateName}, staleAfter)
	matches, _ := filepath.Glob(filepath.Join(dir, ".brief-fetch-*.tmp"))
	for _, m := range matches {
		os.Remove(m)
	}
}

// staleAfter is how old a temporary file must be before removeTemps takes
// it for a killed run's: writing one article takes milliseconds.
const staleAfter = 10 * time.Minute
