import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

// A test file's afterEach closes the backend's database (installRealBackend); the app must be
// unmounted by then, or a load it started could reach a closed database. vitest.config.ts runs
// "after" hooks in the order written, so setup.ts's unmount comes first.
let bodyInAfterEach = 'not seen yet';
afterEach(() => {
  bodyInAfterEach = document.body.innerHTML;
});

describe('teardown order in jsdom', () => {
  it('renders something', () => {
    render(<p>still mounted?</p>);
  });

  it("was unmounted before the file's own afterEach ran", () => {
    expect(bodyInAfterEach).toBe('');
  });
});
