import { emptyRun, perspectiveBefore, progressOf, resultsOf, type Block } from '@samenspel/shared';
import { questionChains, type Round } from '../rounds.js';
import { html, type SafeHtml } from '../html.js';
import { PERSPECTIVE_COLOUR, PERSPECTIVE_LABEL } from '../labels.js';
import type { SessionRecord } from '../session.js';
import { countedParticipants } from '../membership.js';
import { pollChart, scaleChart, type PollSeries, type ScaleSeries } from '../svg/bars.js';
import type { Section } from './section.js';
import { counted, pluralWord } from '../format.js';

const answered = (session: SessionRecord, blockId: string) =>
  Object.keys(session.state.runs[blockId]?.answers ?? {}).length;

/**
 * Who answered a round, finished or not, by the rule the console and the projector count by
 * (`progressOf`): "8 deelnemers, van wie 2 niet alle uitspraken".
 */
function whoAnswered(session: SessionRecord, block: Block): string {
  const { complete, started } = progressOf(block, session.state.runs[block.id] ?? emptyRun());
  const all = counted(complete + started, 'deelnemer', 'deelnemers');
  return started === 0 ? all : `${all}, van wie ${started} niet alle uitspraken`;
}

/**
 * A round's short name beside its bars: the lens of the casus before it ("Ronde 2 ·
 * Ondernemer"), or else the first part of the block's title ("Nulmeting").
 */
function roundTag(session: SessionRecord, round: Round, i: number): string {
  const perspective = perspectiveBefore(session.state.scenario, round.index);
  if (perspective) return `Ronde ${i + 1} · ${PERSPECTIVE_LABEL[perspective]}`;
  const head = round.block.title.split(':')[0]!.trim();
  return head.length <= 22 ? head : `Ronde ${i + 1}`;
}

function roundColour(session: SessionRecord, round: Round, i: number): string {
  const perspective = perspectiveBefore(session.state.scenario, round.index);
  if (perspective) return PERSPECTIVE_COLOUR[perspective];
  return ['#6f8ea5', '#24475e', '#3d6b82', '#9fb4c4'][i % 4]!;
}

