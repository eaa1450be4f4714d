package extract

import (
	"strings"

	"brief/report"
)

// issueMention is a configured issue's term found in text, at tokens
// [From, To).
type issueMention struct {
	From, To int
	Issue    int // index into the domain's issues
	// Object marks a term read in its passive order, object first
	// ("hostages would be freed" for "free hostages").
	Object bool
}

// stanceHit is one stance found in a sentence, before it becomes a
// report.Stance.
type stanceHit struct {
	Actor, Issue string
	Position     report.Position
	At           int    // the token of the cue or term it was read from
	Rule         string // the rule that read it, for --explain
	// exchange is where the acts that a step offered "in exchange for"
	// them open (attachedPosition), or 0: the holder asks for them.
	exchange int
}

// sentenceView is everything stance finding needs about one sentence.
type sentenceView struct {
	toks     []token
	from, to int // the sentence's tokens
	ms       []actorMention
	issues   []issueMention
	cues     []phraseMatch
	sp       speech
	quote    func(k int) (string, bool) // the speaker of a quotation around token k
	last     string                     // the last subject before this sentence
	author   string                     // the subject that opens the article: who a statement's "we" is
	voice    string                     // the actor whose outlet published the article: who speaks where no one else does
	group    []string                   // the last sentence's coordinated subjects: who "they" are
	recent   int                        // the claim issue the last two sentences raised, or -1
	claim    []bool                     // per issue: a claim, asserted or denied
	parties  [][]string                 // per issue: the actors its label names
	issueIDs []string
	demonym  func(i int) string // the actor whose demonym ends before token i, or ""
	table    *cueTable          // the cues' lexicon
	refusals []refusal          // why cues gave no stance (for --explain)
}

// stancesOf finds the stances of one sentence. Each cue takes the first
// issue term after it that no earlier cue of the clause has taken, so in
// "urged Pakistan to pursue talks" the talks are demanded by the subject,
// not supported by Pakistan.
func (v *sentenceView) stancesOf() []stanceHit {
	if v.sp.Opinion {
		return nil // "Analysts say the rebels seem reluctant …": a view, not a position
	}
	if v.question() || v.interviewerTurn() {
		return nil // "Would Pakistan accept talks?": a question takes no position
	}
	var out []stanceHit
	taken := map[int]bool{} // issue mentions already given a position
	at := v.from
	var exchange int // where the acts asked in exchange for the next hit open, or 0
	add := func(rule, actor string, issue int, pos report.Position) {
		if actor == "" {
			return
		}
		if v.sp.Credit && actor == v.sp.Speaker && !v.claim[issue] {
			return // "according to the UN, … when the AA broke a ceasefire": a source of facts takes no side
		}
		if v.proposedContent(at) {
			return // "the plan stipulates that the rebels would disarm": the document's term, no party's position
		}
		h := stanceHit{Actor: actor, Issue: v.issueIDs[issue], Position: pos, At: at, Rule: rule, exchange: exchange}
		for _, o := range out {
			if o.Actor == h.Actor && o.Issue == h.Issue && o.Position == h.Position {
				return
			}
		}
		out = append(out, h)
	}
	// Conditions first: "only … if", "unless" bind the terms on both sides.
	for _, c := range v.conditions() {
		at = c.From
		v.condition(c, taken, add)
	}
	var prev []string      // the subjects of the previous cue, for coordinated ones
	first := -1            // where the first cue ends
	var demanders []string // who made the last demand, for a coordinated infinitive under it
	for i, m := range v.cues {
		c := v.table.list[m.Value]
		if c.kind == cueCondition {
			continue
		}
		if h, ok := v.passiveCue(m, c, taken); ok {
			at = m.From
			for _, who := range h.actors {
				add("passive-cue", who, h.issue, h.position)
			}
			continue
		}
		if v.offeredChoice(m.From) {
			continue // "they face a choice: fight on, or agree to a truce": no act chosen yet
		}
		if v.ensuredAct(m.From) {
			continue // "ensuring that the army adheres to the truce": the ensurer's wish, not the army's position
		}
		if v.rightDeniedBefore(m.From) {
			continue // "the junta lacked the right to conduct elections": not the junta's act, the speaker's verdict
		}
		if h, ok := v.announcedPassive(m, c, taken); ok {
			at = m.From
			for _, who := range h.actors {
				add("announced-passive", who, h.issue, h.position)
			}
			continue
		}
		var subjects []string
		switch {
		case v.judgedSubject(m.From) != nil:
			subjects = v.judgedSubject(m.From) // "condemned Hamas for rejecting the truce": Hamas rejects it
		case v.relativeClosed(m.From) != nil:
			subjects = v.relativeClosed(m.From) // "A and B, which host the talks, called for …": not coordinated with "host"
		case v.participleAfterComma(m.From):
			subjects = v.subjectOf(m.From, c.kind) // "A ruled out a truce until B withdraws, rejecting talks": A's
		case v.coordinated(m) && prev != nil:
			subjects = prev // "Pakistan asks Kabul to act, rules out talks"
		case v.coordinated(m):
			subjects = v.clauseSubject(m.From) // "Pakistan's envoy met Taliban officials and urged them …"
		case c.kind == cueDeny && v.predicateDenial(m):
			subjects = nonEmpty(v.speakerAt(m.From)) // "the claims … are baseless," Mujahid said
			if who := v.claimant(m.From); who != "" {
				if k := v.claimAfter(v.from, m.From, nil); k >= 0 {
					add("claimant", who, v.issues[k].Issue, report.Support) // the claimant asserts it
				}
			}
		case (c.kind == cueNoun || c.kind == cueDeny && !pastForm(v.toks[m.To-1].Lower)) && len(v.nounAgentsAfter(m.To)) > 0:
			subjects = v.nounAgentsAfter(m.To) // "denials by the Taliban of …", "calls from the UN to …"
		case c.kind == cueNoun && c.position == report.Propose && v.receivedProposal(m.From):
			// "rejected a proposal for a truce", "the proposal for a truce
			// fell short": the subject did not make it
		default:
			subjects = v.subjectOf(m.From, c.kind)
		}
		if first < 0 {
			first = m.To
		}
		if !v.hasToken(first, m.From, "that") && !v.conditional(m.From) && !v.infinitive(m.From) {
			prev = subjects // not a cue of a "that" clause or an infinitive: "called on Rwanda to end its support …, and urged"
		}
		at = m.From
		directed := v.directedBy(m.From)
		offered := report.Position("")
		if directed == nil {
			directed, offered = v.requestAgents(m.From) // "agreed to a request by Sudria to announce a truce": Sudria's demand
		}
		if directed != nil {
			subjects = directed // "Egypt told Hamas to accept the truce": Egypt's demand
		} else if who := v.boundBy(m.From); who != "" {
			subjects = []string{who} // "both parties must allow access, Washington said": Washington's demand
		} else if k, ok := v.bound(m.From); ok && v.voiceAt(m.From) == "" && !v.selfBound(k) {
			continue // "both parties need to allow access": bound by someone we do not know
		}
		h, ok := v.cueStance(m, c, taken, v.nextCoordinated(i), subjects)
		if ok && h.position == report.Support && (directed != nil || v.boundBy(m.From) != "") {
			h.position = report.Demand
			if offered == report.Propose {
				h.position = report.Propose // "an offer by Sudria to host talks": its own act, put forward
			}
		}
		if c.position == report.Demand && (c.kind == cueVerb || c.kind == cueNoun) && len(subjects) > 0 && (ok || v.demandable(m)) {
			demanders := subjects
			if ok {
				demanders = h.actors
			}
			v.listedDemands(m, demanders, taken, add) // "… and return to talks"
		}
		if ok {
			if demanders != nil && h.position == report.Support && v.andTo(m.From) {
				h.actors, h.position = demanders, report.Demand // "call on both sides to permit access and to accept a truce"
			}
			var pos report.Position
			pos, exchange = v.attachedPosition(at, h.issue, h.position) // "ready to free the hostages if …", "… in exchange for …"
			for _, who := range h.actors {
				if !h.silent {
					add("cue:"+c.phrase, who, h.issue, pos)
				}
			}
			exchange = 0
			if i+1 < len(v.cues) && !containsString(h.actors, "") {
				if req, pos := v.requested(v.cues[i+1], m.To); req != nil {
					for _, who := range req {
						add("requested", who, h.issue, pos) // "agreed to a request by Sudria to announce a truce": Sudria asked for it
					}
				}
			}
			if k := v.talksBefore(m, taken); k >= 0 && h.position != report.Demand && h.position != report.Propose &&
				!v.otherParties(v.issues[k], h.actors, report.Support) {
				taken[k] = true
				for _, who := range h.actors {
					add("talks-before", who, v.issues[k].Issue, report.Support) // "accepted a truce after talks in Oslo on Friday"
				}
			}
			if h.position == report.Demand {
				demanders = h.actors
			}
			if h.position != report.Conditional {
				for _, k := range v.listedIssues(h.issue, taken) {
					if v.otherPartiesOf(v.issues[k], h.actors, h.position, true) {
						continue // several who back a list need not hold each act together
					}
					taken[k] = true
					for _, who := range h.actors {
						add("and-issue", who, v.issues[k].Issue, h.position) // "welcomed the truce, the release of hostages and …"
					}
				}
			}
			if h.position == report.Demand || h.position == report.Support && (c.kind == cueAdjective || v.toAfter(m.From, m.To+1) <= m.To+1) {
				if k := v.andToIssue(h.issue, taken); k >= 0 {
					taken[k] = true
					for _, who := range h.actors {
						// "asked the army to fix a date for a vote and to open
						// talks", "pledged a truce and to opening supply corridors"
						add("and-to", who, v.issues[k].Issue, h.position)
					}
				}
			}
		}
	}
	// A claim stated by a speaker, without a cue: the speaker asserts it;
	// with a negation just before it, the speaker denies it. An issue
	// a speaker says there will be "no" of, the speaker opposes.
	for k, im := range v.issues {
		at = im.From
		for _, who := range v.termOf(k) {
			add("term-of", who, im.Issue, report.Support) // "backs the mediation efforts of Oman": Oman mediates
		}
		for _, who := range v.possessedPart(im) {
			add("possessed-part", who, im.Issue, report.Support) // "Kenya's leadership of the force"
		}
		if who := v.proposalOwner(im); who != "" {
			add("proposal-owner", who, im.Issue, report.Propose) // "rejected Israel's latest ceasefire proposal" (cue_proposal.go)
			taken[k] = true
		}

		if taken[k] {
			continue // a cue's issue: "demanded a full Israeli withdrawal" is no Israeli stance
		}
		if demanders := v.stopDemanded(k); demanders != nil {
			for _, who := range demanders {
				add("stop-demanded", who, im.Issue, report.Support) // "called on Rwanda to cease its support for the M23": the support goes on
			}
			continue
		}
		if directors, pos := v.directedAct(im); directors != nil {
			for _, who := range directors {
				add("directed", who, im.Issue, pos) // "Egypt told Israel to stop the war"
			}
			continue
		}
		if v.hypothetical(im.From) {
			// "if Israel withdraws": a condition, no part taken
		} else if who := v.compoundAgent(k); who != "" {
			add("compound-agent", who, im.Issue, report.Support) // "U.S.-led talks"
		} else if who := v.modifierAgent(k); who != "" {
			add("modifier-agent", who, im.Issue, report.Support) // "Pakistani airstrikes in Khost", "a UN-brokered truce"
		} else if who := v.deedOwner(k); who != "" {
			add("deed-owner", who, im.Issue, report.Support) // "the third day of Russia's full-scale invasion" (deed_owner.go)
		}

		if helpers := v.helpedTerm(k); helpers != nil {
			for _, who := range helpers {
				add("helped", who, im.Issue, report.Support) // "helped broker the truce": a party to it
			}
			continue
		}
		if doers := v.verbTerm(k); doers != nil {
			for _, who := range doers {
				add("verb-term", who, im.Issue, report.Support) // "Oman, which has mediated", "the truce that Qatar brokered"
			}
			continue
		}
		if who := v.inIssue(im); who != "" && v.partyTo(im, who) && !v.otherParties(im, []string{who}, report.Support) {
			add("in-term", who, im.Issue, report.Support) // "we are in talks with some of the groups"
			continue
		}
		if doers := v.deedTerm(k); doers != nil {
			for _, who := range doers {
				add("deed-term", who, im.Issue, report.Support) // "the council is withdrawing its observers"
			}
			continue
		}
		if bound := v.committedTo(im); bound != nil {
			for _, who := range bound {
				add("committed-to", who, im.Issue, report.Support) // "the accord commits the army to disband its militias"
			}
		}
		if hopers, pos := v.hoped(im); hopers != nil {
			for _, who := range hopers {
				add("hoped", who, im.Issue, pos) // "Egypt hopes the truce will hold", "hopes Hamas will free …" (cue_hope.go)
			}
			continue
		}
		if doers := v.judgedPart(im); doers != nil {
			for _, who := range doers {
				add("judged-deed", who, im.Issue, report.Support) // "thanked Qatar for hosting the talks"
			}
		}
		if doers, pos := v.willTerm(k); doers != nil {
			pos, exchange = v.attachedPosition(at, im.Issue, pos)
			for _, who := range doers {
				add("will-term", who, im.Issue, pos) // "the rebels will withdraw", "Israel will never withdraw"
			}
			exchange = 0
			continue
		}
		if parties := v.partiesWhoHold(k); parties != nil {
			for _, who := range parties {
				add("parties-hold", who, im.Issue, report.Support) // "talks between A and B resumed on Monday"
			}
			continue
		}
		if agents, pos := v.agentsOfParticiple(k); agents != nil {
			for _, who := range agents {
				add("participle-agent", who, im.Issue, pos) // "talks facilitated by Oman", "a plan drafted by Norway"
			}
			continue
		}
		if p := v.partOf(im); p >= 0 {
			for _, who := range v.clauseSubject(p) {
				add("part-of", who, im.Issue, report.Support) // "troops arrived as part of a peacekeeping force"
			}
			continue
		}
		if agents := v.passiveTerm(k); agents != nil {
			for _, who := range agents {
				add("passive-term", who, im.Issue, report.Support) // "talks mediated by Qatar": the mediators take part
			}
			continue
		}
		if !v.claim[im.Issue] {
			if c, pos := v.calledVerdict(im); pos != "" {
				for _, who := range v.subjectOf(c, cueVerb) {
					add("called-verdict", who, im.Issue, pos) // "called the framework 'a crucial step'"
				}
				continue
			}
		}
		who := v.voiceAt(im.From)
		if !v.claim[im.Issue] {
			if who != "" {
				v.speakerJudges(im, who, add)
			}
			continue
		}
		if len(v.speakersAt(im.From)) == 0 {
			for _, judge := range v.judgeOf(im) {
				add("judged-claim", judge, im.Issue, report.Support) // "commended the navy for seizing Iranian weapons"
			}
			continue
		}
		if v.epithet(im) {
			continue // "the leader said the Iran-backed group would resume attacks": the writer's label for the group, not the speaker's claim
		}
		if holders := v.assuredThat(im); holders != nil {
			pos := report.Support
			if v.claimNegated(im.From) {
				pos = report.Deny
			}
			for _, who := range holders {
				add("assured-that", who, im.Issue, pos) // "X said the rebels had promised that no fighters would cross the river": the rebels' word
			}
			continue
		}
		if v.accusedOther(im) {
			continue // "Kigali accuses Kinshasa of supporting a rebel group": another claim than the issue's
		}
		for _, who := range v.speakersAt(im.From) {
			if v.claimNegated(im.From) {
				add("claim-deny", who, im.Issue, report.Deny) // "does not let anyone use its territory"
			} else {
				add("claim-assert", who, im.Issue, report.Support) // "the DRC and the UN say Rwanda arms the rebels"
			}
		}
	}
	return v.provisos(out)
}

