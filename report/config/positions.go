package config

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pelletier/go-toml/v2/unstable"
)

// A position is where something is set in a configuration file. Line 0
// means unknown.
type position struct{ line, col int }

// keyPositions tells where each key of a TOML document is set, by its
// path: dotted, with the index of each array of tables ("actor[2].name",
// "output.latest", "section[0].kind"; a table header as "actor[2]" or
// "output"). The paths come from a TOML parser's syntax tree, so every
// spelling TOML allows (name="X", "name" = "X", dotted keys) is found.
type keyPositions struct {
	at   map[string]position
	bare map[string][]position // by path without indices, in document order
}

// indexKeys parses data for its keys' positions. A document that does
// not parse gives what was read before the error; the decoder reports
// the error itself.
func indexKeys(data []byte) keyPositions {
	kp := keyPositions{at: map[string]position{}, bare: map[string][]position{}}
	lines := lineStarts(data)
	pos := func(r unstable.Range) position {
		off := int(r.Offset)
		i := sort.SearchInts(lines, off+1) - 1
		return position{line: i + 1, col: utf8.RuneCount(data[lines[i]:off]) + 1}
	}
	var p unstable.Parser
	p.Reset(data)
	counts := map[string]int{} // arrays of tables: how many seen
	prefix := ""
	for p.NextExpression() {
		n := p.Expression()
		switch n.Kind {
		case unstable.Table, unstable.ArrayTable:
			parts, first := keyParts(n.Key())
			name := strings.Join(parts, ".")
			prefix = name
			if n.Kind == unstable.ArrayTable {
				prefix = name + "[" + strconv.Itoa(counts[name]) + "]"
				counts[name]++
			}
			if first != nil {
				kp.add(prefix, pos(first.Raw))
			}
		case unstable.KeyValue:
			parts, first := keyParts(n.Key())
			if first == nil {
				continue
			}
			path := strings.Join(parts, ".")
			if prefix != "" {
				path = prefix + "." + path
			}
			kp.add(path, pos(first.Raw))
		}
	}
	return kp
}

// keyParts returns a key's parts and its first node.
func keyParts(it unstable.Iterator) (parts []string, first *unstable.Node) {
	for it.Next() {
		n := it.Node()
		if first == nil {
			first = n
		}
		parts = append(parts, string(n.Data))
	}
	return parts, first
}

func (kp keyPositions) add(path string, p position) {
	if _, ok := kp.at[path]; !ok {
		kp.at[path] = p
	}
	b := withoutIndices(path)
	kp.bare[b] = append(kp.bare[b], p)
}

// of returns where path is set or, when it is not (a value left to its
// default), where the nearest table that holds it is; line 0 when none
// is.
func (kp keyPositions) of(path string) position {
	for path != "" {
		if p, ok := kp.at[path]; ok {
			return p
		}
		i := strings.LastIndexAny(path, ".[")
		if i < 0 {
			break
		}
		path = path[:i]
	}
	return position{}
}

// all returns every place a key path without indices is set, in document
// order ("actor.aliasez" in each [[actor]] that misspells it).
func (kp keyPositions) all(bare string) []position {
	return kp.bare[bare]
}

// withoutIndices drops the array indices from a path.
func withoutIndices(path string) string {
	if !strings.Contains(path, "[") {
		return path
	}
	var b strings.Builder
	skip := false
	for _, r := range path {
		switch {
		case r == '[':
			skip = true
		case r == ']':
			skip = false
		case !skip:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// lineStarts returns the offset of each line's first byte.
func lineStarts(data []byte) []int {
	starts := []int{0}
	for i, c := range data {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}
