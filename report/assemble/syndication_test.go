package assemble

import (
	"fmt"
	"hash/fnv"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"brief/report"
	"brief/report/internal/synth"
)

// referenceSyndicated is the first syndication rule, which hashed every
// run of shingleWords words of every article: the fingerprints must decide
// as it did. It returns, for each article in order, the index of the
// article it copies, or -1, and the share of its runs of words the best
// earlier article first held.
func referenceSyndicated(texts []string) (copies []int, share []float64) {
	first := map[uint64]int{}
	out := make([]int, len(texts))
	share = make([]float64, len(texts))
	for i, text := range texts {
		words := strings.Fields(report.Normalise(text))
		seen := map[uint64]bool{}
		var shingles []uint64
		for k := 0; k+shingleWords <= len(words); k++ {
			h := fnv.New64a()
			h.Write([]byte(strings.Join(words[k:k+shingleWords], " ")))
			if s := h.Sum64(); !seen[s] {
				seen[s] = true
				shingles = append(shingles, s)
			}
		}
		hits := map[int]int{}
		for _, s := range shingles {
			if j, ok := first[s]; ok {
				hits[j]++
			} else {
				first[s] = i
			}
		}
		best, bestHits := -1, 0
		for j, n := range hits {
			if n > bestHits || (n == bestHits && j < best) {
				best, bestHits = j, n
			}
		}
		out[i] = -1
		if len(shingles) > 0 {
			share[i] = float64(bestHits) / float64(len(shingles))
		}
		if best >= 0 && len(shingles) > 0 && bestHits*2 >= len(shingles) {
			out[i] = best
		}
	}
	return out, share
}

// bodies returns the text after the front matter of every article of the
// test sets and of the demo's sources, in a fixed order.
func bodies(t *testing.T) []string {
	var paths []string
	for _, root := range []string{filepath.Join("..", "extract", "testdata"), filepath.Join("..", "..", "sources"), filepath.Join("..", "corpus", "testdata")} {
		filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err == nil && d.Type().IsRegular() && (strings.HasSuffix(path, ".md") || strings.HasSuffix(path, ".txt")) {
				paths = append(paths, path)
			}
			return nil
		})
	}
	slices.Sort(paths)
	var out []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		if strings.HasPrefix(text, "+++\n") {
			if end := strings.Index(text[4:], "\n+++\n"); end >= 0 {
				text = text[4+end+5:]
			}
		}
		out = append(out, text)
	}
	if len(out) < 50 {
		t.Fatalf("found only %d articles", len(out))
	}
	return out
}

// TestSyndicationMatchesReference compares the winnowed fingerprints'
// decisions with every-shingle comparison: on the test sets' articles
// (none copies another), on those articles followed by copies of them as
// outlets reprint wire stories (a line on top, the tail cut, a line
// added), and on the benchmarks' synthetic corpus.
func TestSyndicationMatchesReference(t *testing.T) {
	real := bodies(t)
	r := rand.New(rand.NewPCG(1, 2))
	var copies []string
	for _, text := range real {
		paras := strings.Split(strings.TrimSpace(text), "\n\n")
		switch r.IntN(4) {
		case 0:
			copies = append(copies, "ISLAMABAD (Reuters) - "+text)
		case 1:
			copies = append(copies, strings.Join(paras[:max(1, len(paras)*2/3)], "\n\n"))
		case 2:
			copies = append(copies, text+"\n\nAdditional reporting by our correspondent in Peshawar.")
		case 3: // a different story quoting two paragraphs: not a copy
			copies = append(copies, "The committee met again on Thursday and heard from the ministers. "+paras[0]+"\n\n"+
				strings.Repeat("The debate went on through the afternoon with many speakers from every side of the house. ", 5))
		}
	}
	var synthetic []string
	for i := range 3000 {
		synthetic = append(synthetic, synth.Article(i, synth.Options{Seed: 3}))
	}
	for name, texts := range map[string][]string{
		"test sets":              real,
		"test sets, then copies": append(slices.Clone(real), copies...),
		"synthetic":              synthetic,
	} {
		want, wantShare := referenceSyndicated(texts)
		got := CopiesOf(texts)
		marked, differ, borderline, short := 0, 0, 0, 0
		for i := range want {
			if want[i] >= 0 {
				marked++
			}
			if got[i] != want[i] && wordCount(texts[i]) < shingleWords+winnowWindow-1 {
				short++ // below the passage length winnowing promises to see
				continue
			}
			if got[i] != want[i] {
				if share := wantShare[i]; name == "test sets, then copies" && share > 0.35 && share < 0.65 {
					borderline++
					continue
				}
				if differ++; differ <= 5 {
					t.Errorf("%s: article %d copies %d, the reference says %d", name, i, got[i], want[i])
				}
			}
		}
		t.Logf("%s: %d articles, %d copies, %d decisions differ, %d more where between 35%% and 65%% of the article is an earlier one's, %d in texts too short to judge",
			name, len(texts), marked, differ, borderline, short)
		// Reworked copies are made to land near the threshold; with every
		// test set's articles (374 in December 2026) 31 of them fall in the
		// band where winnowing and every-shingle comparison may honestly
		// differ. The raw test sets differ in none.
		if borderline > len(copies)/5 {
			t.Errorf("%s: %d decisions at the margin differ, want at most a fifth of the copies", name, borderline)
		}
		if name != "test sets" && marked < len(texts)/20 {
			t.Errorf("%s: only %d copies: the comparison is too easy", name, marked)
		}
	}
}

