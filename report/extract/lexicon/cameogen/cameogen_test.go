package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"brief/internal/golden"
	"brief/report"
)

func TestPosition(t *testing.T) {
	for _, tc := range []struct {
		code, phrase, want string
	}{
		{"020", "appeal", "demand"},
		{"0256", "appeal for", "demand"},
		{"100", "demand", "demand"},
		{"1053", "demand release of", "demand"},
		{"030", "pledge", "support"},
		{"036", "offer", "support"},
		{"046", "hold talks", "support"},
		{"050", "agree", "support"},
		{"057", "sign", "support"},
		{"062", "arm", "support"},
		{"0841", "release", "support"},
		{"111", "condemn", "oppose"},
		{"120", "reject", "oppose"},
		{"138", "threaten", "oppose"},
		{"161", "break off", "oppose"},
		{"016", "deny", "deny"},
		{"0161", "deny", "deny"},
		{"010", "say", ""},
		{"019", "agree", ""},
		{"073", "deliver", ""},
		{"090", "investigate", ""},
		{"140", "protest", ""},
		{"150", "mobilize", ""},
		{"173", "arrest", ""},
		{"190", "attack", ""},
		{"200", "massacre", ""},
		// positionByPhrase overrides a code that carries a position …
		{"020", "propose", "propose"},
		{"020", "suggest", "propose"},
		{"0872", "lift", "oppose"},
		{"080", "withdraw", "oppose"},
		{"040", "walk out", "oppose"},
		// … but gives none to a code that carries none.
		{"010", "propose", ""},
		{"190", "withdraw", ""},
	} {
		if got := position(tc.code, tc.phrase); got != tc.want {
			t.Errorf("position(%q, %q) = %q, want %q", tc.code, tc.phrase, got, tc.want)
		}
	}
}

func TestEventType(t *testing.T) {
	for code, want := range map[string]string{
		"140": "protest", "1414": "protest", "145": "protest",
		"173": "arrest", "171": "", "172": "", "174": "", "175": "",
		"180": "violence_against_civilians", "181": "violence_against_civilians",
		"183": "explosion", "1831": "explosion",
		"190": "battle", "195": "battle", "196": "battle",
		"200": "violence_against_civilians", "203": "violence_against_civilians",
		"0871": "agreement", "057": "agreement",
		"087": "", "0872": "", "050": "", "150": "", "010": "",
	} {
		if got := eventType(code); got != want {
			t.Errorf("eventType(%q) = %q, want %q", code, got, want)
		}
	}
}

// Every position and event type the maps give is one the model knows.
func TestMapsUseModelVocabulary(t *testing.T) {
	for _, m := range []map[string]string{positionByRoot, positionByCode, positionByPhrase} {
		for k, p := range m {
			if !slices.Contains(report.Positions, report.Position(p)) {
				t.Errorf("%q maps to position %q, not in report.Positions", k, p)
			}
		}
	}
	for k, ty := range eventTypeByCode {
		if !slices.Contains(report.EventTypes, report.EventType(ty)) {
			t.Errorf("%q maps to event type %q, not in report.EventTypes", k, ty)
		}
	}
}