// partyTo reports whether who may hold the issue itself: any actor, when
// the issue's label names no two parties; else one of them.
func (v *sentenceView) partyTo(im issueMention, who string) bool {
	parties := v.parties[im.Issue]
	return len(parties) < 2 || containsString(parties, who)
}

// inIssue returns who is said to be in an issue, "X is in talks with Y",
// "we are in negotiations": the subject of "be in" right before the
// issue's term, or "".
func (v *sentenceView) inIssue(im issueMention) string {
	j := im.From - 1
	if j-2 < v.from || v.toks[j].Lower != "in" || !beForms.in(v.toks[j-1].wid) || v.claim[im.Issue] {
		return ""
	}
	if m, ok := mentionAt(v.ms, j-2); ok && m.To == j-1 && !m.PrepObject {
		return m.Actor
	}
	if w := v.toks[j-2].Lower; firstPronouns.has(w) || thirdPronouns.has(w) && !possessivePronouns.has(w) {
		return v.pronoun(j - 2)
	}
	return ""
}

// noneOf reports whether the issue is named as what there is, or will
// be, none of: "no negotiations", "no further talks", "there will not be
// any talks", "no plans to hold talks", "no question of talks".
func (v *sentenceView) noneOf(im issueMention) bool {
	k := im.From - 1
	for k > v.from && k > im.From-3 && noneModifiers.in(v.toks[k].wid) {
		k-- // "no further direct talks"
	}
	if k < v.from {
		return false
	}
	switch v.toks[k].Lower {
	case "no":
		return true
	case "any":
		// "will not hold any talks" has its cue; "there will not be any talks" none
		return k-2 >= v.from && beForms.in(v.toks[k-1].wid) && verbNegators.in(v.toks[k-2].wid)
	}
	for n := k; n > v.from && n >= im.From-7; n-- {
		if v.toks[n-1].Lower != "no" || !prospectNouns.in(v.toks[n].wid) {
			continue
		}
		others := 0 // the verb of "no plans to hold talks"
		for i := n + 1; i < im.From; i++ {
			if w := v.toks[i].Lower; !v.toks[i].Word || !aboutWords.has(w) && !noneModifiers.has(w) && w != "to" {
				others++
			}
		}
		return others <= 1
	}
	return false
}

// noneModifiers may stand between "no" and an issue; prospectNouns after
// "no" deny that an issue is in view; aboutWords join a noun to what it is
// about ("reports of talks").
var noneModifiers, prospectNouns, aboutWords = wordSetOf("noneModifiers"), wordSetOf("prospectNouns"), wordSetOf("aboutWords")

// speakerJudges adds the positions of the speaker who names an issue
// without a cue of its own: a verdict on it, a denied right, a step toward
// it, taking it off the table, "no" of it, a requirement on it, and an
// appeal to another party to do or give it up.
func (v *sentenceView) speakerJudges(im issueMention, who string, add func(string, string, int, report.Position)) {
	if pos := v.verdict(im); pos != "" {
		add("verdict", who, im.Issue, pos) // "the penalties were 'counterproductive'", "talk of a pause was premature"
	}
	if v.harmDone(im) {
		add("harm-done", who, im.Issue, report.Oppose) // "supplying weapons to Kyiv risks a wider war"
	}
	if v.issueRightDenied(im) {
		add("no-right", who, im.Issue, report.Oppose) // "the junta has no authority to hold an election"
	}
	if pos := v.namedAim(im); pos != "" {
		add("named-aim", who, im.Issue, pos) // "the real solution is a national dialogue"
	}
	if v.stepToward(im) {
		add("step-toward", who, im.Issue, report.Support) // "an important step toward a lasting truce"
	}
	if v.offTable(im) {
		add("off-table", who, im.Issue, report.Oppose) // "talks with the rebels are off the table"
	}
	if v.noneOf(im) && !v.conditionBefore(im.From) {
		if v.until(im.To) {
			add("no-until", who, im.Issue, report.Conditional) // "no plan can proceed while the shelling goes on"
		} else {
			add("no-term", who, im.Issue, report.Oppose) // "we will hold no negotiations with any militia"
		}
	}
	if (v.requirement(im) || v.onlyWhen(im)) && !v.otherParties(im, []string{who}, report.Conditional) {
		add("requirement", who, im.Issue, report.Conditional) // "any truce must deal with the causes"
	}
	if v.passiveObliged(im) {
		add("passive-obliged", who, im.Issue, report.Demand) // "the hostages must be freed"
	}
	if pos := v.necessity(im); pos != "" {
		add("necessity", who, im.Issue, pos) // "more must be done to protect civilians", "there must be a truce"
	}
	if v.mustEnd(im) && !v.negatedBefore(im.From, 2) {
		add("must-end", who, im.Issue, report.Oppose) // "the siege of the city must end now"
	}
	if pos := v.warnedAgainst(im); pos != "" {
		add("warned-against", who, im.Issue, pos) // "warned the Houthis against further attacks on shipping"
	}
	if v.appealedAgainst(im, who) && !v.otherParties(im, []string{who}, report.Oppose) {
		add("appeal", who, im.Issue, report.Oppose) // "Ukraine must abandon its plans to join NATO"
	}
	if (v.obligedOther(im, who) || v.appealed(im, who)) && !v.otherParties(im, []string{who}, report.Demand) {
		add("appeal", who, im.Issue, report.Demand) // "the minister said the Afghan government must take action"
	}
}

// hostileAct reports whether a cue that ends in "to" ("threaten to", "vow
// to") governs its issue through a hostile verb that takes the issue as
// its object: "vowed to fight the peacekeepers" is against the
// peacekeepers, where "threatened to resume attacks" is for the attacks, and
// "threatened to attack El Fasher" (a named place) for the offensive.
func (v *sentenceView) hostileAct(m phraseMatch, im issueMention) bool {
	verb := m.To // "threatened to fight": the cue ends in its "to"
	if v.toks[m.To-1].Lower != "to" {
		if m.To+1 >= im.From || v.toks[m.To].Lower != "to" {
			return false
		}
		verb = m.To + 1 // "vowed to fight": the "to" after the cue
	}
	if verb >= im.From || !hostileVerbs.in(v.toks[verb].wid) {
		return false
	}
	for k := verb + 1; k < im.From; k++ {
		if !functionWords.in(v.toks[k].wid) && !articles.in(v.toks[k].wid) && !modifierWord(v.toks[k]) {
			return false // "vowed to fight on until the talks resume": the talks are no object
		}
	}
	for k := im.From; k < im.To; k++ {
		if v.toks[k].Title || v.toks[k].Caps {
			return false // "threatened to attack El Fasher": a named place attacked is the offensive itself
		}
	}
	return true
}

// hostileVerbs, after a cue's "to", turn it against their object.
var hostileVerbs = wordSetOf("hostileVerbs")

// refusal is why a cue gave no stance, for --explain.
type refusal struct {
	from, to int    // the cue's tokens
	why      string // in a user's words
}

// refuse records why the cue at m gave no stance and returns no hit.
func (v *sentenceView) refuse(m phraseMatch, why string) (hit, bool) {
	v.refusals = append(v.refusals, refusal{m.From, m.To, why})
	return hit{}, false
}

// requirement reports whether an issue is named only to set a condition on
// it: "any ceasefire must address …", "any deal would have to include …".
func (v *sentenceView) requirement(im issueMention) bool {
	if v.qualityRequired(im) {
		return true
	}
	if v.anyBefore(im.From) < 0 {
		return false
	}
	for k := im.To; k < v.to && k < im.To+3; k++ {
		switch v.toks[k].Lower {
		case "must", "should":
			return true
		case "would", "will":
			return k+2 < v.to && v.toks[k+1].Lower == "have" && v.toks[k+2].Lower == "to"
		}
	}
	return false
}

// anyBefore returns the "any" that opens the noun phrase of an issue at i,
// past one actor's name or modifier between ("any Ukraine peace talks"),
// or -1.
func (v *sentenceView) anyBefore(i int) int {
	k := i - 1
	if k >= v.from && v.toks[k].Lower == "any" {
		return k
	}
	if m, ok := mentionAt(v.ms, k); ok && m.To == i {
		k = m.From - 1
	} else if k > v.from && modifier(v.toks[k]) {
		k--
	}
	if k >= v.from && v.toks[k].Lower == "any" {
		return k
	}
	return -1
}

// qualityRequired reports whether the issue is the subject of a demand
// for what it must be: "elections must be free and fair", "any deal
// should be inclusive" — not what must be done to it ("talks must be
// held", a participle).
func (v *sentenceView) qualityRequired(im issueMention) bool {
	k := im.To
	if k+2 >= v.to || !advice.in(v.toks[k].wid) || v.toks[k+1].Lower != "be" {
		return false
	}
	w := v.toks[k+2]
	return w.Word && !w.Title && !strings.HasSuffix(w.Lower, "ed") && !strings.HasSuffix(w.Lower, "en") &&
		!irregularPast.in(w.wid) && !functionWords.in(w.wid) && !negators.in(w.wid)
}

// onlyWhen reports whether an issue is the subject of a modal verb
// limited by "only": "autonomy will be granted only at a suitable
// time", "talks can resume only after the attacks stop".
func (v *sentenceView) onlyWhen(im issueMention) bool {
	if im.Object && v.onlyAfter(im) {
		for k := im.From; k < im.To; k++ {
			if modals.in(v.toks[k].wid) {
				return true // the passive order holds the modal: "relief can be sent only by sea"
			}
		}
	}
	if im.To >= v.to || !modals.in(v.toks[im.To].wid) {
		return false
	}
	for k := im.To + 1; k < v.to && k < im.To+4; k++ {
		switch w := v.toks[k].Lower; {
		case w == "only":
			return true
		case !v.toks[k].Word || w == "not" || w == "never":
			return false
		}
	}
	return false
}

// onlyAfter reports whether "only" follows an issue term.
func (v *sentenceView) onlyAfter(im issueMention) bool {
	return im.To < v.to && v.toks[im.To].Lower == "only"
}

// restricted reports whether an issue is named as "any" one of a kind
// that a participle or preposition after it narrows: refusing "any election
// held under the Dbeibah government" or "any deal without guarantees" sets
// a condition, it does not reject the issue itself.
func (v *sentenceView) restricted(im issueMention) bool {
	if im.From == v.from || v.toks[im.From-1].Lower != "any" || im.To >= v.to {
		return false
	}
	w := v.toks[im.To].Lower
	return restrictors.has(w) || len(w) > 4 && strings.HasSuffix(w, "ed") && !modals.has(w)
}

// restrictors narrow "any" issue to some of its kind.
var restrictors = wordSetOf("restrictors")

// onceAfter reports whether a "once" clause follows token i within a few
// words, before ce: "… once the treaty was signed", not "once again" or
// "more than once".
func (v *sentenceView) onceAfter(i, ce int) bool {
	for k := i; k < ce && k < i+6; k++ {
		if v.toks[k].Lower != "once" || k+1 >= ce {
			continue
		}
		w := v.toks[k+1].Lower
		return v.toks[k+1].Word && w != "again" && w != "more" && w != "before" && v.toks[k-1].Lower != "than" && v.toks[k-1].Lower != "at"
	}
	return false
}

// onTable reports whether "on the table" follows token i within a few
// words, before ce: an option kept open, not an act asked of anyone.
func (v *sentenceView) onTable(i, ce int) bool {
	for k := i; k+2 < ce && k < i+8; k++ {
		if v.toks[k].Lower == "on" && v.toks[k+1].Lower == "the" && v.toks[k+2].Lower == "table" {
			return true
		}
	}
	return false
}

// modals are the verbs that open a modal verb phrase.
var modals = wordSetOf("modals")

// withholdGap may stand between a denial and the thing it withholds:
// "deny them the use of its land".
var withholdGap = wordSetOf("withholdGap")

// withheld are what one denies someone by refusing it: "deny the use of
// its soil", "deny them sanctuary".
var withheld = wordSetOf("withheld")

