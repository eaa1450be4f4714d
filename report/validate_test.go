package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"brief/internal/golden"
)

// readValid returns testdata/validate/valid.json decoded into plain maps
// and slices, ready to be changed by a test case.
func readValid(t *testing.T) any {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "validate", "valid.json"))
	if err != nil {
		t.Fatal(err)
	}
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

var pathPart = regexp.MustCompile(`[^.\[\]]+|\[\d+\]`)

// setPath sets the value at a JSON path such as "figures[0].low".
func setPath(t *testing.T, doc any, path string, value any) {
	t.Helper()
	parts := pathPart.FindAllString(path, -1)
	cur := doc
	for i, p := range parts {
		last := i == len(parts)-1
		if strings.HasPrefix(p, "[") {
			n, _ := strconv.Atoi(strings.Trim(p, "[]"))
			a := cur.([]any)
			if last {
				a[n] = value
				return
			}
			cur = a[n]
			continue
		}
		m := cur.(map[string]any)
		if last {
			m[p] = value
			return
		}
		cur = m[p]
	}
}

func TestValidateValid(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "validate", "valid.json"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := Validate(data)
	if err != nil {
		t.Fatalf("Validate(valid.json): %v", err)
	}
	if _, err := Validate(append([]byte("\xef\xbb\xbf"), data...)); err != nil {
		t.Errorf("Validate(valid.json after a byte order mark): %v", err)
	}
	if len(b.Figures) != 2 || b.Figures[0].High != 12000 || b.Stances[1].Citations[1].Source != "s1" ||
		b.Meta.Period.Label != "2023-06" || len(b.Matrix) != 2 || b.Sources[1].SyndicatedFrom != "s1" {
		t.Errorf("Validate decoded the model wrongly: %+v", b)
	}
}

