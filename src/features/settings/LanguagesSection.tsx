import { useState } from 'preact/hooks';
import { useWrite } from '../../app/useWrite';
import { listAgendaItems, listFeedback } from '../../db/agenda';
import { useLive } from '../../db/live';
import { saveTranslations } from '../../db/processes';
import type { ExtraTexts } from '../../domain/configText';
import { KIOSK_LANGS } from '../../domain/kiosk';
import type { Process } from '../../domain/process';
import { useT } from '../../i18n';
import { NL_RESIDENT } from '../../i18n/resident';
import { exportLanguage, importLanguage, missingOf } from '../../i18n/translationFile';
import { Button } from '../../ui/Button';
import { Field, TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { WriteStatus } from '../../ui/WriteStatus';
import { configOf } from './ConfigFileSection';

function download(name: string, body: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([body], { type: 'text/x-gettext-translation;charset=utf-8' }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** The language's own name, for the list ("Polski (pl)"). */
function langName(code: string): string {
  try {
    return new Intl.DisplayNames(['nl'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * Languages for residents: per language how many texts (of the app and of this configuration)
 * still have no translation and which; a translation file (gettext PO) per language to download
 * for a translator, and to read back in. A new language needs no code: its code and its file.
 */
export function LanguagesSection({ process }: { process: Process }) {
  const t = useT();
  const write = useWrite();
  const [result, setResult] = useState<
    | { kind: 'ok'; lang: string; count: number; warnings: string[] }
    | { kind: 'error'; errors: string[] }
    | null
  >(null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState('');
  const extra = useLive<ExtraTexts>(async () => {
    const [agendaItems, feedback] = await Promise.all([
      listAgendaItems(process.id),
      listFeedback(process.id),
    ]);
    return { agendaItems, feedback };
  }, [process.id]);
  if (!extra) return null;
  const config = configOf(process);
  const langs = [
    ...new Set([...KIOSK_LANGS.filter((l) => l !== 'nl'), ...Object.keys(process.translations)]),
  ];
  const appTotal = Object.keys(NL_RESIDENT).length;

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setResult(null);
    const r = importLanguage(await file.text(), config, { extra });
    if (!r.ok) {
      setResult({ kind: 'error', errors: r.errors });
      return;
    }
    const saved = await write.run('saveTranslations', () => saveTranslations(process.id, r.lang, r.texts));
    if (saved.ok) setResult({ kind: 'ok', lang: r.lang, count: r.count, warnings: r.warnings });
  };

  const addLanguage = (e: Event) => {
    e.preventDefault();
    const c = code.trim().toLowerCase();
    if (!/^[a-z]{2,3}$/.test(c) || c === 'nl') {
      setCodeError(t('settings.lang.codeError'));
      return;
    }
    setCodeError('');
    download(`buurtstem-${c}.po`, exportLanguage(c, config, { extra }));
  };

  return (
    <section aria-labelledby="h-langs" class="bs-card">
      <h2 class="utrecht-heading-2" id="h-langs">
        {t('settings.lang.title')}
      </h2>
      <p>{t('settings.lang.intro')}</p>
      <ul class="bs-langs" data-testid="languages">
        {langs.map((lang) => {
          const missing = missingOf(lang, config, extra);
          const total = missing.app.length + missing.config.length;
          return (
            <li key={lang} class="bs-langs__row" data-testid={`lang-${lang}`}>
              <h3 class="utrecht-heading-3">
                {langName(lang)} ({lang})
              </h3>
              <p>
                {total === 0
                  ? t('settings.lang.complete')
                  : t('settings.lang.missing', {
                      app: missing.app.length,
                      appTotal,
                      n: missing.config.length,
                    })}
              </p>
              {missing.config.length || missing.app.length ? (
                <details>
                  <summary>{t('settings.lang.which')}</summary>
                  <ul>
                    {missing.config.map((c) => (
                      <li key={c.key}>
                        <code>{c.key}</code>: <span lang="nl">{c.source}</span>
                      </li>
                    ))}
                    {missing.app.map((k) => (
                      <li key={k}>
                        <code>{k}</code>
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
              <Button
                onClick={() => download(`buurtstem-${lang}.po`, exportLanguage(lang, config, { extra }))}
                aria-label={t('settings.lang.downloadOf', { lang: langName(lang) })}
              >
                {t('settings.lang.download')}
              </Button>
            </li>
          );
        })}
      </ul>
      <Field id="lang-file" label={t('settings.lang.import')} description={t('settings.lang.importHelp')}>
        <input
          id="lang-file"
          type="file"
          accept=".po,text/x-gettext-translation"
          aria-describedby="lang-file-desc"
          onChange={onFile}
        />
      </Field>
      {result?.kind === 'error' ? (
        <Notice kind="error">
          <p class="bs-notice__title">{t('settings.lang.refused')}</p>
          <ul>
            {result.errors.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {result?.kind === 'ok' ? (
        <Notice kind={result.warnings.length ? 'warning' : 'ok'}>
          <p>{t('settings.lang.imported', { n: result.count, lang: langName(result.lang) })}</p>
          {result.warnings.length ? (
            <ul>
              {result.warnings.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          ) : null}
        </Notice>
      ) : null}
      <WriteStatus write={write} />
      <form onSubmit={addLanguage} class="bs-langs__add">
        <TextField
          id="lang-code"
          label={t('settings.lang.add')}
          description={t('settings.lang.addHelp')}
          value={code}
          maxLength={3}
          onValue={(value) => setCode(value)}
        />
        {codeError ? (
          <p id="lang-code-error" class="bs-error" role="alert">
            {codeError}
          </p>
        ) : null}
        <Button type="submit">{t('settings.lang.addButton')}</Button>
      </form>
    </section>
  );
}
