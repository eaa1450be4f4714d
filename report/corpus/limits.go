package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"
)

// Limits bound what one article may be, so that a broken or hostile file
// (a 50 MB dump, a page on a single line, a front matter of a hundred
// thousand keys) cannot stall a run or exhaust its memory. An article over
// a limit is reported with its size and skipped; the others load. A zero
// field takes its default.
//
// The same table is the [limits] table of the configuration.
type Limits struct {
	// ArticleBytes is the largest article file read, in bytes.
	ArticleBytes int64 `toml:"article_bytes"`
	// LineBytes is the longest line of an article's text, in bytes.
	LineBytes int `toml:"line_bytes"`
	// FrontMatterKeys is the most keys an article's front matter may set.
	FrontMatterKeys int `toml:"front_matter_keys"`
	// PageParagraphs is the most paragraphs (<p> elements) a saved page
	// may have: the page extractor's work grows with their square.
	PageParagraphs int `toml:"page_paragraphs"`
	// OutsideLinks, when true, reads a symbolic link in the sources folder
	// that resolves to a file outside it. By default such a link is
	// reported and skipped: the sources folder is a boundary.
	OutsideLinks bool `toml:"outside_links"`
}

// The default limits. An article is a few thousand words: these are far
// above any article a person wrote, and far below what slows a run.
const (
	DefaultArticleBytes    = 4 << 20   // 4 MiB
	DefaultLineBytes       = 128 << 10 // 128 KiB
	DefaultFrontMatterKeys = 100
	DefaultPageParagraphs  = 3000
)

// maxKeyWarnings is the most unknown front matter keys reported one by
// one for an article; the rest are counted in one more line.
const maxKeyWarnings = 5

// withDefaults returns l with each zero field set to its default.
func (l Limits) withDefaults() Limits {
	if l.ArticleBytes <= 0 {
		l.ArticleBytes = DefaultArticleBytes
	}
	if l.LineBytes <= 0 {
		l.LineBytes = DefaultLineBytes
	}
	if l.FrontMatterKeys <= 0 {
		l.FrontMatterKeys = DefaultFrontMatterKeys
	}
	if l.PageParagraphs <= 0 {
		l.PageParagraphs = DefaultPageParagraphs
	}
	return l
}

// Check reports a limit that is negative, naming its configuration key.
func (l Limits) Check() error {
	switch {
	case l.ArticleBytes < 0:
		return fmt.Errorf("limits.article_bytes = %d: want a number of bytes, or 0 for the default (%d)", l.ArticleBytes, DefaultArticleBytes)
	case l.LineBytes < 0:
		return fmt.Errorf("limits.line_bytes = %d: want a number of bytes, or 0 for the default (%d)", l.LineBytes, DefaultLineBytes)
	case l.FrontMatterKeys < 0:
		return fmt.Errorf("limits.front_matter_keys = %d: want a number of keys, or 0 for the default (%d)", l.FrontMatterKeys, DefaultFrontMatterKeys)
	case l.PageParagraphs < 0:
		return fmt.Errorf("limits.page_paragraphs = %d: want a number of paragraphs, or 0 for the default (%d)", l.PageParagraphs, DefaultPageParagraphs)
	}
	return nil
}

// ReadFile reads the article at path, reading no more than the largest
// article allows: a larger file is a Problem giving its size, and is not
// read into memory.
func ReadFile(path, display string, limits Limits) ([]byte, *Problem) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &Problem{File: display, Msg: fmt.Sprintf("cannot read: %v", unwrapPath(err)), Skipped: true}
	}
	defer f.Close()
	return readLimited(f, display, limits)
}

// readLimited reads an open article as ReadFile does.
func readLimited(f *os.File, display string, limits Limits) ([]byte, *Problem) {
	limits = limits.withDefaults()
	var buf bytes.Buffer
	if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
		if info.Size() > limits.ArticleBytes {
			return nil, tooLarge(display, info.Size(), limits)
		}
		// One buffer of the file's size, rather than io.ReadAll's
		// doubling: a large article is read in one allocation.
		buf.Grow(int(info.Size()) + bytes.MinRead)
	}
	// The size may change under us, or the file may not be regular: read
	// one byte past the limit to know.
	if _, err := buf.ReadFrom(io.LimitReader(f, limits.ArticleBytes+1)); err != nil {
		return nil, &Problem{File: display, Msg: fmt.Sprintf("cannot read: %v", unwrapPath(err)), Skipped: true}
	}
	data := buf.Bytes()
	if int64(len(data)) > limits.ArticleBytes {
		return nil, tooLarge(display, int64(len(data)), limits)
	}
	return data, nil
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func tooLarge(file string, size int64, limits Limits) *Problem {
	return &Problem{File: file, Skipped: true, Msg: fmt.Sprintf(
		"%s is larger than the largest article read, %s; copy the article's own text into a .md file, or raise [limits] article_bytes in the configuration",
		byteSize(size), byteSize(limits.ArticleBytes))}
}

