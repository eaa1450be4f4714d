// Package report is brief's model: the types of a brief (sources, figures,
// events, stances, the stance matrix), their JSON form and its validation,
// the closed vocabularies (positions, figure kinds, precisions, event
// types, review decisions), and the dates and periods facts are placed
// in. It is the public interface between the stages that make a brief and
// the renderers that draw it; the renderers (brief/layouts/*) import this
// package only.
//
// Making a model is other packages' work: brief/report/assemble turns
// extracted facts into a brief, and brief/report/review applies an
// analyst's decisions to one. This package imports neither.
package report
