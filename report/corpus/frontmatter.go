package corpus

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"go.yaml.in/yaml/v3"

	"brief/report"
)

// frontMatter is an article's metadata as written between "+++" lines
// (TOML, as in Hugo) or "---" lines (YAML, as in Jekyll, Hugo and pandoc).
type frontMatter struct {
	Title       string `toml:"title"`
	Outlet      string `toml:"outlet"`
	Published   any    `toml:"published"` // a TOML date or a "YYYY[-MM[-DD]]" string
	Date        any    `toml:"date"`      // Hugo's and Jekyll's name for published
	URL         string `toml:"url"`
	Reliability string `toml:"reliability"`
	Notes       string `toml:"notes"`
	// Fetched is when brief fetch downloaded the article; kept in the
	// file for the reader, not used.
	Fetched any `toml:"fetched"`

	text      string // the TOML text, for finding a key's line
	startLine int    // the line the front matter's text starts on, for messages
	// lines holds the line of each key when the form records them (YAML).
	lines map[string]int
}

// knownKeys lists the front matter keys, for messages.
const knownKeys = "title, outlet, published (or date), url, reliability, notes, fetched"

const (
	tomlFence = "+++"
	yamlFence = "---"
)

// splitFrontMatter separates the front matter from the body. With no
// front matter it returns an empty one and the whole text. bodyLine is the
// body's first line number. A broken front matter returns nil and a problem.
func splitFrontMatter(path, text string, limits Limits) (fm *frontMatter, body string, bodyLine int, probs []Problem) {
	for _, fence := range []string{tomlFence, yamlFence} {
		if strings.TrimSpace(text) == fence {
			return nil, "", 0, []Problem{{File: path, Line: 1, Msg: fmt.Sprintf("front matter opened with %q is never closed and the article has no text", fence), Skipped: true}}
		}
		if strings.HasPrefix(text, fence+"\n") {
			return splitFenced(path, text, fence, limits)
		}
	}
	return &frontMatter{}, text, 1, nil
}

// splitFenced reads a front matter that opens with fence on the first line.
func splitFenced(path, text, fence string, limits Limits) (fm *frontMatter, body string, bodyLine int, probs []Problem) {
	rest := text[len(fence)+1:]
	if strings.HasPrefix(rest, fence) {
		// An empty front matter: "+++\n+++".
		return &frontMatter{}, strings.TrimPrefix(rest[len(fence):], "\n"), 3, nil
	}
	end, closeLen := closingFence(rest, fence)
	if end < 0 {
		return nil, "", 0, []Problem{{File: path, Line: 1, Msg: fmt.Sprintf("front matter opened with %q is never closed; add a %q line after it", fence, fence), Skipped: true}}
	}
	fmText := rest[:end+1]
	after := rest[end+1+closeLen:]
	after = strings.TrimPrefix(strings.TrimLeft(after, " \t"), "\n")
	bodyLine = 3 + strings.Count(fmText, "\n")
	if fence == yamlFence {
		if !looksLikeYAMLMapping(fmText) {
			// A Markdown rule ("---") that opens a text, not a front matter.
			return &frontMatter{}, text, 1, nil
		}
		fm, probs = decodeYAML(path, fmText, limits)
	} else {
		fm, probs = decodeTOML(path, fmText, limits)
	}
	if fm == nil {
		return nil, "", 0, probs
	}
	return fm, after, bodyLine, probs
}

// closingFence finds the line that closes a front matter in rest: the
// fence itself, or for YAML also "..." (the end of a YAML document). It
// returns the index of the newline before it and the closing line's
// length, or -1.
func closingFence(rest, fence string) (int, int) {
	closers := []string{fence}
	if fence == yamlFence {
		closers = append(closers, "...")
	}
	best, bestLen := -1, 0
	for _, c := range closers {
		for from := 0; ; {
			i := strings.Index(rest[from:], "\n"+c)
			if i < 0 {
				break
			}
			i += from
			tail := rest[i+1+len(c):]
			if tail == "" || tail[0] == '\n' || strings.TrimLeft(tail, " \t") == "" || strings.HasPrefix(strings.TrimLeft(tail, " \t"), "\n") {
				if best < 0 || i < best {
					best, bestLen = i, len(c)
				}
				break
			}
			from = i + 1
		}
	}
	return best, bestLen
}

// yamlKeyPattern matches a line that sets a key: "title: …", "date:".
var yamlKeyPattern = regexp.MustCompile(`^[A-Za-z_][\w.-]*\s*:(\s|$)`)

// looksLikeYAMLMapping reports whether the text between "---" lines
// starts, after comments and blank lines, with a "key:" line.
func looksLikeYAMLMapping(text string) bool {
	for _, line := range strings.Split(text, "\n") {
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		return yamlKeyPattern.MatchString(t)
	}
	return true // only comments: an empty front matter
}

