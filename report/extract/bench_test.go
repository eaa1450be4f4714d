package extract

import (
	"brief/internal/cputime"
	"strings"
	"testing"
	"time"
)

// BenchmarkExtract measures extraction speed over the five seed articles
// with the demo configuration, in MB/s of article text on one core.
//
// On a shared machine wall time (ns/op, MB/s) swings with the load, so it
// also reports the process's CPU time (user and system, the collector's
// included) per operation and the MB/s that makes: cpu-ns/op, cpu-MB/s.
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
	cpu := startCPU()
	for b.Loop() {
		x.Extract("bench", text, published)
	}
	cpu.report(b, len(text))
}

// BenchmarkSplitSentences measures the sentence splitter alone.
func BenchmarkSplitSentences(b *testing.B) {
	text := seedText(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		splitSentences(text)
	}
}

// seedText returns the seed articles' texts one after another.
func seedText(b *testing.B) string {
	var sb strings.Builder
	for _, a := range loadSeeds(b) {
		sb.WriteString(a.text)
	}
	return sb.String()
}

// BenchmarkTokenize measures the tokenizer alone.
func BenchmarkTokenize(b *testing.B) {
	text := seedText(b)
	b.SetBytes(int64(len(text)))
	var toks []token
	cpu := startCPU()
	for b.Loop() {
		toks = tokenizeFrom(toks, text, 0)
	}
	cpu.report(b, len(text))
}

// cpuClock is the process's CPU time when a benchmark's loop started.
type cpuClock time.Duration

func startCPU() cpuClock { return cpuClock(cputime.Process()) }

// report adds cpu-ns/op and cpu-MB/s (bytes of text per CPU second) to
// the benchmark's line.
func (c cpuClock) report(b *testing.B, bytes int) {
	used := cputime.Process() - time.Duration(c)
	if b.N == 0 || used <= 0 {
		return
	}
	perOp := float64(used.Nanoseconds()) / float64(b.N)
	b.ReportMetric(perOp, "cpu-ns/op")
	if bytes > 0 {
		b.ReportMetric(float64(bytes)/perOp*1e3, "cpu-MB/s")
	}
}

// BenchmarkWordSetHas measures looking words up in word sets by their
// strings, as the rules do: every word of the seed articles in every
// tenth set.
func BenchmarkWordSetHas(b *testing.B) {
	var words []string
	for _, a := range loadSeeds(b) {
		for _, t := range tokenize(a.text) {
			words = append(words, t.Lower)
		}
	}
	hits := 0
	cpu := startCPU()
	for b.Loop() {
		for k := 0; k < len(allSets); k += 10 {
			s := allSets[k]
			for _, w := range words {
				if s.has(w) {
					hits++
				}
			}
		}
	}
	cpu.report(b, 0)
	if hits == 0 {
		b.Fatal("no word found")
	}
}

// BenchmarkPhraseSets measures finding the demo domain's cues, issue
// terms and event verbs in the seed articles' tokens (findAll) and trying
// its actors' names at every token (matchAt).
func BenchmarkPhraseSets(b *testing.B) {
	x := New(loadDemoDomain(b))
	var toks []token
	n := 0
	for _, a := range loadSeeds(b) {
		toks = append(toks, tokenize(a.text)...)
		n += len(a.text)
	}
	x.issues.lem.lemmatize(toks)
	b.SetBytes(int64(n))
	found := 0
	cpu := startCPU()
	for b.Loop() {
		for _, p := range []*phraseSet{x.cues.set, x.issues.set, x.typer.verbs} {
			found += len(p.findAll(toks, 0, len(toks)))
		}
		for _, p := range []*phraseSet{x.actors.names, x.actors.people, x.actors.demonyms, x.actors.places} {
			for i := range toks {
				if _, ok := p.matchAt(toks, i); ok {
					found++
				}
			}
		}
	}
	cpu.report(b, n)
	if found == 0 {
		b.Fatal("nothing found")
	}
}
