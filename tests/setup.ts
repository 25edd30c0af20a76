import 'fake-indexeddb/auto';
import { configure } from '@testing-library/preact';
import { addTexts } from '../src/i18n';
import { nl } from '../src/i18n/nl';

// The app loads feature texts with their screens; component tests render screens directly.
addTexts(nl);

// `findBy…`/`waitFor` wait for what a person would see; their 1 s default is a hang guard that a busy
// 2-core machine exceeds on a file's first render (clean-clone CI, stop 21). Not a speed check.
configure({ asyncUtilTimeout: 10_000 });
