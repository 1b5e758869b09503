import { useTranslation } from 'react-i18next';
import { IndicatorCard } from './indicator.card.tsx';
import type { Logframe, LogframeResult } from './logframe.api.ts';

/** Each outcome with its own indicators, then each of its outputs with theirs. */
export function LogframeResults({ logframe, linked }: { logframe: Logframe; linked: boolean }) {
  const { t } = useTranslation();
  const outcomes = logframe.results.filter((r) => !r.outcome);
  const cards = (result: LogframeResult, level: 3 | 4) => {
    const indicators = logframe.indicators.filter((i) => i.result === result.code);
    if (indicators.length === 0) return null;
    return (
      <div className="cards indicators">
        {indicators.map((indicator) => (
          <IndicatorCard
            key={indicator.code}
            indicator={indicator}
            quarter={logframe.quarter.code}
            smallCell={logframe.smallCell}
            linked={linked}
            level={level}
          />
        ))}
      </div>
    );
  };
  return outcomes.map((outcome) => {
    const outputs = logframe.results.filter((r) => r.outcome === outcome.code);
    const headingId = `outcome-${outcome.code}`;
    return (
      <section key={outcome.code} className="logframe__outcome" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('logframe.outcome', { code: outcome.code, title: outcome.title })}</h2>
        {cards(outcome, 3)}
        {outputs.map((output) => (
          <section key={output.code} aria-labelledby={`output-${output.code}`}>
            <h3 id={`output-${output.code}`}>
              {t('logframe.output', { code: output.code, title: output.title })}
            </h3>
            {cards(output, 4) ?? <p>{t('logframe.noIndicator')}</p>}
          </section>
        ))}
      </section>
    );
  });
}
