import { PlainText } from '../../../components/PlainText';
import { useT } from '../../../i18n/useT';

interface BlockTextProps {
  text: string | null;
  /** With nothing to do on the phone, point to the big screen when there is no text. */
  lookAtScreen?: boolean;
}

/** The block's text for phones: an instruction, or a pointer to the big screen. */
export function BlockText({ text, lookAtScreen = false }: BlockTextProps) {
  const t = useT();
  if (text) return <PlainText text={text} className="block__text" testId="block-text" />;
  return lookAtScreen ? (
    <p className="block__text block__text--empty">{t('participant.lookAtScreen')}</p>
  ) : null;
}
