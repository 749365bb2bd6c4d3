import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from '../../../router/Router';
import { useStore } from 'zustand';
import {
  checkScenario,
  PATHS,
  type BlockInput,
  type ProgrammeVersion,
  type ScenarioProblem,
} from '@samenspel/shared';
import { Page } from '../../../components/Page';
import { useT } from '../../../i18n/useT';
import { BlockForm } from '../forms/BlockForm';
import { ProgrammeForm } from '../forms/ProgrammeForm';
import { HistoryPanel } from '../history/HistoryPanel';
import { MethodsPanel } from '../methods/MethodsPanel';
import { createEditorStore } from '../model/editorStore';
import { insertMethod } from '../model/edits';
import { focusTargetForPath } from '../model/fieldIds';
import { PreviewPane } from '../preview/PreviewPane';
import { RunSheet } from '../runsheet/RunSheet';
import { createProgramme, latestVersion, saveProgramme } from '../studioApi';
import { asDraft } from './asDraft';
import { BlockList } from './BlockList';
import { ExportButton } from './ExportButton';
import { ProblemsList } from './ProblemsList';
import { SaveBar, type SaveStatus } from './SaveBar';
import { SidePanels } from './SidePanels';
import { useEditorShortcuts, useWarnBeforeLeaving } from './useEditorShortcuts';

export interface EditorPageProps {
  token: string;
  loaded: ProgrammeVersion;
  onUnauthorized: () => void;
}

const isBlockProblem = (problem: ScenarioProblem, index: number) =>
  problem.path[0] === 'blocks' && problem.path[1] === index;