// decodeTOML decodes a "+++" front matter.
func decodeTOML(path, tomlText string, limits Limits) (*frontMatter, []Problem) {
	fm := &frontMatter{text: tomlText, startLine: 2}
	if d := TOMLDepth(tomlText); d > MaxTOMLDepth {
		return nil, []Problem{{File: path, Line: 1, Skipped: true, Msg: fmt.Sprintf(
			"the front matter nests %d levels of brackets or braces deep, more than the %d read; write its keys as plain \"key = value\" lines", d, MaxTOMLDepth)}}
	}
	md, err := toml.Decode(tomlText, fm)
	if err != nil {
		line, msg := tomlProblem(err)
		return nil, []Problem{{File: path, Line: fm.startLine + line - 1, Msg: "front matter: " + msg, Skipped: true}}
	}
	if n := len(md.Keys()); n > limits.withDefaults().FrontMatterKeys {
		return nil, []Problem{tooManyKeys(path, n, limits)}
	}
	var unknown []Problem
	for _, k := range md.Undecoded() {
		unknown = append(unknown, Problem{File: path, Line: fm.line(k.String()),
			Msg: fmt.Sprintf("unknown front matter key %q ignored; known keys: %s", k.String(), knownKeys)})
	}
	return fm, capUnknown(path, unknown)
}

func tooManyKeys(path string, n int, limits Limits) Problem {
	return Problem{File: path, Line: 1, Skipped: true, Msg: fmt.Sprintf(
		"the front matter sets %d keys, more than the most read, %d; keep the keys brief reads (%s), or raise [limits] front_matter_keys in the configuration",
		n, limits.withDefaults().FrontMatterKeys, knownKeys)}
}

// capUnknown keeps the first few unknown key warnings and counts the
// rest in one more, so that a front matter of many keys is a few lines.
func capUnknown(path string, unknown []Problem) []Problem {
	if len(unknown) <= maxKeyWarnings {
		return unknown
	}
	rest := len(unknown) - maxKeyWarnings
	return append(unknown[:maxKeyWarnings:maxKeyWarnings], Problem{File: path,
		Msg: fmt.Sprintf("%d more unknown front matter keys ignored", rest)})
}

// yamlLinePattern finds the line number in a YAML error message.
var yamlLinePattern = regexp.MustCompile(`line (\d+): `)

// decodeYAML decodes a "---" front matter. Keys are matched as in TOML;
// a value that is not a single value (a list, a mapping) under a known key
// is a warning and the key is ignored.
func decodeYAML(path, yamlText string, limits Limits) (*frontMatter, []Problem) {
	fm := &frontMatter{startLine: 2, lines: map[string]int{}}
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(yamlText), &doc); err != nil {
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		line := 1
		if m := yamlLinePattern.FindStringSubmatchIndex(msg); m != nil {
			line, _ = strconv.Atoi(msg[m[2]:m[3]])
			msg = msg[:m[0]] + msg[m[1]:]
		}
		return nil, []Problem{{File: path, Line: fm.startLine + line - 1, Msg: "front matter (YAML): " + msg, Skipped: true}}
	}
	if len(doc.Content) == 0 {
		return fm, nil // only comments
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, []Problem{{File: path, Line: fm.startLine + root.Line - 1,
			Msg: `front matter (YAML): want "key: value" lines, such as title: "…"`, Skipped: true}}
	}
	if n := len(root.Content) / 2; n > limits.withDefaults().FrontMatterKeys {
		return nil, []Problem{tooManyKeys(path, n, limits)}
	}
	var probs, unknown []Problem
	for i := 0; i+1 < len(root.Content); i += 2 {
		key, val := root.Content[i], root.Content[i+1]
		line := fm.startLine + key.Line - 1
		target := fm.stringField(key.Value)
		if target == nil {
			unknown = append(unknown, Problem{File: path, Line: line,
				Msg: fmt.Sprintf("unknown front matter key %q ignored; known keys: %s", key.Value, knownKeys)})
			continue
		}
		fm.lines[key.Value] = line
		if val.Kind != yaml.ScalarNode {
			probs = append(probs, Problem{File: path, Line: line,
				Msg: fmt.Sprintf("front matter key %q: want a single value, not a list or a mapping; ignored", key.Value)})
			continue
		}
		if val.Tag == "!!null" {
			continue
		}
		*target = val.Value
	}
	return fm, append(probs, capUnknown(path, unknown)...)
}

// stringField returns where a YAML key's value goes, or nil for an
// unknown key. The date keys are kept as strings.
func (fm *frontMatter) stringField(key string) *string {
	switch key {
	case "title":
		return &fm.Title
	case "outlet":
		return &fm.Outlet
	case "url":
		return &fm.URL
	case "reliability":
		return &fm.Reliability
	case "notes":
		return &fm.Notes
	case "fetched":
		return new(string)
	case "published", "date":
		s := new(string)
		// The pointer is read back in apply through Published/Date.
		if key == "published" {
			fm.Published = s
		} else {
			fm.Date = s
		}
		return s
	}
	return nil
}

