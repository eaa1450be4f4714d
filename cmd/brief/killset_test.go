package main

import (
	"bytes"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// killSeed makes TestKillLeavesOneSet's moments reproducible; a failure
// names it, and BRIEF_KILL_SEED replays another.
const killSeed = 20261206

// TestKillLeavesOneSet kills real builds with SIGKILL at 100 random
// moments (seeded) while they alternate between two corpora, and checks
// after every kill that the files under the latest name, and under the
// period's name, are each the whole set of one run: the PDF, the workbook
// and the JSON all of the first corpus's run or all of the second's,
// never a mix. A pause after each rename that puts outputs in place
// (outputs.SwitchPause) lets kills land between renames. The run after
// the last kill leaves no temporary file.
func TestKillLeavesOneSet(t *testing.T) {
	if testing.Short() {
		t.Skip("kills 100 builds in processes of their own; skipped with -short")
	}
	seed := uint64(killSeed)
	if s := os.Getenv("BRIEF_KILL_SEED"); s != "" {
		var err error
		if seed, err = parseUint(s); err != nil {
			t.Fatalf("BRIEF_KILL_SEED=%s: %v", s, err)
		}
	}
	w := newWorkspace(t, briefBinary(t))
	// The second corpus is the first without one article: another brief.
	small := filepath.Join(filepath.Dir(w.cfg), "fewer")
	seeds, _ := filepath.Glob(filepath.Join(filepath.Dir(w.cfg), "sources", "*.md"))
	for _, s := range seeds[1:] {
		copyFile(t, s, filepath.Join(small, filepath.Base(s)))
	}
	corpora := [][]string{nil, {"--sources", small}}
	exts := []string{".pdf", ".xlsx", ".json"}
	var sets [2][][]byte
	for i, args := range corpora {
		w.build(t, 0, args...)
		sets[i] = readSet(t, w.out, "brief-latest", exts)
		if slices.ContainsFunc(sets[i], func(b []byte) bool { return len(b) == 0 }) {
			t.Fatalf("corpus %d: an empty output", i)
		}
	}
	if bytes.Equal(sets[0][2], sets[1][2]) {
		t.Fatal("the two corpora give the same JSON; the test could not tell their sets apart")
	}

	// Each rename that puts outputs in place is followed by a pause, so
	// that kills land between renames as often as in them: a writer that
	// renamed the files one by one would leave a mixed set here.
	const pause = 15 * time.Millisecond
	run := func(which int) *exec.Cmd {
		cmd := w.command(append([]string{"build", "--config", w.cfg}, corpora[which]...)...)
		cmd.Env = append(cmd.Env, switchPause+"="+pause.String())
		return cmd
	}
	// How long a run takes with the articles' facts cached, as every one
	// below: the quickest of three, so that one slow start on a busy
	// machine does not stretch the kill moments past the runs.
	var took time.Duration
	for i := range 3 {
		start := time.Now()
		if err := run(i % 2).Run(); err != nil {
			t.Fatal(err)
		}
		if d := time.Since(start); i == 0 || d < took {
			took = d
		}
	}
	rng := rand.New(rand.NewPCG(seed, seed))
	var finished, killed int
	ended := [2]int{}
	for i := range 100 {
		which := i % 2
		delay := time.Duration(rng.Int64N(int64(took) * 11 / 10))
		cmd := run(which)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		if ws := cmd.ProcessState.Sys().(syscall.WaitStatus); ws.Signaled() {
			killed++
		} else {
			finished++
		}
		for _, name := range []string{"brief-latest", "brief-all"} {
			got := readSet(t, w.out, name, exts)
			switch {
			case sameSet(got, sets[0]):
				ended[0]++
			case sameSet(got, sets[1]):
				ended[1]++
			default:
				t.Fatalf("seed %d, kill %d after %s: the files under %s are no one run's set: %s", seed, i, delay, name, describeSet(got, sets, exts))
			}
		}
	}
	t.Logf("seed %d: 100 builds of up to %s, %d killed, %d finished first; the sets found were the first corpus's %d times, the second's %d",
		seed, took.Round(time.Millisecond), killed, finished, ended[0], ended[1])
	if killed < 25 {
		t.Errorf("only %d of 100 builds were killed before they finished; the moments do not cover a run", killed)
	}

	w.build(t, 0)
	if !sameSet(readSet(t, w.out, "brief-latest", exts), sets[0]) {
		t.Error("the run after the kills did not write its own set")
	}
	var temps []string
	filepath.WalkDir(w.out, func(path string, d os.DirEntry, err error) error {
		if err == nil && strings.Contains(d.Name(), ".tmp") {
			temps = append(temps, path)
		}
		return nil
	})
	if len(temps) > 0 {
		t.Errorf("the run after the kills left temporary files %q", temps)
	}
}

// readSet reads the files of one output name, through its links; a file
// that cannot be read is nil.
func readSet(t *testing.T, dir, name string, exts []string) [][]byte {
	t.Helper()
	set := make([][]byte, len(exts))
	for i, ext := range exts {
		set[i], _ = os.ReadFile(filepath.Join(dir, name+ext))
	}
	return set
}

func sameSet(a, b [][]byte) bool {
	return slices.EqualFunc(a, b, bytes.Equal)
}

// describeSet says, file by file, whose run each file is.
func describeSet(got [][]byte, sets [2][][]byte, exts []string) string {
	var parts []string
	for i, ext := range exts {
		who := "neither run's"
		switch {
		case got[i] == nil:
			who = "missing"
		case bytes.Equal(got[i], sets[0][i]):
			who = "the first corpus's"
		case bytes.Equal(got[i], sets[1][i]):
			who = "the second corpus's"
		}
		parts = append(parts, ext+" "+who)
	}
	return strings.Join(parts, ", ")
}

func parseUint(s string) (uint64, error) { return strconv.ParseUint(s, 10, 64) }
