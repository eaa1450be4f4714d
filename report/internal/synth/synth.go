// Package synth writes synthetic news articles for benchmarks: articles
// about the demo's actors and issues, with figures, dated events, quoted
// positions, scraped page furniture and wire copies reprinted by other
// outlets, so that every step of the pipeline has work of a realistic
// shape. The text is generated here from templates written for this
// package; it quotes no real article. The same seed gives the same corpus.
package synth

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Options shape a corpus.
type Options struct {
	// Seed makes the corpus; the same seed gives the same files.
	Seed uint64
	// Paragraphs is how many paragraphs an article has (about 70 words
	// each); zero means 8, about 4 KB an article.
	Paragraphs int
	// CopyEvery makes every CopyEvery-th article a wire copy of an
	// earlier one, reprinted by another outlet; zero means 10.
	CopyEvery int
}

func (o Options) paragraphs() int { return cmp(o.Paragraphs, 8) }
func (o Options) copyEvery() int  { return cmp(o.CopyEvery, 10) }

func cmp(v, def int) int {
	if v > 0 {
		return v
	}
	return def
}

// Write writes articles first … first+n-1 of the corpus into dir, one
// file each, named by number; it creates dir.
func Write(dir string, first, n int, opts Options) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for i := first; i < first+n; i++ {
		path := filepath.Join(dir, fmt.Sprintf("%06d.md", i))
		if err := os.WriteFile(path, []byte(Article(i, opts)), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// Article returns article number i of the corpus opts describes.
func Article(i int, opts Options) string {
	if every := opts.copyEvery(); i > 0 && i%every == 0 {
		orig := i - 1 - int(rand.New(rand.NewPCG(opts.Seed, uint64(i))).IntN(min(i, 50)))
		return wireCopy(i, orig, opts)
	}
	return original(i, opts)
}

// day is when article i is published: the corpus spans about two years.
func day(i int) time.Time {
	return time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, (i*7)%730)
}

func original(i int, opts Options) string {
	r := rand.New(rand.NewPCG(opts.Seed, uint64(i)))
	var b strings.Builder
	title := fmt.Sprintf("%s %s %s over %s", pick(r, actors), pick(r, titleVerbs), pick(r, actors), pick(r, topics))
	fmt.Fprintf(&b, "+++\ntitle = %q\noutlet = %q\npublished = %s\nreliability = %q\n+++\n",
		title, pick(r, outlets), day(i).Format(time.DateOnly), pick(r, grades))
	furniture(&b, r, title)
	for p := range opts.paragraphs() {
		if p > 0 && r.IntN(6) == 0 {
			b.WriteString(pick(r, inlineFurniture) + "\n\n")
		}
		paragraph(&b, r)
	}
	b.WriteString(pick(r, footers) + "\n")
	return b.String()
}

// wireCopy reprints article orig's body under another outlet, a day or
// two later, with a line of its own on top and sometimes its tail cut.
func wireCopy(i, orig int, opts Options) string {
	src := original(orig, opts)
	r := rand.New(rand.NewPCG(opts.Seed^0x9e3779b9, uint64(i)))
	end := strings.Index(src[3:], "+++\n") + 3 + 4
	body := src[end:]
	if r.IntN(3) == 0 { // the copy drops the last paragraphs
		paras := strings.Split(body, "\n\n")
		body = strings.Join(paras[:len(paras)*2/3], "\n\n") + "\n"
	}
	return fmt.Sprintf("+++\ntitle = %q\noutlet = %q\npublished = %s\n+++\n%s (%s) %s\n\n%s",
		fmt.Sprintf("Wire report %d", i), pick(r, outlets)+" ("+pick(r, agencies)+")",
		day(orig).AddDate(0, 0, 1+r.IntN(2)).Format(time.DateOnly),
		strings.ToUpper(pick(r, places)), pick(r, agencies), pick(r, filler(r, 12)), body)
}

func furniture(b *strings.Builder, r *rand.Rand, title string) {
	fmt.Fprintf(b, "Home > News > %s > %s\n\n", pick(r, []string{"World", "Asia", "Pakistan"}), pick(r, []string{"Politics", "Security"}))
	b.WriteString(title + "\n\n")
	fmt.Fprintf(b, "Updated on: %02d June,2023 %02d:%02d PM IST | %s\n\n", 1+r.IntN(28), 1+r.IntN(11), r.IntN(60), pick(r, places))
	b.WriteString(pick(r, inlineFurniture) + "\n\n")
}

func paragraph(b *strings.Builder, r *rand.Rand) {
	n := 2 + r.IntN(3)
	for s := range n {
		if s > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(sentence(r))
	}
	b.WriteString("\n\n")
}

// sentence returns one sentence: most carry a fact the extractor looks
// for, the rest are filler whose words make each article's text unique.
func sentence(r *rand.Rand) string {
	switch r.IntN(7) {
	case 0:
		return fmt.Sprintf("At least %d %s were killed in %s on %s, %s said.", 2+r.IntN(90), pick(r, victims), pick(r, places), pick(r, weekdays), pick(r, sayers))
	case 1:
		return fmt.Sprintf("%s said on %s that %s %s %s.", pick(r, speakers), pick(r, weekdays), pick(r, actors), pick(r, positions), pick(r, topics))
	case 2:
		return fmt.Sprintf("%q %s told reporters in %s.", capital(strings.Join(filler(r, 10+r.IntN(8)), " "))+".", pick(r, speakers), pick(r, places))
	case 3:
		return fmt.Sprintf("On %s %d, %s %s in %s, officials said.", pick(r, months), 1+r.IntN(28), pick(r, actors), pick(r, eventVerbs), pick(r, places))
	case 4:
		return fmt.Sprintf("More than %d,%03d people have been displaced from %s since %s, according to %s.", 1+r.IntN(90), r.IntN(1000), pick(r, places), pick(r, months), pick(r, sayers))
	}
	return capital(strings.Join(filler(r, 12+r.IntN(14)), " ")) + "."
}

func filler(r *rand.Rand, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = pick(r, words)
	}
	return out
}

