package report

import (
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"
)

// This file decodes a model's JSON in one pass, for Validate. encoding/json
// reads its input twice (a whole-document syntax check, then the decode,
// both through its byte-at-a-time scanner), which was most of rendering a
// model with 100,000 citations. decodeFast gives exactly what json.Unmarshal
// gives for the inputs it knows: a well-formed document whose every key is
// a field's exact name, given once, with no null, no invalid UTF-8 and
// numbers in range. For anything else it reports false, and Validate
// decodes with encoding/json, whose errors it words and locates as ever
// (TestDecodeFastAgrees checks both on valid, broken and mutated models).

// decodeFn decodes the value at the decoder's position into v; false
// means the input is not one decodeFast knows.
type decodeFn func(d *fastDecoder, v reflect.Value) bool

type fastDecoder struct {
	data []byte
	text string // data's bytes, which the strings decoded without an escape share
	pos  int
}

var (
	briefDecoderOnce sync.Once
	briefDecoder     decodeFn // nil when Brief has a field decodeFast cannot fill
)

// decodeFast decodes data into b, which must be zero, as json.Unmarshal
// would; false when data is not an input it knows (b is then partly
// filled). The strings of b share data's memory (a copy of each was a
// tenth of rendering a large model), so data must never change after.
func decodeFast(data []byte, b *Brief) bool {
	briefDecoderOnce.Do(func() { briefDecoder = decoderFor(reflect.TypeFor[Brief]()) })
	if briefDecoder == nil {
		return false
	}
	d := &fastDecoder{data: data, text: unsafe.String(unsafe.SliceData(data), len(data))}
	d.space()
	if d.peek() != '{' || !briefDecoder(d, reflect.ValueOf(b).Elem()) {
		return false
	}
	d.space()
	return d.pos == len(d.data)
}

// decoderFor returns the decoder of a type, or nil for a type that has
// something decodeFast does not handle (an interface, an embedded struct,
// a `string` option, a custom unmarshaler …).
func decoderFor(t reflect.Type) decodeFn {
	if t.Implements(reflect.TypeFor[interface{ UnmarshalJSON([]byte) error }]()) ||
		reflect.PointerTo(t).Implements(reflect.TypeFor[interface{ UnmarshalJSON([]byte) error }]()) ||
		reflect.PointerTo(t).Implements(reflect.TypeFor[interface{ UnmarshalText([]byte) error }]()) {
		return nil
	}
	switch t.Kind() {
	case reflect.String:
		return decodeString
	case reflect.Bool:
		return decodeBool
	case reflect.Float64, reflect.Float32:
		bits := t.Bits()
		return func(d *fastDecoder, v reflect.Value) bool {
			num, ok := d.number()
			if !ok {
				return false
			}
			f, err := strconv.ParseFloat(string(num), bits)
			if err != nil {
				return false
			}
			v.SetFloat(f)
			return true
		}
	case reflect.Int, reflect.Int64, reflect.Int32:
		return func(d *fastDecoder, v reflect.Value) bool {
			num, ok := d.number()
			if !ok {
				return false
			}
			n, err := strconv.ParseInt(string(num), 10, 64)
			if err != nil || v.OverflowInt(n) {
				return false
			}
			v.SetInt(n)
			return true
		}
	case reflect.Pointer:
		elem := decoderFor(t.Elem())
		if elem == nil {
			return nil
		}
		return func(d *fastDecoder, v reflect.Value) bool {
			if c := d.peek(); c == 'n' || c == 0 { // null: encoding/json's
				return false
			}
			p := reflect.New(t.Elem())
			v.Set(p)
			return elem(d, p.Elem())
		}
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 { // []byte is base64 in JSON
			return nil
		}
		elem := decoderFor(t.Elem())
		if elem == nil {
			return nil
		}
		return sliceDecoder(t, elem)
	case reflect.Map:
		if t.Key().Kind() != reflect.String || t.Elem().Kind() != reflect.String ||
			reflect.PointerTo(t.Key()).Implements(reflect.TypeFor[interface{ UnmarshalText([]byte) error }]()) {
			return nil
		}
		return mapDecoder(t)
	case reflect.Struct:
		return structDecoder(t)
	}
	return nil
}

// structField is a field as encoding/json names it.
type structField struct {
	name  string
	index int
	dec   decodeFn
}

