package report

// The defaults a brief takes where its configuration or model leaves a
// part out live here, in one place: the configuration, assembly and the
// render command all apply them through these functions.

// DefaultTitle is the title of a brief whose configuration or model
// gives none.
const DefaultTitle = "Brief"

// DefaultSectionTitle returns the heading a section of a kind gets when
// the configuration gives none.
func DefaultSectionTitle(kind SectionKind) string {
	switch kind {
	case SectionSummary:
		return "Key points"
	case SectionStances:
		return "Positions"
	case SectionTimeline:
		return "Timeline"
	case SectionFigures:
		return "Reported figures"
	case SectionSources:
		return "Sources"
	}
	return string(kind)
}

// DefaultSections returns one section of each kind, in the order of
// SectionKinds, each with its default title: the brief a configuration
// without [[section]] tables gets.
func DefaultSections() []Section {
	out := make([]Section, len(SectionKinds))
	for i, k := range SectionKinds {
		out[i] = Section{Kind: k, Title: DefaultSectionTitle(k)}
	}
	return out
}

// FillDefaults gives each section without a title its kind's default
// title and each issue without a label its id, in place.
func FillDefaults(sections []Section, issues []Issue) {
	for i, s := range sections {
		if s.Title == "" {
			sections[i].Title = DefaultSectionTitle(s.Kind)
		}
	}
	for i, is := range issues {
		if is.Label == "" {
			issues[i].Label = is.ID
		}
	}
}