// TestValidateProblems changes one value of a valid model at a time and
// checks the problem's path, message and position.
func TestValidateProblems(t *testing.T) {
	tests := []struct {
		set   string // the path changed
		value any
		path  string // the problem's path; empty means set
		msg   string // part of the message
	}{
		{set: "figures[0].low", value: 13000, msg: "low 13000 is above high 12000"},
		{set: "figures[1].low", value: -1, msg: "negative"},
		{set: "figures[1].high", value: -5, msg: "negative"},
		{set: "figures[0].citations[0].source", value: "s9", msg: `"s9" names no source`},
		{set: "figures[0].citations[0].source", value: "", msg: "names no source"},
		{set: "events[0].citations[0].quote", value: "  ", msg: "empty quote"},
		{set: "stances[1].citations[1].quote", value: "", msg: "empty quote"},
		{set: "figures[0].citations", value: []any{}, msg: "no citation"},
		{set: "stances[0].citations", value: nil, msg: "no citation"},
		{set: "events[0].date", value: "28/11/2022", msg: "want YYYY, YYYY-MM or YYYY-MM-DD"},
		{set: "events[0].date", value: "2023-02-30", msg: "no such day"},
		{set: "events[0].date", value: "", msg: "no date"},
		{set: "stances[0].date", value: "2023-13", msg: "month 13"},
		{set: "figures[1].date", value: "June 2023", msg: "want YYYY"},
		{set: "sources[0].published", value: "2023/06/06", msg: "want YYYY"},
		{set: "matrix[0].date", value: "06-06-2023", msg: "want YYYY"},
		{set: "events[0].precision", value: "decade", msg: `"decade": want one of day, week`},
		{set: "events[0].precision", value: "", msg: "want one of day"},
		{set: "stances[0].precision", value: "hour", msg: "want one of day"},
		{set: "stances[0].position", value: "maybe", msg: `"maybe": want one of support, oppose`},
		{set: "stances[0].read_by", value: "rules", msg: `"rules": want one of model, or none (the rules)`},
		{set: "matrix[1].position", value: "favour", msg: "want one of support"},
		{set: "matrix[1].previous", value: "against", msg: "want one of support"},
		{set: "matrix[1].conflicts[0]", value: "no", msg: "want one of support"},
		{set: "figures[0].what", value: "fatalities", msg: `"fatalities": want one of killed`},
		{set: "figures[0].what", value: "", msg: "want one of killed"},
		{set: "figures[1].qualifier", value: "around", msg: `"around": want one of "about"`},
		{set: "figures[1].id", value: "f1", msg: `duplicate id "f1", first at figures[0]`},
		{set: "stances[1].id", value: "e1", msg: `duplicate id "e1", first at events[0]`},
		{set: "events[0].id", value: "", msg: "a fact needs an id"},
		{set: "sources[1].id", value: "s1", msg: `duplicate source id "s1"`},
		{set: "actors[1].name", value: "Pakistan", msg: `actor "Pakistan" is listed twice`},
		{set: "issues[0].id", value: "", msg: "an issue needs an id"},
		{set: "issues[0].wording", value: map[string]any{"deny": "rejects", "suport": "asserts"}, path: "issues[0].wording.suport", msg: `"suport": want a position, one of support`},
		{set: "meta.page_size", value: "A3", msg: `"A3": want A4 or Letter`},
		{set: "meta.generated", value: "yesterday", msg: "want an RFC 3339 time"},
		{set: "meta.period.start", value: "2023-06", msg: "want a day"},
		{set: "meta.period.end", value: "2023-05-01", path: "meta.period", msg: "is after end"},
		{set: "sections[0].kind", value: "appendix", msg: `"appendix": want one of summary`},
		{set: "sections[1].actors[1]", value: "China", msg: `actor "China" is not in the model's actors`},
		{set: "sections[1].issues[0]", value: "trade", msg: `issue "trade" is not in the model's issues`},
		{set: "sections[2].max_rows", value: -1, msg: "-1: want 0 (no cap) or more"},
		{set: "matrix[0].stances[0]", value: "t9", msg: `"t9" names no stance`},
		{set: "figure_groups[0].figures[0]", value: "f9", msg: `"f9" names no figure`},
		{set: "sources[0].reliability", value: "B2", msg: "want an Admiralty source grade"},
		{set: "sources[1].syndicated_from", value: "s7", msg: `"s7" names no other source`},
		{set: "sources[1].syndicated_from", value: "s2", msg: "names no other source"},
		{set: "events[0].actors[0]", value: "", msg: "empty actor name"},
		{set: "stances[0].actor", value: "", msg: "no actor"},
		{set: "stances[0].issue", value: "", msg: "no issue"},
		{set: "timexes[0].source", value: "s3", msg: `"s3" names no source`},
		{set: "rejected[0].kind", value: "opinion", msg: `"opinion": want one of figure, event, stance, lead`},
		{set: "rejected[0].id", value: "", msg: "needs its id"},
		{set: "leads[0].reason", value: "unclear", msg: `"unclear": want one of cue_refused, not_joined, no_cue`},
		{set: "leads[1].id", value: "t1", msg: `duplicate id "t1", first at stances[0]`},
		{set: "leads[0].id", value: "", msg: "a fact needs an id"},
		{set: "leads[0].actor", value: "", msg: "no actor"},
		{set: "leads[1].issue", value: "", msg: "no issue"},
		{set: "leads[1].citation.source", value: "s9", msg: `"s9" names no source`},
		{set: "leads[1].citation.quote", value: " ", msg: "empty quote"},
		{set: "leads_omitted", value: -1, msg: "want 0 or more"},
		{set: "leads[1].suggested", value: "maybe", msg: `"maybe": want one of support, oppose`},
		{set: "leads[1].confidence", value: 1.5, msg: "1.5: want a probability, from 0 to 1"},
		{set: "leads[1].confidence", value: -0.01, msg: "-0.01: want a probability, from 0 to 1"},
		{set: "leads[0].confidence", value: 0.4, msg: "0.4 with no suggested position: want both or neither"},
		// Wrong types: the decoder's error, with the element's index.
		{set: "figures[1].low", value: "400", msg: "want a number, got a string"},
		{set: "figures[1].high", value: true, msg: "want a number, got true or false"},
		{set: "stances", value: map[string]any{}, msg: "want an array, got an object"},
		{set: "meta.title", value: 5, msg: "want a string, got a number"},
		{set: "events[0].actors", value: "TTP", msg: "want an array, got a string"},
		{set: "stances[1].citations[0]", value: "s1", msg: "want an object, got a string"},
		{set: "sections[2].chart", value: "yes", msg: "want true or false, got a string"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s=%v", tt.set, tt.value), func(t *testing.T) {
			doc := readValid(t)
			setPath(t, doc, tt.set, tt.value)
			data, err := json.MarshalIndent(doc, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			b, err := Validate(data)
			var me *ModelError
			if !errors.As(err, &me) {
				t.Fatalf("Validate = %v, %v; want a *ModelError", b, err)
			}
			if b != nil {
				t.Errorf("Validate returned a model with its error")
			}
			want := tt.path
			if want == "" {
				want = tt.set
			}
			i := slices.IndexFunc(me.Problems, func(p Problem) bool { return p.Path == want })
			if i < 0 {
				t.Fatalf("no problem at %s:\n%v", want, me)
			}
			p := me.Problems[i]
			if !strings.Contains(p.Msg, tt.msg) {
				t.Errorf("problem %q\nwant a message with %q", p, tt.msg)
			}
			if p.Line == 0 {
				t.Fatalf("problem %q has no position", p)
			}
			if want == tt.set {
				// The position is the changed value's.
				value, _ := json.MarshalIndent(tt.value, "", "  ")
				if got := textAt(data, p.Line, p.Column); !strings.HasPrefix(got, string(value)) {
					t.Errorf("%d:%d is at %.20q, want the value %s", p.Line, p.Column, got, value)
				}
			}
		})
	}
}

