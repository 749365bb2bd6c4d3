import { PollChart } from '../../../components/charts/PollChart';
import { useT } from '../../../i18n/useT';
import { AnsweredMeter } from '../AnsweredMeter';
import { FitBox } from '../FitBox';
import { RoundsView } from '../RoundsView';
import { ScreenText } from '../ScreenText';
import type { BlockProps } from './types';

/**
 * A vote. While it is open: the question, the options and how many have voted, never how.
 * Once the facilitator reveals it: the tally, or, for a question that returns after each casus
 * round, every revealed round side by side so the shift between lenses shows.
 */
export function PollBlock({ block, content, live, headcount }: BlockProps<'poll'>) {
  const t = useT();
  const results = live.revealed && live.results?.kind === 'poll' ? live.results : null;
  const showRounds = results !== null && live.rounds.length > 1;
  return (
    <div className={`stage-question ${results ? 'stage-question--revealed' : ''}`}>
      <div className="stage-question__head">
        <h2 className="stage-question__text" data-testid="presenter-question">
          {content.question}
        </h2>
        {results ? null : (
          <p className="stage-question__how">
            {t(content.multiple ? 'presenter.poll.multiple' : 'presenter.poll.single')}
          </p>
        )}
      </div>
      {showRounds ? (
        <RoundsView
          chart={{ kind: 'poll', options: content.options }}
          rounds={live.rounds}
          currentId={block.id}
        />
      ) : results ? (
        <FitBox content={results} className="stage-results" testId="presenter-results">
          <PollChart
            options={content.options}
            counts={results.counts}
            respondents={results.respondents}
            theme="dark"
          />
        </FitBox>
      ) : (
        <>
          {block.text ? (
            <ScreenText
              text={block.text}
              title={block.title}
              headings="all"
              question={content.question}
              className="stage-text--note"
            />
          ) : null}
          <FitBox content={content.options} className="stage-options-box">
            <ul
              className={`stage-options ${content.options.length > 3 ? 'stage-options--two' : ''}`}
              aria-label={t('presenter.poll.options')}
              data-testid="presenter-options"
            >
              {content.options.map((option) => (
                <li
                  key={option.id}
                  className="stage-options__item"
                  data-testid="presenter-option"
                  data-option-id={option.id}
                >
                  <span
                    className={`stage-options__mark ${content.multiple ? 'stage-options__mark--box' : ''}`}
                    aria-hidden="true"
                  />
                  {option.label}
                </li>
              ))}
            </ul>
          </FitBox>
          <AnsweredMeter
            kind="poll"
            progress={live.progress}
            members={headcount.members}
            locked={live.locked}
          />
        </>
      )}
    </div>
  );
}
