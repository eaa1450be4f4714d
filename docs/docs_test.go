package docs

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSchemaCatchesMistakes checks that the schema is strict enough to
// fail: each of these models breaks one documented rule.
func TestSchemaCatchesMistakes(t *testing.T) {
	good := `{"schema_version":"1.1","meta":{"title":"T","period":{}},"sources":[{"id":"s1","path":"a.md","title":"A","published":"2023-06"}],
	"figures":[],"events":[{"id":"e1","date":"2023-06-05","precision":"day","summary":"x","type":"battle","actors":[],"figures":["f1"],"citations":[{"source":"s1","quote":"q"}]}],
	"stances":[{"id":"t1","actor":"A","issue":"i","position":"support","speaker":"X","speaker_actor":"A","citations":[{"source":"s1","quote":"q"}]}],
	"leads":[{"id":"l1","actor":"B","issue":"i","reason":"no_cue","citation":{"source":"s1","quote":"q"}}],"leads_omitted":2}`
	if err := ValidateModel([]byte(good)); err != nil {
		t.Fatalf("a good model: %v", err)
	}
	// 0 is none, as report.Validate reads it (the model leaves it out).
	if err := ValidateModel([]byte(strings.Replace(good, `"leads_omitted":2`, `"leads_omitted":0`, 1))); err != nil {
		t.Errorf("leads_omitted 0: %v", err)
	}
	for name, bad := range map[string]string{
		"no schema_version":     strings.Replace(good, `"schema_version":"1.1",`, "", 1),
		"bad date":              strings.Replace(good, `"2023-06-05"`, `"05/06/2023"`, 1),
		"unknown position":      strings.Replace(good, `"support"`, `"backs"`, 1),
		"unknown event type":    strings.Replace(good, `"battle"`, `"skirmish"`, 1),
		"undocumented field":    strings.Replace(good, `"speaker":"X"`, `"speakr":"X"`, 1),
		"no citation":           strings.Replace(good, `"citations":[{"source":"s1","quote":"q"}]}]`, `"citations":[]}]`, 1),
		"unknown lead reason":   strings.Replace(good, `"no_cue"`, `"unclear"`, 1),
		"lead without citation": strings.Replace(good, `,"citation":{"source":"s1","quote":"q"}`, "", 1),
		"leads_omitted below 0": strings.Replace(good, `"leads_omitted":2`, `"leads_omitted":-1`, 1),
		"confidence alone":      strings.Replace(good, `"reason":"no_cue"`, `"reason":"no_cue","confidence":0.4`, 1),
		"unknown reader":        strings.Replace(good, `"speaker":"X"`, `"speaker":"X","read_by":"rules"`, 1),
	} {
		if err := ValidateModel([]byte(bad)); err == nil {
			t.Errorf("%s: validated", name)
		}
	}
}

// TestDocumentedFields checks that model.md documents every property the
// schema names, so that the two do not drift apart.
func TestDocumentedFields(t *testing.T) {
	md, err := os.ReadFile("model.md")
	if err != nil {
		t.Fatal(err)
	}
	schema, err := os.ReadFile(filepath.Join("model.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(schema), "\n") {
		line = strings.TrimSpace(line)
		name, ok := strings.CutSuffix(line, `": {`)
		if !ok || !strings.HasPrefix(name, `"`) {
			continue
		}
		name = strings.TrimPrefix(name, `"`)
		if strings.HasPrefix(name, "$") || name == "properties" || name == "items" || name == "propertyNames" || name == "additionalProperties" || name == "citation" {
			continue
		}
		if !strings.Contains(string(md), "`"+name+"`") {
			t.Errorf("model.md does not document `%s`", name)
		}
	}
}
