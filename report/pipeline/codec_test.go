package pipeline

import (
	"bytes"
	"fmt"
	"reflect"
	"testing"

	"brief/report"
)

// TestCodecCoversEveryField fills every field of a record, its entry and
// the facts and sources it holds, at every depth, with values of its own,
// and checks that the record reads back equal: a field added to one of
// these types without a line in codec.go fails here.
func TestCodecCoversEveryField(t *testing.T) {
	for seed := range 3 {
		var r record
		fill(reflect.ValueOf(&r).Elem(), &filler{n: seed})
		var payload bytes.Buffer
		if err := encodeSegment(&payload, []record{r, {Key: cacheKey{9}, Used: -3}}); err != nil {
			t.Fatal(err)
		}
		got, err := decodeSegment(payload.Bytes(), true)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 || !reflect.DeepEqual(got[0], r) || got[1].Entry != nil || got[1].Used != -3 {
			t.Fatalf("seed %d: read back\n%+v\nwant\n%+v", seed, got[0].Entry, r.Entry)
		}
		// Without date expressions, only they are missing.
		got, err = decodeSegment(payload.Bytes(), false)
		if err != nil || got[0].Entry.Facts.Timexes != nil {
			t.Fatalf("seed %d: read without date expressions: %v, %d of them", seed, err, len(got[0].Entry.Facts.Timexes))
		}
		got[0].Entry.Facts.Timexes = r.Entry.Facts.Timexes
		if !reflect.DeepEqual(got[0], r) {
			t.Fatalf("seed %d: read without date expressions, the rest differs", seed)
		}
	}
}

// filler gives each field it fills a value of its own.
type filler struct{ n int }

func fill(v reflect.Value, f *filler) {
	f.n++
	switch v.Kind() {
	case reflect.String:
		v.SetString(fmt.Sprintf("s%d\u00e9", f.n))
	case reflect.Int, reflect.Int64:
		v.SetInt(int64(f.n*1000003) - 50)
	case reflect.Uint64:
		v.SetUint(uint64(f.n) * 0x9e3779b97f4a7c15)
	case reflect.Uint8:
		v.SetUint(uint64(f.n))
	case reflect.Float64:
		v.SetFloat(float64(f.n) + 0.25)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Array:
		for i := range v.Len() {
			fill(v.Index(i), f)
		}
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 2, 2)
		for i := range 2 {
			fill(s.Index(i), f)
		}
		v.Set(s)
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		fill(p.Elem(), f)
		v.Set(p)
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type() == reflect.TypeFor[report.Review]() && v.Type().Field(i).Name == "Row" {
				continue // the workbook row a decision was read from: never extracted, never cached
			}
			fill(v.Field(i), f)
		}
	default:
		panic(fmt.Sprintf("fill: a field of kind %s: teach fill and codec.go about it", v.Kind()))
	}
}

// TestCodecRejectsDamage: a records stream cut anywhere, or with a count
// or length made huge, is an error, never a panic or a huge allocation.
func TestCodecRejectsDamage(t *testing.T) {
	var r record
	fill(reflect.ValueOf(&r).Elem(), &filler{})
	var payload bytes.Buffer
	if err := encodeSegment(&payload, []record{r}); err != nil {
		t.Fatal(err)
	}
	d := &segmentReader{s: payload.String()}
	recs := d.readRecords()
	body := payload.String()[:d.off]
	if d.err != nil || len(recs) != 1 {
		t.Fatal(d.err)
	}
	for n := range len(body) {
		d := &segmentReader{s: body[:n]}
		if d.readRecords(); d.err == nil {
			t.Errorf("a records stream cut to %d of %d bytes was read", n, len(body))
		}
	}
	for i := range len(body) {
		for _, b := range []byte{0xff, 0x7f} {
			damaged := []byte(body)
			damaged[i] = b
			d := &segmentReader{s: string(damaged)}
			d.readRecords() // must not panic
		}
	}
}
