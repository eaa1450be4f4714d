// Package corpus loads a folder of articles: UTF-8 text or Markdown files
// with an optional front matter, TOML between "+++" lines (as in Hugo) or
// YAML between "---" lines (as in Jekyll and pandoc), and saved web pages
// (.html, .htm), whose main text and metadata are extracted.
//
// A file the package cannot read as an article (a PDF, a word-processor
// document, an image) is reported with what to do, never silently passed
// over; a file of any other kind is reported as a warning.
//
// A bad article is reported as a Problem and skipped; it never stops the
// others from loading. Scraped page furniture (breadcrumbs, share buttons,
// cookie and registration notices) is removed from the body by general
// rules and a configurable list, never a sentence of the article.
package corpus

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"brief/internal/escape"
	"brief/report"
)

// Problem is something wrong with one article. A Skipped article was not
// loaded; otherwise the problem is a warning.
type Problem struct {
	File    string
	Line    int // 0 when not tied to a line
	Msg     string
	Skipped bool
}

// Error writes the problem on one line. A control character in the file
// name or the message (a name with a newline or an escape sequence in it)
// is written as an escape, so the line can neither be split into forged
// lines nor act on a terminal.
func (p Problem) Error() string {
	where := p.File
	if p.Line > 0 {
		where = fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	if p.Skipped {
		return escape.Visible(fmt.Sprintf("%s: %s; article skipped", where, p.Msg))
	}
	return escape.Visible(fmt.Sprintf("%s: %s", where, p.Msg))
}

// Extensions lists the file name endings read as articles.
var Extensions = []string{".md", ".markdown", ".txt", ".html", ".htm"}

// htmlExtensions are the endings of saved web pages.
var htmlExtensions = []string{".html", ".htm"}

// unreadable names the kinds of file that are articles the package cannot
// read, by file name ending, with what to do about each.
var unreadable = map[string]string{
	".pdf":        "a PDF cannot be read; copy its text into a .md or .txt file (pdftotext FILE.pdf), or save the article's web page as .html",
	".doc":        "a Word document cannot be read; save it as plain text (.txt) or copy the article into a .md file",
	".docx":       "a Word document cannot be read; save it as plain text (.txt) or copy the article into a .md file",
	".odt":        "an OpenDocument text cannot be read; save it as plain text (.txt) or copy the article into a .md file",
	".rtf":        "an RTF document cannot be read; save it as plain text (.txt) or copy the article into a .md file",
	".pages":      "a Pages document cannot be read; export it as plain text (.txt)",
	".epub":       "an e-book cannot be read; copy the article into a .md file",
	".mht":        "a web archive cannot be read; save the page as \"Web Page, HTML only\" (.html)",
	".mhtml":      "a web archive cannot be read; save the page as \"Web Page, HTML only\" (.html)",
	".webarchive": "a Safari web archive cannot be read; save the page as \"Page Source\" (.html)",
	".png":        "an image cannot be read; copy the article's text into a .md or .txt file",
	".jpg":        "an image cannot be read; copy the article's text into a .md or .txt file",
	".jpeg":       "an image cannot be read; copy the article's text into a .md or .txt file",
	".gif":        "an image cannot be read; copy the article's text into a .md or .txt file",
	".webp":       "an image cannot be read; copy the article's text into a .md or .txt file",
	".heic":       "an image cannot be read; copy the article's text into a .md or .txt file",
	".tif":        "an image cannot be read; copy the article's text into a .md or .txt file",
	".tiff":       "an image cannot be read; copy the article's text into a .md or .txt file",
}

// Options tune loading.
type Options struct {
	// DropLines are extra furniture patterns (regular expressions matched
	// case-insensitively against a whole trimmed line).
	DropLines []string
	// Phrases are additions to the shipped furniture phrases.
	Phrases Phrases
	// RelativeTo, when set, makes each Source.Path relative to this folder.
	RelativeTo string
	// Limits bound each article; the zero value takes the defaults.
	Limits Limits
}

// Cleaner returns the cleaner that Parse uses with these options: the
// furniture patterns and the limits each article is held to.
func (o Options) Cleaner() (*Cleaner, error) {
	if err := o.Limits.Check(); err != nil {
		return nil, err
	}
	for _, p := range o.DropLines {
		// Alone, so that "a)|(b" cannot break out of the whole-line match.
		if _, err := regexp.Compile(p); err != nil {
			return nil, fmt.Errorf("cleaning.drop_lines: pattern %q: %v", p, err)
		}
	}
	c, err := NewCleanerWith(o.DropLines, o.Phrases)
	if err != nil {
		return nil, err
	}
	cleanerLimits.Store(c, o.Limits.withDefaults())
	return c, nil
}

// cleanerLimits holds the limits of each Cleaner made by Options.Cleaner,
// for Parse; a Cleaner made by NewCleaner has the defaults. (The limits
// belong in the Cleaner itself; they live beside it only while clean.go is
// being changed on another branch.)
var cleanerLimits sync.Map // *Cleaner → Limits

// limitsOf returns the limits Parse holds an article to with c.
func limitsOf(c *Cleaner) Limits {
	if l, ok := cleanerLimits.Load(c); ok {
		return l.(Limits)
	}
	return Limits{}.withDefaults()
}

// Files lists the files in dir that Parse reads or reports, sorted by
// name: every regular file. Hidden files and sub-folders are ignored; a
// symbolic link counts as the file it points to, and a broken one is
// listed so that reading it reports the problem. A link that resolves
// outside dir is left out: List reports it, and can allow it.
func Files(dir string) ([]string, error) {
	names, err := entries(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range names {
		path := filepath.Join(dir, e.Name())
		if e.Type()&os.ModeSymlink != 0 && !insideLink(dir, path) {
			continue
		}
		out = append(out, path)
	}
	return out, nil
}

// entries returns the folder entries of dir that are articles or links to
// them, sorted by name.
func entries(dir string) ([]os.DirEntry, error) {
	all, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("sources folder %s: %w", dir, unwrapPath(err))
	}
	var out []os.DirEntry
	for _, e := range all {
		name := e.Name()
		if strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~") || !isArticleFile(dir, e) {
			continue
		}
		out = append(out, e)
	}
	return out, nil
}

