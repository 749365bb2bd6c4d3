import { useState } from 'react';
import { IDEAL_TYPES, type IdealType, type Profile } from '@samenspel/shared';
import { percentages } from '../../components/charts/ternary';
import type { Language } from '../../i18n/types';
import { useT } from '../../i18n/useT';
import { saveFile } from '../../lib/saveFile';
import { pictureSvg, pictureToPng, type PictureTexts } from './picture';

/** The picture of the profile, to keep: as a PNG (drawn by the browser) and as an SVG. */
export function PictureDownloads({ profile, language }: { profile: Profile; language: Language }) {
  const t = useT();
  const [pngFailed, setPngFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const perType = (text: (type: IdealType) => string) =>
    Object.fromEntries(IDEAL_TYPES.map((type) => [type, text(type)])) as Record<IdealType, string>;
  const texts = (): PictureTexts => ({
    title: t('selfTest.picture.title'),
    subtitle: t('selfTest.picture.subtitle', {
      date: new Date().toLocaleDateString(language, { dateStyle: 'long' }),
    }),
    description: t('ternary.describe.profile', percentages(profile.share)),
    types: perType((type) => t(`type.${type}`)),
    explanations: perType((type) => t(`type.${type}.short`)),
    footer: t('selfTest.picture.footer'),
  });
  const name = (extension: string) => `samenspel-zelftest-profiel.${extension}`;
  const svg = () => pictureSvg(profile.share, texts());

  return (
    <section className="self-test__downloads" aria-labelledby="self-test-downloads">
      <h2 id="self-test-downloads">{t('selfTest.download.title')}</h2>
      <div className="self-test__buttons">
        <button
          type="button"
          className="button button--primary"
          data-testid="self-test-png"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            pictureToPng(svg())
              .then((png) => {
                setPngFailed(false);
                saveFile(png, name('png'));
              })
              .catch(() => setPngFailed(true))
              .finally(() => setBusy(false));
          }}
        >
          {t('selfTest.download.png')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="self-test-svg"
          onClick={() => saveFile(new Blob([svg()], { type: 'image/svg+xml' }), name('svg'))}
        >
          {t('selfTest.download.svg')}
        </button>
      </div>
      {pngFailed ? (
        <p className="notice notice--error" role="alert">
          {t('selfTest.download.failed')}
        </p>
      ) : null}
    </section>
  );
}
