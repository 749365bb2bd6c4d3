import { useState } from 'react';
import { useNavigate } from '../../../router/Router';
import { PATHS, type CreateProgrammeRequest, type ProgrammeSummary } from '@samenspel/shared';
import { useLanguage } from '../../../i18n/language';
import { useT } from '../../../i18n/useT';
import { saveFile } from '../../library/libraryApi';
import { createProgramme, deleteProgramme, exportYaml } from '../studioApi';
import { emptyProgramme } from './emptyProgramme';

export type Notice =
  | { kind: 'deleted' | 'deleteFailed' | 'copyFailed' | 'exportFailed'; title: string }
  | { kind: 'newFailed' }
  | null;

/** What the list's buttons do: copy (and open the copy), start empty, export, delete. */
export function useListActions(
  token: string,
  onUnauthorized: () => void,
  forget: (programmeId: string) => void,
) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const navigate = useNavigate();
  /** The programme being copied, or `new` for an empty one; one at a time. */
  const [copying, setCopying] = useState<string | null>(null);
  const [exporting, setExporting] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  /** Makes the programme and opens it in the editor; the list need not reload, it is left. */
  const create = async (key: string, request: CreateProgrammeRequest, failed: Notice) => {
    setCopying(key);
    setNotice(null);
    const result = await createProgramme(token, request);
    setCopying(null);
    if (result.ok) return navigate(PATHS.studioProgramme(result.data.programmeId));
    if (result.status === 401) return onUnauthorized();
    setNotice(failed);
  };

  const copy = (programme: ProgrammeSummary) =>
    create(
      programme.id,
      {
        from: { programmeId: programme.id, version: programme.latest.version },
        note: t('studio.list.copyNote', { title: programme.title }),
      },
      { kind: 'copyFailed', title: programme.title },
    );

  const startEmpty = () =>
    create(
      'new',
      { scenario: emptyProgramme(t, language), note: t('studio.list.new.note') },
      { kind: 'newFailed' },
    );

  const exportOne = async (programme: ProgrammeSummary) => {
    const { version } = programme.latest;
    setExporting(programme.id);
    setNotice(null);
    const result = await exportYaml(token, programme.id, version);
    setExporting(null);
    if (result.ok)
      return saveFile(result.data.blob, result.data.filename ?? `${programme.id}-v${version}.yaml`);
    if (result.status === 401) return onUnauthorized();
    setNotice({ kind: 'exportFailed', title: programme.title });
  };

  const remove = async (programme: ProgrammeSummary) => {
    setNotice(null);
    const result = await deleteProgramme(token, programme.id);
    // Gone already (another trainer deleted it) is what was asked for too.
    if (result.ok || result.status === 404) {
      forget(programme.id);
      setNotice({ kind: 'deleted', title: programme.title });
    } else if (result.status === 401) {
      onUnauthorized();
    } else {
      setNotice({ kind: 'deleteFailed', title: programme.title });
    }
  };

  return {
    copying,
    exporting,
    notice,
    copy: (programme: ProgrammeSummary) => void copy(programme),
    startEmpty: () => void startEmpty(),
    exportOne: (programme: ProgrammeSummary) => void exportOne(programme),
    remove: (programme: ProgrammeSummary) => void remove(programme),
  };
}