// withholds reports whether a denial's object, from token i, is something
// withheld rather than a claim.
func (v *sentenceView) withholds(i int) bool {
	for k := i; k < v.to && k < i+3; k++ {
		w := v.toks[k].Lower
		if withheld.has(w) {
			return true
		}
		if !withholdGap.has(w) {
			return false
		}
	}
	return false
}

// withheldIssue returns the issue a denial at i withholds, when its term
// follows at once (past the words of lexicon withholdGap: "the", "them")
// and names a thing withheld
// (lexicon withheld): "denies aid convoys access", "denied them safe
// passage". It returns -1 otherwise, and for a claim.
func (v *sentenceView) withheldIssue(i int, taken map[int]bool) int {
	for k, im := range v.issues {
		if taken[k] || v.claim[im.Issue] || im.From < i || im.From > i+2 {
			continue
		}
		for t := i; t < im.From; t++ {
			if !withholdGap.in(v.toks[t].wid) {
				return -1
			}
		}
		for t := im.From; t < im.To; t++ {
			if withheld.in(v.toks[t].wid) {
				return k
			}
		}
	}
	return -1
}

// obligedOther reports whether the speaker says another actor must do an
// issue: "said the interim authorities must act now".
func (v *sentenceView) obligedOther(im issueMention, speaker string) bool {
	k := im.From - 1
	if k > v.from && v.toks[k].Lower == "to" && (v.toks[k-1].Lower == "has" || v.toks[k-1].Lower == "have" || v.toks[k-1].Lower == "needs") {
		k -= 2 // "has to", "needs to"
	} else if k < v.from || (v.toks[k].Lower != "must" && v.toks[k].Lower != "should") {
		return false
	}
	for j := k - 1; j >= v.from && j >= k-2; j-- {
		if m, ok := mentionAt(v.ms, j); ok {
			return !m.PrepObject && m.Actor != speaker
		}
	}
	return false
}

// idiom reports whether a condition marker is an idiom: "as soon as
// possible" sets no condition, nor does a time marker whose clause names
// nobody: "as soon as conditions allow".
func (v *sentenceView) idiom(m phraseMatch) bool {
	if v.openEnded(m) {
		return true // "as soon as possible", "as long as it takes"
	}
	if !timeConditions.has(v.table.list[m.Value].phrase) {
		return false
	}
	_, ce := v.clause(m.To)
	if _, ok := mentionWithin(v.ms, m.To, ce); ok {
		return false
	}
	for k := m.To; k < ce; k++ {
		if w := v.toks[k].Lower; thirdPronouns.has(w) || firstPronouns.has(w) {
			return false
		}
	}
	return true
}

// conditional reports whether the cue at i is in a condition's clause
// ("as soon as they accept …"), whose subject the next coordinated cue
// does not share.
func (v *sentenceView) conditional(i int) bool {
	for _, c := range v.conditions() {
		if c.To <= i && !v.hasToken(c.To, i, ",", "and", "but") {
			return true
		}
	}
	return false
}

// particleOf reports whether one of particleVerbs stands within four
// tokens before the word at i, no comma between: "hand the town back".
func (v *sentenceView) particleOf(i int) bool {
	for k := i - 1; k >= v.from && k >= i-4; k-- {
		if particleVerbs.in(v.toks[k].wid) {
			return true
		}
		if !v.toks[k].Word {
			return false
		}
	}
	return false
}

// particleCues double as particles of particleVerbs.
var particleCues, particleVerbs = wordSetOf("particleCues"), wordSetOf("particleVerbs")

// warnedAgainst returns the position of a speaker whose warning verb
// (lexicon warningVerbs), with its addressee between, warns against the
// issue: opposed to it ("warned the Houthis against further attacks on
// shipping"), or for it when the warning is against an act that opposes
// it ("warned Israel against abandoning the truce"). It returns "" when
// no warning governs the issue.
func (v *sentenceView) warnedAgainst(im issueMention) report.Position {
	k := im.From - 1
	for k > v.from && k >= im.From-3 && (determiners.in(v.toks[k].wid) || quantifiers.in(v.toks[k].wid) || modifier(v.toks[k])) {
		k-- // "against any further"
	}
	pos := report.Oppose
	if at := v.againstActAt(k + 1); at >= 0 {
		k, pos = at-1, report.Support
	}
	if k <= v.from || v.toks[k].Lower != "against" {
		return ""
	}
	if w := v.warningBefore(k); w >= 0 && (w == v.sp.Verb || w == v.sp.AnyVerb) {
		return pos
	}
	return ""
}

// warningBefore returns the warning verb (lexicon warningVerbs) within
// five tokens before "against" at k, only actors and articles between,
// or -1.
func (v *sentenceView) warningBefore(k int) int {
	for j := k - 1; j >= v.from && j >= k-5; j-- {
		if warningVerbs.in(v.toks[j].wid) {
			return j
		}
		if m, ok := mentionAt(v.ms, j); ok {
			j = m.From
			continue
		}
		if !articles.in(v.toks[j].wid) {
			return -1
		}
	}
	return -1
}

// assuredThat returns the subjects of an assurance verb (lexicon
// assuranceVerbs) whose "that" clause holds the claim at im, when they are
// not the sentence's speaker: "the envoy said the rebels had promised
// that no fighters would cross the river again" is the rebels' assurance,
// reported, not the envoy's denial. It returns nil otherwise.
func (v *sentenceView) assuredThat(im issueMention) []string {
	for k := im.From - 1; k > v.from && k >= im.From-8; k-- {
		w := v.toks[k].Lower
		if !v.toks[k].Word || speechVerbs.in(v.toks[k].wid) {
			return nil
		}
		if w != "that" {
			continue
		}
		if !assuranceVerbs.in(v.toks[k-1].wid) {
			return nil
		}
		who := v.subjectOf(k-1, cueVerb)
		if len(who) == 0 || containsString(who, v.speakerAt(im.From)) {
			return nil
		}
		return who
	}
	return nil
}

// assuranceVerbs give one's word that something is or will be so (see
// assuredThat).
var assuranceVerbs = wordSetOf("assuranceVerbs")

// epithet reports whether a claim is named by a hyphenated participle
// that labels the actor or group noun right after it ("the Iran-backed
// group", "Rwanda-backed M23"): a label the article puts on the group,
// which no speaker asserts by using it.
func (v *sentenceView) epithet(im issueMention) bool {
	last := im.To - 1
	if im.To >= v.to || !hyphenated(v.toks, last-1) || !strings.HasSuffix(v.toks[last].Lower, "ed") {
		return false
	}
	if m, ok := mentionAt(v.ms, im.To); ok && m.From == im.To {
		return true
	}
	return groupNouns.in(v.toks[im.To].wid)
}

// againstActBetween reports whether an opposing act after "against"
// (see againstAct) stands in [from, to].
func (v *sentenceView) againstActBetween(from, to int) bool {
	for _, c := range v.cues {
		if c.From >= from && c.To <= to && v.againstAct(c) {
			return true
		}
	}
	return false
}

// againstActAt returns the start of an opposing act after "against" (see
// againstAct) that ends at i, or -1.
func (v *sentenceView) againstActAt(i int) int {
	for _, c := range v.cues {
		if c.To == i && v.againstAct(c) {
			return c.From
		}
	}
	return -1
}

// againstAct reports whether the cue c is an opposing one in the -ing
// form right after "against": "against abandoning the truce".
func (v *sentenceView) againstAct(c phraseMatch) bool {
	return c.From > v.from && v.toks[c.From-1].Lower == "against" &&
		strings.HasSuffix(v.toks[c.From].Lower, "ing") && v.table.list[c.Value].position == report.Oppose
}

// warningVerbs warn an addressee against an act (see warnedAgainst).
var warningVerbs = wordSetOf("warningVerbs")

// possibilityWords make a condition cue an idiom; idiomTails make a verb
// cue one.
var possibilityWords, idiomTails = wordSetOf("possibilityWords"), wordSetOf("idiomTails")

// timeConditions are condition markers that may only tell a time.
var timeConditions = wordSetOf("timeConditions")

// andTo reports whether the cue at i opens an infinitive coordinated with
// an earlier one: "… and to agree to a truce".
func (v *sentenceView) andTo(i int) bool {
	return i-2 >= v.from && v.toks[i-1].Lower == "to" && v.toks[i-2].Lower == "and"
}

type hit struct {
	actors   []string
	issue    int
	position report.Position
	// silent marks a cue that takes its issue from later cues but holds
	// no position on it: the issue is only the topic of what the cue
	// handles ("shared the latest updates on the truce"); the cue ends a
	// relative clause whose object is the noun before it, and the issue
	// lies past the main verb ("the committee that we announced last week
	// held talks on the withdrawal"); or the cue is a passive whose
	// subject is acted on ("was asked to accept the truce", "had not been
	// consulted on the truce").
	silent bool
}

