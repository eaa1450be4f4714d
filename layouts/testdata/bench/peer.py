#!/usr/bin/env python3
"""The peer of `brief render`: the same model rendered with reportlab and openpyxl.

    peer.py MODEL.json OUTDIR [--only pdf,xlsx,json]

It writes what brief writes, in the ordinary way of these libraries: a PDF
(platypus: key-point counts, the stance matrix with the latest statement of
each cell, the timeline, the figures grouped by what was counted, the
sources as endnotes; a running header and footer) and a workbook (openpyxl's
write-only mode, the fast one: Stances, Timeline, Figures, Sources, Evidence
with one row per citation; bold headers, wrapped text, date cells at their
precision, frozen header rows), and the model's JSON. It is the yardstick
of issue 13, not a product; written for this repository.
"""
import argparse, json, os, sys
from collections import defaultdict
from datetime import date

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from xml.sax.saxutils import escape
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font

SYMBOL = {"support": "+", "oppose": "−", "conditional": "±", "demand": "!", "propose": "»", "deny": "×"}


def notes(model):
    return {s["id"]: i + 1 for i, s in enumerate(model["sources"])}


def refs(num, cites):
    seen = []
    for c in cites:
        n = num.get(c["source"])
        if n and n not in seen:
            seen.append(n)
    return "[" + ", ".join(map(str, seen)) + "]"