// wordCount counts words as Fingerprint reads them.
func wordCount(text string) int {
	n := 0
	eachWord(text, func(uint64) { n++ })
	return n
}

func TestFingerprintShortAndEmpty(t *testing.T) {
	if fp := Fingerprint("Too short to shingle."); len(fp) != 0 {
		t.Errorf("Fingerprint of 4 words = %v, want none", fp)
	}
	nine := "One two three four five six seven eight nine."
	if fp := Fingerprint(nine); len(fp) != 2 {
		t.Errorf("Fingerprint of 9 words has %d hashes, want both runs", len(fp))
	}
	if !slices.Equal(Fingerprint(nine), Fingerprint(strings.ToUpper(nine)+"!!")) {
		t.Error("case and punctuation change the fingerprint")
	}
}

// BenchmarkFingerprint measures fingerprinting, done once per article.
func BenchmarkFingerprint(b *testing.B) {
	text := synth.Article(1, synth.Options{Seed: 1})
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Fingerprint(text)
	}
}

// batchFingerprint is Fingerprint as first written, holding every word's
// and every run's hash: the streaming Fingerprint must give the same.
func batchFingerprint(text string) []uint64 {
	var words []uint64
	eachWord(text, func(h uint64) { words = append(words, h) })
	var shingles []uint64
	for i := 0; i+shingleWords <= len(words); i++ {
		h := uint64(0x9e3779b97f4a7c15)
		for _, w := range words[i : i+shingleWords] {
			h = mix(h ^ w)
		}
		shingles = append(shingles, h)
	}
	if len(shingles) <= winnowWindow {
		return distinctSorted(shingles)
	}
	var out []uint64
	for end := winnowWindow; end <= len(shingles); end++ {
		m := end - winnowWindow
		for i := m; i < end; i++ {
			if shingles[i] <= shingles[m] {
				m = i
			}
		}
		out = append(out, shingles[m]) // every window's minimum: the same set
	}
	return distinctSorted(out)
}

func TestFingerprintStreams(t *testing.T) {
	texts := bodies(t)
	for i := range 50 {
		texts = append(texts, synth.Article(i, synth.Options{Seed: 9}))
	}
	for _, n := range []int{0, 1, 7, 8, 9, 14, 15, 16, 17, 30} {
		texts = append(texts, strings.Repeat("word ", n), strings.Repeat("a b ", n))
	}
	// Distinct words, around the lengths at which Fingerprint works out
	// a block of runs (wordBlock).
	for _, n := range []int{10, 11, 12, 63, 64, 70, 71, 72, 73, 74, 77, 78, 79, 134, 135, 136, 137, 200, 1001} {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "w%d ", i*7919%1000)
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		if got, want := Fingerprint(text), batchFingerprint(text); !slices.Equal(got, want) {
			t.Errorf("Fingerprint(%.40q…) = %d hashes, the batch computation %d", text, len(got), len(want))
		}
	}
}

