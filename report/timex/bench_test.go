package timex

import (
	"os"
	"strings"
	"testing"

	"brief/report"
)

// BenchmarkFind runs Find over about 4 MB of news text in one call.
func BenchmarkFind(b *testing.B) {
	sample, err := os.ReadFile("testdata/bench.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(sample)+"\n", 4<<20/len(sample))
	anchor := report.Date{Year: 2023, Month: 6, Day: 6}
	if len(Find(text, anchor)) == 0 {
		b.Fatal("no mentions in the benchmark text")
	}
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		Find(text, anchor)
	}
}

// BenchmarkFindArticles runs Find article by article, as extraction calls
// it, over about 4 MB of news text.
func BenchmarkFindArticles(b *testing.B) {
	sample, err := os.ReadFile("testdata/bench.txt")
	if err != nil {
		b.Fatal(err)
	}
	article := string(sample)
	n := 4 << 20 / len(article)
	anchor := report.Date{Year: 2023, Month: 6, Day: 6}
	b.SetBytes(int64(n * len(article)))
	for b.Loop() {
		for range n {
			Find(article, anchor)
		}
	}
}
