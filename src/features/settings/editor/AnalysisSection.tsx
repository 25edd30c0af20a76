import { type MessageKey, useT } from '../../../i18n';
import { useEditor } from './context';
import { TextInput } from './inputs';
import type { DraftSettings } from './model';

const FIELDS: { key: keyof DraftSettings; label: MessageKey; help: MessageKey }[] = [
  { key: 'minGroupSize', label: 'settings.minGroupSize', help: 'settings.minGroupSizeHelp' },
  { key: 'underRepresentationThreshold', label: 'settings.threshold', help: 'settings.thresholdHelp' },
  { key: 'dotsPerResident', label: 'settings.dots', help: 'settings.dots' },
  { key: 'feedbackIntervalMonths', label: 'settings.feedbackMonths', help: 'settings.feedbackMonthsHelp' },
  // How long contacts for feedback are kept (AVG retention, src/domain/retention.ts).
  { key: 'contactWeeksAfterFeedback', label: 'settings.contactWeeks', help: 'settings.contactWeeksHelp' },
  { key: 'contactMaxMonths', label: 'settings.contactMonths', help: 'settings.contactMonthsHelp' },
];

/** Numbers the analysis uses: smallest group shown, under-representation threshold, dots, feedback rhythm. */
export function AnalysisSection() {
  const t = useT();
  const { d, edit } = useEditor();
  return (
    <section class="bs-card" aria-labelledby="h-cfg-numbers">
      <h3 class="utrecht-heading-3" id="h-cfg-numbers">
        {t('settings.numbers')}
      </h3>
      <div class="bs-grid2">
        {FIELDS.map((f) => (
          <TextInput
            key={f.key}
            path={['settings', f.key]}
            label={t(f.label)}
            description={f.key === 'dotsPerResident' ? undefined : t(f.help)}
            inputMode="decimal"
            narrow
            value={d.settings[f.key]}
            onInput={(v) => edit((x) => ({ ...x, settings: { ...x.settings, [f.key]: v } }))}
          />
        ))}
      </div>
    </section>
  );
}
