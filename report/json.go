package report

import (
	"bufio"
	"bytes"
	"encoding"
	"encoding/json"
	"io"
	"math"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// WriteJSON writes b's JSON form, indented, with a final newline, naming
// the version of the form this build writes (SchemaVersion); b itself is
// not changed. Validate reads it back.
//
// The bytes are those of json.MarshalIndent(b, "", "  ") and a newline,
// but they are written field by field and each list element by element,
// so that the whole form is never held in memory: MarshalIndent holds it
// about three times over (10 MB article: a 16 MB form, about 50 MB).
func WriteJSON(w io.Writer, b *Brief) error {
	c := *b
	c.SchemaVersion = SchemaVersion
	v := reflect.ValueOf(&c).Elem()
	fields, ok := streamFields(v.Type())
	if !ok {
		data, err := json.MarshalIndent(&c, "", "  ")
		if err != nil {
			return err
		}
		_, err = w.Write(append(data, '\n'))
		return err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := writeObject(bw, v, fields); err != nil {
		return err
	}
	return bw.Flush()
}

// jsonField is a struct field as encoding/json writes it.
type jsonField struct {
	index     int
	key       []byte // the quoted name
	omitEmpty bool
	list      bool // a list written element by element when not empty
}

// streamFields returns the fields of struct type t as encoding/json
// writes them, or false when t has a field whose form WriteJSON does not
// rebuild itself (an embedded or unexported field, a tag option other
// than omitempty): the caller then marshals the whole value.
func streamFields(t reflect.Type) ([]jsonField, bool) {
	if t.Kind() != reflect.Struct || marshalsItself(t) {
		return nil, false
	}
	var fields []jsonField
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		if f.Anonymous || !f.IsExported() {
			return nil, false
		}
		name, opts, _ := strings.Cut(tag, ",")
		if opts != "" && opts != "omitempty" || strings.ContainsAny(name, `"\<>&`) {
			return nil, false
		}
		if name == "" {
			name = f.Name
		}
		fields = append(fields, jsonField{
			index:     i,
			key:       []byte(`"` + name + `"`),
			omitEmpty: opts == "omitempty",
			list:      f.Type.Kind() == reflect.Slice && f.Type.Elem().Kind() != reflect.Uint8 && !marshalsItself(f.Type),
		})
	}
	return fields, true
}

var (
	marshalerType     = reflect.TypeFor[json.Marshaler]()
	textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()
)

// marshalsItself reports whether values of t, or pointers to them, have
// their own JSON or text form.
func marshalsItself(t reflect.Type) bool {
	p := reflect.PointerTo(t)
	return t.Implements(marshalerType) || t.Implements(textMarshalerType) ||
		p.Implements(marshalerType) || p.Implements(textMarshalerType)
}

// writeObject writes struct v, whose fields are fields, as MarshalIndent
// with indent "  " writes it at the top level, and a newline.
func writeObject(w *bufio.Writer, v reflect.Value, fields []jsonField) error {
	el := elementWriter{}
	w.WriteByte('{')
	n := 0
	for _, f := range fields {
		fv := v.Field(f.index)
		if f.omitEmpty && isEmptyValue(fv) {
			continue
		}
		if n > 0 {
			w.WriteByte(',')
		}
		n++
		w.WriteString("\n  ")
		w.Write(f.key)
		w.WriteString(": ")
		if !f.list || fv.Len() == 0 {
			if err := el.write(w, fv, "  "); err != nil {
				return err
			}
			continue
		}
		w.WriteByte('[')
		for i := range fv.Len() {
			if i > 0 {
				w.WriteByte(',')
			}
			w.WriteString("\n    ")
			if err := el.write(w, fv.Index(i), "    "); err != nil {
				return err
			}
		}
		w.WriteString("\n  ]")
	}
	if n > 0 {
		w.WriteByte('\n')
	}
	_, err := w.WriteString("}\n")
	return err
}

// elementWriter writes values indented: by an encoder built for the
// value's type (encoderFor) when it has one, else by encoding/json,
// reusing its buffers.
type elementWriter struct {
	buf bytes.Buffer
	enc *json.Encoder
	out []byte // the built encoders' buffer
}

// write writes v as MarshalIndent(v, prefix, "  ") does.
func (e *elementWriter) write(w *bufio.Writer, v reflect.Value, prefix string) error {
	if enc := encoderFor(v.Type()); enc != nil {
		var err error
		e.out, err = enc(e.out[:0], v, prefix)
		if err != nil {
			return err
		}
		_, err = w.Write(e.out)
		return err
	}
	if e.enc == nil {
		e.enc = json.NewEncoder(&e.buf)
	}
	e.buf.Reset()
	e.enc.SetIndent(prefix, "  ")
	if err := e.enc.Encode(v.Addr().Interface()); err != nil {
		return err
	}
	_, err := w.Write(bytes.TrimSuffix(e.buf.Bytes(), []byte("\n")))
	return err
}

// encodeFunc appends v's JSON form, as MarshalIndent(v, prefix, "  ")
// writes it, to b.
type encodeFunc func(b []byte, v reflect.Value, prefix string) ([]byte, error)

// encoders holds the encoder built for each type (encoderFor): nil for a
// type encoding/json writes itself.
var encoders sync.Map // reflect.Type → encodeFunc

// encoderFor returns an encoder for values of type t that writes the
// bytes encoding/json's MarshalIndent writes, without reflection on
// every field and without indenting a compact form afterwards (the JSON
// of a 10,000-article brief took 0.6 s of CPU that way). It returns nil
// when t is not a struct. Inside, a value whose form it does not build
// itself (a map, an interface, a type with its own MarshalJSON or
// MarshalText, json.Number) is written by MarshalIndent.
func encoderFor(t reflect.Type) encodeFunc {
	if f, ok := encoders.Load(t); ok {
		return f.(encodeFunc)
	}
	var f encodeFunc
	if t.Kind() == reflect.Struct {
		f = buildEncoder(t, map[reflect.Type]bool{})
	}
	encoders.Store(t, f)
	return f
}

// buildEncoder builds the encoder of type t; building lists the types
// whose encoders are being built, so that a type that holds itself is
// left to encoding/json.
func buildEncoder(t reflect.Type, building map[reflect.Type]bool) encodeFunc {
	if building[t] || marshalsItself(t) || t == reflect.TypeFor[json.Number]() {
		return marshalIndented
	}
	building[t] = true
	defer delete(building, t)
	switch t.Kind() {
	case reflect.String:
		return func(b []byte, v reflect.Value, _ string) ([]byte, error) {
			return appendJSONString(b, v.String()), nil
		}
	case reflect.Bool:
		return func(b []byte, v reflect.Value, _ string) ([]byte, error) {
			return strconv.AppendBool(b, v.Bool()), nil
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return func(b []byte, v reflect.Value, _ string) ([]byte, error) {
			return strconv.AppendInt(b, v.Int(), 10), nil
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return func(b []byte, v reflect.Value, _ string) ([]byte, error) {
			return strconv.AppendUint(b, v.Uint(), 10), nil
		}
	case reflect.Float32, reflect.Float64:
		bits := t.Bits()
		return func(b []byte, v reflect.Value, prefix string) ([]byte, error) {
			f := v.Float()
			if math.IsInf(f, 0) || math.IsNaN(f) {
				return marshalIndented(b, v, prefix) // its error
			}
			return appendJSONFloat(b, f, bits), nil
		}
	case reflect.Pointer:
		elem := buildEncoder(t.Elem(), building)
		return func(b []byte, v reflect.Value, prefix string) ([]byte, error) {
			if v.IsNil() {
				return append(b, "null"...), nil
			}
			return elem(b, v.Elem(), prefix)
		}
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			return marshalIndented
		}
		return sliceEncoder(buildEncoder(t.Elem(), building))
	case reflect.Struct:
		return structEncoder(t, building)
	}
	return marshalIndented
}

// sliceEncoder writes a list whose elements elem writes.
func sliceEncoder(elem encodeFunc) encodeFunc {
	return func(b []byte, v reflect.Value, prefix string) ([]byte, error) {
		if v.IsNil() {
			return append(b, "null"...), nil
		}
		if v.Len() == 0 {
			return append(b, "[]"...), nil
		}
		inner := deeper(prefix)
		b = append(b, '[')
		var err error
		for i := range v.Len() {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, '\n')
			b = append(b, inner...)
			if b, err = elem(b, v.Index(i), inner); err != nil {
				return b, err
			}
		}
		b = append(b, '\n')
		b = append(b, prefix...)
		return append(b, ']'), nil
	}
}

// structEncoder writes a struct's fields as encoding/json does, or hands
// the struct to it when a field is one streamFields does not rebuild.
func structEncoder(t reflect.Type, building map[reflect.Type]bool) encodeFunc {
	fields, ok := streamFields(t)
	if !ok {
		return marshalIndented
	}
	encs := make([]encodeFunc, len(fields))
	for i, f := range fields {
		encs[i] = buildEncoder(t.Field(f.index).Type, building)
	}
	return func(b []byte, v reflect.Value, prefix string) ([]byte, error) {
		inner := deeper(prefix)
		n := 0
		var err error
		for i, f := range fields {
			fv := v.Field(f.index)
			if f.omitEmpty && isEmptyValue(fv) {
				continue
			}
			if n == 0 {
				b = append(b, '{')
			} else {
				b = append(b, ',')
			}
			n++
			b = append(b, '\n')
			b = append(b, inner...)
			b = append(b, f.key...)
			b = append(b, ':', ' ')
			if b, err = encs[i](b, fv, inner); err != nil {
				return b, err
			}
		}
		if n == 0 {
			return append(b, "{}"...), nil
		}
		b = append(b, '\n')
		b = append(b, prefix...)
		return append(b, '}'), nil
	}
}

// spaces is the indentation deeper takes from.
const spaces = "                                                                "

// deeper returns prefix and one more level of indentation ("  "),
// without building a string when prefix is spaces and not too long.
func deeper(prefix string) string {
	if n := len(prefix) + 2; n <= len(spaces) && prefix == spaces[:len(prefix)] {
		return spaces[:n]
	}
	return prefix + "  "
}

// plainJSON8 reports whether the eight bytes of w are ASCII that
// appendJSONString writes as they are: none below 0x20, none of " \ < > &.
func plainJSON8(w string) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
	// hasZero(v) is non-zero when a byte of v is zero (no false
	// positives once x has no high bit set).
	hasZero := func(v uint64) uint64 { return (v - ones) &^ v & highs }
	bad := x & highs                    // not ASCII
	bad |= (x - 0x20*ones) &^ x & highs // a byte below 0x20 (x is ASCII here when bad is 0)
	for _, c := range [...]uint64{'"', '\\', '<', '>', '&'} {
		bad |= hasZero(x ^ (c * ones))
	}
	return bad == 0
}

