package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestWriteJSON: the JSON written names this build's schema version,
// ends in a newline, reads back through Validate as the same model, and
// leaves the brief it was given unchanged.
func TestWriteJSON(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "validate", "valid.json"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := Validate(data)
	if err != nil {
		t.Fatal(err)
	}
	b.SchemaVersion = ""
	var out bytes.Buffer
	if err := WriteJSON(&out, b); err != nil {
		t.Fatal(err)
	}
	if b.SchemaVersion != "" {
		t.Errorf("WriteJSON set the caller's SchemaVersion to %q", b.SchemaVersion)
	}
	if !strings.HasSuffix(out.String(), "}\n") || !strings.Contains(out.String(), `"schema_version": "`+SchemaVersion+`"`) {
		t.Errorf("JSON does not end in a newline or name schema version %s:\n%.200s", SchemaVersion, out.String())
	}
	again, err := Validate(out.Bytes())
	if err != nil {
		t.Fatalf("the JSON written does not validate: %v", err)
	}
	var twice bytes.Buffer
	if err := WriteJSON(&twice, again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), twice.Bytes()) {
		t.Error("writing the model read back gives different JSON")
	}
}

// TestWriteJSONAsMarshalIndent: the JSON written field by field is, byte
// for byte, json.MarshalIndent's with a newline, whether lists are nil,
// empty or full, and for text that encoding/json escapes (HTML, line
// separators, invalid UTF-8).
func TestWriteJSONAsMarshalIndent(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "validate", "valid.json"))
	if err != nil {
		t.Fatal(err)
	}
	valid, err := Validate(data)
	if err != nil {
		t.Fatal(err)
	}
	odd := *valid
	odd.Sources = append([]Source(nil), valid.Sources...)
	odd.Sources[0].Title = "<b>Tom & Jerry</b>\u2028\xff \"quoted\""
	odd.KeyPoints = []string{"one", "<two>"}
	odd.Timexes = []Timex{{Source: "s1", Text: "Monday", Value: "2023-06-05"}}
	odd.Rejected = []Rejected{{}}
	tests := []struct {
		name string
		b    *Brief
	}{
		{"valid.json", valid},
		{"escapes and every optional list", &odd},
		{"nil lists", &Brief{}},
		{"empty lists", &Brief{Sources: []Source{}, Figures: []Figure{}, Events: []Event{}, Stances: []Stance{}, Matrix: []Cell{}}},
		{"one element each", &Brief{Sources: []Source{{ID: "a"}}, Figures: []Figure{{}}, Events: []Event{{}}, Stances: []Stance{{}}}},
		{"numbers, pointers, maps and control characters", &Brief{
			Meta:     Meta{Title: "a\x00b\x1fc\bd\fe\tf\rg\x7fh", Assessment: "\u2029 é 日本 \xe2\x80"},
			Sections: []Section{{Kind: "timeline", MaxRows: new(int)}, {Kind: "figures", Actors: []string{}}},
			Issues:   []Issue{{ID: "talks", Wording: map[Position]string{Support: "backs <it>", Oppose: "rejects"}}, {ID: "x", Wording: map[Position]string{}}},
			Figures: []Figure{
				{Low: 1e21, High: 1e-7, Citations: []Citation{}},
				{Low: 0.1, High: 123456789, Review: &Review{Decision: "accept"}},
				{Low: -1.5e-300, High: 999999999999999999999, Citations: []Citation{{Source: "s", Quote: "“q” & <b>"}}},
			},
			Events:  []Event{{Actors: []string{}, Figures: []string{"f1"}, Review: &Review{}}},
			Matrix:  []Cell{{Stances: nil, Changed: true, Conflicts: []Position{Oppose}}},
			Stances: []Stance{},
		}},
	}
	if _, ok := streamFields(reflect.TypeFor[Brief]()); !ok {
		t.Fatal("Brief is not written field by field: WriteJSON falls back to MarshalIndent")
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := *tt.b
			c.SchemaVersion = SchemaVersion
			want, err := json.MarshalIndent(&c, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			want = append(want, '\n')
			var got bytes.Buffer
			if err := WriteJSON(&got, tt.b); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("WriteJSON differs from MarshalIndent:\n got %.300q\nwant %.300q", got.String(), want)
			}
		})
	}
}

// TestListElementsBuilt: the elements of the model's long lists are
// written by encoders built for their types, not handed to encoding/json
// (which would be correct, only slower).
func TestListElementsBuilt(t *testing.T) {
	for _, typ := range []reflect.Type{reflect.TypeFor[Source](), reflect.TypeFor[Figure](), reflect.TypeFor[Event](),
		reflect.TypeFor[Stance](), reflect.TypeFor[Citation](), reflect.TypeFor[Cell](), reflect.TypeFor[FigureGroup](),
		reflect.TypeFor[Timex](), reflect.TypeFor[Review]()} {
		if _, ok := streamFields(typ); !ok || encoderFor(typ) == nil {
			t.Errorf("%s is not written by a built encoder", typ)
		}
	}
}

// FuzzJSONString: a string is quoted as encoding/json quotes it.
func FuzzJSONString(f *testing.F) {
	for _, s := range []string{"", "plain", "<b>&</b>", "\x00\x1f\x7f\b\f\n\r\t\"\\", "\u2028\u2029", "\xff\xe2\x80", "é日本\U0001F600", "\ufffd"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		if got := appendJSONString(nil, s); !bytes.Equal(got, want) {
			t.Errorf("%q: got %s, want %s", s, got, want)
		}
	})
}

// FuzzJSONFloat: a number is written as encoding/json writes it.
func FuzzJSONFloat(f *testing.F) {
	for _, x := range []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 1e20, 1e21, 1e-6, 1e-7, 123456789.125, 5e-324, 1.7976931348623157e308} {
		f.Add(x)
	}
	f.Fuzz(func(t *testing.T, x float64) {
		want, err := json.Marshal(x)
		if err != nil {
			t.Skip() // NaN and infinities: WriteJSON returns encoding/json's error
		}
		if got := appendJSONFloat(nil, x, 64); !bytes.Equal(got, want) {
			t.Errorf("%v: got %s, want %s", x, got, want)
		}
	})
}

// BenchmarkWriteJSON writes a model of 20,000 events, each with a quote.
func BenchmarkWriteJSON(b *testing.B) {
	m := &Brief{}
	for i := range 20000 {
		m.Events = append(m.Events, Event{ID: fmt.Sprint("e", i), Date: "2023-06-05", Precision: Day, Summary: "Militants attacked a checkpoint in Bajaur",
			Actors: []string{"TTP"}, Citations: []Citation{{Source: "s0123456789abcdef", Quote: "Militants attacked a checkpoint in Bajaur on Monday, officials said \u201cnine soldiers\u201d were killed."}}})
	}
	var out bytes.Buffer
	for b.Loop() {
		out.Reset()
		if err := WriteJSON(&out, m); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(out.Len()))
}
