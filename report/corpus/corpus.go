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
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

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

func (p Problem) Error() string {
	where := p.File
	if p.Line > 0 {
		where = fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	if p.Skipped {
		return fmt.Sprintf("%s: %s; article skipped", where, p.Msg)
	}
	return fmt.Sprintf("%s: %s", where, p.Msg)
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
	// RelativeTo, when set, makes each Source.Path relative to this folder.
	RelativeTo string
}

// Files lists the files in dir that Parse reads or reports, sorted by
// name: every regular file. Hidden files and sub-folders are ignored; a
// symbolic link counts as the file it points to, and a broken one is
// listed so that reading it reports the problem.
func Files(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, fmt.Errorf("sources folder %s: %w", dir, err)
	}
	var out []string
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~") || !isArticleFile(dir, e) {
			continue
		}
		out = append(out, filepath.Join(dir, name))
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
// the problems found; an error only when the folder itself is unusable.
func Load(dir string, opts Options) ([]report.Source, []Problem, error) {
	files, err := Files(dir)
	if err != nil {
		return nil, nil, err
	}
	cleaner, err := NewCleaner(opts.DropLines)
	if err != nil {
		return nil, nil, err
	}
	var (
		sources  []report.Source
		problems []Problem
		seen     = map[string]string{} // hash → first path
	)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			problems = append(problems, Problem{File: f, Msg: fmt.Sprintf("cannot read: %v", err), Skipped: true})
			continue
		}
		src, probs := Parse(DisplayPath(f, opts.RelativeTo), data, cleaner)
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
func Parse(path string, data []byte, cleaner *Cleaner) (*report.Source, []Problem) {
	ext := strings.ToLower(filepath.Ext(path))
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
	text = strings.TrimPrefix(text, "\ufeff")
	fm, body, bodyLine, probs := splitFrontMatter(path, text)
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
		src.Title, src.Text = titleFromBody(src.Text)
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
