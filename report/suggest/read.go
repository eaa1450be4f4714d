package suggest

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"brief/report"
	"brief/report/assemble"
	"brief/report/config"
	"brief/report/corpus"
	"brief/report/extract"
	"brief/report/pipeline"
)

// article is one article as the extractor read it.
type article struct {
	path  string // as corpus.Load names it
	text  string
	parts []extract.SentenceParts
	raw   []byte // the file's bytes, for line numbers; nil when unreadable
}

// readCorpus loads the articles in dir as check and build do and reads
// each with the configuration's extractor, on all cores. An article that
// is mostly a copy of an earlier one (a wire story several outlets
// carry) is left out: it is no second piece of evidence, and counting it
// would make one story's phrase "shown by two articles". It returns how
// many were left out.
func readCorpus(ctx context.Context, cfg *config.Config, dir string) ([]article, int, error) {
	sources, _, err := corpus.Load(dir, cfg.CorpusOptions())
	if err != nil {
		return nil, 0, err
	}
	sources, copies := withoutCopies(sources)
	x := pipeline.Extractor(cfg)
	out := make([]article, len(sources))
	next := make(chan int)
	var wg sync.WaitGroup
	for range max(1, runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i] = readOne(x, sources[i], cfg.Dir)
			}
		}()
	}
	for i := range sources {
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	return out, copies, ctx.Err()
}

// withoutCopies returns the sources that copy no earlier one, and how
// many were left out.
func withoutCopies(sources []report.Source) ([]report.Source, int) {
	texts := make([]string, len(sources))
	for i, s := range sources {
		texts[i] = s.Text
	}
	var kept []report.Source
	for i, from := range assemble.CopiesOf(texts) {
		if from < 0 {
			kept = append(kept, sources[i])
		}
	}
	return kept, len(sources) - len(kept)
}

// readOne reads one source; base is the folder its path may be relative
// to (the configuration's).
func readOne(x *extract.Extractor, s report.Source, base string) article {
	published, _ := report.ParseDate(s.Published)
	a := article{path: s.Path, text: s.Text, parts: x.Parts(s.Text, s.Outlet, published)}
	var err error
	if a.raw, err = os.ReadFile(s.Path); err != nil && !filepath.IsAbs(s.Path) {
		a.raw, _ = os.ReadFile(filepath.Join(base, s.Path))
	}
	return a
}

// line returns the line of the article's file where the sentence that
// starts at byte start of its text begins, or 0 when it cannot be found
// (the text was cleaned from HTML, say).
func (a *article) line(start, end int) int {
	if a.raw == nil {
		return 0
	}
	probe := strings.TrimSpace(a.text[start:min(end, start+60)])
	if i := strings.IndexByte(probe, '\n'); i > 0 {
		probe = probe[:i]
	}
	if probe == "" {
		return 0
	}
	at := bytes.Index(a.raw, []byte(probe))
	if at < 0 {
		return 0
	}
	return 1 + bytes.Count(a.raw[:at], []byte{'\n'})
}
