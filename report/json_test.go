package report

import (
	"bytes"
	"encoding/json"
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
