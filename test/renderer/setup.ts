import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { initI18n } from '@renderer/i18n';
import { setClock } from '@renderer/lib/clock';
import { testClock } from '../support/clock';

// findBy*/waitFor give up after this long. It is a cap, not a wait: a passing test goes on as
// soon as what it waits for is there. The default 1 s is too short when two test runs share
// two cores (the first render imports the whole app and opens a database).
configure({ asyncUtilTimeout: 10_000 });

beforeAll(async () => {
  await initI18n('en-US');
});

afterEach(() => {
  cleanup();
  window.location.hash = '';
  // A test that installed a backend with its own clock must not leave it to the next.
  setClock(testClock);
});

setClock(testClock);
