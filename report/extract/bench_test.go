package extract

import (
	"strings"
	"testing"
)

// BenchmarkExtract measures extraction speed over the five seed articles
// with the demo configuration, in MB/s of article text on one core.
func BenchmarkExtract(b *testing.B) {
	x := New(loadDemoDomain(b))
	seeds := loadSeeds(b)
	var sb strings.Builder
	for _, a := range seeds {
		sb.WriteString(a.text)
		sb.WriteString("\n\n")
	}
	text := sb.String()
	published := seeds[0].published
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		x.Extract("bench", text, published)
	}
}

// BenchmarkSplitSentences measures the sentence splitter alone.
func BenchmarkSplitSentences(b *testing.B) {
	var sb strings.Builder
	for _, a := range loadSeeds(b) {
		sb.WriteString(a.text)
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		splitSentences(text)
	}
}