def write_pdf(model, path):
    ss = getSampleStyleSheet()
    body, small, h1 = ss["BodyText"], ss["Normal"].clone("small", fontSize=8, leading=10), ss["Heading1"]
    num = notes(model)
    story = [Paragraph("Brief", ss["Title"]), Paragraph("1 Key points", h1)]
    counts = [[str(len(model[k])) for k in ("sources", "events", "figures", "stances")],
              ["articles", "events reported", "figures reported", "statements"]]
    story += [Table(counts), Paragraph("2 Positions", h1)]
    actors = sorted({s["actor"] for s in model["stances"]})
    issues = sorted({s["issue"] for s in model["stances"]})
    cell = defaultdict(list)
    for s in model["stances"]:
        cell[s["actor"], s["issue"]].append(s)
    rows = [["Actor"] + issues]
    for a in actors:
        row = [Paragraph(escape(a), small)]
        for i in issues:
            ss_ = cell.get((a, i), [])
            if not ss_:
                row.append(Paragraph("no statement", small))
                continue
            last = ss_[-1]
            others = ", ".join(sorted(x["position"] for x in ss_[:-1]))
            text = "%s %s<br/>%s" % (SYMBOL.get(last["position"], "?"), last["position"].title(), refs(num, last["citations"]))
            if others:
                text += "<br/>also " + escape(others)
            row.append(Paragraph(text, small))
        rows.append(row)
    story.append(table(rows, None))
    story.append(Paragraph("Latest statements", ss["Heading2"]))
    for (a, i), ss_ in sorted(cell.items()):
        c = ss_[-1]["citations"][0]
        story.append(Paragraph("<b>%s · %s</b>" % (escape(a), escape(i)), body))
        story.append(Paragraph(escape(c["quote"]) + " " + refs(num, ss_[-1]["citations"]), body))
    story.append(Paragraph("3 Timeline", h1))
    rows = [["Date", "Event", "Actors", "Sources"]]
    for e in sorted(model["events"], key=lambda e: e["date"]):
        rows.append([e["date"], Paragraph(escape(e["summary"]), small),
                     Paragraph(escape(", ".join(e.get("actors", []))), small), Paragraph(refs(num, e["citations"]), small)])
    story.append(table(rows, [25 * mm, 95 * mm, 40 * mm, 25 * mm]))
    story.append(Paragraph("4 Reported figures", h1))
    groups = defaultdict(list)
    for f in model["figures"]:
        groups[f.get("what", ""), f.get("who", ""), f.get("period", "")].append(f)
    rows = [["Value", "Counted", "Period", "Credited to", "Sources"]]
    for key, fs in groups.items():
        rows.append([Paragraph("<b>%s · %d reports</b>" % (escape(" · ".join(k for k in key if k)), len(fs)), small), "", "", "", ""])
        for f in fs:
            value = "{:,.0f}".format(f["low"]) if f["low"] == f["high"] else "{:,.0f}–{:,.0f}".format(f["low"], f["high"])
            rows.append([value, Paragraph(escape("%s: %s" % (f.get("what", ""), f.get("who", ""))), small),
                         Paragraph(escape(f.get("period", "")), small),
                         Paragraph(escape(f.get("attributed_to") or "the outlet itself"), small), Paragraph(refs(num, f["citations"]), small)])
    story.append(table(rows, [28 * mm, 45 * mm, 35 * mm, 50 * mm, 27 * mm]))
    story.append(Paragraph("5 Sources", h1))
    for i, s in enumerate(model["sources"]):
        story.append(Paragraph("%d. %s. <i>%s</i>, %s. %s" % (i + 1, escape(s.get("outlet", "")), escape(s.get("title", "")),
                                                           escape(s.get("published", "")), escape(s.get("url", ""))), small))

    def page(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(15 * mm, 10 * mm, "Generated by the peer")
        canvas.drawRightString(A4[0] - 15 * mm, 10 * mm, "Page %d" % doc.page)
        canvas.drawString(15 * mm, A4[1] - 10 * mm, "Brief")
        canvas.restoreState()
    SimpleDocTemplate(path, pagesize=A4, leftMargin=12 * mm, rightMargin=12 * mm).build(story, onFirstPage=page, onLaterPages=page)


def table(rows, widths):
    t = Table(rows, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"), ("FONTSIZE", (0, 0), (-1, -1), 8),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.grey)]))
    return t


def write_xlsx(model, path):
    wb = Workbook(write_only=True)
    bold, wrap, top = Font(bold=True), Alignment(wrap_text=True, vertical="top"), Alignment(vertical="top")
    fmts = {"year": "yyyy", "month": "mmm yyyy", "day": "d mmm yyyy"}
    num = notes(model)
    published = {s["id"]: s.get("published", "") for s in model["sources"]}

    def sheet(name, header, widths):
        ws = wb.create_sheet(name)
        ws.freeze_panes = "A2"
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w
        ws.append([styled(ws, h, font=bold) for h in header])
        return ws

    def styled(ws, v, font=None, align=top, fmt=None):
        c = WriteOnlyCell(ws, value=v)
        c.alignment = align
        if font:
            c.font = font
        if fmt:
            c.number_format = fmt
        return c

    def day(ws, v):
        if not v:
            return None
        parts = [int(p) for p in v.split("-")]
        prec = ("year", "month", "day")[len(parts) - 1]
        return styled(ws, date(*(parts + [1, 1])[:3]), fmt=fmts[prec])

    ws = sheet("Stances", ["ID", "Actor", "Issue", "Position", "Quote", "Source", "Review", "Correction"], [8, 16, 16, 12, 80, 10, 10, 24])
    for s in model["stances"]:
        c = s["citations"][0]
        ws.append([styled(ws, s["id"]), styled(ws, s["actor"]), styled(ws, s["issue"]), styled(ws, s["position"]),
                   styled(ws, c["quote"], align=wrap), styled(ws, c["source"]), None, None])
    ws = sheet("Timeline", ["ID", "Date", "Precision", "Event", "Actors", "Quote", "Source", "Review", "Correction"], [8, 12, 10, 50, 24, 80, 10, 10, 24])
    for e in model["events"]:
        c = e["citations"][0]
        ws.append([styled(ws, e["id"]), day(ws, e["date"]), styled(ws, e.get("precision", "")), styled(ws, e["summary"], align=wrap),
                   styled(ws, ", ".join(e.get("actors", []))), styled(ws, c["quote"], align=wrap), styled(ws, c["source"]), None, None])
    ws = sheet("Figures", ["ID", "Low", "High", "What", "Who", "Period", "Credited to", "Quote", "Source", "Review", "Correction"],
               [8, 12, 12, 16, 16, 20, 24, 80, 10, 10, 24])
    for f in model["figures"]:
        c = f["citations"][0]
        ws.append([styled(ws, f["id"]), styled(ws, f["low"], fmt="#,##0"), styled(ws, f["high"], fmt="#,##0"), styled(ws, f.get("what", "")),
                   styled(ws, f.get("who", "")), styled(ws, f.get("period", "")), styled(ws, f.get("attributed_to", "")),
                   styled(ws, c["quote"], align=wrap), styled(ws, c["source"]), None, None])
    ws = sheet("Sources", ["Note", "ID", "Outlet", "Title", "Published", "URL"], [6, 10, 18, 50, 13, 60])
    for i, s in enumerate(model["sources"]):
        ws.append([styled(ws, i + 1), styled(ws, s["id"]), styled(ws, s.get("outlet", "")), styled(ws, s.get("title", ""), align=wrap),
                   day(ws, s.get("published", "")), styled(ws, s.get("url", ""))])
    ws = sheet("Evidence", ["Fact ID", "Kind", "Fact", "Note", "Source", "Outlet", "Published", "Quote"], [14, 8, 40, 6, 19, 18, 13, 90])
    outlet = {s["id"]: s.get("outlet", "") for s in model["sources"]}
    facts = [(s["id"], "stance", "%s: %s — %s" % (s["actor"], s["position"], s["issue"]), s["citations"]) for s in model["stances"]]
    facts += [(e["id"], "event", e["summary"], e["citations"]) for e in model["events"]]
    facts += [(f["id"], "figure", f["text"], f["citations"]) for f in model["figures"]]
    for fid, kind, fact, cites in facts:
        for c in cites:
            ws.append([styled(ws, fid), styled(ws, kind), styled(ws, fact, align=wrap), styled(ws, num.get(c["source"])),
                       styled(ws, c["source"]), styled(ws, outlet.get(c["source"], "")), day(ws, published.get(c["source"], "")),
                       styled(ws, c["quote"], align=wrap)])
    wb.save(path)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("model")
    p.add_argument("out")
    p.add_argument("--only", default="pdf,xlsx,json")
    a = p.parse_args()
    with open(a.model, encoding="utf-8") as f:
        model = json.load(f)
    os.makedirs(a.out, exist_ok=True)
    only = a.only.split(",")
    if "pdf" in only:
        write_pdf(model, os.path.join(a.out, "peer.pdf"))
    if "xlsx" in only:
        write_xlsx(model, os.path.join(a.out, "peer.xlsx"))
    if "json" in only:
        with open(os.path.join(a.out, "peer.json"), "w", encoding="utf-8") as f:
            json.dump(model, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    sys.exit(main())
