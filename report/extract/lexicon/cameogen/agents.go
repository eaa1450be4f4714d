package main

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
)

// A role is one [[role]] of roles.toml.
type role struct {
	phrase string
	sector string
}

// An agent is one entry of a PETRARCH agents dictionary, its
// substitution sets expanded: "foreign minister" with code "GOV".
type agent struct {
	phrase string
	code   string // without its "~": "GOV", "GOVMIL", "REB"
	line   int
}

// parseAgents reads a PETRARCH agents dictionary (Phoenix.agents.txt):
// "!SET! = A, B" substitution sets and "WORD_WORD {PLURALS} [~CODE]"
// entries. name is used in errors.
//
// The dictionary has a few malformed lines (a "}" closing a code); they
// are skipped and returned as messages, since one typo in a third-party
// list must not stop the rebuild.
func parseAgents(r io.Reader, name string) ([]agent, []string, error) {
	sets := map[string][]string{}
	var out []agent
	var skipped []string
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := stripComment(sc.Text())
		if line == "" {
			continue
		}
		if label, list, ok := strings.Cut(line, "="); ok && strings.HasPrefix(line, "!") {
			label = strings.TrimSpace(label)
			for _, w := range strings.Split(list, ",") {
				if w = strings.TrimSpace(w); w != "" {
					sets[label] = append(sets[label], w)
				}
			}
			continue
		}
		i := strings.LastIndex(line, "[")
		if i < 0 || !strings.HasSuffix(line, "]") {
			skipped = append(skipped, fmt.Sprintf("%s:%d: agent %q: no [~CODE] at its end; skipped", name, n, line))
			continue
		}
		code := strings.TrimPrefix(line[i+1:len(line)-1], "~")
		body := line[:i]
		if j := strings.Index(body, "{"); j >= 0 {
			body = body[:j]
		}
		for _, e := range expandSets(body, sets) {
			p := strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(e, "_", " ")), " "))
			if p != "" {
				out = append(out, agent{phrase: p, code: code, line: n})
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(out) == 0 {
		return nil, nil, fmt.Errorf("%s: no agents (want lines like \"FOREIGN_MINISTER [~GOV]\")", name)
	}
	return out, skipped, nil
}

// expandSets replaces each "!SET!" in s by each singular member of the
// set ("SPOKES!PERSON!" → SPOKESMAN, SPOKESWOMAN, SPOKESPERSON).
func expandSets(s string, sets map[string][]string) []string {
	for label, members := range sets {
		if !strings.Contains(s, label) {
			continue
		}
		// "AD!MINIST!RATION": a label inside a word is the source's
		// search-and-replace slip; it stands for its own letters.
		i := strings.Index(s, label)
		if end := i + len(label); end < len(s) && isLetter(s[end]) {
			return expandSets(s[:i]+strings.Trim(label, "!")+s[end:], sets)
		}
		var out []string
		for _, m := range singulars(members) {
			out = append(out, expandSets(strings.Replace(s, label, m, 1), sets)...)
		}
		return out
	}
	return []string{s}
}