// cueStance reads one cue: its issue (before end, where a coordinated
// cue takes over), its subjects (given), negation and hedges. When it
// finds none, it says why (refuse).
func (v *sentenceView) cueStance(m phraseMatch, c cue, taken map[int]bool, end int, subjects []string) (hit, bool) {
	if c.kind == cueVerb && m.To < v.to && idiomTails.in(v.toks[m.To].wid) {
		return v.refuse(m, "an idiom, no position") // "stopped short of endorsing the plan"
	}
	if particleCues.in(v.toks[m.From].wid) && v.particleOf(m.From) {
		return v.refuse(m, "a particle of a phrasal verb, no cue") // "agreed to hand the town back"
	}
	if m.From-2 >= v.from && v.toks[m.From-1].Lower == "of" && idiomTails.in(v.toks[m.From-2].wid) {
		return v.refuse(m, "an act stopped short of, not done") // "stopped short of endorsing the plan"
	}
	if v.infinitive(m.From) && m.From-2 >= v.from && inabilityWords.in(v.toks[m.From-2].wid) {
		return v.refuse(m, "an act not done, no position") // "were unable to agree on a truce"
	}
	if v.againstActAt(m.To) == m.From && v.warningBefore(m.From-1) >= 0 {
		return v.refuse(m, "an act warned against, not done") // "warned Israel against abandoning the truce"
	}
	if c.kind == cueVerb && v.modalNegationCue(m) && v.yieldingVerbAt(m.To) {
		return v.refuse(m, "a negated modal whose verb reads the issue") // "will not block aid": "block" reads it
	}
	cs, ce := v.clause(m.From)
	ce = min(ce, end, v.relativeEnd(cs, m.To), v.participleClause(m.To, ce))
	var k int
	pointed := false // the issue is an "it" after the cue that points back
	pronoun := false // … a pronoun, whose antecedent is the issue alone
	switch c.kind {
	case cueDeny:
		if m.From > v.from && v.toks[m.From-1].Lower == "to" {
			return v.refuse(m, "a denial asked of another after \"to\", not made") // "asked Kabul to deny sanctuary": not a denial of a claim
		}
		if k = v.withheldIssue(m.To, taken); k >= 0 {
			c.position = report.Oppose // "the militia denies aid convoys passage": it withholds it
			break
		}
		if v.withholds(m.To) {
			return v.refuse(m, "it withholds something that is no issue") // "deny them the use of its land": to refuse it, not to call it untrue
		}
		k = v.claimAfter(m.To, v.to, taken)
		if k < 0 {
			k = v.claimBefore(m.From, v.from, taken)
		}
		if k < 0 {
			if h, ok := v.relativeDenial(m, subjects); ok {
				return h, true
			}
			if h, ok := v.anaphoricDenial(m, subjects); ok {
				return h, true
			}
			if k = v.refusedIssue(m, ce, taken); k < 0 {
				return v.refuse(m, "no claim and no refused issue near it")
			}
			c.position = report.Oppose // "dismissed the possibility of talks": no claim, a refusal
		}
	case cueAssert:
		k = v.claimAfter(m.To, ce, taken)
		if k >= 0 && v.accusedOther(v.issues[k]) {
			return v.refuse(m, "the accused is not the claim's party") // "Kigali accuses Kinshasa of backing a rebel group"
		}
		if k < 0 {
			if k = v.failedAct(m.To, ce, taken); k >= 0 {
				c.position = report.Demand // "blamed Kabul for not reining in the TTP": the act it failed at, wanted
			}
		}
		if k < 0 {
			if k = v.issueAfter(m.To, ce, 6, taken); k >= 0 && v.harmed(v.issues[k], m) {
				c.position = report.Oppose // "blamed the collapse of the talks on the army": against the collapse
			} else {
				k = -1
			}
		}
	default:
		if v.denialOfClaim(m) {
			c.position = report.Deny
			if k = v.claimAfter(m.To, v.to, taken); k < 0 {
				k = v.claimBefore(m.From, v.from, taken)
			}
			if k < 0 {
				return v.anaphoricDenial(m, subjects)
			}
			break
		}
		if k = v.brandedAs(m, ce, taken); k >= 0 {
			c.position = report.Support // "condemned the raids as a breach of its sovereignty"
			break
		}
		if k = v.condemnedClaim(m, ce, taken); k >= 0 {
			c.position = report.Support // "deplored the use of its border region by armed bands": it happens, says the speaker
			break
		}
		reach := 12
		if c.position == report.Oppose && v.requestAfter(m.To) {
			reach, ce = 30, v.to // "rejected a plea from the government for the rebels to take part in the vote"
		}
		if c.position == report.Demand && c.needTo {
			reach = 20 // "urged the authorities to fulfil their assurances by taking verifiable action": the act asked for, however far in its clause
		}
		if nearCues.has(c.phrase) {
			reach = 2 // "holding discreet negotiations", not "did not hold the part of backer"
			if r := v.roundOf(m.To); r > 0 {
				reach = r - m.To + 2 // "held a third round of talks"
			} else {
				reach += v.talkModifiers(m.To) // "held their first direct formal talks"
			}
		}
		free := taken
		if c.kind == cueNoun && v.possessedCue(m) {
			free = nil // "rejected Kyiv's call for a truce": the call is Kyiv's, whoever took the truce
		}
		k = v.issueAfter(m.To, ce, reach, free)
		if c.needTo && m.To < v.to && v.toks[m.To].Lower == "that" {
			pointed = k >= 0 // "we ask that both sides sit together": the clause is what is asked
		} else if c.needTo && k >= 0 && !v.hasToken(m.To, v.issues[k].From, "to", "for") && !v.passiveObject(m.To, v.issues[k]) {
			k = v.issueAfter(v.toAfter(m.To, ce), ce, reach, free) // "called on all groups, including the FDLR, to cease hostilities"
		}
		if k < 0 && c.kind == cueVerb {
			k = v.relativeObject(m.From) // "an offer the council has rejected", "a truce, to which Kyiv agreed"
			pointed = k >= 0
		}
		if k < 0 && c.kind == cueVerb {
			k = v.pronounObject(m) // "reaffirmed the consensus and urged the army to implement it"
			pointed = k >= 0
			pronoun = pointed
		}
		if k < 0 {
			k = v.namedObject(m.To, free) // "agreed on the importance of the communique …, namely a cessation of hostilities"
		}
		if k < 0 && c.kind == cueVerb {
			k = v.elidedObject(m) // "A called for a truce, but B has refused"
			pointed = k >= 0
		}
		if k < 0 && c.kind == cueVerb {
			k = v.goingOnSubject(m, taken) // "warned that the attacks on shipping will continue"
			pointed = k >= 0
			if pointed && len(subjects) == 0 {
				subjects = nonEmpty(v.speakerAt(m.From)) // who says it will go on
			}
		}
	}
	if k < 0 {
		return v.refuse(m, "no issue term within its reach (its clause, a dozen words)")
	}
	im := v.issues[k]
	if c.needTo && !pointed && !v.hasToken(m.To, im.From, "to", "for") && !v.passiveObject(m.To, im) &&
		!(objectDemands.has(c.phrase) && v.directObject(m.To, im.From)) {
		return v.refuse(m, "its issue does not follow its \"to\" or \"for\"")
	}
	if c.kind == cueAdjective && !v.adjectivePredicate(m.From, cs) {
		return v.refuse(m, "an adjective not said of the subject")
	}
	pos := c.position
	if pos == report.Support && c.kind == cueVerb && v.hostileAct(m, im) {
		pos = report.Oppose // "vowed to fight the peacekeepers", "threatened to drive out the force"
	} else if pos == report.Support && v.ended(im) && !(c.kind == cueVerb && v.demandingNounBetween(m.To, im.From)) {
		return v.refuse(m, "its issue is being ended, not supported") // "welcomed a plan to replace the mission": the cue is not for the mission
	}
	if v.obligation(m.From) && m.To == m.From+1 {
		return v.refuse(m, "bound by an obligation, not a demand of the speaker's") // "both parties need to allow access": bound, not demanding (see appealed)
	}
	if c.kind == cueVerb && m.To < v.to && v.toks[m.To].Lower == "by" && m.From > v.from && copulas.in(v.toks[m.From-1].wid) {
		return v.refuse(m, "a passive: what follows is its agent, not its object") // "the accord that was announced by the go-betweens": an agent, not an object
	}
	if pos == report.Support && c.kind == cueVerb && v.ownNounCueBetween(m.To, im.From, subjects, endorsements.has(c.phrase)) {
		return v.refuse(m, "the subject's own noun cue governs the issue") // "renewed its call for a truce": the call governs the truce
	}
	if pos == report.Support && c.kind == cueVerb && v.demandingNounBetween(m.To, im.From) {
		pos = report.Demand // "adopted a resolution demanding a ceasefire": the resolution's demand, now the adopter's
	}
	if pos == report.Support && c.kind == cueVerb && v.demandedAct(m.To, im.From) {
		pos = report.Demand // "agreed to demand a withdrawal": the demand agreed on is the agreers'
	}
	judged := -1
	if k >= 0 {
		judged = v.judgedDeed(c, m.To, im.From)
	}
	if judged >= 0 {
		pos = v.deedPosition(pos, judged, im.From) // "condemned Hamas for rejecting the truce": for the truce
	} else if pos == report.Support && c.kind == cueVerb && (v.opposedBetween(m.To, im.From) || v.negatedCueBetween(m.To, im.From)) {
		return v.refuse(m, "a nearer opposing cue governs the issue") // "announced its withdrawal from the talks", "declared it was not bound by the truce": the nearer cue governs
	}
	if pos == report.Support && c.kind == cueVerb && v.neededAct(m.From) {
		pos = report.Demand // "action is needed to restore access": wanted, not done
	}
	if pos == report.Oppose && c.kind == cueVerb && warningVerbs.in(v.toks[m.From].wid) && v.againstActBetween(m.To, im.From) {
		pos = report.Support // "cautioned Hamas against rejecting the proposal": for it
	}
	if pos == report.Oppose && v.litotes(m.To) {
		pos = report.Support // "would not hesitate to launch raids"
	}
	if c.kind == cueVerb && v.negatedAcross(m.From) {
		return v.refuse(m, "under another verb's negation") // "we have not seen Hamas accept the proposal"
	}
	letGo := false // an oppose verb under a negated modal: the act happens, or goes on
	if v.negatedBefore(m.From, 3) {
		switch {
		case pos == report.Oppose && v.hasToken(max(v.from, m.From-3), m.From, "never"):
			pos = report.Support // "Moscow has never refused talks"
		case pos == report.Oppose && c.kind == cueVerb && modalFlips.has(c.phrase) && v.modalNegated(m.From):
			pos, letGo = report.Support, true // "will not block aid", "won't oppose the talks": lets it happen
		case pos != report.Support:
			return v.refuse(m, "negated")
		default:
			pos = report.Oppose
		}
	}
	if pos == report.Oppose && c.kind == cueVerb && v.modalNegationCue(m) && v.letGoVerbAt(m.To, im.From) {
		pos, letGo = report.Support, true // "will not hinder aid", "will not halt the offensive": it happens, or goes on
	}
	if shieldCues.has(c.phrase) {
		if !v.shieldedFrom(im) {
			return v.refuse(m, "a shield cue reads only what it guards against") // "protect civilians" is the issue's own term
		}
		pos = harmedPosition(pos) // "protect shipping from Houthi attacks"
	}
	if pos != report.Demand && judged < 0 && v.failureBetween(m.To, im.From) {
		pos = harmedPosition(pos) // "disappointed that the regime has failed to allow access": for the access
	}
	if !pronoun && (v.harmed(im, m) || v.harmActed(im, m.From)) {
		pos = harmedPosition(pos) // "condemned violations of the truce", "condemned attempts to derail the talks"; "it" stands for the truce, not for its collapse
	}
	if pos == report.Support && v.noneOf(im) {
		pos = report.Oppose // "announced that there are no plans to hold talks"
	}
	if historyCues.has(c.phrase) && (v.datedHistory(m.From) || v.perfectBefore(m.From)) {
		return v.refuse(m, "history told (a dated past)") // "had held talks with the rebels in 2019": history told
	}
	if len(subjects) == 0 {
		subjects = v.sidesOf(m.From, im) // "the two sides agreed to a truce": the two the issue's label names
	}
	if len(subjects) == 0 {
		return v.refuse(m, "no subject: who holds it is not named in its clause")
	}
	target, hasTarget := mentionWithin(v.ms, m.To, im.From)
	hasTarget = hasTarget && !target.PrepObject && target.Actor != subjects[0]
	if targetCues.has(c.phrase) && !hasTarget {
		if !v.passiveObject(m.To, im) {
			return v.refuse(m, "it needs an actor it is asked of before its issue")
		}
		pos = report.Demand // "expected elections to be held soon": wanted of whoever holds them
	}
	if pos == report.Support && c.kind == cueVerb && hasTarget && v.toks[target.To].Lower == "to" {
		if by, _ := v.requestBy(target.To); by < 0 {
			pos = report.Demand // "the Taliban want Pakistan to hold talks" (but "a request by Sudria to …" is Sudria's)
		}
	}
	if doer, ok := mentionWithin(v.ms, im.From-1, im.From); ok && pos == report.Support && doer.To == im.From &&
		strings.HasSuffix(v.toks[im.From].Lower, "ing") && !doer.Poss && !containsString(subjects, doer.Actor) {
		pos = report.Demand // "stressed the urgency of the militia leaving": another's act, wanted
	}
	if pos == report.Oppose && c.kind == cueVerb && v.hypothetical(m.From) {
		return v.refuse(m, "inside a condition, not a deed") // "no talks until the rebels stop the raids": a condition, not their deed
	}
	if v.deniedThat(m.From) {
		return v.refuse(m, "inside a disputed claim (\"claims that …\")") // "Israel rejected claims that Hamas agreed to a truce": disputed, not taken
	}
	if v.hedged(m.From) || v.otherPartiesOf(im, subjects, pos, endorsements.has(c.phrase)) {
		return v.refuse(m, "hedged, or the issue's parties are others")
	}
	if m.From > v.from && advice.in(v.toks[m.From-1].wid) && !containsString(subjects, v.speakerAt(m.From)) {
		return v.refuse(m, "advice about another party") // "a former general said the army should hold talks": advice, not the army's position
	}
	if deedCues.has(c.phrase) && (v.allegedBy(m.From, subjects) || m.From > v.from && denials.in(v.toks[m.From-1].wid)) {
		return v.refuse(m, "another speaker's accusation") // "the minister said enemy troops had breached the deal": an accusation
	}
	if pos == report.Demand && v.requirement(im) {
		pos = report.Conditional // "reiterated its demand that any ceasefire must include a withdrawal"
	}
	if pos == report.Demand && v.stopped(im) && !(c.needTo && v.askedNotTo(m.To, im.From)) {
		pos = report.Oppose // "called on Pakistan to halt the deportations": against them
	}
	if pos == report.Support && c.kind == cueVerb && !letGo && v.stopped(im) {
		pos = report.Oppose // "agreed to halt the airstrikes", "announced a halt to the raids": against them
	}
	if pos == report.Demand && c.needTo && judged < 0 && v.opposedAct(m.To, im.From) != v.askedNotTo(m.To, im.From) {
		pos = report.Oppose // "urged people to boycott the vote", "urged Israel not to resume the war": against it
	}
	if pos == report.Demand && v.targetIs(m.To, im.From, subjects[0]) {
		return v.refuse(m, "a demand on one's own side") // "X urged its own forces …" is not a demand on another actor
	}
	if pos == report.Support && c.kind == cueVerb && !hasTarget && v.objectPronounTo(m.To) {
		pos = report.Demand // "wanted it to move the fighters"
	}
	if pos == report.Support && (v.hasToken(im.To, min(im.To+3, ce), "if") || v.conditionAfter(im.To, ce)) {
		pos = report.Conditional // "ready for talks if A meets its demands", "willing to talk on the basis of …"
	}
	if pos == report.Support && v.goOnCondition(k) >= 0 {
		pos = report.Conditional // "will continue its attacks until the blockade is lifted"
	}
	if pos == report.Support && v.onceAfter(im.To, ce) {
		pos = report.Conditional // "ready to disband the militia once the accord was signed"
	}
	if pos == report.Support && im.To < ce && v.toks[im.To].Lower == "only" {
		pos = report.Conditional // "will hold talks only on security"
	}
	if pos == report.Oppose && v.hasToken(im.To, min(im.To+3, ce), "if") {
		pos = report.Conditional // "would stop the attacks if aid was let in"
	}
	if pos == report.Oppose && v.restricted(im) {
		pos = report.Conditional // "would not accept any vote held under the present cabinet"
	}
	if pos == report.Oppose && v.until(im.To) {
		pos = report.Conditional // "will not negotiate until the attacks stop"
	}
	if letGo && v.until(im.To) {
		pos = report.Conditional // "will not halt the offensive until the rebels disarm": it stops then
	}
	if pos == report.Oppose && v.keptTo(m.From, im.From) {
		pos = report.Support // "pulled its fighters out of the town in line with the truce": the rule the act keeps to
	}
	if pos == report.Oppose && v.sharedPart(m.To, im.From) {
		pos = report.Conditional // "opposes the participation of Sudria's troops in the force": a term set for it
	}
	if judged < 0 {
		taken[k] = true // a judged deed's issue stays free for the deed's own actor
	}
	silent := v.topicOf(m.From, im.From) || v.objectGap(m.From) && v.cueBetween(m.From+1, im.From) || v.patientPassive(m.From)
	return hit{actors: subjects, issue: im.Issue, position: pos, silent: silent}, true
}

// goOnWords, after a future modal, say that their subject goes on or
// starts again: "the attacks will continue", "talks would resume".
var goOnWords = wordSetOf("goOnWords")

// goingOnSubject returns the untaken issue mention (not a claim) that is
// the subject of a go-on verb cue at m after a future modal, opening a
// reported clause or the sentence: "warned that the attacks on shipping
// will continue", "said talks would resume". Who says so holds it. It
// returns -1 when none.
func (v *sentenceView) goingOnSubject(m phraseMatch, taken map[int]bool) int {
	if !goOnWords.in(v.toks[m.From].wid) {
		return -1
	}
	j := m.From - 1
	for j > v.from && (verbNegators.in(v.toks[j].wid) || cueAdverbs.in(v.toks[j].wid) || strings.HasSuffix(v.toks[j].Lower, "ly")) {
		j-- // "would not continue", "will still continue"
	}
	if j <= v.from || !futureModals.in(v.toks[j].wid) {
		return -1
	}
	for n, im := range v.issues {
		if im.To > j || im.To < j-4 || taken[n] || v.claim[im.Issue] {
			continue
		}
		if im.To < j && !(pastForm(v.toks[im.To].Lower) || strings.HasSuffix(v.toks[im.To].Lower, "ing")) {
			continue // "raids on convoys bound for Ostby will continue": a participle may qualify it
		}
		if v.hasToken(im.To, j, ",", "and", "or") || v.cueBetween(im.To, j) || v.onlyWhen(im) {
			continue // "talks would resume only when the army sees fit": a condition (speakerJudges)
		}
		i := im.From - 1
		for i >= v.from && v.toks[i].Lower != "that" && (articles.in(v.toks[i].wid) || modifier(v.toks[i])) {
			i-- // "the renewed attacks"
		}
		if i < v.from || v.toks[i].Lower == "that" || speechVerbs.in(v.toks[i].wid) {
			return n
		}
	}
	return -1
}