// isArticleFile reports whether a folder entry is a regular file, or a
// link to one (or a broken link, which reading will report).
func isArticleFile(dir string, e os.DirEntry) bool {
	switch {
	case e.Type().IsRegular():
		return true
	case e.Type()&os.ModeSymlink != 0:
		info, err := os.Stat(filepath.Join(dir, e.Name()))
		return err != nil || info.Mode().IsRegular()
	}
	return false
}

// Load reads every article in dir. It returns the articles that loaded and
// the problems found; an error only when the folder itself is unusable or
// the options are wrong.
func Load(dir string, opts Options) ([]report.Source, []Problem, error) {
	files, problems, err := List(dir, opts)
	if err != nil {
		return nil, nil, err
	}
	cleaner, err := opts.Cleaner()
	if err != nil {
		return nil, nil, err
	}
	var root *os.Root
	if !opts.Limits.OutsideLinks {
		if root, err = os.OpenRoot(dir); err != nil {
			return nil, nil, fmt.Errorf("sources folder %s: %w", dir, unwrapPath(err))
		}
		defer root.Close()
	}
	var (
		sources []report.Source
		seen    = map[string]string{} // hash → first path
	)
	for _, f := range files {
		display := DisplayPath(f, opts.RelativeTo)
		data, prob := readArticle(root, dir, f, display, opts.Limits)
		if prob != nil {
			problems = append(problems, *prob)
			continue
		}
		src, probs := Parse(display, data, cleaner)
		problems = append(problems, probs...)
		if src == nil {
			continue
		}
		if first, dup := seen[src.Hash]; dup {
			problems = append(problems, Duplicate(src.Path, first))
			continue
		}
		seen[src.Hash] = src.Path
		sources = append(sources, *src)
	}
	return sources, problems, nil
}

// readArticle reads the article at path in the sources folder dir:
// through root when it is not nil, so that it cannot lead out of the
// folder.
func readArticle(root *os.Root, dir, path, display string, limits Limits) ([]byte, *Problem) {
	if root == nil {
		return ReadFile(path, display, limits)
	}
	f, err := openInside(root, dir, path)
	if err != nil {
		return nil, &Problem{File: display, Msg: fmt.Sprintf("cannot read: %v", unwrapPath(err)), Skipped: true}
	}
	defer f.Close()
	return readLimited(f, display, limits)
}

// Duplicate is the problem of an article whose bytes are those of an
// earlier one, at first: it is skipped, so its facts are not counted twice.
func Duplicate(path, first string) Problem {
	return Problem{File: path, Msg: "same content as " + first + "; remove one copy", Skipped: true}
}

