import { addCatalogPart } from '../src/i18n/catalogs';
import { en } from '../src/i18n/en';
import { staffNl } from '../src/i18n/staff.nl';

// The app loads the trainer's strings and English with the screens that need them; tests render
// those screens directly, so every part is there from the start.
addCatalogPart('nl', staffNl);
addCatalogPart('en', en);
