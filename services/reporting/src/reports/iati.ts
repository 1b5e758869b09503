import type { ProgrammeDefinition } from '@ikiraro/programme';
import { create } from 'xmlbuilder2';
import type { IndicatorFigures, LogframeReport } from '../logframe/logframe-report.ts';

// The programme as one IATI 2.03 activity, its logframe as IATI results. Codes are IATI's codelists: organisation
// role 1 funding, 4 implementing; organisation type 10 government; activity status 2 implementation; activity date
// 1 planned start, 3 planned end; sector vocabulary 1 (OECD DAC 5-digit); result type 1 output, 2 outcome;
// indicator measure 1 unit. Elements are written in the order the schema's sequences require.

type XMLBuilder = ReturnType<typeof create>;

const FUNDER = { ref: 'XM-DAC-2', type: '10', name: 'Government of Belgium' };
const SECTOR = { code: '11330', name: 'Vocational training' };

const narrative = (parent: XMLBuilder, name: string, text: string, attributes: Record<string, string> = {}) =>
  parent.ele(name, attributes).ele('narrative').txt(text).up().up();

function indicator(result: XMLBuilder, i: IndicatorFigures, report: LogframeReport) {
  // Every indicator of this logframe counts something the programme wants more of.
  const el = result.ele('indicator', { measure: '1', ascending: '1' });
  narrative(el, 'title', i.title);
  narrative(el, 'description', i.definition);
  el.ele('baseline', {
    year: i.period.start.slice(0, 4),
    'iso-date': i.period.start,
    value: String(i.baseline),
  });
  const period = el.ele('period');
  period.ele('period-start', { 'iso-date': report.quarter.start });
  period.ele('period-end', { 'iso-date': report.quarter.end });
  period.ele('target', { value: String(i.target) });
  // The logframe's figures are cumulative: the comment says so, since IATI reads an actual as the period's own.
  // A suppressed figure is left out rather than published as zero.
  if (i.cumulative !== null)
    narrative(
      period.ele('actual', { value: String(i.cumulative) }),
      'comment',
      `Cumulative from ${i.period.start} to ${report.quarter.end}.`,
    );
}

/** The report as an IATI 2.03 `iati-activities` document of one activity, with its results for the quarter. */
export function iatiActivities(report: LogframeReport, programme: ProgrammeDefinition): string {
  const { logframe } = programme;
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('iati-activities', {
    version: '2.03',
    'generated-datetime': report.generatedAt,
  });
  const activity = root.ele('iati-activity', {
    'last-updated-datetime': report.generatedAt,
    'xml:lang': 'en',
  });
  activity.ele('iati-identifier').txt(logframe.iatiIdentifier);
  narrative(activity, 'reporting-org', logframe.reportingOrgName, {
    ref: logframe.reportingOrg,
    type: logframe.reportingOrgType,
  });
  narrative(activity, 'title', report.programme.name);
  narrative(activity, 'description', report.goal, { type: '1' });
  narrative(activity, 'participating-org', FUNDER.name, { ref: FUNDER.ref, type: FUNDER.type, role: '1' });
  narrative(activity, 'participating-org', logframe.reportingOrgName, {
    ref: logframe.reportingOrg,
    type: logframe.reportingOrgType,
    role: '4',
  });
  activity.ele('activity-status', { code: '2' });
  const starts = report.indicators.map((i) => i.period.start).sort();
  const ends = report.indicators.map((i) => i.period.end).sort();
  if (starts.length > 0) {
    activity.ele('activity-date', { type: '1', 'iso-date': starts[0]! });
    activity.ele('activity-date', { type: '3', 'iso-date': ends.at(-1)! });
  } else activity.ele('activity-date', { type: '1', 'iso-date': report.quarter.start });
  activity.ele('recipient-country', { code: programme.host.country, percentage: '100' });
  narrative(activity, 'sector', SECTOR.name, { vocabulary: '1', code: SECTOR.code, percentage: '100' });

  for (const result of report.results) {
    const indicators = report.indicators.filter((i) => i.result === result.code);
    // The schema wants at least one indicator per result: an outcome measured only through its outputs is
    // left out, and each output names it instead.
    if (indicators.length === 0) continue;
    const el = activity.ele('result', { type: result.outcome ? '1' : '2' });
    narrative(el, 'title', `${result.code} ${result.title}`);
    const outcome = report.results.find((r) => r.code === result.outcome);
    if (outcome) narrative(el, 'description', `Towards outcome ${outcome.code}: ${outcome.title}`);
    for (const i of indicators) indicator(el, i, report);
  }
  return root.end({ prettyPrint: true });
}
