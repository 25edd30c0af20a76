import 'fake-indexeddb/auto';
import { addTexts } from '../src/i18n';
import { nl } from '../src/i18n/nl';

// The app loads feature texts with their screens; component tests render screens directly.
addTexts(nl);
