package timex

import (
	"reflect"
	"testing"
)

// TestFindOvernight: "overnight" in a news report is the night before the
// article's day, dated that day (session 16: fresh news reporting dated
// strikes, raids and drone attacks by it alone). Invented sentences of the
// shapes seen.
func TestFindOvernight(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Rebels shelled the port town overnight, the governor said.", []string{"overnight=2031-05-09/day"}},
		{"Also overnight, troops raided a camp near the border.", []string{"overnight=2031-05-09/day"}},
		{"The navy said it shot down 12 drones overnight.", []string{"overnight=2031-05-09/day"}},
		{"Strikes overnight into Thursday killed four people.", []string{"Thursday=2031-05-08/day"}},
		{"Lasting peace will not come overnight.", []string{}},
		{"Fuel prices doubled overnight after the blockade.", []string{}},
		{"The toll rose overnight as two of the wounded died.", []string{}},
		{"The council imposed an overnight curfew in the district.", []string{}},
	}
	for _, tc := range tests {
		got := render(Find(tc.text, mustDate(t, "2031-05-09")))
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
		}
	}
}