// marshalIndented writes v by MarshalIndent.
func marshalIndented(b []byte, v reflect.Value, prefix string) ([]byte, error) {
	data, err := json.MarshalIndent(v.Interface(), prefix, "  ")
	if err != nil {
		return b, err
	}
	return append(b, data...), nil
}

// appendJSONFloat appends f as encoding/json writes a float of the given
// bits: like %g, but with ES6's exponent cutoffs and no padded exponent.
func appendJSONFloat(b []byte, f float64, bits int) []byte {
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 {
		if bits == 64 && (abs < 1e-6 || abs >= 1e21) || bits == 32 && (float32(abs) < 1e-6 || float32(abs) >= 1e21) {
			format = 'e'
		}
	}
	b = strconv.AppendFloat(b, f, format, -1, bits)
	if format == 'e' {
		// e-09 → e-9
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// appendJSONString appends s quoted as encoding/json quotes a string with
// HTML escaping on, as MarshalIndent has it: <, > and & as \u003c …,
// control characters escaped, a byte that is not UTF-8 as \ufffd, and
// U+2028 and U+2029 escaped.
func appendJSONString(b []byte, s string) []byte {
	const hexDigits = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		// Eight bytes that need no escape and are ASCII are passed over
		// at once.
		for i+8 <= len(s) && plainJSON8(s[i:i+8]) {
			i += 8
		}
		if i >= len(s) {
			break
		}
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// isEmptyValue reports whether encoding/json's omitempty leaves v out.
func isEmptyValue(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}