// structDecoder decodes an object into a struct whose fields are all
// named by their tag or Go name (no embedded struct, at most 64 fields).
func structDecoder(t reflect.Type) decodeFn {
	var fields []structField
	seen := map[string]bool{}
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Anonymous {
			return nil
		}
		if !f.IsExported() {
			continue
		}
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := cutComma(tag)
		if opts != "" && opts != "omitempty" {
			return nil
		}
		if name == "" {
			name = f.Name
		}
		if !plainName(name) || seen[name] {
			return nil
		}
		seen[name] = true
		dec := decoderFor(f.Type)
		if dec == nil {
			return nil
		}
		fields = append(fields, structField{name, i, dec})
	}
	if len(fields) > 64 {
		return nil
	}
	return func(d *fastDecoder, v reflect.Value) bool {
		if d.peek() != '{' {
			return false
		}
		d.pos++
		d.space()
		if d.peek() == '}' {
			d.pos++
			return true
		}
		var given uint64
		for {
			key, ok := d.key()
			if !ok {
				return false
			}
			i := 0
			for i < len(fields) && fields[i].name != string(key) {
				i++
			}
			if i == len(fields) {
				// encoding/json ignores an unknown key, but fills a
				// field whose name the key is in another case.
				for _, f := range fields {
					if strings.EqualFold(f.name, string(key)) {
						return false
					}
				}
				if !d.skip(0) {
					return false
				}
			} else if given&(1<<i) != 0 {
				return false // a key given twice
			} else {
				given |= 1 << i
				if !fields[i].dec(d, v.Field(fields[i].index)) {
					return false
				}
			}
			if more, ok := d.next('}'); !ok || !more {
				return ok
			}
		}
	}
}

// skip reads past a value of any kind (an unknown key's), as strictly as
// encoding/json checks it; false past a depth encoding/json may refuse.
func (d *fastDecoder) skip(depth int) bool {
	if depth > 100 {
		return false
	}
	switch c := d.peek(); {
	case c == '"':
		_, ok := d.str()
		return ok
	case c == '-' || '0' <= c && c <= '9':
		_, ok := d.number()
		return ok
	case c == '[':
		d.pos++
		d.space()
		if d.peek() == ']' {
			d.pos++
			return true
		}
		for {
			if !d.skip(depth + 1) {
				return false
			}
			if more, ok := d.next(']'); !ok || !more {
				return ok
			}
		}
	case c == '{':
		d.pos++
		d.space()
		if d.peek() == '}' {
			d.pos++
			return true
		}
		for {
			if d.peek() != '"' {
				return false
			}
			if _, ok := d.str(); !ok {
				return false
			}
			d.space()
			if d.peek() != ':' {
				return false
			}
			d.pos++
			d.space()
			if !d.skip(depth + 1) {
				return false
			}
			if more, ok := d.next('}'); !ok || !more {
				return ok
			}
		}
	}
	for _, lit := range []string{"true", "false", "null"} {
		if len(d.data)-d.pos >= len(lit) && string(d.data[d.pos:d.pos+len(lit)]) == lit {
			d.pos += len(lit)
			return true
		}
	}
	return false
}

// sliceDecoder decodes an array into a slice: [] is an empty slice, not
// nil, as encoding/json makes it.
func sliceDecoder(t reflect.Type, elem decodeFn) decodeFn {
	return func(d *fastDecoder, v reflect.Value) bool {
		if d.peek() != '[' {
			return false
		}
		d.pos++
		d.space()
		if d.peek() == ']' {
			d.pos++
			v.Set(reflect.MakeSlice(t, 0, 0))
			return true
		}
		for n := 0; ; n++ {
			if n >= v.Cap() {
				v.Grow(1)
			}
			v.SetLen(n + 1)
			if !elem(d, v.Index(n)) {
				return false
			}
			if more, ok := d.next(']'); !ok || !more {
				return ok
			}
		}
	}
}

// mapDecoder decodes an object into a map of strings by a string kind.
func mapDecoder(t reflect.Type) decodeFn {
	return func(d *fastDecoder, v reflect.Value) bool {
		if d.peek() != '{' {
			return false
		}
		d.pos++
		m := reflect.MakeMap(t)
		v.Set(m)
		d.space()
		if d.peek() == '}' {
			d.pos++
			return true
		}
		for {
			key, ok := d.key()
			if !ok {
				return false
			}
			if d.peek() != '"' {
				return false
			}
			s, ok := d.str()
			if !ok {
				return false
			}
			k := reflect.New(t.Key()).Elem()
			k.SetString(string(key))
			e := reflect.New(t.Elem()).Elem()
			e.SetString(s)
			m.SetMapIndex(k, e) // a key given twice: the last wins, as in encoding/json
			if more, ok := d.next('}'); !ok || !more {
				return ok
			}
		}
	}
}

func decodeString(d *fastDecoder, v reflect.Value) bool {
	if d.peek() != '"' {
		return false
	}
	s, ok := d.str()
	if ok {
		v.SetString(s)
	}
	return ok
}

func decodeBool(d *fastDecoder, v reflect.Value) bool {
	rest := d.data[d.pos:]
	switch {
	case len(rest) >= 4 && string(rest[:4]) == "true":
		v.SetBool(true)
		d.pos += 4
	case len(rest) >= 5 && string(rest[:5]) == "false":
		v.SetBool(false)
		d.pos += 5
	default:
		return false
	}
	return true
}

// peek returns the byte at the position, 0 at the end.
func (d *fastDecoder) peek() byte {
	if d.pos < len(d.data) {
		return d.data[d.pos]
	}
	return 0
}

