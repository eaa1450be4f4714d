package report

import (
	"bytes"
	"cmp"
	"encoding/json"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// This file finds where in a JSON document a path such as
// "figures[12].low" is, and which path a byte offset falls in, so that
// Validate's messages point at the line an analyst must fix. The walk is
// slow next to decoding and runs only when there are problems to report.

// lineCol returns the 1-based line and byte column of offset in data.
func lineCol(data []byte, offset int64) (line, col int) {
	offset = min(max(offset, 0), int64(len(data)))
	before := data[:offset]
	line = bytes.Count(before, []byte{'\n'}) + 1
	col = int(offset) - bytes.LastIndexByte(before, '\n')
	return line, col
}

// walkValues calls visit with the path, start and end offset of every value
// of data, in document order, until visit returns false. A container's end
// is just after its opening bracket, as the decoder's errors count it.
func walkValues(data []byte, visit func(path []byte, start, end int64) bool) {
	type frame struct {
		array     bool
		index     int
		base      int  // length of the container's own path
		expectKey bool // objects: the next token is a key or '}'
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber() // a number out of float64's range is still a token
	var stack []frame
	var path []byte
	for {
		before := dec.InputOffset()
		tok, err := dec.Token()
		if err != nil {
			return
		}
		delim, isDelim := tok.(json.Delim)
		if n := len(stack); n > 0 {
			top := &stack[n-1]
			if isDelim && (delim == '}' || delim == ']') {
				stack = stack[:n-1]
				continue
			}
			if top.array {
				path = append(path[:top.base], '[')
				path = strconv.AppendInt(path, int64(top.index), 10)
				path = append(path, ']')
				top.index++
			} else if top.expectKey {
				path = path[:top.base]
				if top.base > 0 {
					path = append(path, '.')
				}
				path = append(path, tok.(string)...)
				top.expectKey = false
				continue
			} else {
				top.expectKey = true
			}
		}
		if !visit(path, valueStart(data, before), dec.InputOffset()) {
			return
		}
		if isDelim {
			stack = append(stack, frame{array: delim == '[', base: len(path), expectKey: delim == '{'})
		}
	}
}

// valueStart skips the spaces and separators before a value.
func valueStart(data []byte, offset int64) int64 {
	for offset < int64(len(data)) {
		switch data[offset] {
		case ' ', '\t', '\r', '\n', ',', ':':
			offset++
			continue
		}
		break
	}
	return offset
}

// pathAt returns the path and start of the value that ends at offset, as
// a json.UnmarshalTypeError reports it.
func pathAt(data []byte, offset int64) (path string, start int64, ok bool) {
	walkValues(data, func(p []byte, s, e int64) bool {
		if e == offset {
			path, start, ok = string(p), s, true
			return false
		}
		return e < offset
	})
	return path, start, ok
}

// locate sets the line and column of each problem — the position of its
// path, or of the nearest enclosing value present in the document (a
// missing field points at its object) — and puts them in document order.
func locate(data []byte, problems []Problem) {
	want := map[string]int64{}
	for _, p := range problems {
		for path := p.Path; path != ""; path = parentPath(path) {
			want[path] = -1
		}
	}
	missing := len(want)
	walkValues(data, func(p []byte, start, _ int64) bool {
		if off, ok := want[string(p)]; ok && off < 0 {
			want[string(p)] = start
			missing--
		}
		return missing > 0
	})
	for i := range problems {
		for path := problems[i].Path; path != ""; path = parentPath(path) {
			if off := want[path]; off >= 0 {
				problems[i].Line, problems[i].Column = lineCol(data, off)
				break
			}
		}
	}
	slices.SortStableFunc(problems, func(a, b Problem) int {
		return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column))
	})
}

// parentPath returns the path of the value that holds path's value.
func parentPath(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		if path[i] == '.' || path[i] == '[' {
			return path[:i]
		}
	}
	return ""
}

// typeName says what JSON the decoder wanted.
func typeName(te *json.UnmarshalTypeError) string {
	t := te.Type
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nil {
		return "another type"
	}
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Float32, reflect.Float64, reflect.Int, reflect.Int64:
		return "a number"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.Struct, reflect.Map:
		return "an object"
	}
	return t.String()
}

// valueName says what JSON the decoder found, as UnmarshalTypeError.Value
// gives it ("string", "number 1e400", …).
func valueName(v string) string {
	switch v {
	case "string", "number", "object", "array":
		article := "a "
		if v == "object" || v == "array" {
			article = "an "
		}
		return article + v
	case "bool":
		return "true or false"
	}
	if rest, ok := strings.CutPrefix(v, "number "); ok {
		return "number " + rest + ", which is out of range"
	}
	return v
}
