package timex

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"

	"brief/report"
)

// Seed articles and their gold facts, outside the repository.
const (
	seedCorpus = "../../../shared/corpus/seeds"
	seedGold   = "../../../shared/gold/seeds"
)

// TestSeedEvents checks that every gold event of the seed articles holds a
// mention whose model date is the gold date at the gold precision, or holds
// none and is dated by its article's publication date.
func TestSeedEvents(t *testing.T) {
	golds, _ := filepath.Glob(filepath.Join(seedGold, "*.toml"))
	if len(golds) == 0 {
		if os.Getenv("CI") == "true" {
			t.Fatalf("no gold files in %s", seedGold)
		}
		t.Skipf("no gold files in %s; skipping", seedGold)
	}
	for _, g := range golds {
		var gold struct {
			Event []struct{ Date, Precision, Text string }
		}
		if _, err := toml.DecodeFile(g, &gold); err != nil {
			t.Fatalf("%s: %v", g, err)
		}
		name := strings.TrimSuffix(filepath.Base(g), ".toml")
		published, body := readSeed(t, filepath.Join(seedCorpus, name+".md"))
		ms := Find(body, published)
		for _, ev := range gold.Event {
			at := strings.Index(body, ev.Text)
			if at < 0 {
				t.Errorf("%s: gold phrase %q is not in the article", name, ev.Text)
				continue
			}
			var got []string
			ok := false
			for _, m := range ms {
				if m.Start < at || m.End > at+len(ev.Text) {
					continue
				}
				d, p, _ := m.Date()
				got = append(got, m.Text+"="+d+"/"+string(p))
				ok = ok || (d == ev.Date && string(p) == ev.Precision)
			}
			if len(got) == 0 && ev.Date == published.String() && ev.Precision == string(published.Precision()) {
				continue // dated by its article, not by a date expression
			}
			if !ok {
				t.Errorf("%s: in %q found %q, want %s/%s", name, ev.Text, got, ev.Date, ev.Precision)
			}
		}
	}
}

// readSeed returns a seed article's publication date and its body after the
// +++ front matter.
func readSeed(t *testing.T, path string) (report.Date, string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	parts := strings.SplitN(string(b), "+++", 3)
	if len(parts) != 3 {
		t.Fatalf("%s: no +++ front matter", path)
	}
	var front struct{ Published any } // a TOML date or a string
	if _, err := toml.Decode(parts[1], &front); err != nil {
		t.Fatalf("%s: front matter: %v", path, err)
	}
	published := fmt.Sprint(front.Published)
	switch v := front.Published.(type) {
	case time.Time:
		published = v.Format("2006-01-02")
	}
	d, err := report.ParseDate(published)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return d, parts[2]
}
