import { IDEAL_TYPES, type IdealType, type ParticipantView } from '@samenspel/shared';

export interface SummaryFileLabels {
  title: string;
  madeOn: string;
  profile: string;
  reflections: string;
  intentions: string;
  visit: {
    heading: string;
    with: (names: string) => string;
    withNobody: string;
    anonymous: string;
    at: string;
    when: string;
    question: string;
  };
  types: Record<IdealType, string>;
}

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * The participant's own summary as one self-contained HTML file: made on the phone from what the
 * phone was sent (their own profile, reflections, intentions and keukenbezoek), so it holds nothing of anyone
 * else. Every text is escaped; the file has no scripts and loads nothing.
 */
export function summaryFile(
  room: ParticipantView['room'],
  summary: ParticipantView['summary'],
  labels: SummaryFileLabels,
  language: string,
): string {
  const parts: string[] = [];
  if (summary.profile) {
    const rows = IDEAL_TYPES.map((type) => {
      const percent = Math.round(summary.profile!.share[type] * 100);
      return `<tr><th scope="row">${escape(labels.types[type])}</th><td>${percent}%</td><td><span class="bar" style="width:${percent}%"></span></td></tr>`;
    }).join('');
    parts.push(`<h2>${escape(labels.profile)}</h2><table>${rows}</table>`);
  }
  if (summary.reflections.length > 0) {
    const items = summary.reflections
      .map(
        (r) =>
          `<li><p class="prompt">${escape(r.prompt)}</p><blockquote>${escape(r.text)}</blockquote></li>`,
      )
      .join('');
    parts.push(`<h2>${escape(labels.reflections)}</h2><ul>${items}</ul>`);
  }
  if (summary.intentions.length > 0) {
    const items = summary.intentions.map((i) => `<li>${escape(i)}</li>`).join('');
    parts.push(`<h2>${escape(labels.intentions)}</h2><ol>${items}</ol>`);
  }
  if (summary.visits.length > 0) {
    const { visit: words } = labels;
    const items = summary.visits
      .map((visit) => {
        const names = visit.partners.map((name) => name ?? words.anonymous).join(', ');
        const partners = names === '' ? words.withNobody : words.with(names);
        const rows = [
          [words.at, visit.host],
          [words.when, visit.when],
          [words.question, visit.question],
        ]
          .map(([term, value]) => `<dt>${escape(term!)}</dt><dd>${escape(value!)}</dd>`)
          .join('');
        return `<li><p class="prompt">${escape(partners)}</p><dl>${rows}</dl></li>`;
      })
      .join('');
    parts.push(`<h2>${escape(words.heading)}</h2><ul>${items}</ul>`);
  }
  return `<!doctype html>
<html lang="${escape(language)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escape(labels.title)} — ${escape(room.title)}</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;color:#1f2a33;max-width:40rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2rem;font-size:1.2rem}
.meta{color:#4a5864}table{border-collapse:collapse;width:100%}th,td{padding:.3rem .5rem;text-align:left}
td:last-child{width:50%}.bar{display:block;height:.8rem;background:#24475e;border-radius:.4rem}
blockquote{margin:.2rem 0 1rem;padding-left:1rem;border-left:3px solid #cfd6dc}.prompt{font-weight:600;margin:0}
ul{padding-left:1.2rem}dt{font-weight:600}dd{margin:0 0 .4rem}
</style></head><body>
<h1>${escape(labels.title)}</h1>
<p class="meta">${escape(room.title)}${room.groupName ? ` · ${escape(room.groupName)}` : ''}<br>${escape(labels.madeOn)}</p>
${parts.join('\n')}
</body></html>
`;
}
