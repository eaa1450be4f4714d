package extract

import (
	"cmp"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"brief/report"
)

// suggestLead is a lead of a fresh training set with what the gold says
// of it: Gold is the gold position of its actor and issue whose quote
// overlaps its sentence, or "" (no position: a lead the analyst rejects).
type suggestLead struct {
	report.Lead
	Gold report.Position
	Age  int  // its article's place in the domain, oldest first
	Cell bool // the rules read a stance of its actor on its issue in the domain: the matrix has a cell
}

// suggestLeadsOf reads the articles of set with the rules only, each
// lead suggested by m, one domain a slice.
func suggestLeadsOf(t *testing.T, set string, m *stanceModel) [][]suggestLead {
	t.Helper()
	cfgs, _ := filepath.Glob(filepath.Join("testdata", set, "*", "config.toml"))
	var out [][]suggestLead
	for _, cfg := range cfgs {
		ddir := filepath.Dir(cfg)
		var c demoConfig
		if _, err := toml.DecodeFile(cfg, &c); err != nil {
			t.Fatalf("reading %s: %v", cfg, err)
		}
		if mds, _ := filepath.Glob(filepath.Join(ddir, "*.md")); len(mds) == 0 {
			continue
		}
		x := New(Domain{Actors: c.Actors, Issues: c.Issues})
		x.suggest = m
		arts := loadArticles(t, ddir)
		slices.SortStableFunc(arts, func(a, b seedArticle) int { return strings.Compare(a.published.String(), b.published.String()) })
		var leads []suggestLead
		cells, seen := map[string]bool{}, map[string]bool{}
		for age, a := range arts {
			var g generalGold
			gold := filepath.Join(ddir, "gold", a.name+".toml")
			if _, err := os.Stat(gold); err != nil {
				continue
			}
			if _, err := toml.DecodeFile(gold, &g); err != nil {
				t.Fatalf("gold for %s: %v", a.name, err)
			}
			f := x.ExtractBy(a.name, a.text, a.outlet, a.published)
			OwnOutlet(&f, a.outlet)
			for _, s := range f.Stances {
				cells[s.Actor+"|"+s.Issue] = true
			}
			for _, l := range f.Leads {
				key := l.Actor + "|" + l.Issue + "|" + report.Normalise(l.Citation.Quote)
				if seen[key] {
					continue
				}
				seen[key] = true
				sl := suggestLead{Lead: l, Age: age}
				for _, gs := range g.Stance {
					if seedKey(gs.Actor) == seedKey(l.Actor) && seedKey(gs.Issue) == seedKey(l.Issue) && quoteOverlaps(gs.Quote, l.Citation.Quote) {
						sl.Gold = report.Position(gs.Position)
						break
					}
				}
				leads = append(leads, sl)
			}
		}
		for k := range leads {
			leads[k].Cell = cells[leads[k].Actor+"|"+leads[k].Issue]
		}
		out = append(out, leads)
	}
	return out
}

// leadOrders are the orders of leads compared: assemble's capLeads
// before this session (no cell first, reason, own speaker, newest), the
// suggestion's confidence after the no-cell rule, and confidence alone.
var leadOrders = []struct {
	name string
	cmp  func(x, y *suggestLead) int
}{
	{"rules", func(x, y *suggestLead) int {
		return cmp.Or(compareFirst(!x.Cell, !y.Cell), cmp.Compare(leadReasonPlace(x.Reason), leadReasonPlace(y.Reason)),
			compareFirst(x.SpeakerActor == x.Actor, y.SpeakerActor == y.Actor), -cmp.Compare(x.Age, y.Age))
	}},
	{"cell+confidence", func(x, y *suggestLead) int {
		return cmp.Or(compareFirst(!x.Cell, !y.Cell), -cmp.Compare(x.Confidence, y.Confidence), cmp.Compare(leadReasonPlace(x.Reason), leadReasonPlace(y.Reason)),
			compareFirst(x.SpeakerActor == x.Actor, y.SpeakerActor == y.Actor), -cmp.Compare(x.Age, y.Age))
	}},
	{"confidence", func(x, y *suggestLead) int {
		return cmp.Or(-cmp.Compare(x.Confidence, y.Confidence), cmp.Compare(leadReasonPlace(x.Reason), leadReasonPlace(y.Reason)),
			compareFirst(x.SpeakerActor == x.Actor, y.SpeakerActor == y.Actor), -cmp.Compare(x.Age, y.Age))
	}},
}

func leadReasonPlace(r report.LeadReason) int { return slices.Index(report.LeadReasons, r) }

func compareFirst(x, y bool) int {
	switch {
	case x == y:
		return 0
	case x:
		return -1
	}
	return 1
}

