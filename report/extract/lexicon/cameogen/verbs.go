package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// A verbDict is the part of a PETRARCH verb dictionary (CAMEO.2.0.txt)
// the conversion reads: its synonym sets and its verb blocks.
type verbDict struct {
	// synsets maps a set's label ("&CEASEFIRE") to its phrases, lower
	// case, words separated by spaces.
	synsets map[string][]string
	blocks  []*verbBlock
}

// A verbBlock is one "--- NAME [code] ---" block: verbs that share the
// patterns under them.
type verbBlock struct {
	name  string
	code  string // the block's code, "---" for none
	line  int
	verbs []blockVerb
	pats  []pattern
}

// A blockVerb is one verb line of a block.
type blockVerb struct {
	phrase string   // "ask for": lower case, the verb first
	key    string   // the dictionary's spelling ("ASK_FOR"), as pattern comments name it
	code   string   // its own code, or "" to take the block's
	forms  []string // irregular forms as written ("WENT", "+CALLED_ON")
	line   int
}

// A pattern is one "- pre * post [code] # comment" line.
type pattern struct {
	pre     []string
	post    []string
	code    string
	comment string
	line    int
}

// parseVerbs reads a PETRARCH verb dictionary. name is used in errors.
func parseVerbs(r io.Reader, name string) (*verbDict, error) {
	d := &verbDict{synsets: map[string][]string{}}
	var block *verbBlock
	var set string
	inVerbs := false
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		raw := sc.Text()
		line := strings.TrimSpace(raw)
		switch {
		case strings.HasPrefix(line, "####### VERB PATTERNS"):
			inVerbs = true
			continue
		case strings.HasPrefix(line, "######## TRANSFORMATIONS"):
			return d.finish(name)
		case line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "<!") || strings.HasPrefix(line, "~"):
			continue
		}
		if !inVerbs {
			switch {
			case strings.HasPrefix(line, "&"):
				set = strings.Fields(line)[0]
			case strings.HasPrefix(line, "+"):
				if set == "" {
					return nil, fmt.Errorf("%s:%d: synonym %q outside a synonym set", name, n, line)
				}
				d.synsets[set] = append(d.synsets[set], synsetPhrase(stripComment(line)[1:], set))
			default:
				return nil, fmt.Errorf("%s:%d: unexpected line before the verb patterns: %q", name, n, line)
			}
			continue
		}
		switch {
		case strings.HasPrefix(line, "---"):
			f := strings.Fields(line)
			if len(f) < 4 || !strings.HasPrefix(f[2], "[") {
				return nil, fmt.Errorf("%s:%d: block header %q: want \"--- NAME [code] ---\"", name, n, line)
			}
			block = &verbBlock{name: f[1], code: strings.Trim(f[2], "[]"), line: n}
			d.blocks = append(d.blocks, block)
		case block == nil:
			return nil, fmt.Errorf("%s:%d: %q before the first \"---\" block header", name, n, line)
		case strings.HasPrefix(line, "-"):
			p, err := parsePattern(line[1:], n)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %w", name, n, err)
			}
			block.pats = append(block.pats, p)
		default:
			v, ok := parseVerbLine(line, n)
			if ok {
				block.verbs = append(block.verbs, v)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return d.finish(name)
}

func (d *verbDict) finish(name string) (*verbDict, error) {
	if len(d.blocks) == 0 {
		return nil, fmt.Errorf("%s: no verb blocks (want a \"####### VERB PATTERNS\" line and \"--- NAME [code] ---\" blocks)", name)
	}
	return d, nil
}

func stripComment(s string) string {
	if i := strings.Index(s, "#"); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}

// synsetPhrase turns a synonym ("KRONE_", "CASH_", "ARMED_FORCES") into
// a phrase: underscores are spaces, a trailing one (no plural) goes.
func synsetPhrase(s, set string) string {
	s = strings.TrimSuffix(strings.TrimSpace(s), "_")
	return strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(s, "_", " ")), " "))
}

// parseVerbLine reads "VERB", "VERB {FORMS}", "+ASK_FOR {…} [020]",
// "WIRE_+TAP". It reports false for a verb whose verb word is not first
// (the cue must start with the verb).
func parseVerbLine(line string, n int) (blockVerb, bool) {
	s := stripComment(line)
	code := ""
	if i := strings.LastIndex(s, "["); i >= 0 && strings.HasSuffix(s, "]") {
		code = s[i+1 : len(s)-1]
		s = strings.TrimSpace(s[:i])
	}
	var forms []string
	if i := strings.Index(s, "{"); i >= 0 {
		forms = strings.Fields(strings.Trim(s[i:], "{} "))
		s = strings.TrimSpace(s[:i])
	}
	f := strings.Fields(s)
	if len(f) == 0 {
		return blockVerb{}, false
	}
	key := f[0]
	if strings.Contains(key[1:], "+") {
		return blockVerb{}, false
	}
	key = strings.TrimPrefix(key, "+")
	phrase := strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(key, "_", " ")), " "))
	return blockVerb{phrase: phrase, key: key, code: code, forms: forms, line: n}, phrase != ""
}

// parsePattern reads the part of a pattern line after its "-".
func parsePattern(s string, n int) (pattern, error) {
	p := pattern{line: n}
	if i := strings.Index(s, "#"); i >= 0 {
		p.comment = strings.TrimSpace(s[i+1:])
		s = s[:i]
	}
	s = strings.TrimSpace(s)
	i := strings.LastIndex(s, "[")
	if i < 0 || !strings.HasSuffix(s, "]") {
		return p, fmt.Errorf("pattern %q: no [code] at its end", s)
	}
	p.code = s[i+1 : len(s)-1]
	s = s[:i]
	star := strings.Index(s, "*")
	if star < 0 {
		return p, fmt.Errorf("pattern %q: no * for the verb", s)
	}
	p.pre = strings.Fields(s[:star])
	p.post = strings.Fields(s[star+1:])
	return p, nil
}