// modalFlips are the oppose verbs that a negated future or volitional
// modal turns to support: "will not block aid", "won't oppose the talks",
// "would not abandon the truce" let the act happen or go on. Verdicts
// ("will not condemn the raids") and leaving a place ("would not withdraw
// from the town") are not among them.
var modalFlips = wordSetOf("modalFlips")

// negatedModals are the contracted negated modals: "won't", "wouldn't".
var negatedModals = wordSetOf("negatedModals")

// adverbAt reports whether token k reads as an adverb: a word in -ly
// ("actively", "immediately") or one of cueAdverbs ("ever", "outright").
func (v *sentenceView) adverbAt(k int) bool {
	return strings.HasSuffix(v.toks[k].Lower, "ly") || cueAdverbs.in(v.toks[k].wid)
}

// modalNegated reports whether a negated future or volitional modal
// stands right before the verb at i, one adverb allowed between: "will
// not block", "would never obstruct", "won't actively oppose".
func (v *sentenceView) modalNegated(i int) bool {
	k := i - 1
	if k > v.from && v.adverbAt(k) &&
		!verbNegators.in(v.toks[k].wid) {
		k-- // "will not actively oppose"
	}
	if k < v.from {
		return false
	}
	if negatedModals.in(v.toks[k].wid) {
		return true
	}
	return k > v.from && verbNegators.in(v.toks[k].wid) && futureModals.in(v.toks[k-1].wid)
}

// modalNegationCue reports whether a cue is a bare negated modal: "will
// not", "won't", "would never".
func (v *sentenceView) modalNegationCue(m phraseMatch) bool {
	switch m.To - m.From {
	case 1:
		return negatedModals.in(v.toks[m.From].wid)
	case 2:
		return futureModals.in(v.toks[m.From].wid) && verbNegators.in(v.toks[m.From+1].wid)
	}
	return false
}

// letGoVerbAt reports whether a verb that harms or ends an act (harmActs,
// enders, stopVerbs) opens at i, or after one adverb, before the issue at
// end: under a negated modal the act happens or goes on: "will not hinder
// aid", "will not halt the offensive", "won't ever stop the raids".
func (v *sentenceView) letGoVerbAt(i, end int) bool {
	if i+1 < end && v.adverbAt(i) {
		i++
	}
	return i < end && (harmActs.in(v.toks[i].wid) || enders.in(v.toks[i].wid) || stopVerbs.in(v.toks[i].wid))
}

// yieldingVerbAt reports whether a verb cue that a negated modal turns to
// support (modalFlips) opens at i, or after one adverb: "will not block",
// "will not actively oppose". That cue reads the issue.
func (v *sentenceView) yieldingVerbAt(i int) bool {
	for _, c := range v.cues {
		if c.From == i || c.From == i+1 && i < v.to && v.adverbAt(i) {
			if d := v.table.list[c.Value]; d.kind == cueVerb && d.position == report.Oppose && modalFlips.has(d.phrase) {
				return true
			}
		}
	}
	return false
}

// namedObject returns the untaken issue that a word of specification
// ("namely", "including", "such as") names right after it, later in the
// sentence than a cue at i whose own object is no issue: "agreed on the
// implementation of the communique of 23 November, namely a cessation of
// hostilities". No other cue may stand between. It returns -1 when none.
func (v *sentenceView) namedObject(i int, taken map[int]bool) int {
	for j := i; j < v.to && j < i+30; j++ {
		if w := v.toks[j].Lower; w == ";" || w == "." || v.cueAt(j) {
			return -1
		}
		if !specifiers.in(v.toks[j].wid) {
			continue
		}
		k := j + 1
		for k < v.to && k < j+4 && (articles.in(v.toks[k].wid) || modifier(v.toks[k])) {
			k++ // "namely an immediate cessation"
		}
		return v.issueAt(k, taken)
	}
	return -1
}

// issueAt returns the untaken issue mention (not a claim) that opens at
// token k, or -1.
func (v *sentenceView) issueAt(k int, taken map[int]bool) int {
	for n, im := range v.issues {
		if im.From == k && !taken[n] && !v.claim[im.Issue] {
			return n
		}
	}
	return -1
}

// cueAt reports whether a cue opens at token j.
func (v *sentenceView) cueAt(j int) bool {
	for _, c := range v.cues {
		if c.From == j {
			return true
		}
	}
	return false
}

// specifiers open the thing a phrase before them stands for: "namely a
// cessation of hostilities".
var specifiers = wordSetOf("specifiers")

// infinitive reports whether the verb at k follows "to": an act asked
// for or intended, not a predicate of the sentence's subject.
func (v *sentenceView) infinitive(k int) bool {
	return k > v.from && v.toks[k-1].Lower == "to"
}

// opposedAct reports whether the act a demand asks for, the verb right
// after its "to", is an opposing cue that reaches the issue at end: "urged
// people to boycott the vote".
func (v *sentenceView) opposedAct(from, end int) bool {
	at := v.toAfter(from, end)
	if at == from {
		return false
	}
	for _, c := range v.cues {
		if c.From == at && c.To <= end && v.table.list[c.Value].position == report.Oppose {
			return true
		}
	}
	return false
}

// askedNotTo reports whether the act a demand asks for, after its "to",
// is asked not to be done: "urged both sides not to resume the fighting".
// Asking not to do an opposing act ("urged Hamas not to reject the
// proposal") asks for the issue.
func (v *sentenceView) askedNotTo(from, end int) bool {
	at := v.toAfter(from, end)
	return at-2 > from && v.toks[at-1].Lower == "to" && negators.in(v.toks[at-2].wid)
}

// directedBy returns the subjects of a directive verb (lexicon
// directiveVerbs) that tells the actor named right before the cue's "to"
// to do it: "Egypt told Hamas to accept the truce" is Egypt's, not
// Hamas's. It returns nil when no such verb governs the cue at i.
func (v *sentenceView) directedBy(i int) []string {
	if !v.infinitive(i) {
		return nil
	}
	m, ok := mentionAt(v.ms, i-2)
	if !ok || m.To != i-1 {
		return nil
	}
	d := m.From - 1
	for d > v.from && articles.in(v.toks[d].wid) {
		d--
	}
	if d < v.from || !directiveVerbs.in(v.toks[d].wid) {
		return nil
	}
	return v.subjectOf(d, cueVerb)
}

// directedAct returns who tells an addressee, by a directive verb, to do
// the act an issue names ("ordered the army to withdraw troops") or to
// stop it ("told Israel to stop the war"), with their position: a demand,
// or against an act to be stopped. It returns nil when no directive
// governs the issue.
func (v *sentenceView) directedAct(im issueMention) ([]string, report.Position) {
	if d := v.directedBy(im.From); d != nil {
		return d, report.Demand
	}
	if !v.stopped(im) {
		return nil, ""
	}
	for k := im.From - 1; k > v.from && k >= im.From-4; k-- {
		if w := v.toks[k].Lower; stopVerbs.has(w) || enders.has(w) {
			if d := v.directedBy(k); d != nil {
				return d, report.Oppose
			}
			break
		}
	}
	return nil, ""
}

// inabilityWords before "to" and a cue tell of an act not done.
var inabilityWords = wordSetOf("inabilityWords")

// objectDemands may take what they ask for as a direct object: "urged a
// ceasefire".
var objectDemands = wordSetOf("objectDemands")

// directiveVerbs tell an addressee what to do (see directedBy).
var directiveVerbs = wordSetOf("directiveVerbs")

// relativeClosed returns the subjects of a cue right after the comma
// that closes a relative clause on them: "A and B, which host the talks,
// called for a truce".
func (v *sentenceView) relativeClosed(i int) []string {
	if i-1 <= v.from || v.toks[i-1].Lower != "," {
		return nil
	}
	cs, _ := v.clause(i)
	return v.afterRelative(i, cs)
}

// harmed reports whether the issue is named as what a harm noun harms:
// "the collapse of the talks", "violations of the ceasefire", "attacks on
// the truce", "criticism of the “lawful” expulsions" (determiners, quote
// marks and modifiers between). A position on the harm is the opposite
// one on the issue, unless the harm noun is the cue itself.
func (v *sentenceView) harmed(im issueMention, cue phraseMatch) bool {
	k := im.From - 1
	for k > v.from && k >= im.From-6 && (determiners.in(v.toks[k].wid) || articles.in(v.toks[k].wid) || openingMarks.in(v.toks[k].wid) || closingMarks.in(v.toks[k].wid) ||
		v.premodifier(k) || hyphenated(v.toks, k)) {
		k-- // "criticism of the “lawful” expulsions", "the breach of the Egyptian-brokered truce"
	}
	if k-1 > v.from && strings.HasSuffix(v.toks[k].Lower, "ing") && (v.toks[k-1].Lower == "in" || v.toks[k-1].Lower == "on") {
		k-- // "the lack of progress on securing a truce": the act on the issue
	}
	if k-2 > v.from && (v.toks[k].Lower == "in" || v.toks[k].Lower == "on") && progressNouns.in(v.toks[k-1].wid) &&
		v.toks[k-2].Lower == "of" {
		k -= 2 // "the lack of progress in the talks": what lacks is the talks' progress
	}
	if k <= v.from || !harmLinks.in(v.toks[k].wid) || k-1 >= cue.From && k-1 < cue.To {
		return false // "voiced criticism of the sanctions": the cue is the harm noun itself
	}
	return harmNouns.in(v.toks[k-1].wid)
}

// premodifier reports whether the token at k may stand before a noun
// inside its phrase: a content word that is no function word and starts
// no cue, preposition or harm noun ("the humanitarian truce", "the
// Egyptian-brokered truce").
func (v *sentenceView) premodifier(k int) bool {
	t := v.toks[k]
	if !t.Word || functionWords.in(t.wid) || prepositions.in(t.wid) || harmLinks.in(t.wid) || harmNouns.in(t.wid) || v.cueAt(k) {
		return false
	}
	return modifierOrParticiple(t) || !t.Title
}

// harmActed reports whether the issue is the object of a verb of harm
// after "to", other than the cue at cue: "condemned any attempt to derail
// the talks", "rejected actions to destabilize Haiti's council". A
// position on the attempt is the opposite one on the issue.
func (v *sentenceView) harmActed(im issueMention, cue int) bool {
	k := im.From - 1
	for k > v.from && (determiners.in(v.toks[k].wid) || v.toks[k].Poss && v.toks[k].Title) {
		k-- // "the", "Haiti's"
	}
	return k > v.from && k != cue && harmActs.in(v.toks[k].wid) && v.toks[k-1].Lower == "to"
}

// shieldedFrom reports whether the issue is what a shield cue guards
// against: "protect shipping from Houthi attacks", "shield civilians
// against airstrikes". Who protects from it opposes it.
func (v *sentenceView) shieldedFrom(im issueMention) bool {
	k := im.From - 1
	for k > v.from && k >= im.From-3 && (determiners.in(v.toks[k].wid) || v.toks[k].Title || modifier(v.toks[k])) {
		k-- // "from further Houthi attacks"
	}
	return k > v.from && (v.toks[k].Lower == "from" || v.toks[k].Lower == "against")
}

// shieldCues guard their object from what follows "from" or "against".
var shieldCues = wordSetOf("shieldCues")

// failureBetween reports whether a failure to act stands between a cue and
// its issue, tokens [from, to): "disappointed that the regime failed to
// allow access", "condemned the junta's refusal to release the prisoners".
// The position on the failure is the opposite one on the act.
func (v *sentenceView) failureBetween(from, to int) bool {
	for k := from; k+1 < to; k++ {
		if failedActs.in(v.toks[k].wid) && v.toks[k+1].Lower == "to" {
			return true
		}
	}
	return false
}

// failedActs, before "to", say an act was not done.
var failedActs = wordSetOf("failedActs")

// harmActs undo their object: what an attempt "to derail the talks" aims at
// is opposed by the attempt.
var harmActs = wordSetOf("harmActs")

// harmedPosition turns a position on an issue's harm into the position on
// the issue: against its collapse is for it, for its breakdown against it,
// and a demand for its end is against it.
func harmedPosition(pos report.Position) report.Position {
	switch pos {
	case report.Oppose:
		return report.Support
	case report.Support, report.Demand:
		return report.Oppose
	}
	return pos
}

// harmNouns name what undoes an issue; harmLinks join them to it.
var harmNouns, harmLinks = wordSetOf("harmNouns"), wordSetOf("harmLinks")

// failedAct returns the issue an accusation says its target failed to
// act on ("blamed Kabul for not reining in the TTP", "accused the army of
// failing to protect civilians"), or -1: a failure word (lexicon
// failureWords) after "for" or "of" within a few words of the cue, then
// the issue.
func (v *sentenceView) failedAct(i, end int, taken map[int]bool) int {
	for k := i; k+1 < end && k < i+6; k++ {
		if w := v.toks[k].Lower; w != "for" && w != "of" {
			continue
		}
		f := k + 1
		if f+1 < end && possessivePronouns.in(v.toks[f].wid) {
			f++ // "for its failure to"
		}
		if failureWords.in(v.toks[f].wid) {
			return v.issueAfter(f+1, end, 6, taken)
		}
	}
	return -1
}

// failureWords, after "for" or "of", say an act was not done.
var failureWords = wordSetOf("failureWords")