// DisplayPath returns path relative to base when it lies under it, with
// forward slashes, as sources are named in the model; else path itself.
func DisplayPath(path, base string) string {
	if base == "" {
		return path
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return path
	}
	rel, err := filepath.Rel(base, abs)
	if err != nil || strings.HasPrefix(rel, "..") {
		return path
	}
	return filepath.ToSlash(rel)
}

// Parse reads one article's bytes, in the form its file name ending
// says. It returns nil and the reasons when the article cannot be used.
// The cleaner's limits (see Options.Cleaner) bound the article.
func Parse(path string, data []byte, cleaner *Cleaner) (*report.Source, []Problem) {
	ext := strings.ToLower(filepath.Ext(path))
	limits := limitsOf(cleaner)
	if int64(len(data)) > limits.ArticleBytes {
		return nil, []Problem{*tooLarge(path, int64(len(data)), limits)}
	}
	switch {
	case slices.Contains(htmlExtensions, ext):
		return parseHTML(path, data, cleaner)
	case unreadable[ext] != "":
		return nil, []Problem{{File: path, Msg: unreadable[ext], Skipped: true}}
	case !slices.Contains(Extensions, ext):
		return nil, []Problem{{File: path, Msg: fmt.Sprintf("not an article file (%s); only %s are read, so it is ignored", kindOf(ext), strings.Join(Extensions, ", "))}}
	}
	return parseText(path, data, cleaner)
}

func kindOf(ext string) string {
	if ext == "" {
		return "no file name ending"
	}
	return ext
}

// parseText reads a text or Markdown article with its front matter.
func parseText(path string, data []byte, cleaner *Cleaner) (*report.Source, []Problem) {
	sum := sha256.Sum256(data)
	hash := hex.EncodeToString(sum[:])
	if !utf8.Valid(data) {
		line := 1 + bytes.Count(data[:firstInvalid(data)], []byte("\n"))
		return nil, []Problem{{File: path, Line: line, Msg: "not UTF-8 text; convert it (iconv -t UTF-8)", Skipped: true}}
	}
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	text = StripControls(strings.TrimPrefix(text, "\ufeff"))
	if p := longLine(path, text, 1, limitsOf(cleaner)); p != nil {
		return nil, []Problem{*p}
	}
	fm, body, bodyLine, probs := splitFrontMatter(path, text, limitsOf(cleaner))
	if fm == nil && len(probs) > 0 {
		return nil, probs
	}
	src := &report.Source{Path: path, Hash: hash, ID: report.SourceID(hash)}
	probs = append(probs, fm.apply(path, src)...)
	src.Text = cleaner.Clean(body, src.Title)
	if strings.TrimSpace(src.Text) == "" {
		msg := "no article text after the front matter"
		if strings.TrimSpace(body) != "" {
			msg = "no article text left once page furniture (one-word lines, menus, notices) is removed"
		}
		return nil, append(probs, Problem{File: path, Line: bodyLine, Msg: msg, Skipped: true})
	}
	if src.Title == "" {
		takeTitle(src)
	}
	if src.Published == "" {
		probs = append(probs, Problem{File: path, Msg: "undated: add published = \"YYYY-MM-DD\" to the front matter so relative dates resolve"})
	}
	return src, probs
}

func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(data)
}

// takeTitle gives a source without a title the title its text starts
// with. A text that is only a headline keeps it as its text too, so the
// source is never left without text.
func takeTitle(src *report.Source) {
	title, text := titleFromBody(src.Text)
	if strings.TrimSpace(text) == "" {
		text = src.Text
	}
	src.Title, src.Text = title, text
}

// maxTitle is the longest title, in characters, taken from a body.
const maxTitle = 120

// titleFromBody takes the title of an article without one from its first
// line. A headline (a short line that is no sentence) leaves the body; a
// first paragraph stays, and the title is its start.
func titleFromBody(text string) (title, body string) {
	first, rest, _ := strings.Cut(text, "\n")
	first = strings.TrimSpace(first)
	if r := []rune(first); len(r) <= maxTitle && !endsSentence(first) {
		return first, strings.TrimSpace(rest)
	}
	if r := []rune(first); len(r) > maxTitle {
		cut := string(r[:maxTitle])
		if i := strings.LastIndex(cut, " "); i > maxTitle/2 {
			cut = cut[:i]
		}
		return cut + "…", text
	}
	return first, text
}
