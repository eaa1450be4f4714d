package timex

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"brief/report"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden runs Find over each testdata/*.txt, whose first line is
// "published: DATE", and compares the mentions with testdata/*.golden.
func TestGolden(t *testing.T) {
	paths, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no testdata/*.txt: %v", err)
	}
	for _, path := range paths {
		if filepath.Base(path) == "bench.txt" {
			continue
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		head, text, _ := strings.Cut(string(b), "\n")
		published, err := report.ParseDate(strings.TrimSpace(strings.TrimPrefix(head, "published:")))
		if err != nil {
			t.Fatalf("%s:1: want \"published: YYYY-MM-DD\": %v", path, err)
		}
		var got strings.Builder
		for _, m := range Find(text, published) {
			date, precision, _ := m.Date()
			fmt.Fprintf(&got, "%d:%d\t%q\t%s\t%s\t%s %s\n", m.Start, m.End, m.Text, m.Value, m.Precision, date, precision)
		}
		golden := strings.TrimSuffix(path, ".txt") + ".golden"
		if *update {
			if err := os.WriteFile(golden, []byte(got.String()), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -update to create it)", err)
		}
		if got.String() != string(want) {
			t.Errorf("%s: mentions differ from %s (go test -update rewrites it after review):\n%s", path, golden, diffLines(string(want), got.String()))
		}
	}
}

// diffLines lists the lines only in want (-) and only in got (+).
func diffLines(want, got string) string {
	in := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, l := range strings.Split(s, "\n") {
			m[l] = true
		}
		return m
	}
	w, g := in(want), in(got)
	var b strings.Builder
	for _, l := range strings.Split(want, "\n") {
		if !g[l] {
			b.WriteString("- " + l + "\n")
		}
	}
	for _, l := range strings.Split(got, "\n") {
		if !w[l] {
			b.WriteString("+ " + l + "\n")
		}
	}
	return b.String()
}
