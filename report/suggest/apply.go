package suggest

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"

	"brief/report/config"
)

// Apply returns a configuration's text with the accepted suggestions
// written in: each term into its issue's terms array, each alias, person
// or demonym into its actor's array (the key added after the actor's name
// when it has none), each new actor as an [[actor]] table at the end. Every
// added line carries a comment with its evidence; every other byte of the
// text is kept. The suggestions not accepted are listed at the end as
// comments. Apply fails when a table cannot be found in the plain form
// `terms = [ … ]` under its [[issue]] or [[actor]] header, or when the
// result does not decode with every addition in place.
//
// Editing the text in place, rather than decoding and encoding the
// configuration or appending thesaurus entries, keeps the user's layout
// and comments, and makes an added term an issue's own term, which the
// extractor matches in more forms than a thesaurus synonym.
func Apply(text string, res *Result) (string, error) {
	ed := newEditor(text)
	var rest []Suggestion
	for _, s := range append(slices.Clone(res.Terms), res.Actors...) {
		if !s.Accepted {
			rest = append(rest, s)
			continue
		}
		if err := ed.add(s); err != nil {
			return "", err
		}
	}
	out := ed.text()
	if len(rest) > 0 {
		var b strings.Builder
		if !strings.HasSuffix(out, "\n") {
			b.WriteByte('\n')
		}
		b.WriteString("\n# brief suggest: not accepted by default (add by hand what fits)\n")
		for _, s := range rest {
			target := s.Target
			if target == "" {
				target = "-"
			}
			fmt.Fprintf(&b, "#   %s %s -> %s (%s)\n", s.Kind, quote(s.Text), target, s.Evidence.short())
		}
		out += b.String()
	}
	if err := check(out, res); err != nil {
		return "", err
	}
	return out, nil
}

// short writes evidence as a line comment: "3 articles, e.g. a.md:12".
func (e Evidence) short() string {
	s := plural(e.Articles, "article")
	if e.File != "" {
		s += ", e.g. " + e.File
		if e.Line > 0 {
			s += ":" + strconv.Itoa(e.Line)
		}
	}
	return s
}

// quote writes a TOML basic string.
func quote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\t", `\t`)
	return `"` + r.Replace(s) + `"`
}

// editor inserts lines into a configuration's text. Insertions are kept
// by byte offset into the original text and made all at once.
type editor struct {
	src    string
	blocks []block
	ins    map[int][]string // offset → texts to insert there, in order
	tail   []string         // new [[actor]] tables
}

// block is one [[issue]] or [[actor]] table: its header's kind, its bytes
// [from, to), and its id or name.
type block struct {
	kind     string
	from, to int
	name     string
}

var (
	headerRE = regexp.MustCompile(`(?m)^[ \t]*\[\[?[ \t]*([A-Za-z0-9_.-]+)[ \t]*\]\]?[ \t]*(?:#.*)?$`)
	nameRE   = regexp.MustCompile(`(?m)^[ \t]*(id|name)[ \t]*=[ \t]*("(?:[^"\\\n]|\\.)*"|'[^'\n]*')`)
)

func newEditor(src string) *editor {
	ed := &editor{src: src, ins: map[int][]string{}}
	hs := headerRE.FindAllStringSubmatchIndex(src, -1)
	for i, h := range hs {
		end := len(src)
		if i+1 < len(hs) {
			end = hs[i+1][0]
		}
		b := block{kind: src[h[2]:h[3]], from: h[1], to: end}
		if !strings.Contains(src[h[0]:h[1]], "[[") {
			b.kind = "[" + b.kind + "]" // a plain table: never edited
		}
		ed.blocks = append(ed.blocks, b)
	}
	for i := range ed.blocks {
		b := &ed.blocks[i]
		want := map[string]string{"issue": "id", "actor": "name"}[b.kind]
		for _, m := range nameRE.FindAllStringSubmatchIndex(src[b.from:b.to], -1) {
			if src[b.from+m[2]:b.from+m[3]] == want {
				b.name = unquote(src[b.from+m[4] : b.from+m[5]])
				break
			}
		}
	}
	return ed
}

// unquote reads a TOML basic or literal string.
func unquote(s string) string {
	if strings.HasPrefix(s, "'") {
		return strings.Trim(s, "'")
	}
	var v string
	if _, err := toml.Decode("v = "+s, &struct {
		V *string `toml:"v"`
	}{&v}); err != nil {
		return strings.Trim(s, `"`)
	}
	return v
}

