/** The report's one stylesheet: readable on screen, laid out for A4 when printed or saved as PDF. */
export const REPORT_STYLES = `
@page {
  size: A4;
  margin: 18mm 17mm 20mm;
  @bottom-left { content: "Samenspel · sessieverslag"; font: 8pt "Segoe UI", Arial, "Liberation Sans", sans-serif; color: #6b7780; }
  @bottom-right { content: "pagina " counter(page) " van " counter(pages); font: 8pt "Segoe UI", Arial, "Liberation Sans", sans-serif; color: #6b7780; }
}
@page :first {
  @bottom-left { content: none; }
  @bottom-right { content: none; }
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0;
  background: #e9e6df;
  color: #1f2a33;
  font: 10.5pt/1.5 "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif;
}
main {
  max-width: 190mm;
  margin: 0 auto 12mm;
  padding: 14mm 12mm;
  background: #ffffff;
}
h1, h2, h3 { line-height: 1.2; color: #1d3a4d; font-weight: 700; }
h1 { font-size: 26pt; margin: 0 0 4mm; letter-spacing: -0.01em; }
h2 { font-size: 16pt; margin: 0 0 4mm; }
h3 { font-size: 12.5pt; margin: 0 0 1.5mm; }
p { margin: 0 0 3mm; }
a { color: inherit; text-decoration: none; }
.muted { color: #5a6772; font-weight: 400; }
.small { font-size: 9pt; color: #4a5864; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.swatch { display: inline-block; width: 0.75em; height: 0.75em; border-radius: 2px; margin-right: 0.5em; vertical-align: -0.05em; }
.print-hint { max-width: 190mm; margin: 6mm auto 4mm; padding: 3mm 5mm; background: #fdf3e1; border: 1px solid #e6c98f; border-radius: 2mm; font-size: 10pt; }

/* Cover */
.cover { padding-top: 12mm; }
.eyebrow { text-transform: uppercase; letter-spacing: 0.14em; font-size: 9.5pt; font-weight: 700; color: #a04a0b; margin-bottom: 5mm; }
.cover h1 { max-width: 150mm; }
.group { font-size: 15pt; color: #2f5d8a; margin-bottom: 12mm; }
.facts { display: grid; grid-template-columns: repeat(4, 1fr); gap: 0; margin: 0 0 12mm; border-top: 2px solid #1d3a4d; border-bottom: 1px solid #cfd6dc; }
.facts div { padding: 3mm 4mm 3mm 0; }
.facts dt { font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.08em; color: #5a6772; }
.facts dd { margin: 1mm 0 0; font-size: 11pt; font-weight: 600; }
.facts dd .muted { display: block; font-size: 9pt; font-weight: 400; }
.notice { background: #fdf3e1; border-left: 3px solid #8a5200; padding: 2mm 4mm; }
.about { max-width: 150mm; }
.about h2, .contents h2 { font-size: 11pt; text-transform: uppercase; letter-spacing: 0.08em; color: #5a6772; margin-top: 4mm; }
.contents ol { margin: 0; padding-left: 6mm; font-size: 11.5pt; line-height: 1.8; }
.cover .contents { padding-top: 4mm; }

/* Chapters */
.chapter { break-before: page; padding-top: 2mm; }
.chapter--follows { break-before: auto; break-inside: avoid; padding-top: 10mm; }
.chapter > h2 { break-after: avoid; }
.chapter > h2 { display: flex; align-items: baseline; gap: 4mm; padding-bottom: 2mm; border-bottom: 2px solid #1d3a4d; margin-bottom: 5mm; }
.chapter-number { color: #a04a0b; }
article { margin: 7mm 0 0; }
article h3, .question, .meta, .rounds { break-after: avoid; }
article.profile, article.intentions { break-inside: avoid; }
article h3 { border-left: 3px solid #a04a0b; padding-left: 3mm; }
.question { font-style: italic; color: #2b3a46; margin-bottom: 1.5mm; }
.meta { font-size: 9pt; color: #5a6772; margin-bottom: 2mm; }
figure { margin: 3mm 0 0; break-inside: avoid; }
figcaption { font-size: 9pt; color: #4a5864; margin-top: 1.5mm; }
svg.chart { display: block; width: 100%; height: auto; font-family: "Segoe UI", Arial, "Liberation Sans", sans-serif; }
.legend { list-style: none; padding: 0; margin: 0 0 1mm; display: flex; flex-wrap: wrap; gap: 1mm 5mm; }
.rounds { margin: 0 0 2mm; padding-left: 0; list-style: none; font-size: 9.5pt; }
.moves { margin: 1mm 0 0; padding-left: 5mm; }

/* Tables */
table { width: 100%; border-collapse: collapse; font-size: 9.5pt; margin-top: 5mm; }
th { text-align: left; font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.05em; color: #4a5864; border-bottom: 1.5px solid #1d3a4d; padding: 1.5mm 2mm; vertical-align: bottom; }
th span { text-transform: none; letter-spacing: 0; font-weight: 400; }
td { padding: 1.2mm 2mm; border-bottom: 0.5px solid #dde2e6; vertical-align: top; }
tr { break-inside: avoid; }
tfoot { display: table-row-group; }
tfoot td { font-weight: 700; border-top: 1.5px solid #1d3a4d; border-bottom: none; }
.programme tr.unseen td { color: #8a949c; }
.programme tr.meeting th { text-align: left; padding-top: 0.8em; border-bottom: 2px solid #24475e; }
.over { color: #8a3b12; font-weight: 600; }
.under { color: #1e6b3a; font-weight: 600; }
.types { margin-top: 0; }
.types th { text-transform: none; letter-spacing: 0; font-size: 9pt; }
.types td:first-child { white-space: nowrap; }
.programme { font-size: 9pt; }
.programme td { padding: 1mm 2mm; }

/* Ideal types */
.two-col { display: grid; grid-template-columns: 74mm 1fr; gap: 7mm; align-items: start; }
.triangle svg.chart { max-width: 74mm; }
.key-dot, .key-ring { display: inline-block; width: 3mm; height: 3mm; border-radius: 50%; vertical-align: -0.3mm; margin: 0 1mm 0 2mm; }
.key-dot { background: rgba(36, 71, 94, 0.6); }
.key-ring { background: #d97706; border: 1.5px solid #1f2a33; }
.key-ring--open { background: #ffffff; }

/* Reflections */
.quotes { list-style: none; margin: 3mm 0 0; padding: 0; }
.quotes li { break-inside: avoid; margin: 0 0 2.5mm; padding: 2.5mm 4mm; background: #f6f4ef; border-left: 3px solid #cfd6dc; }
.quotes li.highlighted { border-left-color: #a04a0b; background: #fdf3e1; }
blockquote { margin: 0; white-space: pre-line; overflow-wrap: anywhere; }
.by { margin: 1mm 0 0; font-size: 9pt; color: #4a5864; display: flex; gap: 4mm; }
.by .author::before { content: "— "; }
.by .tag::before { content: "★ "; }
.tag { color: #8a3b12; font-weight: 600; }
.figure-line { font-size: 12pt; }
.figure-line strong { font-size: 20pt; color: #1d3a4d; margin-right: 1mm; }

.colophon { margin-top: 8mm; padding-top: 3mm; border-top: 1px solid #cfd6dc; font-size: 8.5pt; color: #5a6772; }
.summary { margin: 0; padding-left: 5mm; }

@media print {
  body { background: #ffffff; }
  main { max-width: none; margin: 0; padding: 0; }
  .screen-only { display: none; }
}
`;
