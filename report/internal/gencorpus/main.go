// Command gencorpus writes a synthetic corpus for benchmarking brief:
//
//	go run ./report/internal/gencorpus -n 10000 -out /tmp/corpus10k
//
// The same -seed gives the same files; -first lets a later call add
// articles to a corpus (the "one new article" case).
package main

import (
	"flag"
	"fmt"
	"os"

	"brief/report/internal/synth"
)

func main() {
	out := flag.String("out", "", "the folder to write the articles into (created)")
	n := flag.Int("n", 10000, "how many articles to write")
	first := flag.Int("first", 0, "the number of the first article")
	seed := flag.Uint64("seed", 1, "the corpus's seed")
	paras := flag.Int("paragraphs", 0, "paragraphs per article (0: 8, about 4 KB)")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "gencorpus: -out is required")
		os.Exit(2)
	}
	if err := synth.Write(*out, *first, *n, synth.Options{Seed: *seed, Paragraphs: *paras}); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
}
