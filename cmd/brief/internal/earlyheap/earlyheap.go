// Package earlyheap primes the heap with huge pages (hugepage.Prime) for
// the commands that read a corpus or a model (build, extract, render),
// before any other package of the command has run its initialisation.
//
// It must run that early: memory the heap has used and freed is cleared
// when it is allocated again, so a priming allocation that reused some
// (the extractor's lexicon leaves garbage behind at initialisation, and
// the first collections run then) was cleared whole, page by page, before
// it could be advised — 512 MB resident and 135,000 faults, in about one
// run in six. Go initialises a package as soon as what it imports is, in
// the order of import paths, so this package, which imports only the
// hugepage package and os, runs before the extractor's, the renderers'
// and the configuration's.
//
// The command imports it for its effect only.
package earlyheap

import (
	"os"

	"brief/internal/hugepage"
)

// Bytes is how much of the heap is primed: about what adding one article
// to 10,000 uses. Page faults were a quarter of that run's CPU time on a
// virtual machine.
const Bytes = 512 << 20

func init() {
	if len(os.Args) > 1 && (os.Args[1] == "build" || os.Args[1] == "extract" || os.Args[1] == "render") {
		hugepage.Prime(Bytes)
	}
}
