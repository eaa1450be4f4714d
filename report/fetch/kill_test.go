package fetch

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"brief/report/corpus"
)

// TestHelperFetch is the fetch that TestKilledFetch runs in a process of
// its own and kills; it does nothing in a normal test run.
func TestHelperFetch(t *testing.T) {
	dir, feed := os.Getenv("BRIEF_FETCH_HELPER_DIR"), os.Getenv("BRIEF_FETCH_HELPER_FEED")
	if dir == "" {
		t.Skip("run by TestKilledFetch")
	}
	limits := testLimits()
	limits.Timeout = time.Minute
	Run(context.Background(), Options{Dir: dir, Feeds: []Feed{{URL: feed}}, Client: NewClient(limits, nil)})
}

// TestKilledFetch kills a fetch (SIGKILL) while it downloads its second
// article: the folder holds only whole articles, and the next run
// completes the work without storing the first article twice.
func TestKilledFetch(t *testing.T) {
	s := newSite(t)
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperFetch$")
	cmd.Env = append(os.Environ(), "BRIEF_FETCH_HELPER_DIR="+dir, "BRIEF_FETCH_HELPER_FEED="+s.URL+"/kill.xml")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	select {
	case <-s.blocked:
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		t.Fatal("the helper fetch never reached the second article")
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()

	sources, problems, err := corpus.Load(dir, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(sources) != 1 || len(problems) != 0 {
		t.Fatalf("after the kill the folder holds %d articles (want the first, whole) and problems %v", len(sources), problems)
	}
	// What a kill in the middle of writing leaves: a hidden temporary
	// file, which the loader passes over and the next run removes (an
	// article's, the state's, or one of an earlier version's).
	// They are an hour old: a fresh one may be another fetch's, writing
	// to other outputs from the same folder.
	leftovers := []string{".2023-06-01-half.md.tmp-123", "." + StateName + ".tmp-45", ".brief-fetch-678.tmp"}
	old := time.Now().Add(-time.Hour)
	for _, name := range leftovers {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("+++\ntitle = \"half"), 0o644); err != nil {
			t.Fatal(err)
		}
		os.Chtimes(filepath.Join(dir, name), old, old)
	}
	fresh := filepath.Join(dir, ".2023-06-02-other.md.tmp-9")
	if err := os.WriteFile(fresh, nil, 0o600); err != nil {
		t.Fatal(err)
	}

	close(s.block)
	res, err := Run(context.Background(), Options{Dir: dir, Feeds: []Feed{{URL: s.URL + "/kill.xml"}}, Client: NewClient(testLimits(), nil)})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Stored) != 2 || res.Known != 1 || len(res.Failures) != 0 {
		t.Errorf("the next run stored %q, knew %d, failed %v; want the two left, the first known", res.Stored, res.Known, res.Failures)
	}
	for _, name := range leftovers {
		if _, err := os.Stat(filepath.Join(dir, name)); !os.IsNotExist(err) {
			t.Errorf("the temporary file %s a killed run left is still there", name)
		}
	}
	if err := os.Remove(fresh); err != nil {
		t.Errorf("a fresh temporary file, maybe another fetch's, was removed: %v", err)
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if len(names) != 4 || !strings.Contains(strings.Join(names, " "), StateName) {
		t.Errorf("folder holds %q, want three articles and the state file", names)
	}
}