func capital(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func pick(r *rand.Rand, list []string) string { return list[r.IntN(len(list))] }

var (
	actors     = []string{"Pakistan", "Islamabad", "the TTP", "the Afghan Taliban", "Kabul", "the United Nations", "the United States", "China", "the Pakistani military", "the Taliban government"}
	speakers   = []string{"Khawaja Asif", "Zabihullah Mujahid", "Mumtaz Zahra Baloch", "Amir Khan Muttaqi", "a Foreign Office spokesperson", "Noor Wali Mehsud", "Antonio Guterres", "a State Department spokesman", "Ishaq Dar", "the ISPR"}
	sayers     = []string{"the ISPR", "police", "local officials", "the United Nations", "a hospital official", "residents", "the provincial government"}
	titleVerbs = []string{"rejects", "urges", "accuses", "warns", "welcomes", "questions"}
	topics     = []string{"talks with the TTP", "cross-border attacks", "the repatriation of refugees", "a ceasefire", "border fencing", "militant sanctuaries", "trade through Torkham", "a military operation"}
	positions  = []string{"rejected", "supported", "called for", "opposed", "welcomed", "would not accept", "was ready for"}
	eventVerbs = []string{"launched an operation", "closed the border crossing", "held talks", "carried out air strikes", "announced a ceasefire", "arrested suspects"}
	victims    = []string{"militants", "soldiers", "civilians", "police officers", "people"}
	places     = []string{"North Waziristan", "Bajaur", "Khyber", "Peshawar", "Bannu", "Kabul", "Quetta", "Chitral", "Paktika", "Kurram", "Torkham", "Dera Ismail Khan"}
	weekdays   = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	months     = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	outlets    = []string{"Dawn", "The Express Tribune", "Geo News", "Mid-day", "Al Jazeera", "VOA", "The News", "Khaama Press", "Ariana News", "Arab News"}
	agencies   = []string{"PTI", "AFP", "Reuters", "AP", "APP"}
	grades     = []string{"A", "B", "C", "D"}
	// inlineFurniture and footers are page furniture the cleaner drops.
	inlineFurniture = []string{"Advertisement", "Read more: Pakistan news", "Also Read", "Share this article", "Follow us on WhatsApp Channel", "MOST READ", "Photo: AFP", "Click here to subscribe", "Skip to content"}
	footers         = []string{"This item reached us through a third party syndicated feed without changes.", "All rights reserved.", "Subscribe today for unlimited access.", "By continuing to use this website you accept our cookie policy."}
	words           = strings.Fields(`the government provincial district security forces border region
		council meeting leaders tribal elders local residents markets schools roads valley mountain
		river village town city market hospital clinic water supply electricity winter summer harvest
		wheat trade trucks traders goods customs fence posts checkpoint patrol convoy highway bridge
		election parliament senate committee minister ministry budget funds loan economy inflation prices
		fuel shortage queue families children women students teachers doctors nurses refugees camps
		registration documents permits visas passports students exams universities journalists reporters
		newspaper television radio broadcast statement press conference interview briefing analysts
		observers diplomats embassy envoy delegation visit agreement framework proposal plan strategy
		policy decision approach response pressure concern warning demand condition assurance guarantee
		commitment cooperation dialogue negotiations mediation process stage phase round weeks months
		years decades history tradition culture religion scholars clerics mosques seminaries madrassas
		youth unemployment jobs wages farmers livestock drought floods rains earthquake relief aid
		donors agencies organisations charities volunteers supplies food medicine shelter blankets tents
		quickly slowly firmly openly quietly publicly privately repeatedly recently already still again
		new old large small long short strong weak important difficult serious significant major minor
		eastern western northern southern central remote rural urban local national regional international`)
)