// tomlProblem returns the line (from 1) and message of a TOML error.
func tomlProblem(err error) (int, string) {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		return max(pe.Position.Line, 1), strings.TrimPrefix(pe.Message, "toml: ")
	}
	msg := strings.TrimPrefix(err.Error(), "toml: ")
	line := 1
	if _, err := fmt.Sscanf(msg, "line %d", &line); err == nil {
		if i := strings.Index(msg, ": "); i >= 0 {
			msg = msg[i+2:]
		}
	}
	return line, msg
}

// keyLines indexes a TOML text by the keys set on its lines and the
// tables opened: "title" for `title = "…"`, "a.b" for "[a.b]" and
// `a.b = 1`, with its first part "a" as well. Lines count from 1. One pass
// over the text, so that finding the line of each of many keys stays
// linear.
func keyLines(text string) map[string]int {
	lines := map[string]int{}
	add := func(key string, n int) {
		key = strings.Trim(strings.TrimSpace(key), `"'`)
		if _, ok := lines[key]; !ok && key != "" {
			lines[key] = n
		}
		if first, _, dotted := strings.Cut(key, "."); dotted {
			if _, ok := lines[first]; !ok {
				lines[first] = n
			}
		}
	}
	for n := 1; text != ""; n++ {
		var l string
		l, text, _ = strings.Cut(text, "\n")
		t := strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(t, "["):
			add(strings.Trim(t, "[] "), n)
		case strings.Contains(t, "="):
			key, _, _ := strings.Cut(t, "=")
			add(key, n)
		}
	}
	return lines
}

// apply copies the front matter into the source and checks its values.
func (fm *frontMatter) apply(path string, src *report.Source) []Problem {
	if fm == nil {
		return nil
	}
	var probs []Problem
	// A TOML or YAML string may write a control character as an escape
	// ("\u0000"), which the file's bytes do not show: remove it here too.
	src.Title = oneLine(fm.Title)
	src.Outlet = oneLine(fm.Outlet)
	src.URL = oneLine(fm.URL)
	src.Notes = strings.TrimSpace(StripControls(fm.Notes))
	published, key := fm.Published, "published"
	if published == nil {
		published, key = fm.Date, "date"
	}
	if p, ok := published.(*string); ok {
		published = *p
	}
	if published != nil && published != "" {
		d, err := publishedDate(published)
		if err != nil {
			probs = append(probs, Problem{File: path, Line: fm.line(key), Msg: key + ": " + err.Error() + "; the article is treated as undated"})
		} else {
			src.Published = d.String()
		}
	}
	if r := strings.ToUpper(strings.TrimSpace(fm.Reliability)); r != "" {
		if len(r) != 1 || r[0] < 'A' || r[0] > 'F' {
			probs = append(probs, Problem{File: path, Line: fm.line("reliability"),
				Msg: fmt.Sprintf("reliability %q: want an Admiralty source grade A to F; ignored", fm.Reliability)})
		} else {
			src.Reliability = r
		}
	}
	return probs
}

// line returns the file line a front matter key is set on: the line of
// its table when the key itself cannot be found, the first line of the
// front matter when neither can.
func (fm *frontMatter) line(key string) int {
	if l, ok := fm.lines[key]; ok {
		return l
	}
	if fm.text == "" {
		return 0
	}
	if fm.lines == nil {
		fm.lines = map[string]int{}
		for k, n := range keyLines(fm.text) {
			fm.lines[k] = fm.startLine + n - 1
		}
	}
	if l, ok := fm.lines[key]; ok {
		return l
	}
	first, _, _ := strings.Cut(key, ".")
	if l, ok := fm.lines[first]; ok {
		return l
	}
	return fm.startLine
}

// timestampLayouts are the date-times a published string may be written
// in; only the date (as written, in the article's own zone) is kept.
var timestampLayouts = []string{
	time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05 -07:00", "2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02T15:04",
}

// publishedDate reads the published key: a TOML date or date-time, or a
// string YYYY, YYYY-MM or YYYY-MM-DD, or a date-time string.
func publishedDate(v any) (report.Date, error) {
	switch p := v.(type) {
	case time.Time:
		return report.DateOf(p), nil
	case string:
		s := strings.TrimSpace(p)
		for _, layout := range timestampLayouts {
			if t, err := time.Parse(layout, s); err == nil {
				return report.DateOf(t), nil
			}
		}
		d, err := report.ParseDate(s)
		if err != nil {
			return report.Date{}, err
		}
		return d, nil
	case int64:
		return report.ParseDate(fmt.Sprint(p))
	}
	return report.Date{}, fmt.Errorf("want a date such as 2023-06-06 or \"2023-06\", not %v", v)
}

// oneLine returns s without control characters, on one line, its spaces
// collapsed.
func oneLine(s string) string {
	return strings.Join(strings.Fields(StripControls(s)), " ")
}