// markSyndicatedMaps is markSyndicated as it was written with Go maps,
// the reference for TestMarkSyndicatedMatchesMaps.
func markSyndicatedMaps(arts []Article) {
	total := 0
	for _, a := range arts {
		total += len(a.Fingerprint)
	}
	first := make(map[uint64]int32, total)
	hits := map[int32]int{}
	for i := range arts {
		fp := arts[i].Fingerprint
		clear(hits)
		for _, h := range fp {
			if j, ok := first[h]; ok {
				hits[j]++
			} else {
				first[h] = int32(i)
			}
		}
		best, bestHits := int32(-1), 0
		for j, n := range hits {
			if n > bestHits || (n == bestHits && j < best) {
				best, bestHits = j, n
			}
		}
		if best >= 0 && len(fp) > 0 && bestHits*2 >= len(fp) {
			arts[i].Source.SyndicatedFrom = arts[best].Source.ID
		}
	}
}

// TestMarkSyndicatedMatchesMaps compares markSyndicated's table with the
// map-based rule on random fingerprints drawn from small pools of hashes
// (many shared, ties between earlier articles, repeated hashes within a
// fingerprint, empty fingerprints, hashes 0 and small integers) and on
// the synthetic corpus's texts.
func TestMarkSyndicatedMatchesMaps(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	check := func(name string, fps [][]uint64) {
		t.Helper()
		got := make([]Article, len(fps))
		want := make([]Article, len(fps))
		for i, fp := range fps {
			id := fmt.Sprint("s", i)
			got[i] = Article{Source: report.Source{ID: id}, Fingerprint: slices.Clone(fp)}
			want[i] = Article{Source: report.Source{ID: id}, Fingerprint: slices.Clone(fp)}
		}
		markSyndicated(got)
		markSyndicatedMaps(want)
		marked := 0
		for i := range got {
			if got[i].Source.SyndicatedFrom != want[i].Source.SyndicatedFrom {
				t.Fatalf("%s: article %d copies %q, the map rule says %q", name, i, got[i].Source.SyndicatedFrom, want[i].Source.SyndicatedFrom)
			}
			if want[i].Source.SyndicatedFrom != "" {
				marked++
			}
		}
		if len(fps) > 50 && marked == 0 {
			t.Fatalf("%s: no copies: the comparison is too easy", name)
		}
	}
	for round := range 300 {
		pool := 1 + r.IntN(200)
		small := round%3 == 0 // hashes 0, 1, 2, … rather than random ones
		hashes := make([]uint64, pool)
		for k := range hashes {
			if small {
				hashes[k] = uint64(k)
			} else {
				hashes[k] = r.Uint64()
			}
		}
		fps := make([][]uint64, 1+r.IntN(120))
		for i := range fps {
			n := r.IntN(12)
			for range n {
				fps[i] = append(fps[i], hashes[r.IntN(pool)])
			}
			if round%2 == 0 { // as Fingerprint gives them: distinct and sorted
				slices.Sort(fps[i])
				fps[i] = slices.Compact(fps[i])
			}
		}
		check(fmt.Sprint("round ", round), fps)
	}
	var fps [][]uint64
	for i := range 2000 {
		fps = append(fps, Fingerprint(synth.Article(i, synth.Options{Seed: 5})))
	}
	check("synthetic", fps)
}

// BenchmarkMarkSyndicated10k marks the fingerprints of 10,000 synthetic
// articles, as every run of the whole corpus does (the map rule beside).
func BenchmarkMarkSyndicated10k(b *testing.B) {
	arts := make([]Article, 10000)
	for i := range arts {
		arts[i] = Article{Source: report.Source{ID: fmt.Sprint("s", i)}, Fingerprint: Fingerprint(synth.Article(i, synth.Options{Seed: 1}))}
	}
	for _, bc := range []struct {
		name string
		mark func([]Article)
	}{{"table", markSyndicated}, {"maps", markSyndicatedMaps}} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				bc.mark(arts)
			}
		})
	}
}