// TestLeadSuggestCV measures the leads' suggestions on the fresh training
// sets, each suggested by a model trained on every other set (as
// TestStanceCV): how many leads are real positions among the top k of
// each cell and of each domain under each order, and how often the
// suggestion is the gold position of a real one:
// `STANCE_CV=1 go test -run TestLeadSuggestCV -v ./report/extract`.
func TestLeadSuggestCV(t *testing.T) {
	if os.Getenv("STANCE_CV") == "" {
		t.Skip("set STANCE_CV=1")
	}
	bySet := collectAllStanceSets(t)
	fresh := []string{"train15a", "train15b"}
	type tally struct{ leads, real, right int }
	cellK := []int{1, 3, 5, 10}
	domainK := []int{10, 25, 50, 100}
	var total tally
	topCell := make([][]int, len(leadOrders))   // per order, per k: real leads kept
	keptCell := make([][]int, len(leadOrders))  // leads kept
	topDomain := make([][]int, len(leadOrders)) // per order, per k: real leads among a domain's top k
	keptDomain := make([][]int, len(leadOrders))
	newCells := make([][]int, len(leadOrders)) // per order, per k: cells with no stance a real lead among a domain's top k fills
	for o := range leadOrders {
		topCell[o], keptCell[o] = make([]int, len(cellK)), make([]int, len(cellK))
		topDomain[o], keptDomain[o], newCells[o] = make([]int, len(domainK)), make([]int, len(domainK)), make([]int, len(domainK))
	}
	byConf := map[float64][2]int{}     // confidence tenth → leads, real
	golds := map[report.Position]int{} // the real leads' gold positions: the baseline of always suggesting the commonest
	pairs := map[string]int{}          // gold → suggested, of the real leads
	for _, held := range fresh {
		var train []stanceExample
		for _, set := range stanceTrainingSets {
			if set != held {
				train = append(train, examplesOf(bySet[set])...)
			}
		}
		m := trainStanceModel(train)
		var st tally
		for _, leads := range suggestLeadsOf(t, held, m) {
			for _, l := range leads {
				st.leads++
				b := byConf[float64(int(l.Confidence*10))/10]
				b[0]++
				if l.Gold != "" {
					st.real++
					b[1]++
					golds[l.Gold]++
					pairs[string(l.Gold)+"→"+string(l.Suggested)]++
					if l.Suggested == l.Gold {
						st.right++
					}
				}
				byConf[float64(int(l.Confidence*10))/10] = b
			}
			for o, ord := range leadOrders {
				sorted := slices.Clone(leads)
				slices.SortStableFunc(sorted, func(x, y suggestLead) int { return ord.cmp(&x, &y) })
				for j, k := range domainK {
					filled := map[string]bool{}
					for _, l := range sorted[:min(k, len(sorted))] {
						keptDomain[o][j]++
						if l.Gold != "" {
							topDomain[o][j]++
							if !l.Cell && !filled[l.Actor+"|"+l.Issue] {
								filled[l.Actor+"|"+l.Issue] = true
								newCells[o][j]++
							}
						}
					}
				}
				inCell := map[string]int{}
				for _, l := range sorted {
					cell := l.Actor + "|" + l.Issue
					inCell[cell]++
					for j, k := range cellK {
						if inCell[cell] <= k {
							keptCell[o][j]++
							if l.Gold != "" {
								topCell[o][j]++
							}
						}
					}
				}
			}
		}
		t.Logf("%s: leads %d, real positions %d, suggestion = gold %d", held, st.leads, st.real, st.right)
		total.leads += st.leads
		total.real += st.real
		total.right += st.right
	}
	t.Logf("fresh: leads %d, real positions %d, suggestion = gold %d; gold positions %v", total.leads, total.real, total.right, golds)
	t.Logf("gold → suggested: %v", pairs)
	for o, ord := range leadOrders {
		var line, dline string
		for j, k := range cellK {
			line += " top" + strconv.Itoa(k) + " " + strconv.Itoa(topCell[o][j]) + "/" + strconv.Itoa(keptCell[o][j])
		}
		for j, k := range domainK {
			dline += " top" + strconv.Itoa(k) + " " + strconv.Itoa(topDomain[o][j]) + "/" + strconv.Itoa(keptDomain[o][j]) + " (new cells " + strconv.Itoa(newCells[o][j]) + ")"
		}
		t.Logf("%-16s per cell:%s | per domain:%s", ord.name, line, dline)
	}
	var tenths []float64
	for c := range byConf {
		tenths = append(tenths, c)
	}
	slices.Sort(tenths)
	for _, c := range tenths {
		t.Logf("confidence %.1f-: leads %d, real %d", c, byConf[c][0], byConf[c][1])
	}
}