// enders are verbs that bring an issue to an end.
var enders = wordSetOf("enders")

// refusedIssue returns the issue a cue that denies claims refuses
// instead, when no claim follows it: "dismissed the possibility of
// talks". A denial of an act ("denied violating the truce", "denies
// breaking the ceasefire") refuses nothing, so a verb's -ing form or a
// cue that is "deny" itself leaves it; -1 then.
func (v *sentenceView) refusedIssue(m phraseMatch, ce int, taken map[int]bool) int {
	reportsOf := disputedNouns.in(v.toks[m.To-1].wid) && m.To < v.to && aboutWords.in(v.toks[m.To].wid)
	if strings.HasPrefix(v.toks[m.From].Lower, "deni") || strings.HasPrefix(v.toks[m.From].Lower, "deny") ||
		v.toks[m.To-1].Lower == "that" || disputedNouns.in(v.toks[m.To-1].wid) && !reportsOf {
		return -1 // "rejected claims that Hamas agreed to a truce": a claim after all, no refusal
	}
	reach := 6
	if v.requestAfter(m.To) {
		reach, ce = 30, v.to // "rejected all suggestions to extend and expand the truce"
	}
	k := v.issueAfter(m.To, ce, reach, taken)
	if k < 0 {
		return -1
	}
	for t := m.To; t < v.issues[k].From; t++ {
		if strings.HasSuffix(v.toks[t].Lower, "ing") {
			return -1
		}
	}
	return k
}

// deniedThat reports whether token i lies in a "that" clause whose truth
// the sentence disputes: after "claims that", "reports that" or a cue that
// denies ("denied that").
func (v *sentenceView) deniedThat(i int) bool {
	for t := i - 1; t > v.from; t-- {
		if v.toks[t].Lower != "that" {
			continue
		}
		if disputedNouns.in(v.toks[t-1].wid) {
			return true
		}
		for _, c := range v.cues {
			if c.To == t && v.table.list[c.Value].kind == cueDeny {
				return true
			}
		}
		return false
	}
	return false
}

// disputedNouns name a statement another disputes: "claims that …".
var disputedNouns = wordSetOf("disputedNouns")

// requestAfter reports whether a request noun follows token i after a
// determiner: "a plea", "the offer", "Kabul's call".
func (v *sentenceView) requestAfter(i int) bool {
	if i+1 >= v.to {
		return false
	}
	d := v.toks[i].Lower
	return (d == "a" || d == "an" || d == "the" || d == "any" || d == "all" || v.toks[i].Poss) && requestNouns.in(v.toks[i+1].wid)
}

var requestNouns = wordSetOf("requestNouns")

// toAfter returns the token after the first "to" or "for" in [i, end),
// where the act a demand asks for begins, or i when there is none.
func (v *sentenceView) toAfter(i, end int) int {
	for k := i; k < end; k++ {
		if w := v.toks[k].Lower; w == "to" || w == "for" {
			return k + 1
		}
	}
	return i
}

// ended reports whether an issue is named as the object of a verb that
// ends it: "lift the blockade", "halted their attacks on shipping".
func (v *sentenceView) ended(im issueMention) bool {
	for k := im.From - 1; k >= v.from && k >= im.From-3; k-- {
		w := v.toks[k].Lower
		if enders.has(w) {
			return true
		}
		if !v.toks[k].Word || (!functionWords.has(w) && w != "fuel") {
			return false
		}
	}
	return false
}

// until reports whether a refusal that ends before token i lasts only
// while something else goes on: "until the attacks stop", "while the
// attacks continue", "unless …" (a marker conditions() reads itself).
func (v *sentenceView) until(i int) bool {
	for k := i; k < v.to && k < i+16; k++ {
		switch w := v.toks[k].Lower; {
		case (w == "until" || w == "till") && k < i+8:
			return true
		case w == "without" && k < i+3:
			return true // "will not end the war without the return of the hostages"
		case w == "unless":
			return true // "ruled out any truce with the rebels unless the group disarms"
		case w == "while" || w == "as" && k+2 < v.to && v.toks[k+1].Lower == "long" && v.toks[k+2].Lower == "as":
			if w == "while" && k > v.from && v.toks[k-1].Lower != "," && v.subjectAfter(k+1) {
				return true // "will not talk while the rebels hold the airport": for as long as
			}
			for j := k + 1; j < v.to && j < k+7; j++ {
				if strings.HasPrefix(v.toks[j].Lower, "continu") || strings.HasPrefix(v.toks[j].Lower, "persist") {
					return true
				}
			}
			return false
		case w == ";" || w == ".":
			return false
		}
	}
	return false
}

// subjectAfter reports whether an actor's name opens the clause at k,
// after at most an article: "while the Houthis hold …".
func (v *sentenceView) subjectAfter(k int) bool {
	if k < v.to && articles.in(v.toks[k].wid) {
		k++
	}
	m, ok := mentionAt(v.ms, k)
	return ok && m.From == k && !m.PrepObject
}

// relativeEnd returns where a relative clause set off by commas that
// starts at cs ends, after token from: "Qatar, which hosted the talks, has
// urged …" ends at the second comma. It returns the sentence's end when
// cs opens no such clause.
func (v *sentenceView) relativeEnd(cs, from int) int {
	if cs-2 < v.from || v.toks[cs-2].Lower != "," || (v.toks[cs-1].Lower != "which" && v.toks[cs-1].Lower != "who") {
		return v.to
	}
	for k := from; k < v.to; k++ {
		if v.toks[k].Lower == "," {
			return k
		}
	}
	return v.to
}

// objectPronounTo reports whether a pronoun and "to" follow a cue ending
// before token i: "wanted it to", "asked them to".
func (v *sentenceView) objectPronounTo(i int) bool {
	if i+1 >= v.to || v.toks[i+1].Lower != "to" {
		return false
	}
	switch v.toks[i].Lower {
	case "it", "them", "him", "her":
		return true
	}
	return false
}

// offTable reports whether an issue is said to be "off the table", "out
// of the question" or "not an option" in its clause.
func (v *sentenceView) offTable(im issueMention) bool {
	_, ce := v.clause(im.From)
	for k := im.To; k < ce && k < im.To+10; k++ {
		if offTableMatch.matchAt(v.toks[:ce], k) {
			return true
		}
	}
	// "it is out of the question to withdraw the troops"
	if p := im.From - 1; p > v.from && v.toks[p].Lower == "to" {
		for k := p - 1; k >= v.from && k >= p-6; k-- {
			if end, ok := offTableMatch.endAt(v.toks[:p], k); ok && onlyMarks(v.toks[end:p]) {
				return true
			}
		}
	}
	return false
}

// onlyMarks reports whether toks are all punctuation: the closing quotation
// mark of "'out of the question' to withdraw".
func onlyMarks(toks []token) bool {
	for _, t := range toks {
		if t.Word {
			return false
		}
	}
	return true
}

// offTableMatch finds the phrases that take an issue off the table
// (lexicon offTablePhrases).
var offTableMatch = newWordSeqs(words("offTablePhrases"))

// nearCues are verbs of many uses that show a position only on an issue
// right after them: "held talks".
var nearCues = wordSetOf("nearCues")

// question reports whether the sentence asks, in the article's own voice,
// a question that opens with an auxiliary or a wh-word.
func (v *sentenceView) question() bool {
	if v.to-v.from < 2 || v.toks[v.to-1].Lower != "?" || v.sp.Verb >= 0 {
		return false
	}
	w := v.toks[v.from].Lower
	return auxiliaries.has(w) || w == "why" || w == "what" || w == "how" || w == "who" || w == "when"
}

// advice are modals that tell what another should do.
var advice = wordSetOf("advice")

// denials are verbs that deny the deed after them ("denied violating").
var denials = wordSetOf("denials")

// hypothetical reports whether token i lies in an "if", "unless" or
// "until" clause: what it tells has not happened.
func (v *sentenceView) hypothetical(i int) bool {
	for k := i - 1; k >= v.from && k >= i-6; k-- {
		switch w := v.toks[k].Lower; {
		case w == "if" || w == "unless" || w == "until":
			return true
		case w == "case" && k > v.from && v.toks[k-1].Lower == "in":
			return true // "in case the negotiations fail"
		case w == "," || clauseBreaks.has(w):
			return false
		}
	}
	return v.conditionCueBefore(i)
}

// conditionCueBefore reports whether a condition cue ("as long as",
// "provided that") opens, within a dozen tokens and no comma, the clause
// that holds token i: "as long as it leads to a ceasefire and an Israeli
// withdrawal".
func (v *sentenceView) conditionCueBefore(i int) bool {
	for _, c := range v.cues {
		if c.To > i || c.To < i-12 || v.table.list[c.Value].kind != cueCondition {
			continue
		}
		if !v.hasToken(c.To, i, ",", ";", ".") {
			return true
		}
	}
	return false
}

// deedCues tell of a breach: the actor's position when the article says
// so, an accusation when another actor does.
var deedCues = wordSetOf("deedCues")

// allegedBy reports whether someone other than subjects speaks the words
// at token i: what they tell of the subjects is their claim.
func (v *sentenceView) allegedBy(i int, subjects []string) bool {
	who := v.speakerAt(i)
	return who != "" && !containsString(subjects, who)
}

// historyCues tell what was done, a position only when no year dates it.
var historyCues = wordSetOf("historyCues")

// perfectWords before a cue tell a part played before now: "has already
// held several rounds of talks", "had taken part in talks".
var perfectWords = wordSetOf("perfectWords")

// perfectBefore reports whether a perfect or a past adverb stands within
// two tokens before the cue at i.
func (v *sentenceView) perfectBefore(i int) bool {
	if i-1 >= v.from && v.toks[i-1].Lower == "been" {
		return false // "have been holding talks": ongoing
	}
	for k := i - 1; k >= v.from && k >= i-2; k-- {
		if perfectWords.in(v.toks[k].wid) {
			return true
		}
	}
	return false
}

// roundNouns name a part of a series of talks.
var roundNouns = wordSetOf("roundNouns")

// roundOf returns the token after "round of" ("a third round of", "fresh
// rounds of") within four tokens of i, or 0.
func (v *sentenceView) roundOf(i int) int {
	for k := i; k < v.to-1 && k < i+4; k++ {
		if roundNouns.in(v.toks[k].wid) && v.toks[k+1].Lower == "of" {
			return k + 2
		}
		if !v.toks[k].Word || negators.in(v.toks[k].wid) {
			return 0
		}
	}
	return 0
}

// listedIssues returns the untaken issues of the noun phrases coordinated
// after an issue a cue took, in order: "welcomed the truce, the release of
// the hostages and the resumption of aid deliveries" welcomes all three,
// "agreed to a proposal for a truce and the release of hostages" both.
// Each further phrase follows a comma, "and", "or" or "as well as"; a few
// words of its own may open it ("the resumption of"); the list ends where
// a list of acts would (demandEnd), at another cue, or at a phrase that
// stops what the first did not ("welcomed the truce and an end to the
// raids" is against the raids, which another reading decides).
func (v *sentenceView) listedIssues(issue int, taken map[int]bool) []int {
	first := -1
	for k, im := range v.issues {
		if im.Issue == issue && taken[k] {
			first = k
			break
		}
	}
	if first < 0 {
		return nil
	}
	end := v.listEnd(v.issues[first].To)
	stop := v.stopped(v.issues[first])
	var out []int
	prev := v.issues[first].To
	for k := first + 1; k < len(v.issues); k++ {
		im := v.issues[k]
		if im.From < prev {
			continue // inside the phrase before
		}
		if im.From >= end || !v.listGap(prev, im.From) || !v.conjunctionIn(prev, end) {
			break // a comma alone opens an apposition: "the truce, the first since talks began"
		}
		prev = im.To
		if taken[k] || im.Issue == issue || v.claim[im.Issue] || v.stopped(im) != stop {
			continue
		}
		out = append(out, k)
	}
	return out
}

// conjunctionIn reports whether "and", "or" or "as well as" stands in
// [from, to).
func (v *sentenceView) conjunctionIn(from, to int) bool {
	for t := from; t < to; t++ {
		if w := v.toks[t].Lower; w == "and" || w == "or" || w == "well" && t+1 < to && v.toks[t+1].Lower == "as" {
			return true
		}
	}
	return false
}

// listEnd is demandEnd for a list of noun phrases, which "as well as" goes
// on.
func (v *sentenceView) listEnd(start int) int {
	for {
		e := v.demandEnd(start)
		if e+2 < v.to && v.toks[e].Lower == "as" && v.toks[e+1].Lower == "well" && v.toks[e+2].Lower == "as" {
			start = e + 3
			continue
		}
		return e
	}
}

// listGap reports whether the tokens [from, to) join one phrase of a list
// to the next: a separator, then at most maxListOpening words of no cue
// that open the next phrase, the first of them no preposition.
func (v *sentenceView) listGap(from, to int) bool {
	sep := -1
	for t := from; t < to; t++ {
		if w := v.toks[t].Lower; w == "," || w == "and" || w == "or" || w == "as" && t > from && v.toks[t-1].Lower == "well" {
			sep = t // "as well as": its last word
		}
	}
	if sep < 0 || to-sep-1 > maxListOpening {
		return false
	}
	if sep+1 < to && prepositions.in(v.toks[sep+1].wid) {
		return false // ", in hopes of ending the violence": an adjunct, not one more of the list
	}
	for t := from; t < to; t++ {
		if v.cueAt(t) || !v.toks[t].Word && v.toks[t].Lower != "," {
			return false
		}
	}
	return true
}

// maxListOpening is how many words may open a phrase of a list before its
// issue term: "the resumption of", "a return to".
const maxListOpening = 4

