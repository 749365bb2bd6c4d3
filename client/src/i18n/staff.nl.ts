import { consoleNl } from './sections/console.nl';
import { presenterNl } from './sections/presenter.nl';
import { libraryNl } from './sections/library.nl';
import { studioEditorNl } from './sections/studioEditor.nl';
import { studioFormsNl } from './sections/studioForms.nl';
import { studioPreviewNl } from './sections/studioPreview.nl';
import { studioPlannerNl } from './sections/studioPlanner.nl';
import { studioListNl } from './sections/studioList.nl';

/**
 * Dutch for the trainer's screens only (console, presenter, library, replay, studio): loaded with
 * those screens, so a phone never downloads it.
 */
export const staffNl = {
  ...consoleNl,
  ...presenterNl,
  ...libraryNl,
  ...studioEditorNl,
  ...studioFormsNl,
  ...studioPreviewNl,
  ...studioPlannerNl,
  ...studioListNl,
};
