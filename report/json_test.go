package report

import (
	"bytes"
	"os"
	"path/filepath"
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
