// Package xlsx renders a brief as an Excel workbook for analysts, and reads
// an analyst's reviewed copy of that workbook back.
//
// The workbook has the sheets About, Stances, Timeline, Figures, Sources
// and Evidence. Every list is an Excel table with a frozen header row;
// dates are date cells shown at their precision, numbers are number cells,
// and facts link to the row of their source on the Sources sheet. The fact
// sheets (Stances, Timeline, Figures) carry a Review column with a drop-down
// (accept, reject, correct) and a Correction column; ReadReview reads those
// decisions back so that report.ApplyReview can apply them to the next
// brief. The correction syntax is documented on report.ApplyReview. When
// the brief has leads (passages where an actor and an issue meet without a
// position read), a Leads sheet follows Stances, its Position column (a
// drop-down of the positions) read back as each lead's correction.
//
// Article text is always written as text: a quote that starts with "=" is
// never a formula. Control characters are removed and a cell longer than
// Excel's limit of 32,767 characters is cut with a visible mark.
//
// Output is byte-identical for identical input: document properties and
// zip entry times come from the brief's generation time, and zip entries
// are written in a fixed order.
package xlsx
