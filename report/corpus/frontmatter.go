package corpus

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"brief/report"
)

// frontMatter is an article's metadata as written between "+++" lines.
type frontMatter struct {
	Title       string `toml:"title"`
	Outlet      string `toml:"outlet"`
	Published   any    `toml:"published"` // a TOML date or a "YYYY[-MM[-DD]]" string
	URL         string `toml:"url"`
	Reliability string `toml:"reliability"`
	Notes       string `toml:"notes"`

	text      string // the TOML text, for finding a key's line
	startLine int    // the line the TOML text starts on, for messages
}

const fence = "+++"

// splitFrontMatter separates the front matter from the body. With no
// front matter it returns an empty one and the whole text. bodyLine is the
// body's first line number. A broken front matter returns nil and a problem.
func splitFrontMatter(path, text string) (fm *frontMatter, body string, bodyLine int, probs []Problem) {
	if strings.TrimSpace(text) == fence {
		return nil, "", 0, []Problem{{File: path, Line: 1, Msg: `front matter opened with "+++" is never closed and the article has no text`, Skipped: true}}
	}
	if !strings.HasPrefix(text, fence+"\n") {
		return &frontMatter{}, text, 1, nil
	}
	rest := text[len(fence)+1:]
	end := strings.Index(rest, "\n"+fence)
	if strings.HasPrefix(rest, fence) {
		end = -1 // empty front matter: "+++\n+++"
		body, bodyLine = strings.TrimPrefix(rest[len(fence):], "\n"), 3
		return &frontMatter{}, body, bodyLine, nil
	}
	if end < 0 {
		return nil, "", 0, []Problem{{File: path, Line: 1, Msg: `front matter opened with "+++" is never closed; add a "+++" line after it`, Skipped: true}}
	}
	tomlText := rest[:end+1]
	after := rest[end+1+len(fence):]
	after = strings.TrimPrefix(strings.TrimLeft(after, " \t"), "\n")
	bodyLine = 3 + strings.Count(tomlText, "\n")
	fm = &frontMatter{text: tomlText, startLine: 2}
	md, err := toml.Decode(tomlText, fm)
	if err != nil {
		line, msg := tomlProblem(err)
		return nil, "", 0, []Problem{{File: path, Line: fm.startLine + line - 1, Msg: "front matter: " + msg, Skipped: true}}
	}
	for _, k := range md.Undecoded() {
		probs = append(probs, Problem{File: path, Line: fm.startLine + keyLine(tomlText, k.String()) - 1,
			Msg: fmt.Sprintf("unknown front matter key %q ignored; known keys: title, outlet, published, url, reliability, notes", k.String())})
	}
	return fm, after, bodyLine, probs
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

// keyLine returns the line of text where a key is set or a table of that
// name opens; 1 when it cannot be found.
func keyLine(text, key string) int {
	for i, l := range strings.Split(text, "\n") {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, key) || strings.HasPrefix(strings.TrimLeft(t, "[ "), key) {
			return i + 1
		}
	}
	return 1
}

// apply copies the front matter into the source and checks its values.
func (fm *frontMatter) apply(path string, src *report.Source) []Problem {
	if fm == nil {
		return nil
	}
	var probs []Problem
	src.Title = strings.TrimSpace(fm.Title)
	src.Outlet = strings.TrimSpace(fm.Outlet)
	src.URL = strings.TrimSpace(fm.URL)
	src.Notes = strings.TrimSpace(fm.Notes)
	if fm.Published != nil {
		d, err := publishedDate(fm.Published)
		if err != nil {
			probs = append(probs, Problem{File: path, Line: fm.line("published"), Msg: err.Error() + "; the article is treated as undated"})
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

// line returns the file line a front matter key is set on.
func (fm *frontMatter) line(key string) int {
	if fm.text == "" {
		return 0
	}
	return fm.startLine + keyLine(fm.text, key) - 1
}

// publishedDate reads the published key: a TOML date or date-time, or a
// string YYYY, YYYY-MM or YYYY-MM-DD.
func publishedDate(v any) (report.Date, error) {
	switch p := v.(type) {
	case time.Time:
		return report.DateOf(p), nil
	case string:
		d, err := report.ParseDate(strings.TrimSpace(p))
		if err != nil {
			return report.Date{}, fmt.Errorf("published: %v", err)
		}
		return d, nil
	case int64:
		return report.ParseDate(fmt.Sprint(p))
	}
	return report.Date{}, fmt.Errorf("published: want a date such as 2023-06-06 or \"2023-06\", not %v", v)
}
