import { useParams } from '../../router/Router';
import { Link } from '../../router/Router';
import { PATHS } from '@samenspel/shared';
import { Page } from '../../components/Page';
import { useT } from '../../i18n/useT';
import { FacilitatorGate } from '../library/FacilitatorGate';
import { EditorPage } from './editor/EditorPage';
import { useProgrammeVersion } from './editor/useProgrammeVersion';
import './editor/editor.css';

/** Route /facilitator/studio/:programmeId: one programme in the editor, behind the passphrase. */
export function StudioEditorScreen() {
  const { programmeId = '' } = useParams();
  return (
    <FacilitatorGate>
      {(session) => (
        <LoadedEditor
          key={programmeId}
          token={session.token}
          programmeId={programmeId}
          onUnauthorized={session.signOut}
        />
      )}
    </FacilitatorGate>
  );
}

function LoadedEditor({
  token,
  programmeId,
  onUnauthorized,
}: {
  token: string;
  programmeId: string;
  onUnauthorized: () => void;
}) {
  const t = useT();
  const { state, retry } = useProgrammeVersion(token, programmeId, onUnauthorized);
  if (state.kind === 'ready') {
    return <EditorPage token={token} loaded={state.version} onUnauthorized={onUnauthorized} />;
  }
  return (
    <Page>
      {state.kind === 'loading' ? (
        <h1 className="quiet-heading" aria-busy="true">
          {t('common.loading')}
        </h1>
      ) : (
        <>
          <h1 data-testid="editor-load-problem" data-reason={state.kind}>
            {state.kind === 'notFound'
              ? t('studio.editor.notFound')
              : t('studio.editor.loadFailed')}
          </h1>
          {state.kind === 'failed' ? (
            <button type="button" className="button button--primary" onClick={retry}>
              {t('common.retry')}
            </button>
          ) : null}
          <p>
            <Link to={PATHS.studio}>{t('studio.editor.back')}</Link>
          </p>
        </>
      )}
    </Page>
  );
}