// andToIssue returns the untaken issue of an infinitive coordinated after
// the demanded issue ("… to fix a date for a vote and to open talks"),
// or -1.
func (v *sentenceView) andToIssue(issue int, taken map[int]bool) int {
	from := -1
	for k, im := range v.issues {
		if im.Issue == issue && taken[k] {
			from = im.To
		}
	}
	if from < 0 {
		return -1
	}
	for k := from; k+1 < v.to && k < from+8; k++ {
		w := v.toks[k].Lower
		if w == ";" || w == "." {
			return -1
		}
		if w == "and" && v.toks[k+1].Lower == "to" {
			return v.issueAfter(k+2, v.to, 4, taken)
		}
	}
	return -1
}

// litotes reports whether a negative cue ending before token i denies a
// reluctance, which affirms: "will not hesitate to", "would not shy away
// from".
func (v *sentenceView) litotes(i int) bool {
	if i >= v.to {
		return false
	}
	w := v.toks[i].Lower
	return strings.HasPrefix(w, "hesitat") || w == "shy" || w == "flinch" || w == "waver"
}

// condition reads a condition marker: the issue it is attached to becomes
// conditional for the subject and the issue of the condition a demand. A
// fronted condition ("As soon as …, the Russian side will return to the
// grain deal") has its main clause after the comma.
func (v *sentenceView) condition(c phraseMatch, taken map[int]bool, add func(string, string, int, report.Position)) {
	cs, ce := v.clause(c.From)
	subjects := v.subjectOf(c.From, cueCondition)
	main, cond := -1, -1
	afterBut := cs-2 >= v.from && v.toks[cs-1].Lower == "but" && v.toks[cs-2].Lower == "," && v.fronted(c.From, cs)
	if afterBut {
		comma := cs - 2
		cs, _ = v.clause(comma) // "ready for dialogue with the capital, but only if …": the main clause is before
		subjects = v.subjectOf(comma, cueCondition)
	}
	if v.fronted(c.From, cs) && !afterBut {
		comma := c.To
		for comma < ce && v.toks[comma].Lower != "," {
			comma++
		}
		if comma >= ce {
			return
		}
		cond = v.issueAfter(c.To, comma, 12, taken)
		main = v.issueAfter(comma+1, ce, 12, taken)
		if m, ok := mentionWithin(v.ms, comma+1, ce); ok && !m.PrepObject {
			subjects = []string{m.Actor}
		}
	} else {
		main = v.issueBefore(c.From, cs, taken)
		cond = v.issueAfter(c.To, ce, 12, taken)
	}
	if main >= 0 && v.ended(v.issues[main]) {
		taken[main] = true // "would end the siege only if …": the condition is on ending it
		main = -1
	}
	if main >= 0 && v.otherParties(v.issues[main], subjects, report.Conditional) {
		main = -1
	}
	if cond >= 0 && (v.otherParties(v.issues[cond], subjects, report.Demand) || v.ended(v.issues[cond])) {
		cond = -1 // "only if the rebels stopped their raids": an end is demanded, not the issue
	}
	if cond >= 0 && len(subjects) > 0 && v.targetIs(c.To, v.issues[cond].From, subjects[0]) {
		cond = -1 // "a minister said she would remain only if fighting restarted": no demand on another
	}
	if len(subjects) == 0 {
		return // "agreed to a pause but refused a truce unless …": the cues read the issues, with their subjects
	}
	if main >= 0 {
		taken[main] = true
		for _, who := range subjects {
			add("condition", who, v.issues[main].Issue, report.Conditional)
		}
	}
	if cond >= 0 && (main < 0 || v.issues[cond].Issue != v.issues[main].Issue) {
		taken[cond] = true
		pos := report.Demand
		if v.onTable(v.issues[cond].To, ce) {
			pos = report.Support // "only if a referendum remained on the table": the subject's own option
		} else if v.refusedCondition(c.From, v.issueIDs[v.issues[cond].Issue]) {
			pos = report.Oppose // "only if the rebels do not renew their attacks": that they not happen
		}
		for _, who := range subjects {
			add("condition", who, v.issues[cond].Issue, pos)
		}
	}
}

// conditions returns the condition markers of the sentence: the cue
// phrases, and "if" after "only" within five words ("can only be explored
// if", "could only consider talking … if").
func (v *sentenceView) conditions() []phraseMatch {
	var out []phraseMatch
	for _, m := range v.cues {
		if v.table.list[m.Value].kind == cueCondition && !v.idiom(m) {
			out = append(out, m)
		}
	}
	for i := v.from; i < v.to; i++ {
		if v.toks[i].Lower != "if" {
			continue
		}
		if v.negatedIf(i) {
			out = append(out, phraseMatch{From: i, To: i + 1}) // "if the hostages were not freed": unless they are
			continue
		}
		for k := i - 1; k >= v.from && k >= i-6; k-- {
			if clauseBreaks.in(v.toks[k].wid) || v.toks[k].Lower == "," {
				break
			}
			if v.toks[k].Lower == "only" && k != i-1 {
				out = append(out, phraseMatch{From: i, To: i + 1})
				break
			}
		}
	}
	return out
}

// negatedIf reports whether the "if" at token i opens a negated condition
// — "fighting would resume if the captives were not freed" — which, like
// "unless", makes the unnegated act what the speaker demands.
func (v *sentenceView) negatedIf(i int) bool {
	if i+1 < v.to && negators.in(v.toks[i+1].wid) {
		return false // "if not the talks, then a truce": an alternative, not a threat
	}
	_, ce := v.clause(i + 1)
	for j := i + 2; j < ce && j < i+8; j++ {
		switch w := v.toks[j].Lower; {
		case w == "," || clauseBreaks.has(w):
			return false // "… if talks resume, and it would not attack": the "not" is another clause's
		case verbNegators.has(w):
			return true
		}
	}
	return false
}

// verbNegators negate a verb ("were not freed"); "neither … nor" and "no"
// negate a noun phrase ("unclear if neither side has confirmed it").
var verbNegators = wordSetOf("verbNegators")

// stanceOf turns a hit into the model's stance with its one citation,
// dated by its statement or its article.
func stanceOf(h stanceHit, sourceID string, s Sentence, date, precision string) report.Stance {
	return report.Stance{
		Actor: h.Actor, Issue: h.Issue, Position: h.Position,
		Date: date, Precision: report.Precision(precision),
		Citations: []report.Citation{{Source: sourceID, Quote: s.Text}},
	}
}

// talksBefore returns the issue mention, in the cue's clause, of talks or
// the like that the cue's act followed — "agreed to a ceasefire after
// talks in Doha on Sunday": the parties took part in them — or -1. A
// dated past ("after talks in 2021") is history, not a position.
func (v *sentenceView) talksBefore(m phraseMatch, taken map[int]bool) int {
	_, ce := v.clause(m.From)
	for k, im := range v.issues {
		if taken[k] || im.From <= m.To || im.From >= ce {
			continue
		}
		p := im.From - 1
		if p > v.from && v.toks[p].Lower == "the" {
			p--
		}
		if p < v.from || (v.toks[p].Lower != "after" && v.toks[p].Lower != "following") {
			continue
		}
		if v.datedHistory(im.From) {
			return -1
		}
		return k
	}
	return -1
}

// talkDeterminers may open the object of "hold": "their first direct
// talks", "fresh talks".
var talkDeterminers = wordSetOf("talkDeterminers")

// talkModifiers returns how many determiners and modifiers, beyond the
// first, stand at i: at most three.
func (v *sentenceView) talkModifiers(i int) int {
	n := 0
	for k := i; k < v.to && n < 4; k++ {
		if t := v.toks[k]; !t.Word || !(talkDeterminers.in(t.wid) || modifier(t)) {
			break
		}
		n++
	}
	return max(n-1, 0)
}

// verdict returns the position a speaker takes by judging an issue in a
// predicate after it — "the sanctions were 'absolutely
// counterproductive'" (oppose), "the talks had been productive"
// (support) — or "". A negation before the judgement turns praise into
// opposition and voids blame.
func (v *sentenceView) verdict(im issueMention) report.Position {
	if im.From > v.from && v.toks[im.From-1].Lower == "to" {
		return "" // "those willing to surrender would be welcome": the issue is no subject
	}
	_, ce := v.clause(im.From)
	k := v.pastNounTail(im.To, ce)
	for k < ce && k < im.To+3 && (modals.in(v.toks[k].wid) || perfectAux.in(v.toks[k].wid)) {
		if advice.in(v.toks[k].wid) {
			return "" // "elections must be free and fair": a requirement, no verdict
		}
		k++ // "the plan would be", "the talks had been"
	}
	if k >= ce || !copulas.in(v.toks[k].wid) {
		return ""
	}
	return v.judgement(k+1, ce)
}

// pastNounTail returns the token after a prepositional phrase that closes
// the noun phrase ending at k — "a proposal by Arab states for the
// reconstruction of Gaza" — or k when none follows. The phrase is a few
// plain words, names and prepositions; a verb, a relative, a comma or
// another issue ends the noun phrase first.
func (v *sentenceView) pastNounTail(k, end int) int {
	if k >= end || !prepositions.in(v.toks[k].wid) {
		return k
	}
	for j := k + 1; j < end && j <= k+7; j++ {
		t := v.toks[j]
		switch {
		case copulas.in(t.wid) || modals.in(t.wid) || perfectAux.in(t.wid):
			return j
		case !t.Word || gapStop.in(t.wid) && !prepositions.in(t.wid) || v.issueCovers(j):
			return k // "talk of an early truce seemed premature": the truce is judged
		}
	}
	return k
}

// harmDone reports whether the issue is the subject of a verb of harm
// ("attacks on shipping threaten global trade", "the sanctions would only
// hurt ordinary people"): whoever says so opposes it. A harm the issue
// suffers ("the truce risks collapse", "threatens to unravel") is none.
func (v *sentenceView) harmDone(im issueMention) bool {
	if im.From > v.from && v.toks[im.From-1].Lower == "to" {
		return false // "the decision to impose sanctions hurt …": the decision's
	}
	k := im.To
	for k < v.to && k < im.To+3 && (modals.in(v.toks[k].wid) || v.toks[k].Lower == "only" || strings.HasSuffix(v.toks[k].Lower, "ly")) {
		k++
	}
	if k+1 >= v.to || !harmVerbs.in(v.toks[k].wid) {
		return false
	}
	next := v.toks[k+1].Lower
	return v.toks[k+1].Word && next != "to" && !harmNouns.has(next) && !strings.HasSuffix(next, "ing")
}

// harmVerbs do harm to their object: a subject that does it is opposed
// by whoever says so.
var harmVerbs = wordSetOf("harmVerbs")

// offeredChoice reports whether the cue at i is one branch of a choice a
// sentence sets out: a choice noun, then a colon or a dash, then the
// branches joined by "or" ("the generals face a choice: prolong the war,
// or agree to a truce and return to talks"). "Given the choice between
// war and peace, they accepted the truce" sets out none.
func (v *sentenceView) offeredChoice(i int) bool {
	for k := v.from; k+1 < i; k++ {
		if choiceNouns.in(v.toks[k].wid) && choiceMarks.in(v.toks[k+1].wid) {
			return v.hasToken(k+2, v.to, "or")
		}
	}
	return false
}

// choiceMarks open the branches after a choice noun: a colon, a dash.
var choiceMarks = wordSetOf("choiceMarks")

// choiceNouns set out alternatives: see offeredChoice.
var choiceNouns = wordSetOf("choiceNouns")

// rightDeniedBefore reports whether the words before token i deny
// someone the right to act — "lacked the right to", "has no authority
// to", "without a mandate to" — and no negation takes the denial back
// ("does not lack the authority to").
func (v *sentenceView) rightDeniedBefore(i int) bool {
	k := i - 1
	if k-2 < v.from || v.toks[k].Lower != "to" || !rightNouns.in(v.toks[k-1].wid) {
		return false
	}
	for j := k - 2; j >= v.from && j >= k-4; j-- {
		if lackWords.in(v.toks[j].wid) {
			return j-1 < v.from || !negators.in(v.toks[j-1].wid) && !(j-2 >= v.from && negators.in(v.toks[j-2].wid))
		}
		if !articles.in(v.toks[j].wid) && !modifierWord(v.toks[j]) {
			return false
		}
	}
	return false
}

// issueRightDenied reports whether the issue term at im is what someone
// is denied the right to do, right after "to" or after "to" and its verb:
// "no authority to hold an election".
func (v *sentenceView) issueRightDenied(im issueMention) bool {
	p := im.From
	if p-1 > v.from && articles.in(v.toks[p-1].wid) {
		p--
	}
	return v.rightDeniedBefore(p) || v.rightDeniedBefore(p-1)
}

// rightNouns and lackWords: see rightDeniedBefore.
var rightNouns, lackWords = wordSetOf("rightNouns"), wordSetOf("lackWords")

// stepToward reports whether the issue term at im follows a step toward
// it, past up to three words and no punctuation or negation: "an
// important step toward a lasting truce".
// progressNouns before "in" or "on" and an issue make whoever says so
// support it: "progress in the talks".
var progressNouns = wordSetOf("progressNouns")

func (v *sentenceView) stepToward(im issueMention) bool {
	for k := im.From - 1; k > v.from && k >= im.From-4; k-- {
		if towardWords.in(v.toks[k].wid) {
			return stepNouns.in(v.toks[k-1].wid)
		}
		if w := v.toks[k].Lower; (w == "in" || w == "on") && progressNouns.in(v.toks[k-1].wid) {
			return !v.negatedBefore(k-1, 3) // "substantial progress in the talks", not "no progress in"
		}
		if !v.toks[k].Word || negators.in(v.toks[k].wid) {
			return false
		}
	}
	return false
}

