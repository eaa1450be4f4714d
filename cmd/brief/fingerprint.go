package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"os"
	"path/filepath"
	"time"

	"brief/report/config"
	"brief/report/corpus"
	"brief/report/pipeline"
)

// racyMargin is how long before a run's start a file it fingerprints
// must have last changed: a file changed later, or within the clock's
// granularity of the start, could change again without its stamp
// showing it (git's "racily clean" files), so the run cannot vouch for
// it. It is a variable for tests.
var racyMargin = time.Second

// fingerprint gathers what a build's outputs are made from.
type fingerprint struct {
	h     hash.Hash
	start time.Time
	ok    bool
}

// line adds one labelled value.
func (f *fingerprint) line(label string, values ...any) {
	fmt.Fprintf(f.h, "%s %q\n", label, fmt.Sprint(values...))
}

// stamp adds a file's stamp (device, inode, size, times), and with
// content its bytes' hash; a file that changed too recently (racyMargin),
// or has no stamp, makes the fingerprint fail. A file that does not
// exist is added as missing.
func (f *fingerprint) stamp(label, path string, content bool) {
	info, err := os.Lstat(path)
	if os.IsNotExist(err) {
		f.line(label, path, " missing")
		return
	}
	if err != nil {
		f.ok = false
		return
	}
	link := ""
	if info.Mode()&os.ModeSymlink != 0 {
		link, _ = os.Readlink(path)
		if info, err = os.Stat(path); err != nil {
			f.line(label, path, " broken link to ", link)
			return
		}
	}
	stamp, changed, ok := pipeline.InfoStamp(info)
	if !ok || !changed.Before(f.start.Add(-racyMargin)) {
		f.ok = false
		return
	}
	if link != "" {
		stamp += " -> " + link
	}
	if content {
		data, err := os.ReadFile(path)
		if err != nil {
			f.ok = false
			return
		}
		sum := sha256.Sum256(data)
		stamp += " " + hex.EncodeToString(sum[:])
	}
	f.line(label, path, " ", stamp)
}

// buildFingerprint returns a fingerprint of everything a build's outputs
// are made from but the clock: the program (its SHA-256), the
// configuration's bytes and the lexicon and assessment files it names,
// the period the flags resolve to (today's date, for --week last, and
// SOURCE_DATE_EPOCH), the flags that change what is written, the review
// workbook, the time zone, and every file in the sources folder by its
// stamp, as the article index trusts it. It returns "" when it cannot
// vouch for them: a file changed within a second of start (or after), a
// file with no stamp (on systems other than Linux), the program
// unreadable. The fingerprint is taken before the articles are read, so
// that an article changed during the run makes the next run render again.
func buildFingerprint(opts *buildOptions, cfg *config.Config, po pipeline.Options, outDir string, start time.Time) string {
	f := &fingerprint{h: sha256.New(), start: start, ok: true}
	exe, err := pipeline.ExecutableHash()
	if err != nil {
		return ""
	}
	f.line("brief build fingerprint", 1)
	f.line("program", exe)
	f.line("SOURCE_DATE_EPOCH", os.Getenv("SOURCE_DATE_EPOCH"))
	f.line("TZ", os.Getenv("TZ"), " ", cfg.Location().String())
	f.line("period", fmt.Sprintf("%#v", po.Period))
	abs := func(p string) string {
		if a, err := filepath.Abs(p); err == nil {
			return a
		}
		return p
	}
	f.line("folders", abs(cfg.Dir), " ", abs(po.SourcesDir), " ", abs(outDir))
	f.line("flags", fmt.Sprintf("review=%q strict=%t allow-empty=%t", opts.review, opts.strict, opts.allowEmpty))
	if cfg.Path != "" {
		f.stamp("config", abs(cfg.Path), true)
	} else {
		f.line("config", "none")
	}
	if cfg.Lexicon.File != "" {
		f.stamp("lexicon", cfg.Resolve(cfg.Lexicon.File), true)
	}
	if cfg.Assessment != "" {
		f.stamp("assessment", cfg.Resolve(cfg.Assessment), true)
	}
	if opts.review != "" {
		f.stamp("review", abs(opts.review), false)
	}
	files, outside, err := corpus.List(po.SourcesDir, cfg.CorpusOptions())
	if err != nil {
		return ""
	}
	f.line("articles", len(files), " ", len(outside))
	for _, file := range files {
		f.stamp("article", file, false)
		if !f.ok {
			return ""
		}
	}
	for _, p := range outside {
		f.line("outside", p.Error())
	}
	if !f.ok {
		return ""
	}
	return hex.EncodeToString(f.h.Sum(nil))
}