/** Votes and scales, a chart each; a question asked in several rounds gets one chart with all. */
export function questionsSection(session: SessionRecord): Section | null {
  const { scenario } = session.state;
  const participants = countedParticipants(session).length;
  const articles: SafeHtml[] = [];
  for (const chain of questionChains(scenario)) {
    const rounds = chain.filter((round) => answered(session, round.block.id) > 0);
    const first = rounds[0];
    if (!first) continue;
    const multi = rounds.length > 1;
    const lensOf = (round: Round) => perspectiveBefore(scenario, round.index);
    const context = multi
      ? html`<ol class="rounds">
          ${rounds.map((round, i) => {
            const lens = lensOf(round);
            return html`<li>
              <strong>Ronde ${i + 1}</strong> –
              ${round.block.title}${lens ? `, na de casus door de bril van de ${PERSPECTIVE_LABEL[lens]}` : ''}
              <span class="muted">(${whoAnswered(session, round.block)})</span>
            </li>`;
          })}
        </ol>`
      : html`<p class="meta">
          ${singleRoundText(session, first.block, participants)}${lensOf(first) ? `, na de casus door de bril van de ${PERSPECTIVE_LABEL[lensOf(first)!]}` : ''}.
        </p>`;
    const resultsIn = (round: Round) => resultsOf(round.block, session.state.runs[round.block.id]!);
    const ids = rounds.map((r) => r.block.id).join(' ');

    if (first.block.kind === 'poll') {
      const poll = first.block;
      const series: PollSeries[] = rounds.map((round, i) => {
        const results = resultsIn(round);
        return {
          label: roundTag(session, round, i),
          colour: multi ? roundColour(session, round, i) : '#24475e',
          respondents: results?.kind === 'poll' ? results.respondents : 0,
          counts: results?.kind === 'poll' ? results.counts : {},
        };
      });
      articles.push(
        html`<article class="result" data-blocks="${ids}">
          <h3>${poll.title}</h3>
          <p class="question">
            ${poll.question}${poll.multiple ? html` <span class="muted">(meer antwoorden mogelijk)</span>` : ''}
          </p>
          ${context}
          <figure data-chart="poll">
            ${pollChart(poll.options, series, `Uitslag: ${poll.question}`)}
            <figcaption>${pollSummary(poll, series)}</figcaption>
          </figure>
        </article>`,
      );
    } else {
      const scale = first.block as Extract<Block, { kind: 'scale' }>;
      const series: ScaleSeries[] = rounds.map((round, i) => {
        const results = resultsIn(round);
        return {
          label: roundTag(session, round, i),
          colour: roundColour(session, round, i),
          statements: results?.kind === 'scale' ? results.statements : {},
        };
      });
      const count = scale.statements.length;
      articles.push(
        html`<article class="result" data-blocks="${ids}">
          <h3>${scale.title}</h3>
          <p class="question">
            Hoe sterk de deelnemers het eens waren met
            ${count === 1 ? 'de uitspraak' : `${count} uitspraken`}, op een schaal van 1 tot
            ${scale.points}.
          </p>
          ${context}
          <figure data-chart="scale">
            ${scaleChart(scale.statements, scale.points, series, `Spreiding: ${scale.title}`)}
          </figure>
        </article>`,
      );
    }
  }
  if (articles.length === 0) return null;
  const body = html`<p>
      Per vraag staat hieronder hoe de groep antwoordde. Percentages zijn berekend op het aantal
      deelnemers dat de vraag beantwoordde; wie van mening veranderde, telt met het laatste
      antwoord. Kwam een vraag in meer rondes terug, dan staan de rondes per antwoord onder elkaar,
      zodat te zien is hoe de groep verschoof.
    </p>
    ${articles}`;
  return { id: 'resultaten', title: 'Stemmingen en schaalvragen', body, newPage: true };
}

/** In words: which answer won, per round. */
function pollSummary(
  poll: Extract<Block, { kind: 'poll' }>,
  series: readonly PollSeries[],
): SafeHtml {
  const sentences = series.flatMap((s) => {
    const best = Math.max(...poll.options.map((o) => s.counts[o.id] ?? 0));
    if (best === 0) return [];
    const winners = poll.options
      .filter((o) => (s.counts[o.id] ?? 0) === best)
      .map((o) => `‘${o.label}’`);
    const what =
      winners.length === 1
        ? winners[0]!
        : `${winners.slice(0, -1).join(', ')} en ${winners[winners.length - 1]!} (gelijk)`;
    return [{ label: s.label, text: `${what}, ${best} van ${s.respondents}.` }];
  });
  if (series.length === 1) return html`${sentences.map((s) => `Meest gekozen: ${s.text}`)}`;
  return html`Meest gekozen per ronde:
    <ul class="summary">
      ${sentences.map((s) => html`<li>${s.label}: ${s.text}</li>`)}
    </ul>`;
}

/** "9 van de 12 deelnemers stemden", or for a scale how many answered every statement. */
function singleRoundText(session: SessionRecord, block: Block, members: number): string {
  const { complete, started } = progressOf(block, session.state.runs[block.id] ?? emptyRun());
  // The noun goes with the whole group, the verb with those who did it.
  const who = `${complete} van de ${counted(members, 'deelnemer', 'deelnemers')}`;
  if (block.kind === 'poll') return `${who} ${pluralWord(complete, 'stemde', 'stemden')}`;
  const done = `${who} ${pluralWord(complete, 'vulde', 'vulden')} alle uitspraken in`;
  return started === 0
    ? done
    : `${done}, ${started} ${pluralWord(started, 'deed', 'deden')} dat voor een deel`;
}
