package report

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// agree checks decodeFast against json.Unmarshal on one input: when
// decodeFast takes it, encoding/json must take it too and give the same
// value (nil and empty slices told apart); it reports whether decodeFast
// took it.
func agree(t *testing.T, data []byte) bool {
	t.Helper()
	var fast, std Brief
	ok := decodeFast(data, &fast)
	err := json.Unmarshal(data, &std)
	if ok && err != nil {
		t.Fatalf("decodeFast took an input encoding/json refuses (%v):\n%.300s", err, data)
	}
	if ok && !reflect.DeepEqual(fast, std) {
		t.Fatalf("decodeFast and encoding/json decode differently:\n%.300s\nfast %+v\nstd  %+v", data, fast, std)
	}
	return ok
}

func TestDecodeFastAgrees(t *testing.T) {
	valid, err := os.ReadFile(filepath.Join("testdata", "validate", "valid.json"))
	if err != nil {
		t.Fatal(err)
	}
	bad, err := os.ReadFile(filepath.Join("testdata", "validate", "bad.json"))
	if err != nil {
		t.Fatal(err)
	}
	// The models brief writes, and ones as other tools write them, go the fast way.
	var b Brief
	if err := json.Unmarshal(valid, &b); err != nil {
		t.Fatal(err)
	}
	written, err := json.MarshalIndent(&b, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	for _, data := range [][]byte{valid, written, syntheticModel(50, 3),
		[]byte(` {"figures":[{"id":"f","low":-0.5e+2,"high":1E2,"citations":[]}],"sources":[],"events":[]} `),
		[]byte(`{"meta":{"title":"\u00e9t\u00E9 \ud83d\ude00 \"q\" \\ \/ \b\f\n\r\t","period":{}},"sections":[{"kind":"timeline","max_rows":40,"chart":true}]}`),
		[]byte(`{"issues":[{"id":"i","label":"l","wording":{"support":"backs","oppose":"x","support":"y"},"claim":false}]}`),
		[]byte(`{"meta":{"title":"lone \ud800 and \udc00x and \ud800\u0041 été"}}`),
		[]byte("{}"),
		[]byte(`{"extra":1,"meta":{"title":"t","x":{"a":[1,"x\u00e9",null,true,false,{"b":-1e5}],"c":{}},"y":[]},"figures":[{"Unknown":"\\"}]}`),
	} {
		if !agree(t, data) {
			t.Errorf("decodeFast refused an input it should take:\n%.300s", data)
		}
	}
	// What it leaves to encoding/json: keys in another case, unknown keys,
	// a key twice, null, numbers out of range, invalid UTF-8, broken JSON.
	for _, s := range []string{
		`{"Meta":{"title":"t"}}`, `{"meta":{"Title":"t"}}`, `{"meta":{"TITLE":"t"}}`, `{"meta":{},"meta":{}}`,
		`{"extra":nul}`, `{"extra":[1,]}`, `{"extra":{"a" 1}}`, `{"extra":{"a":1,}}`, `{"extra":01}`, "{\"extra\":\"\xff\"}",
		`{"figures":null}`, `{"figures":[{"review":null}]}`, `{"meta":{"title":null}}`,
		`{"figures":[{"low":1e400}]}`, `{"sections":[{"max_rows":1.5}]}`, `{"sections":[{"max_rows":99999999999999999999}]}`,
		"{\"meta\":{\"title\":\"\xff\"}}", "{\"meta\":{\"title\":\"a\\u00e9\xff\"}}", `{"meta":{"title":"\x"}}`, "{\"meta\":{\"title\":\"a\tb\"}}",
		`{"figures":[{"low":01}]}`, `{"figures":[{"low":-}]}`, `{"figures":[{"low":1.}]}`, `{"figures":[{"low":.5}]}`, `{"figures":[{"low":+1}]}`,
		`{"figures":[{"low":"1"}]}`, `{"figures":[,]}`, `{"figures":[{},]}`, `{"meta":{"title":"t",}}`, `{"meta":{"title":"t"}} x`,
		`[]`, `null`, ``, `{`, `{"meta"}`, `{"meta":}`, `{"sections":[{"chart":tru}]}`, `{"sections":[{"chart":"true"}]}`,
		`{"m\u0065ta":{}}`, `{"issues":[{"wording":{"s\u0075pport":"x"}}]}`, `{"issues":[{"wording":{"support":1}}]}`,
	} {
		if agree(t, []byte(s)) {
			t.Errorf("decodeFast took %q; want encoding/json to", s)
		}
	}
	// Mutations of real models: whatever decodeFast takes, it decodes as
	// encoding/json does.
	rng := rand.New(rand.NewPCG(1, 2))
	bytesFrom := []byte(`{}[]:,"\ 0123456789.eE+-ntfu"aéx` + "\t\n\xff")
	taken := 0
	for i := range 20000 {
		src := [][]byte{valid, bad, written}[i%3]
		data := append([]byte(nil), src...)
		for range 1 + rng.IntN(3) {
			at := rng.IntN(len(data))
			switch rng.IntN(3) {
			case 0:
				data = append(data[:at], data[at+1:]...)
			case 1:
				data[at] = bytesFrom[rng.IntN(len(bytesFrom))]
			default:
				data = append(data[:at], append([]byte{bytesFrom[rng.IntN(len(bytesFrom))]}, data[at:]...)...)
			}
		}
		if agree(t, data) {
			taken++
		}
	}
	t.Logf("decodeFast took %d of 20000 mutated models", taken)
	if taken == 0 {
		t.Error("decodeFast took no mutated model; the check above checked nothing")
	}
}

// BenchmarkDecodeFast decodes the model BenchmarkValidate checks.
func BenchmarkDecodeFast(b *testing.B) {
	data := syntheticModel(20000, 5)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var m Brief
		if !decodeFast(data, &m) {
			b.Fatal("decodeFast refused the model")
		}
	}
}

// FuzzDecodeFast: whatever decodeFast takes, encoding/json takes and
// decodes alike (go test -fuzz FuzzDecodeFast ./report).
func FuzzDecodeFast(f *testing.F) {
	for _, name := range []string{"valid.json", "bad.json"} {
		data, err := os.ReadFile(filepath.Join("testdata", "validate", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"meta":{"title":"\ud83d\ude00 \u00e9"},"figures":[{"low":-1.5e3,"citations":[]}],"extra":[null,{}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		agree(t, data)
	})
}
