package report

import (
	"bufio"
	"bytes"
	"encoding"
	"encoding/json"
	"io"
	"reflect"
	"strings"
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
	el.enc = json.NewEncoder(&el.buf)
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
			if err := el.write(w, fv.Addr().Interface(), "  "); err != nil {
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
			if err := el.write(w, fv.Index(i).Addr().Interface(), "    "); err != nil {
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

// elementWriter writes values indented, reusing its encoder's buffers.
type elementWriter struct {
	buf bytes.Buffer
	enc *json.Encoder
}

// write writes v as MarshalIndent(v, prefix, "  ") does.
func (e *elementWriter) write(w *bufio.Writer, v any, prefix string) error {
	e.buf.Reset()
	e.enc.SetIndent(prefix, "  ")
	if err := e.enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(bytes.TrimSuffix(e.buf.Bytes(), []byte("\n")))
	return err
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