// textAt returns data from a 1-based line and byte column on.
func textAt(data []byte, line, col int) string {
	lines := bytes.SplitAfter(data, []byte("\n"))
	if line > len(lines) || col > len(lines[line-1])+1 {
		return ""
	}
	return string(bytes.Join(lines[line-1:], nil)[col-1:])
}

func TestValidateInvalidJSON(t *testing.T) {
	tests := []struct {
		name, input string
		line, col   int
		msg         string
	}{
		{"empty", "", 0, 0, "the input is empty"},
		{"spaces", " \n ", 0, 0, "the input is empty"},
		{"cut short", "{\n  \"figures\": [\n", 3, 1, "ends in the middle"},
		{"stray comma", "{\n  \"figures\": [,]\n}", 2, 15, "invalid character ','"},
		{"trailing text", "{}\nmore", 2, 1, "invalid character 'm' after top-level value"},
		{"not an object", "[1, 2]", 1, 1, "the model must be a JSON object, not an array"},
		{"a string", `"model"`, 1, 1, "the model must be a JSON object, not a string"},
		{"NaN", `{"figures": [{"low": NaN}]}`, 1, 22, "invalid character 'N'"},
		{"out of range", `{"figures": [{"low": 1e400}]}`, 1, 22, "want a number, got number 1e400, which is out of range"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Validate([]byte(tt.input))
			var me *ModelError
			if !errors.As(err, &me) || len(me.Problems) != 1 {
				t.Fatalf("Validate(%q) = %v; want one problem", tt.input, err)
			}
			p := me.Problems[0]
			if p.Line != tt.line || p.Column != tt.col || !strings.Contains(p.Msg, tt.msg) {
				t.Errorf("Validate(%q):\n got %d:%d %q\nwant %d:%d and a message with %q",
					tt.input, p.Line, p.Column, p.Msg, tt.line, tt.col, tt.msg)
			}
		})
	}
}

// TestValidateManyProblems checks that problems are collected, not just
// the first, and that the list stops at MaxProblems.
func TestValidateManyProblems(t *testing.T) {
	doc := readValid(t).(map[string]any)
	var figures []any
	for i := range MaxProblems + 5 {
		figures = append(figures, map[string]any{
			"id": fmt.Sprintf("f%d", i), "low": -1, "high": 2, "what": "killed",
			"citations": []any{map[string]any{"source": "s1", "quote": "q"}},
		})
	}
	doc["figures"] = figures
	doc["figure_groups"] = nil
	data, _ := json.Marshal(doc)
	_, err := Validate(data)
	var me *ModelError
	if !errors.As(err, &me) {
		t.Fatalf("Validate = %v; want a *ModelError", err)
	}
	if len(me.Problems) != MaxProblems || me.More != 5 {
		t.Errorf("%d problems listed and %d more; want %d and 5", len(me.Problems), me.More, MaxProblems)
	}
	if last := me.Problems[MaxProblems-1].Path; last != fmt.Sprintf("figures[%d].low", MaxProblems-1) {
		t.Errorf("last problem listed is at %s", last)
	}
	if !strings.HasSuffix(me.Error(), "and 5 more problems") {
		t.Errorf("Error() does not end with the count of the others:\n%s", me.Error())
	}
}