// namedAim returns the position of a speaker who names an issue as the
// aim after a copula — "the real solution is a national dialogue" (support),
// "a truce is not the answer" is a verdict instead — or "". A negation
// before the issue opposes it: "the solution is not more sanctions".
func (v *sentenceView) namedAim(im issueMention) report.Position {
	k := im.From - 1
	negated := false
	for k > v.from && k >= im.From-4 && (articles.in(v.toks[k].wid) || modifier(v.toks[k]) || negators.in(v.toks[k].wid)) {
		negated = negated || negators.in(v.toks[k].wid)
		k--
	}
	if k <= v.from || !copulas.in(v.toks[k].wid) {
		return ""
	}
	j := k - 1
	for j > v.from && (modifier(v.toks[j]) || cueAdverbs.in(v.toks[j].wid)) {
		j-- // "the only real solution", "the priority now"
	}
	if !aimNouns.in(v.toks[j].wid) {
		return ""
	}
	if negated {
		return report.Oppose
	}
	return report.Support
}

// aimNouns name an aim when they are a copula's subject.
var aimNouns = wordSetOf("aimNouns")

// participleClause returns where a participle after a comma opens a
// clause of its own between tokens i and end ("condemned the summit,
// claiming Kyiv is open to dialogue": the condemnation stops at the
// comma), or end.
func (v *sentenceView) participleClause(i, end int) int {
	for k := i + 1; k < end; k++ {
		if clauseParticiples.in(v.toks[k].wid) && v.participleAfterComma(k) {
			return k - 1
		}
	}
	return end
}

// clauseParticiples open, after a comma, a clause of their own: what the
// subject says or does next.
var clauseParticiples = wordSetOf("clauseParticiples")

// receivedProposal reports whether a proposing noun at i ("proposal",
// "offer") stands after "a", "an" or "the" (and a few modifiers) that no
// verb of making governs: "rejected a proposal for a truce", "the
// proposal did not meet its demands" — whoever proposed it, the subject
// did not. After "presented a proposal", "put forward the offer", the
// subject made it.
func (v *sentenceView) receivedProposal(i int) bool {
	k := i - 1
	for k > v.from && k >= i-3 && !indefiniteOrThe(v.toks[k].Lower) && modifierWord(v.toks[k]) {
		k-- // "a new ceasefire proposal"
	}
	if k < v.from || !indefiniteOrThe(v.toks[k].Lower) {
		return false // "its proposal", "Egypt's proposal": the possessor's
	}
	return k == v.from || !makingVerbs.in(v.toks[k-1].wid)
}

// makingVerbs make what their object names: "presented a proposal".
var makingVerbs = wordSetOf("makingVerbs")

// partOf returns the token of "part" when the issue term at im follows
// "as part of" within five words that hold no punctuation but hyphens and
// no negation ("as part of a UN-backed regional force"), or -1.
func (v *sentenceView) partOf(im issueMention) int {
	if v.claim[im.Issue] {
		return -1
	}
	for k := im.From - 1; k-1 > v.from && k >= im.From-6; k-- {
		if v.toks[k].Lower == "of" && v.toks[k-1].Lower == "part" {
			if k-2 >= v.from && v.toks[k-2].Lower == "as" {
				return k - 1
			}
			return -1
		}
		if !v.toks[k].Word && v.toks[k].Lower != "-" || negators.in(v.toks[k].wid) {
			return -1
		}
	}
	return -1
}

// stepNouns and towardWords: see stepToward.
var stepNouns, towardWords = wordSetOf("stepNouns"), wordSetOf("towardWords")

// calledVerdict reads "called the framework 'a crucial step'", "branded
// the talks a farce": the token of the naming verb before the issue and
// the position its judgement after it gives, or -1 and "".
func (v *sentenceView) calledVerdict(im issueMention) (int, report.Position) {
	c := -1
	for k := im.From - 1; k >= v.from && k >= im.From-3; k-- {
		if namingVerbs.in(v.toks[k].wid) {
			c = k
			break
		}
	}
	if c < 0 {
		return -1, ""
	}
	_, ce := v.clause(im.From)
	if pos := v.judgement(im.To, ce); pos != "" {
		return c, pos
	}
	return -1, ""
}

// judgement reads an evaluative word within the few tokens from k (past
// adverbs, articles and quotation marks): praise (lexicon praiseWords) is
// support, blame (blameWords) opposition; "not" before praise is
// opposition, before blame nothing.
func (v *sentenceView) judgement(k, end int) report.Position {
	negated := false
	for n := 0; k < end && n < 5; k, n = k+1, n+1 {
		w := v.toks[k].Lower
		switch {
		case negators.has(w):
			negated = true
		case praiseWords.has(w):
			if negated {
				return report.Oppose
			}
			return report.Support
		case blameWords.has(w):
			if negated {
				return ""
			}
			return report.Oppose
		case openingMarks.has(w) || judgementFillers.has(w) || strings.HasSuffix(w, "ly") || w == "\u201c":
		default:
			return ""
		}
	}
	return ""
}

// judgementFillers may stand between a copula and its judgement: "is in
// the best interests of", "was a very welcome step".
var judgementFillers = wordSetOf("judgementFillers")

// praiseWords and blameWords judge an issue in a predicate; namingVerbs
// name it so ("called the deal 'historic'").
var (
	praiseWords = wordSetOf("praiseWords")
	blameWords  = wordSetOf("blameWords")
	namingVerbs = wordSetOf("namingVerbs")
)

// possessedCue reports whether a noun cue is an actor's, named by a
// possessive right before it: "Kyiv's call for", "Hamas's rejection of".
func (v *sentenceView) possessedCue(m phraseMatch) bool {
	p, ok := mentionAt(v.ms, m.From-1)
	return ok && p.Poss
}

// interviewerTurn reports whether the sentence is a journalist's turn in
// a transcript ("QUESTION: Kinshasa has said …", "Q: …"), which reports
// or asks but takes no position.
func (v *sentenceView) interviewerTurn() bool {
	return v.to-v.from >= 2 && interviewerLabels.in(v.toks[v.from].wid) && v.toks[v.from+1].Lower == ":"
}

// interviewerLabels open a journalist's turn in a transcript.
var interviewerLabels = wordSetOf("interviewerLabels")

// partiesWhoHold reads an issue term with its parties as the subject of a
// verb by which it goes on — "talks between A and B resumed on Monday",
// "the truce between A and B held", or after that verb: "talks are
// underway between A and B" (partiesAfterVerb) — and returns the parties,
// who take part in it, or nil.
func (v *sentenceView) partiesWhoHold(k int) []string {
	im := v.issues[k]
	if v.claim[im.Issue] || im.To+3 >= v.to || v.hypothetical(im.From) {
		return nil
	}
	if v.toks[im.To].Lower != "between" {
		return v.partiesAfterVerb(im)
	}
	parties, j := v.actorList(im.To + 1)
	if len(parties) < 2 || !v.goesOn(j) {
		return nil
	}
	return parties
}

// goesOn reports whether a verb that tells an issue goes on stands at
// token j, past modals, auxiliaries and adverbs: "were held", "are still
// underway".
func (v *sentenceView) goesOn(j int) bool {
	for j < v.to && (modals.in(v.toks[j].wid) || perfectAux.in(v.toks[j].wid) || copulas.in(v.toks[j].wid) || cueAdverbs.in(v.toks[j].wid)) {
		j++
	}
	return j < v.to && goingOnVerbs.in(v.toks[j].wid)
}

// partiesAfterVerb reads the parties named after the verb that tells an
// issue goes on: "talks are still underway between the army and the
// RSF", "negotiations resumed on Monday between A and B".
func (v *sentenceView) partiesAfterVerb(im issueMention) []string {
	if !v.goesOn(im.To) {
		return nil
	}
	j := im.To
	for !goingOnVerbs.in(v.toks[j].wid) {
		j++
	}
	j = v.pastTime(j + 1)
	if j >= v.to || v.toks[j].Lower != "between" {
		return nil
	}
	if parties, _ := v.actorList(j + 1); len(parties) >= 2 {
		return parties
	}
	return nil
}

// goingOnVerbs tell that an issue held between parties goes on: "talks
// resumed", "the truce held".
var goingOnVerbs = wordSetOf("goingOnVerbs")

// opposedBetween reports whether a cue that opposes stands in [from, to):
// between a cue of support and its issue, it governs the issue ("announced
// the end of the truce").
func (v *sentenceView) opposedBetween(from, to int) bool {
	for _, c := range v.cues {
		if c.From >= from && c.To <= to && v.table.list[c.Value].position == report.Oppose {
			return true
		}
	}
	return false
}

// pronounObject returns the issue that "it" right after a verb cue, or
// after the verb of its "to", or a pro-verb as its act ("urge them to do
// so"), points back to: the latest issue named before the cue in the
// sentence, not a claim ("reaffirmed the consensus and urged the army to
// implement it"). It returns -1 when neither follows the cue or no issue
// precedes.
func (v *sentenceView) pronounObject(m phraseMatch) int {
	at, pro := m.To, false
	if verb := v.infinitiveAfter(m.To, min(v.to, m.To+8)); verb > m.To {
		at = verb + 1 // "urged the army to respect it"
		pro = proVerbs.matchAt(v.toks[:v.to], verb)
	}
	if !pro && (at >= v.to || v.toks[at].Lower != "it") {
		return -1
	}
	for k := len(v.issues) - 1; k >= 0; k-- {
		if im := v.issues[k]; im.To <= m.From && !v.claim[im.Issue] {
			return k
		}
	}
	return -1
}

// proVerbs stand for an act just named: "we urge them to do so", "called
// on others to follow suit".
var proVerbs = newWordSeqs(words("proVerbs"))

// conditionBefore reports whether a condition opens ("if", "unless")
// within conditionReach tokens before token i: "if the leaders stay there
// and no action is taken" states no refusal.
func (v *sentenceView) conditionBefore(i int) bool {
	for k := i - 1; k >= v.from && k >= i-conditionReach; k-- {
		if w := v.toks[k].Lower; w == "if" || w == "unless" {
			return true
		}
	}
	return false
}

// conditionReach is how far back conditionBefore looks.
const conditionReach = 15

// conditionAfter reports whether a phrase that sets a condition follows
// an issue within a few tokens of its clause: "willing to talk on the
// basis of …", "ready for a truce provided that …".
func (v *sentenceView) conditionAfter(i, end int) bool {
	for k := i; k < end && k < i+5; k++ {
		if conditionWords.in(v.toks[k].wid) && (k+1 >= end || v.toks[k+1].Lower != "for") {
			return true // not "a truce providing for a cessation of hostilities": what it holds, no condition
		}
	}
	return false
}

// conditionWords after an issue bind support for it to a condition.
var conditionWords = wordSetOf("conditionWords")

// demandingNounBetween reports whether a demand cue said of a noun — "a
// resolution demanding", "a statement calling for" — stands in [from, to).
func (v *sentenceView) demandingNounBetween(from, to int) bool {
	for _, c := range v.cues {
		if c.From > from && c.To <= to && v.table.list[c.Value].position == report.Demand && v.nounParticiple(c.From) {
			return true
		}
	}
	return false
}

// ownNounCueBetween reports whether a noun cue that the subject owns — by
// a pronoun ("its call for"), by its own name ("the minister renewed
// Cairo's demand for") or as the bare object of a verb that does not
// endorse ("renewed calls for", against "welcomed calls for") — stands in
// [from, to). Another's noun cue ("supported the government's efforts to
// …") leaves the verb its say.
func (v *sentenceView) ownNounCueBetween(from, to int, subjects []string, endorsing bool) bool {
	for _, c := range v.cues {
		if c.From >= from && c.To <= to && !endorsing && v.directObject(from, c.From) && v.nounCue(c) {
			return true // "renewed calls for", "issued a fresh demand for"
		}
		if kind := v.table.list[c.Value].kind; c.From > from && c.To <= to && (kind == cueNoun || kind == cueVerb) {
			o := v.possessorAt(c.From, from)
			if o < 0 {
				continue
			}
			if possessivePronouns.in(v.toks[o].wid) {
				return true // "its call for", "its long-standing demand for", "its primary demand that"
			}
			if m, ok := mentionAt(v.ms, o); ok && m.Poss && m.To == o+1 && containsString(subjects, m.Actor) {
				return true // "the minister renewed Cairo's demand for": the subject's own demand
			}
		}
	}
	return false
}

// possessorAt returns the token, after from, of the possessive that owns
// the noun at k, up to three modifiers or hyphens between ("its
// long-standing demand", "Cairo's primary demand"), or -1. A verb's form
// after one is a noun: "its demand that".
func (v *sentenceView) possessorAt(k, from int) int {
	j := k - 1
	for n := 0; n < 3 && j > from; n++ {
		t := v.toks[j]
		if t.Lower != "-" && !(modifierWord(t) && !strings.HasSuffix(t.Lower, "s")) || possessivePronouns.in(t.wid) || t.Poss {
			break
		}
		j--
	}
	if j < from {
		return -1 // the noun opens the sentence's view
	}
	if possessivePronouns.in(v.toks[j].wid) || v.toks[j].Poss {
		return j
	}
	return -1
}

// nounCue reports whether the cue c is a noun: one of noun kind, or a
// verb's form in -s that is a plural noun after a verb ("renewed calls
// for a truce", against "resumed enforcing the truce").
func (v *sentenceView) nounCue(c phraseMatch) bool {
	if v.table.list[c.Value].kind == cueNoun {
		return true
	}
	w := v.toks[c.From].Lower
	return v.table.list[c.Value].kind == cueVerb && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// passiveObject reports whether the issue im follows the cue ending at
// token from as its object, with determiners only between, and is itself
// followed by a passive infinitive: "expected elections to be held".
func (v *sentenceView) passiveObject(from int, im issueMention) bool {
	if !v.directObject(from, im.From) || im.To+2 >= v.to {
		return false
	}
	return v.toks[im.To].Lower == "to" && v.toks[im.To+1].Lower == "be"
}

// directObject reports whether only determiners and modifiers stand in
// [from, to).
func (v *sentenceView) directObject(from, to int) bool {
	for k := from; k < to; k++ {
		if t := v.toks[k]; !t.Word || !(articles.in(t.wid) || modifier(t)) {
			return false
		}
	}
	return true
}