/** One programme open in the studio: the block list, the form of what is selected, and the side panels. */
export function EditorPage({ token, loaded, onUnauthorized }: EditorPageProps) {
  const t = useT();
  const navigate = useNavigate();
  const programmeId = loaded.programmeId;
  const readOnly = loaded.source === 'template';
  const store = useMemo(() => createEditorStore(asDraft(loaded.scenario)), [loaded]);
  const draft = useStore(store, (state) => state.history.draft);
  const selectedBlockId = useStore(store, (state) => state.selectedBlockId);
  const dirty = useStore(store, (state) => state.dirty);
  const canUndo = useStore(store, (state) => state.canUndo);
  const canRedo = useStore(store, (state) => state.canRedo);
  const { apply, endTyping, select } = store.getState();

  /** The version a save builds on: the latest this editor knows of. */
  const [baseVersion, setBaseVersion] = useState(loaded.meta.version);
  const [openVersion, setOpenVersion] = useState(loaded.meta.version);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [focusPath, setFocusPath] = useState<ScenarioProblem['path'] | null>(null);

  const check = useMemo(() => checkScenario(draft), [draft]);
  const problems = useMemo(() => (check.ok ? [] : check.problems), [check]);
  const blockIndex = draft.blocks.findIndex((block) => block.id === selectedBlockId);
  const block = blockIndex >= 0 ? draft.blocks[blockIndex] : undefined;
  const blocksWithProblems = useMemo(
    () =>
      new Set(
        problems.flatMap((problem) =>
          problem.path[0] === 'blocks' && typeof problem.path[1] === 'number'
            ? [problem.path[1]]
            : [],
        ),
      ),
    [problems],
  );

  useWarnBeforeLeaving(dirty && !readOnly);

  const save = useCallback(
    async (note: string, base: number) => {
      if (readOnly) return;
      const scenario = store.getState().history.draft;
      setStatus({ kind: 'saving' });
      const result = await saveProgramme(token, programmeId, {
        baseVersion: base,
        scenario: scenario as unknown as Record<string, unknown>,
        note,
      });
      if (result.ok) {
        store.getState().markSaved(scenario);
        setBaseVersion(result.data.meta.version);
        setOpenVersion(result.data.meta.version);
        setStatus({
          kind: 'saved',
          version: result.data.meta.version,
          problemCount: result.data.meta.problemCount,
        });
      } else if ('latest' in result) {
        setStatus({ kind: 'conflict', latest: result.latest });
      } else if (result.status === 401) {
        onUnauthorized();
      } else {
        setStatus({ kind: 'failed' });
      }
    },
    [onUnauthorized, programmeId, readOnly, store, token],
  );
  const saveNow = useCallback(() => void save('', baseVersion), [save, baseVersion]);
  useEditorShortcuts(store, saveNow);

  const openTheirs = async () => {
    if (dirty && !window.confirm(t('studio.editor.confirmDiscard'))) return;
    const result = await latestVersion(token, programmeId);
    if (!result.ok) return setStatus({ kind: 'failed' });
    const selected = store.getState().selectedBlockId;
    store.getState().load(asDraft(result.data.scenario));
    // The trainer stays where they were, if that block is still there.
    store.getState().select(selected);
    setBaseVersion(result.data.meta.version);
    setOpenVersion(result.data.meta.version);
    setStatus({ kind: 'idle' });
  };

  const openOld = (version: ProgrammeVersion) => {
    if (dirty && !window.confirm(t('studio.editor.confirmDiscard'))) return;
    const { saved, selectedBlockId: selected } = store.getState();
    store.getState().load(asDraft(version.scenario));
    store.getState().select(selected);
    setOpenVersion(version.meta.version);
    // An older version opened is not what is saved as the newest: saving it restores it.
    if (version.meta.version !== baseVersion) store.getState().markSaved(saved);
    setStatus({ kind: 'idle' });
  };

  // The copy takes the draft as it is on screen: what the trainer tried on the template is kept.
  const duplicateTemplate = async () => {
    const scenario = store.getState().history.draft as unknown as Record<string, unknown>;
    const result = await createProgramme(token, { scenario, note: '' });
    if (result.ok) navigate(PATHS.studioProgramme(result.data.programmeId));
    else if (result.status === 401) onUnauthorized();
    else setStatus({ kind: 'failed' });
  };

  const showProblem = (problem: ScenarioProblem) => {
    const [head, index] = problem.path;
    select(
      head === 'blocks' && typeof index === 'number' ? (draft.blocks[index]?.id ?? null) : null,
    );
    setFocusPath(problem.path);
  };
  useEffect(() => {
    if (focusPath === null) return;
    const target = focusTargetForPath(focusPath, (id) => document.getElementById(id) !== null);
    if (target !== null) document.getElementById(target)?.focus();
    setFocusPath(null);
  }, [focusPath]);

  const blockProblems = useMemo(
    () =>
      blockIndex >= 0 ? problems.filter((problem) => isBlockProblem(problem, blockIndex)) : [],
    [problems, blockIndex],
  );
  const programmeProblems = useMemo(
    () => problems.filter((problem) => problem.path[0] !== 'blocks' || problem.path.length === 1),
    [problems],
  );

  return (
    <Page wide>
      <div className="studio-editor" data-testid="studio-editor" data-programme-id={programmeId}>
        <header className="studio-editor__head">
          <Link
            to={PATHS.studio}
            className="studio-editor__back"
            data-testid="editor-back"
            onClick={(event) => {
              if (dirty && !readOnly && !window.confirm(t('studio.editor.confirmDiscard'))) {
                event.preventDefault();
              }
            }}
          >
            {t('studio.editor.back')}
          </Link>
          <h1 data-testid="editor-title">{draft.title || t('studio.editor.untitled')}</h1>
          <p
            className="studio-editor__version"
            data-testid="open-version"
            data-version={openVersion}
          >
            {readOnly
              ? t('studio.editor.template')
              : t('studio.editor.version', { version: openVersion })}
          </p>
          <div className="studio-editor__actions">
            <button
              type="button"
              className="button button--quiet"
              disabled={!canUndo}
              data-testid="undo"
              onClick={() => {
                endTyping();
                store.getState().undo();
              }}
            >
              {t('studio.editor.undo')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              disabled={!canRedo}
              data-testid="redo"
              onClick={() => store.getState().redo()}
            >
              {t('studio.editor.redo')}
            </button>
            {readOnly ? null : (
              <ExportButton
                token={token}
                programmeId={programmeId}
                version={baseVersion}
                dirty={dirty}
                onUnauthorized={onUnauthorized}
              />
            )}
          </div>
        </header>
        {readOnly ? (
          <div className="studio-editor__template" role="note" data-testid="template-notice">
            <p>{t('studio.editor.templateNotice')}</p>
            <button
              type="button"
              className="button button--primary"
              data-testid="template-duplicate"
              onClick={() => void duplicateTemplate()}
            >
              {t('studio.editor.templateDuplicate')}
            </button>
          </div>
        ) : (
          <SaveBar
            dirty={dirty}
            status={status}
            onSave={(note) => void save(note, baseVersion)}
            onOpenTheirs={() => void openTheirs()}
            onSaveOnTop={(note) =>
              status.kind === 'conflict' && void save(note, status.latest.version)
            }
          />
        )}
        {!check.ok && problems.length > 0 && !readOnly ? (
          <p className="studio-editor__draft-warning" data-testid="draft-warning">
            {t('studio.editor.draftWarning', { count: problems.length })}
          </p>
        ) : null}
        <div className="studio-editor__body">
          <BlockList
            draft={draft}
            selectedBlockId={selectedBlockId}
            blocksWithProblems={blocksWithProblems}
            programmeHasProblems={programmeProblems.length > 0}
            onSelect={select}
            apply={apply}
          />
          <div className="studio-editor__form">
            {block ? (
              <BlockForm
                key={`${blockIndex}-${block.id}`}
                draft={draft}
                block={block}
                blockIndex={blockIndex}
                problems={blockProblems}
                apply={apply}
                endTyping={endTyping}
              />
            ) : (
              <ProgrammeForm
                draft={draft}
                problems={programmeProblems}
                apply={apply}
                endTyping={endTyping}
              />
            )}
            <ProblemsList draft={draft} problems={problems} onShow={showProblem} />
          </div>
          <SidePanels
            render={(panel) =>
              panel === 'preview' ? (
                <PreviewPane
                  scenario={check.ok ? check.scenario : null}
                  blockId={selectedBlockId}
                />
              ) : panel === 'runsheet' ? (
                <RunSheet draft={draft} selectedBlockId={selectedBlockId} onSelectBlock={select} />
              ) : panel === 'history' ? (
                readOnly ? (
                  <p>{t('studio.editor.templateNoHistory')}</p>
                ) : (
                  <HistoryPanel
                    token={token}
                    programmeId={programmeId}
                    latestVersion={baseVersion}
                    openVersion={openVersion}
                    onOpen={openOld}
                  />
                )
              ) : (
                <MethodsPanel
                  token={token}
                  selectedBlock={block ?? null}
                  onInsert={(method: BlockInput) => apply(insertMethod(method, selectedBlockId))}
                />
              )
            }
          />
        </div>
      </div>
    </Page>
  );
}