// space skips JSON's white space.
func (d *fastDecoder) space() {
	for d.pos < len(d.data) {
		switch d.data[d.pos] {
		case ' ', '\t', '\n', '\r':
			d.pos++
		default:
			return
		}
	}
}

// next reads what follows a member or an element: a comma (more is true;
// the space after it is skipped) or the container's closing byte.
func (d *fastDecoder) next(closing byte) (more, ok bool) {
	d.space()
	switch d.peek() {
	case ',':
		d.pos++
		d.space()
		return true, true
	case closing:
		d.pos++
		return false, true
	}
	return false, false
}

// key reads an object's key, one without escapes, and the colon after
// it, and skips the space before its value.
func (d *fastDecoder) key() ([]byte, bool) {
	if d.peek() != '"' {
		return nil, false
	}
	start := d.pos + 1
	i := start
	for i < len(d.data) && d.data[i] != '"' {
		if c := d.data[i]; c == '\\' || c < 0x20 || c >= utf8.RuneSelf {
			return nil, false
		}
		i++
	}
	if i == len(d.data) {
		return nil, false
	}
	key := d.data[start:i]
	d.pos = i + 1
	d.space()
	if d.peek() != ':' {
		return nil, false
	}
	d.pos++
	d.space()
	return key, true
}

// str reads a string, as encoding/json unquotes it; false for a control
// character, a bad escape or invalid UTF-8 (which encoding/json would
// replace).
func (d *fastDecoder) str() (string, bool) {
	start := d.pos + 1
	ascii := true
	for i := start; i < len(d.data); i++ {
		switch c := d.data[i]; {
		case c == '"':
			s := d.data[start:i]
			if !ascii && !utf8.Valid(s) {
				return "", false
			}
			d.pos = i + 1
			return d.text[start:i], true
		case c == '\\':
			return d.escaped(start, i)
		case c < 0x20:
			return "", false
		case c >= utf8.RuneSelf:
			ascii = false
		}
	}
	return "", false
}

// escaped reads the rest of a string that has an escape at i.
func (d *fastDecoder) escaped(start, i int) (string, bool) {
	b := make([]byte, 0, i-start+64)
	b = append(b, d.data[start:i]...)
	for i < len(d.data) {
		c := d.data[i]
		switch {
		case c == '"':
			if !utf8.Valid(b) {
				return "", false
			}
			d.pos = i + 1
			return string(b), true
		case c < 0x20:
			return "", false
		case c != '\\':
			j := i + 1
			for j < len(d.data) && d.data[j] != '"' && d.data[j] != '\\' && d.data[j] >= 0x20 {
				j++
			}
			b = append(b, d.data[i:j]...)
			i = j
			continue
		}
		if i+1 >= len(d.data) {
			return "", false
		}
		switch e := d.data[i+1]; e {
		case '"', '\\', '/':
			b = append(b, e)
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'u':
			r := hex4(d.data[i:])
			if r < 0 {
				return "", false
			}
			i += 6
			if utf16.IsSurrogate(r) {
				if r2 := hex4(d.data[i:]); r2 >= 0 {
					if dec := utf16.DecodeRune(r, r2); dec != unicode.ReplacementChar {
						b = utf8.AppendRune(b, dec)
						i += 6
						continue
					}
				}
				r = unicode.ReplacementChar
			}
			b = utf8.AppendRune(b, r)
			continue
		default:
			return "", false
		}
		i += 2
	}
	return "", false
}

// hex4 reads \uXXXX at the start of s; -1 if it is not there.
func hex4(s []byte) rune {
	if len(s) < 6 || s[0] != '\\' || s[1] != 'u' {
		return -1
	}
	var r rune
	for _, c := range s[2:6] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return -1
		}
		r = r*16 + rune(c)
	}
	return r
}

// number reads a number as JSON writes it.
func (d *fastDecoder) number() ([]byte, bool) {
	data, i := d.data, d.pos
	digits := func() bool {
		j := i
		for i < len(data) && '0' <= data[i] && data[i] <= '9' {
			i++
		}
		return i > j
	}
	if i < len(data) && data[i] == '-' {
		i++
	}
	switch {
	case i < len(data) && data[i] == '0':
		i++
	case !digits():
		return nil, false
	}
	if i < len(data) && data[i] == '.' {
		i++
		if !digits() {
			return nil, false
		}
	}
	if i < len(data) && (data[i] == 'e' || data[i] == 'E') {
		i++
		if i < len(data) && (data[i] == '+' || data[i] == '-') {
			i++
		}
		if !digits() {
			return nil, false
		}
	}
	num := data[d.pos:i]
	d.pos = i
	return num, true
}

// cutComma splits a json tag at its first comma.
func cutComma(tag string) (name, opts string, found bool) {
	for i := range len(tag) {
		if tag[i] == ',' {
			return tag[:i], tag[i+1:], true
		}
	}
	return tag, "", false
}

// plainName reports whether a key is letters, digits and underscores,
// which encoding/json takes as it is.
func plainName(s string) bool {
	for _, r := range s {
		if r != '_' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return s != ""
}