func isLetter(c byte) bool { return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' }

// singulars drops the members of a set that are the plural of another
// (MEN of MAN, MINISTERS of MINISTER, MINISTRIES of MINISTRY).
func singulars(members []string) []string {
	var out []string
	for _, m := range members {
		plural := false
		for _, o := range members {
			if o != m && (m == o+"S" || m == strings.TrimSuffix(o, "AN")+"EN" && strings.HasSuffix(o, "AN") ||
				strings.HasSuffix(o, "Y") && m == strings.TrimSuffix(o, "Y")+"IES") {
				plural = true
			}
		}
		if !plural {
			out = append(out, m)
		}
	}
	return out
}

// officialHeads are the nouns that name an office or an official; an
// agent is a role when its head (its last word before any "of", "for",
// "to" …) is one of them.
var officialHeads = map[string]bool{
	"adviser": true, "advisor": true, "aide": true, "ambassador": true,
	"administrator": true, "admiral": true, "attache": true, "attorney": true,
	"brigadier": true, "captain": true, "chairman": true, "chairperson": true,
	"chairwoman": true, "chancellor": true, "chief": true, "colonel": true,
	"commandant": true, "commander": true, "commissioner": true, "consul": true,
	"coordinator": true, "counsellor": true, "counselor": true, "delegate": true,
	"deputy": true, "diplomat": true, "director": true, "emir": true,
	"emissary": true, "envoy": true, "general": true, "governor": true,
	"head": true, "inspector": true, "judge": true, "king": true,
	"lawmaker": true, "leader": true, "legislator": true, "lieutenant": true,
	"marshal": true, "mayor": true, "mediator": true, "minister": true,
	"monarch": true, "negotiator": true, "officer": true, "official": true,
	"ombudsman": true, "parliamentarian": true, "premier": true,
	"president": true, "prosecutor": true, "queen": true, "rapporteur": true,
	"representative": true, "secretary": true, "secretary-general": true,
	"senator": true, "spokesman": true, "spokesperson": true,
	"spokeswoman": true, "sultan": true, "superintendent": true,
	"undersecretary": true, "warlord": true, "congressman": true,
	"congresswoman": true, "mp": true, "commissar": true, "sheriff": true,
}

// ambiguousRoles are heads that alone are common words with other
// meanings; they are kept only inside a longer phrase ("army chief").
var ambiguousRoles = map[string]bool{
	"general": true, "head": true, "chief": true, "deputy": true,
	"captain": true, "marshal": true, "delegate": true, "attorney": true,
	"judge": true, "leader": true, "representative": true, "director": true,
	"inspector": true, "officer": true,
}

// roleWords caps a role phrase's length: longer titles ("minister of
// national planning and economic development") name one office in one
// country and would only slow the matcher.
const roleWords = 4

// roles picks from agents those that name an office or an official,
// deduplicated (an agent listed with several codes keeps the first) and
// sorted.
func roles(agents []agent) []role {
	seen := map[string]bool{}
	var out []role
	for _, a := range agents {
		if seen[a.phrase] || !isRole(a.phrase) || len(a.code) < 3 {
			continue
		}
		seen[a.phrase] = true
		sector := a.code[:3]
		if s, ok := sectorByPhrase[a.phrase]; ok {
			sector = s
		}
		out = append(out, role{phrase: a.phrase, sector: sector})
	}
	out = slices.DeleteFunc(out, func(r role) bool { return isVariant(r.phrase, seen) })
	slices.SortFunc(out, func(a, b role) int { return strings.Compare(a.phrase, b.phrase) })
	return out
}

// sectorByPhrase corrects the sector of roles whose agent code does not
// say whom they speak for: the dictionary files a bare spokesperson
// under MED (media), but one speaks for whatever body employs them.
var sectorByPhrase = map[string]string{
	"spokesman":    "",
	"spokesperson": "",
	"spokeswoman":  "",
}

// isVariant reports whether phrase is a longer spelling of an office
// the list already has: "minister for trade" beside "minister of
// trade", "minister of trade" or "secretary of labor" beside "trade
// minister", "labor secretary".
func isVariant(phrase string, have map[string]bool) bool {
	w := strings.Fields(phrase)
	if len(w) < 3 || (w[1] != "of" && w[1] != "for") {
		return false
	}
	rest := strings.Join(w[2:], " ")
	rest = strings.TrimPrefix(rest, "the ")
	if have[rest+" "+w[0]] {
		return true
	}
	return w[1] == "for" && have[w[0]+" of "+strings.Join(w[2:], " ")]
}

// roleStops end a role's head: "minister of defence" has head "minister".
var roleStops = map[string]bool{"of": true, "for": true, "to": true, "at": true, "in": true, "on": true}

// isRole reports whether phrase names an office or an official.
func isRole(phrase string) bool {
	w := strings.Fields(phrase)
	if len(w) > roleWords || strings.ContainsAny(phrase, ",.()/0123456789") {
		return false
	}
	head := w[len(w)-1]
	for i, x := range w {
		if roleStops[x] {
			if i == 0 {
				return false
			}
			head = w[i-1]
			break
		}
	}
	if roleStops[w[len(w)-1]] {
		return false // "ambassador to": the source wants a country after it
	}
	if w[0] == "former" || w[0] == "ex" || w[0] == "retired" || w[0] == "late" {
		return false
	}
	if len(w) == 1 && ambiguousRoles[head] {
		return false
	}
	return officialHeads[head]
}
