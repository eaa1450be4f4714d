package pipeline

import (
	"fmt"

	"brief/report"
	"brief/report/config"
	"brief/report/corpus"
	"brief/report/extract"
)

// Extractor prepares the extractor for a configuration's domain: its
// actors, issues and lexicon additions.
func Extractor(cfg *config.Config) *extract.Extractor {
	return extract.New(extract.Domain{Actors: cfg.Actors, Issues: cfg.Issues,
		Lexicon: cfg.Lexicon.Extra, NoThesaurus: !cfg.Lexicon.UseThesaurus(),
		StanceModel: cfg.Lexicon.UseStanceModel()})
}

// Explain reads one article file as a build would (front matter,
// cleaning) and returns what the extractor saw in each sentence.
func Explain(cfg *config.Config, path string) ([]extract.SentenceTrace, error) {
	opts := cfg.CorpusOptions()
	data, prob := corpus.ReadFile(path, path, opts.Limits)
	if prob != nil {
		return nil, prob
	}
	cleaner, err := opts.Cleaner()
	if err != nil {
		return nil, err
	}
	s, problems := corpus.Parse(path, data, cleaner)
	for _, p := range problems {
		if p.Skipped {
			return nil, p
		}
	}
	if s == nil {
		return nil, fmt.Errorf("%s: not a usable article", path)
	}
	published, _ := report.ParseDate(s.Published)
	return Extractor(cfg).Explain(s.Text, s.Outlet, published), nil
}