func TestActiveCode(t *testing.T) {
	for in, want := range map[string]string{
		"042:043": "042", "0256": "0256", "020": "020", ":173": "",
		"---": "", "999!": "", "s": "", "12345": "",
	} {
		if got := activeCode(in); got != want {
			t.Errorf("activeCode(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNeedsTo(t *testing.T) {
	for _, tc := range []struct {
		pos, phrase string
		want        bool
	}{
		{"demand", "urge", true},
		{"demand", "call on", true},
		{"demand", "appeal to", true},
		{"demand", "plead with", true},
		{"demand", "call for", false},
		{"demand", "demand", false},
		{"demand", "appeal", false},
		{"demand", "urge support for", false},
		{"support", "agree to", false},
		{"oppose", "warn", false},
	} {
		if got := needsTo(tc.pos, tc.phrase); got != tc.want {
			t.Errorf("needsTo(%q, %q) = %v, want %v", tc.pos, tc.phrase, got, tc.want)
		}
	}
}

func TestInflects(t *testing.T) {
	for _, tc := range []struct {
		form, base string
		want       bool
	}{
		{"RULED_OUT", "RULE_OUT", true},
		{"CALLS_ON", "CALL_ON", true},
		{"STOPPED", "STOP", true},
		{"DENIES", "DENY", true},
		{"DENIED", "DENY", true},
		{"PLEADING", "PLEAD", true},
		{"URGING", "URGE", true},
		{"RULED_IN", "RULE_OUT", false},
		{"REJECTION", "REJECT", false},
		{"WENT", "GO", false},
	} {
		if got := inflects(tc.form, tc.base); got != tc.want {
			t.Errorf("inflects(%q, %q) = %v, want %v", tc.form, tc.base, got, tc.want)
		}
	}
}

// convertTestdata converts testdata/verbs.txt.
func convertTestdata(t *testing.T) ([]cue, []eventVerb) {
	t.Helper()
	f, err := os.Open("testdata/verbs.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := parseVerbs(f, "testdata/verbs.txt")
	if err != nil {
		t.Fatal(err)
	}
	cues, events, _ := convert(d)
	return cues, events
}

func TestConvertKeeps(t *testing.T) {
	cues, events := convertTestdata(t)
	byPhrase := map[string]cue{}
	for _, c := range cues {
		byPhrase[c.phrase] = c
	}
	for _, want := range []cue{
		{phrase: "appeal", position: "demand", cameo: "020"},
		{phrase: "appeal to", position: "demand", needsTo: true, cameo: "020"},
		{phrase: "plead with", position: "demand", needsTo: true, cameo: "020"},
		{phrase: "call on", position: "demand", needsTo: true, cameo: "020"},
		{phrase: "call for", position: "demand", cameo: "020"},
		{phrase: "urge", position: "demand", needsTo: true, cameo: "020"},
		{phrase: "urge support for", position: "demand", cameo: "020"},
		// No code of their own: read from their patterns.
		{phrase: "reject", position: "oppose", cameo: "120"},
		{phrase: "deny", position: "deny", cameo: "016"},
		{phrase: "rule out", position: "oppose", cameo: "125"},
		// A comment naming the verb by an inflected form with its particle.
		{phrase: "shrug off", position: "oppose", cameo: "120"},
		// Yield verbs whose object is what is given up.
		{phrase: "withdraw", position: "oppose", cameo: "080"},
		{phrase: "withdraw from", position: "oppose", cameo: "0874"},
		{phrase: "pull out of", position: "oppose", cameo: "0874"},
		{phrase: "condemn", position: "oppose", cameo: "111"},
		{phrase: "condemn killing of", position: "oppose", cameo: "111"},
	} {
		got, ok := byPhrase[want.phrase]
		if !ok {
			t.Errorf("no cue %q", want.phrase)
			continue
		}
		got.note = ""
		if got != want {
			t.Errorf("cue %q = %+v, want %+v", want.phrase, got, want)
		}
	}
	for phrase, why := range map[string]string{
		"solicit":                   "a synonym no pattern names",
		"wonder":                    "a synonym with no code",
		"shrug":                     "fewer than 3 patterns to read its code from",
		"plead not guilty":          "negated",
		"appeal for ceasefire":      "the object is the issue",
		"appeal for help":           "the object is the issue",
		"go":                        "generic verb alone",
		"go away":                   "excluded by judgement (travel)",
		"arrive":                    "a synonym no pattern names",
		"condemn brutal killing of": "two words before the preposition",
		"declare":                   "010 carries no position",
		"declare ceasefire":         "an object noun: an event, not a cue",
		"decry":                     "a synonym no pattern names",
	} {
		if _, ok := byPhrase[phrase]; ok {
			t.Errorf("cue %q kept, want it dropped: %s", phrase, why)
		}
	}
	evs := map[string]eventVerb{}
	for _, e := range events {
		evs[e.phrase] = e
	}
	for phrase, want := range map[string]string{
		"attack": "battle", "attack with rockets": "battle", "bomb": "battle",
		"bomb car": "explosion", "shell": "battle",
		"declare ceasefire": "agreement", "declare unilateral truce": "agreement",
	} {
		if got := evs[phrase].typ; got != want {
			t.Errorf("event verb %q: type %q, want %q", phrase, got, want)
		}
	}
	// "WENT_TO" over "* &TRUCE": the comment's "to" follows the verb.
	if got := evs["go to truce"].typ; got != "battle" {
		t.Errorf(`event verb "go to truce": type %q, want "battle"`, got)
	}
	for _, phrase := range []string{"attack civilians", "go truce", "declare war on"} {
		if _, ok := evs[phrase]; ok {
			t.Errorf("event verb %q kept, want it dropped", phrase)
		}
	}
}

func TestRoles(t *testing.T) {
	f, err := os.Open("testdata/agents.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	as, skipped, err := parseAgents(f, "testdata/agents.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(skipped) != 1 || !strings.Contains(skipped[0], "testdata/agents.txt:25") {
		t.Errorf("skipped = %q, want the one malformed line, 25", skipped)
	}
	var got []string
	for _, r := range roles(as) {
		got = append(got, r.phrase+"="+r.sector)
	}
	want := []string{
		"ambassador=GOV", "army chief=MIL",
		"army spokesman=MIL", "army spokesperson=MIL", "army spokeswoman=MIL",
		"defence secretary=GOV", "foreign minister=GOV",
		"minister of foreign affairs=GOV", "minister of territorial administration=GOV",
		"president=GOV", "rebel commander=REB",
		"spokesman=", "spokesperson=", "spokeswoman=",
	}
	if !slices.Equal(got, want) {
		t.Errorf("roles:\n got %q\nwant %q", got, want)
	}
}

func TestParseErrors(t *testing.T) {
	for name, in := range map[string]string{
		"no blocks":          "####### VERB PATTERNS #######\n",
		"pattern no code":    "####### VERB PATTERNS #######\n--- X [---] ---\nX\n- * Y # X\n",
		"pattern no star":    "####### VERB PATTERNS #######\n--- X [---] ---\nX\n- Y [020] # X\n",
		"bad header":         "####### VERB PATTERNS #######\n--- X ---\n",
		"synonym outside":    "+WORD\n",
		"before first block": "####### VERB PATTERNS #######\nX\n",
	} {
		_, err := parseVerbs(strings.NewReader(in), "in.txt")
		if err == nil {
			t.Errorf("%s: no error", name)
			continue
		}
		if !strings.HasPrefix(err.Error(), "in.txt") {
			t.Errorf("%s: error %q does not start with the file name", name, err)
		}
	}
	if _, _, err := parseAgents(strings.NewReader("# nothing\n"), "a.txt"); err == nil {
		t.Error("agents with no entries: no error")
	}
}

// TestGolden converts the test dictionaries and compares both files with
// testdata/*.golden.toml (go test -update rewrites them).
func TestGolden(t *testing.T) {
	cameo, roles, err := generate("testdata/verbs.txt", "testdata/agents.txt", nil)
	if err != nil {
		t.Fatal(err)
	}
	for name, got := range map[string][]byte{"cameo.golden.toml": cameo, "roles.golden.toml": roles} {
		golden.Check(t, filepath.Join("testdata", name), got)
	}
}

// lexiconFile mirrors the lexicon loader's schema for what cameogen writes.
type lexiconFile struct {
	Cues []struct {
		Phrase   string `toml:"phrase"`
		Position string `toml:"position"`
		Shape    string `toml:"shape"`
		NeedsTo  bool   `toml:"needs_to"`
		CAMEO    string `toml:"cameo"`
	} `toml:"cue"`
	EventVerbs []struct {
		Phrase string `toml:"phrase"`
		Type   string `toml:"type"`
		CAMEO  string `toml:"cameo"`
	} `toml:"event_verb"`
	Roles []struct {
		Phrase string `toml:"phrase"`
		Sector string `toml:"sector"`
	} `toml:"role"`
}

// TestCommittedFiles checks the committed cameo.toml and roles.toml:
// they decode with no unknown key, use the model's vocabulary, and are
// sorted and free of duplicates.
func TestCommittedFiles(t *testing.T) {
	for _, name := range []string{"cameo.toml", "roles.toml"} {
		var lf lexiconFile
		md, err := toml.DecodeFile(filepath.Join("..", name), &lf)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if un := md.Undecoded(); len(un) > 0 {
			t.Errorf("%s: unknown key %s", name, un[0])
		}
		var phrases []string
		for _, c := range lf.Cues {
			phrases = append(phrases, c.Phrase)
			if !slices.Contains(report.Positions, report.Position(c.Position)) || c.Shape != "verb" || activeCode(c.CAMEO) == "" {
				t.Errorf("%s: cue %+v", name, c)
			}
			if c.Phrase != strings.ToLower(c.Phrase) || strings.TrimSpace(c.Phrase) != c.Phrase {
				t.Errorf("%s: cue phrase %q not lower case and trimmed", name, c.Phrase)
			}
		}
		checkSorted(t, name+" cues", phrases)
		phrases = nil
		for _, e := range lf.EventVerbs {
			phrases = append(phrases, e.Phrase)
			if !slices.Contains(report.EventTypes, report.EventType(e.Type)) || activeCode(e.CAMEO) == "" {
				t.Errorf("%s: event verb %+v", name, e)
			}
		}
		checkSorted(t, name+" event verbs", phrases)
		phrases = nil
		for _, r := range lf.Roles {
			phrases = append(phrases, r.Phrase)
		}
		checkSorted(t, name+" roles", phrases)
		if name == "cameo.toml" && (len(lf.Cues) < 100 || len(lf.EventVerbs) < 100) {
			t.Errorf("cameo.toml: %d cues, %d event verbs; want 100 or more of each", len(lf.Cues), len(lf.EventVerbs))
		}
		if name == "roles.toml" && (len(lf.Roles) < 100 || len(lf.Roles) > 500) {
			t.Errorf("roles.toml: %d roles; want between 100 and 500", len(lf.Roles))
		}
	}
}

func checkSorted(t *testing.T, what string, s []string) {
	t.Helper()
	for i := 1; i < len(s); i++ {
		if s[i-1] >= s[i] {
			t.Errorf("%s: %q before %q: not sorted or duplicated", what, s[i-1], s[i])
		}
	}
}

// TestRegenerate rebuilds both files from PETRARCH2's dictionaries and
// compares them with the committed ones. Set CAMEOGEN_PETRARCH2 to the
// folder holding CAMEO.2.0.txt and Phoenix.agents.txt
// (petrarch2/data/dictionaries of github.com/openeventdata/petrarch2).
func TestRegenerate(t *testing.T) {
	dir := os.Getenv("CAMEOGEN_PETRARCH2")
	if dir == "" {
		t.Skip("CAMEOGEN_PETRARCH2 not set: not regenerating from PETRARCH2's dictionaries")
	}
	cameo, roles, err := generate(filepath.Join(dir, "CAMEO.2.0.txt"), filepath.Join(dir, "Phoenix.agents.txt"), nil)
	if err != nil {
		t.Fatal(err)
	}
	for name, got := range map[string][]byte{"cameo.toml": cameo, "roles.toml": roles} {
		want, err := os.ReadFile(filepath.Join("..", name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is not what cameogen makes of %s; rebuild it (see README.md)", name, dir)
		}
	}
}
