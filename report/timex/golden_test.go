package timex

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"brief/internal/golden"
	"brief/report"
)

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
		golden.Check(t, strings.TrimSuffix(path, ".txt")+".golden", []byte(got.String()))
	}
}
