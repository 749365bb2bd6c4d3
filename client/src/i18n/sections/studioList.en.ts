import type { studioListNl } from './studioList.nl';

/** English strings of the studio's list of programmes and the new-session choice. */
export const studioListEn: Record<keyof typeof studioListNl, string> = {
  'studio.list.link': 'Studio: tailor programmes',
  'studio.list.back': '← Your workshops',
  'studio.list.title': 'Studio',
  'studio.list.intro':
    'Tailor a programme: start from a template, adapt the dossier for your client, and run a session with it. Every save keeps a new version.',
  'studio.list.loadFailed': 'The programmes could not be loaded.',
  'studio.list.own': 'Your own programmes',
  'studio.list.ownEmpty':
    'No programmes of your own yet. Copy a template below, or bring in a YAML file.',
  'studio.list.ownMeta':
    'Version {version} · {time} · {minutes} min · {blocks, plural, one {# block} other {# blocks}}',
  'studio.list.draftBadge':
    '{count, plural, one {Draft: # problem left} other {Draft: # problems left}}',
  'studio.list.copy': 'Make a copy',
  'studio.list.export': 'Export as YAML',
  'studio.list.delete': 'Delete',
  'studio.list.deleteNamed': 'Delete “{title}”',
  'studio.list.deleteQuestion':
    'Delete “{title}” and all its versions? Sessions run with it stay in the library.',
  'studio.list.deleteConfirm': 'Yes, delete',
  'studio.list.deleteFailed': 'Deleting failed.',
  'studio.list.copyFailed': 'That did not work. Try again.',
  'studio.list.blank': 'New blank programme',
  'studio.list.templates': 'Templates',
  'studio.list.templatesIntro':
    'The programmes that ship with Samenspel. They stay as they are: you adapt a copy.',
  'studio.list.templateMeta': '{minutes} min · {blocks, plural, one {# block} other {# blocks}}',
  'studio.list.templateCopy': 'Make a copy to adapt',
  'studio.list.import': 'Bring in a YAML file',
  'studio.list.importIntro':
    'A programme as a file, from a colleague or checked with pnpm scenarios:check. With problems it becomes a draft you fix here.',
  'studio.list.importChoose': 'Choose a file',
  'studio.list.importBusy': 'Bringing in {name}…',
  'studio.list.importFailed': '{name} could not be brought in.',
  'studio.list.importRefused':
    '{count, plural, one {{name} is no programme Samenspel can read: # problem.} other {{name} is no programme Samenspel can read: # problems.}}',
  'studio.list.line': 'line {line}',
  'studio.list.ownOption': '{title} (version {version}, {time})',
  'studio.list.ownOptionBlocked':
    '{count, plural, one {{title} (# problem left)} other {{title} (# problems left)}}',
  'studio.list.blockedHint':
    'A programme with problems cannot become a session yet: fix them in the studio.',
  'studio.list.toStudio': 'To the studio',
};
