import { API } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';
import { useDownload } from '../../library/useDownload';

/**
 * Downloads the saved version as YAML, the file `pnpm scenarios:check` accepts as it is. What is
 * not saved yet is not in it, and the button says so.
 */
export function ExportButton({
  token,
  programmeId,
  version,
  dirty,
  onUnauthorized,
}: {
  token: string;
  programmeId: string;
  version: number;
  dirty: boolean;
  onUnauthorized: () => void;
}) {
  const t = useT();
  const download = useDownload(token, onUnauthorized);
  return (
    <>
      <button
        type="button"
        className="button button--quiet"
        data-testid="export-yaml"
        disabled={download.status === 'busy'}
        title={dirty ? t('studio.editor.exportSavedOnly') : undefined}
        onClick={() =>
          void download.run(
            API.programmeYaml(programmeId, version),
            `${programmeId}-v${version}.yaml`,
            false,
          )
        }
      >
        {t('studio.editor.exportYaml', { version })}
      </button>
      {download.status === 'failed' ? (
        <span role="alert" className="studio-editor__error">
          {t('studio.editor.exportFailed')}
        </span>
      ) : null}
    </>
  );
}