// TestValidateGolden checks the whole message for a model with several
// problems against testdata/validate/bad.golden (go test -update rewrites it).
func TestValidateGolden(t *testing.T) {
	dir := filepath.Join("testdata", "validate")
	data, err := os.ReadFile(filepath.Join(dir, "bad.json"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = Validate(data)
	if err == nil {
		t.Fatal("Validate(bad.json) succeeded")
	}
	got := err.Error() + "\n"
	golden.Check(t, filepath.Join(dir, "bad.golden"), []byte(got))
}

func TestParentPath(t *testing.T) {
	for path, want := range map[string]string{
		"figures[12].citations[0].source": "figures[12].citations[0]",
		"figures[12].citations[0]":        "figures[12].citations",
		"figures[12]":                     "figures",
		"meta.period.start":               "meta.period",
		"meta":                            "",
	} {
		if got := parentPath(path); got != want {
			t.Errorf("parentPath(%q) = %q, want %q", path, got, want)
		}
	}
}

// BenchmarkValidate decodes and checks a model with 100,000 citations
// (testdata is generated here, not committed).
func BenchmarkValidate(b *testing.B) {
	data := syntheticModel(20000, 5)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Validate(data); err != nil {
			b.Fatal(err)
		}
	}
}

// syntheticModel writes a valid model with n figures of k citations each.
func syntheticModel(n, k int) []byte {
	var buf bytes.Buffer
	buf.WriteString(`{"meta":{"title":"t"},"sources":[`)
	for i := range 100 {
		if i > 0 {
			buf.WriteByte(',')
		}
		fmt.Fprintf(&buf, `{"id":"s%d","path":"p%d","title":"Title %d","published":"2023-06-%02d"}`, i, i, i, i%28+1)
	}
	buf.WriteString(`],"figures":[`)
	for i := range n {
		if i > 0 {
			buf.WriteByte(',')
		}
		fmt.Fprintf(&buf, `{"id":"f%d","text":"about %d people were killed","low":%d,"high":%d,"qualifier":"about","what":"killed","who":"people","period":"","attributed_to":"","citations":[`, i, i, i, i)
		for j := range k {
			if j > 0 {
				buf.WriteByte(',')
			}
			fmt.Fprintf(&buf, `{"source":"s%d","quote":"About %d people were killed in an attack in Peshawar on Monday, officials said, in what was one of the deadliest attacks this year."}`, (i+j)%100, i)
		}
		buf.WriteString(`]}`)
	}
	buf.WriteString(`],"events":[],"stances":[]}`)
	return buf.Bytes()
}

// FuzzValidate: Validate never panics, and a model it accepts, written
// back as JSON, is accepted again.
func FuzzValidate(f *testing.F) {
	for _, name := range []string{"valid.json", "bad.json"} {
		data, err := os.ReadFile(filepath.Join("testdata", "validate", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"figures":[{"low":1e400}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := Validate(data)
		if err != nil {
			var me *ModelError
			if !errors.As(err, &me) || len(me.Problems) == 0 {
				t.Fatalf("Validate error %v is not a *ModelError with problems", err)
			}
			return
		}
		again, err := json.Marshal(b)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Validate(again); err != nil {
			t.Fatalf("a valid model written back is invalid: %v\n%s", err, again)
		}
	})
}

// TestValidateNaNConfidence checks that a confidence that is not a
// number (which JSON cannot carry, but a model built in process can) is
// refused like one out of range.
func TestValidateNaNConfidence(t *testing.T) {
	b := &Brief{Leads: []Lead{{ID: "l1", Actor: "A", Issue: "i", Reason: LeadNoCue, Suggested: Support, Confidence: math.NaN(),
		Citation: Citation{Source: "s1", Quote: "q"}}}}
	v := &validator{b: b}
	v.check()
	if !slices.ContainsFunc(v.problems, func(p Problem) bool { return strings.Contains(p.Msg, "want a probability") }) {
		t.Errorf("NaN confidence: problems %v", v.problems)
	}
}
