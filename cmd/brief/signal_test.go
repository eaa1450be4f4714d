package main

import (
	"bufio"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSignalInEachStage sends SIGTERM to a build in each of its stages —
// loading, extraction, assembly, rendering — over a corpus large enough
// that each lasts a while, the moment the line that opens the stage is
// logged. The run must end within a second with status 130, before the
// stage's closing line, and leave the outputs as they were. A signal that
// arrives after the stage ended (a slow pipe) is tried again, up to three
// times.
func TestSignalInEachStage(t *testing.T) {
	if testing.Short() {
		t.Skip("runs builds in processes of their own; skipped with -short")
	}
	w := newWorkspace(t, briefBinary(t))
	big := filepath.Join(filepath.Dir(w.cfg), "big")
	writeBigCorpus(t, big, 1500)
	w.build(t, 0)
	before := outputContents(t, w.out)

	stages := []struct{ name, opens, closes string }{
		{"loading", "loading articles from", "loaded "},
		{"extraction", "loaded ", "extracted facts"},
		{"assembly", "extracted facts", "assembled the brief"},
		{"rendering", "assembled the brief", "wrote "},
	}
	for _, st := range stages {
		t.Run(st.name, func(t *testing.T) {
			for range 3 {
				cmd := w.command("build", "--config", w.cfg, "--sources", big, "--no-cache")
				stderr, err := cmd.StderrPipe()
				if err != nil {
					t.Fatal(err)
				}
				if err := cmd.Start(); err != nil {
					t.Fatal(err)
				}
				var sent time.Time
				landed := true
				var log []string
				lines := bufio.NewScanner(stderr)
				for lines.Scan() {
					line := lines.Text()
					log = append(log, line)
					switch {
					case sent.IsZero() && strings.Contains(line, st.opens):
						cmd.Process.Signal(syscall.SIGTERM)
						sent = time.Now()
					case !sent.IsZero() && strings.Contains(line, st.closes):
						landed = false
					}
				}
				cmd.Wait()
				took := time.Since(sent)
				if sent.IsZero() {
					t.Fatalf("the run never logged %q:\n%s", st.opens, strings.Join(log, "\n"))
				}
				if !landed {
					t.Logf("the signal arrived after %s had ended; again", st.name)
					continue
				}
				if code := cmd.ProcessState.ExitCode(); code != exitInterrupted {
					t.Errorf("SIGTERM in %s: exit %d, want %d; stderr:\n%s", st.name, code, exitInterrupted, strings.Join(log, "\n"))
				}
				if took > time.Second {
					t.Errorf("SIGTERM in %s: the run ended %s later, want within a second", st.name, took.Round(time.Millisecond))
				}
				t.Logf("SIGTERM in %s: exit %d after %s", st.name, cmd.ProcessState.ExitCode(), took.Round(time.Millisecond))
				if after := outputContents(t, w.out); after != before {
					t.Errorf("SIGTERM in %s changed the outputs:\n%s\nwant\n%s", st.name, after, before)
				}
				return
			}
			t.Errorf("in three tries the signal never arrived while %s ran", st.name)
		})
	}
}

// writeBigCorpus writes n articles, each a demo seed with a paragraph
// of its own that reports an event and two figures, so that every stage
// has work for each.
func writeBigCorpus(t *testing.T, dir string, n int) {
	t.Helper()
	seeds, err := filepath.Glob(filepath.Join("..", "..", "sources", "*.md"))
	if err != nil || len(seeds) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	texts := make([]string, len(seeds))
	for i, s := range seeds {
		data, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		texts[i] = strings.TrimRight(string(data), "\n")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	places := []string{"Bannu", "Khyber", "Quetta", "Peshawar", "Tank", "Swat", "Kurram", "Zhob"}
	for i := range n {
		text := fmt.Sprintf("%s\n\nOn June %d, 2023, militants killed %d soldiers and wounded %d civilians in %s district %d, officials said.\n",
			texts[i%len(texts)], 1+i%28, i+3, i+11, places[i%len(places)], i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("copy%05d.md", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// outputContents describes the output folder as a reader sees it: each
// final name with its size and a checksum, and any temporary file.
func outputContents(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	for _, name := range finalFiles(t, dir) {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s %d %x\n", name, len(data), fnv32(data))
	}
	for _, name := range tempFiles(t, dir) {
		fmt.Fprintf(&b, "temporary %s\n", name)
	}
	return b.String()
}

func fnv32(data []byte) uint32 {
	h := fnv.New32a()
	h.Write(data)
	return h.Sum32()
}
