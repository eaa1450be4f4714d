package pipeline

import (
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"brief/report"
)

// TestTimexesReadWhenWanted: a cache read without date expressions gives
// entries without them, large or small, and otherwise the same; read with
// them, every entry as it was written.
func TestTimexesReadWhenWanted(t *testing.T) {
	tx := func(src string, n int) []report.Timex {
		var out []report.Timex
		for i := range n {
			out = append(out, report.Timex{Source: src, Text: "on Monday", Value: "2023-06-05", Precision: report.Day})
			out[i].Text += strings.Repeat("!", i)
		}
		return out
	}
	small := &entry{Source: report.Source{ID: "s1", Text: "Short."}, Facts: report.Facts{Timexes: tx("s1", 3)}}
	none := &entry{Source: report.Source{ID: "s2", Text: "No dates."}}
	large := &entry{Source: report.Source{ID: "s3", Text: strings.Repeat("A long text. ", 100000)}, Facts: report.Facts{Timexes: tx("s3", 2)}}
	recs := []record{
		{Key: cacheKey{1}, Used: 7, Entry: small},
		{Key: cacheKey{2}, Used: 8},
		{Key: cacheKey{3}, Used: 9, Entry: none},
		{Key: cacheKey{4}, Used: 10, Entry: large},
	}
	buf := &memoryFile{data: []byte(logHeader)}
	end, err := encodeSegments(buf, int64(len(logHeader)), recs)
	if err != nil {
		t.Fatal(err)
	}
	if len(small.Facts.Timexes) != 3 {
		t.Fatal("encoding changed the entry it was given")
	}
	for _, timexes := range []bool{true, false} {
		entries, _, valid := decodeLogWith(buf.data, timexes)
		if valid != end || len(entries) != 3 {
			t.Fatalf("timexes %v: read %d entries, valid to %d of %d", timexes, len(entries), valid, end)
		}
		for _, want := range []*entry{small, none, large} {
			w := *want
			if !timexes {
				w.Facts.Timexes = nil
			}
			var got *entry
			for _, r := range entries {
				if r.Entry.Source.ID == want.Source.ID {
					got = r.Entry
				}
			}
			if !reflect.DeepEqual(got, &w) {
				t.Errorf("timexes %v: entry %s read back as %+v", timexes, want.Source.ID, got.Facts)
			}
		}
	}
}

// TestCachedTimexes: a run with --timexes after cached runs without them,
// whether on a new Cache or on the one those used, has the date
// expressions an uncached run has.
func TestCachedTimexes(t *testing.T) {
	cfg := loadTestConfig(t)
	generated := time.Date(2023, 7, 1, 0, 0, 0, 0, time.UTC)
	uncached, err := Run(context.Background(), cfg, Options{Generated: generated, Timexes: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(uncached.Brief.Timexes) == 0 {
		t.Fatal("the test corpus has no date expressions")
	}
	want := modelJSON(t, uncached.Brief)
	dir := filepath.Join(t.TempDir(), "cache")
	runCached(t, cfg, dir, Options{})
	without := runCached(t, cfg, dir, Options{})
	if without.Cached == 0 || len(without.Brief.Timexes) != 0 {
		t.Fatalf("a cached run without --timexes: %d cached, %d date expressions", without.Cached, len(without.Brief.Timexes))
	}
	if got := runCached(t, cfg, dir, Options{Timexes: true}); got.Cached != got.Articles || modelJSON(t, got.Brief) != want {
		t.Errorf("a new cache with --timexes: %d of %d cached, model differs: %v", got.Cached, got.Articles, modelJSON(t, got.Brief) != want)
	}
	c, err := OpenCache(dir, cfg)
	if err != nil {
		t.Fatal(err)
	}
	for _, timexes := range []bool{false, true} {
		res, err := Run(context.Background(), cfg, Options{Cache: c, Generated: generated, Timexes: timexes})
		if err != nil {
			t.Fatal(err)
		}
		if timexes && (res.Cached != res.Articles || modelJSON(t, res.Brief) != want) {
			t.Errorf("the same cache with --timexes: %d of %d cached, model differs: %v", res.Cached, res.Articles, modelJSON(t, res.Brief) != want)
		}
	}
}
