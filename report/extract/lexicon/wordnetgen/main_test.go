package main

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// Two invented synsets in WordNet's data format: an act noun linked to its
// verb by a derivational pointer ("+"), and a verb.
const (
	nounData = "  1 licence line\n" +
		"00000100 04 n 02 expulsion 0 ejection 0 001 + 00000200 v 0101 | the act of expelling\n" +
		"00000300 05 n 01 flight 0 001 + 00000400 v 0101 | a trip by air\n"
	verbData = "00000200 38 v 01 expel 0 001 + 00000100 n 0101 | drive out\n" +
		"00000400 38 v 01 flee 0 000 | run away\n"
)

func TestDerivations(t *testing.T) {
	nouns, err := parseSynsets(strings.NewReader(nounData))
	if err != nil {
		t.Fatal(err)
	}
	verbs, err := parseSynsets(strings.NewReader(verbData))
	if err != nil {
		t.Fatal(err)
	}
	got := derivations(nouns, verbs)
	// "flight" is no act noun (noun.artifact's file 05 here); "ejection"
	// has no link of its own.
	if want := []pair{{"expulsion", "expel"}}; !slices.Equal(got, want) {
		t.Fatalf("derivations: got %v, want %v", got, want)
	}
	keep, drop := parseReviewed("# comment\nexpel\n-ejection\n")
	if !keep["expel"] || !drop["ejection"] {
		t.Fatalf("parseReviewed: keep %v drop %v", keep, drop)
	}
	var buf bytes.Buffer
	write(&buf, select_(got, keep, drop))
	for _, line := range []string{`expulsion = "expel"`, `expulsions = "expel"`} {
		if !strings.Contains(buf.String(), line+"\n") {
			t.Errorf("written file lacks %q:\n%s", line, buf.String())
		}
	}
}

func TestPlural(t *testing.T) {
	for in, want := range map[string]string{"delivery": "deliveries", "access": "accesses", "seizure": "seizures", "day": "days"} {
		if got := plural(in); got != want {
			t.Errorf("plural(%q) = %q, want %q", in, got, want)
		}
	}
}