// add places one accepted suggestion.
func (ed *editor) add(s Suggestion) error {
	item := quote(s.Text) + ", # suggest: " + s.Evidence.short()
	if s.Kind == NewActor {
		ed.tail = append(ed.tail, fmt.Sprintf("\n[[actor]] # suggest: %s\nname = %s\n", s.Evidence.short(), quote(s.Text)))
		return nil
	}
	kind := "actor"
	if s.Kind == IssueTerm {
		kind = "issue"
	}
	field := s.Kind.field()
	for _, b := range ed.blocks {
		if b.kind != kind || b.name != s.Target {
			continue
		}
		if at, commaAt, ok := arrayEnd(ed.src[b.from:b.to], field); ok {
			at += b.from
			if len(ed.ins[at]) == 0 && commaAt >= 0 {
				ed.ins[b.from+commaAt] = append(ed.ins[b.from+commaAt], ",")
			}
			ed.ins[at] = append(ed.ins[at], "\n    "+item)
			return nil
		}
		// No such key yet: a new array after the name's line.
		m := nameRE.FindStringIndex(ed.src[b.from:b.to])
		if m == nil {
			break
		}
		at := b.from + m[1]
		if nl := strings.IndexByte(ed.src[at:b.to], '\n'); nl >= 0 {
			at += nl + 1
		} else {
			at = b.to
		}
		ed.ins[at] = append(ed.ins[at], field+" = [\n    "+item+"\n]\n")
		return nil
	}
	return fmt.Errorf("suggest: no [[%s]] table for %q with a %s array in the plain form %s = [ … ]; add %s by hand", kind, s.Target, field, field, quote(s.Text))
}

// arrayEnd finds the array of key in a table's text and returns the
// offset of its closing bracket and where a comma must go after its last
// item, -1 when none must (the array is empty or its last item has one).
func arrayEnd(tbl, key string) (at, commaAt int, ok bool) {
	re := regexp.MustCompile(`(?m)^[ \t]*` + regexp.QuoteMeta(key) + `[ \t]*=[ \t]*\[`)
	m := re.FindStringIndex(tbl)
	if m == nil {
		return 0, -1, false
	}
	last, lastAt := byte('['), -1
	for i := m[1]; i < len(tbl); i++ {
		switch c := tbl[i]; c {
		case '#':
			for i < len(tbl) && tbl[i] != '\n' {
				i++
			}
		case '"', '\'':
			j := i + 1
			for j < len(tbl) && tbl[j] != c && tbl[j] != '\n' {
				if c == '"' && tbl[j] == '\\' {
					j++
				}
				j++
			}
			i, last, lastAt = j, c, j+1
		case ']':
			if last == ',' || last == '[' {
				lastAt = -1
			}
			return i, lastAt, true
		case '[':
			return 0, -1, false // a nested array: not a list of names
		case ' ', '\t', '\n', '\r':
		default:
			last, lastAt = c, i+1
		}
	}
	return 0, -1, false
}

// text returns the source with the insertions made.
func (ed *editor) text() string {
	var offs []int
	for at := range ed.ins {
		offs = append(offs, at)
	}
	slices.Sort(offs)
	var b strings.Builder
	prev := 0
	for _, at := range offs {
		b.WriteString(ed.src[prev:at])
		for _, s := range ed.ins[at] {
			b.WriteString(s)
		}
		if s := ed.ins[at]; len(s) > 0 && !strings.HasSuffix(s[len(s)-1], "\n") {
			b.WriteByte('\n') // the bracket on a line of its own
		}
		prev = at
	}
	b.WriteString(ed.src[prev:])
	for _, t := range ed.tail {
		b.WriteString(t)
	}
	return b.String()
}

// check decodes the edited text and makes sure every accepted suggestion
// landed where it belongs.
func check(text string, res *Result) error {
	var c config.Config
	if _, err := toml.Decode(text, &c); err != nil {
		return fmt.Errorf("suggest: the configuration with the suggestions does not decode: %w", err)
	}
	for _, s := range append(slices.Clone(res.Terms), res.Actors...) {
		if !s.Accepted || landed(&c, s) {
			continue
		}
		return fmt.Errorf("suggest: %s %s did not land in %q", s.Kind, quote(s.Text), s.Target)
	}
	return nil
}

// landed reports whether a suggestion is in the decoded configuration.
func landed(c *config.Config, s Suggestion) bool {
	switch s.Kind {
	case IssueTerm:
		for _, is := range c.Issues {
			if is.ID == s.Target && slices.Contains(is.Terms, s.Text) {
				return true
			}
		}
	case NewActor:
		for _, a := range c.Actors {
			if a.Name == s.Text {
				return true
			}
		}
	default:
		for _, a := range c.Actors {
			if a.Name != s.Target {
				continue
			}
			list := map[Kind][]string{Alias: a.Aliases, Person: a.People, Demonym: a.Demonyms}[s.Kind]
			return slices.Contains(list, s.Text)
		}
	}
	return false
}
