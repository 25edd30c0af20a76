import { useMemo } from 'preact/hooks';
import type { AgendaData } from '../../db/agenda';
import type { AgendaItem } from '../../domain/agenda';
import type { Process } from '../../domain/process';
import { useT } from '../../i18n';
import { FeedbackForm, FeedbackLog, feedbackWhere } from './FeedbackForm';

/** Per agenda item: "wat is ermee gedaan", with the date residents heard it; the history of it. */
export function ItemFeedback({
  item,
  data,
  process,
}: {
  item: AgendaItem;
  data: AgendaData;
  process: Process;
}) {
  const t = useT();
  const mine = data.feedback.filter((f) => f.agendaItemId === item.id);
  const meetingsById = useMemo(() => new Map(data.meetings.map((m) => [m.id, m])), [data.meetings]);
  return (
    <section class="bs-card" aria-labelledby="h-item-fb">
      <h2 class="utrecht-heading-2" id="h-item-fb">
        {t('agenda.fb.itemTitle')}
      </h2>
      <p class="bs-muted">{t('agenda.fb.itemHelp')}</p>
      <FeedbackLog feedback={mine} where={(f) => feedbackWhere(f, process, meetingsById)} />
      <FeedbackForm
        id="item-fb"
        process={process}
        about={{ agendaItemId: item.id }}
        buurtChoice={item.buurtIds}
        defaultChannel="bijeenkomst"
      />
    </section>
  );
}