// longLine returns a Problem for the first line of text longer than the
// longest line allowed, or nil. firstLine is the file line text starts
// on, or 0 when its lines are not the file's (a page's extracted text).
func longLine(file, text string, firstLine int, limits Limits) *Problem {
	max := limits.withDefaults().LineBytes
	if len(text) <= max {
		return nil
	}
	line := firstLine
	for rest := text; rest != ""; line++ {
		l, tail, _ := strings.Cut(rest, "\n")
		if len(l) > max {
			if firstLine == 0 {
				line = 0
			}
			return &Problem{File: file, Line: line, Skipped: true, Msg: fmt.Sprintf(
				"a line of %s is longer than the longest line read, %s; break the text into paragraphs, or raise [limits] line_bytes in the configuration",
				byteSize(int64(len(l))), byteSize(int64(max)))}
		}
		rest = tail
	}
	return nil
}

// manyParagraphs returns a Problem when a page has more paragraphs (<p>
// start tags, counted in its bytes) than the limit, or nil.
func manyParagraphs(file string, data []byte, limits Limits) *Problem {
	max := limits.withDefaults().PageParagraphs
	n := 0
	for i := 0; i+2 < len(data); i++ {
		if data[i] != '<' || data[i+1]|0x20 != 'p' {
			continue
		}
		switch data[i+2] {
		case '>', ' ', '\t', '\n', '\r', '\f', '/':
			n++
		}
	}
	if n <= max {
		return nil
	}
	return &Problem{File: file, Skipped: true, Msg: fmt.Sprintf(
		"the page has %d paragraphs, more than the most read, %d (the page reader slows with their square); copy the article's own text into a .md file, or raise [limits] page_paragraphs in the configuration",
		n, max)}
}

// byteSize writes a size for people: "812 bytes", "40.0 KiB", "5.2 MiB".
func byteSize(n int64) string {
	switch {
	case n < 1<<10:
		return fmt.Sprintf("%d bytes", n)
	case n < 1<<20:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
}

// StripControls removes control characters from article text: NUL and
// the rest of the C0 set, DEL and the C1 set, which no article shows and
// which would reach the model, the logs and the outputs. Tab and newline
// stay; a carriage return, form feed or vertical tab, which end a line or
// a page in text from other systems (pdftotext separates pages with a form
// feed), becomes a newline.
func StripControls(s string) string {
	if !hasControls(s) {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\r' || r == '\f' || r == '\v':
			b.WriteByte('\n')
		case isControl(r):
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// isControl reports whether r is a control character StripControls
// removes or turns into a newline.
func isControl(r rune) bool {
	return (r < 0x20 && r != '\t' && r != '\n') || (r >= 0x7f && r <= 0x9f)
}

// hasControls reports whether s has anything StripControls changes.
func hasControls(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 0x20 && c != '\t' && c != '\n') || c == 0x7f {
			return true
		}
		if c == 0xc2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9f {
			return true // U+0080–U+009F
		}
	}
	return false
}

// Cap keeps, of the problems that say the same thing of different files,
// the first most, and replaces the rest with one problem counting them
// ("9980 more articles: undated: …"), placed after the last one kept: a
// run over ten thousand undated articles logs a few lines, not ten
// thousand. Problems are otherwise kept in order; most < 1 keeps all.
func Cap(problems []Problem, most int) []Problem {
	if most < 1 {
		return problems
	}
	type kind struct {
		msg     string
		skipped bool
	}
	count := map[kind]int{}
	for _, p := range problems {
		count[kind{p.Msg, p.Skipped}]++
	}
	var out []Problem
	seen := map[kind]int{}
	for _, p := range problems {
		k := kind{p.Msg, p.Skipped}
		seen[k]++
		if n := seen[k]; n <= most {
			out = append(out, p)
			if n == most && count[k] > most {
				out = append(out, Problem{File: fmt.Sprintf("%d more articles", count[k]-most), Msg: p.Msg, Skipped: p.Skipped})
			}
		}
	}
	return out
}
